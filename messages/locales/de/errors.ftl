error-options_not_object = die Optionen müssen ein Objekt sein, etwa {"{"} mnemonic, startIndex, count {"}"}
error-option_unknown = { $reason ->
        [did_you_mean] unbekannte Option "{ $field }" (meinten Sie "{ $nearest }"?); möglich sind hier: { $known }
       *[other] unbekannte Option "{ $field }"; möglich sind hier: { $known }
    }
error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language und keyCount gleichen die Einträge mit einer Seed-Phrase ab: Geben Sie auch die Seed-Phrase an
        [verify_needs_pubkey] geben Sie den Signatur-Pubkey des Validators an, gegen den der Exit geprüft werden soll
        [verify_needs_signer] geben Sie den Signatur-Pubkey des Validators, seinen Keystore oder die Seed-Phrase an, gegen die der Nachweis des Eigentums an der Auszahlungsadresse geprüft werden soll
       *[other] die Option "{ $field }" ist erforderlich
    }
error-option_type = { $reason ->
        [not_string] Option "{ $path }": erwartet wird ein String
        [not_option_value] Option "{ $path }": Eine Funktion, ein Symbol oder ein BigInt kann hier keine Option sein; uint64-Werte werden als Dezimal-Strings angegeben
        [unreadable] Option "{ $path }" konnte nicht gelesen werden
        [not_json] Option "{ $path }" hat einen Typ, den JSON nicht darstellen kann
        [not_function] Option "{ $path }": erwartet wird eine Funktion (done, total, phase)
       *[other] Option "{ $path }": erwartet { $expected }, erhalten { $found }
    }
error-option_value = { $reason ->
        [not_one_of] Option "{ $path }": "{ $found }" ist keiner der Werte { $expected }
        [invalid] Option "{ $path }": { $detail }
        [invalid_options] ungültige Optionen: { $detail }
        [keystore_not_verified] ein Keystore wird geprüft, indem er mit seinem Passwort geöffnet wird, nicht als signierte Datei
        [hand_off_not_verified] diese Datei wird beim Erstellen geprüft, indem sie zurückgelesen wird; sie enthält keine Signatur, die sich verifizieren ließe
       *[other] Option "{ $path }": erwartet { $expected }, erhalten { $found }
    }
error-option_conflict = { $reason ->
        [keystore_or_mnemonic] ungültige Optionen: Signieren Sie entweder mit einem Keystore (keystore und password) oder mit der Seed-Phrase (mnemonic und keyIndex, bei Bedarf mit passphrase und language)
        [pubkey_or_keystore] ungültige Optionen: Geben Sie den Signatur-Pubkey des Validators oder seinen Keystore an, nicht beides
       *[other] ungültige Optionen: Geben Sie entweder startIndex oder keyIndices an (ein Schlüsselindex pro Validator)
    }
error-text_lone_surrogate = dieser Text enthält ein einzelnes UTF-16-Surrogat (ein halbes Zeichen); es lässt sich nicht kodieren und würde stillschweigend ersetzt, was andere Schlüssel ergäbe: Geben Sie den Text neu ein

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] die Genesis-Fork-Version der Chain muss mit 0x beginnen
        [chain_capella_fork_version] die Capella-Fork-Version (Exit) der Chain muss mit 0x beginnen
        [chain_genesis_validators_root] die Genesis Validators Root der Chain muss mit 0x beginnen
        [execution_address] die Execution-Adresse muss mit 0x beginnen (0x und 40 Hex-Ziffern)
        [import_entry] { $entry }: { $name } muss mit 0x beginnen
        [import_file] Datei: { $name } muss mit 0x beginnen
       *[other] { $field } muss mit 0x beginnen
    }
error-hex_unexpected_prefix = { $field } darf nicht mit 0x beginnen
error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] die Genesis-Fork-Version der Chain ist nicht hexadezimal
        [chain_capella_fork_version] die Capella-Fork-Version (Exit) der Chain ist nicht hexadezimal
        [chain_genesis_validators_root] die Genesis Validators Root der Chain ist nicht hexadezimal
        [validator_pubkey] der Validator-Pubkey ist nicht hexadezimal
        [execution_address] die Execution-Adresse ist nicht hexadezimal (0x und 40 Hex-Ziffern)
        [withdrawal_credentials] Eintrag Nr. { $position } der Withdrawal Credentials ist nicht hexadezimal (0x und 64 Hex-Ziffern)
        [import_entry] { $entry }: { $name } ist nicht hexadezimal
        [import_csv_line] CSV-Zeile { $line }: { $name } ist nicht hexadezimal
        [import_file] Datei: { $name } ist nicht hexadezimal
       *[other] { $field } ist nicht hexadezimal
    }
