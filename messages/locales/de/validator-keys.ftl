keys-title = Validator-Schlüssel erzeugen
keys-hint = Nur die Signatur-Keystores gehören auf Ihren Validator-Node oder Remote-Signer. Die Seed-Phrase gehört niemals dorthin: Bewahren Sie sie offline auf, denn sie kontrolliert auch die Auszahlungsschlüssel.
keys-public-mnemonic = Dies ist eine veröffentlichte Test-Seed-Phrase: Jeder kann diese Schlüssel ableiten. Verwenden Sie sie nur in Testnetzen.
keys-start-index-label = Startindex (erster zu verwendender Schlüsselindex)
keys-count-label = Anzahl der Validatoren
keys-budget-label = Schlüsselbudget pro Seed-Phrase
keys-budget-new-mnemonic = Für die übrigen eine neue Seed-Phrase beginnen
keys-plan-next = Als Nächstes in Ihrem Plan: Seed-Phrase { $mnemonic } von { $mnemonics }, Schlüsselindizes { $first }–{ $last }, Paket { $label }. Erstellen Sie es, während diese Seed-Phrase geladen ist.
keys-plan-use = Übernehmen
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

## Top-up

top-up-title = Validator aufstocken
top-up-hint = Fügt einem bereits bestehenden Validator Guthaben hinzu, signiert mit dem eigenen Signaturschlüssel des Validators (partial-deposit von deposit-cli). Die Datei geht wie jede Einzahlung an den Einzahlungsvertrag und kann nach dem Senden nicht rückgängig gemacht werden.
top-up-explain-title = Was eine Aufstockung bewirkt
top-up-explain-compounding = 0x02-Validator (Compounding): Die Aufstockung erhöht sein Guthaben, und sein effektives Guthaben wächst mit, bis zu 2048 ETH (64 GNO auf Gnosis-Chains), sodass sich seine Belohnungen verzinsen.
top-up-explain-execution = 0x01-Validator: Alles über 32 ETH (1 GNO auf Gnosis-Chains) wird innerhalb weniger Tage an die Auszahlungsadresse ausgezahlt; eine Aufstockung hilft einem 0x01-Validator also nur, wenn sein Guthaben darunter gefallen ist. Nur 0x02-Validatoren verzinsen.
top-up-explain-credentials = Die Einzahlung nennt Withdrawal Credentials, doch bei einem bestehenden Validator ignoriert die Chain sie: Geben Sie trotzdem die des Validators an. Ein Pubkey, den noch kein Validator hat, würde zu einem neuen Validator mit diesen Credentials.
top-up-source-legend = Mit dem Schlüssel des Validators signieren, aus
top-up-source-mnemonic = meiner Seed-Phrase, an einem Schlüsselindex
top-up-source-keystore = seiner Keystore-Datei und ihrem Passwort
top-up-key-index-label = Schlüsselindex des Signaturschlüssels des Validators
top-up-keystore-file-label = Keystore-Datei des Validators
top-up-keystore-password-label = Keystore-Passwort
top-up-validator-pubkey-label = Pubkey des Validators (empfohlen: Der Schlüssel muss dann der dieses Validators sein)
top-up-credentials-legend = Withdrawal Credentials des Validators
top-up-kind-compounding = 0x02 Compounding
top-up-kind-execution = 0x01 Execution-Adresse
top-up-execution-warning = Mit 0x01-Credentials wird, was das Guthaben über 32 ETH hebt, an die Auszahlungsadresse zurückgezahlt und nicht verzinst. Zum Verzinsen muss die Auszahlungsadresse den Validator zuerst auf 0x02 umstellen (eine Konsolidierungsanfrage).
top-up-address-label = Seine Auszahlungsadresse, mit EIP-55-Prüfsumme
top-up-address-again-label = Dieselbe Adresse noch einmal
top-up-amount-label = Hinzuzufügender Betrag, in { $currency }
top-up-amount-hint = Von 1 bis 2048 ETH (1/32 bis 64 GNO auf Gnosis-Chains), in ganzen Gwei.
top-up-review = Kontrollieren, was signiert wird
top-up-sign = Aufstockung signieren
top-up-credentials = Withdrawal Credentials
top-up-credentials-compounding = { $prefix } Compounding
top-up-credentials-execution = { $prefix } Execution-Adresse
top-up-credentials-full = Alle 32 Bytes
top-up-credentials-label = Withdrawal Credentials
top-up-amount-gwei = Betrag in der Einzahlung (Gwei)
top-up-key-path = Pfad des Signaturschlüssels
top-up-details-title = In der Einzahlung
review-what-top-up = Aufstockung eines bestehenden Validators
review-count-top-up = { $count ->
        [one] { $count } Aufstockung
       *[other] { $count } Aufstockungen
    }
