verify-title = Επαλήθευση αρχείων
verify-file-label = Αρχείο δεδομένων κατάθεσης, αλλαγής BLS, εξόδου, απόδειξης κατοχής, αιτήματος ανάληψης ή ενοποίησης ή keystore (από οποιοδήποτε εργαλείο)

## Τι είναι το επιλεγμένο αρχείο

verify-kind-keystore = Ένα keystore: εισαγάγετε τον κωδικό πρόσβασής του για να το ελέγξετε.
verify-kind-deposit-data = Δεδομένα κατάθεσης.
verify-kind-builder-deposit-data = Δεδομένα κατάθεσης builder.
verify-kind-bls-changes = Αλλαγές BLS-to-execution.
verify-kind-exit = Μια υπογεγραμμένη εθελοντική έξοδος.
verify-kind-ownership-proof = Μια απόδειξη κατοχής της διεύθυνσης ανάληψης (η υπογραφή BLS-to-execution change keystore του deposit-cli).
verify-kind-execution-request = Ένα αίτημα ανάληψης ή ενοποίησης: μια συναλλαγή για το πορτοφόλι της διεύθυνσης ανάληψης (EIP-7002, EIP-7251).

## Η φόρμα

verify-password-label = Κωδικός πρόσβασης keystore
verify-exit-pubkey-label = Το δημόσιο κλειδί υπογραφής του επικυρωτή (0x…)
verify-expected-address-label = Αναμενόμενη διεύθυνση ανάληψης (προαιρετική, με άθροισμα ελέγχου): κάθε εγγραφή πρέπει να στέλνει τα κεφάλαια εκεί
verify-key-count-label = Δείκτες κλειδιών της μνημονικής σας φράσης για σύγκριση με το αρχείο (από το 0)
verify-no-mnemonic = Φορτώστε πρώτα τη μνημονική σας φράση για να δείτε ποιο από τα κλειδιά της χρησιμοποιεί κάθε εγγραφή.
verify-check = Έλεγχος

## Ένα keystore που άνοιξε

verify-keystore-ok = ✓ Ο κωδικός πρόσβασης ανοίγει αυτό το keystore: δημόσιο κλειδί { $pubkey }, διαδρομή { $path }
verify-keystore-path-signing = { $path } (κλειδί υπογραφής του δείκτη κλειδιού επικυρωτή { $index })
verify-keystore-path-withdrawal = { $path } (κλειδί ανάληψης του δείκτη κλειδιού επικυρωτή { $index })
verify-keystore-path-none = δεν δίνεται
verify-keystore-path-other = { $path } (δεν είναι διαδρομή κλειδιού επικυρωτή κατά EIP-2334)

## Πού πηγαίνουν τα κεφάλαια

verify-destinations-title = { $count ->
        [one] Τα κεφάλαια πηγαίνουν στη διεύθυνση
       *[other] Τα κεφάλαια πηγαίνουν σε αυτές τις διευθύνσεις
    }
verify-no-address-deposit = Καμία διεύθυνση εκτέλεσης: οι καταθέσεις έχουν διαπιστευτήρια 0x00 (BLS), οπότε απαιτείται αλλαγή BLS-to-execution πριν από οποιαδήποτε ανάληψη.
verify-no-address = Δεν ήταν δυνατή η ανάγνωση διεύθυνσης εκτέλεσης από αυτό το αρχείο.
verify-address-differs = ✗ δεν είναι η αναμενόμενη διεύθυνση
verify-execution-address-label = διεύθυνση εκτέλεσης

## Το δίκτυο που αναφέρει το αρχείο

