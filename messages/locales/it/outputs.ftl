## Riepilogo prima della firma

review-what-bls-changes = modifiche BLS-to-execution
review-what-deposits = depositi di nuovi validatori
review-what-exits = uscite volontarie
review-title = Riepilogo: che cosa verrà firmato ({ $what })
review-signed-title = Firma completata: { $what }
review-summary-label = Che cosa è stato firmato
review-chain = Rete
review-fork-version = Versione del fork di genesi
review-root = Radice dei validatori di genesi
review-root-label = radice dei validatori di genesi
review-address = Indirizzo di destinazione
review-address-label = indirizzo di destinazione
review-amount = Importo per validatore
review-epoch = Valida dall'epoca
review-validators = Validatori
review-count-bls-changes = { $count ->
        [one] { $count } modifica BLS-to-execution
       *[other] { $count } modifiche BLS-to-execution
    }
review-count-deposits = { $count ->
        [one] { $count } deposito di un nuovo validatore
       *[other] { $count } depositi di nuovi validatori
    }
review-count-exits = { $count ->
        [one] { $count } uscita volontaria
       *[other] { $count } uscite volontarie
    }
review-count = { $count } { $what }
review-column-validator = Validatore
review-column-key-index = Indice di chiave
review-column-check = Verifica
review-pubkey-from-bls = Dalla chiave pubblica BLS (chiave di prelievo)
review-pubkey-signing = Chiave pubblica di firma
review-pubkey-label = chiave pubblica
review-row-new = nuovo
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] Per confermare, digiti l'ultimo carattere dell'indirizzo di destinazione
       *[other] Per confermare, digiti gli ultimi { $count } caratteri dell'indirizzo di destinazione
    }
review-confirm-each = Confermi ogni punto
review-tick-chain = La rete è { $chain }
review-tick-address = L'indirizzo di destinazione è mio, verificato su un secondo dispositivo
review-tick-validators = Questi sono i miei validatori ({ $count })
review-tick-amount = { $amount } per ciascuno
review-tick-epoch = Valida dall'epoca { $epoch }
review-blocked = Non è possibile firmare nulla finché tutti i validatori qui sopra non superano la verifica.

## Valori esadecimali e pulsante Copia

hex-copy = Copia
hex-copied = Copiato
hex-copy-label = Copia { $label }

## Codici QR, file e operazioni lunghe

qr-too-long = troppo lungo per un solo codice QR: { $detail }
files-read-failed = il browser non è riuscito a leggere il file
files-download-failed = il browser non è riuscito a offrire il file
jobs-worker-refused = il browser ha rifiutato di avviare un Web Worker
jobs-module-not-sent = impossibile inviare il modulo wasm al worker
jobs-job-not-sent = impossibile inviare l'operazione al worker
job-progress = { $phase }: { $count }, { $elapsed } s
job-progress-eta = { $phase }: { $count }, { $elapsed } s, circa { $eta } s rimanenti
job-progress-done = { $done }
job-progress-of = { $done } di { $total }
job-progress-percent = { $percent }%
job-cancel = Annulla
job-cancelled = Operazione annullata. Non è stato prodotto nulla.

## Passaggi successivi

next-steps-title = Passaggi successivi
next-deposit-title = Dati di deposito: caricarli, poi depositare
next-deposit-copy = Copi { $file } sul computer da cui effettua il deposito (non contiene alcun segreto).
next-deposit-open = Apra { $page }, carichi il file e controlli che ogni chiave pubblica, le credenziali di prelievo e l'importo corrispondano a quelli del riepilogo qui sopra.
next-deposit-upload = Lo carichi sulla pagina di deposito di { $chain } e confronti ogni chiave pubblica, le credenziali di prelievo e l'importo con il riepilogo qui sopra.
next-deposit-sign = Firmi lì le transazioni di deposito con il wallet che detiene i fondi. I depositi non possono essere annullati.
next-deposit-start = Avvii il validatore con il relativo keystore prima che il deposito venga elaborato, così da non mancare alcun compito.
next-keystores-title = Keystore: li importi nel suo client validatore o nel firmatario remoto
next-keystores-copy = { $count ->
        [one] Copi il file keystore (o lo zip) sulla macchina del validatore. La relativa password lo accompagna, digitata lì, mai salvata accanto al file.
       *[other] Copi i { $count } file keystore (o lo zip) sulla macchina del validatore. La loro password li accompagna, digitata lì, mai salvata accanto ai file.
    }
