error-options_not_object = les options doivent être un objet, comme {"{"} mnemonic, startIndex, count {"}"}
error-option_unknown = { $reason ->
        [did_you_mean] option inconnue "{ $field }" (vouliez-vous dire "{ $nearest }" ?) ; les options possibles ici sont { $known }
       *[other] option inconnue "{ $field }" ; les options possibles ici sont { $known }
    }
error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language et keyCount servent à comparer les entrées à une phrase mnémonique : fournissez aussi la phrase mnémonique
        [verify_needs_pubkey] indiquez la clé publique de signature du validateur pour vérifier une sortie
        [verify_needs_signer] indiquez la clé publique de signature du validateur, son keystore ou la phrase mnémonique pour vérifier une preuve de propriété de l'adresse de retrait
       *[other] l'option "{ $field }" est obligatoire
    }
error-option_type = { $reason ->
        [not_string] option "{ $path }" : une chaîne de caractères est attendue
        [not_option_value] option "{ $path }" : une fonction, un symbole ou un BigInt ne peut pas être une option ici ; les valeurs uint64 s'écrivent en chaînes décimales
        [unreadable] l'option "{ $path }" n'a pas pu être lue
        [not_json] l'option "{ $path }" a un type que JSON ne peut pas représenter
        [not_function] option "{ $path }" : une fonction est attendue (done, total, phase)
       *[other] option "{ $path }" : { $expected } attendu, { $found } reçu
    }
error-option_value = { $reason ->
        [not_one_of] option "{ $path }" : "{ $found }" n'est pas l'une des valeurs { $expected }
        [invalid] option "{ $path }" : { $detail }
        [invalid_options] options non valides : { $detail }
        [keystore_not_verified] un keystore se vérifie en l'ouvrant avec son mot de passe, pas comme un fichier signé
        [hand_off_not_verified] ce fichier est vérifié lors de sa création, en le relisant ; il ne contient aucune signature à vérifier
       *[other] option "{ $path }" : { $expected } attendu, { $found } reçu
    }
error-option_conflict = { $reason ->
        [keystore_or_mnemonic] options non valides : signez soit avec un keystore (keystore et password), soit avec la phrase mnémonique (mnemonic et keyIndex, avec passphrase et language si nécessaire)
        [pubkey_or_keystore] options non valides : indiquez la clé publique de signature du validateur ou son keystore, pas les deux
       *[other] options non valides : indiquez soit startIndex, soit keyIndices (un index de clé par validateur)
    }
error-text_lone_surrogate = ce texte contient un surrogate UTF-16 isolé (la moitié d'un caractère) ; il ne peut pas être encodé et serait remplacé sans avertissement, ce qui donnerait d'autres clés : saisissez-le de nouveau

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] la version du fork de genèse de la chaîne doit commencer par 0x
        [chain_capella_fork_version] la version du fork Capella (sortie) de la chaîne doit commencer par 0x
        [chain_genesis_validators_root] la racine des validateurs de genèse de la chaîne doit commencer par 0x
        [execution_address] l'adresse d'exécution doit commencer par 0x (0x et 40 chiffres hexadécimaux)
        [import_entry] { $entry } : { $name } doit commencer par 0x
        [import_file] fichier : { $name } doit commencer par 0x
       *[other] { $field } doit commencer par 0x
    }
error-hex_unexpected_prefix = { $field } ne doit pas commencer par 0x
error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] la version du fork de genèse de la chaîne n'est pas en hexadécimal
        [chain_capella_fork_version] la version du fork Capella (sortie) de la chaîne n'est pas en hexadécimal
        [chain_genesis_validators_root] la racine des validateurs de genèse de la chaîne n'est pas en hexadécimal
        [validator_pubkey] la clé publique du validateur n'est pas en hexadécimal
        [execution_address] l'adresse d'exécution n'est pas en hexadécimal (0x et 40 chiffres hexadécimaux)
        [withdrawal_credentials] l'entrée n° { $position } des identifiants de retrait n'est pas en hexadécimal (0x et 64 chiffres hexadécimaux)
        [import_entry] { $entry } : { $name } n'est pas en hexadécimal
        [import_csv_line] ligne CSV { $line } : { $name } n'est pas en hexadécimal
        [import_file] fichier : { $name } n'est pas en hexadécimal
       *[other] { $field } n'est pas en hexadécimal
    }
