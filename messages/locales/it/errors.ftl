## Opzioni passate al pacchetto o al worker.

error-options_not_object = le opzioni devono essere un oggetto, come {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] opzione sconosciuta "{ $field }" (intendeva "{ $nearest }"?); le opzioni ammesse qui sono { $known }
       *[other] opzione sconosciuta "{ $field }"; le opzioni ammesse qui sono { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language e keyCount servono a confrontare le voci con una frase mnemonica: fornisca anche la frase mnemonica
        [verify_needs_pubkey] fornisca la chiave pubblica di firma del validatore con cui verificare l'uscita
        [verify_needs_signer] fornisca la chiave pubblica di firma del validatore, il suo keystore o la frase mnemonica con cui verificare la prova di titolarità dell'indirizzo di prelievo
       *[other] l'opzione "{ $field }" è obbligatoria
    }

error-option_type = { $reason ->
        [not_string] opzione "{ $path }": è attesa una stringa
        [not_option_value] opzione "{ $path }": una funzione, un symbol o un BigInt non può essere un'opzione qui; i valori uint64 sono stringhe decimali
        [unreadable] impossibile leggere l'opzione "{ $path }"
        [not_json] l'opzione "{ $path }" ha un tipo che JSON non può rappresentare
        [not_function] opzione "{ $path }": è attesa una funzione (done, total, phase)
       *[other] opzione "{ $path }": atteso { $expected }, ricevuto { $found }
    }

error-option_value = { $reason ->
        [not_one_of] opzione "{ $path }": "{ $found }" non è tra i valori ammessi, { $expected }
        [invalid] opzione "{ $path }": { $detail }
        [invalid_options] opzioni non valide: { $detail }
        [keystore_not_verified] un keystore si verifica aprendolo con la sua password, non come file firmato
        [hand_off_not_verified] questo file viene controllato quando viene creato, rileggendolo; non contiene alcuna firma da verificare
       *[other] opzione "{ $path }": atteso { $expected }, ricevuto { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] opzioni non valide: firmi con un keystore (keystore e password) oppure con la frase mnemonica (mnemonic e keyIndex, con passphrase e language se necessario), non con entrambi
        [pubkey_or_keystore] opzioni non valide: fornisca la chiave pubblica di firma del validatore oppure il suo keystore, non entrambi
       *[other] opzioni non valide: fornisca startIndex oppure keyIndices (un indice di chiave per validatore), non entrambe
    }

error-text_lone_surrogate = questo testo contiene un surrogato UTF-16 isolato (metà di un carattere): non può essere codificato e verrebbe sostituito senza avviso, producendo altre chiavi; lo ridigiti

## Campi esadecimali.

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] la versione del fork di genesi della rete deve iniziare con 0x
        [chain_capella_fork_version] la versione del fork Capella (uscite) della rete deve iniziare con 0x
        [chain_genesis_validators_root] la radice dei validatori di genesi della rete deve iniziare con 0x
        [execution_address] l'indirizzo di esecuzione deve iniziare con 0x (0x e 40 cifre esadecimali)
        [import_entry] { $entry }: { $name } deve iniziare con 0x
        [import_file] nel file: { $name } deve iniziare con 0x
       *[other] { $field } deve iniziare con 0x
    }

error-hex_unexpected_prefix = { $field } non deve iniziare con 0x

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] la versione del fork di genesi della rete non è esadecimale
        [chain_capella_fork_version] la versione del fork Capella (uscite) della rete non è esadecimale
        [chain_genesis_validators_root] la radice dei validatori di genesi della rete non è esadecimale
        [validator_pubkey] la chiave pubblica del validatore non è esadecimale
        [execution_address] l'indirizzo di esecuzione non è esadecimale (0x e 40 cifre esadecimali)
        [withdrawal_credentials] le credenziali di prelievo n. { $position } non sono esadecimali (0x e 64 cifre esadecimali)
        [import_entry] { $entry }: { $name } non è esadecimale
        [import_csv_line] riga CSV { $line }: { $name } non è esadecimale
        [import_file] nel file: { $name } non è esadecimale
       *[other] { $field } non è esadecimale
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] la versione del fork di genesi della rete ha { $bytes } byte; deve averne { $expected }
        [chain_capella_fork_version] la versione del fork Capella (uscite) della rete ha { $bytes } byte; deve averne { $expected }
        [chain_genesis_validators_root] la radice dei validatori di genesi della rete ha { $bytes } byte; deve averne { $expected }
        [validator_pubkey] la chiave pubblica del validatore ha { $bytes } byte; deve averne { $expected }
        [execution_address] l'indirizzo di esecuzione ha { $bytes } byte; deve averne { $expected } (0x e 40 cifre esadecimali)
        [withdrawal_credentials] le credenziali di prelievo n. { $position } hanno { $bytes } byte; devono averne { $expected } (0x e 64 cifre esadecimali)
        [import_entry] { $entry }: { $name } ha { $bytes } byte; deve averne { $expected }
        [import_csv_line] riga CSV { $line }: { $name } ha { $bytes } byte; deve averne { $expected }
        [import_file] nel file: { $name } ha { $bytes } byte; deve averne { $expected }
       *[other] { $field } ha { $bytes } byte; deve averne { $expected }
    }

