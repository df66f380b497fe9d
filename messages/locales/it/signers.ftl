hand-off-title = Consegnare le chiavi a un firmatario
hand-off-hint = Solo per i keystore di firma. La frase mnemonica e le chiavi di prelievo non vanno mai su un nodo o su un firmatario: le conservi offline.
hand-off-keystores-label = Keystore di firma (uno o più file)
hand-off-keystores-read = { $count ->
        [one] { $count } keystore letto
       *[other] { $count } keystore letti
    }
hand-off-from-keys = I keystore appena creati sono caricati.
hand-off-password-label = La password dei keystore
hand-off-destination-legend = Dove vanno le chiavi
hand-off-keymanager = Un client validatore o Web3Signer, tramite la keymanager API (un solo file di importazione)
hand-off-web3signer = Web3Signer, che legge i keystore dal proprio disco
hand-off-vault = Web3Signer con HashiCorp Vault (pacchetto da caricare)
hand-off-aws = Web3Signer con AWS Secrets Manager (pacchetto da caricare)
hand-off-vault-host-label = Host del server Vault (senza https://, senza porta)
hand-off-vault-port-label = Porta del server Vault
hand-off-vault-tls = Web3Signer raggiunge Vault tramite TLS
hand-off-vault-mount-label = Mount KV v2
hand-off-vault-folder-label = Cartella sotto il mount (ogni chiave è cartella/chiave pubblica)
hand-off-aws-region-label = Regione AWS
hand-off-aws-prefix-label = Prefisso del nome del secret (ogni chiave è prefisso + chiave pubblica)
hand-off-aws-access-key = Scrivere segnaposto per le chiavi di accesso in ogni configurazione (altrimenti Web3Signer usa le credenziali AWS del proprio host)
hand-off-review = Controllare dove vanno le chiavi
hand-off-review-title = { $count ->
        [one] { $count } chiave di firma per { $chain }
       *[other] { $count } chiavi di firma per { $chain }
    }
hand-off-column-pubkey = Chiave pubblica di firma
hand-off-column-path = Percorso
hand-off-column-stored-as = Salvata come
hand-off-passwords-warning = Questo file contiene in chiaro le password dei keystore, accanto ai keystore. Chiunque lo legga può firmare con queste chiavi.
hand-off-passwords-ack = Ho capito che questo file contiene le password dei keystore; lo sposterò solo sull'host del validatore e lo cancellerò dopo l'importazione
hand-off-make = Creare i file
hand-off-never-signed = Solo per chiavi che non hanno mai firmato: lo storico della protezione dallo slashing è vuoto. Non esegua mai una chiave in due posti.

## Passaggi successivi di ogni consegna

next-keymanager-title = Importare con la keymanager API
next-keymanager-text = Copi il file di importazione sulla macchina che raggiunge la keymanager API del suo client validatore (o di Web3Signer), poi lo invii con il suo token API e la porta:
next-keymanager-check = Ogni voce di data nella risposta dovrebbe indicare "imported" (o "duplicate"). Poi cancelli il file: contiene le password.
next-web3signer-title = Caricare le chiavi in Web3Signer
next-web3signer-text = Copi i keystore e queste configurazioni sull'host del firmatario; scriva ogni file della password accanto al relativo keystore ({ $files }); corregga i percorsi; avvii Web3Signer con --key-store-path impostato sulla cartella delle configurazioni e controlli /api/v1/eth2/publicKeys.
next-upload-title = Caricare le chiavi dalla macchina online
next-upload-text = Copi { $file } sulla macchina online che raggiunge l'archivio, effettui l'accesso con la sua CLI, estragga i file, poi:
next-upload-run = L'esecuzione di prova (dry run) controlla ogni keystore con la sua password e mostra ogni comando; la seconda esecuzione salva i secret. Poi sostituisca i segnaposto in web3signer/*.yaml e fornisca questi file a Web3Signer.

## Piano delle chiavi per frase mnemonica nella pagina delle chiavi

budget-plan-title = { $mnemonics ->
        [one] Piano: { $count } chiavi da 1 frase mnemonica
       *[other] Piano: { $count } chiavi da { $mnemonics } frasi mnemoniche
    }
budget-plan-mnemonic = Frase mnemonica
budget-plan-indices = Indici di chiave
budget-plan-label = Nome del pacchetto
budget-plan-in-use = quella in uso
budget-plan-new = nuova
budget-plan-first = Creare ora solo il primo lotto
keys-hand-off = Consegnare questi keystore a un firmatario
