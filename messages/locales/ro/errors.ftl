## Opțiunile transmise pachetului sau worker-ului

error-options_not_object = opțiunile trebuie să fie un obiect, de exemplu {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] opțiune necunoscută „{ $field }” (ați vrut să scrieți „{ $nearest }”?); opțiunile disponibile aici sunt { $known }
       *[other] opțiune necunoscută „{ $field }”; opțiunile disponibile aici sunt { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language și keyCount compară intrările cu o frază mnemonică: furnizați și fraza mnemonică
        [verify_needs_pubkey] furnizați cheia publică de semnare a validatorului, cu care se verifică ieșirea
        [verify_needs_signer] furnizați cheia publică de semnare a validatorului, keystore-ul său sau fraza mnemonică pentru a verifica dovada de deținere a adresei de retragere
       *[other] opțiunea „{ $field }” este obligatorie
    }

error-option_type = { $reason ->
        [not_string] opțiunea „{ $path }”: se aștepta un șir de caractere (string)
        [not_option_value] opțiunea „{ $path }”: o funcție, un symbol sau un BigInt nu poate fi opțiune aici; valorile uint64 se dau ca șiruri zecimale
        [unreadable] opțiunea „{ $path }” nu a putut fi citită
        [not_json] opțiunea „{ $path }” are un tip pe care JSON nu îl poate reprezenta
        [not_function] opțiunea „{ $path }”: se aștepta o funcție (done, total, phase)
       *[other] opțiunea „{ $path }”: se aștepta { $expected }, s-a primit { $found }
    }

error-option_value = { $reason ->
        [not_one_of] opțiunea „{ $path }”: „{ $found }” nu este una dintre valorile { $expected }
        [invalid] opțiunea „{ $path }”: { $detail }
        [invalid_options] opțiuni nevalide: { $detail }
        [keystore_not_verified] un keystore se verifică deschizându-l cu parola sa, nu ca fișier semnat
        [hand_off_not_verified] acest fișier este verificat când este generat, prin recitirea lui; nu conține nicio semnătură de verificat
       *[other] opțiunea „{ $path }”: se aștepta { $expected }, s-a primit { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] opțiuni nevalide: semnați fie cu un keystore (keystore și password), fie cu fraza mnemonică (mnemonic și keyIndex, cu passphrase și language dacă este nevoie)
        [pubkey_or_keystore] opțiuni nevalide: furnizați cheia publică de semnare a validatorului sau keystore-ul său, nu pe amândouă
       *[other] opțiuni nevalide: furnizați fie startIndex, fie keyIndices (câte un indice de cheie pentru fiecare validator)
    }

error-text_lone_surrogate = acest text conține un surogat UTF-16 izolat (o jumătate de caracter); nu poate fi codificat și ar fi înlocuit fără avertisment, rezultând alte chei: tastați-l din nou

## Câmpuri hexazecimale

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] versiunea fork de geneză a rețelei trebuie să înceapă cu 0x
        [chain_capella_fork_version] versiunea fork Capella (de ieșire) a rețelei trebuie să înceapă cu 0x
        [chain_genesis_validators_root] rădăcina validatorilor de geneză a rețelei trebuie să înceapă cu 0x
        [execution_address] adresa de execuție trebuie să înceapă cu 0x (0x și 40 de cifre hexazecimale)
        [import_entry] { $entry }: { $name } trebuie să înceapă cu 0x
        [import_file] fișier: { $name } trebuie să înceapă cu 0x
       *[other] { $field } trebuie să înceapă cu 0x
    }