error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] la version du fork de genèse de la chaîne
        [chain_capella_fork_version] la version du fork Capella (sortie) de la chaîne
        [chain_genesis_validators_root] la racine des validateurs de genèse de la chaîne
        [validator_pubkey] la clé publique du validateur
        [execution_address] l'adresse d'exécution (0x et 40 chiffres hexadécimaux)
        [withdrawal_credentials] l'entrée n° { $position } des identifiants de retrait (0x et 64 chiffres hexadécimaux)
        [import_entry] { $entry } : { $name }
        [import_csv_line] ligne CSV { $line } : { $name }
        [import_file] fichier : { $name }
       *[other] { $field }
    } fait { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; il en faut { $expected }

error-not_uint64 = { $subject ->
        [value] "{ $text }" n'est pas un nombre entier compris entre 0 et 18446744073709551615
        [validator_index] l'index de validateur n° { $position }, "{ $text }", n'est pas un nombre entier compris entre 0 et 18446744073709551615
        [import_entry] { $entry } : { $name } "{ $text }" n'est pas un uint64 décimal
        [import_csv_line] ligne CSV { $line } : { $name } "{ $text }" n'est pas un uint64 décimal
        [import_file] fichier : { $name } "{ $text }" n'est pas un uint64 décimal
       *[other] { $field } "{ $text }" n'est pas un uint64 décimal
    }
error-not_key_index = "{ $text }" n'est pas un index de clé : utilisez un nombre entier de 0 à 4294967295, en chiffres uniquement
error-not_ether_amount = "{ $text }" n'est pas un montant en ETH d'au plus 9 décimales (gwei entiers) ; écrivez-le avec un point, comme 32 ou 40.5

error-mnemonic_word_count = { $words ->
        [one] la phrase mnémonique compte { $words } mot ; elle doit en compter 12, 15, 18, 21 ou 24
       *[other] la phrase mnémonique compte { $words } mots ; elle doit en compter 12, 15, 18, 21 ou 24
    }
error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] le mot n° { $position } ne figure pas dans la liste de mots BIP39 ; vérifiez son orthographe
       *[other] le mot n° { $position } ne figure pas dans la liste de mots BIP39 : il contient le caractère { $invisible }, qui n'est pas une lettre ; saisissez de nouveau ce mot
    }
error-mnemonic_mixed_languages = les mots proviennent de différentes listes de mots BIP39 ; une phrase mnémonique n'utilise qu'une seule langue
error-mnemonic_checksum = la somme de contrôle de la phrase mnémonique est incorrecte : un mot est mal saisi, manquant ou mal placé
error-mnemonic_ambiguous_language = la phrase mnémonique est valide dans plusieurs langues ({ $languages }) ; choisissez la langue
error-mnemonic_unknown_language = langue des mots inconnue "{ $name }" ; utilisez l'une de celles-ci : { $known }
error-mnemonic_public_not_acknowledged = ceci est une phrase mnémonique de test publiée : n'importe qui peut en dériver les clés et s'emparer de ce qu'elles détiennent. Sur { $chain }, dont la monnaie a une valeur réelle, rien n'en est produit sans votre accord explicite
error-passphrase_mismatch = les deux passphrases diffèrent
error-rng_unavailable = aucun générateur sûr de nombres aléatoires n'est disponible (crypto.getRandomValues) ; aucune clé ne sera générée

