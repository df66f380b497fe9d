bls-change-title = Auszahlungsadresse festlegen (BLS-to-Execution-Change)
bls-change-warning = Eine BLS-Änderung kann nur ein einziges Mal in die Chain aufgenommen werden und ist nicht rückgängig zu machen. Prüfen Sie die Adresse auf einem zweiten Gerät.
bls-change-validators-legend = Ihre Validatoren, wie die Beacon Chain sie kennt
bls-change-find-hint = Haben Sie die Liste der Beacon Chain (die Validatoren aus der beacon API oder { $file } von ethdo)?
bls-change-find = Aus der Liste ermitteln
bls-change-start-index-label = Schlüsselindex des ersten Validators unten
bls-change-validator-indices-label = Validator-Indizes (Beacon Chain), getrennt durch Kommas oder Zeilenumbrüche
bls-change-credentials-label = Deren aktuelle Withdrawal Credentials (0x00…), in derselben Reihenfolge
bls-change-derive-credentials = Die Credentials eintragen, die meine Seed-Phrase für diese Schlüsselindizes ergibt
bls-change-address-label = Neue Execution-Adresse (Auszahlungsadresse), mit EIP-55-Prüfsumme
bls-change-address-again-label = Dieselbe Adresse noch einmal
bls-change-review = Kontrollieren, was signiert wird
bls-change-sign = BLS-to-Execution-Changes signieren

## Ownership proof

proof-title = Eigentum an der Auszahlungsadresse nachweisen
proof-not-consensus = Dies ist keine Nachricht für die Chain: Das Signieren ändert nichts on-chain, und weder ein Beacon-Node noch das Launchpad nimmt sie an. Manche Betreiber verlangen sie, damit der Staker nachweist, dass er den Signaturschlüssel des Validators kontrolliert, und eine Adresse nennt.
proof-what = Die Datei erklärt, signiert mit dem Signaturschlüssel des Validators, dass die Auszahlungen des Validators an die Adresse unten gehen sollen. Verlangt wird sie zum Beispiel von Stakern, die die Seed-Phrase hinter 0x00-Credentials verloren haben, den Signatur-Keystore aber noch besitzen.
proof-reference = deposit-cli erstellt dieselbe Datei mit seinem Befehl:
proof-source-legend = Signieren mit
proof-source-keystore = der Keystore-Datei des Validators und ihrem Passwort
proof-source-mnemonic = meiner Seed-Phrase, am Schlüsselindex des Validators
proof-keystore-file-label = Keystore-Datei des Validators
proof-keystore-password-label = Keystore-Passwort
proof-key-index-label = Schlüsselindex des Signaturschlüssels des Validators
proof-validator-pubkey-label = Pubkey des Validators (empfohlen: Der Signaturschlüssel muss dann der dieses Validators sein)
proof-validator-index-label = Index des Validators (Beacon Chain)
proof-address-label = Die Auszahlungsadresse, die der Nachweis nennt, mit EIP-55-Prüfsumme
proof-address-again-label = Dieselbe Adresse noch einmal
proof-review = Kontrollieren, was signiert wird
proof-sign = Nachweis signieren
review-what-ownership-proof = Nachweis des Eigentums an der Auszahlungsadresse
review-count-ownership-proof = { $count ->
        [one] { $count } Nachweis des Eigentums an der Auszahlungsadresse
       *[other] { $count } Nachweise des Eigentums an der Auszahlungsadresse
    }
next-proof-title = Nachweis des Eigentums an der Auszahlungsadresse: Geben Sie ihn an die Stelle, die ihn verlangt hat
next-proof-copy = Kopieren Sie { $file } auf einen Computer mit Internetverbindung (die Datei enthält kein Geheimnis).
next-proof-send = Senden Sie die Datei (oder ihre Signatur) an den Betreiber oder das Verfahren, das sie verlangt hat, auf die dort vorgesehene Weise. An die Chain wird nichts gesendet: Weder ein Beacon-Node noch das Launchpad nimmt sie an.
next-proof-nothing-on-chain = Für sich allein beweist sie on-chain nichts und ändert keine Withdrawal Credentials: Die Adresse eines 0x00-Validators wird nur durch einen BLS-to-Execution-Change festgelegt, der mit seinem Auszahlungsschlüssel signiert ist.