error-hex_unexpected_prefix = { $field } nu trebuie să înceapă cu 0x

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] versiunea fork de geneză a rețelei nu este în format hexazecimal
        [chain_capella_fork_version] versiunea fork Capella (de ieșire) a rețelei nu este în format hexazecimal
        [chain_genesis_validators_root] rădăcina validatorilor de geneză a rețelei nu este în format hexazecimal
        [validator_pubkey] cheia publică a validatorului nu este în format hexazecimal
        [execution_address] adresa de execuție nu este în format hexazecimal (0x și 40 de cifre hexazecimale)
        [withdrawal_credentials] credențialele de retragere nr. { $position } nu sunt în format hexazecimal (0x și 64 de cifre hexazecimale)
        [import_entry] { $entry }: { $name } nu este în format hexazecimal
        [import_csv_line] linia CSV { $line }: { $name } nu este în format hexazecimal
        [import_file] fișier: { $name } nu este în format hexazecimal
       *[other] { $field } nu este în format hexazecimal
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] versiunea fork de geneză a rețelei are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
        [chain_capella_fork_version] versiunea fork Capella (de ieșire) a rețelei are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
        [chain_genesis_validators_root] rădăcina validatorilor de geneză a rețelei are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
        [validator_pubkey] cheia publică a validatorului are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
        [execution_address] adresa de execuție are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected } (0x și 40 de cifre hexazecimale)
        [withdrawal_credentials] credențialele de retragere nr. { $position } au { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected } (0x și 64 de cifre hexazecimale)
        [import_entry] { $entry }: { $name } are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
        [import_csv_line] linia CSV { $line }: { $name } are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
        [import_file] fișier: { $name } are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
       *[other] { $field } are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
    }

## Numere tastate sau citite din fișiere

error-not_uint64 = { $subject ->
        [value] „{ $text }” nu este un număr întreg între 0 și 18446744073709551615
        [validator_index] indicele de validator nr. { $position }, „{ $text }”, nu este un număr întreg între 0 și 18446744073709551615
        [import_entry] { $entry }: { $name } „{ $text }” nu este un uint64 zecimal
        [import_csv_line] linia CSV { $line }: { $name } „{ $text }” nu este un uint64 zecimal
        [import_file] fișier: { $name } „{ $text }” nu este un uint64 zecimal
       *[other] { $field } „{ $text }” nu este un uint64 zecimal
    }

error-not_key_index = „{ $text }” nu este un indice de cheie: folosiți un număr întreg între 0 și 4294967295, doar cifre

error-not_ether_amount = „{ $text }” nu este o sumă în ETH cu cel mult 9 zecimale (gwei întregi), de exemplu 32 sau 40.5 (cu punct zecimal)

## Fraze mnemonice

error-mnemonic_word_count = fraza mnemonică are { $words ->
        [one] { $words } cuvânt
        [few] { $words } cuvinte
       *[other] { $words } de cuvinte
    }; trebuie să aibă 12, 15, 18, 21 sau 24

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] cuvântul nr. { $position } nu se află în lista de cuvinte BIP39; verificați cum este scris
       *[other] cuvântul nr. { $position } nu se află în lista de cuvinte BIP39: conține caracterul { $invisible }, care nu este o literă; tastați din nou cuvântul
    }

error-mnemonic_mixed_languages = cuvintele provin din liste de cuvinte BIP39 diferite; o frază mnemonică folosește o singură limbă

error-mnemonic_checksum = checksum-ul frazei mnemonice este greșit: un cuvânt este tastat greșit, lipsește sau nu este la locul lui

error-mnemonic_ambiguous_language = fraza mnemonică este validă în mai multe limbi ({ $languages }); alegeți limba

error-mnemonic_unknown_language = limbă necunoscută pentru fraza mnemonică: „{ $name }”; folosiți una dintre: { $known }

error-mnemonic_public_not_acknowledged = aceasta este o frază mnemonică de test publicată: oricine poate deriva cheile ei și poate lua ce dețin acestea. Pe { $chain }, a cărei monedă are valoare reală, nu se generează nimic din ea fără o confirmare explicită

error-passphrase_mismatch = cele două passphrase-uri diferă

error-rng_unavailable = nu este disponibil niciun generator securizat de numere aleatorii (crypto.getRandomValues); generarea cheilor este refuzată

## Indici de cheie și loturi

