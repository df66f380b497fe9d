hand-off-title = Schlüssel an einen Signer übergeben
hand-off-hint = Nur für Signatur-Keystores. Die Seed-Phrase und die Auszahlungsschlüssel gelangen nie auf einen Node oder Signer: Bewahren Sie sie offline auf.
hand-off-keystores-label = Signatur-Keystores (eine oder mehrere Dateien)
hand-off-keystores-read = { $count ->
        [one] { $count } Keystore gelesen
       *[other] { $count } Keystores gelesen
    }
hand-off-from-keys = Die soeben erstellten Keystores sind geladen.
hand-off-password-label = Das Passwort der Keystores
hand-off-destination-legend = Wohin die Schlüssel gehen
hand-off-keymanager = Ein Validator-Client oder Web3Signer, über die keymanager API (eine Importdatei)
hand-off-web3signer = Web3Signer, der die Keystores von seiner eigenen Festplatte liest
hand-off-vault = Web3Signer mit HashiCorp Vault (Upload-Paket)
hand-off-aws = Web3Signer mit AWS Secrets Manager (Upload-Paket)
hand-off-vault-host-label = Host des Vault-Servers (ohne https://, ohne Port)
hand-off-vault-port-label = Port des Vault-Servers
hand-off-vault-tls = Web3Signer erreicht Vault über TLS
hand-off-vault-mount-label = Mount (KV v2)
hand-off-vault-folder-label = Ordner unter dem Mount (jeder Schlüssel liegt unter Ordner/Pubkey)
hand-off-aws-region-label = AWS-Region
hand-off-aws-prefix-label = Präfix der Secret-Namen (jeder Schlüssel heißt Präfix + Pubkey)
hand-off-aws-access-key = Platzhalter für Zugriffsschlüssel in jede Konfiguration schreiben (sonst verwendet Web3Signer die eigenen AWS-Zugangsdaten seines Hosts)
hand-off-review = Prüfen, wohin die Schlüssel gehen
hand-off-review-title = { $count ->
        [one] { $count } Signaturschlüssel für { $chain }
       *[other] { $count } Signaturschlüssel für { $chain }
    }
hand-off-column-pubkey = Signatur-Pubkey
hand-off-column-path = Pfad
hand-off-column-stored-as = Gespeichert als
hand-off-passwords-warning = Diese Datei enthält die Keystore-Passwörter im Klartext, neben den Keystores. Wer sie liest, kann mit diesen Schlüsseln signieren.
hand-off-passwords-ack = Ich verstehe, dass diese Datei die Keystore-Passwörter enthält; ich bringe sie nur auf den Validator-Host und lösche sie nach dem Import
hand-off-make = Dateien erstellen
hand-off-never-signed = Nur für Schlüssel, die noch nie signiert haben: Die Slashing-Protection-Historie ist leer. Betreiben Sie einen Schlüssel nie an zwei Orten.

## Next steps of each hand-off.

next-keymanager-title = Mit der keymanager API importieren
next-keymanager-text = Kopieren Sie die Importdatei auf den Rechner, der die keymanager API Ihres Validator-Clients (oder von Web3Signer) erreicht, und senden Sie sie dann mit Ihrem API-Token und Port:
next-keymanager-check = Jeder Eintrag im Feld data der Antwort sollte "imported" (oder "duplicate") lauten. Löschen Sie die Datei danach: Sie enthält die Passwörter.
next-web3signer-title = Die Schlüssel in Web3Signer laden
next-web3signer-text = Kopieren Sie die Keystores und diese Konfigurationen auf den Signer-Host; legen Sie jede Passwortdatei neben ihren Keystore ({ $files }); passen Sie die Pfade an; starten Sie Web3Signer mit --key-store-path auf den Ordner der Konfigurationen und prüfen Sie /api/v1/eth2/publicKeys.
next-upload-title = Die Schlüssel vom Online-Rechner hochladen
next-upload-text = Kopieren Sie { $file } auf den Online-Rechner, der den Speicher erreicht, melden Sie sich mit dessen CLI an, entpacken Sie die Datei und führen Sie dann aus:
next-upload-run = Der Probelauf (dry run) prüft jeden Keystore mit Ihrem Passwort und zeigt jeden Befehl an; der zweite Lauf speichert die Secrets. Ersetzen Sie danach die Platzhalter in web3signer/*.yaml und übergeben Sie die Dateien an Web3Signer.

## Key budget plan on the keys page.

budget-plan-title = { $mnemonics ->
        [one] Plan: { $count } Schlüssel aus 1 Seed-Phrase
       *[other] Plan: { $count } Schlüssel aus { $mnemonics } Seed-Phrasen
    }
budget-plan-mnemonic = Seed-Phrase
budget-plan-indices = Schlüsselindizes
budget-plan-label = Name des Pakets
budget-plan-in-use = die aktuell verwendete
budget-plan-new = neu
budget-plan-first = Jetzt nur den ersten Stapel erstellen
keys-hand-off = Diese Keystores an einen Signer übergeben