error-key_budget_exceeded = { $budget ->
        [one] cela utiliserait des index de clé jusqu'à { $last_index }, au-delà de votre budget de { $budget } validateur par phrase mnémonique ; envisagez une nouvelle phrase mnémonique pour le reste, afin qu'une phrase compromise expose moins de validateurs
       *[other] cela utiliserait des index de clé jusqu'à { $last_index }, au-delà de votre budget de { $budget } validateurs par phrase mnémonique ; envisagez une nouvelle phrase mnémonique pour le reste, afin qu'une phrase compromise expose moins de validateurs
    }
error-count_zero = le nombre de validateurs doit être d'au moins 1
error-count_too_large = { $reason ->
        [search_keys] une recherche parcourt de 1 à { $limit } index de clé, pas { $count }
       *[other] { $count } validateurs en un seul lot ; { $limit } au maximum par lot : répartissez les ensembles plus grands sur plusieurs lots
    }
error-key_index_past_last = { $count } validateurs à partir de l'index de clé { $start } dépasseraient le dernier index de clé, 4294967295
error-count_mismatch = { $of ->
        [key_indices] { $validators } index de validateur, mais { $other } index de clé ; indiquez un index de clé par validateur
       *[other] { $validators } index de validateur, mais { $other ->
            [one] { $other } identifiant
           *[other] { $other } identifiants
        } de retrait ; indiquez un identifiant par validateur, dans le même ordre
    }
error-no_validators = { $reason ->
        [import] l'import ne contient aucun validateur
       *[other] indiquez au moins un index de validateur
    }
error-duplicate_validator = { $reason ->
        [import] le validateur { $validator_index } figure deux fois dans l'import
       *[other] le validateur { $validator_index } est indiqué deux fois
    }
error-key_path_missing_root = un chemin de clé doit commencer par "m/"
error-key_path_no_indices = un chemin de clé doit contenir au moins un index après "m"
error-key_path_bad_index = le niveau { $level } du chemin de clé, "{ $text }", n'est pas un index compris entre 0 et 4294967295

error-chain_not_chosen = choisissez d'abord la chaîne : rien n'est produit pour une chaîne que vous n'avez pas choisie
error-chain_unknown = chaîne inconnue "{ $name }" ; utilisez l'une de celles-ci : { $known }, ou indiquez les versions de fork et la racine d'une chaîne personnalisée
error-chain_name_invalid = une chaîne personnalisée doit avoir un nom de 1 à 64 lettres, chiffres, - ou _ (il est inscrit dans les données de dépôt)
error-chain_no_genesis_validators_root = la chaîne { $chain } n'a pas de racine des validateurs de genèse : impossible d'y signer des changements BLS et des sorties ; fournissez cette racine
error-chain_impersonates_builtin = ces valeurs de chaîne sont en partie celles de { $builtin } : { $differing ->
        [genesisForkVersion] sa version du fork de genèse diffère
        [capellaForkVersion] sa version du fork Capella (sortie) diffère
        [genesisValidatorsRoot] sa racine des validateurs de genèse diffère
        [genesis_fork_version] sa valeur genesis_fork_version diffère
        [exit_fork_version] sa valeur exit_fork_version diffère
        [genesis_validators_root] sa valeur genesis_validators_root diffère
       *[other] ses valeurs { $differing } diffèrent
    } ; une chaîne qui partage une valeur avec { $builtin } doit être { $builtin } elle-même (des messages signés avec ces valeurs pourraient être valides sur { $builtin })
error-chain_builtin_name_reused = "{ $name }" est une chaîne intégrée : choisissez-la par son nom, ou donnez un autre nom à la chaîne personnalisée
error-chain_import_differs = L'import a été créé sur { $imported }, mais la chaîne sélectionnée est { $selected } ; la signature utilise les valeurs de chaîne de l'import ({ $imported }).