error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] die Genesis-Fork-Version der Chain ist { $bytes } Byte lang; erforderlich sind { $expected }
        [chain_capella_fork_version] die Capella-Fork-Version (Exit) der Chain ist { $bytes } Byte lang; erforderlich sind { $expected }
        [chain_genesis_validators_root] die Genesis Validators Root der Chain ist { $bytes } Byte lang; erforderlich sind { $expected }
        [validator_pubkey] der Validator-Pubkey ist { $bytes } Byte lang; erforderlich sind { $expected }
        [execution_address] die Execution-Adresse ist { $bytes } Byte lang; erforderlich sind { $expected } (0x und 40 Hex-Ziffern)
        [withdrawal_credentials] Eintrag Nr. { $position } der Withdrawal Credentials ist { $bytes } Byte lang; erforderlich sind { $expected } (0x und 64 Hex-Ziffern)
        [import_entry] { $entry }: { $name } ist { $bytes } Byte lang; erforderlich sind { $expected }
        [import_csv_line] CSV-Zeile { $line }: { $name } ist { $bytes } Byte lang; erforderlich sind { $expected }
        [import_file] Datei: { $name } ist { $bytes } Byte lang; erforderlich sind { $expected }
       *[other] { $field } ist { $bytes } Byte lang; erforderlich sind { $expected }
    }

error-not_uint64 = { $subject ->
        [value] "{ $text }" ist keine ganze Zahl von 0 bis 18446744073709551615
        [validator_index] Validator-Index Nr. { $position }, "{ $text }", ist keine ganze Zahl von 0 bis 18446744073709551615
        [import_entry] { $entry }: { $name } "{ $text }" ist kein dezimaler uint64-Wert
        [import_csv_line] CSV-Zeile { $line }: { $name } "{ $text }" ist kein dezimaler uint64-Wert
        [import_file] Datei: { $name } "{ $text }" ist kein dezimaler uint64-Wert
       *[other] { $field } "{ $text }" ist kein dezimaler uint64-Wert
    }
error-not_key_index = "{ $text }" ist kein Schlüsselindex: Verwenden Sie eine ganze Zahl von 0 bis 4294967295, nur Ziffern
error-not_ether_amount = "{ $text }" ist kein ETH-Betrag mit höchstens 9 Nachkommastellen (ganze gwei); schreiben Sie ihn mit Punkt, etwa 32 oder 40.5

error-mnemonic_word_count = { $words ->
        [one] die Seed-Phrase hat { $words } Wort; sie muss 12, 15, 18, 21 oder 24 haben
       *[other] die Seed-Phrase hat { $words } Wörter; sie muss 12, 15, 18, 21 oder 24 haben
    }
error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] Wort Nr. { $position } steht nicht in der BIP39-Wortliste; prüfen Sie die Schreibweise
       *[other] Wort Nr. { $position } steht nicht in der BIP39-Wortliste: Es enthält das Zeichen { $invisible }, das kein Buchstabe ist; geben Sie das Wort neu ein
    }
error-mnemonic_mixed_languages = die Wörter stammen aus verschiedenen BIP39-Wortlisten; eine Seed-Phrase verwendet nur eine Sprache
error-mnemonic_checksum = die Prüfsumme der Seed-Phrase stimmt nicht: Ein Wort ist falsch geschrieben, fehlt oder steht an der falschen Stelle
error-mnemonic_ambiguous_language = die Seed-Phrase ist in mehr als einer Sprache gültig ({ $languages }); wählen Sie die Sprache
error-mnemonic_unknown_language = unbekannte Sprache der Wörter "{ $name }"; möglich sind: { $known }
error-mnemonic_public_not_acknowledged = dies ist eine veröffentlichte Test-Seed-Phrase: Jeder kann ihre Schlüssel ableiten und über die Gelder darauf verfügen. Auf { $chain } hat die Währung echten Wert: Ohne Ihre ausdrückliche Bestätigung wird daraus nichts erzeugt
error-passphrase_mismatch = die beiden Passphrasen stimmen nicht überein
error-rng_unavailable = kein sicherer Zufallszahlengenerator verfügbar (crypto.getRandomValues); es werden keine Schlüssel erzeugt

