verify-title = Verificare file
verify-file-label = File di dati di deposito, modifica BLS, uscita, prova di titolarità, richiesta di prelievo o di consolidamento, o keystore (prodotto da qualsiasi strumento)

## Il file scelto

verify-kind-keystore = Un keystore: inserisca la password per verificarlo.
verify-kind-deposit-data = Dati di deposito.
verify-kind-builder-deposit-data = Dati di deposito di builder.
verify-kind-bls-changes = Modifiche BLS-to-execution.
verify-kind-exit = Un'uscita volontaria firmata.
verify-kind-ownership-proof = Una prova di titolarità dell'indirizzo di prelievo (la firma BLS-to-execution change keystore di deposit-cli).
verify-kind-execution-request = Una richiesta di prelievo o di consolidamento: una transazione per il wallet dell'indirizzo di prelievo (EIP-7002, EIP-7251).

## Il modulo

verify-password-label = Password del keystore
verify-exit-pubkey-label = La chiave pubblica di firma del validatore (0x…)
verify-expected-address-label = Indirizzo di prelievo atteso (facoltativo, con checksum): ogni voce deve inviare i fondi lì
verify-key-count-label = Indici di chiave della sua frase mnemonica da confrontare con il file (a partire da 0)
verify-no-mnemonic = Carichi prima la sua frase mnemonica per vedere quale delle sue chiavi usa ciascuna voce.
verify-check = Verifica

## Un keystore aperto

verify-keystore-ok = ✓ La password apre questo keystore: chiave pubblica { $pubkey }, percorso { $path }
verify-keystore-path-signing = { $path } (chiave di firma dell'indice di chiave { $index })
verify-keystore-path-withdrawal = { $path } (chiave di prelievo dell'indice di chiave { $index })
verify-keystore-path-none = nessuno indicato
verify-keystore-path-other = { $path } (non è un percorso di chiave di validatore EIP-2334)

## Destinazione dei fondi

verify-destinations-title = { $count ->
        [one] I fondi vanno a
       *[other] I fondi vanno a questi indirizzi
    }
verify-no-address-deposit = Nessun indirizzo di esecuzione: i depositi hanno credenziali 0x00 (BLS), quindi è necessaria una modifica BLS-to-execution prima di qualsiasi prelievo.
verify-no-address = Non è stato possibile leggere alcun indirizzo di esecuzione da questo file.
verify-address-differs = ✗ non è l'indirizzo atteso
verify-execution-address-label = indirizzo di esecuzione

## La rete indicata dal file

verify-network-none = Questo file non indica alcuna rete (i file di uscita e i file di modifica di ethdo non ne contengono); le sue firme sono state verificate rispetto a { $chain }.
verify-network-named = Il file indica { $networks }; le sue firme sono state verificate rispetto a { $chain }.
verify-networks-join = { $first } e { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = nessuna rete predefinita

## Ogni voce

verify-entry-valid = Voce { $number }: ✓ valida
verify-entry-invalid = Voce { $number }: ✗ { $problems }
verify-your-mnemonic = La sua frase mnemonica
verify-validator-pubkey = Chiave pubblica del validatore
verify-validator-pubkey-label = chiave pubblica del validatore
verify-withdrawal-credentials = Credenziali di prelievo
verify-amount = Importo
verify-amount-value = { $amount } ({ $gwei } gwei nel contratto di deposito)
verify-signature = Firma
verify-validator-index = Indice del validatore
verify-from-bls-key = Dalla chiave di prelievo (BLS)
verify-bls-pubkey-label = chiave pubblica di prelievo BLS
verify-to-address = All'indirizzo di esecuzione
verify-epoch = Epoca (valida da)
verify-checked-pubkey = Verificata rispetto alla chiave pubblica di firma
verify-signing-pubkey-label = chiave pubblica di firma
verify-unreadable = illeggibile

## Credenziali di prelievo

verify-credentials-bls = { $prefix } — chiave di prelievo BLS: ancora nessun indirizzo di esecuzione (lo imposta una modifica BLS-to-execution)
verify-credentials-execution = { $prefix } — indirizzo di esecuzione
verify-credentials-compounding = { $prefix } — compounding, verso un indirizzo di esecuzione
verify-credentials-builder = { $prefix } — builder, verso un indirizzo di esecuzione
verify-credentials-unknown = { $prefix } — un prefisso non definito dalle specifiche del consenso
verify-credentials-all-bytes = Tutti i 32 byte
verify-credentials-label = credenziali di prelievo

## Firme

verify-signature-valid = ✓ valida per la rete scelta
verify-signature-invalid = ✗ non valida per la rete scelta
verify-signature-not-checked = non verificata (vedere i problemi sopra)

## Chiavi della frase mnemonica caricata

verify-key-match-found = { $key ->
        [signing] chiave di firma
       *[withdrawal] chiave di prelievo
    }: indice di chiave { $index } della sua frase mnemonica
verify-key-match-none = { $key ->
        [signing] chiave di firma
       *[withdrawal] chiave di prelievo
    }: non proviene dalla sua frase mnemonica ({ $count ->
        [one] verificato il primo indice di chiave
       *[other] verificati i primi { $count } indici di chiave
    })

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = La chiave pubblica di firma del validatore (0x…); la lasci vuota per provare le chiavi di firma della sua frase mnemonica
verify-signer-keystore-label = Oppure il file keystore del validatore: viene letta solo la chiave pubblica che indica (senza password)
verify-signer-keystore-read = ✓ { $name } letto: la voce viene verificata rispetto alla sua chiave pubblica
verify-destinations-proof = L'indirizzo indicato da questa prova
verify-proof-not-consensus = Non è un messaggio di consenso: non cambia nulla on-chain, e nessun nodo beacon lo accetta.
verify-request-action = Che cosa chiede
verify-request-action-full-exit = un'uscita completa del validatore: viene prelevato l'intero saldo
verify-request-action-partial-withdrawal = un prelievo parziale da un validatore 0x02
verify-request-action-switch-to-compounding = il passaggio del validatore a credenziali 0x02 (compounding)
verify-request-action-consolidation = un consolidamento: il validatore di origine esce e il suo saldo passa alla destinazione
verify-request-chain-id = ID di catena
verify-request-from = Da inviare da (l'indirizzo di prelievo)
verify-request-to = Al contratto di sistema
verify-request-to-label = indirizzo del contratto
verify-request-value = Valore allegato (la commissione del contratto)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Chiave pubblica del validatore di origine
verify-request-target-pubkey = Chiave pubblica del validatore di destinazione
verify-request-amount = Importo da prelevare
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Nessun fondo va a un indirizzo: un consolidamento sposta il saldo del validatore di origine al validatore di destinazione, e un passaggio a 0x02 non sposta nulla.
verify-network-request = Verificata rispetto all'ID di catena e ai contratti delle richieste di { $chain }. Il file non contiene alcuna firma: il wallet dell'indirizzo di prelievo firma la transazione quando la invia.