verify-network-none = Αυτό το αρχείο δεν αναφέρει δίκτυο (τα αρχεία εξόδου και τα αρχεία αλλαγών του ethdo δεν περιέχουν δίκτυο)· οι υπογραφές του ελέγχθηκαν με βάση το δίκτυο { $chain }.
verify-network-named = Δίκτυο που αναφέρει το αρχείο: { $networks }· οι υπογραφές του ελέγχθηκαν με βάση το δίκτυο { $chain }.
verify-networks-join = { $first } και { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = μη ενσωματωμένο δίκτυο

## Κάθε εγγραφή

verify-entry-valid = Εγγραφή { $number }: ✓ έγκυρη
verify-entry-invalid = Εγγραφή { $number }: ✗ { $problems }
verify-your-mnemonic = Η μνημονική σας φράση
verify-validator-pubkey = Δημόσιο κλειδί επικυρωτή
verify-validator-pubkey-label = δημόσιο κλειδί επικυρωτή
verify-withdrawal-credentials = Διαπιστευτήρια ανάληψης
verify-amount = Ποσό
verify-amount-value = { $amount } ({ $gwei } gwei στο συμβόλαιο κατάθεσης)
verify-signature = Υπογραφή
verify-validator-index = Δείκτης επικυρωτή
verify-from-bls-key = Από το κλειδί ανάληψης (BLS)
verify-bls-pubkey-label = δημόσιο κλειδί ανάληψης BLS
verify-to-address = Προς διεύθυνση εκτέλεσης
verify-epoch = Εποχή (ισχύει από)
verify-checked-pubkey = Ελέγχθηκε έναντι του δημόσιου κλειδιού υπογραφής
verify-signing-pubkey-label = δημόσιο κλειδί υπογραφής
verify-unreadable = μη αναγνώσιμο

## Διαπιστευτήρια ανάληψης

verify-credentials-bls = { $prefix } — κλειδί ανάληψης BLS: δεν υπάρχει ακόμη διεύθυνση εκτέλεσης (την ορίζει μια αλλαγή BLS-to-execution)
verify-credentials-execution = { $prefix } — διεύθυνση εκτέλεσης
verify-credentials-compounding = { $prefix } — compounding (ανατοκισμός), προς διεύθυνση εκτέλεσης
verify-credentials-builder = { $prefix } — builder, προς διεύθυνση εκτέλεσης
verify-credentials-unknown = { $prefix } — πρόθεμα που δεν ορίζεται στις προδιαγραφές συναίνεσης (consensus specs)
verify-credentials-all-bytes = Και τα 32 byte
verify-credentials-label = διαπιστευτήρια ανάληψης

## Υπογραφές

verify-signature-valid = ✓ επαληθεύεται για το επιλεγμένο δίκτυο
verify-signature-invalid = ✗ δεν επαληθεύεται για το επιλεγμένο δίκτυο
verify-signature-not-checked = δεν ελέγχθηκε (δείτε τα προβλήματα παραπάνω)

## Κλειδιά της φορτωμένης μνημονικής φράσης

verify-key-match-found = { $key ->
        [signing] κλειδί υπογραφής
       *[withdrawal] κλειδί ανάληψης
    }: δείκτης κλειδιού { $index } της μνημονικής σας φράσης
verify-key-match-none = { $key ->
        [signing] κλειδί υπογραφής
       *[withdrawal] κλειδί ανάληψης
    }: δεν προέρχεται από τη μνημονική σας φράση ({ $count ->
        [one] ελέγχθηκε { $count } δείκτης κλειδιού
       *[other] ελέγχθηκαν οι πρώτοι { $count } δείκτες κλειδιών
    })

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = Το δημόσιο κλειδί υπογραφής του επικυρωτή (0x…)· αφήστε το κενό για να δοκιμαστούν τα κλειδιά υπογραφής της μνημονικής σας φράσης
verify-signer-keystore-label = Ή το αρχείο keystore του επικυρωτή: διαβάζεται μόνο το δημόσιο κλειδί που δηλώνει (χωρίς κωδικό πρόσβασης)
verify-signer-keystore-read = ✓ Το { $name } διαβάστηκε: η καταχώριση ελέγχεται έναντι του δημόσιου κλειδιού του
verify-destinations-proof = Η διεύθυνση που δηλώνει αυτή η απόδειξη
verify-proof-not-consensus = Δεν είναι μήνυμα συναίνεσης: δεν αλλάζει τίποτα στην αλυσίδα, και κανένας κόμβος beacon δεν το δέχεται.
verify-request-action = Τι ζητά
verify-request-action-full-exit = πλήρη έξοδο του επικυρωτή: αποσύρεται ολόκληρο το υπόλοιπό του
verify-request-action-partial-withdrawal = μερική ανάληψη από επικυρωτή 0x02
verify-request-action-switch-to-compounding = την αλλαγή του επικυρωτή σε διαπιστευτήρια 0x02 (compounding)
verify-request-action-consolidation = ενοποίηση: ο επικυρωτής προέλευσης εξέρχεται και το υπόλοιπό του μεταφέρεται στον στόχο
verify-request-chain-id = Chain ID
verify-request-from = Πρέπει να σταλεί από (τη διεύθυνση ανάληψης)
verify-request-to = Προς το συμβόλαιο συστήματος
verify-request-to-label = διεύθυνση συμβολαίου
verify-request-value = Επισυναπτόμενη αξία (το τέλος του συμβολαίου)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Δημόσιο κλειδί του επικυρωτή προέλευσης
verify-request-target-pubkey = Δημόσιο κλειδί του επικυρωτή-στόχου
verify-request-amount = Ποσό προς ανάληψη
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Κανένα κεφάλαιο δεν πηγαίνει σε διεύθυνση: μια ενοποίηση μεταφέρει το υπόλοιπο του επικυρωτή προέλευσης στον επικυρωτή-στόχο, και μια αλλαγή σε 0x02 δεν μεταφέρει τίποτα.
verify-network-request = Ελέγχθηκε έναντι του chain ID και των συμβολαίων αιτημάτων του { $chain }. Το αρχείο δεν φέρει υπογραφή: το πορτοφόλι της διεύθυνσης ανάληψης υπογράφει τη συναλλαγή κατά την αποστολή.