error-key_budget_exceeded = { $budget ->
        [one] dies würde Schlüsselindizes bis { $last_index } verwenden, über Ihr Budget von { $budget } Validator pro Seed-Phrase hinaus; erwägen Sie für die übrigen eine neue Seed-Phrase, damit eine kompromittierte Phrase weniger Validatoren gefährdet
       *[other] dies würde Schlüsselindizes bis { $last_index } verwenden, über Ihr Budget von { $budget } Validatoren pro Seed-Phrase hinaus; erwägen Sie für die übrigen eine neue Seed-Phrase, damit eine kompromittierte Phrase weniger Validatoren gefährdet
    }
error-count_zero = die Anzahl der Validatoren muss mindestens 1 sein
error-count_too_large = { $reason ->
        [search_keys] eine Suche durchsucht 1 bis { $limit } Schlüsselindizes, nicht { $count }
       *[other] { $count } Validatoren in einem Durchgang; möglich sind höchstens { $limit } pro Durchgang: Teilen Sie größere Mengen auf mehrere Durchgänge auf
    }
error-key_index_past_last = { $count } Validatoren ab Schlüsselindex { $start } würden den letzten Schlüsselindex 4294967295 überschreiten
error-count_mismatch = { $of ->
        [key_indices] Validator-Indizes: { $validators }, Schlüsselindizes: { $other }; geben Sie einen Schlüsselindex pro Validator an
       *[other] Validator-Indizes: { $validators }, Withdrawal Credentials: { $other }; geben Sie für jeden Validator seine Credentials an, in derselben Reihenfolge
    }
error-no_validators = { $reason ->
        [import] der Import enthält keine Validatoren
       *[other] geben Sie mindestens einen Validator-Index an
    }
error-duplicate_validator = { $reason ->
        [import] Validator { $validator_index } kommt im Import doppelt vor
       *[other] Validator { $validator_index } ist doppelt aufgeführt
    }
error-key_path_missing_root = ein Schlüsselpfad muss mit "m/" beginnen
error-key_path_no_indices = ein Schlüsselpfad braucht nach "m" mindestens einen Index
error-key_path_bad_index = Ebene { $level } des Schlüsselpfads, "{ $text }", ist kein Index von 0 bis 4294967295

error-chain_not_chosen = wählen Sie zuerst die Chain: Für eine Chain, die Sie nicht gewählt haben, wird nichts erzeugt
error-chain_unknown = unbekannte Chain "{ $name }"; verwenden Sie eine von { $known } oder geben Sie die Fork-Versionen und die Root einer benutzerdefinierten Chain an
error-chain_name_invalid = eine benutzerdefinierte Chain braucht einen Namen aus 1 bis 64 Buchstaben, Ziffern, - oder _ (er wird in die Einzahlungsdaten geschrieben)
error-chain_no_genesis_validators_root = die Chain { $chain } hat keine Genesis Validators Root, daher können für sie keine BLS-Änderungen und Exits signiert werden; geben Sie die Root an
error-chain_impersonates_builtin = diese Chain-Werte sind teilweise die von { $builtin }: { $differing ->
        [genesisForkVersion] Die Genesis-Fork-Version weicht ab
        [capellaForkVersion] Die Capella-Fork-Version (Exit) weicht ab
        [genesisValidatorsRoot] Die Genesis Validators Root weicht ab
        [genesis_fork_version] Der Wert genesis_fork_version weicht ab
        [exit_fork_version] Der Wert exit_fork_version weicht ab
        [genesis_validators_root] Der Wert genesis_validators_root weicht ab
       *[other] Die Werte { $differing } weichen ab
    }; eine Chain, die einen Wert mit { $builtin } teilt, muss { $builtin } selbst sein (mit diesen Werten signierte Nachrichten könnten auf { $builtin } gültig sein)
error-chain_builtin_name_reused = "{ $name }" ist eine eingebaute Chain: Wählen Sie sie über ihren Namen oder geben Sie der benutzerdefinierten Chain einen anderen Namen
error-chain_import_differs = Der Import wurde auf { $imported } erstellt, gewählt ist aber { $selected }; beim Signieren werden die Chain-Werte des Imports verwendet ({ $imported }).