error-address_not_checksummed = l'adresse d'exécution n'a pas de somme de contrôle EIP-55 ; copiez-la depuis votre portefeuille avec ses majuscules et minuscules. Sa forme avec somme de contrôle est { $checksummed } : comparez-la caractère par caractère
error-address_bad_checksum = la somme de contrôle EIP-55 de l'adresse d'exécution est fausse, un caractère est donc erroné ; avec ces caractères, l'adresse serait { $checksummed }
error-address_zero = l'adresse d'exécution est l'adresse zéro ; les fonds qui y sont envoyés sont perdus
error-address_confirmation_mismatch = les deux adresses diffèrent ; collez la même adresse avec somme de contrôle dans les deux champs
error-address_ending_mismatch = { $count ->
        [one] ce n'est pas le dernier caractère de l'adresse : relisez-le dans l'adresse affichée ci-dessus
       *[other] ce ne sont pas les { $count } derniers caractères de l'adresse : relisez-les dans l'adresse affichée ci-dessus
    }

error-pubkey_invalid = { $subject ->
        [validator_pubkey] la clé publique du validateur n'est pas une clé publique BLS valide (point G1 compressé de 48 octets, dans le sous-groupe)
       *[other] { $field } n'est pas une clé publique BLS valide (point G1 compressé de 48 octets, dans le sous-groupe)
    }

error-deposit_bls_not_allowed = les identifiants de retrait 0x00 (BLS) exigent un choix explicite : les fonds restent bloqués jusqu'à la signature d'un changement BLS-to-execution ; indiquez plutôt une adresse d'exécution
error-deposit_amount_not_allowed = un dépôt avec des identifiants 0x00 ou 0x01 est d'exactement 32 ETH ; montant demandé : { $amount } ETH (choisissez 0x02 compounding pour d'autres montants)
error-deposit_amount_out_of_range = { $reason ->
        [gnosis] le montant de { $amount } ETH n'est pas compris entre 1 et 2048 ETH (de 1/32 à 64 GNO sur les chaînes Gnosis)
       *[other] le montant de { $amount } ETH n'est pas compris entre 1 et 2048 ETH
    }

error-builder_amount_too_small = le montant de { $amount } ETH est inférieur au minimum d'un dépôt de builder, 1 ETH (les dépôts de builder n'ont pas de maximum)

error-builder_keys_are_validator_keys = les clés de builder { $first_index } à { $last_index } sont les clés de signature de validateur m/12381/3600/i/0/0 de cette phrase mnémonique aux mêmes index (c'est la conception de deposit-cli) : si cette phrase mnémonique a des validateurs à ces index, ne l'utilisez pas pour des builders ; utilisez une nouvelle phrase mnémonique

error-bls_change_already_execution = le validateur { $validator_index } a déjà des identifiants d'exécution { $prefix } ; un changement BLS ne convertit que des identifiants 0x00, il n'y a donc rien à signer
error-bls_change_credentials_mismatch = validateur { $validator_index } : les identifiants indiqués, { $given }, ne correspondent pas à l'index de clé { $key_index } de cette phrase mnémonique, qui donne { $derived } ; vérifiez l'index de départ, l'ordre des validateurs et la phrase mnémonique. Rien n'a été signé
error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] l'index de clé { $key_index } de la phrase mnémonique donne la clé de signature { $signing_pubkey }, et non celle du validateur ({ $validator_pubkey }) ; rien n'a été signé
       *[other] le keystore contient la clé { $keystore_pubkey }, et non celle du validateur ({ $validator_pubkey }) ; rien n'a été signé
    }

## Requêtes de la couche d'exécution depuis l'adresse de retrait (EIP-7002, EIP-7251).

error-chain_no_execution_layer = les requêtes de la couche d'exécution ne sont faites que pour les chaînes intégrées, dont l'identifiant de chaîne et les contrats de requête sont connus ; { $chain } n'en fait pas partie : utilisez l'une de celles-ci : { $known }

error-request_value_invalid = { $reason ->
        [zero] la valeur à joindre est de 0 wei ; les frais du contrat sont d'au moins 1 wei, la transaction échouerait donc
        [too_large] la valeur à joindre, "{ $text }", dépasse tous les frais que le contrat peut demander (au plus 2^128 - 1 wei)
       *[not_wei] la valeur à joindre, "{ $text }", n'est pas un nombre entier de wei (des chiffres uniquement, comme 1)
    }

