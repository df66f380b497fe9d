## Επιλογές που δίνονται στο πακέτο ή στο worker

error-options_not_object = οι επιλογές πρέπει να είναι αντικείμενο, όπως {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] άγνωστη επιλογή «{ $field }» (μήπως εννοείτε «{ $nearest }»;)· οι επιλογές εδώ είναι: { $known }
       *[other] άγνωστη επιλογή «{ $field }»· οι επιλογές εδώ είναι: { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] οι επιλογές passphrase, language και keyCount συγκρίνουν τις εγγραφές με μια μνημονική φράση: δώστε και τη μνημονική φράση
        [verify_needs_pubkey] δώστε το δημόσιο κλειδί υπογραφής του επικυρωτή, με βάση το οποίο θα ελεγχθεί η έξοδος
        [verify_needs_signer] δώστε το δημόσιο κλειδί υπογραφής του επικυρωτή, το keystore του ή τη μνημονική φράση, με βάση τα οποία θα ελεγχθεί η απόδειξη κατοχής της διεύθυνσης ανάληψης
       *[other] η επιλογή «{ $field }» είναι υποχρεωτική
    }

error-option_type = { $reason ->
        [not_string] επιλογή «{ $path }»: αναμενόταν συμβολοσειρά
        [not_option_value] επιλογή «{ $path }»: μια συνάρτηση, ένα symbol ή ένα BigInt δεν μπορεί να είναι επιλογή εδώ· οι τιμές uint64 δίνονται ως δεκαδικές συμβολοσειρές
        [unreadable] δεν ήταν δυνατή η ανάγνωση της επιλογής «{ $path }»
        [not_json] η επιλογή «{ $path }» έχει τύπο που δεν μπορεί να αναπαρασταθεί σε JSON
        [not_function] επιλογή «{ $path }»: αναμενόταν συνάρτηση (done, total, phase)
       *[other] επιλογή «{ $path }»: αναμενόταν { $expected }, δόθηκε { $found }
    }

error-option_value = { $reason ->
        [not_one_of] επιλογή «{ $path }»: το «{ $found }» δεν είναι ένα από τα { $expected }
        [invalid] επιλογή «{ $path }»: { $detail }
        [invalid_options] μη έγκυρες επιλογές: { $detail }
        [keystore_not_verified] ένα keystore ελέγχεται ανοίγοντάς το με τον κωδικό πρόσβασής του, όχι με επαλήθευση ως υπογεγραμμένο αρχείο
        [hand_off_not_verified] αυτό το αρχείο ελέγχεται όταν δημιουργείται, διαβάζοντάς το ξανά· δεν περιέχει υπογραφή προς επαλήθευση
       *[other] επιλογή «{ $path }»: αναμενόταν { $expected }, δόθηκε { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] μη έγκυρες επιλογές: υπογράψτε είτε με ένα keystore (keystore και password) είτε με τη μνημονική φράση (mnemonic και keyIndex, με passphrase και language αν χρειάζεται)
        [pubkey_or_keystore] μη έγκυρες επιλογές: δώστε το δημόσιο κλειδί υπογραφής του επικυρωτή ή το keystore του, όχι και τα δύο
       *[other] μη έγκυρες επιλογές: δώστε είτε startIndex είτε keyIndices (έναν δείκτη κλειδιού ανά επικυρωτή)
    }

error-text_lone_surrogate = αυτό το κείμενο περιέχει ένα μεμονωμένο υποκατάστατο (surrogate) UTF-16, δηλαδή μισό χαρακτήρα· δεν μπορεί να κωδικοποιηθεί, και η σιωπηρή αντικατάστασή του θα έδινε άλλα κλειδιά: πληκτρολογήστε το ξανά

## Δεκαεξαδικά πεδία

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] η έκδοση genesis fork του δικτύου πρέπει να ξεκινά με 0x
        [chain_capella_fork_version] η έκδοση Capella fork (εξόδων) του δικτύου πρέπει να ξεκινά με 0x
        [chain_genesis_validators_root] η ρίζα επικυρωτών genesis του δικτύου πρέπει να ξεκινά με 0x
        [execution_address] η διεύθυνση εκτέλεσης πρέπει να ξεκινά με 0x (0x και 40 δεκαεξαδικά ψηφία)
        [import_entry] { $entry }: το { $name } πρέπει να ξεκινά με 0x
        [import_file] στο αρχείο, το { $name } πρέπει να ξεκινά με 0x
       *[other] το { $field } πρέπει να ξεκινά με 0x
    }