error-address_not_checksummed = die Execution-Adresse hat keine EIP-55-Prüfsumme; kopieren Sie sie mit ihrer Groß-/Kleinschreibung aus Ihrer Wallet. Mit Prüfsumme lautet sie { $checksummed }: Vergleichen Sie Zeichen für Zeichen
error-address_bad_checksum = die EIP-55-Prüfsumme der Execution-Adresse stimmt nicht, ein Zeichen ist also falsch; mit diesen Zeichen lautete die Adresse { $checksummed }
error-address_zero = die Execution-Adresse ist die Nulladresse; dorthin gesendete Gelder sind verloren
error-address_confirmation_mismatch = die beiden Adressen stimmen nicht überein; fügen Sie in beide Felder dieselbe Adresse mit Prüfsumme ein
error-address_ending_mismatch = { $count ->
        [one] dies ist nicht das letzte Zeichen der Adresse: Lesen Sie es erneut an der oben angezeigten Adresse ab
       *[other] dies sind nicht die letzten { $count } Zeichen der Adresse: Lesen Sie sie erneut an der oben angezeigten Adresse ab
    }

error-pubkey_invalid = { $subject ->
        [validator_pubkey] der Validator-Pubkey ist kein gültiger öffentlicher BLS-Schlüssel (komprimierter 48-Byte-G1-Punkt in der Untergruppe)
       *[other] { $field } ist kein gültiger öffentlicher BLS-Schlüssel (komprimierter 48-Byte-G1-Punkt in der Untergruppe)
    }

error-deposit_bls_not_allowed = 0x00-Withdrawal-Credentials (BLS) erfordern eine ausdrückliche Zustimmung: Die Gelder bleiben gesperrt, bis ein BLS-to-Execution-Change signiert ist; geben Sie stattdessen eine Execution-Adresse an
error-deposit_amount_not_allowed = eine Einzahlung mit 0x00- oder 0x01-Credentials beträgt genau 32 ETH; angefordert wurden { $amount } ETH (wählen Sie 0x02 Compounding für andere Beträge)
error-deposit_amount_out_of_range = { $reason ->
        [gnosis] der Betrag { $amount } ETH liegt außerhalb von 1 bis 2048 ETH (1/32 bis 64 GNO auf Gnosis-Chains)
       *[other] der Betrag { $amount } ETH liegt außerhalb von 1 bis 2048 ETH
    }

error-builder_amount_too_small = der Betrag { $amount } ETH liegt unter dem Mindestbetrag einer Builder-Einzahlung von 1 ETH (Builder-Einzahlungen haben kein Maximum)

error-builder_keys_are_validator_keys = die Builder-Schlüssel { $first_index } bis { $last_index } sind die Validator-Signaturschlüssel m/12381/3600/i/0/0 dieser Seed-Phrase mit denselben Indizes (so ist deposit-cli entworfen): Wenn diese Seed-Phrase Validatoren mit diesen Indizes hat, verwenden Sie sie nicht für Builder; verwenden Sie eine neue Seed-Phrase

error-bls_change_already_execution = Validator { $validator_index } hat bereits { $prefix }-Execution-Credentials; eine BLS-Änderung wandelt nur 0x00-Credentials um, es gibt also nichts zu signieren
error-bls_change_credentials_mismatch = Validator { $validator_index }: Die angegebenen Credentials { $given } passen nicht zu Schlüsselindex { $key_index } dieser Seed-Phrase, der { $derived } ergibt; prüfen Sie den Startindex, die Reihenfolge der Validatoren und die Seed-Phrase. Es wurde nichts signiert
error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] Schlüsselindex { $key_index } der Seed-Phrase ergibt den Signaturschlüssel { $signing_pubkey }, nicht den des Validators ({ $validator_pubkey }); es wurde nichts signiert
       *[other] der Keystore enthält den Schlüssel { $keystore_pubkey }, nicht den des Validators ({ $validator_pubkey }); es wurde nichts signiert
    }

## Execution-Layer-Anfragen von der Auszahlungsadresse (EIP-7002, EIP-7251).

error-chain_no_execution_layer = Execution-Layer-Anfragen werden nur für die eingebauten Chains erstellt, deren Chain-ID und Anfrage-Verträge bekannt sind; { $chain } gehört nicht dazu: verwenden Sie eine von { $known }

error-request_value_invalid = { $reason ->
        [zero] der mitzusendende Betrag ist 0 Wei; die Gebühr des Vertrags beträgt mindestens 1 Wei, die Transaktion würde also scheitern
        [too_large] der mitzusendende Betrag "{ $text }" ist größer als jede Gebühr, die der Vertrag verlangen kann (höchstens 2^128 - 1 Wei)
       *[not_wei] der mitzusendende Betrag "{ $text }" ist keine ganze Zahl von Wei (nur Ziffern, etwa 1)
    }