error-key_budget_exceeded = aceasta ar folosi indici de cheie până la { $last_index }, peste limita dumneavoastră de { $budget ->
        [one] { $budget } validator
        [few] { $budget } validatori
       *[other] { $budget } de validatori
    } per frază mnemonică; luați în considerare o frază mnemonică nouă pentru rest, astfel încât o frază compromisă să expună mai puțini validatori

error-count_zero = numărul de validatori trebuie să fie cel puțin 1

error-count_too_large = { $reason ->
        [search_keys] numărul de indici de cheie, { $count }, nu se încadrează în ce scanează o căutare: între 1 și { $limit }
       *[other] numărul de validatori dintr-un lot, { $count }, depășește maximul de { $limit } per lot: împărțiți seturile mai mari în mai multe loturi
    }

error-key_index_past_last = pornind de la indicele { $start }, numărul de validatori cerut ({ $count }) ar depăși ultimul indice de cheie, 4294967295

error-count_mismatch = { $of ->
        [key_indices] numărul indicilor de validator ({ $validators }) diferă de cel al indicilor de cheie ({ $other }); furnizați câte un indice de cheie pentru fiecare validator
       *[other] numărul indicilor de validator ({ $validators }) diferă de cel al credențialelor de retragere ({ $other }); furnizați credențialele fiecărui validator, în aceeași ordine
    }

error-no_validators = { $reason ->
        [import] importul nu conține niciun validator
       *[other] furnizați cel puțin un indice de validator
    }

error-duplicate_validator = { $reason ->
        [import] validatorul { $validator_index } apare de două ori în import
       *[other] validatorul { $validator_index } apare de două ori în listă
    }

error-key_path_missing_root = o cale de cheie trebuie să înceapă cu „m/”

error-key_path_no_indices = o cale de cheie necesită cel puțin un indice după „m”

error-key_path_bad_index = nivelul { $level } al căii de cheie, „{ $text }”, nu este un indice între 0 și 4294967295

## Rețele

error-chain_not_chosen = alegeți mai întâi rețeaua: nu se generează nimic pentru o rețea pe care nu ați ales-o

error-chain_unknown = rețea necunoscută „{ $name }”; folosiți una dintre { $known } sau furnizați versiunile fork și rădăcina unei rețele personalizate

error-chain_name_invalid = o rețea personalizată necesită un nume de 1 până la 64 de caractere: litere, cifre, - sau _ (numele este scris în fișierele de depunere)

error-chain_no_genesis_validators_root = rețeaua { $chain } nu are rădăcina validatorilor de geneză, deci pentru ea nu se pot semna modificări BLS și ieșiri; furnizați rădăcina

error-chain_impersonates_builtin = valorile acestei rețele coincid parțial cu cele ale rețelei { $builtin }: { $differing ->
        [genesisForkVersion] versiunea fork de geneză diferă
        [capellaForkVersion] versiunea fork Capella (de ieșire) diferă
        [genesisValidatorsRoot] rădăcina validatorilor de geneză diferă
        [genesis_fork_version] genesis_fork_version diferă
        [exit_fork_version] exit_fork_version diferă
        [genesis_validators_root] genesis_validators_root diferă
       *[other] { $differing } diferă
    }; o rețea care are în comun oricare dintre valorile rețelei { $builtin } trebuie să fie chiar { $builtin } (mesajele semnate cu ele ar putea fi valide pe { $builtin })

error-chain_builtin_name_reused = „{ $name }” este o rețea predefinită: alegeți-o după nume sau dați rețelei personalizate un alt nume

error-chain_import_differs = Importul a fost făcut pe { $imported }, dar este selectată rețeaua { $selected }; semnarea folosește valorile rețelei din import ({ $imported }).

## Adrese de execuție

error-address_not_checksummed = adresa de execuție nu are checksum EIP-55; copiați-o din portofel, cu literele mari și mici exact așa cum sunt. Forma sa cu checksum este { $checksummed }: comparați-le caracter cu caracter

error-address_bad_checksum = adresa de execuție nu trece verificarea checksum-ului EIP-55, deci un caracter este greșit; cu aceste caractere, adresa ar fi { $checksummed }

