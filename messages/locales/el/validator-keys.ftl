keys-title = Δημιουργία κλειδιών επικυρωτή
keys-hint = Μόνο τα keystore υπογραφής μεταφέρονται στον κόμβο επικυρωτή σας ή στον απομακρυσμένο υπογράφοντα (remote signer). Η μνημονική φράση ποτέ: κρατήστε την εκτός σύνδεσης, γιατί ελέγχει και τα κλειδιά ανάληψης.
keys-public-mnemonic = Αυτή είναι μια δημοσιευμένη δοκιμαστική μνημονική φράση: οποιοσδήποτε μπορεί να παραγάγει αυτά τα κλειδιά. Χρησιμοποιήστε την μόνο σε δοκιμαστικά δίκτυα.
keys-start-index-label = Αρχικός δείκτης (ο πρώτος δείκτης κλειδιού που θα χρησιμοποιηθεί)
keys-count-label = Αριθμός επικυρωτών
keys-budget-label = Όριο κλειδιών ανά μνημονική φράση
keys-budget-new-mnemonic = Νέα μνημονική φράση για τα υπόλοιπα
keys-plan-next = Επόμενο στο σχέδιό σας: μνημονική φράση { $mnemonic } από { $mnemonics }, δείκτες κλειδιών { $first }–{ $last }, πακέτο { $label }. Δημιουργήστε το με αυτή τη μνημονική φράση φορτωμένη.
keys-plan-use = Χρήση
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

## Top-up

top-up-title = Συμπλήρωση υπολοίπου επικυρωτή
top-up-hint = Προσθέτει κεφάλαια σε έναν επικυρωτή που ήδη υπάρχει, με υπογραφή από το ίδιο το κλειδί υπογραφής του επικυρωτή (partial-deposit του deposit-cli). Το αρχείο πηγαίνει στο συμβόλαιο καταθέσεων όπως κάθε κατάθεση και δεν αναιρείται μετά την αποστολή.
top-up-explain-title = Τι κάνει μια πρόσθετη κατάθεση
top-up-explain-compounding = Επικυρωτής 0x02 (compounding): η πρόσθετη κατάθεση προστίθεται στο υπόλοιπό του, και το πραγματικό του υπόλοιπο αυξάνεται μαζί της έως 2048 ETH (64 GNO στις αλυσίδες Gnosis), ώστε οι ανταμοιβές του να ανατοκίζονται.
top-up-explain-execution = Επικυρωτής 0x01: ό,τι υπερβαίνει τα 32 ETH (1 GNO στις αλυσίδες Gnosis) μεταφέρεται στη διεύθυνση ανάληψης μέσα σε λίγες ημέρες, οπότε μια πρόσθετη κατάθεση βοηθά έναν επικυρωτή 0x01 μόνο αν το υπόλοιπό του έπεσε κάτω από αυτό. Μόνο οι επικυρωτές 0x02 ανατοκίζουν.
top-up-explain-credentials = Η κατάθεση αναφέρει διαπιστευτήρια ανάληψης, αλλά για έναν υπάρχοντα επικυρωτή η αλυσίδα τα αγνοεί: δώστε παρ' όλα αυτά τα δικά του. Ένα δημόσιο κλειδί που δεν έχει ακόμη κανένας επικυρωτής θα γινόταν νέος επικυρωτής με αυτά τα διαπιστευτήρια.
top-up-source-legend = Υπογραφή με το κλειδί του επικυρωτή, από
top-up-source-mnemonic = τη μνημονική μου φράση, σε έναν δείκτη κλειδιού
top-up-source-keystore = το αρχείο keystore του και τον κωδικό πρόσβασής του
top-up-key-index-label = Δείκτης κλειδιού του κλειδιού υπογραφής του επικυρωτή
top-up-keystore-file-label = Αρχείο keystore του επικυρωτή
top-up-keystore-password-label = Κωδικός πρόσβασης keystore
top-up-validator-pubkey-label = Το δημόσιο κλειδί του επικυρωτή (συνιστάται: το κλειδί πρέπει τότε να είναι αυτού του επικυρωτή)
top-up-credentials-legend = Διαπιστευτήρια ανάληψης του επικυρωτή
top-up-kind-compounding = 0x02 compounding
top-up-kind-execution = 0x01 διεύθυνση εκτέλεσης
top-up-execution-warning = Με διαπιστευτήρια 0x01, ό,τι ανεβάζει το υπόλοιπο πάνω από τα 32 ETH επιστρέφεται στη διεύθυνση ανάληψης, χωρίς ανατοκισμό. Για ανατοκισμό, η διεύθυνση ανάληψης πρέπει πρώτα να αλλάξει τον επικυρωτή σε 0x02 (αίτημα ενοποίησης).
top-up-address-label = Η διεύθυνση ανάληψής του, με άθροισμα ελέγχου EIP-55
top-up-address-again-label = Η ίδια διεύθυνση ξανά
top-up-amount-label = Ποσό προς προσθήκη, σε { $currency }
top-up-amount-hint = Από 1 έως 2048 ETH (από 1/32 έως 64 GNO στις αλυσίδες Gnosis), σε ακέραια gwei.
top-up-review = Έλεγχος όσων θα υπογραφούν
top-up-sign = Υπογραφή της πρόσθετης κατάθεσης
top-up-credentials = Διαπιστευτήρια ανάληψης
top-up-credentials-compounding = { $prefix } compounding
top-up-credentials-execution = { $prefix } διεύθυνση εκτέλεσης
top-up-credentials-full = Και τα 32 byte
top-up-credentials-label = διαπιστευτήρια ανάληψης
top-up-amount-gwei = Ποσό στην κατάθεση (gwei)
top-up-key-path = Διαδρομή κλειδιού υπογραφής
top-up-details-title = Στην κατάθεση
review-what-top-up = πρόσθετη κατάθεση σε υπάρχοντα επικυρωτή
review-count-top-up = { $count ->
        [one] { $count } πρόσθετη κατάθεση
       *[other] { $count } πρόσθετες καταθέσεις
    }
