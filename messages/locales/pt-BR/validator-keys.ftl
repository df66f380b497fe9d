keys-title = Gerar chaves de validador
keys-hint = Somente os keystores de assinatura vão para o seu nó validador ou assinador remoto. A frase mnemônica nunca: mantenha-a offline, pois ela também controla as chaves de saque.
keys-public-mnemonic = Esta é uma frase mnemônica de teste publicada: qualquer pessoa pode derivar estas chaves. Use-a somente em redes de teste.
keys-start-index-label = Índice inicial (primeiro índice de chave a usar)
keys-count-label = Número de validadores
keys-budget-label = Limite de chaves por frase mnemônica
keys-budget-new-mnemonic = Começar uma nova frase mnemônica para o restante
keys-credentials-legend = Credenciais de saque
keys-kind-compounding = 0x02 compounding, com capitalização automática (recomendado; de 1 a 2048 ETH)
keys-kind-execution = 0x01 endereço de execução (exatamente 32 ETH)
keys-kind-bls = 0x00 BLS (não recomendado)
keys-amount-label = Valor por validador, em { $currency }
keys-bls-warning = Credenciais 0x00 bloqueiam os saques até que você assine uma alteração BLS-to-execution com a chave de saque.
keys-bls-ack = Entendo e quero credenciais 0x00
keys-address-label = Endereço de execução (de saque), com checksum EIP-55
keys-address-again-label = O mesmo endereço novamente
keys-password-label = Senha do keystore
keys-password-again-label = Repita a senha do keystore
keys-rule-minimum-length = { $count ->
        [one] pelo menos { $count } caractere (caracteres de controle não contam)
       *[other] pelo menos { $count } caracteres (caracteres de controle não contam)
    }
keys-rule-confirmed = digitada igual nas duas vezes
keys-kdf-label = KDF do keystore
keys-kdf-scrypt = scrypt (padrão, como no deposit-cli)
keys-independent-salts = Um salt e uma execução do KDF separados para cada keystore (mais lento; nada compartilhado entre os arquivos)
keys-review = Revisar o que será assinado
keys-sign = Assinar: gerar keystores e dados de depósito
