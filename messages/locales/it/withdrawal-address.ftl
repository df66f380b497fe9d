bls-change-title = Impostare l'indirizzo di prelievo (modifica BLS-to-execution)
bls-change-warning = Una modifica BLS può essere inclusa nella blockchain una sola volta e non può essere annullata. Controlli l'indirizzo su un secondo dispositivo.
bls-change-validators-legend = I suoi validatori, come li conosce la beacon chain
bls-change-find-hint = Dispone dell'elenco della beacon chain (i validatori della beacon API, o il file { $file } di ethdo)?
bls-change-find = Trovali dall'elenco
bls-change-start-index-label = Indice di chiave del primo validatore qui sotto
bls-change-validator-indices-label = Indici dei validatori (beacon chain), separati da virgole o a capo
bls-change-credentials-label = Le loro credenziali di prelievo attuali (0x00…), nello stesso ordine
bls-change-derive-credentials = Compila le credenziali che la mia frase mnemonica dà per questi indici di chiave
bls-change-address-label = Nuovo indirizzo di esecuzione (di prelievo), con checksum EIP-55
bls-change-address-again-label = Ripeta lo stesso indirizzo
bls-change-review = Rivedi ciò che verrà firmato
bls-change-sign = Firma le modifiche BLS-to-execution

## Ownership proof

proof-title = Dimostrare la titolarità dell'indirizzo di prelievo
proof-not-consensus = Questo non è un messaggio per la blockchain: firmarlo non cambia nulla on-chain, e né i nodi beacon né il Launchpad lo accettano. Alcuni operatori lo richiedono perché lo staker dimostri di controllare la chiave di firma del validatore e indichi un indirizzo.
proof-what = Il file dichiara, firmato con la chiave di firma del validatore, che i prelievi del validatore devono andare all'indirizzo qui sotto. Viene richiesto, per esempio, agli staker che hanno perso la frase mnemonica di credenziali 0x00 ma conservano ancora il keystore di firma.
proof-reference = deposit-cli produce lo stesso file con il suo comando:
proof-source-legend = Firmare con
proof-source-keystore = il file keystore del validatore e la relativa password
proof-source-mnemonic = la mia frase mnemonica, all'indice di chiave del validatore
proof-keystore-file-label = File keystore del validatore
proof-keystore-password-label = Password del keystore
proof-key-index-label = Indice di chiave della chiave di firma del validatore
proof-validator-pubkey-label = La chiave pubblica del validatore (consigliato: la chiave di firma dovrà allora essere quella di questo validatore)
proof-validator-index-label = L'indice del validatore (beacon chain)
proof-address-label = L'indirizzo di prelievo indicato dalla prova, con checksum EIP-55
proof-address-again-label = Ripeta lo stesso indirizzo
proof-review = Rivedi ciò che verrà firmato
proof-sign = Firma la prova
review-what-ownership-proof = prova di titolarità dell'indirizzo di prelievo
review-count-ownership-proof = { $count ->
        [one] { $count } prova di titolarità dell'indirizzo di prelievo
       *[other] { $count } prove di titolarità dell'indirizzo di prelievo
    }
next-proof-title = Prova di titolarità dell'indirizzo di prelievo: la consegni a chi l'ha richiesta
next-proof-copy = Copi { $file } su un computer connesso a Internet (non contiene alcun segreto).
next-proof-send = Invii il file (o la sua firma) all'operatore o alla procedura che l'ha richiesto, nel modo indicato. Non c'è nulla da trasmettere: né i nodi beacon né il Launchpad lo accettano.
next-proof-nothing-on-chain = Da solo non dimostra nulla on-chain e non modifica alcuna credenziale di prelievo: l'indirizzo di un validatore 0x00 viene impostato solo da una modifica BLS-to-execution firmata con la sua chiave di prelievo.