error-request_not_execution_credentials = le validateur { $validator_index } a des identifiants de retrait { $prefix }, qui n'indiquent aucune adresse de retrait : seuls les validateurs 0x01 et 0x02 acceptent des requêtes de leur adresse de retrait (un validateur 0x00 a d'abord besoin d'un changement BLS-to-execution)

error-request_validator_not_active = le validateur { $validator_index } est { $status }, et non active_ongoing : la chaîne ignore les requêtes pour un validateur qui n'est pas actif ou qui est déjà en sortie, et conserve les frais

error-withdrawal_partial_not_compounding = le validateur { $validator_index } a des identifiants { $prefix } : la chaîne n'effectue de retraits partiels que pour les validateurs 0x02 (compounding) et verse d'elle-même le solde excédentaire d'un validateur 0x01 ; passez-le d'abord en 0x02, ou demandez une sortie complète

error-withdrawal_amount_on_exit = validateur { $validator_index } : une sortie complète ne prend pas de montant, puisqu'elle retire tout le solde ; omettez le montant, ou demandez un retrait partiel

error-withdrawal_amount_zero = validateur { $validator_index } : un retrait partiel exige un montant supérieur à 0 (un montant de 0 est une demande de sortie complète)

error-consolidation_target_not_compounding = le validateur { $target_index } a des identifiants { $prefix } : la cible d'une consolidation doit avoir des identifiants 0x02 (compounding), sinon la chaîne ignore la requête et conserve les frais ; passez-le d'abord en 0x02

error-consolidation_self_not_switch = le validateur { $validator_index } est désigné comme sa propre cible mais a des identifiants { $prefix } : seul un validateur 0x01 est sa propre cible, pour passer en 0x02

error-consolidation_target_address_differs = le solde du validateur { $source_index } irait au validateur { $target_index }, dont l'adresse de retrait { $target_address } n'est pas celle de la source ({ $source_address }) : les fonds appartiendraient alors à cette adresse. N'activez allowOtherTargetAddress que si c'est bien ce que vous voulez

error-consolidation_source_also_target = le validateur { $validator_index } est la source d'une consolidation et la cible d'une autre dans ce lot ; une fois sorti, la chaîne ignore l'autre : consolidez en deux étapes

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } vaut { $found }, et non l'identifiant de chaîne { $expected } de { $chain }
        [to] { $field } vaut { $found }, et non le contrat de { $chain } pour cette requête, { $expected }
        [request] { $field } ne correspond pas aux data du fichier
        [description] { $field } ne dit pas ce que font les data du fichier
       *[uri] { $field } ne correspond pas aux champs to, chainId, value et data du fichier
    }

error-password_empty = le mot de passe est vide (les caractères de contrôle ne comptent pas) ; choisissez un mot de passe
error-password_too_short = { $chars ->
        [one] le mot de passe compte { $chars } caractère ; un nouveau keystore en exige au moins { $min }
       *[other] le mot de passe compte { $chars } caractères ; un nouveau keystore en exige au moins { $min }
    }
