hand-off-title = Παράδοση κλειδιών σε υπογράφοντα
hand-off-hint = Μόνο για keystore υπογραφής. Η μνημονική φράση και τα κλειδιά ανάληψης δεν πηγαίνουν ποτέ σε κόμβο ή υπογράφοντα: κρατήστε τα εκτός σύνδεσης.
hand-off-keystores-label = Keystore υπογραφής (ένα ή περισσότερα αρχεία)
hand-off-keystores-read = { $count ->
        [one] Διαβάστηκε { $count } keystore
       *[other] Διαβάστηκαν { $count } keystore
    }
hand-off-from-keys = Τα keystore που μόλις δημιουργήσατε έχουν φορτωθεί.
hand-off-password-label = Ο κωδικός πρόσβασης των keystore
hand-off-destination-legend = Πού πηγαίνουν τα κλειδιά
hand-off-keymanager = Ένας πελάτης επικυρωτή (validator client) ή το Web3Signer, μέσω του keymanager API (ένα μόνο αρχείο εισαγωγής)
hand-off-web3signer = Web3Signer, που διαβάζει τα keystore από τον δικό του δίσκο
hand-off-vault = Web3Signer με HashiCorp Vault (πακέτο μεταφόρτωσης)
hand-off-aws = Web3Signer με AWS Secrets Manager (πακέτο μεταφόρτωσης)
hand-off-vault-host-label = Host του διακομιστή Vault (χωρίς https://, χωρίς θύρα)
hand-off-vault-port-label = Θύρα του διακομιστή Vault
hand-off-vault-tls = Το Web3Signer συνδέεται στο Vault μέσω TLS
hand-off-vault-mount-label = Σημείο προσάρτησης KV v2
hand-off-vault-folder-label = Φάκελος κάτω από το σημείο προσάρτησης (κάθε κλειδί είναι φάκελος/δημόσιο κλειδί)
hand-off-aws-region-label = Περιοχή AWS
hand-off-aws-prefix-label = Πρόθεμα ονόματος μυστικού (κάθε κλειδί είναι πρόθεμα + δημόσιο κλειδί)
hand-off-aws-access-key = Εγγραφή συμβόλων κράτησης θέσης για κλειδιά πρόσβασης σε κάθε ρύθμιση (αλλιώς το Web3Signer χρησιμοποιεί τα δικά διαπιστευτήρια AWS του host του)
hand-off-review = Έλεγχος του πού πηγαίνουν τα κλειδιά
hand-off-review-title = { $count ->
        [one] { $count } κλειδί υπογραφής για το δίκτυο { $chain }
       *[other] { $count } κλειδιά υπογραφής για το δίκτυο { $chain }
    }
hand-off-column-pubkey = Δημόσιο κλειδί υπογραφής
hand-off-column-path = Διαδρομή
hand-off-column-stored-as = Αποθηκεύεται ως
hand-off-passwords-warning = Αυτό το αρχείο περιέχει τους κωδικούς πρόσβασης των keystore σε απλό κείμενο, δίπλα στα keystore. Όποιος το διαβάσει μπορεί να υπογράψει με αυτά τα κλειδιά.
hand-off-passwords-ack = Κατανοώ ότι αυτό το αρχείο περιέχει τους κωδικούς πρόσβασης των keystore· θα το μεταφέρω μόνο στον host του επικυρωτή και θα το διαγράψω μετά την εισαγωγή
hand-off-make = Δημιουργία των αρχείων
hand-off-never-signed = Μόνο για κλειδιά που δεν έχουν υπογράψει ποτέ: το ιστορικό προστασίας από slashing είναι κενό. Μην εκτελείτε ποτέ ένα κλειδί σε δύο σημεία.

## Επόμενα βήματα κάθε παράδοσης

next-keymanager-title = Εισαγωγή μέσω του keymanager API
next-keymanager-text = Αντιγράψτε το αρχείο εισαγωγής στον υπολογιστή που έχει πρόσβαση στο keymanager API του πελάτη επικυρωτή σας (ή του Web3Signer) και, στη συνέχεια, στείλτε το με το API token και τη θύρα σας:
next-keymanager-check = Κάθε καταχώριση του data της απάντησης πρέπει να λέει "imported" (ή "duplicate"). Έπειτα διαγράψτε το αρχείο: περιέχει τους κωδικούς πρόσβασης.
next-web3signer-title = Φόρτωση των κλειδιών στο Web3Signer
next-web3signer-text = Αντιγράψτε τα keystore και αυτές τις ρυθμίσεις στον host του υπογράφοντα· γράψτε κάθε αρχείο κωδικού πρόσβασης δίπλα στο keystore του ({ $files })· διορθώστε τις διαδρομές· εκκινήστε το Web3Signer με το --key-store-path να δείχνει στον φάκελο των ρυθμίσεων και ελέγξτε το /api/v1/eth2/publicKeys.
next-upload-title = Μεταφόρτωση των κλειδιών από τον συνδεδεμένο υπολογιστή
next-upload-text = Αντιγράψτε το { $file } στον συνδεδεμένο υπολογιστή που έχει πρόσβαση στον χώρο αποθήκευσης, συνδεθείτε μέσω του CLI του, αποσυμπιέστε το και, στη συνέχεια:
next-upload-run = Η δοκιμαστική εκτέλεση (dry run) ελέγχει κάθε keystore με τον κωδικό πρόσβασής σας και εμφανίζει κάθε εντολή· η δεύτερη εκτέλεση αποθηκεύει τα μυστικά. Έπειτα αντικαταστήστε τα σύμβολα κράτησης θέσης στα web3signer/*.yaml και δώστε αυτά τα αρχεία στο Web3Signer.

## Πλάνο κλειδιών ανά μνημονική φράση στη σελίδα κλειδιών

budget-plan-title = { $mnemonics ->
        [one] Πλάνο: { $count } κλειδιά από 1 μνημονική φράση
       *[other] Πλάνο: { $count } κλειδιά από { $mnemonics } μνημονικές φράσεις
    }
budget-plan-mnemonic = Μνημονική φράση
budget-plan-indices = Δείκτες κλειδιών
budget-plan-label = Όνομα πακέτου
budget-plan-in-use = αυτή που χρησιμοποιείται
budget-plan-new = νέα
budget-plan-first = Δημιουργία μόνο της πρώτης δέσμης τώρα
keys-hand-off = Παράδοση αυτών των keystore σε υπογράφοντα