error-hex_unexpected_prefix = το { $field } δεν πρέπει να ξεκινά με 0x

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] η έκδοση genesis fork του δικτύου δεν είναι σε δεκαεξαδική μορφή
        [chain_capella_fork_version] η έκδοση Capella fork (εξόδων) του δικτύου δεν είναι σε δεκαεξαδική μορφή
        [chain_genesis_validators_root] η ρίζα επικυρωτών genesis του δικτύου δεν είναι σε δεκαεξαδική μορφή
        [validator_pubkey] το δημόσιο κλειδί του επικυρωτή δεν είναι σε δεκαεξαδική μορφή
        [execution_address] η διεύθυνση εκτέλεσης δεν είναι σε δεκαεξαδική μορφή (0x και 40 δεκαεξαδικά ψηφία)
        [withdrawal_credentials] τα διαπιστευτήρια ανάληψης αρ. { $position } δεν είναι σε δεκαεξαδική μορφή (0x και 64 δεκαεξαδικά ψηφία)
        [import_entry] { $entry }: το { $name } δεν είναι σε δεκαεξαδική μορφή
        [import_csv_line] γραμμή CSV { $line }: το { $name } δεν είναι σε δεκαεξαδική μορφή
        [import_file] στο αρχείο, το { $name } δεν είναι σε δεκαεξαδική μορφή
       *[other] το { $field } δεν είναι σε δεκαεξαδική μορφή
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] η έκδοση genesis fork του δικτύου έχει { $bytes } byte· πρέπει να έχει { $expected }
        [chain_capella_fork_version] η έκδοση Capella fork (εξόδων) του δικτύου έχει { $bytes } byte· πρέπει να έχει { $expected }
        [chain_genesis_validators_root] η ρίζα επικυρωτών genesis του δικτύου έχει { $bytes } byte· πρέπει να έχει { $expected }
        [validator_pubkey] το δημόσιο κλειδί του επικυρωτή έχει { $bytes } byte· πρέπει να έχει { $expected }
        [execution_address] η διεύθυνση εκτέλεσης έχει { $bytes } byte· πρέπει να έχει { $expected } (0x και 40 δεκαεξαδικά ψηφία)
        [withdrawal_credentials] τα διαπιστευτήρια ανάληψης αρ. { $position } έχουν { $bytes } byte· πρέπει να έχουν { $expected } (0x και 64 δεκαεξαδικά ψηφία)
        [import_entry] { $entry }: το { $name } έχει { $bytes } byte· πρέπει να έχει { $expected }
        [import_csv_line] γραμμή CSV { $line }: το { $name } έχει { $bytes } byte· πρέπει να έχει { $expected }
        [import_file] στο αρχείο, το { $name } έχει { $bytes } byte· πρέπει να έχει { $expected }
       *[other] το { $field } έχει { $bytes } byte· πρέπει να έχει { $expected }
    }

## Αριθμοί που πληκτρολογούνται ή διαβάζονται από αρχεία

error-not_uint64 = { $subject ->
        [value] το «{ $text }» δεν είναι ακέραιος αριθμός από 0 έως 18446744073709551615
        [validator_index] ο δείκτης επικυρωτή αρ. { $position } «{ $text }» δεν είναι ακέραιος αριθμός από 0 έως 18446744073709551615
        [import_entry] { $entry }: το { $name } «{ $text }» δεν είναι δεκαδικός αριθμός uint64
        [import_csv_line] γραμμή CSV { $line }: το { $name } «{ $text }» δεν είναι δεκαδικός αριθμός uint64
        [import_file] στο αρχείο, το { $name } «{ $text }» δεν είναι δεκαδικός αριθμός uint64
       *[other] το { $field } «{ $text }» δεν είναι δεκαδικός αριθμός uint64
    }

error-not_key_index = το «{ $text }» δεν είναι δείκτης κλειδιού: χρησιμοποιήστε ακέραιο αριθμό από 0 έως 4294967295, μόνο με ψηφία

error-not_ether_amount = το «{ $text }» δεν είναι ποσό σε ETH με έως 9 δεκαδικά ψηφία (ακέραια gwei), όπως 32 ή 40.5 (με τελεία)

## Μνημονικές φράσεις

error-mnemonic_word_count = η μνημονική φράση έχει { $words ->
        [one] { $words } λέξη
       *[other] { $words } λέξεις
    }· πρέπει να έχει 12, 15, 18, 21 ή 24

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] η λέξη αρ. { $position } δεν υπάρχει στη λίστα λέξεων BIP39· ελέγξτε την ορθογραφία της
       *[other] η λέξη αρ. { $position } δεν υπάρχει στη λίστα λέξεων BIP39: περιέχει τον χαρακτήρα { $invisible }, που δεν είναι γράμμα· πληκτρολογήστε ξανά τη λέξη
    }

error-mnemonic_mixed_languages = οι λέξεις προέρχονται από διαφορετικές λίστες λέξεων BIP39· μια μνημονική φράση χρησιμοποιεί μία μόνο γλώσσα

error-mnemonic_checksum = το άθροισμα ελέγχου της μνημονικής φράσης είναι λανθασμένο: κάποια λέξη έχει πληκτρολογηθεί λάθος, λείπει ή δεν είναι στη σωστή θέση

error-mnemonic_ambiguous_language = η μνημονική φράση είναι έγκυρη σε περισσότερες από μία γλώσσες ({ $languages })· επιλέξτε τη γλώσσα

error-mnemonic_unknown_language = άγνωστη γλώσσα μνημονικής φράσης «{ $name }»· χρησιμοποιήστε μία από τις εξής: { $known }

error-mnemonic_public_not_acknowledged = αυτή είναι μια δημοσιευμένη δοκιμαστική μνημονική φράση: οποιοσδήποτε μπορεί να παραγάγει τα κλειδιά της και να πάρει ό,τι αυτά κατέχουν. Στο δίκτυο { $chain }, του οποίου το νόμισμα έχει πραγματική αξία, δεν δημιουργείται τίποτα από αυτήν χωρίς ρητή επιβεβαίωσή σας

