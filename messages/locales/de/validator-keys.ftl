keys-title = Validator-Schlüssel erzeugen
keys-hint = Nur die Signatur-Keystores gehören auf Ihren Validator-Node oder Remote-Signer. Die Seed-Phrase gehört niemals dorthin: Bewahren Sie sie offline auf, denn sie kontrolliert auch die Auszahlungsschlüssel.
keys-public-mnemonic = Dies ist eine veröffentlichte Test-Seed-Phrase: Jeder kann diese Schlüssel ableiten. Verwenden Sie sie nur in Testnetzen.
keys-start-index-label = Startindex (erster zu verwendender Schlüsselindex)
keys-count-label = Anzahl der Validatoren
keys-budget-label = Schlüsselbudget pro Seed-Phrase
keys-budget-new-mnemonic = Für die übrigen eine neue Seed-Phrase beginnen
keys-credentials-legend = Withdrawal Credentials
keys-kind-compounding = 0x02 Compounding (empfohlen; 1 bis 2048 ETH)
keys-kind-execution = 0x01 Execution-Adresse (genau 32 ETH)
keys-kind-bls = 0x00 BLS (nicht empfohlen)
keys-amount-label = Betrag pro Validator, in { $currency }
keys-bls-warning = 0x00-Credentials sperren Auszahlungen, bis Sie mit dem Auszahlungsschlüssel einen BLS-to-Execution-Change signieren.
keys-bls-ack = Ich habe das verstanden und möchte 0x00-Credentials
keys-address-label = Execution-Adresse (Auszahlungsadresse), mit EIP-55-Prüfsumme
keys-address-again-label = Dieselbe Adresse noch einmal
keys-password-label = Keystore-Passwort
keys-password-again-label = Keystore-Passwort wiederholen
keys-rule-minimum-length = { $count ->
        [one] mindestens { $count } Zeichen (Steuerzeichen zählen nicht)
       *[other] mindestens { $count } Zeichen (Steuerzeichen zählen nicht)
    }
keys-rule-confirmed = zweimal gleich eingegeben
keys-kdf-label = Keystore-KDF
keys-kdf-scrypt = scrypt (Standard, wie bei deposit-cli)
keys-independent-salts = Eigenes Salt und eigener KDF-Durchlauf für jeden Keystore (langsamer; nichts wird zwischen Dateien geteilt)
keys-review = Kontrollieren, was signiert wird
keys-sign = Signieren: Keystores und Einzahlungsdaten erzeugen