error-address_zero = adresa de execuție este adresa zero; fondurile trimise acolo se pierd

error-address_confirmation_mismatch = cele două adrese diferă; lipiți aceeași adresă cu checksum în ambele câmpuri

error-address_ending_mismatch = { $count ->
        [one] acesta nu este ultimul caracter al adresei: citiți-l din nou din adresa afișată mai sus
        [few] acestea nu sunt ultimele { $count } caractere ale adresei: citiți-le din nou din adresa afișată mai sus
       *[other] acestea nu sunt ultimele { $count } de caractere ale adresei: citiți-le din nou din adresa afișată mai sus
    }

## Chei BLS

error-pubkey_invalid = { $subject ->
        [validator_pubkey] cheia publică a validatorului nu este o cheie publică BLS validă (punct G1 comprimat de 48 de octeți, din subgrup)
       *[other] { $field } nu este o cheie publică BLS validă (punct G1 comprimat de 48 de octeți, din subgrup)
    }

## Depuneri

error-deposit_bls_not_allowed = credențialele de retragere 0x00 (BLS) necesită un acord explicit: fondurile rămân blocate până când se semnează o modificare BLS-to-execution; furnizați în schimb o adresă de execuție

error-deposit_amount_not_allowed = o depunere cu credențiale 0x00 sau 0x01 este de exact 32 ETH; s-au cerut { $amount } ETH (alegeți 0x02 compounding pentru alte sume)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] suma de { $amount } ETH nu se încadrează între 1 și 2048 ETH (între 1/32 și 64 GNO pe rețelele Gnosis)
       *[other] suma de { $amount } ETH nu se încadrează între 1 și 2048 ETH
    }

error-builder_amount_too_small = suma de { $amount } ETH este sub minimul unei depuneri de builder, 1 ETH (depunerile de builder nu au maxim)

error-builder_keys_are_validator_keys = cheile de builder de la { $first_index } la { $last_index } sunt cheile de semnare de validator m/12381/3600/i/0/0 ale acestei fraze mnemonice la aceiași indici (așa a fost proiectat deposit-cli): dacă această frază mnemonică are validatori la acești indici, nu o folosiți pentru builderi; folosiți o frază mnemonică nouă

## Modificări BLS-to-execution și ieșiri

error-bls_change_already_execution = validatorul { $validator_index } are deja credențiale de execuție { $prefix }; o modificare BLS convertește doar credențiale 0x00, deci nu este nimic de semnat

error-bls_change_credentials_mismatch = validatorul { $validator_index }: credențialele furnizate, { $given }, nu corespund indicelui de cheie { $key_index } al acestei fraze mnemonice, care generează { $derived }; verificați indicele de start, ordinea validatorilor și fraza mnemonică. Nu s-a semnat nimic

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] indicele de cheie { $key_index } al frazei mnemonice generează cheia de semnare { $signing_pubkey }, nu pe cea a validatorului, { $validator_pubkey }; nu s-a semnat nimic
       *[other] keystore-ul conține cheia { $keystore_pubkey }, nu pe cea a validatorului, { $validator_pubkey }; nu s-a semnat nimic
    }

## Cereri din stratul de execuție de la adresa de retragere (EIP-7002, EIP-7251)

error-chain_no_execution_layer = cererile din stratul de execuție se fac doar pentru rețelele predefinite, ale căror ID de lanț și contracte de cereri sunt cunoscute; { $chain } nu este una dintre ele: folosiți una dintre { $known }

error-request_value_invalid = { $reason ->
        [zero] valoarea de atașat este 0 wei; taxa contractului este de cel puțin 1 wei, deci tranzacția ar eșua
        [too_large] valoarea de atașat, "{ $text }", depășește orice taxă pe care o poate cere contractul (cel mult 2^128 - 1 wei)
       *[not_wei] valoarea de atașat, "{ $text }", nu este un număr întreg de wei (doar cifre, de exemplu 1)
    }