error-request_not_execution_credentials = Validator { $validator_index } hat { $prefix }-Withdrawal-Credentials, die keine Auszahlungsadresse nennen: nur 0x01- und 0x02-Validatoren nehmen Anfragen von ihrer Auszahlungsadresse an (ein 0x00-Validator braucht zuerst einen BLS-to-Execution-Change)

error-request_validator_not_active = Validator { $validator_index } ist { $status }, nicht active_ongoing: die Chain ignoriert Anfragen für einen Validator, der nicht aktiv ist oder bereits austritt, und behält die Gebühr

error-withdrawal_partial_not_compounding = Validator { $validator_index } hat { $prefix }-Credentials: die Chain führt Teilauszahlungen nur für 0x02-Validatoren (Compounding) aus und zahlt das überschüssige Guthaben eines 0x01-Validators von selbst aus; stellen Sie ihn zuerst auf 0x02 um oder beantragen Sie einen vollständigen Exit

error-withdrawal_amount_on_exit = Validator { $validator_index }: ein vollständiger Exit nimmt keinen Betrag an, da er das gesamte Guthaben auszahlt; lassen Sie den Betrag weg oder beantragen Sie eine Teilauszahlung

error-withdrawal_amount_zero = Validator { $validator_index }: eine Teilauszahlung braucht einen Betrag über 0 (ein Betrag von 0 ist eine Anfrage auf vollständigen Exit)

error-consolidation_target_not_compounding = Validator { $target_index } hat { $prefix }-Credentials: das Ziel einer Konsolidierung muss 0x02-Credentials (Compounding) haben, sonst ignoriert die Chain die Anfrage und behält die Gebühr; stellen Sie es zuerst auf 0x02 um

error-consolidation_self_not_switch = Validator { $validator_index } ist als sein eigenes Ziel angegeben, hat aber { $prefix }-Credentials: nur ein 0x01-Validator ist sein eigenes Ziel, um ihn auf 0x02 umzustellen

error-consolidation_target_address_differs = das Guthaben von Validator { $source_index } würde zu Validator { $target_index } wechseln, dessen Auszahlungsadresse { $target_address } nicht die der Quelle ({ $source_address }) ist: die Gelder gehörten dann dieser Adresse. Setzen Sie allowOtherTargetAddress nur, wenn Sie genau das wollen

error-consolidation_source_also_target = Validator { $validator_index } ist in diesem Stapel Quelle einer Konsolidierung und Ziel einer anderen; sobald er austritt, ignoriert die Chain die andere: konsolidieren Sie in zwei Schritten

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } ist { $found }, nicht die Chain-ID { $expected } von { $chain }
        [to] { $field } ist { $found }, nicht der Vertrag von { $chain } für diese Anfrage ({ $expected })
        [request] { $field } passt nicht zu den data der Datei
        [description] { $field } beschreibt nicht, was die data der Datei bewirken
       *[uri] { $field } passt nicht zu to, chainId, value und data der Datei
    }

