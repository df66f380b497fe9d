app-title = withdrawal-wallet
language-picker-label = Sprache der Seite
tagline = Offline-Schlüssel für Ethereum-Validatoren. Nichts, was Sie eingeben, verlässt diese Seite.
online-banner = Sie scheinen online zu sein – trennen Sie die Verbindung, bevor Sie eine Seed-Phrase eingeben.
offline-banner = Offline ✓
loaded-from = Geladen über
chain-label = Chain:
chain-not-chosen = noch nicht gewählt
chain-custom = { $name } (benutzerdefiniert)
chain-custom-incomplete = benutzerdefiniert (unvollständig)
mnemonic-loaded = { $passphrase ->
        [yes] Seed-Phrase geladen (Wortliste { $wordlist }, mit Passphrase)
       *[no] Seed-Phrase geladen (Wortliste { $wordlist })
    }
clear = Löschen
back-to-tasks = ← Alle Aufgaben

## The start screen

start-title = Was möchten Sie tun?
tools-title = Einzelne Werkzeuge
tools-hint = Für alle, die die Schritte kennen: jedes Werkzeug für sich, ohne Anleitung.
tool-create-mnemonic = Neue Seed-Phrase erstellen
tool-create-mnemonic-detail = 24 neue Wörter, aufgeschrieben und erneut eingegeben
tool-use-mnemonic = Vorhandene Seed-Phrase verwenden
tool-use-mnemonic-detail = Wort für Wort geprüft; Abkürzungen werden ergänzt
tool-validator-keys = Validator-Schlüssel erzeugen
tool-validator-keys-detail = Keystores und Einzahlungsdaten (deposit data)
tool-withdrawal-address = Auszahlungsadresse festlegen
tool-withdrawal-address-detail = BLS-to-Execution-Change für 0x00-Validatoren
tool-ownership-proof = Eigentum an der Auszahlungsadresse nachweisen
tool-ownership-proof-detail = eine signierte Erklärung, die manche Betreiber verlangen; sie ändert nichts on-chain
tool-exits = Exits vorab signieren
tool-exits-detail = mit der Seed-Phrase oder einem Keystore
tool-verify-files = Dateien prüfen
tool-verify-files-detail = Einzahlungs-, BLS-Änderungs-, Exit- oder Keystore-Dateien aus beliebigen Werkzeugen
tool-find-validators = Meine Validatoren finden
tool-find-validators-detail = Liste der Beacon Chain importieren; Änderungen und Exits gesammelt signieren
tool-hand-off = Schlüssel an einen Signer übergeben
tool-hand-off-detail = Import über die keymanager API, Web3Signer-Konfigurationen, Upload-Pakete für Vault und AWS
tool-lookup = Auszahlungsschlüssel nachschlagen
tool-lookup-detail = öffentlicher Auszahlungsschlüssel und 0x00-Credentials eines Schlüsselindex
tool-top-up = Validator aufstocken
tool-top-up-detail = eine Einzahlung an einen bestehenden 0x01- oder 0x02-Validator, aus seinem Keystore oder der Seed-Phrase
tool-builder-deposits = Builder-Einzahlungen
tool-builder-deposits-detail = Builder-Schlüssel, Keystores und Einzahlungen (EIP-8282)
tool-execution-requests = Exit, Auszahlung oder Konsolidierung über die Auszahlungsadresse
tool-execution-requests-detail = Transaktionen für 0x01- und 0x02-Validatoren (EIP-7002, EIP-7251), gesendet aus Ihrer eigenen Wallet

## Journeys: what the staker came to do (in the staker's own words), and their steps

journey-withdrawal-address = Meine Auszahlungsadresse festlegen
journey-withdrawal-address-detail = Meine Validatoren haben 0x00-Credentials: einen BLS-to-Execution-Change signieren, damit Belohnungen und Exits an meine Adresse ausgezahlt werden.
journey-new-validators = Schlüssel für neue Validatoren erstellen
journey-new-validators-detail = Keystores für meinen Validator-Client und Einzahlungsdaten für das Launchpad.
journey-exits = Validatoren per Exit beenden
journey-exits-detail = Freiwillige Exits vorab signieren, mit meiner Seed-Phrase oder einem Keystore, um sie zu senden, wann ich es entscheide.
journey-check-file = Eine Datei prüfen
journey-check-file-detail = Sehen, was eine Einzahlungs-, BLS-Änderungs-, Exit- oder Keystore-Datei aussagt und ob sie gültig ist.
stepper-label = { $journey }: Schritte
step-your-mnemonic = Ihre Seed-Phrase
step-your-validators = Ihre Validatoren
step-chain-address-amounts = Chain, Adresse und Beträge
step-mnemonic-or-keystore = Seed-Phrase oder Keystore
step-validators-and-epoch = Validatoren und Epoche
step-review-and-sign = Kontrollieren und signieren
step-files-and-next-steps = Dateien und nächste Schritte
step-the-file = Die Datei
step-what-it-says = Was sie aussagt

## What a long job is doing (shown before its progress: "signing: 3 of 10, 1.2 s")

phase-deriving = Ableiten der Schlüssel
phase-keystores = Validator-Schlüssel
phase-signing = Signieren
phase-verifying = Prüfen
phase-reading-import = Lesen des Imports (Validatoren)
phase-decrypting = Öffnen des Keystores

keystore-reading = { $name } wird gelesen…
keystore-read = ✓ { $name } gelesen