error-request_not_execution_credentials = validatorul { $validator_index } are credențiale de retragere { $prefix }, care nu indică nicio adresă de retragere: doar validatorii 0x01 și 0x02 acceptă cereri de la adresa lor de retragere (un validator 0x00 are nevoie mai întâi de o modificare BLS-to-execution)

error-request_validator_not_active = validatorul { $validator_index } este { $status }, nu active_ongoing: rețeaua ignoră cererile pentru un validator care nu este activ sau care iese deja și păstrează taxa

error-withdrawal_partial_not_compounding = validatorul { $validator_index } are credențiale { $prefix }: rețeaua face retrageri parțiale doar pentru validatorii 0x02 (compounding) și retrage singură soldul excedentar al unui validator 0x01; treceți-l mai întâi la 0x02 sau cereți o ieșire completă

error-withdrawal_amount_on_exit = validatorul { $validator_index }: o ieșire completă nu primește o sumă, deoarece retrage întregul sold; omiteți suma sau cereți o retragere parțială

error-withdrawal_amount_zero = validatorul { $validator_index }: o retragere parțială are nevoie de o sumă mai mare decât 0 (o sumă de 0 este o cerere de ieșire completă)

error-consolidation_target_not_compounding = validatorul { $target_index } are credențiale { $prefix }: ținta unei consolidări trebuie să aibă credențiale 0x02 (compounding), altfel rețeaua ignoră cererea și păstrează taxa; treceți-l mai întâi la 0x02

error-consolidation_self_not_switch = validatorul { $validator_index } este indicat ca propria țintă, dar are credențiale { $prefix }: doar un validator 0x01 este propria țintă, pentru a trece la 0x02

error-consolidation_target_address_differs = soldul validatorului { $source_index } ar trece la validatorul { $target_index }, a cărui adresă de retragere { $target_address } nu este cea a sursei ({ $source_address }): fondurile ar aparține atunci acelei adrese. Setați allowOtherTargetAddress doar dacă asta doriți

error-consolidation_source_also_target = validatorul { $validator_index } este sursa unei consolidări și ținta alteia în acest lot; odată ce iese, rețeaua o ignoră pe cealaltă: consolidați în doi pași

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } este { $found }, nu ID-ul de lanț { $expected } al rețelei { $chain }
        [to] { $field } este { $found }, nu contractul rețelei { $chain } pentru această cerere, { $expected }
        [request] { $field } nu corespunde câmpului data din fișier
        [description] { $field } nu descrie ce face câmpul data din fișier
       *[uri] { $field } nu corespunde câmpurilor to, chainId, value și data din fișier
    }

## Parole și keystore-uri

error-password_empty = parola este goală (caracterele de control nu se numără); alegeți o parolă

error-password_too_short = parola are { $chars ->
        [one] { $chars } caracter
        [few] { $chars } caractere
       *[other] { $chars } de caractere
    }; un keystore nou necesită cel puțin { $min }

error-password_mismatch = cele două parole diferă

error-keystore_not_chosen = alegeți mai întâi fișierul keystore și așteptați până când este citit

error-keystore_wrong_password = parolă greșită: checksum-ul keystore-ului nu corespunde