error-password_empty = das Passwort ist leer (Steuerzeichen zählen nicht); wählen Sie ein Passwort
error-password_too_short = das Passwort hat { $chars } Zeichen; ein neuer Keystore braucht mindestens { $min }
error-password_mismatch = die beiden Passwörter stimmen nicht überein
error-keystore_not_chosen = wählen Sie zuerst die Keystore-Datei und warten Sie, bis sie gelesen ist
error-keystore_wrong_password = falsches Passwort: Die Prüfsumme des Keystores stimmt nicht
error-keystore_malformed = { $reason ->
        [json] kein gültiger EIP-2335-Keystore: Die Datei ist kein Keystore-JSON: { $detail }
        [params] kein gültiger EIP-2335-Keystore: { $name } ist ungültig: { $detail }
        [dklen] kein gültiger EIP-2335-Keystore: { $name } ist { $found }; erforderlich ist { $expected }
        [version] kein gültiger EIP-2335-Keystore: { $name } ist { $found }; nur Version 4 wird unterstützt
        [unsupported_kdf] kein gültiger EIP-2335-Keystore: { $name } ist "{ $found }"; nur "scrypt" und "pbkdf2" werden unterstützt
        [unsupported_prf] kein gültiger EIP-2335-Keystore: { $name } ist "{ $found }"; nur "hmac-sha256" wird unterstützt
        [unsupported_checksum] kein gültiger EIP-2335-Keystore: { $name } ist "{ $found }"; nur "sha256" wird unterstützt
        [unsupported_cipher] kein gültiger EIP-2335-Keystore: { $name } ist "{ $found }"; nur "aes-128-ctr" wird unterstützt
        [not_empty] kein gültiger EIP-2335-Keystore: { $name } muss leer sein
        [not_hex] kein gültiger EIP-2335-Keystore: { $name } ist nicht hexadezimal (ohne 0x)
        [wrong_length] kein gültiger EIP-2335-Keystore: { $name } ist { $bytes } Byte lang; erforderlich sind { $expected }
        [empty] kein gültiger EIP-2335-Keystore: { $name } ist leer
        [too_long] kein gültiger EIP-2335-Keystore: { $name } ist { $bytes } Byte lang; zulässig sind höchstens { $limit }
        [cipher_length] kein gültiger EIP-2335-Keystore: { $name } ist { $bytes } Byte lang; ein BLS-Keystore enthält 32
        [pubkey] kein gültiger EIP-2335-Keystore: { $name } ist kein gültiger öffentlicher BLS-Schlüssel (komprimierter 48-Byte-G1-Punkt in der Untergruppe)
        [path_missing_root] kein gültiger EIP-2335-Keystore: { $name } ist ungültig: Ein Schlüsselpfad muss mit "m/" beginnen
        [path_no_indices] kein gültiger EIP-2335-Keystore: { $name } ist ungültig: Ein Schlüsselpfad braucht nach "m" mindestens einen Index
        [path_bad_index] kein gültiger EIP-2335-Keystore: { $name } ist ungültig: Ebene { $level } des Schlüsselpfads, "{ $text }", ist kein Index von 0 bis 4294967295
        [uuid] kein gültiger EIP-2335-Keystore: { $name } ist keine UUID
       *[other] kein gültiger EIP-2335-Keystore: { $name } ist ungültig
    }
error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] die KDF des Keystores wurde nicht ausgeführt: scrypt n = { $n } muss eine Zweierpotenz größer als 1 sein
        [scrypt_r_p] die KDF des Keystores wurde nicht ausgeführt: scrypt r = { $r } und p = { $p } müssen beide mindestens 1 sein
        [scrypt_memory] die KDF des Keystores wurde nicht ausgeführt: scrypt n = { $n }, r = { $r }, p = { $p } benötigen mehr als 1 GiB Arbeitsspeicher (128·r·(n + p + 2))
        [scrypt_params] die KDF des Keystores wurde nicht ausgeführt: scrypt n = { $n }, r = { $r }, p = { $p } liegen außerhalb dessen, was scrypt akzeptiert (n muss kleiner als 2^(16·r) sein)
        [pbkdf2_c] die KDF des Keystores wurde nicht ausgeführt: pbkdf2 c = { $c } muss zwischen 1 und { $limit } liegen
       *[empty_salt] die KDF des Keystores wurde nicht ausgeführt: Das Salt der KDF ist leer
    }
error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] kein gültiger geheimer BLS-Schlüssel (32 Byte, ungleich null, kleiner als die Ordnung der Kurve)
       *[other] der Keystore ist beschädigt: Sein entschlüsseltes Geheimnis ist kein gültiger geheimer BLS-Schlüssel
    }
error-keystore_pubkey_mismatch = der Keystore ist beschädigt: Er gibt den Pubkey { $stated } an, doch der Pubkey seines geheimen Schlüssels ist { $actual }

error-file_too_large = { $reason ->
        [keystore] kein gültiger EIP-2335-Keystore: Die Datei ist { $bytes } Byte groß; ein Keystore ist höchstens { $limit_mib } MiB groß
       *[other] die Datei ist { $bytes } Byte groß; Dateien über { $limit_mib } MiB werden vor dem Lesen abgelehnt (kein Keystore und keine Datei mit signierten Nachrichten ist so groß)
    }
error-file_byte_order_mark = { $reason ->
        [keystore] kein gültiger EIP-2335-Keystore: Die Datei beginnt mit einer Byte-Order-Mark; speichern Sie sie als reines UTF-8
       *[other] die Datei beginnt mit einer Byte-Order-Mark (BOM); speichern Sie sie als UTF-8 ohne BOM
    }
