## Signing review: what will be signed, shown before every sign button

review-what-bls-changes = BLS-to-Execution-Changes
review-what-deposits = Einzahlungen neuer Validatoren
review-what-exits = freiwillige Exits
review-title = Kontrolle: was signiert wird ({ $what })
review-signed-title = Signiert: { $what }
review-summary-label = Was signiert wurde
review-chain = Chain
review-fork-version = Genesis-Fork-Version
review-root = Genesis Validators Root
review-root-label = Genesis Validators Root
review-address = Zieladresse
review-address-label = Zieladresse
review-amount = Betrag pro Validator
review-epoch = Gültig ab Epoche
review-validators = Validatoren
review-count-bls-changes = { $count ->
        [one] { $count } BLS-to-Execution-Change
       *[other] { $count } BLS-to-Execution-Changes
    }
review-count-deposits = { $count ->
        [one] { $count } Einzahlung eines neuen Validators
       *[other] { $count } Einzahlungen neuer Validatoren
    }
review-count-exits = { $count ->
        [one] { $count } freiwilliger Exit
       *[other] { $count } freiwillige Exits
    }
review-count = { $count } { $what }
review-column-validator = Validator
review-column-key-index = Schlüsselindex
review-column-check = Prüfung
review-pubkey-from-bls = Vom BLS-Pubkey (Auszahlungsschlüssel)
review-pubkey-signing = Signatur-Pubkey
review-pubkey-label = Pubkey
review-row-new = neu
review-row-keystore = Keystore
review-confirm-ending = { $count ->
        [one] Geben Sie zur Bestätigung das letzte Zeichen der Zieladresse ein
       *[other] Geben Sie zur Bestätigung die letzten { $count } Zeichen der Zieladresse ein
    }
review-confirm-each = Bestätigen Sie jeden Punkt
review-tick-chain = Die Chain ist { $chain }
review-tick-address = Die Zieladresse gehört mir, auf einem zweiten Gerät geprüft
review-tick-validators = Dies sind meine Validatoren ({ $count })
review-tick-amount = { $amount } je Validator
review-tick-epoch = Gültig ab Epoche { $epoch }
review-blocked = Es kann nichts signiert werden, bis jeder Validator oben die Prüfung besteht.

## Hex values and their Copy button

hex-copy = Kopieren
hex-copied = Kopiert
hex-copy-label = { $label } kopieren

## QR codes, files and long jobs

qr-too-long = zu lang für einen QR-Code: { $detail }
files-read-failed = der Browser konnte die Datei nicht lesen
files-download-failed = der Browser konnte die Datei nicht zum Download anbieten
jobs-worker-refused = der Browser hat den Start eines Web Workers verweigert
jobs-module-not-sent = das wasm-Modul konnte nicht an den Worker gesendet werden
jobs-job-not-sent = der Auftrag konnte nicht an den Worker gesendet werden
job-progress = { $phase }: { $count }, { $elapsed } s
job-progress-eta = { $phase }: { $count }, { $elapsed } s, noch etwa { $eta } s
job-progress-done = { $done }
job-progress-of = { $done } von { $total }
job-progress-percent = { $percent } %
job-cancel = Abbrechen
job-cancelled = Abgebrochen. Es wurde nichts erzeugt.

## Next steps: what to do with each file made

next-steps-title = Nächste Schritte
next-deposit-title = Einzahlungsdaten: hochladen, dann einzahlen
next-deposit-copy = Kopieren Sie { $file } auf den Computer, von dem aus Sie einzahlen (die Datei enthält kein Geheimnis).
next-deposit-open = Öffnen Sie { $page }, laden Sie die Datei hoch und prüfen Sie, ob jeder Pubkey, die Withdrawal Credentials und der Betrag mit der Zusammenfassung oben übereinstimmen.
next-deposit-upload = Laden Sie die Datei auf der Einzahlungsseite von { $chain } hoch und prüfen Sie jeden Pubkey, die Withdrawal Credentials und den Betrag anhand der Zusammenfassung oben.
next-deposit-sign = Signieren Sie dort die Einzahlungstransaktionen mit der Wallet, die die Gelder hält. Einzahlungen können nicht rückgängig gemacht werden.
next-deposit-start = Starten Sie den Validator mit seinem Keystore, bevor die Einzahlung verarbeitet wird, damit er keine Aufgabe verpasst.
next-keystores-title = Keystores: in Ihren Validator-Client oder Remote-Signer importieren
next-keystores-copy = { $count ->
        [one] Kopieren Sie die Keystore-Datei (oder die ZIP-Datei) auf den Validator-Rechner. Das zugehörige Passwort geben Sie dort ein; speichern Sie es nie neben der Datei.
       *[other] Kopieren Sie die { $count } Keystore-Dateien (oder die ZIP-Datei) auf den Validator-Rechner. Das zugehörige Passwort geben Sie dort ein; speichern Sie es nie neben den Dateien.
    }