error-passphrase_mismatch = οι δύο συνθηματικές φράσεις διαφέρουν

error-rng_unavailable = δεν υπάρχει διαθέσιμη ασφαλής γεννήτρια τυχαίων αριθμών (crypto.getRandomValues)· η δημιουργία κλειδιών απορρίπτεται

## Δείκτες κλειδιών και παρτίδες

error-key_budget_exceeded = αυτό θα χρησιμοποιούσε δείκτες κλειδιών έως το { $last_index }, πέρα από το όριο των { $budget } επικυρωτών ανά μνημονική φράση που ορίσατε· εξετάστε μια νέα μνημονική φράση για τους υπόλοιπους, ώστε μια φράση που θα διαρρεύσει να εκθέτει λιγότερους επικυρωτές

error-count_zero = ο αριθμός επικυρωτών πρέπει να είναι τουλάχιστον 1

error-count_too_large = { $reason ->
        [search_keys] { $count } δείκτες κλειδιών: μια σάρωση καλύπτει από 1 έως { $limit }
       *[other] { $count } επικυρωτές σε μία παρτίδα· το πολύ { $limit } ανά παρτίδα: χωρίστε τα μεγαλύτερα σύνολα σε περισσότερες παρτίδες
    }

error-key_index_past_last = { $count } επικυρωτές από τον δείκτη { $start } θα ξεπερνούσαν τον τελευταίο δείκτη κλειδιού, 4294967295

error-count_mismatch = { $of ->
        [key_indices] { $validators } δείκτες επικυρωτών αλλά { $other } δείκτες κλειδιών· δώστε έναν δείκτη κλειδιού ανά επικυρωτή
       *[other] { $validators } δείκτες επικυρωτών αλλά { $other } διαπιστευτήρια ανάληψης· δώστε τα διαπιστευτήρια κάθε επικυρωτή, με την ίδια σειρά
    }

error-no_validators = { $reason ->
        [import] η εισαγωγή δεν περιέχει κανέναν επικυρωτή
       *[other] δώστε τουλάχιστον έναν δείκτη επικυρωτή
    }

error-duplicate_validator = { $reason ->
        [import] ο επικυρωτής { $validator_index } εμφανίζεται δύο φορές στην εισαγωγή
       *[other] ο επικυρωτής { $validator_index } αναφέρεται δύο φορές
    }

error-key_path_missing_root = μια διαδρομή κλειδιού πρέπει να ξεκινά με «m/»

error-key_path_no_indices = μια διαδρομή κλειδιού χρειάζεται τουλάχιστον έναν δείκτη μετά το «m»

error-key_path_bad_index = το επίπεδο { $level } της διαδρομής κλειδιού, «{ $text }», δεν είναι δείκτης από 0 έως 4294967295

## Δίκτυα

error-chain_not_chosen = επιλέξτε πρώτα το δίκτυο: τίποτα δεν δημιουργείται για δίκτυο που δεν επιλέξατε

error-chain_unknown = άγνωστο δίκτυο «{ $name }»· χρησιμοποιήστε ένα από τα { $known } ή δώστε τις εκδόσεις fork και τη ρίζα ενός προσαρμοσμένου δικτύου

error-chain_name_invalid = ένα προσαρμοσμένο δίκτυο χρειάζεται όνομα από 1 έως 64 γράμματα, ψηφία, - ή _ (γράφεται στα αρχεία κατάθεσης)

error-chain_no_genesis_validators_root = το δίκτυο { $chain } δεν έχει ρίζα επικυρωτών genesis, οπότε δεν μπορούν να υπογραφούν αλλαγές BLS και έξοδοι για αυτό· δώστε τη ρίζα

error-chain_impersonates_builtin = αυτές οι τιμές δικτύου είναι εν μέρει του { $builtin }: { $differing ->
        [genesisForkVersion] διαφέρει η έκδοση genesis fork
        [capellaForkVersion] διαφέρει η έκδοση Capella fork (εξόδων)
        [genesisValidatorsRoot] διαφέρει η ρίζα επικυρωτών genesis
        [genesis_fork_version] διαφέρει το genesis_fork_version
        [exit_fork_version] διαφέρει το exit_fork_version
        [genesis_validators_root] διαφέρει το genesis_validators_root
       *[other] διαφέρουν τα { $differing }
    }· ένα δίκτυο που έχει οποιαδήποτε τιμή κοινή με το { $builtin } πρέπει να είναι το ίδιο το { $builtin } (μηνύματα υπογεγραμμένα με αυτές τις τιμές θα μπορούσαν να είναι έγκυρα στο { $builtin })

error-chain_builtin_name_reused = το «{ $name }» είναι ενσωματωμένο δίκτυο: επιλέξτε το με το όνομά του ή δώστε άλλο όνομα στο προσαρμοσμένο δίκτυο

error-chain_import_differs = Η εισαγωγή δημιουργήθηκε στο δίκτυο { $imported }, αλλά είναι επιλεγμένο το { $selected }· η υπογραφή χρησιμοποιεί τις τιμές δικτύου της εισαγωγής ({ $imported }).

## Διευθύνσεις εκτέλεσης

