app-title = withdrawal-wallet
language-picker-label = Γλώσσα της σελίδας
tagline = Κλειδιά εκτός σύνδεσης για επικυρωτές (validators) του Ethereum. Τίποτα από όσα πληκτρολογείτε δεν φεύγει από αυτή τη σελίδα.
online-banner = Φαίνεται ότι είστε συνδεδεμένοι στο διαδίκτυο — αποσυνδεθείτε πριν εισαγάγετε μνημονική φράση.
offline-banner = Εκτός σύνδεσης ✓
loaded-from = Φορτώθηκε από
chain-label = Δίκτυο:
chain-not-chosen = δεν έχει επιλεγεί ακόμη
chain-custom = { $name } (προσαρμοσμένο)
chain-custom-incomplete = προσαρμοσμένο (ελλιπές)
mnemonic-loaded = { $passphrase ->
        [yes] Η μνημονική φράση φορτώθηκε (λίστα λέξεων { $wordlist }, με συνθηματική φράση)
       *[no] Η μνημονική φράση φορτώθηκε (λίστα λέξεων { $wordlist })
    }
clear = Εκκαθάριση
back-to-tasks = ← Όλες οι εργασίες

## Η αρχική οθόνη

start-title = Τι θέλετε να κάνετε;
tools-title = Εργαλεία, ένα κάθε φορά
tools-hint = Για όσους γνωρίζουν τα βήματα: κάθε εργαλείο χωριστά, χωρίς τον οδηγό.
tool-create-mnemonic = Δημιουργία νέας μνημονικής φράσης
tool-create-mnemonic-detail = 24 νέες λέξεις, που τις καταγράφετε και τις πληκτρολογείτε ξανά
tool-use-mnemonic = Χρήση υπάρχουσας μνημονικής φράσης
tool-use-mnemonic-detail = έλεγχος λέξη προς λέξη· οι συντομογραφίες συμπληρώνονται
tool-validator-keys = Δημιουργία κλειδιών επικυρωτή
tool-validator-keys-detail = αρχεία keystore και δεδομένα κατάθεσης (deposit data)
tool-withdrawal-address = Ορισμός διεύθυνσης ανάληψης
tool-withdrawal-address-detail = αλλαγή BLS-to-execution για επικυρωτές 0x00
tool-ownership-proof = Απόδειξη κατοχής της διεύθυνσης ανάληψης
tool-ownership-proof-detail = μια υπογεγραμμένη δήλωση που ζητούν ορισμένοι διαχειριστές· δεν αλλάζει τίποτα στην αλυσίδα
tool-exits = Υπογραφή εξόδων εκ των προτέρων
tool-exits-detail = από τη μνημονική φράση ή από αρχείο keystore
tool-verify-files = Επαλήθευση αρχείων
tool-verify-files-detail = αρχεία κατάθεσης, αλλαγής BLS, εξόδου ή keystore από οποιοδήποτε εργαλείο
tool-find-validators = Εύρεση των επικυρωτών μου
tool-find-validators-detail = εισαγωγή της λίστας της beacon chain· μαζική υπογραφή αλλαγών και εξόδων
tool-hand-off = Παράδοση κλειδιών σε υπογράφοντα
tool-hand-off-detail = εισαγωγή μέσω keymanager API, ρυθμίσεις Web3Signer, πακέτα μεταφόρτωσης για Vault και AWS
tool-lookup = Αναζήτηση κλειδιού ανάληψης
tool-lookup-detail = δημόσιο κλειδί ανάληψης και διαπιστευτήρια 0x00 ενός δείκτη κλειδιού
tool-top-up = Συμπλήρωση υπολοίπου επικυρωτή
tool-top-up-detail = κατάθεση σε υπάρχοντα επικυρωτή 0x01 ή 0x02, από το keystore του ή τη μνημονική φράση
tool-builder-deposits = Καταθέσεις builder
tool-builder-deposits-detail = κλειδιά, keystore και καταθέσεις builder (EIP-8282)
tool-execution-requests = Έξοδος, ανάληψη ή ενοποίηση από τη διεύθυνση ανάληψης
tool-execution-requests-detail = συναλλαγές για επικυρωτές 0x01 και 0x02 (EIP-7002, EIP-7251), που αποστέλλονται από το δικό σας πορτοφόλι

## Διαδρομές: τι ήρθε να κάνει ο χρήστης, και τα βήματά τους

journey-withdrawal-address = Ορισμός της διεύθυνσης ανάληψής μου
journey-withdrawal-address-detail = Οι επικυρωτές μου έχουν διαπιστευτήρια 0x00: υπογράφω μια αλλαγή BLS-to-execution, ώστε οι ανταμοιβές και τα κεφάλαια των εξόδων να καταβάλλονται στη διεύθυνσή μου.
journey-new-validators = Κλειδιά για νέους επικυρωτές
journey-new-validators-detail = Αρχεία keystore για τον πελάτη επικυρωτή μου (validator client) και δεδομένα κατάθεσης για το Launchpad.
journey-exits = Έξοδος επικυρωτών
journey-exits-detail = Υπογράφω εκ των προτέρων εθελοντικές εξόδους, με τη μνημονική μου φράση ή με αρχείο keystore, για να τις μεταδώσω όταν το αποφασίσω.
journey-check-file = Έλεγχος αρχείου
journey-check-file-detail = Τι λέει ένα αρχείο κατάθεσης, αλλαγής BLS, εξόδου ή keystore, και αν είναι έγκυρο.
stepper-label = { $journey }: βήματα
step-your-mnemonic = Η μνημονική σας φράση
step-your-validators = Οι επικυρωτές σας
step-chain-address-amounts = Δίκτυο, διεύθυνση και ποσά
step-mnemonic-or-keystore = Μνημονική φράση ή keystore
step-validators-and-epoch = Επικυρωτές και εποχή
step-review-and-sign = Έλεγχος και υπογραφή
step-files-and-next-steps = Αρχεία και επόμενα βήματα
step-the-file = Το αρχείο
step-what-it-says = Τι λέει

## Τι κάνει μια μεγάλη εργασία

phase-deriving = παραγωγή κλειδιών
phase-keystores = κλειδιά επικυρωτή
phase-signing = υπογραφή
phase-verifying = επαλήθευση
phase-reading-import = ανάγνωση της εισαγωγής (επικυρωτές)
phase-decrypting = άνοιγμα του keystore

keystore-reading = Ανάγνωση του { $name }…
keystore-read = ✓ Το { $name } διαβάστηκε
