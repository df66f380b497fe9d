verify-title = Dateien prüfen
verify-file-label = Einzahlungsdaten-, BLS-Änderungs-, Exit-, Eigentumsnachweis-, Auszahlungs- oder Konsolidierungsanfrage- oder Keystore-Datei (aus einem beliebigen Werkzeug)

## What the chosen file is

verify-kind-keystore = Ein Keystore: Geben Sie sein Passwort ein, um ihn zu prüfen.
verify-kind-deposit-data = Einzahlungsdaten.
verify-kind-builder-deposit-data = Builder-Einzahlungsdaten.
verify-kind-bls-changes = BLS-to-Execution-Changes.
verify-kind-exit = Ein signierter freiwilliger Exit.
verify-kind-ownership-proof = Ein Nachweis des Eigentums an der Auszahlungsadresse (die BLS-to-Execution-Change-Keystore-Signatur von deposit-cli).
verify-kind-execution-request = Eine Auszahlungs- oder Konsolidierungsanfrage: eine Transaktion für die Wallet der Auszahlungsadresse (EIP-7002, EIP-7251).

## The form

verify-password-label = Keystore-Passwort
verify-exit-pubkey-label = Signatur-Pubkey des Validators (0x…)
verify-expected-address-label = Erwartete Auszahlungsadresse (optional, mit Prüfsumme): Jeder Eintrag muss die Gelder dorthin senden
verify-key-count-label = Schlüsselindizes Ihrer Seed-Phrase, die mit der Datei abgeglichen werden (ab 0)
verify-no-mnemonic = Laden Sie zuerst Ihre Seed-Phrase, um zu sehen, welchen ihrer Schlüssel jeder Eintrag verwendet.
verify-check = Prüfen

## A keystore opened

verify-keystore-ok = ✓ Das Passwort öffnet diesen Keystore: Pubkey { $pubkey }, Pfad { $path }
verify-keystore-path-signing = { $path } (Signaturschlüssel des Validator-Schlüsselindex { $index })
verify-keystore-path-withdrawal = { $path } (Auszahlungsschlüssel des Validator-Schlüsselindex { $index })
verify-keystore-path-none = keiner angegeben
verify-keystore-path-other = { $path } (kein EIP-2334-Pfad eines Validator-Schlüssels)

## Where the funds go

verify-destinations-title = { $count ->
        [one] Die Gelder gehen an
       *[other] Die Gelder gehen an diese Adressen
    }
verify-no-address-deposit = Keine Execution-Adresse: Die Einzahlungen haben 0x00-Credentials (BLS), daher ist vor jeder Auszahlung ein BLS-to-Execution-Change nötig.
verify-no-address = Aus dieser Datei konnte keine Execution-Adresse gelesen werden.
verify-address-differs = ✗ nicht die erwartete Adresse
verify-execution-address-label = Execution-Adresse

## The network the file names

verify-network-none = Diese Datei nennt kein Netzwerk (Exit-Dateien und die Change-Dateien von ethdo enthalten keines); ihre Signaturen wurden gegen { $chain } geprüft.
verify-network-named = Die Datei nennt { $networks }; ihre Signaturen wurden gegen { $chain } geprüft.
verify-networks-join = { $first } und { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = keine eingebaute Chain

## Each entry

verify-entry-valid = Eintrag { $number }: ✓ gültig
verify-entry-invalid = Eintrag { $number }: ✗ { $problems }
verify-your-mnemonic = Ihre Seed-Phrase
verify-validator-pubkey = Validator-Pubkey
verify-validator-pubkey-label = Validator-Pubkey
verify-withdrawal-credentials = Withdrawal Credentials
verify-amount = Betrag
verify-amount-value = { $amount } ({ $gwei } gwei im Einzahlungsvertrag)
verify-signature = Signatur
verify-validator-index = Validator-Index
verify-from-bls-key = Vom Auszahlungsschlüssel (BLS)
verify-bls-pubkey-label = BLS-Auszahlungs-Pubkey
verify-to-address = An Execution-Adresse
verify-epoch = Epoche (gültig ab)
verify-checked-pubkey = Geprüft gegen Signatur-Pubkey
verify-signing-pubkey-label = Signatur-Pubkey
verify-unreadable = unlesbar

## Withdrawal credentials

verify-credentials-bls = { $prefix } — BLS-Auszahlungsschlüssel: noch keine Execution-Adresse (ein BLS-to-Execution-Change legt sie fest)
verify-credentials-execution = { $prefix } — Execution-Adresse
verify-credentials-compounding = { $prefix } — Compounding, an Execution-Adresse
verify-credentials-builder = { $prefix } — Builder, an Execution-Adresse
verify-credentials-unknown = { $prefix } — ein Präfix, das die Konsens-Spezifikationen nicht definieren
verify-credentials-all-bytes = Alle 32 Bytes
verify-credentials-label = Withdrawal Credentials

## Signatures

verify-signature-valid = ✓ gültig für die gewählte Chain
verify-signature-invalid = ✗ ungültig für die gewählte Chain
verify-signature-not-checked = nicht geprüft (siehe die Probleme oben)

## Keys of the loaded mnemonic

verify-key-match-found = { $key ->
        [signing] Signaturschlüssel
       *[withdrawal] Auszahlungsschlüssel
    }: Schlüsselindex { $index } Ihrer Seed-Phrase
verify-key-match-none = { $key ->
        [signing] Signaturschlüssel
       *[withdrawal] Auszahlungsschlüssel
    }: nicht aus Ihrer Seed-Phrase ({ $count ->
        [one] { $count } Schlüsselindex geprüft
       *[other] die ersten { $count } Schlüsselindizes geprüft
    })

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = Signatur-Pubkey des Validators (0x…); leer lassen, um die Signaturschlüssel Ihrer Seed-Phrase zu versuchen
verify-signer-keystore-label = Oder die Keystore-Datei des Validators: Nur der darin angegebene Pubkey wird gelesen (kein Passwort)
verify-signer-keystore-read = ✓ { $name } gelesen: Der Eintrag wird gegen seinen Pubkey geprüft
verify-destinations-proof = Die Adresse, die dieser Nachweis nennt
verify-proof-not-consensus = Keine Konsensnachricht: Sie ändert nichts on-chain, und kein Beacon-Node nimmt sie an.
verify-request-action = Was sie beantragt
verify-request-action-full-exit = einen vollständigen Exit des Validators: Sein gesamtes Guthaben wird ausgezahlt
verify-request-action-partial-withdrawal = eine Teilauszahlung von einem 0x02-Validator
verify-request-action-switch-to-compounding = die Umstellung des Validators auf 0x02-Credentials (Compounding)
verify-request-action-consolidation = eine Konsolidierung: Der Quell-Validator steigt aus, und sein Guthaben geht an das Ziel
verify-request-chain-id = Chain-ID
verify-request-from = Zu senden von (der Auszahlungsadresse)
verify-request-to = An den Systemvertrag
verify-request-to-label = Vertragsadresse
verify-request-value = Mitgesendeter Betrag (die Gebühr des Vertrags)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Pubkey des Quell-Validators
verify-request-target-pubkey = Pubkey des Ziel-Validators
verify-request-amount = Auszuzahlender Betrag
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Keine Gelder gehen an eine Adresse: Eine Konsolidierung verschiebt das Guthaben des Quell-Validators zum Ziel-Validator, und eine Umstellung auf 0x02 verschiebt nichts.
verify-network-request = Geprüft gegen die Chain-ID und die Verträge für Anfragen von { $chain }. Die Datei enthält keine Signatur: Die Wallet der Auszahlungsadresse signiert die Transaktion beim Senden.