## Numeri digitati o letti dai file.

error-not_uint64 = { $subject ->
        [value] "{ $text }" non è un numero intero da 0 a 18446744073709551615
        [validator_index] l'indice di validatore n. { $position } "{ $text }" non è un numero intero da 0 a 18446744073709551615
        [import_entry] { $entry }: { $name } "{ $text }" non è un uint64 decimale
        [import_csv_line] riga CSV { $line }: { $name } "{ $text }" non è un uint64 decimale
        [import_file] nel file: { $name } "{ $text }" non è un uint64 decimale
       *[other] { $field } "{ $text }" non è un uint64 decimale
    }

error-not_key_index = "{ $text }" non è un indice di chiave: usi un numero intero da 0 a 4294967295, solo cifre

error-not_ether_amount = "{ $text }" non è un importo in ETH con al massimo 9 decimali (gwei interi), come 32 o 40.5 (con il punto)

## Frasi mnemoniche.

error-mnemonic_word_count = { $words ->
        [one] la frase mnemonica ha { $words } parola; deve averne 12, 15, 18, 21 o 24
       *[other] la frase mnemonica ha { $words } parole; deve averne 12, 15, 18, 21 o 24
    }

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] la parola n. { $position } non è nell'elenco di parole BIP39; ne controlli l'ortografia
       *[other] la parola n. { $position } non è nell'elenco di parole BIP39: contiene il carattere { $invisible }, che non è una lettera; ridigiti la parola
    }

error-mnemonic_mixed_languages = le parole provengono da elenchi di parole BIP39 diversi; una frase mnemonica usa una sola lingua

error-mnemonic_checksum = il checksum della frase mnemonica è errato: una parola è scritta male, manca o è fuori posto

error-mnemonic_ambiguous_language = la frase mnemonica è valida in più lingue ({ $languages }); scelga la lingua

error-mnemonic_unknown_language = lingua della frase mnemonica sconosciuta "{ $name }"; usi una tra: { $known }

error-mnemonic_public_not_acknowledged = questa è una frase mnemonica di prova pubblicata: chiunque può derivarne le chiavi e prendere ciò che detengono. Su { $chain }, la cui valuta ha un valore reale, non viene creato nulla senza una conferma esplicita

error-passphrase_mismatch = le due passphrase non coincidono

error-rng_unavailable = non è disponibile alcun generatore sicuro di numeri casuali (crypto.getRandomValues); le chiavi non vengono generate

## Indici di chiave e lotti.

error-key_budget_exceeded = verrebbero usati indici di chiave fino a { $last_index }, oltre il suo limite di { $budget } validatori per frase mnemonica; valuti una nuova frase mnemonica per i restanti, così che una frase trapelata esponga meno validatori

error-count_zero = il numero di validatori deve essere almeno 1

error-count_too_large = { $reason ->
        [search_keys] { $count } indici di chiave: una ricerca ne esamina da 1 a { $limit }
       *[other] { $count } validatori in un solo lotto; al massimo { $limit } per lotto: divida gli insiemi più grandi in più lotti
    }

error-key_index_past_last = { $count } validatori a partire dall'indice { $start } supererebbero l'ultimo indice di chiave, 4294967295