review-amount-top-up = Ποσό προς προσθήκη
review-row-existing = υπάρχων
next-top-up-title = Πρόσθετη κατάθεση: καταθέστε την μία φορά
next-top-up-copy = Αντιγράψτε το { $file } στον υπολογιστή από τον οποίο κάνετε την κατάθεση (δεν περιέχει κανένα μυστικό).
next-top-up-open = Ανεβάστε το στη σελίδα { $page } και ελέγξτε το δημόσιο κλειδί, τα διαπιστευτήρια ανάληψης και το ποσό με βάση την παραπάνω σύνοψη.
next-top-up-upload = Ανεβάστε το στη σελίδα καταθέσεων του { $chain } και ελέγξτε το δημόσιο κλειδί, τα διαπιστευτήρια ανάληψης και το ποσό με βάση την παραπάνω σύνοψη.
next-top-up-wallet = Ή στείλτε το από το δικό σας πορτοφόλι: μια κλήση στο συμβόλαιο καταθέσεων με τις τιμές του αρχείου και το ποσό του:
next-top-up-after = Οι καταθέσεις δεν αναιρούνται. Μόλις υποβληθεί σε επεξεργασία, ελέγξτε το υπόλοιπο του επικυρωτή σε έναν explorer της beacon chain.

## Builder deposits