error-address_not_checksummed = η διεύθυνση εκτέλεσης δεν έχει άθροισμα ελέγχου EIP-55· αντιγράψτε την από το πορτοφόλι σας, με τα κεφαλαία και τα πεζά γράμματά της. Η μορφή της με άθροισμα ελέγχου είναι { $checksummed }: συγκρίνετέ την χαρακτήρα προς χαρακτήρα

error-address_bad_checksum = η διεύθυνση εκτέλεσης δεν περνά τον έλεγχο αθροίσματος EIP-55, άρα κάποιος χαρακτήρας είναι λάθος· με αυτούς τους χαρακτήρες η διεύθυνση θα ήταν { $checksummed }

error-address_zero = η διεύθυνση εκτέλεσης είναι η μηδενική διεύθυνση· τα κεφάλαια που αποστέλλονται εκεί χάνονται

error-address_confirmation_mismatch = οι δύο διευθύνσεις διαφέρουν· επικολλήστε την ίδια διεύθυνση με άθροισμα ελέγχου και στα δύο πεδία

error-address_ending_mismatch = { $count ->
        [one] αυτός δεν είναι ο τελευταίος χαρακτήρας της διεύθυνσης: διαβάστε τον ξανά από τη διεύθυνση που εμφανίζεται παραπάνω
       *[other] αυτοί δεν είναι οι τελευταίοι { $count } χαρακτήρες της διεύθυνσης: διαβάστε τους ξανά από τη διεύθυνση που εμφανίζεται παραπάνω
    }

## Κλειδιά BLS

error-pubkey_invalid = { $subject ->
        [validator_pubkey] το δημόσιο κλειδί του επικυρωτή δεν είναι έγκυρο δημόσιο κλειδί BLS (συμπιεσμένο σημείο G1 48 byte, εντός της υποομάδας)
       *[other] το { $field } δεν είναι έγκυρο δημόσιο κλειδί BLS (συμπιεσμένο σημείο G1 48 byte, εντός της υποομάδας)
    }

## Καταθέσεις

error-deposit_bls_not_allowed = τα διαπιστευτήρια ανάληψης 0x00 (BLS) απαιτούν ρητή επιλογή: τα κεφάλαια παραμένουν κλειδωμένα μέχρι να υπογραφεί αλλαγή BLS-to-execution· δώστε αντί γι’ αυτό μια διεύθυνση εκτέλεσης

error-deposit_amount_not_allowed = μια κατάθεση με διαπιστευτήρια 0x00 ή 0x01 είναι ακριβώς 32 ETH· ζητήθηκαν { $amount } ETH (επιλέξτε 0x02 compounding για άλλα ποσά)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] το ποσό { $amount } ETH είναι εκτός του εύρους 1 έως 2048 ETH (1/32 έως 64 GNO στα δίκτυα Gnosis)
       *[other] το ποσό { $amount } ETH είναι εκτός του εύρους 1 έως 2048 ETH
    }

error-builder_amount_too_small = το ποσό { $amount } ETH είναι κάτω από το ελάχιστο μιας κατάθεσης builder, 1 ETH (οι καταθέσεις builder δεν έχουν μέγιστο)

error-builder_keys_are_validator_keys = τα κλειδιά builder { $first_index } έως { $last_index } είναι τα κλειδιά υπογραφής επικυρωτή m/12381/3600/i/0/0 αυτής της μνημονικής φράσης στους ίδιους δείκτες (σχεδιασμός του deposit-cli): αν αυτή η μνημονική φράση έχει επικυρωτές σε αυτούς τους δείκτες, μην τη χρησιμοποιήσετε για builders· χρησιμοποιήστε μια νέα μνημονική φράση

## Αλλαγές BLS-to-execution και έξοδοι

error-bls_change_already_execution = ο επικυρωτής { $validator_index } έχει ήδη διαπιστευτήρια εκτέλεσης { $prefix }· μια αλλαγή BLS μετατρέπει μόνο διαπιστευτήρια 0x00, οπότε δεν υπάρχει τίποτα προς υπογραφή

error-bls_change_credentials_mismatch = επικυρωτής { $validator_index }: τα διαπιστευτήρια που δόθηκαν, { $given }, δεν αντιστοιχούν στον δείκτη κλειδιού { $key_index } αυτής της μνημονικής φράσης, που δίνει { $derived }· ελέγξτε τον αρχικό δείκτη, τη σειρά των επικυρωτών και τη μνημονική φράση. Δεν υπογράφηκε τίποτα

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] ο δείκτης κλειδιού { $key_index } της μνημονικής φράσης δίνει το κλειδί υπογραφής { $signing_pubkey }, όχι το κλειδί του επικυρωτή { $validator_pubkey }· δεν υπογράφηκε τίποτα
       *[other] το keystore περιέχει το κλειδί { $keystore_pubkey }, όχι το κλειδί του επικυρωτή { $validator_pubkey }· δεν υπογράφηκε τίποτα
    }

## Αιτήματα του επιπέδου εκτέλεσης από τη διεύθυνση ανάληψης (EIP-7002, EIP-7251)

error-chain_no_execution_layer = τα αιτήματα του επιπέδου εκτέλεσης γίνονται μόνο για τα ενσωματωμένα δίκτυα, των οποίων το chain ID και τα συμβόλαια αιτημάτων είναι γνωστά· το { $chain } δεν είναι ένα από αυτά: χρησιμοποιήστε ένα από τα { $known }