error-count_mismatch = { $of ->
        [key_indices] { $validators } indici di validatore ma { $other } indici di chiave; fornisca un indice di chiave per validatore
       *[other] { $validators } indici di validatore ma { $other } credenziali di prelievo; fornisca una credenziale per validatore, nello stesso ordine
    }

error-no_validators = { $reason ->
        [import] l'importazione non elenca alcun validatore
       *[other] fornisca almeno un indice di validatore
    }

error-duplicate_validator = { $reason ->
        [import] il validatore { $validator_index } compare due volte nell'importazione
       *[other] il validatore { $validator_index } è elencato due volte
    }

error-key_path_missing_root = un percorso di chiave deve iniziare con "m/"

error-key_path_no_indices = un percorso di chiave richiede almeno un indice dopo "m"

error-key_path_bad_index = il livello { $level } del percorso di chiave, "{ $text }", non è un indice da 0 a 4294967295

## Reti.

error-chain_not_chosen = scelga prima la rete: non viene creato nulla per una rete che non ha scelto

error-chain_unknown = rete sconosciuta "{ $name }"; usi una tra { $known } oppure fornisca le versioni del fork e la radice di una rete personalizzata

error-chain_name_invalid = una rete personalizzata richiede un nome da 1 a 64 caratteri tra lettere, cifre, - o _ (viene scritto nei file di deposito)

error-chain_no_genesis_validators_root = la rete { $chain } non ha una radice dei validatori di genesi, quindi non è possibile firmare modifiche BLS né uscite per essa; fornisca la radice

error-chain_impersonates_builtin = questi valori di rete sono in parte quelli di { $builtin }: { $differing ->
        [genesisForkVersion] solo la versione del fork di genesi è diversa
        [capellaForkVersion] solo la versione del fork Capella (uscite) è diversa
        [genesisValidatorsRoot] solo la radice dei validatori di genesi è diversa
        [genesis_fork_version] solo genesis_fork_version è diverso
        [exit_fork_version] solo exit_fork_version è diverso
        [genesis_validators_root] solo genesis_validators_root è diverso
       *[other] solo { $differing } sono diversi
    }; una rete che condivide uno qualsiasi dei valori di { $builtin } deve essere { $builtin } stessa (i messaggi firmati con essi potrebbero essere validi su { $builtin })

error-chain_builtin_name_reused = "{ $name }" è una rete predefinita: la scelga per nome, oppure dia un altro nome alla rete personalizzata

error-chain_import_differs = L'importazione è stata creata su { $imported }, ma la rete selezionata è { $selected }; la firma usa i valori di rete dell'importazione ({ $imported }).

## Indirizzi di esecuzione.

error-address_not_checksummed = l'indirizzo di esecuzione non ha il checksum EIP-55; lo copi dal suo wallet con le sue maiuscole e minuscole. La sua forma con checksum è { $checksummed }: la confronti carattere per carattere

error-address_bad_checksum = l'indirizzo di esecuzione non supera il checksum EIP-55, quindi un carattere è errato; con questi caratteri l'indirizzo sarebbe { $checksummed }

error-address_zero = l'indirizzo di esecuzione è l'indirizzo zero; i fondi inviati lì vanno persi

error-address_confirmation_mismatch = i due indirizzi non coincidono; incolli lo stesso indirizzo con checksum in entrambi i campi

error-address_ending_mismatch = questi non sono gli ultimi { $count } caratteri dell'indirizzo: li rilegga dall'indirizzo mostrato sopra

## Chiavi BLS.

error-pubkey_invalid = { $subject ->
        [validator_pubkey] la chiave pubblica del validatore non è una chiave pubblica BLS valida (punto G1 compresso di 48 byte, nel sottogruppo)
       *[other] { $field } non è una chiave pubblica BLS valida (punto G1 compresso di 48 byte, nel sottogruppo)
    }

## Depositi.

error-deposit_bls_not_allowed = le credenziali di prelievo 0x00 (BLS) richiedono una scelta esplicita: i fondi restano bloccati finché non viene firmata una modifica BLS-to-execution; indichi invece un indirizzo di esecuzione

error-deposit_amount_not_allowed = un deposito con credenziali 0x00 o 0x01 è di esattamente 32 ETH; sono stati richiesti { $amount } ETH (per altri importi scelga 0x02 compounding)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] l'importo di { $amount } ETH è fuori dall'intervallo da 1 a 2048 ETH (da 1/32 a 64 GNO sulle reti Gnosis)
       *[other] l'importo di { $amount } ETH è fuori dall'intervallo da 1 a 2048 ETH
    }