error-keystore_malformed = { $reason ->
        [json] keystore EIP-2335 nevalid: fișierul nu este JSON de keystore: { $detail }
        [params] keystore EIP-2335 nevalid: câmpul { $name } este nevalid: { $detail }
        [dklen] keystore EIP-2335 nevalid: câmpul { $name } are valoarea { $found }; trebuie să fie { $expected }
        [version] keystore EIP-2335 nevalid: câmpul { $name } are valoarea { $found }; este acceptată doar versiunea 4
        [unsupported_kdf] keystore EIP-2335 nevalid: câmpul { $name } are valoarea „{ $found }”; sunt acceptate doar „scrypt” și „pbkdf2”
        [unsupported_prf] keystore EIP-2335 nevalid: câmpul { $name } are valoarea „{ $found }”; este acceptat doar „hmac-sha256”
        [unsupported_checksum] keystore EIP-2335 nevalid: câmpul { $name } are valoarea „{ $found }”; este acceptat doar „sha256”
        [unsupported_cipher] keystore EIP-2335 nevalid: câmpul { $name } are valoarea „{ $found }”; este acceptat doar „aes-128-ctr”
        [not_empty] keystore EIP-2335 nevalid: câmpul { $name } trebuie să fie gol
        [not_hex] keystore EIP-2335 nevalid: câmpul { $name } nu este în format hexazecimal (fără 0x)
        [wrong_length] keystore EIP-2335 nevalid: câmpul { $name } are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; trebuie să aibă { $expected }
        [empty] keystore EIP-2335 nevalid: câmpul { $name } este gol
        [too_long] keystore EIP-2335 nevalid: câmpul { $name } are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; sunt permiși cel mult { $limit }
        [cipher_length] keystore EIP-2335 nevalid: câmpul { $name } are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; un keystore BLS conține 32
        [pubkey] keystore EIP-2335 nevalid: câmpul { $name } nu este o cheie publică BLS validă (punct G1 comprimat de 48 de octeți, din subgrup)
        [path_missing_root] keystore EIP-2335 nevalid: câmpul { $name } este nevalid: o cale de cheie trebuie să înceapă cu „m/”
        [path_no_indices] keystore EIP-2335 nevalid: câmpul { $name } este nevalid: o cale de cheie necesită cel puțin un indice după „m”
        [path_bad_index] keystore EIP-2335 nevalid: câmpul { $name } este nevalid: nivelul { $level } al căii de cheie, „{ $text }”, nu este un indice între 0 și 4294967295
        [uuid] keystore EIP-2335 nevalid: câmpul { $name } nu este un UUID
       *[other] keystore EIP-2335 nevalid: câmpul { $name } este nevalid
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] s-a refuzat rularea KDF-ului keystore-ului: scrypt n = { $n } trebuie să fie o putere a lui 2 mai mare decât 1
        [scrypt_r_p] s-a refuzat rularea KDF-ului keystore-ului: scrypt r = { $r } și p = { $p } trebuie să fie ambele cel puțin 1
        [scrypt_memory] s-a refuzat rularea KDF-ului keystore-ului: scrypt n = { $n }, r = { $r }, p = { $p } necesită mai mult de 1 GiB de memorie (128·r·(n + p + 2))
        [scrypt_params] s-a refuzat rularea KDF-ului keystore-ului: scrypt n = { $n }, r = { $r }, p = { $p } sunt în afara valorilor acceptate de scrypt (n trebuie să fie mai mic decât 2^(16·r))
        [pbkdf2_c] s-a refuzat rularea KDF-ului keystore-ului: pbkdf2 c = { $c } trebuie să fie între 1 și { $limit }
       *[empty_salt] s-a refuzat rularea KDF-ului keystore-ului: salt-ul KDF este gol
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] nu este o cheie secretă BLS validă (32 de octeți, nenulă, mai mică decât ordinul curbei)
       *[other] keystore-ul este corupt: secretul său decriptat nu este o cheie secretă BLS validă
    }

error-keystore_pubkey_mismatch = keystore-ul este corupt: declară cheia publică { $stated }, dar cheia publică a cheii sale secrete este { $actual }

## Fișiere

error-file_too_large = { $reason ->
        [keystore] keystore EIP-2335 nevalid: fișierul are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; un keystore are cel mult { $limit_mib } MiB
       *[other] fișierul are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; fișierele de peste { $limit_mib } MiB sunt refuzate înainte de citire (niciun keystore și niciun fișier de mesaje semnate nu este atât de mare)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] keystore EIP-2335 nevalid: fișierul începe cu un marcaj de ordine a octeților; salvați-l ca UTF-8 simplu
       *[other] fișierul începe cu un marcaj de ordine a octeților (BOM); salvați-l ca UTF-8 fără BOM
    }

error-file_not_utf8 = { $reason ->
        [import] importul nu este text UTF-8
       *[other] fișierul nu este text UTF-8
    }

error-file_empty = { $reason ->
        [import] importul este gol
       *[other] fișierul nu conține nicio intrare
    }