error-request_value_invalid = { $reason ->
        [zero] η αξία που επισυνάπτεται είναι 0 wei· το τέλος του συμβολαίου είναι τουλάχιστον 1 wei, οπότε η συναλλαγή θα αποτύχει
        [too_large] η αξία που επισυνάπτεται, «{ $text }», είναι μεγαλύτερη από κάθε τέλος που μπορεί να ζητήσει το συμβόλαιο (το πολύ 2^128 - 1 wei)
       *[not_wei] η αξία που επισυνάπτεται, «{ $text }», δεν είναι ακέραιος αριθμός wei (μόνο ψηφία, όπως 1)
    }

error-request_not_execution_credentials = ο επικυρωτής { $validator_index } έχει διαπιστευτήρια ανάληψης { $prefix }, που δεν ορίζουν διεύθυνση ανάληψης: μόνο οι επικυρωτές 0x01 και 0x02 δέχονται αιτήματα από τη διεύθυνση ανάληψής τους (ένας επικυρωτής 0x00 χρειάζεται πρώτα αλλαγή BLS-to-execution)

error-request_validator_not_active = ο επικυρωτής { $validator_index } είναι { $status }, όχι active_ongoing: το δίκτυο αγνοεί τα αιτήματα για επικυρωτή που δεν είναι ενεργός ή που ήδη αποχωρεί, και κρατά το τέλος

error-withdrawal_partial_not_compounding = ο επικυρωτής { $validator_index } έχει διαπιστευτήρια { $prefix }: το δίκτυο κάνει μερικές αναλήψεις μόνο για επικυρωτές 0x02 (compounding) και αποσύρει μόνο του το πλεονάζον υπόλοιπο ενός επικυρωτή 0x01· αλλάξτε τον πρώτα σε 0x02 ή ζητήστε πλήρη έξοδο

error-withdrawal_amount_on_exit = επικυρωτής { $validator_index }: μια πλήρης έξοδος δεν δέχεται ποσό, αφού αποσύρει ολόκληρο το υπόλοιπο· παραλείψτε το ποσό ή ζητήστε μερική ανάληψη

error-withdrawal_amount_zero = επικυρωτής { $validator_index }: μια μερική ανάληψη χρειάζεται ποσό μεγαλύτερο από 0 (ποσό 0 είναι αίτημα πλήρους εξόδου)

error-consolidation_target_not_compounding = ο επικυρωτής { $target_index } έχει διαπιστευτήρια { $prefix }: ο στόχος μιας ενοποίησης πρέπει να έχει διαπιστευτήρια 0x02 (compounding), αλλιώς το δίκτυο αγνοεί το αίτημα και κρατά το τέλος· αλλάξτε τον πρώτα σε 0x02

error-consolidation_self_not_switch = ο επικυρωτής { $validator_index } ορίζεται ως ο δικός του στόχος αλλά έχει διαπιστευτήρια { $prefix }: μόνο ένας επικυρωτής 0x01 είναι ο δικός του στόχος, για να αλλάξει σε 0x02

error-consolidation_target_address_differs = το υπόλοιπο του επικυρωτή { $source_index } θα μεταφερόταν στον επικυρωτή { $target_index }, του οποίου η διεύθυνση ανάληψης { $target_address } δεν είναι της πηγής ({ $source_address }): τα κεφάλαια θα ανήκαν τότε σε εκείνη τη διεύθυνση. Ορίστε το allowOtherTargetAddress μόνο αν αυτό θέλετε

error-consolidation_source_also_target = ο επικυρωτής { $validator_index } είναι η πηγή μιας ενοποίησης και ο στόχος μιας άλλης σε αυτή τη δέσμη· μόλις αποχωρήσει, το δίκτυο αγνοεί την άλλη: ενοποιήστε σε δύο βήματα

error-execution_file_mismatch = { $reason ->
        [chain_id] το { $field } είναι { $found }, όχι το chain ID { $expected } του { $chain }
        [to] το { $field } είναι { $found }, όχι το συμβόλαιο του { $chain } για αυτό το αίτημα, { $expected }
        [request] το { $field } δεν αντιστοιχεί στο data του αρχείου
        [description] το { $field } δεν λέει τι κάνει το data του αρχείου
       *[uri] το { $field } δεν αντιστοιχεί στα to, chainId, value και data του αρχείου
    }

## Κωδικοί πρόσβασης και keystore

error-password_empty = ο κωδικός πρόσβασης είναι κενός (οι χαρακτήρες ελέγχου δεν μετρούν)· επιλέξτε κωδικό πρόσβασης

error-password_too_short = ο κωδικός πρόσβασης έχει { $chars ->
        [one] { $chars } χαρακτήρα
       *[other] { $chars } χαρακτήρες
    }· ένα νέο keystore χρειάζεται τουλάχιστον { $min }

error-password_mismatch = οι δύο κωδικοί πρόσβασης διαφέρουν

error-keystore_not_chosen = επιλέξτε πρώτα το αρχείο keystore και περιμένετε να ολοκληρωθεί η ανάγνωσή του

error-keystore_wrong_password = λάθος κωδικός πρόσβασης: το άθροισμα ελέγχου του keystore δεν ταιριάζει