error-builder_amount_too_small = l'importo di { $amount } ETH è inferiore al minimo di un deposito di builder, 1 ETH (i depositi di builder non hanno un massimo)

error-builder_keys_are_validator_keys = le chiavi di builder da { $first_index } a { $last_index } sono le chiavi di firma del validatore m/12381/3600/i/0/0 di questa frase mnemonica agli stessi indici (è la scelta progettuale di deposit-cli): se questa frase mnemonica ha validatori a questi indici, non la usi per i builder; usi una nuova frase mnemonica

## Modifiche BLS-to-execution e uscite.

error-bls_change_already_execution = il validatore { $validator_index } ha già credenziali di esecuzione { $prefix }; una modifica BLS converte solo credenziali 0x00, quindi non c'è nulla da firmare

error-bls_change_credentials_mismatch = validatore { $validator_index }: le credenziali indicate, { $given }, non corrispondono all'indice di chiave { $key_index } di questa frase mnemonica, che dà { $derived }; controlli l'indice iniziale, l'ordine dei validatori e la frase mnemonica. Non è stato firmato nulla

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] l'indice di chiave { $key_index } della frase mnemonica dà la chiave di firma { $signing_pubkey }, non quella del validatore, { $validator_pubkey }; non è stato firmato nulla
       *[other] il keystore contiene la chiave { $keystore_pubkey }, non quella del validatore, { $validator_pubkey }; non è stato firmato nulla
    }

## Richieste del livello di esecuzione dall'indirizzo di prelievo (EIP-7002, EIP-7251).

error-chain_no_execution_layer = le richieste del livello di esecuzione si fanno solo per le reti integrate, di cui sono noti l'ID di catena e i contratti delle richieste; { $chain } non è una di queste: usi una tra { $known }

error-request_value_invalid = { $reason ->
        [zero] il valore da allegare è 0 wei; la commissione del contratto è di almeno 1 wei, quindi la transazione fallirebbe
        [too_large] il valore da allegare, "{ $text }", supera qualsiasi commissione che il contratto possa chiedere (al massimo 2^128 - 1 wei)
       *[not_wei] il valore da allegare, "{ $text }", non è un numero intero di wei (solo cifre, come 1)
    }

error-request_not_execution_credentials = il validatore { $validator_index } ha credenziali di prelievo { $prefix }, che non indicano alcun indirizzo di prelievo: solo i validatori 0x01 e 0x02 accettano richieste dal proprio indirizzo di prelievo (un validatore 0x00 richiede prima una modifica BLS-to-execution)

error-request_validator_not_active = il validatore { $validator_index } è { $status }, non active_ongoing: la rete ignora le richieste per un validatore che non è attivo o che sta già uscendo, e trattiene la commissione

error-withdrawal_partial_not_compounding = il validatore { $validator_index } ha credenziali { $prefix }: la rete esegue prelievi parziali solo per validatori 0x02 (compounding) e preleva da sé il saldo in eccesso di un validatore 0x01; lo passi prima a 0x02, oppure chieda un'uscita completa

error-withdrawal_amount_on_exit = validatore { $validator_index }: un'uscita completa non prevede un importo, perché preleva l'intero saldo; ometta l'importo, oppure chieda un prelievo parziale

error-withdrawal_amount_zero = validatore { $validator_index }: un prelievo parziale richiede un importo maggiore di 0 (un importo di 0 è una richiesta di uscita completa)

error-consolidation_target_not_compounding = il validatore { $target_index } ha credenziali { $prefix }: la destinazione di un consolidamento deve avere credenziali 0x02 (compounding), altrimenti la rete ignora la richiesta e trattiene la commissione; lo passi prima a 0x02

error-consolidation_self_not_switch = il validatore { $validator_index } è indicato come propria destinazione ma ha credenziali { $prefix }: solo un validatore 0x01 è la propria destinazione, per passare a 0x02

error-consolidation_target_address_differs = il saldo del validatore { $source_index } passerebbe al validatore { $target_index }, il cui indirizzo di prelievo { $target_address } non è quello dell'origine ({ $source_address }): i fondi apparterrebbero allora a quell'indirizzo. Imposti allowOtherTargetAddress solo se è proprio ciò che desidera

