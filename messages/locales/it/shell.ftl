app-title = withdrawal-wallet
language-picker-label = Lingua della pagina
tagline = Chiavi offline per validatori Ethereum. Nulla di ciò che digita lascia questa pagina.
online-banner = Il dispositivo sembra connesso a Internet — si disconnetta prima di inserire una frase mnemonica.
offline-banner = Offline ✓
loaded-from = Pagina caricata da
chain-label = Rete:
chain-not-chosen = non ancora scelta
chain-custom = { $name } (personalizzata)
chain-custom-incomplete = personalizzata (incompleta)
mnemonic-loaded = { $passphrase ->
        [yes] Frase mnemonica caricata (elenco di parole { $wordlist }, con passphrase)
       *[no] Frase mnemonica caricata (elenco di parole { $wordlist })
    }
clear = Cancella
back-to-tasks = ← Tutte le attività

## Schermata iniziale

start-title = Che cosa desidera fare?
tools-title = Strumenti, uno alla volta
tools-hint = Per chi conosce già i passaggi: ogni strumento da solo, senza la procedura guidata.
tool-create-mnemonic = Creare una nuova frase mnemonica
tool-create-mnemonic-detail = 24 parole nuove, da trascrivere e poi ridigitare
tool-use-mnemonic = Usare una frase mnemonica esistente
tool-use-mnemonic-detail = verificata parola per parola; abbreviazioni completate
tool-validator-keys = Generare le chiavi dei validatori
tool-validator-keys-detail = keystore e dati di deposito (deposit data)
tool-withdrawal-address = Impostare l'indirizzo di prelievo
tool-withdrawal-address-detail = modifica BLS-to-execution per validatori 0x00
tool-ownership-proof = Dimostrare la titolarità dell'indirizzo di prelievo
tool-ownership-proof-detail = una dichiarazione firmata che alcuni operatori richiedono; non cambia nulla on-chain
tool-exits = Pre-firmare le uscite
tool-exits-detail = dalla frase mnemonica o da un keystore
tool-verify-files = Verificare file
tool-verify-files-detail = file di deposito, modifica BLS, uscita o keystore prodotti da qualsiasi strumento
tool-find-validators = Trovare i miei validatori
tool-find-validators-detail = importare l'elenco della beacon chain; firmare modifiche e uscite in blocco
tool-hand-off = Consegnare le chiavi a un firmatario
tool-hand-off-detail = importazione tramite keymanager API, configurazioni Web3Signer, pacchetti da caricare per Vault e AWS
tool-lookup = Consultare una chiave di prelievo
tool-lookup-detail = chiave pubblica di prelievo e credenziali 0x00 di un indice di chiave
tool-top-up = Ricaricare un validatore
tool-top-up-detail = un deposito verso un validatore 0x01 o 0x02 esistente, dal suo keystore o dalla frase mnemonica
tool-builder-deposits = Depositi di builder
tool-builder-deposits-detail = chiavi, keystore e depositi di builder (EIP-8282)
tool-execution-requests = Uscire, prelevare o consolidare dall'indirizzo di prelievo
tool-execution-requests-detail = transazioni per validatori 0x01 e 0x02 (EIP-7002, EIP-7251), inviate dal suo wallet

## Percorsi guidati

journey-withdrawal-address = Impostare il mio indirizzo di prelievo
journey-withdrawal-address-detail = I miei validatori hanno credenziali 0x00: firmare una modifica BLS-to-execution affinché ricompense e uscite siano versate al mio indirizzo.
journey-new-validators = Creare le chiavi per nuovi validatori
journey-new-validators-detail = Keystore per il mio client validatore e dati di deposito per il Launchpad.
journey-exits = Far uscire dei validatori
journey-exits-detail = Pre-firmare uscite volontarie, dalla mia frase mnemonica o da un keystore, da trasmettere quando deciderò.
journey-check-file = Controllare un file
journey-check-file-detail = Vedere che cosa dice un file di deposito, di modifica BLS, di uscita o un keystore, e se è valido.
stepper-label = { $journey }: passaggi
step-your-mnemonic = La sua frase mnemonica
step-your-validators = I suoi validatori
step-chain-address-amounts = Rete, indirizzo e importi
step-mnemonic-or-keystore = Frase mnemonica o keystore
step-validators-and-epoch = Validatori ed epoca
step-review-and-sign = Riepilogo e firma
step-files-and-next-steps = File e passaggi successivi
step-the-file = Il file
step-what-it-says = Che cosa dice

## Avanzamento delle operazioni lunghe

phase-deriving = derivazione delle chiavi
phase-keystores = chiavi dei validatori
phase-signing = firma
phase-verifying = verifica
phase-reading-import = lettura dell'importazione (validatori)
phase-decrypting = apertura del keystore

keystore-reading = Lettura di { $name }…
keystore-read = ✓ { $name } letto
