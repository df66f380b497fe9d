## Έλεγχος υπογραφής: τι θα υπογραφεί, πριν από κάθε κουμπί υπογραφής

review-what-bls-changes = αλλαγές BLS-to-execution
review-what-deposits = καταθέσεις νέων επικυρωτών
review-what-exits = εθελοντικές έξοδοι
review-title = Έλεγχος: τι θα υπογραφεί ({ $what })
review-signed-title = Υπογράφηκαν: { $what }
review-summary-label = Τι υπογράφηκε
review-chain = Δίκτυο
review-fork-version = Έκδοση genesis fork
review-root = Ρίζα επικυρωτών genesis (genesis validators root)
review-root-label = ρίζα επικυρωτών genesis
review-address = Διεύθυνση προορισμού
review-address-label = διεύθυνση προορισμού
review-amount = Ποσό ανά επικυρωτή
review-epoch = Ισχύει από την εποχή
review-validators = Επικυρωτές
review-count-bls-changes = { $count ->
        [one] { $count } αλλαγή BLS-to-execution
       *[other] { $count } αλλαγές BLS-to-execution
    }
review-count-deposits = { $count ->
        [one] { $count } κατάθεση νέου επικυρωτή
       *[other] { $count } καταθέσεις νέων επικυρωτών
    }
review-count-exits = { $count ->
        [one] { $count } εθελοντική έξοδος
       *[other] { $count } εθελοντικές έξοδοι
    }
review-count = { $count } { $what }
review-column-validator = Επικυρωτής
review-column-key-index = Δείκτης κλειδιού
review-column-check = Έλεγχος
review-pubkey-from-bls = Από δημόσιο κλειδί BLS (κλειδί ανάληψης)
review-pubkey-signing = Δημόσιο κλειδί υπογραφής
review-pubkey-label = δημόσιο κλειδί
review-row-new = νέος
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] Για επιβεβαίωση, πληκτρολογήστε τον τελευταίο χαρακτήρα της διεύθυνσης προορισμού
       *[other] Για επιβεβαίωση, πληκτρολογήστε τους τελευταίους { $count } χαρακτήρες της διεύθυνσης προορισμού
    }
review-confirm-each = Επιβεβαιώστε κάθε σημείο
review-tick-chain = Το δίκτυο είναι το { $chain }
review-tick-address = Η διεύθυνση προορισμού είναι δική μου και την έχω ελέγξει σε δεύτερη συσκευή
review-tick-validators = Αυτοί είναι οι επικυρωτές μου ({ $count })
review-tick-amount = { $amount } για τον καθένα
review-tick-epoch = Ισχύει από την εποχή { $epoch }
review-blocked = Δεν μπορεί να υπογραφεί τίποτα μέχρι να περάσει τον έλεγχο κάθε επικυρωτής παραπάνω.

## Δεκαεξαδικές τιμές και το κουμπί αντιγραφής

hex-copy = Αντιγραφή
hex-copied = Αντιγράφηκε
hex-copy-label = Αντιγραφή: { $label }

## Κωδικοί QR, αρχεία και μεγάλες εργασίες

qr-too-long = πολύ μεγάλο για έναν κωδικό QR: { $detail }
files-read-failed = το πρόγραμμα περιήγησης δεν μπόρεσε να διαβάσει το αρχείο
files-download-failed = το πρόγραμμα περιήγησης δεν μπόρεσε να διαθέσει το αρχείο για λήψη
jobs-worker-refused = το πρόγραμμα περιήγησης αρνήθηκε να ξεκινήσει ένα Web Worker
jobs-module-not-sent = δεν ήταν δυνατή η αποστολή της μονάδας wasm στο worker
jobs-job-not-sent = δεν ήταν δυνατή η αποστολή της εργασίας στο worker
job-progress = { $phase }: { $count }, { $elapsed } s
job-progress-eta = { $phase }: { $count }, { $elapsed } s, απομένουν περίπου { $eta } s
job-progress-done = { $done }
job-progress-of = { $done } από { $total }
job-progress-percent = { $percent }%
job-cancel = Ακύρωση
job-cancelled = Ακυρώθηκε. Δεν δημιουργήθηκε τίποτα.

## Επόμενα βήματα: τι να κάνετε με κάθε αρχείο

next-steps-title = Επόμενα βήματα
next-deposit-title = Δεδομένα κατάθεσης: ανεβάστε τα και, στη συνέχεια, κάντε την κατάθεση
next-deposit-copy = Αντιγράψτε το { $file } στον υπολογιστή από τον οποίο κάνετε την κατάθεση (δεν περιέχει κανένα μυστικό).
next-deposit-open = Ανοίξτε τη σελίδα { $page }, ανεβάστε το αρχείο και ελέγξτε ότι κάθε δημόσιο κλειδί, τα διαπιστευτήρια ανάληψης και το ποσό είναι αυτά της παραπάνω σύνοψης.
next-deposit-upload = Ανεβάστε το αρχείο στη σελίδα κατάθεσης του δικτύου { $chain } και ελέγξτε κάθε δημόσιο κλειδί, τα διαπιστευτήρια ανάληψης και το ποσό σε σχέση με την παραπάνω σύνοψη.
next-deposit-sign = Υπογράψτε εκεί τις συναλλαγές κατάθεσης με το πορτοφόλι που κατέχει τα κεφάλαια. Οι καταθέσεις δεν αναιρούνται.
next-deposit-start = Ξεκινήστε τον επικυρωτή με το keystore του πριν από την επεξεργασία της κατάθεσης, ώστε να μη χάσει κανένα καθήκον.
next-keystores-title = Αρχεία keystore: εισαγάγετέ τα στον πελάτη επικυρωτή (validator client) ή στον απομακρυσμένο υπογράφοντα (remote signer)
next-keystores-copy = { $count ->
        [one] Αντιγράψτε το αρχείο keystore (ή το zip) στον υπολογιστή του επικυρωτή. Ο κωδικός πρόσβασής του το συνοδεύει, πληκτρολογείται εκεί και δεν αποθηκεύεται ποτέ δίπλα του.
       *[other] Αντιγράψτε τα { $count } αρχεία keystore (ή το zip) στον υπολογιστή του επικυρωτή. Ο κωδικός πρόσβασής τους τα συνοδεύει, πληκτρολογείται εκεί και δεν αποθηκεύεται ποτέ δίπλα τους.
    }
