## Consultare una chiave di prelievo

lookup-title = Chiave di prelievo di un indice di chiave
lookup-hint = Mostra la chiave pubblica di prelievo ({ $path }) dell'indice di chiave i della sua frase mnemonica e le credenziali di prelievo 0x00 che ne derivano, così da poterle confrontare con ciò che mostra la beacon chain.
lookup-index-label = Indice di chiave
lookup-show = Mostra le sue chiavi
lookup-withdrawal-path = Percorso della chiave di prelievo
lookup-withdrawal-pubkey = Chiave pubblica di prelievo
lookup-credentials = Credenziali di prelievo 0x00
lookup-signing = Percorso e chiave pubblica della chiave di firma
lookup-copy-withdrawal-pubkey = chiave pubblica di prelievo
lookup-copy-credentials = credenziali di prelievo
lookup-copy-signing-pubkey = chiave pubblica di firma

## Trovare i miei validatori

find-title = Trovare i miei validatori
find-hint = Importi ciò che conosce la beacon chain, in una di queste forme, e il wallet troverà quali validatori sono controllati dalle chiavi della sua frase mnemonica. Vengono lette importazioni fino a 1 GiB (l'elenco completo di mainnet è di circa 500 MB).
find-hint-beacon-api = la risposta della beacon API a
find-hint-ethdo = il file di ethdo
find-hint-csv = un CSV con le colonne
find-key-count-label = Indici di chiave da esaminare, a partire da 0 (ethdo ne esamina 1024)
find-submit = Trova i miei validatori
find-summary = { $format }: { $read ->
        [one] { $read } validatore letto
       *[other] { $read } validatori letti
    }, { $found ->
        [one] { $found } controllato
       *[other] { $found } controllati
    } dagli indici di chiave { $first }–{ $last } di questa frase mnemonica.
find-format-beacon-api = risposta validators della beacon API
find-format-ethdo = offline-preparation.json di ethdo
find-format-csv = CSV
find-format-list = elenco

## L'importazione

find-import-file-label = File da importare
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …oppure lo incolli qui

## I validatori trovati

find-column-sign = Firma
find-column-validator = Validatore
find-column-key-index = Indice di chiave
find-column-status = Stato
find-column-credentials = Credenziali di prelievo
find-column-found-by = Trovato tramite
find-column-change = Modifica dell'indirizzo
find-select-validator = Firma per il validatore { $validator }
find-found-by-both = credenziali e chiave pubblica
find-found-by-credentials = credenziali di prelievo
find-found-by-pubkey = chiave pubblica di firma
find-change-possible = 0x00: modificabile
find-change-other-key = 0x00 di un'altra chiave di prelievo: non di questa frase mnemonica
find-change-already = già { $prefix }

## Firma per i validatori trovati

find-bls-warning = Una modifica BLS può essere inclusa nella blockchain una sola volta e non può essere annullata. Controlli l'indirizzo su un secondo dispositivo.
find-address-label = Nuovo indirizzo di esecuzione (di prelievo), con checksum EIP-55
find-address-again-label = Ripeta lo stesso indirizzo
find-with-exits = Pre-firmare anche le uscite volontarie per i validatori selezionati
find-exit-epoch-label = Epoca di uscita
find-review = Rivedi ciò che verrà firmato
find-sign = Firma per i validatori selezionati
find-error-none-selected = selezioni almeno un validatore per cui questa frase mnemonica può firmare
find-error-address-twice = digiti due volte il nuovo indirizzo