error-keystore_malformed = { $reason ->
        [json] μη έγκυρο keystore EIP-2335: το αρχείο δεν είναι JSON keystore: { $detail }
        [params] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι έγκυρο: { $detail }
        [dklen] μη έγκυρο keystore EIP-2335: το { $name } είναι { $found }· πρέπει να είναι { $expected }
        [version] μη έγκυρο keystore EIP-2335: το { $name } είναι { $found }· υποστηρίζεται μόνο η έκδοση 4
        [unsupported_kdf] μη έγκυρο keystore EIP-2335: το { $name } είναι «{ $found }»· υποστηρίζονται μόνο τα «scrypt» και «pbkdf2»
        [unsupported_prf] μη έγκυρο keystore EIP-2335: το { $name } είναι «{ $found }»· υποστηρίζεται μόνο το «hmac-sha256»
        [unsupported_checksum] μη έγκυρο keystore EIP-2335: το { $name } είναι «{ $found }»· υποστηρίζεται μόνο το «sha256»
        [unsupported_cipher] μη έγκυρο keystore EIP-2335: το { $name } είναι «{ $found }»· υποστηρίζεται μόνο το «aes-128-ctr»
        [not_empty] μη έγκυρο keystore EIP-2335: το { $name } πρέπει να είναι κενό
        [not_hex] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι σε δεκαεξαδική μορφή (χωρίς 0x)
        [wrong_length] μη έγκυρο keystore EIP-2335: το { $name } έχει { $bytes } byte· πρέπει να έχει { $expected }
        [empty] μη έγκυρο keystore EIP-2335: το { $name } είναι κενό
        [too_long] μη έγκυρο keystore EIP-2335: το { $name } έχει { $bytes } byte· επιτρέπονται το πολύ { $limit }
        [cipher_length] μη έγκυρο keystore EIP-2335: το { $name } έχει { $bytes } byte· ένα keystore BLS περιέχει 32
        [pubkey] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι έγκυρο δημόσιο κλειδί BLS (συμπιεσμένο σημείο G1 48 byte, εντός της υποομάδας)
        [path_missing_root] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι έγκυρο: μια διαδρομή κλειδιού πρέπει να ξεκινά με «m/»
        [path_no_indices] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι έγκυρο: μια διαδρομή κλειδιού χρειάζεται τουλάχιστον έναν δείκτη μετά το «m»
        [path_bad_index] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι έγκυρο: το επίπεδο { $level } της διαδρομής κλειδιού, «{ $text }», δεν είναι δείκτης από 0 έως 4294967295
        [uuid] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι UUID
       *[other] μη έγκυρο keystore EIP-2335: το { $name } δεν είναι έγκυρο
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] η εκτέλεση της KDF του keystore απορρίφθηκε: στο scrypt, το n = { $n } πρέπει να είναι δύναμη του 2 μεγαλύτερη από 1
        [scrypt_r_p] η εκτέλεση της KDF του keystore απορρίφθηκε: στο scrypt, τα r = { $r } και p = { $p } πρέπει να είναι και τα δύο τουλάχιστον 1
        [scrypt_memory] η εκτέλεση της KDF του keystore απορρίφθηκε: στο scrypt, τα n = { $n }, r = { $r }, p = { $p } απαιτούν περισσότερο από 1 GiB μνήμης (128·r·(n + p + 2))
        [scrypt_params] η εκτέλεση της KDF του keystore απορρίφθηκε: στο scrypt, τα n = { $n }, r = { $r }, p = { $p } είναι εκτός των τιμών που δέχεται το scrypt (το n πρέπει να είναι μικρότερο από 2^(16·r))
        [pbkdf2_c] η εκτέλεση της KDF του keystore απορρίφθηκε: στο pbkdf2, το c = { $c } πρέπει να είναι από 1 έως { $limit }
       *[empty_salt] η εκτέλεση της KDF του keystore απορρίφθηκε: το salt της KDF είναι κενό
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] μη έγκυρο μυστικό κλειδί BLS (32 byte, μη μηδενικό, μικρότερο από την τάξη της καμπύλης)
       *[other] το keystore είναι κατεστραμμένο: το αποκρυπτογραφημένο μυστικό του δεν είναι έγκυρο μυστικό κλειδί BLS
    }

error-keystore_pubkey_mismatch = το keystore είναι κατεστραμμένο: δηλώνει δημόσιο κλειδί { $stated }, αλλά το δημόσιο κλειδί του μυστικού του κλειδιού είναι { $actual }

## Αρχεία

error-file_too_large = { $reason ->
        [keystore] μη έγκυρο keystore EIP-2335: το αρχείο έχει { $bytes } byte· ένα keystore έχει το πολύ { $limit_mib } MiB
       *[other] το αρχείο έχει { $bytes } byte· αρχεία μεγαλύτερα από { $limit_mib } MiB απορρίπτονται πριν από την ανάγνωση (κανένα keystore ή αρχείο υπογεγραμμένων μηνυμάτων δεν είναι τόσο μεγάλο)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] μη έγκυρο keystore EIP-2335: το αρχείο ξεκινά με σήμανση σειράς byte (BOM)· αποθηκεύστε το ως απλό UTF-8
       *[other] το αρχείο ξεκινά με σήμανση σειράς byte (BOM)· αποθηκεύστε το ως UTF-8 χωρίς BOM
    }

error-file_not_utf8 = { $reason ->
        [import] η εισαγωγή δεν είναι κείμενο UTF-8
       *[other] το αρχείο δεν είναι κείμενο UTF-8
    }

