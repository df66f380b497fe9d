## Look up a withdrawal key

lookup-title = Auszahlungsschlüssel eines Schlüsselindex
lookup-hint = Zeigt den öffentlichen Auszahlungsschlüssel ({ $path }) des Schlüsselindex i Ihrer Seed-Phrase und die 0x00-Withdrawal-Credentials, die sich daraus ergeben, damit Sie sie mit den Angaben der Beacon Chain vergleichen können.
lookup-index-label = Schlüsselindex
lookup-show = Schlüssel anzeigen
lookup-withdrawal-path = Pfad des Auszahlungsschlüssels
lookup-withdrawal-pubkey = Öffentlicher Auszahlungsschlüssel
lookup-credentials = 0x00-Withdrawal-Credentials
lookup-signing = Pfad und öffentlicher Schlüssel des Signaturschlüssels
lookup-copy-withdrawal-pubkey = Öffentlichen Auszahlungsschlüssel
lookup-copy-credentials = Withdrawal Credentials
lookup-copy-signing-pubkey = Öffentlichen Signaturschlüssel

## Find my validators

find-title = Meine Validatoren finden
find-hint = Importieren Sie in einer dieser Formen, was die Beacon Chain weiß, und die Wallet ermittelt, welche Validatoren die Schlüssel Ihrer Seed-Phrase kontrollieren. Importe bis 1 GiB werden gelesen (die vollständige Liste des Mainnets umfasst etwa 500 MB).
find-hint-beacon-api = die Antwort der beacon API auf
find-hint-ethdo = die Datei von ethdo
find-hint-csv = eine CSV-Datei mit den Spalten
find-key-count-label = Zu durchsuchende Schlüsselindizes, ab 0 (ethdo durchsucht 1024)
find-submit = Meine Validatoren finden
find-summary = { $format }: { $read ->
        [one] { $read } Validator gelesen
       *[other] { $read } Validatoren gelesen
    }, davon { $found } durch die Schlüsselindizes { $first }–{ $last } dieser Seed-Phrase kontrolliert.
find-format-beacon-api = Validator-Antwort der beacon API
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = Liste

## The import

find-import-file-label = Importdatei
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …oder hier einfügen

## The validators found

find-column-sign = Signieren
find-column-validator = Validator
find-column-key-index = Schlüsselindex
find-column-status = Status
find-column-credentials = Withdrawal Credentials
find-column-found-by = Gefunden über
find-column-change = Adressänderung
find-select-validator = Für Validator { $validator } signieren
find-found-by-both = Credentials und Pubkey
find-found-by-credentials = Withdrawal Credentials
find-found-by-pubkey = Signatur-Pubkey
find-change-possible = 0x00: änderbar
find-change-other-key = 0x00 eines anderen Auszahlungsschlüssels: nicht aus dieser Seed-Phrase
find-change-already = bereits { $prefix }

## Signing for the validators found

find-bls-warning = Eine BLS-Änderung kann nur ein einziges Mal in die Chain aufgenommen werden und ist nicht rückgängig zu machen. Prüfen Sie die Adresse auf einem zweiten Gerät.
find-address-label = Neue Execution-Adresse (Auszahlungsadresse), mit EIP-55-Prüfsumme
find-address-again-label = Dieselbe Adresse noch einmal
find-with-exits = Für die ausgewählten Validatoren auch freiwillige Exits vorab signieren
find-exit-epoch-label = Exit-Epoche
find-review = Kontrollieren, was signiert wird
find-sign = Für die ausgewählten Validatoren signieren
find-error-none-selected = wählen Sie mindestens einen Validator, für den diese Seed-Phrase signieren kann
find-error-address-twice = geben Sie die neue Adresse zweimal ein