error-file_not_utf8 = { $reason ->
        [import] der Import ist kein UTF-8-Text
       *[other] die Datei ist kein UTF-8-Text
    }
error-file_empty = { $reason ->
        [import] der Import ist leer
       *[other] die Datei enthält keine Einträge
    }
error-file_kind_unknown = dies ist keine Keystore-, Einzahlungsdaten-, BLS-Änderungs- oder Exit-Datei
error-json_syntax = { $reason ->
        [import] der Import ist weder eine Antwort der beacon API noch eine Vorbereitungsdatei von ethdo: { $detail } in Zeile { $line }, Spalte { $column }
       *[other] die Datei ist kein JSON: { $detail } in Zeile { $line }, Spalte { $column }
    }
error-json_duplicate_key = { $reason ->
        [keystore] kein gültiger EIP-2335-Keystore: Die Datei enthält das Feld "{ $key }" zweimal in einem Objekt
       *[other] das JSON enthält das Feld "{ $key }" zweimal in einem Objekt; andere Werkzeuge würden nur das letzte lesen, daher wird die Datei abgelehnt
    }
error-json_not_array = die Datei ist kein JSON-Array von Einträgen
error-json_not_object = { $reason ->
        [exit_in_array] die Datei ist ein JSON-Array; eine signierte Exit-Datei enthält ein einziges Exit-Objekt (eine Datei pro Validator)
        [keystore] kein gültiger EIP-2335-Keystore: Die Datei ist kein JSON-Objekt
        [proof_in_array] die Datei ist ein JSON-Array; ein Nachweis des Eigentums an der Auszahlungsadresse enthält ein einziges Objekt (eine Datei pro Validator)
       *[other] die Datei ist nicht ein einzelnes JSON-Objekt
    }

error-field_missing = { $field } fehlt
error-field_type = { $reason ->
        [amount_not_gwei] { $field } fehlt oder ist keine ganze Zahl von gwei
        [not_integer] { $field } ist keine ganze JSON-Zahl
       *[other] { $field } ist kein String
    }
error-credentials_prefix = { $reason ->
        [builder] { $field }: Das Präfix { $prefix } ist nicht das Builder-Präfix 0xb0
       *[other] { $field }: Das Präfix { $prefix } ist nicht 0x00, 0x01 oder 0x02
    }
error-credentials_padding = { $reason ->
        [builder] { $field }: Die Bytes 1–11 müssen bei 0xb0-Credentials null sein
       *[other] { $field }: Die Bytes 1–11 müssen bei 0x01/0x02-Credentials null sein
    }
error-fork_version_mismatch = { $field } { $found } ist nicht die Genesis-Fork-Version { $expected } von { $chain }
error-network_name_mismatch = { $field } "{ $found }" ist nicht { $chain }
error-genesis_validators_root_mismatch = { $field } { $found } ist nicht der Wert von { $chain }
error-root_mismatch = { $reason ->
        [message_root] { $field } passt nicht zu pubkey, withdrawal_credentials und amount
       *[other] { $field } passt nicht zum Eintrag
    }
error-signature_invalid = { $message ->
        [deposit] { $field } ist für Einzahlungen auf { $chain } nicht gültig
        [builder_deposit] { $field } ist für Builder-Einzahlungen auf { $chain } nicht gültig
        [bls_to_execution_change] { $field } ist für eine BLS-Änderung auf { $chain } nicht gültig
        [bls_to_execution_change_keystore] { $field } ist als Nachweis des Eigentums an der Auszahlungsadresse auf { $chain } für den Validator-Schlüssel { $pubkey } nicht gültig
        [bls_to_execution_change_keystore_mnemonic] { $field } ist für keinen Signaturschlüssel der Schlüsselindizes 0 bis { $last } der Seed-Phrase auf { $chain } gültig
       *[voluntary_exit] { $field } ist für den Validator-Schlüssel { $pubkey } auf { $chain } nicht gültig
    }
error-verify_chain_differs = Laut dieser Datei wurde sie für { $stated } erstellt, gewählt ist aber { $selected }; die Signaturen wurden daher gegen die Werte von { $selected } geprüft. Wählen Sie die Chain, für die die Datei bestimmt ist.
error-verify_address_differs = { $reason ->
        [no_address] die 0x00-Credentials (BLS) dieses Eintrags nennen keine Execution-Adresse, also auch nicht die erwartete Adresse { $expected }
       *[other] dieser Eintrag sendet die Gelder an { $found }, nicht an die erwartete Adresse { $expected }
    }