error-file_empty = { $reason ->
        [import] η εισαγωγή είναι κενή
       *[other] το αρχείο δεν περιέχει καμία εγγραφή
    }

error-file_kind_unknown = αυτό δεν είναι αρχείο keystore, δεδομένων κατάθεσης, αλλαγής BLS ή εξόδου

error-json_syntax = { $reason ->
        [import] η εισαγωγή δεν είναι απάντηση του beacon API ούτε αρχείο προετοιμασίας του ethdo: { $detail } στη γραμμή { $line }, στήλη { $column }
       *[other] το αρχείο δεν είναι JSON: { $detail } στη γραμμή { $line }, στήλη { $column }
    }

error-json_duplicate_key = { $reason ->
        [keystore] μη έγκυρο keystore EIP-2335: το αρχείο ορίζει το κλειδί JSON «{ $key }» δύο φορές στο ίδιο αντικείμενο
       *[other] το JSON ορίζει το κλειδί «{ $key }» δύο φορές στο ίδιο αντικείμενο· άλλα εργαλεία θα διάβαζαν μόνο το τελευταίο, γι’ αυτό το αρχείο απορρίπτεται
    }

error-json_not_array = το αρχείο δεν είναι πίνακας JSON με εγγραφές

error-json_not_object = { $reason ->
        [exit_in_array] το αρχείο είναι πίνακας JSON· ένα αρχείο υπογεγραμμένης εξόδου περιέχει ένα μόνο αντικείμενο εξόδου (ένα αρχείο ανά επικυρωτή)
        [keystore] μη έγκυρο keystore EIP-2335: το αρχείο δεν είναι αντικείμενο JSON
        [proof_in_array] το αρχείο είναι πίνακας JSON· μια απόδειξη κατοχής της διεύθυνσης ανάληψης περιέχει ένα μόνο αντικείμενο (ένα αρχείο ανά επικυρωτή)
       *[other] το αρχείο δεν είναι ένα μόνο αντικείμενο JSON
    }

## Εγγραφές αρχείων υπογεγραμμένων μηνυμάτων (αναφορές επαλήθευσης)

error-field_missing = το { $field } λείπει

error-field_type = { $reason ->
        [amount_not_gwei] το { $field } λείπει ή δεν είναι ακέραιος αριθμός gwei
        [not_integer] το { $field } δεν είναι ακέραιος αριθμός JSON
       *[other] το { $field } δεν είναι συμβολοσειρά
    }

error-credentials_prefix = { $reason ->
        [builder] το πρόθεμα { $prefix } του { $field } δεν είναι το πρόθεμα builder 0xb0
       *[other] το πρόθεμα { $prefix } του { $field } δεν είναι 0x00, 0x01 ή 0x02
    }

error-credentials_padding = { $reason ->
        [builder] τα byte 1–11 του { $field } πρέπει να είναι μηδέν για διαπιστευτήρια 0xb0
       *[other] τα byte 1–11 του { $field } πρέπει να είναι μηδέν για διαπιστευτήρια 0x01/0x02
    }

error-fork_version_mismatch = το { $field } { $found } δεν είναι η έκδοση genesis fork του δικτύου { $chain }, { $expected }

error-network_name_mismatch = το { $field } «{ $found }» δεν είναι το { $chain }

error-genesis_validators_root_mismatch = το { $field } { $found } δεν είναι αυτό του δικτύου { $chain }

error-root_mismatch = { $reason ->
        [message_root] το { $field } δεν αντιστοιχεί στα pubkey, withdrawal_credentials και amount
       *[other] το { $field } δεν αντιστοιχεί στην εγγραφή
    }

error-signature_invalid = { $message ->
        [deposit] το { $field } δεν επαληθεύεται για καταθέσεις στο δίκτυο { $chain }
        [builder_deposit] το { $field } δεν επαληθεύεται για καταθέσεις builder στο δίκτυο { $chain }
        [bls_to_execution_change] το { $field } δεν επαληθεύεται για αλλαγή BLS στο δίκτυο { $chain }
        [bls_to_execution_change_keystore] το { $field } δεν επαληθεύεται ως απόδειξη κατοχής της διεύθυνσης ανάληψης στο δίκτυο { $chain } για το κλειδί επικυρωτή { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] το { $field } δεν επαληθεύεται για κανένα κλειδί υπογραφής των δεικτών κλειδιού 0 έως { $last } της μνημονικής φράσης στο δίκτυο { $chain }
       *[voluntary_exit] το { $field } δεν επαληθεύεται για το κλειδί επικυρωτή { $pubkey } στο δίκτυο { $chain }
    }

error-verify_chain_differs = Αυτό το αρχείο αναφέρει ότι δημιουργήθηκε για το δίκτυο { $stated }, αλλά είναι επιλεγμένο το { $selected }: οι υπογραφές του ελέγχθηκαν με βάση τις τιμές του { $selected }. Επιλέξτε το δίκτυο για το οποίο προορίζεται το αρχείο.

error-verify_address_differs = { $reason ->
        [no_address] τα διαπιστευτήρια 0x00 (BLS) αυτής της εγγραφής δεν ορίζουν καμία διεύθυνση εκτέλεσης, άρα ούτε την αναμενόμενη διεύθυνση { $expected }
       *[other] αυτή η εγγραφή στέλνει τα κεφάλαια στη διεύθυνση { $found }, όχι στην αναμενόμενη διεύθυνση { $expected }
    }