next-keystores-import = Εισαγάγετέ τα, για παράδειγμα:
next-keystores-web3signer = Web3Signer: επιλέξτε «Συμπερίληψη ρυθμίσεων κλειδιών Web3Signer» πριν από τη «Λήψη όλων»· τα αρχεία { $files } παραπέμπουν στο κάθε keystore και στο αρχείο του κωδικού πρόσβασής του.
next-keystores-one-machine = Εκτελείτε κάθε κλειδί σε έναν μόνο υπολογιστή: το ίδιο κλειδί σε δύο υπολογιστές τιμωρείται με slashing (περικοπή).
next-bls-change-title = Αλλαγή BLS-to-execution: μεταδώστε την μία φορά
next-bls-change-copy = Αντιγράψτε το { $file } σε έναν υπολογιστή συνδεδεμένο στο διαδίκτυο (δεν περιέχει κανένα μυστικό).
next-bls-change-send = Στείλτε το στον κόμβο beacon σας:
next-bls-change-explorer = ή επικολλήστε το στη σελίδα μετάδοσης ενός block explorer ({ $page } στο mainnet).
next-bls-change-after = Μέσα σε λίγες ημέρες, τα διαπιστευτήρια του επικυρωτή θα γράφουν { $prefix } ακολουθούμενο από τη διεύθυνσή σας· από τότε οι αναλήψεις πηγαίνουν εκεί. Η αλλαγή δεν αναιρείται.
next-ethdo-title = Το { $file } του ethdo: οι ίδιες αλλαγές, για το ethdo
next-ethdo-broadcast = Αν χρησιμοποιείτε το ethdo σε σύνδεση, κάντε τη μετάδοση με αυτό αντί για το παραπάνω αρχείο (όχι και με τα δύο):
next-exits-title = Εθελοντικές έξοδοι: φυλάξτε τις μέχρι να αποφασίσετε την έξοδο
next-exits-store = { $count ->
        [one] Φυλάξτε το αρχείο εξόδου με ασφάλεια: όποιος το έχει μπορεί να θέσει τον επικυρωτή σε έξοδο, και μια έξοδος δεν αναιρείται.
       *[other] Φυλάξτε τα { $count } αρχεία εξόδου με ασφάλεια: όποιος έχει ένα από αυτά μπορεί να θέσει τον αντίστοιχο επικυρωτή σε έξοδο, και μια έξοδος δεν αναιρείται.
    }
next-exits-send = Για την έξοδο, στείλτε ένα αρχείο σε έναν κόμβο beacon:
next-exits-explorer = ή επικολλήστε το στη σελίδα μετάδοσης ενός block explorer. Ο επικυρωτής διατηρεί τα καθήκοντά του μέχρι να ολοκληρωθεί η έξοδος.
next-never-title = Δεν φεύγουν ποτέ από αυτόν τον υπολογιστή εκτός σύνδεσης
next-never-text = Η μνημονική σας φράση και η συνθηματική της φράση. Μην τις πληκτρολογείτε πουθενά αλλού· τους κωδικούς πρόσβασης των keystore μόνο στον υπολογιστή που εκτελεί τα κλειδιά.
next-print = Εκτύπωση αυτών των βημάτων

## Κοινά στοιχεία φορμών

common-chain-label = Δίκτυο
common-chain-choose = Επιλέξτε δίκτυο…
common-chain-custom = προσαρμοσμένο δίκτυο…
common-custom-name-label = Όνομα δικτύου
common-custom-genesis-fork-label = Έκδοση genesis fork
common-custom-capella-fork-label = Έκδοση Capella fork
common-custom-root-label = Ρίζα επικυρωτών genesis (απαιτείται για αλλαγές BLS και εξόδους)
common-files-verified = ✓ Κάθε αρχείο παρακάτω επαληθεύτηκε (υπογραφές, ρίζες, αποκρυπτογράφηση keystore) πριν σας προσφερθεί.
common-download = Λήψη
common-web3signer = Συμπερίληψη ρυθμίσεων κλειδιών Web3Signer ({ $files }, τύπος { $kind })
common-download-all = Λήψη όλων ({ $file })
common-show-qr = Κωδικοί QR για κινητό
common-qr-caption = { $file }, μήνυμα { $number } από { $total }
common-qr-label = Κωδικός QR: { $file }, μήνυμα { $number } από { $total }
common-qr-too-long = { $file }, μήνυμα { $number } από { $total }: πολύ μεγάλο για έναν κωδικό QR
common-public-ack = Γνωρίζω ότι αυτά τα κλειδιά είναι δημόσια και θέλω παρ’ όλα αυτά αρχεία για αυτό το δίκτυο
common-needs-mnemonic = Αυτό το βήμα λειτουργεί με τη μνημονική σας φράση. Δημιουργήστε πρώτα μια νέα ή εισαγάγετε αυτήν που έχετε.
common-needs-use = Εισαγωγή της μνημονικής μου φράσης
common-needs-create = Δημιουργία νέας μνημονικής φράσης