error-password_mismatch = les deux mots de passe diffèrent
error-keystore_not_chosen = choisissez d'abord le fichier keystore et attendez qu'il soit lu
error-keystore_wrong_password = mot de passe incorrect : la somme de contrôle du keystore ne correspond pas
error-keystore_malformed = { $reason ->
        [json] keystore EIP-2335 non valide : le fichier n'est pas un JSON de keystore : { $detail }
        [params] keystore EIP-2335 non valide : { $name } n'est pas valide : { $detail }
        [dklen] keystore EIP-2335 non valide : { $name } vaut { $found } au lieu de { $expected }
        [version] keystore EIP-2335 non valide : { $name } vaut { $found } ; seule la version 4 est prise en charge
        [unsupported_kdf] keystore EIP-2335 non valide : { $name } vaut "{ $found }" ; seuls "scrypt" et "pbkdf2" sont pris en charge
        [unsupported_prf] keystore EIP-2335 non valide : { $name } vaut "{ $found }" ; seul "hmac-sha256" est pris en charge
        [unsupported_checksum] keystore EIP-2335 non valide : { $name } vaut "{ $found }" ; seul "sha256" est pris en charge
        [unsupported_cipher] keystore EIP-2335 non valide : { $name } vaut "{ $found }" ; seul "aes-128-ctr" est pris en charge
        [not_empty] keystore EIP-2335 non valide : { $name } doit être vide
        [not_hex] keystore EIP-2335 non valide : { $name } n'est pas en hexadécimal (sans 0x)
        [wrong_length] keystore EIP-2335 non valide : { $name } fait { $bytes ->
            [one] { $bytes } octet
           *[other] { $bytes } octets
        } ; il en faut { $expected }
        [empty] keystore EIP-2335 non valide : { $name } est vide
        [too_long] keystore EIP-2335 non valide : { $name } fait { $bytes } octets ; { $limit } au maximum sont autorisés
        [cipher_length] keystore EIP-2335 non valide : { $name } fait { $bytes ->
            [one] { $bytes } octet
           *[other] { $bytes } octets
        } ; un keystore BLS en contient 32
        [pubkey] keystore EIP-2335 non valide : { $name } n'est pas une clé publique BLS valide (point G1 compressé de 48 octets, dans le sous-groupe)
        [path_missing_root] keystore EIP-2335 non valide : { $name } n'est pas valide : un chemin de clé doit commencer par "m/"
        [path_no_indices] keystore EIP-2335 non valide : { $name } n'est pas valide : un chemin de clé doit contenir au moins un index après "m"
        [path_bad_index] keystore EIP-2335 non valide : { $name } n'est pas valide : le niveau { $level } du chemin de clé, "{ $text }", n'est pas un index compris entre 0 et 4294967295
        [uuid] keystore EIP-2335 non valide : { $name } n'est pas un UUID
       *[other] keystore EIP-2335 non valide : { $name } n'est pas valide
    }
error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] exécution de la KDF du keystore refusée : scrypt n = { $n } doit être une puissance de deux supérieure à 1
        [scrypt_r_p] exécution de la KDF du keystore refusée : scrypt r = { $r } et p = { $p } doivent tous deux valoir au moins 1
        [scrypt_memory] exécution de la KDF du keystore refusée : scrypt n = { $n }, r = { $r }, p = { $p } exigent plus de 1 Gio de mémoire (128·r·(n + p + 2))
        [scrypt_params] exécution de la KDF du keystore refusée : scrypt n = { $n }, r = { $r }, p = { $p } sont hors des valeurs acceptées par scrypt (n doit être inférieur à 2^(16·r))
        [pbkdf2_c] exécution de la KDF du keystore refusée : pbkdf2 c = { $c } doit être compris entre 1 et { $limit }
       *[empty_salt] exécution de la KDF du keystore refusée : le sel de la KDF est vide
    }
error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] clé secrète BLS non valide (32 octets, non nulle, inférieure à l'ordre de la courbe)
       *[other] le keystore est corrompu : son secret déchiffré n'est pas une clé secrète BLS valide
    }
error-keystore_pubkey_mismatch = le keystore est corrompu : il indique la clé publique { $stated }, mais la clé publique de sa clé secrète est { $actual }