error-consolidation_source_also_target = il validatore { $validator_index } è l'origine di un consolidamento e la destinazione di un altro in questo lotto; una volta uscito, la rete ignora l'altro: consolidi in due passaggi

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } è { $found }, non l'ID di catena { $expected } di { $chain }
        [to] { $field } è { $found }, non il contratto di { $chain } per questa richiesta, { $expected }
        [request] { $field } non corrisponde ai data del file
        [description] { $field } non descrive ciò che fanno i data del file
       *[uri] { $field } non corrisponde a to, chainId, value e data del file
    }

## Password e keystore.

error-password_empty = la password è vuota (i caratteri di controllo non contano); scelga una password

error-password_too_short = la password ha { $chars } caratteri; un nuovo keystore ne richiede almeno { $min }

error-password_mismatch = le due password non coincidono

error-keystore_not_chosen = scelga prima il file keystore e attenda che venga letto

error-keystore_wrong_password = password errata: il checksum del keystore non corrisponde

error-keystore_malformed = { $reason ->
        [json] keystore EIP-2335 non valido: il file non è un JSON di keystore: { $detail }
        [params] keystore EIP-2335 non valido: { $name } non è valido: { $detail }
        [dklen] keystore EIP-2335 non valido: { $name } è { $found }; deve essere { $expected }
        [version] keystore EIP-2335 non valido: { $name } è { $found }; è supportata solo la versione 4
        [unsupported_kdf] keystore EIP-2335 non valido: { $name } è "{ $found }"; sono supportati solo "scrypt" e "pbkdf2"
        [unsupported_prf] keystore EIP-2335 non valido: { $name } è "{ $found }"; è supportato solo "hmac-sha256"
        [unsupported_checksum] keystore EIP-2335 non valido: { $name } è "{ $found }"; è supportato solo "sha256"
        [unsupported_cipher] keystore EIP-2335 non valido: { $name } è "{ $found }"; è supportato solo "aes-128-ctr"
        [not_empty] keystore EIP-2335 non valido: { $name } deve essere vuoto
        [not_hex] keystore EIP-2335 non valido: { $name } non è esadecimale (senza 0x)
        [wrong_length] keystore EIP-2335 non valido: { $name } ha { $bytes } byte; deve averne { $expected }
        [empty] keystore EIP-2335 non valido: { $name } è vuoto
        [too_long] keystore EIP-2335 non valido: { $name } ha { $bytes } byte; ne sono ammessi al massimo { $limit }
        [cipher_length] keystore EIP-2335 non valido: { $name } ha { $bytes } byte; un keystore BLS ne contiene 32
        [pubkey] keystore EIP-2335 non valido: { $name } non è una chiave pubblica BLS valida (punto G1 compresso di 48 byte, nel sottogruppo)
        [path_missing_root] keystore EIP-2335 non valido: { $name } non è valido: un percorso di chiave deve iniziare con "m/"
        [path_no_indices] keystore EIP-2335 non valido: { $name } non è valido: un percorso di chiave richiede almeno un indice dopo "m"
        [path_bad_index] keystore EIP-2335 non valido: { $name } non è valido: il livello { $level } del percorso di chiave, "{ $text }", non è un indice da 0 a 4294967295
        [uuid] keystore EIP-2335 non valido: { $name } non è un UUID
       *[other] keystore EIP-2335 non valido: { $name } non è valido
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] esecuzione della KDF del keystore rifiutata: scrypt n = { $n } deve essere una potenza di due maggiore di 1
        [scrypt_r_p] esecuzione della KDF del keystore rifiutata: scrypt r = { $r } e p = { $p } devono essere entrambi almeno 1
        [scrypt_memory] esecuzione della KDF del keystore rifiutata: scrypt n = { $n }, r = { $r }, p = { $p } richiede più di 1 GiB di memoria (128·r·(n + p + 2))
        [scrypt_params] esecuzione della KDF del keystore rifiutata: scrypt n = { $n }, r = { $r }, p = { $p } sono fuori dai valori accettati da scrypt (n deve essere inferiore a 2^(16·r))
        [pbkdf2_c] esecuzione della KDF del keystore rifiutata: pbkdf2 c = { $c } deve essere compreso tra 1 e { $limit }
       *[empty_salt] esecuzione della KDF del keystore rifiutata: il salt della KDF è vuoto
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] non è una chiave segreta BLS valida (32 byte, diversa da zero, inferiore all'ordine della curva)
       *[other] il keystore è danneggiato: il segreto decifrato non è una chiave segreta BLS valida
    }

