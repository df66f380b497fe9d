keys-title = Generare le chiavi dei validatori
keys-hint = Solo i keystore di firma vanno sul suo nodo validatore o sul firmatario remoto (remote signer). La frase mnemonica mai: la conservi offline, perché controlla anche le chiavi di prelievo.
keys-public-mnemonic = Questa è una frase mnemonica di prova pubblicata: chiunque può derivarne queste chiavi. La usi solo sulle reti di test.
keys-start-index-label = Indice iniziale (primo indice di chiave da usare)
keys-count-label = Numero di validatori
keys-budget-label = Numero massimo di chiavi per frase mnemonica
keys-budget-new-mnemonic = Inizia una nuova frase mnemonica per le restanti
keys-plan-next = Prossimo passo del piano: frase mnemonica { $mnemonic } di { $mnemonics }, indici di chiave { $first }–{ $last }, pacchetto { $label }. Crealo con quella frase mnemonica caricata.
keys-plan-use = Usalo
keys-credentials-legend = Credenziali di prelievo
keys-kind-compounding = 0x02 compounding, con capitalizzazione (consigliato; da 1 a 2048 ETH)
keys-kind-execution = 0x01 indirizzo di esecuzione (esattamente 32 ETH)
keys-kind-bls = 0x00 BLS (sconsigliato)
keys-amount-label = Importo per validatore, in { $currency }
keys-bls-warning = Le credenziali 0x00 bloccano i prelievi finché non firma una modifica BLS-to-execution con la chiave di prelievo.
keys-bls-ack = Ho compreso e desidero credenziali 0x00
keys-address-label = Indirizzo di esecuzione (di prelievo), con checksum EIP-55
keys-address-again-label = Ripeta lo stesso indirizzo
keys-password-label = Password del keystore
keys-password-again-label = Ripeta la password del keystore
keys-rule-minimum-length = { $count ->
        [one] almeno { $count } carattere (i caratteri di controllo non contano)
       *[other] almeno { $count } caratteri (i caratteri di controllo non contano)
    }
keys-rule-confirmed = digitata due volte in modo identico
keys-kdf-label = KDF del keystore
keys-kdf-scrypt = scrypt (predefinita, come deposit-cli)
keys-independent-salts = Un salt e un'esecuzione della KDF distinti per ogni keystore (più lento; nulla di condiviso tra i file)
keys-review = Rivedi ciò che verrà firmato
keys-sign = Firma: crea i keystore e i dati di deposito

## Top-up

top-up-title = Ricaricare un validatore
top-up-hint = Aggiunge fondi a un validatore che esiste già, con la firma della chiave di firma del validatore stesso (partial-deposit di deposit-cli). Il file va al contratto di deposito come qualsiasi deposito e, una volta inviato, non può essere annullato.
top-up-explain-title = Che cosa fa una ricarica
top-up-explain-compounding = Validatore 0x02 (compounding): la ricarica si aggiunge al suo saldo, e il suo saldo effettivo cresce di conseguenza fino a 2048 ETH (64 GNO sulle catene Gnosis), così le sue ricompense si capitalizzano.
top-up-explain-execution = Validatore 0x01: tutto ciò che supera 32 ETH (1 GNO sulle catene Gnosis) viene trasferito all'indirizzo di prelievo entro pochi giorni, quindi una ricarica aiuta un validatore 0x01 solo se il suo saldo è sceso sotto quella soglia. Solo i validatori 0x02 capitalizzano.
top-up-explain-credentials = Il deposito indica credenziali di prelievo, ma per un validatore esistente la catena le ignora: indichi comunque quelle del validatore. Una chiave pubblica che nessun validatore ha ancora diventerebbe un nuovo validatore con queste credenziali.
top-up-source-legend = Firmare con la chiave del validatore, presa da
top-up-source-mnemonic = la mia frase mnemonica, a un indice di chiave
top-up-source-keystore = il suo file keystore e la relativa password
top-up-key-index-label = Indice di chiave della chiave di firma del validatore
top-up-keystore-file-label = File keystore del validatore
top-up-keystore-password-label = Password del keystore
top-up-validator-pubkey-label = La chiave pubblica del validatore (consigliato: la chiave dovrà allora essere quella di questo validatore)
top-up-credentials-legend = Credenziali di prelievo del validatore
top-up-kind-compounding = 0x02 compounding
top-up-kind-execution = 0x01 indirizzo di esecuzione
top-up-execution-warning = Con credenziali 0x01, ciò che porta il saldo oltre 32 ETH viene restituito all'indirizzo di prelievo, senza capitalizzazione. Per capitalizzare, l'indirizzo di prelievo deve prima convertire il validatore a 0x02 (una richiesta di consolidamento).
top-up-address-label = Il suo indirizzo di prelievo, con checksum EIP-55
top-up-address-again-label = Ripeta lo stesso indirizzo
top-up-amount-label = Importo da aggiungere, in { $currency }
top-up-amount-hint = Da 1 a 2048 ETH (da 1/32 a 64 GNO sulle catene Gnosis), in gwei interi.
top-up-review = Rivedi ciò che verrà firmato
top-up-sign = Firma la ricarica
top-up-credentials = Credenziali di prelievo
top-up-credentials-compounding = { $prefix } compounding
top-up-credentials-execution = { $prefix } indirizzo di esecuzione
top-up-credentials-full = Tutti i 32 byte
top-up-credentials-label = credenziali di prelievo
top-up-amount-gwei = Importo nel deposito (gwei)
top-up-key-path = Percorso della chiave di firma
top-up-details-title = Nel deposito
review-what-top-up = ricarica di un validatore esistente
review-count-top-up = { $count ->
        [one] { $count } ricarica
       *[other] { $count } ricariche
    }