error-file_kind_unknown = acesta nu este un fișier keystore, de date de depunere, de modificare BLS sau de ieșire

error-json_syntax = { $reason ->
        [import] importul nu este nici un răspuns beacon API, nici un fișier de pregătire ethdo: { $detail } la linia { $line }, coloana { $column }
       *[other] fișierul nu este JSON: { $detail } la linia { $line }, coloana { $column }
    }

error-json_duplicate_key = { $reason ->
        [keystore] keystore EIP-2335 nevalid: fișierul conține cheia JSON „{ $key }” de două ori în același obiect
       *[other] JSON-ul conține cheia „{ $key }” de două ori în același obiect; alte instrumente ar citi doar ultima apariție, de aceea fișierul este refuzat
    }

error-json_not_array = fișierul nu este un array JSON de intrări

error-json_not_object = { $reason ->
        [exit_in_array] fișierul este un array JSON; un fișier de ieșire semnată conține un singur obiect de ieșire (câte un fișier pentru fiecare validator)
        [keystore] keystore EIP-2335 nevalid: fișierul nu este un obiect JSON
        [proof_in_array] fișierul este un array JSON; o dovadă de deținere a adresei de retragere conține un singur obiect (câte un fișier pentru fiecare validator)
       *[other] fișierul nu este un singur obiect JSON
    }

## Intrările fișierelor cu mesaje semnate (rapoarte de verificare)

error-field_missing = { $field } lipsește

error-field_type = { $reason ->
        [amount_not_gwei] { $field } lipsește sau nu este un număr întreg de gwei
        [not_integer] { $field } nu este un număr întreg JSON
       *[other] { $field } nu este un șir de caractere (string)
    }

error-credentials_prefix = { $reason ->
        [builder] { $field }: prefixul { $prefix } nu este prefixul de builder 0xb0
       *[other] { $field }: prefixul { $prefix } nu este 0x00, 0x01 sau 0x02
    }

error-credentials_padding = { $reason ->
        [builder] { $field }: octeții 1–11 trebuie să fie zero pentru credențialele 0xb0
       *[other] { $field }: octeții 1–11 trebuie să fie zero pentru credențialele 0x01/0x02
    }

error-fork_version_mismatch = { $field } { $found } nu este versiunea fork de geneză a rețelei { $chain }, { $expected }

error-network_name_mismatch = { $field } „{ $found }” nu este { $chain }

error-genesis_validators_root_mismatch = { $field } { $found } nu este valoarea rețelei { $chain }

error-root_mismatch = { $reason ->
        [message_root] { $field } nu corespunde cu pubkey, withdrawal_credentials și amount
       *[other] { $field } nu corespunde cu intrarea
    }

error-signature_invalid = { $message ->
        [deposit] { $field } nu trece verificarea pentru depunerile pe { $chain }
        [builder_deposit] { $field } nu trece verificarea pentru depunerile de builder pe { $chain }
        [bls_to_execution_change] { $field } nu trece verificarea pentru o modificare BLS pe { $chain }
        [bls_to_execution_change_keystore] { $field } nu trece verificarea ca dovadă de deținere a adresei de retragere pe { $chain } pentru cheia de validator { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } nu trece verificarea pentru nicio cheie de semnare a indicilor de cheie de la 0 la { $last } ai frazei mnemonice pe { $chain }
       *[voluntary_exit] { $field } nu trece verificarea pentru cheia de validator { $pubkey } pe { $chain }
    }

error-verify_chain_differs = Acest fișier indică faptul că a fost creat pentru { $stated }, dar este aleasă rețeaua { $selected }: semnăturile sale au fost verificate cu valorile rețelei { $selected }. Alegeți rețeaua căreia îi este destinat fișierul.

error-verify_address_differs = { $reason ->
        [no_address] credențialele 0x00 (BLS) ale acestei intrări nu indică nicio adresă de execuție, în locul adresei așteptate { $expected }
       *[other] această intrare trimite fondurile la { $found }, nu la adresa așteptată { $expected }
    }

