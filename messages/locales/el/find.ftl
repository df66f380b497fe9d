## Αναζήτηση κλειδιού ανάληψης

lookup-title = Κλειδί ανάληψης ενός δείκτη κλειδιού
lookup-hint = Εμφανίζει το δημόσιο κλειδί ανάληψης ({ $path }) του δείκτη κλειδιού i της μνημονικής σας φράσης και τα διαπιστευτήρια ανάληψης 0x00 που προκύπτουν από αυτό, ώστε να μπορείτε να τα συγκρίνετε με όσα δείχνει η beacon chain.
lookup-index-label = Δείκτης κλειδιού
lookup-show = Εμφάνιση των κλειδιών του
lookup-withdrawal-path = Διαδρομή κλειδιού ανάληψης
lookup-withdrawal-pubkey = Δημόσιο κλειδί ανάληψης
lookup-credentials = Διαπιστευτήρια ανάληψης 0x00
lookup-signing = Διαδρομή και δημόσιο κλειδί υπογραφής
lookup-copy-withdrawal-pubkey = δημόσιο κλειδί ανάληψης
lookup-copy-credentials = διαπιστευτήρια ανάληψης
lookup-copy-signing-pubkey = δημόσιο κλειδί υπογραφής

## Εύρεση των επικυρωτών μου

find-title = Εύρεση των επικυρωτών μου
find-hint = Εισαγάγετε όσα γνωρίζει η beacon chain, σε μία από αυτές τις μορφές, και το πορτοφόλι βρίσκει ποιους επικυρωτές ελέγχουν τα κλειδιά της μνημονικής σας φράσης. Διαβάζονται εισαγωγές έως 1 GiB (η πλήρης λίστα του mainnet είναι περίπου 500 MB).
find-hint-beacon-api = η απάντηση του beacon API στο
find-hint-ethdo = το αρχείο του ethdo
find-hint-csv = ένα CSV με τις στήλες
find-key-count-label = Δείκτες κλειδιών προς σάρωση, από το 0 (το ethdo σαρώνει 1.024)
find-submit = Εύρεση των επικυρωτών μου
find-summary = { $format }: { $read ->
        [one] διαβάστηκε { $read } επικυρωτής
       *[other] διαβάστηκαν { $read } επικυρωτές
    }· υπό τον έλεγχο των δεικτών κλειδιών { $first }–{ $last } αυτής της μνημονικής φράσης: { $found }.
find-format-beacon-api = απάντηση validators του beacon API
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = λίστα

## Η εισαγωγή

find-import-file-label = Αρχείο εισαγωγής
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …ή επικολλήστε το εδώ

## Οι επικυρωτές που βρέθηκαν

find-column-sign = Υπογραφή
find-column-validator = Επικυρωτής
find-column-key-index = Δείκτης κλειδιού
find-column-status = Κατάσταση
find-column-credentials = Διαπιστευτήρια ανάληψης
find-column-found-by = Βρέθηκε μέσω
find-column-change = Αλλαγή διεύθυνσης
find-select-validator = Υπογραφή για τον επικυρωτή { $validator }
find-found-by-both = διαπιστευτήρια και δημόσιο κλειδί
find-found-by-credentials = διαπιστευτήρια ανάληψης
find-found-by-pubkey = δημόσιο κλειδί υπογραφής
find-change-possible = 0x00: μπορεί να αλλάξει
find-change-other-key = 0x00 άλλου κλειδιού ανάληψης: όχι αυτής της μνημονικής φράσης
find-change-already = ήδη { $prefix }

## Υπογραφή για τους επικυρωτές που βρέθηκαν

find-bls-warning = Μια αλλαγή BLS μπορεί να συμπεριληφθεί στην αλυσίδα μόνο μία φορά και δεν αναιρείται. Ελέγξτε τη διεύθυνση σε δεύτερη συσκευή.
find-address-label = Νέα διεύθυνση εκτέλεσης (ανάληψης), με άθροισμα ελέγχου EIP-55
find-address-again-label = Η ίδια διεύθυνση ξανά
find-with-exits = Να υπογραφούν επίσης εκ των προτέρων εθελοντικές έξοδοι για τους επιλεγμένους επικυρωτές
find-exit-epoch-label = Εποχή εξόδου
find-review = Έλεγχος όσων θα υπογραφούν
find-sign = Υπογραφή για τους επιλεγμένους επικυρωτές
find-error-none-selected = επιλέξτε τουλάχιστον έναν επικυρωτή για τον οποίο μπορεί να υπογράψει αυτή η μνημονική φράση
find-error-address-twice = πληκτρολογήστε τη νέα διεύθυνση δύο φορές