review-amount-top-up = Importo da aggiungere
review-row-existing = esistente
next-top-up-title = Ricarica: la depositi una sola volta
next-top-up-copy = Copi { $file } sul computer da cui effettua il deposito (non contiene alcun segreto).
next-top-up-open = Lo carichi su { $page } e controlli la chiave pubblica, le credenziali di prelievo e l'importo rispetto al riepilogo qui sopra.
next-top-up-upload = Lo carichi sulla pagina di deposito di { $chain } e controlli la chiave pubblica, le credenziali di prelievo e l'importo rispetto al riepilogo qui sopra.
next-top-up-wallet = Oppure lo invii dal Suo wallet: una chiamata al contratto di deposito con i valori del file e il suo importo:
next-top-up-after = I depositi non possono essere annullati. Una volta elaborato il deposito, controlli il saldo del validatore su un explorer della beacon chain.

## Builder deposits

builder-title = Depositi di builder
builder-hint = Chiavi, keystore e depositi per i builder di blocchi (EIP-8282, comando builder di deposit-cli): uno stake che registra un builder, non un validatore.
builder-warning = La chiave di builder i è la chiave di firma del validatore i della stessa frase mnemonica (lo stesso percorso m/12381/3600/i/0/0). Non usi gli indici dei validatori di una frase mnemonica per i builder: la scelta più sicura è una nuova frase mnemonica.
builder-start-index-label = Indice iniziale (primo indice di chiave di builder)
builder-count-label = Numero di builder
builder-address-label = Indirizzo di prelievo, con checksum EIP-55 (credenziali 0xb0)
builder-address-again-label = Ripeta lo stesso indirizzo
builder-amount-label = Importo per builder, in { $currency }
builder-amount-hint = Almeno 1, in gwei interi, senza massimo; ai depositi di builder non si applica alcun moltiplicatore di catena.
builder-password-label = Password del keystore
builder-password-again-label = Ripeta la password del keystore
builder-review = Rivedi ciò che verrà firmato
builder-notice-ack = Ho verificato: questa frase mnemonica non ha validatori a questi indici di chiave
builder-sign = Firma: crea i keystore e i depositi di builder
builder-credentials = Credenziali di prelievo
builder-credentials-label = credenziali di prelievo
builder-amount-gwei = Importo per deposito (gwei)
builder-details-title = In ogni deposito
review-what-builder-deposits = depositi di builder
review-count-builder-deposits = { $count ->
        [one] { $count } deposito di builder
       *[other] { $count } depositi di builder
    }
review-builders = Builder
review-amount-builder = Importo per builder
review-pubkey-builder = Chiave pubblica di builder (chiave di firma del validatore)
review-row-builder = builder
review-tick-builders = Queste sono le mie chiavi di builder ({ $count })
next-builder-deposit-title = Dati di deposito di builder: da inviare quando i builder saranno abilitati
next-builder-deposit-copy = Copi { $file } su un computer online (non contiene alcun segreto).
next-builder-deposit-submit = Quando il fork Gloas avrà abilitato i builder su { $chain }, invii ogni voce al contratto di deposito dei builder di EIP-8282 come indicato dalla sua documentazione, dal wallet dell'indirizzo di prelievo. Nessuna pagina di deposito accetta ancora questi file.
next-builder-deposit-check = Controlli le chiavi pubbliche, le credenziali di prelievo e l'importo rispetto al riepilogo qui sopra prima di inviare qualsiasi cosa: i depositi non possono essere annullati.
next-builder-keystores-title = Keystore di builder: per il software del builder
next-builder-keystores-copy = { $count ->
        [one] Affidi il keystore e la sua password solo al software di builder che esegue questo builder.
       *[other] Affidi i { $count } keystore e la loro password solo al software di builder che esegue questi builder.
    }
next-builder-keystores-not-validator = Queste chiavi sono anche chiavi di firma dei validatori di questa frase mnemonica: non esegua mai la stessa chiave come builder e come validatore.