## Importul validatorilor și căutarea

error-import_too_large = importul are { $bytes ->
        [one] { $bytes } octet
        [few] { $bytes } octeți
       *[other] { $bytes } de octeți
    }; importurile de peste { $limit_gib } GiB sunt refuzate (lista completă a validatorilor de pe mainnet are aproximativ 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] JSON-ul nu conține nici „data” (un răspuns beacon API cu validatori), nici „validators” (offline-preparation.json al ethdo)
       *[other] importul este JSON, dar nu este nici obiect, nici array: nu este nici un răspuns beacon API, nici un fișier de pregătire ethdo
    }

error-import_both_shapes = JSON-ul conține atât „data”, cât și „validators”; furnizați un singur răspuns beacon API sau un singur fișier ethdo

error-import_missing_field = fișierul de pregătire ethdo nu conține „{ $name }”

error-import_ethdo_version = versiunea „{ $version }” a fișierului de pregătire ethdo nu este acceptată; este acceptată versiunea „3” (ethdo 1.30 sau ulterior)

error-import_domain_type = { $name } din fișierul ethdo are valoarea { $found }, nu valoarea { $expected } din specificațiile de consens; fișierul nu a fost creat pentru o rețea Ethereum

error-import_csv_columns = linia CSV { $line } are { $columns ->
        [one] { $columns } coloană
        [few] { $columns } coloane
       *[other] { $columns } de coloane
    }; fiecare linie trebuie să aibă forma validator_index,withdrawal_credentials

error-import_too_many_validators = importul conține mai mulți validatori decât limita de { $limit }; mainnet are aproximativ 1,1 milioane, deci aceasta nu este o listă de validatori

error-validator_status_unknown = { $entry }: { $name } „{ $text }” nu este o stare de validator din beacon API

error-import_source_conflict = { $given ->
        [0] alegeți un fișier de import, lipiți un import sau furnizați o listă de validatori
       *[other] furnizați un singur import: un fișier, un text lipit sau o listă de validatori
    }

error-search_too_many_matches = cheile acestei fraze mnemonice corespund unui număr de validatori din import mai mare decât limita de { $limit }; nicio frază mnemonică reală nu controlează atât de mulți într-o singură listă. Importați doar validatorii dumneavoastră (filtrul ?id= al beacon API) sau scanați mai puțini indici de cheie

## Predarea cheilor de semnare unui semnatar

error-hand_off_no_keystores = alegeți keystore-urile de semnare pe care le predați
error-hand_off_withdrawal_key = acest keystore conține cheia de retragere { $path }; cheile de retragere rămân offline și nu ajung niciodată la un client de validare sau la un semnatar. Predați keystore-uri de semnare (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = keystore-urile { $first } și { $second } conțin aceeași cheie; o cheie trebuie importată o singură dată
error-hand_off_passwords_not_acknowledged = acest fișier conține parolele keystore-urilor în clar: confirmați că ați înțeles acest lucru înainte ca fișierul să fie generat
error-signer_host_invalid = „{ $host }” nu este un nume de gazdă sau o adresă IP; introduceți-l fără https://, port sau cale
error-signer_port_invalid = „{ $port }” nu este un port: un număr întreg de la 1 la 65535
error-signer_path_invalid = „{ $value }” nu poate fi o cale în depozit: folosiți doar litere, cifre și - _ . /, fără spații, ".." sau părți goale
error-aws_region_invalid = „{ $region }” nu este un nume de regiune AWS precum eu-central-1

## Verificările proprii ale portofelului

error-internal_error = { $reason ->
        [keystore_self_check] verificarea internă a eșuat: la decriptare, keystore-ul validatorului { $index } nu a redat cheia sa; nu s-a scris nimic
        [seed_too_short] seed-ul are { $bytes ->
            [one] { $bytes } octet
            [few] { $bytes } octeți
           *[other] { $bytes } de octeți
        }; EIP-2333 necesită cel puțin 32
       *[other] verificarea internă a eșuat, nu s-a scris nimic: { $problem }
    }