review-amount-top-up = Hinzuzufügender Betrag
review-row-existing = bestehend
next-top-up-title = Aufstockung: einmal einzahlen
next-top-up-copy = Kopieren Sie { $file } auf den Computer, von dem aus Sie einzahlen (die Datei enthält kein Geheimnis).
next-top-up-open = Laden Sie die Datei auf { $page } hoch und prüfen Sie Pubkey, Withdrawal Credentials und Betrag anhand der Zusammenfassung oben.
next-top-up-upload = Laden Sie die Datei auf der Einzahlungsseite von { $chain } hoch und prüfen Sie Pubkey, Withdrawal Credentials und Betrag anhand der Zusammenfassung oben.
next-top-up-wallet = Oder senden Sie sie aus Ihrer eigenen Wallet: als Aufruf des Einzahlungsvertrags mit den Werten der Datei und ihrem Betrag:
next-top-up-after = Einzahlungen können nicht rückgängig gemacht werden. Prüfen Sie nach der Verarbeitung das Guthaben des Validators in einem Beacon-Explorer.

## Builder deposits

builder-title = Builder-Einzahlungen
builder-hint = Schlüssel, Keystores und Einzahlungen für Block-Builder (EIP-8282, der Befehl builder von deposit-cli): Stake, der einen Builder registriert, keinen Validator.
builder-warning = Builder-Schlüssel i ist Validator-Signaturschlüssel i derselben Seed-Phrase (derselbe Pfad m/12381/3600/i/0/0). Verwenden Sie die Validator-Indizes einer Seed-Phrase nicht für Builder: Am sichersten ist eine neue Seed-Phrase.
builder-start-index-label = Startindex (erster Builder-Schlüsselindex)
builder-count-label = Anzahl der Builder
builder-address-label = Auszahlungsadresse, mit EIP-55-Prüfsumme (0xb0-Credentials)
builder-address-again-label = Dieselbe Adresse noch einmal
builder-amount-label = Betrag pro Builder, in { $currency }
builder-amount-hint = Mindestens 1, in ganzen Gwei, ohne Maximum; für Builder-Einzahlungen gilt kein Chain-Multiplikator.
builder-password-label = Keystore-Passwort
builder-password-again-label = Keystore-Passwort wiederholen
builder-review = Kontrollieren, was signiert wird
builder-notice-ack = Ich habe geprüft: Diese Seed-Phrase hat keine Validatoren an diesen Schlüsselindizes
builder-sign = Signieren: Builder-Keystores und -Einzahlungen erzeugen
builder-credentials = Withdrawal Credentials
builder-credentials-label = Withdrawal Credentials
builder-amount-gwei = Betrag pro Einzahlung (Gwei)
builder-details-title = In jeder Einzahlung
review-what-builder-deposits = Builder-Einzahlungen
review-count-builder-deposits = { $count ->
        [one] { $count } Builder-Einzahlung
       *[other] { $count } Builder-Einzahlungen
    }
review-builders = Builder
review-amount-builder = Betrag pro Builder
review-pubkey-builder = Builder-Pubkey (Validator-Signaturschlüssel)
review-row-builder = Builder
review-tick-builders = Dies sind meine Builder-Schlüssel ({ $count })
next-builder-deposit-title = Builder-Einzahlungsdaten: einreichen, sobald Builder aktiviert sind
next-builder-deposit-copy = Kopieren Sie { $file } auf einen Online-Computer (die Datei enthält kein Geheimnis).
next-builder-deposit-submit = Sobald der Gloas-Fork Builder auf { $chain } aktiviert hat, reichen Sie jeden Eintrag beim Builder-Einzahlungsvertrag von EIP-8282 ein, wie dessen Dokumentation es beschreibt, aus der Wallet der Auszahlungsadresse. Noch nimmt keine Einzahlungsseite diese Dateien an.
next-builder-deposit-check = Prüfen Sie Pubkeys, Withdrawal Credentials und Betrag anhand der Zusammenfassung oben, bevor Sie etwas senden: Einzahlungen können nicht rückgängig gemacht werden.
next-builder-keystores-title = Builder-Keystores: für die Builder-Software
next-builder-keystores-copy = { $count ->
        [one] Geben Sie den Keystore und sein Passwort nur der Builder-Software, die diesen Builder betreibt.
       *[other] Geben Sie die { $count } Keystores und ihr Passwort nur der Builder-Software, die diese Builder betreibt.
    }
next-builder-keystores-not-validator = Diese Schlüssel sind auch Validator-Signaturschlüssel dieser Seed-Phrase: Betreiben Sie denselben Schlüssel nie als Builder und zugleich als Validator.
