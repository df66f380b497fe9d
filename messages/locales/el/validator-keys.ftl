keys-title = Δημιουργία κλειδιών επικυρωτή
keys-hint = Μόνο τα keystore υπογραφής μεταφέρονται στον κόμβο επικυρωτή σας ή στον απομακρυσμένο υπογράφοντα (remote signer). Η μνημονική φράση ποτέ: κρατήστε την εκτός σύνδεσης, γιατί ελέγχει και τα κλειδιά ανάληψης.
keys-public-mnemonic = Αυτή είναι μια δημοσιευμένη δοκιμαστική μνημονική φράση: οποιοσδήποτε μπορεί να παραγάγει αυτά τα κλειδιά. Χρησιμοποιήστε την μόνο σε δοκιμαστικά δίκτυα.
keys-start-index-label = Αρχικός δείκτης (ο πρώτος δείκτης κλειδιού που θα χρησιμοποιηθεί)
keys-count-label = Αριθμός επικυρωτών
keys-budget-label = Όριο κλειδιών ανά μνημονική φράση
keys-budget-new-mnemonic = Νέα μνημονική φράση για τα υπόλοιπα
keys-credentials-legend = Διαπιστευτήρια ανάληψης
keys-kind-compounding = 0x02 compounding, με ανατοκισμό (συνιστάται· 1 έως 2048 ETH)
keys-kind-execution = 0x01 διεύθυνση εκτέλεσης (ακριβώς 32 ETH)
keys-kind-bls = 0x00 BLS (δεν συνιστάται)
keys-amount-label = Ποσό ανά επικυρωτή, σε { $currency }
keys-bls-warning = Τα διαπιστευτήρια 0x00 κλειδώνουν τις αναλήψεις μέχρι να υπογράψετε μια αλλαγή BLS-to-execution με το κλειδί ανάληψης.
keys-bls-ack = Κατανοώ και θέλω διαπιστευτήρια 0x00
keys-address-label = Διεύθυνση εκτέλεσης (ανάληψης), με άθροισμα ελέγχου EIP-55
keys-address-again-label = Η ίδια διεύθυνση ξανά
keys-password-label = Κωδικός πρόσβασης keystore
keys-password-again-label = Κωδικός πρόσβασης keystore ξανά
keys-rule-minimum-length = { $count ->
        [one] τουλάχιστον { $count } χαρακτήρας (οι χαρακτήρες ελέγχου δεν μετρούν)
       *[other] τουλάχιστον { $count } χαρακτήρες (οι χαρακτήρες ελέγχου δεν μετρούν)
    }
keys-rule-confirmed = πληκτρολογήθηκε ίδιος και τις δύο φορές
keys-kdf-label = KDF του keystore
keys-kdf-scrypt = scrypt (προεπιλογή, όπως στο deposit-cli)
keys-independent-salts = Ξεχωριστό salt και ξεχωριστή εκτέλεση KDF για κάθε keystore (πιο αργό· τίποτα κοινό μεταξύ των αρχείων)
keys-review = Έλεγχος όσων θα υπογραφούν
keys-sign = Υπογραφή: δημιουργία αρχείων keystore και δεδομένων κατάθεσης