next-keystores-import = Li importi, ad esempio:
next-keystores-web3signer = Web3Signer: selezioni "Includi le configurazioni delle chiavi Web3Signer" prima di Scarica tutto; i file { $files } rimandano a ciascun keystore e al relativo file della password.
next-keystores-one-machine = Esegua ogni chiave su una sola macchina: la stessa chiave su due macchine subisce lo slashing (penalità ed espulsione forzata).
next-bls-change-title = Modifica BLS-to-execution: la trasmetta una sola volta
next-bls-change-copy = Copi { $file } su un computer connesso a Internet (non contiene alcun segreto).
next-bls-change-send = La invii al suo nodo beacon:
next-bls-change-explorer = oppure la incolli nella pagina di trasmissione di un block explorer ({ $page } su mainnet).
next-bls-change-after = Entro pochi giorni le credenziali del validatore mostreranno { $prefix } seguito dal suo indirizzo; da quel momento i prelievi andranno lì. La modifica non può essere annullata.
next-ethdo-title = { $file } di ethdo: le stesse modifiche, per ethdo
next-ethdo-broadcast = Se usa ethdo online, trasmetta con ethdo invece che con il file qui sopra (non entrambi):
next-exits-title = Uscite volontarie: le conservi finché non decide di uscire
next-exits-store = { $count ->
        [one] Conservi il file di uscita al sicuro: chiunque lo possieda può far uscire quel validatore, e un'uscita non può essere annullata.
       *[other] Conservi i { $count } file di uscita al sicuro: chiunque ne possieda uno può far uscire il relativo validatore, e un'uscita non può essere annullata.
    }
next-exits-send = Per uscire, ne invii uno a un nodo beacon:
next-exits-explorer = oppure lo incolli nella pagina di trasmissione di un block explorer. Il validatore mantiene i suoi compiti finché l'uscita non è completata.
next-never-title = Non lascia mai questo computer offline
next-never-text = La sua frase mnemonica e la relativa passphrase. Non le digiti da nessun'altra parte; le password dei keystore solo sulla macchina che esegue le chiavi.
next-print = Stampa questi passaggi

## Elementi comuni dei moduli

common-chain-label = Rete
common-chain-choose = Scelga la rete…
common-chain-custom = rete personalizzata…
common-custom-name-label = Nome della rete
common-custom-genesis-fork-label = Versione del fork di genesi
common-custom-capella-fork-label = Versione del fork Capella
common-custom-root-label = Radice dei validatori di genesi (necessaria per modifiche BLS e uscite)
common-files-verified = ✓ Ogni file qui sotto è stato verificato (firme, radici, decifratura dei keystore) prima di essere offerto.
common-download = Scarica
common-web3signer = Includi le configurazioni delle chiavi Web3Signer ({ $files }, tipo { $kind })
common-download-all = Scarica tutto ({ $file })
common-show-qr = Codici QR per un telefono
common-qr-caption = { $file }, messaggio { $number } di { $total }
common-qr-label = Codice QR: { $file }, messaggio { $number } di { $total }
common-qr-too-long = { $file }, messaggio { $number } di { $total }: troppo lungo per un solo codice QR
common-public-ack = So che queste chiavi sono pubbliche e desidero comunque i file per questa rete
common-needs-mnemonic = Questo passaggio parte dalla sua frase mnemonica. Prima ne crei una nuova o inserisca quella che possiede.
common-needs-use = Inserisci la mia frase mnemonica
common-needs-create = Crea una nuova frase mnemonica