## Εισαγωγές επικυρωτών και αναζήτηση

error-import_too_large = η εισαγωγή έχει { $bytes } byte· εισαγωγές μεγαλύτερες από { $limit_gib } GiB απορρίπτονται (η πλήρης λίστα επικυρωτών του mainnet είναι περίπου 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] το JSON δεν έχει ούτε «data» (απάντηση validators του beacon API) ούτε «validators» (το offline-preparation.json του ethdo)
       *[other] η εισαγωγή είναι JSON, αλλά όχι αντικείμενο ή πίνακας: δεν είναι ούτε απάντηση του beacon API ούτε αρχείο προετοιμασίας του ethdo
    }

error-import_both_shapes = το JSON έχει και «data» και «validators»· δώστε μία απάντηση του beacon API ή ένα αρχείο του ethdo

error-import_missing_field = το αρχείο προετοιμασίας του ethdo δεν περιέχει το «{ $name }»

error-import_ethdo_version = η έκδοση «{ $version }» του αρχείου προετοιμασίας του ethdo δεν υποστηρίζεται· υποστηρίζεται η έκδοση «3» (ethdo 1.30 και νεότερο)

error-import_domain_type = το { $name } του αρχείου ethdo είναι { $found }, όχι { $expected } όπως ορίζουν οι προδιαγραφές συναίνεσης· το αρχείο δεν δημιουργήθηκε για δίκτυο Ethereum

error-import_csv_columns = η γραμμή CSV { $line } έχει { $columns ->
        [one] { $columns } στήλη
       *[other] { $columns } στήλες
    }· κάθε γραμμή πρέπει να έχει τη μορφή validator_index,withdrawal_credentials

error-import_too_many_validators = η εισαγωγή περιέχει περισσότερους από { $limit } επικυρωτές· το mainnet έχει περίπου 1,1 εκατομμύριο, άρα αυτή δεν είναι λίστα επικυρωτών

error-validator_status_unknown = { $entry }: το { $name } «{ $text }» δεν είναι κατάσταση επικυρωτή του beacon API

error-import_source_conflict = { $given ->
        [0] επιλέξτε αρχείο εισαγωγής, επικολλήστε μια εισαγωγή ή δώστε μια λίστα επικυρωτών
       *[other] δώστε ακριβώς μία εισαγωγή: ένα αρχείο, ένα επικολλημένο κείμενο ή μια λίστα επικυρωτών
    }

error-search_too_many_matches = περισσότεροι από { $limit } επικυρωτές της εισαγωγής αντιστοιχούν στα κλειδιά αυτής της μνημονικής φράσης· καμία πραγματική μνημονική φράση δεν ελέγχει τόσους σε μία λίστα. Εισαγάγετε μόνο τους δικούς σας επικυρωτές (με το φίλτρο ?id= του beacon API) ή σαρώστε λιγότερους δείκτες κλειδιών

## Παράδοση κλειδιών υπογραφής σε υπογράφοντα

error-hand_off_no_keystores = επιλέξτε τα keystore υπογραφής που θα παραδοθούν
error-hand_off_withdrawal_key = αυτό το keystore περιέχει το κλειδί ανάληψης { $path }· τα κλειδιά ανάληψης μένουν εκτός σύνδεσης και δεν πηγαίνουν ποτέ σε πελάτη επικυρωτή ή υπογράφοντα. Παραδώστε keystore υπογραφής (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = τα keystore { $first } και { $second } περιέχουν το ίδιο κλειδί· ένα κλειδί πρέπει να εισάγεται μόνο μία φορά
error-hand_off_passwords_not_acknowledged = αυτό το αρχείο περιέχει τους κωδικούς πρόσβασης των keystore σε απλό κείμενο: επιβεβαιώστε ότι το κατανοείτε πριν δημιουργηθεί
error-signer_host_invalid = το «{ $host }» δεν είναι όνομα host ούτε διεύθυνση IP· δώστε το χωρίς https://, θύρα ή διαδρομή
error-signer_port_invalid = το «{ $port }» δεν είναι θύρα: ένας ακέραιος αριθμός από 1 έως 65535
error-signer_path_invalid = το «{ $value }» δεν μπορεί να είναι διαδρομή αποθήκευσης: χρησιμοποιήστε μόνο γράμματα, ψηφία και - _ . /, χωρίς κενά, ".." ή κενά τμήματα
error-aws_region_invalid = το «{ $region }» δεν είναι όνομα περιοχής AWS όπως το eu-central-1

## Οι έλεγχοι του ίδιου του πορτοφολιού

error-internal_error = { $reason ->
        [keystore_self_check] ο εσωτερικός έλεγχος απέτυχε: η αποκρυπτογράφηση του keystore του επικυρωτή με δείκτη κλειδιού { $index } δεν έδωσε ξανά το κλειδί του· δεν γράφτηκε τίποτα
        [seed_too_short] το seed έχει { $bytes } byte· το EIP-2333 απαιτεί τουλάχιστον 32
       *[other] ο εσωτερικός έλεγχος απέτυχε, δεν γράφτηκε τίποτα: { $problem }
    }