error-file_too_large = { $reason ->
        [keystore] keystore EIP-2335 non valide : le fichier fait { $bytes } octets ; un keystore fait au plus { $limit_mib } Mio
       *[other] le fichier fait { $bytes } octets ; les fichiers de plus de { $limit_mib } Mio sont refusés avant lecture (aucun keystore ni fichier de messages signés n'est aussi volumineux)
    }
error-file_byte_order_mark = { $reason ->
        [keystore] keystore EIP-2335 non valide : le fichier commence par une marque d'ordre des octets ; enregistrez-le en UTF-8 simple
       *[other] le fichier commence par une marque d'ordre des octets (BOM) ; enregistrez-le en UTF-8 sans BOM
    }
error-file_not_utf8 = { $reason ->
        [import] l'import n'est pas du texte UTF-8
       *[other] le fichier n'est pas du texte UTF-8
    }
error-file_empty = { $reason ->
        [import] l'import est vide
       *[other] le fichier ne contient aucune entrée
    }
error-file_kind_unknown = ce n'est ni un keystore, ni un fichier de données de dépôt, de changement BLS ou de sortie
error-json_syntax = { $reason ->
        [import] l'import n'est ni une réponse de la beacon API ni un fichier de préparation d'ethdo : { $detail } à la ligne { $line }, colonne { $column }
       *[other] le fichier n'est pas du JSON : { $detail } à la ligne { $line }, colonne { $column }
    }
error-json_duplicate_key = { $reason ->
        [keystore] keystore EIP-2335 non valide : le fichier contient deux fois le champ "{ $key }" dans un même objet
       *[other] le JSON contient deux fois le champ "{ $key }" dans un même objet ; d'autres outils ne liraient que le dernier, le fichier est donc refusé
    }
error-json_not_array = le fichier n'est pas un tableau JSON d'entrées
error-json_not_object = { $reason ->
        [exit_in_array] le fichier est un tableau JSON ; un fichier de sortie signée contient un seul objet de sortie (un fichier par validateur)
        [keystore] keystore EIP-2335 non valide : le fichier n'est pas un objet JSON
        [proof_in_array] le fichier est un tableau JSON ; une preuve de propriété de l'adresse de retrait contient un seul objet (un fichier par validateur)
       *[other] le fichier n'est pas un objet JSON unique
    }

error-field_missing = { $field } manque
error-field_type = { $reason ->
        [amount_not_gwei] { $field } manque ou n'est pas un nombre entier de gwei
        [not_integer] { $field } n'est pas un entier JSON
       *[other] { $field } n'est pas une chaîne de caractères
    }
error-credentials_prefix = { $reason ->
        [builder] { $field } : le préfixe { $prefix } n'est pas le préfixe de builder 0xb0
       *[other] { $field } : le préfixe { $prefix } n'est pas 0x00, 0x01 ou 0x02
    }
error-credentials_padding = { $reason ->
        [builder] { $field } : les octets 1–11 doivent être nuls pour des identifiants 0xb0
       *[other] { $field } : les octets 1–11 doivent être nuls pour des identifiants 0x01/0x02
    }
error-fork_version_mismatch = { $field } { $found } n'est pas la version du fork de genèse { $expected } de { $chain }
error-network_name_mismatch = { $field } "{ $found }" n'est pas { $chain }
error-genesis_validators_root_mismatch = { $field } { $found } n'est pas la valeur de { $chain }
error-root_mismatch = { $reason ->
        [message_root] { $field } ne correspond pas à pubkey, withdrawal_credentials et amount
       *[other] { $field } ne correspond pas à l'entrée
    }
error-signature_invalid = { $message ->
        [deposit] { $field } n'est pas valide pour des dépôts sur { $chain }
        [builder_deposit] { $field } n'est pas valide pour des dépôts de builder sur { $chain }
        [bls_to_execution_change] { $field } n'est pas valide pour un changement BLS sur { $chain }
        [bls_to_execution_change_keystore] { $field } n'est pas valide comme preuve de propriété de l'adresse de retrait sur { $chain } pour la clé de validateur { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } n'est valide pour aucune clé de signature des index de clé 0 à { $last } de la phrase mnémonique sur { $chain }
       *[voluntary_exit] { $field } n'est pas valide pour la clé de validateur { $pubkey } sur { $chain }
    }
error-verify_chain_differs = Ce fichier indique avoir été créé pour { $stated }, mais la chaîne sélectionnée est { $selected } : ses signatures ont été vérifiées avec les valeurs de { $selected }. Choisissez la chaîne à laquelle le fichier est destiné.
error-verify_address_differs = { $reason ->
        [no_address] les identifiants 0x00 (BLS) de cette entrée n'indiquent aucune adresse d'exécution, donc pas l'adresse attendue { $expected }
       *[other] cette entrée envoie les fonds à { $found }, et non à l'adresse attendue { $expected }
    }

error-import_too_large = l'import fait { $bytes } octets ; les imports de plus de { $limit_gib } Gio sont refusés (la liste complète des validateurs du mainnet fait environ 500 Mo)
error-import_not_validators = { $reason ->
        [unknown_shape] le JSON ne contient ni "data" (réponse « validators » de la beacon API) ni "validators" (offline-preparation.json d'ethdo)
       *[other] l'import est du JSON, mais ni un objet ni un tableau : ce n'est ni une réponse de la beacon API ni un fichier de préparation d'ethdo
    }
error-import_both_shapes = le JSON contient à la fois "data" et "validators" ; fournissez une seule réponse de la beacon API ou un seul fichier d'ethdo
error-import_missing_field = le fichier de préparation d'ethdo ne contient pas "{ $name }"
error-import_ethdo_version = la version "{ $version }" du fichier de préparation d'ethdo n'est pas prise en charge ; seule la version "3" l'est (ethdo 1.30 et ultérieur)
error-import_domain_type = le champ { $name } du fichier d'ethdo vaut { $found }, et non { $expected } comme le prévoit la spécification du consensus ; ce fichier n'a pas été créé pour une chaîne Ethereum
error-import_csv_columns = { $columns ->
        [one] la ligne CSV { $line } a { $columns } colonne ; chaque ligne doit être de la forme validator_index,withdrawal_credentials
       *[other] la ligne CSV { $line } a { $columns } colonnes ; chaque ligne doit être de la forme validator_index,withdrawal_credentials
    }
error-import_too_many_validators = l'import liste plus de { $limit } validateurs ; le mainnet en compte environ 1,1 million, il ne s'agit donc pas d'une liste de validateurs
error-validator_status_unknown = { $entry } : { $name } "{ $text }" n'est pas un statut de validateur de la beacon API
error-import_source_conflict = { $given ->
        [0] choisissez un fichier à importer, collez un import ou indiquez une liste de validateurs
       *[other] fournissez un seul import : un fichier, un texte collé ou une liste de validateurs
    }
error-search_too_many_matches = plus de { $limit } validateurs de l'import correspondent aux clés de cette phrase mnémonique ; aucune vraie phrase mnémonique n'en contrôle autant dans une même liste. N'importez que vos validateurs (filtre ?id= de la beacon API) ou parcourez moins d'index de clé

## Remise des clés de signature à un signataire.

error-hand_off_no_keystores = choisissez les keystores de signature à confier
error-hand_off_withdrawal_key = ce keystore contient la clé de retrait { $path } ; les clés de retrait restent hors ligne et ne vont jamais sur un client validateur ni sur un signataire. Confiez des keystores de signature (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = les keystores { $first } et { $second } contiennent la même clé ; une clé ne doit être importée qu'une seule fois
error-hand_off_passwords_not_acknowledged = ce fichier contient en clair les mots de passe des keystores : confirmez que vous l'avez compris avant qu'il soit créé
error-signer_host_invalid = "{ $host }" n'est ni un nom d'hôte ni une adresse IP ; indiquez-le sans https://, port ni chemin
error-signer_port_invalid = "{ $port }" n'est pas un port : un nombre entier de 1 à 65535
error-signer_path_invalid = "{ $value }" ne peut pas être un chemin de stockage : utilisez uniquement des lettres, des chiffres et - _ . /, sans espaces, ".." ni parties vides
error-aws_region_invalid = "{ $region }" n'est pas un nom de région AWS comme eu-central-1

error-internal_error = { $reason ->
        [keystore_self_check] échec d'une vérification interne : le keystore de l'index de clé { $index } ne se déchiffre pas en sa clé ; rien n'a été écrit
        [seed_too_short] la seed fait { $bytes } octets ; EIP-2333 en exige au moins 32
       *[other] échec d'une vérification interne, rien n'a été écrit : { $problem }
    }