error-import_too_large = der Import ist { $bytes } Byte groß; Importe über { $limit_gib } GiB werden abgelehnt (die vollständige Validatorliste des Mainnets umfasst etwa 500 MB)
error-import_not_validators = { $reason ->
        [unknown_shape] das JSON enthält weder "data" (eine Validator-Antwort der beacon API) noch "validators" (offline-preparation.json von ethdo)
       *[other] der Import ist JSON, aber weder ein Objekt noch ein Array: weder eine Antwort der beacon API noch eine Vorbereitungsdatei von ethdo
    }
error-import_both_shapes = das JSON enthält sowohl "data" als auch "validators"; geben Sie eine einzige Antwort der beacon API oder eine einzige Datei von ethdo an
error-import_missing_field = in der Vorbereitungsdatei von ethdo fehlt "{ $name }"
error-import_ethdo_version = Version "{ $version }" der Vorbereitungsdatei von ethdo wird nicht unterstützt; unterstützt wird Version "3" (ethdo 1.30 und neuer)
error-import_domain_type = { $name } der ethdo-Datei ist { $found }, nicht der Wert { $expected } der Konsens-Spezifikation; die Datei wurde nicht für eine Ethereum-Chain erstellt
error-import_csv_columns = { $columns ->
        [one] CSV-Zeile { $line } hat { $columns } Spalte; jede Zeile muss die Form validator_index,withdrawal_credentials haben
       *[other] CSV-Zeile { $line } hat { $columns } Spalten; jede Zeile muss die Form validator_index,withdrawal_credentials haben
    }
error-import_too_many_validators = der Import enthält mehr als { $limit } Validatoren; das Mainnet hat etwa 1,1 Millionen, dies ist also keine Validatorliste
error-validator_status_unknown = { $entry }: { $name } "{ $text }" ist kein Validator-Status der beacon API
error-import_source_conflict = { $given ->
        [0] wählen Sie eine Importdatei, fügen Sie einen Import ein oder geben Sie eine Liste von Validatoren an
       *[other] geben Sie genau einen Import an: eine Datei, einen eingefügten Text oder eine Liste von Validatoren
    }
error-search_too_many_matches = mehr als { $limit } Validatoren des Imports passen zu den Schlüsseln dieser Seed-Phrase; keine echte Seed-Phrase kontrolliert so viele in einer Liste. Importieren Sie nur Ihre Validatoren (mit dem Filter ?id= der beacon API) oder durchsuchen Sie weniger Schlüsselindizes

## Signaturschlüssel an einen Signer übergeben.

error-hand_off_no_keystores = wählen Sie die Signatur-Keystores aus, die übergeben werden sollen
error-hand_off_withdrawal_key = dieser Keystore enthält den Auszahlungsschlüssel { $path }; Auszahlungsschlüssel bleiben offline und gelangen nie auf einen Validator-Client oder Signer. Übergeben Sie Signatur-Keystores (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = die Keystores { $first } und { $second } enthalten denselben Schlüssel; ein Schlüssel darf nur einmal importiert werden
error-hand_off_passwords_not_acknowledged = diese Datei enthält die Keystore-Passwörter im Klartext: Bestätigen Sie, dass Sie das verstanden haben, bevor sie erstellt wird
error-signer_host_invalid = "{ $host }" ist weder ein Hostname noch eine IP-Adresse; geben Sie ihn ohne https://, Port oder Pfad an
error-signer_port_invalid = "{ $port }" ist kein Port: eine ganze Zahl von 1 bis 65535
error-signer_path_invalid = "{ $value }" kann kein Speicherpfad sein: Verwenden Sie nur Buchstaben, Ziffern und - _ . /, ohne Leerzeichen, ".." oder leere Teile
error-aws_region_invalid = "{ $region }" ist kein AWS-Regionsname wie eu-central-1

error-internal_error = { $reason ->
        [keystore_self_check] interne Prüfung fehlgeschlagen: Der Keystore für Schlüsselindex { $index } ließ sich nicht wieder zu seinem Schlüssel entschlüsseln; es wurde nichts geschrieben
        [seed_too_short] der Seed ist { $bytes } Byte lang; EIP-2333 erfordert mindestens 32
       *[other] interne Prüfung fehlgeschlagen, es wurde nichts geschrieben: { $problem }
    }