error-keystore_pubkey_mismatch = il keystore è danneggiato: dichiara la chiave pubblica { $stated }, ma la chiave segreta che contiene corrisponde alla chiave pubblica { $actual }

## File.

error-file_too_large = { $reason ->
        [keystore] keystore EIP-2335 non valido: il file ha { $bytes } byte; un keystore non supera { $limit_mib } MiB
       *[other] il file ha { $bytes } byte; i file oltre { $limit_mib } MiB vengono rifiutati prima della lettura (nessun keystore o file di messaggi firmati è così grande)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] keystore EIP-2335 non valido: il file inizia con un BOM (byte order mark); lo salvi come semplice UTF-8
       *[other] il file inizia con un BOM (byte order mark); lo salvi come UTF-8 senza BOM
    }

error-file_not_utf8 = { $reason ->
        [import] l'importazione non è testo UTF-8
       *[other] il file non è testo UTF-8
    }

error-file_empty = { $reason ->
        [import] l'importazione è vuota
       *[other] il file non contiene alcuna voce
    }

error-file_kind_unknown = questo non è un file keystore, di dati di deposito, di modifica BLS o di uscita

error-json_syntax = { $reason ->
        [import] l'importazione non è una risposta della beacon API né un file di preparazione di ethdo: { $detail } alla riga { $line }, colonna { $column }
       *[other] il file non è JSON: { $detail } alla riga { $line }, colonna { $column }
    }

error-json_duplicate_key = { $reason ->
        [keystore] keystore EIP-2335 non valido: il file contiene due volte la chiave "{ $key }" nello stesso oggetto
       *[other] il JSON contiene due volte la chiave "{ $key }" nello stesso oggetto; altri strumenti leggerebbero solo l'ultima, quindi il file viene rifiutato
    }

error-json_not_array = il file non è un array JSON di voci

error-json_not_object = { $reason ->
        [exit_in_array] il file è un array JSON; un file di uscita firmato contiene un solo oggetto di uscita (un file per validatore)
        [keystore] keystore EIP-2335 non valido: il file non è un oggetto JSON
        [proof_in_array] il file è un array JSON; una prova di titolarità dell'indirizzo di prelievo contiene un solo oggetto (un file per validatore)
       *[other] il file non è un singolo oggetto JSON
    }

## Voci dei file di messaggi firmati (rapporti di verifica).

error-field_missing = { $field } è assente

error-field_type = { $reason ->
        [amount_not_gwei] { $field } è assente o non è un numero intero di gwei
        [not_integer] { $field } non è un numero intero JSON
       *[other] { $field } non è una stringa
    }

error-credentials_prefix = { $reason ->
        [builder] il prefisso { $prefix } di { $field } non è il prefisso dei builder 0xb0
       *[other] il prefisso { $prefix } di { $field } non è 0x00, 0x01 né 0x02
    }

error-credentials_padding = { $reason ->
        [builder] i byte 1–11 di { $field } devono essere zero per le credenziali 0xb0
       *[other] i byte 1–11 di { $field } devono essere zero per le credenziali 0x01/0x02
    }

error-fork_version_mismatch = { $field } { $found } non è la versione del fork di genesi di { $chain }, { $expected }

error-network_name_mismatch = { $field } "{ $found }" non è { $chain }

error-genesis_validators_root_mismatch = { $field } { $found } non è il valore di { $chain }

error-root_mismatch = { $reason ->
        [message_root] { $field } non corrisponde a pubkey, withdrawal_credentials e amount
       *[other] { $field } non corrisponde alla voce
    }

error-signature_invalid = { $message ->
        [deposit] { $field } non supera la verifica per i depositi su { $chain }
        [builder_deposit] { $field } non supera la verifica per i depositi di builder su { $chain }
        [bls_to_execution_change] { $field } non supera la verifica per una modifica BLS su { $chain }
        [bls_to_execution_change_keystore] { $field } non supera la verifica come prova di titolarità dell'indirizzo di prelievo su { $chain } per la chiave del validatore { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } non supera la verifica per nessuna chiave di firma degli indici di chiave da 0 a { $last } della frase mnemonica su { $chain }
       *[voluntary_exit] { $field } non supera la verifica per la chiave del validatore { $pubkey } su { $chain }
    }

