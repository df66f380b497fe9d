keys-title = Generare le chiavi dei validatori
keys-hint = Solo i keystore di firma vanno sul suo nodo validatore o sul firmatario remoto (remote signer). La frase mnemonica mai: la conservi offline, perché controlla anche le chiavi di prelievo.
keys-public-mnemonic = Questa è una frase mnemonica di prova pubblicata: chiunque può derivarne queste chiavi. La usi solo sulle reti di test.
keys-start-index-label = Indice iniziale (primo indice di chiave da usare)
keys-count-label = Numero di validatori
keys-budget-label = Numero massimo di chiavi per frase mnemonica
keys-budget-new-mnemonic = Inizia una nuova frase mnemonica per le restanti
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