next-keystores-import = Importieren Sie sie, zum Beispiel:
next-keystores-web3signer = Web3Signer: Aktivieren Sie „Web3Signer-Schlüsselkonfigurationen einschließen“, bevor Sie „Alle herunterladen“ wählen; die Dateien { $files } verweisen jeweils auf einen Keystore und dessen Passwortdatei.
next-keystores-one-machine = Betreiben Sie jeden Schlüssel auf nur einem Rechner: Derselbe Schlüssel auf zwei Rechnern führt zum Slashing.
next-bls-change-title = BLS-to-Execution-Change: ein einziges Mal senden
next-bls-change-copy = Kopieren Sie { $file } auf einen Computer mit Internetverbindung (die Datei enthält kein Geheimnis).
next-bls-change-send = Senden Sie sie an Ihren Beacon-Node:
next-bls-change-explorer = oder fügen Sie sie auf der Broadcast-Seite eines Block-Explorers ein ({ $page } im Mainnet).
next-bls-change-after = Innerhalb weniger Tage lauten die Credentials des Validators { $prefix }, gefolgt von Ihrer Adresse; Auszahlungen gehen dann dorthin. Die Änderung kann nicht rückgängig gemacht werden.
next-ethdo-title = { $file } von ethdo: dieselben Änderungen, für ethdo
next-ethdo-broadcast = Wenn Sie ethdo online verwenden, senden Sie die Änderungen damit statt mit der Datei oben (nicht beides):
next-exits-title = Freiwillige Exits: aufbewahren, bis Sie sich für den Exit entscheiden
next-exits-store = { $count ->
        [one] Bewahren Sie die Exit-Datei sicher auf: Wer sie besitzt, kann den Exit dieses Validators auslösen, und ein Exit kann nicht rückgängig gemacht werden.
       *[other] Bewahren Sie die { $count } Exit-Dateien sicher auf: Wer eine davon besitzt, kann den Exit des betreffenden Validators auslösen, und ein Exit kann nicht rückgängig gemacht werden.
    }
next-exits-send = Senden Sie für den Exit eine Exit-Datei an einen Beacon-Node:
next-exits-explorer = oder fügen Sie sie auf der Broadcast-Seite eines Block-Explorers ein. Der Validator behält seine Aufgaben, bis der Exit abgeschlossen ist.
next-never-title = Verlässt nie diesen Offline-Computer
next-never-text = Ihre Seed-Phrase und deren Passphrase. Geben Sie sie nirgendwo sonst ein; Keystore-Passwörter nur auf dem Rechner, auf dem die Schlüssel laufen.
next-print = Diese Schritte drucken

## Shared form pieces: the chain picker, the file list, the public mnemonic acknowledgement,
## and the notice shown when a flow needs a mnemonic first.

common-chain-label = Chain
common-chain-choose = Chain wählen…
common-chain-custom = benutzerdefinierte Chain…
common-custom-name-label = Name der Chain
common-custom-genesis-fork-label = Genesis-Fork-Version
common-custom-capella-fork-label = Capella-Fork-Version
common-custom-root-label = Genesis Validators Root (nötig für BLS-Änderungen und Exits)
common-files-verified = ✓ Jede Datei unten wurde geprüft (Signaturen, Roots, Entschlüsselung der Keystores), bevor sie angeboten wurde.
common-download = Herunterladen
common-web3signer = Web3Signer-Schlüsselkonfigurationen einschließen ({ $files }, Typ { $kind })
common-download-all = Alle herunterladen ({ $file })
common-show-qr = QR-Codes für ein Smartphone
common-qr-caption = { $file }, Nachricht { $number } von { $total }
common-qr-label = QR-Code: { $file }, Nachricht { $number } von { $total }
common-qr-too-long = { $file }, Nachricht { $number } von { $total }: zu lang für einen QR-Code
common-public-ack = Ich weiß, dass diese Schlüssel öffentlich sind, und möchte trotzdem Dateien für diese Chain
common-needs-mnemonic = Dieser Schritt arbeitet mit Ihrer Seed-Phrase. Erstellen Sie zuerst eine neue oder geben Sie Ihre vorhandene ein.
common-needs-use = Meine Seed-Phrase eingeben
common-needs-create = Neue Seed-Phrase erstellen