error-verify_chain_differs = Questo file dichiara di essere stato creato per { $stated }, ma la rete scelta è { $selected }: le sue firme sono state verificate rispetto ai valori di { $selected }. Scelga la rete a cui il file è destinato.

error-verify_address_differs = { $reason ->
        [no_address] le credenziali 0x00 (BLS) di questa voce non indicano alcun indirizzo di esecuzione, quindi nemmeno l'indirizzo atteso { $expected }
       *[other] questa voce invia i fondi a { $found }, non all'indirizzo atteso { $expected }
    }

## Importazione e ricerca dei validatori.

error-import_too_large = l'importazione ha { $bytes } byte; le importazioni oltre { $limit_gib } GiB vengono rifiutate (l'elenco completo dei validatori di mainnet è di circa 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] il JSON non contiene né "data" (una risposta validators della beacon API) né "validators" (offline-preparation.json di ethdo)
       *[other] l'importazione è JSON ma non è un oggetto né un array: non è una risposta della beacon API né un file di preparazione di ethdo
    }

error-import_both_shapes = il JSON contiene sia "data" sia "validators"; fornisca una sola risposta della beacon API o un solo file di ethdo

error-import_missing_field = nel file di preparazione di ethdo manca "{ $name }"

error-import_ethdo_version = la versione "{ $version }" del file di preparazione di ethdo non è supportata; è supportata la versione "3" (ethdo 1.30 e successivi)

error-import_domain_type = nel file di ethdo { $name } è { $found }, non { $expected } come nelle specifiche del consenso; il file non è stato creato per una rete Ethereum

error-import_csv_columns = la riga CSV { $line } ha { $columns } colonne; ogni riga deve essere validator_index,withdrawal_credentials

error-import_too_many_validators = l'importazione elenca più di { $limit } validatori; mainnet ne ha circa 1,1 milioni, quindi questo non è un elenco di validatori

error-validator_status_unknown = { $entry }: { $name } "{ $text }" non è uno stato di validatore della beacon API

error-import_source_conflict = { $given ->
        [0] scelga un file da importare, incolli un'importazione o fornisca un elenco di validatori
       *[other] fornisca una sola importazione: un file, un testo incollato o un elenco di validatori
    }

error-search_too_many_matches = più di { $limit } validatori dell'importazione corrispondono alle chiavi di questa frase mnemonica; nessuna frase mnemonica reale ne controlla così tanti in un solo elenco. Importi solo i suoi validatori (il filtro ?id= della beacon API) oppure esamini meno indici di chiave

## Consegna delle chiavi di firma a un firmatario.

error-hand_off_no_keystores = scelga i keystore di firma da consegnare
error-hand_off_withdrawal_key = questo keystore contiene la chiave di prelievo { $path }; le chiavi di prelievo restano offline e non vanno mai su un client validatore o su un firmatario. Consegni keystore di firma (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = i keystore { $first } e { $second } contengono la stessa chiave; una chiave va importata una sola volta
error-hand_off_passwords_not_acknowledged = questo file contiene in chiaro le password dei keystore: confermi di averlo capito prima che venga creato
error-signer_host_invalid = "{ $host }" non è un nome host né un indirizzo IP; lo indichi senza https://, porta o percorso
error-signer_port_invalid = "{ $port }" non è una porta: un numero intero da 1 a 65535
error-signer_path_invalid = "{ $value }" non può essere un percorso dell'archivio: usi solo lettere, cifre e - _ . /, senza spazi, ".." o parti vuote
error-aws_region_invalid = "{ $region }" non è un nome di regione AWS come eu-central-1

## Controlli interni del wallet.

error-internal_error = { $reason ->
        [keystore_self_check] verifica interna non riuscita: una volta decifrato, il keystore del validatore { $index } non ha restituito la propria chiave; non è stato scritto nulla
        [seed_too_short] il seed ha { $bytes } byte; EIP-2333 ne richiede almeno 32
       *[other] verifica interna non riuscita, non è stato scritto nulla: { $problem }
    }