builder-title = Καταθέσεις builder
builder-hint = Κλειδιά, keystore και καταθέσεις για builders μπλοκ (EIP-8282, η εντολή builder του deposit-cli): stake που καταχωρίζει έναν builder, όχι έναν επικυρωτή.
builder-warning = Το κλειδί builder i είναι το κλειδί υπογραφής επικυρωτή i της ίδιας μνημονικής φράσης (η ίδια διαδρομή m/12381/3600/i/0/0). Μη χρησιμοποιείτε τους δείκτες επικυρωτών μιας μνημονικής φράσης για builders: το ασφαλέστερο είναι μια νέα μνημονική φράση.
builder-start-index-label = Αρχικός δείκτης (πρώτος δείκτης κλειδιού builder)
builder-count-label = Αριθμός builders
builder-address-label = Διεύθυνση ανάληψης, με άθροισμα ελέγχου EIP-55 (διαπιστευτήρια 0xb0)
builder-address-again-label = Η ίδια διεύθυνση ξανά
builder-amount-label = Ποσό ανά builder, σε { $currency }
builder-amount-hint = Τουλάχιστον 1, σε ακέραια gwei, χωρίς μέγιστο· στις καταθέσεις builder δεν εφαρμόζεται πολλαπλασιαστής αλυσίδας.
builder-password-label = Κωδικός πρόσβασης keystore
builder-password-again-label = Κωδικός πρόσβασης keystore ξανά
builder-review = Έλεγχος όσων θα υπογραφούν
builder-notice-ack = Έχω ελέγξει: αυτή η μνημονική φράση δεν έχει επικυρωτές σε αυτούς τους δείκτες κλειδιού
builder-sign = Υπογραφή: δημιουργία keystore και καταθέσεων builder
builder-credentials = Διαπιστευτήρια ανάληψης
builder-credentials-label = διαπιστευτήρια ανάληψης
builder-amount-gwei = Ποσό ανά κατάθεση (gwei)
builder-details-title = Σε κάθε κατάθεση
review-what-builder-deposits = καταθέσεις builder
review-count-builder-deposits = { $count ->
        [one] { $count } κατάθεση builder
       *[other] { $count } καταθέσεις builder
    }
review-builders = Builders
review-amount-builder = Ποσό ανά builder
review-pubkey-builder = Δημόσιο κλειδί builder (κλειδί υπογραφής επικυρωτή)
review-row-builder = builder
review-tick-builders = Αυτά είναι τα κλειδιά builder μου ({ $count })
next-builder-deposit-title = Δεδομένα κατάθεσης builder: υποβάλετέ τα όταν ενεργοποιηθούν οι builders
next-builder-deposit-copy = Αντιγράψτε το { $file } σε έναν υπολογιστή συνδεδεμένο στο διαδίκτυο (δεν περιέχει κανένα μυστικό).
next-builder-deposit-submit = Μόλις το fork Gloas ενεργοποιήσει τους builders στο { $chain }, υποβάλετε κάθε καταχώριση στο συμβόλαιο καταθέσεων builder του EIP-8282 όπως ορίζει η τεκμηρίωσή του, από το πορτοφόλι της διεύθυνσης ανάληψης. Καμία σελίδα καταθέσεων δεν δέχεται ακόμη αυτά τα αρχεία.
next-builder-deposit-check = Ελέγξτε τα δημόσια κλειδιά, τα διαπιστευτήρια ανάληψης και το ποσό με βάση την παραπάνω σύνοψη πριν στείλετε οτιδήποτε: οι καταθέσεις δεν αναιρούνται.
next-builder-keystores-title = Keystore builder: για το λογισμικό του builder
next-builder-keystores-copy = { $count ->
        [one] Δώστε το keystore και τον κωδικό πρόσβασής του μόνο στο λογισμικό builder που εκτελεί αυτόν τον builder.
       *[other] Δώστε τα { $count } keystore και τον κωδικό πρόσβασής τους μόνο στο λογισμικό builder που εκτελεί αυτούς τους builders.
    }
next-builder-keystores-not-validator = Αυτά τα κλειδιά είναι και κλειδιά υπογραφής επικυρωτή αυτής της μνημονικής φράσης: μην εκτελείτε ποτέ το ίδιο κλειδί ως builder και ως επικυρωτή.
