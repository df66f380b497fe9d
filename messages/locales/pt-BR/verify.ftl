verify-title = Verificar arquivos
verify-file-label = Arquivo de dados de depósito, alteração BLS, saída ou keystore (de qualquer ferramenta)

## O tipo do arquivo escolhido

verify-kind-keystore = Um keystore: informe a senha dele para verificá-lo.
verify-kind-deposit-data = Dados de depósito.
verify-kind-bls-changes = Alterações BLS-to-execution.
verify-kind-exit = Uma saída voluntária assinada.

## O formulário

verify-password-label = Senha do keystore
verify-exit-pubkey-label = A chave pública de assinatura do validador (0x…)
verify-expected-address-label = Endereço de saque esperado (opcional, com checksum): todas as entradas devem enviar os fundos para ele
verify-key-count-label = Índices de chave da sua frase mnemônica a comparar com o arquivo (a partir de 0)
verify-no-mnemonic = Carregue primeiro sua frase mnemônica para ver qual das chaves dela cada entrada usa.
verify-check = Verificar

## Um keystore aberto

verify-keystore-ok = ✓ A senha abre este keystore: chave pública { $pubkey }, caminho { $path }
verify-keystore-path-signing = { $path } (chave de assinatura do índice de chave de validador { $index })
verify-keystore-path-withdrawal = { $path } (chave de saque do índice de chave de validador { $index })
verify-keystore-path-none = nenhum informado
verify-keystore-path-other = { $path } (não é um caminho de chave de validador EIP-2334)

## Para onde vão os fundos

verify-destinations-title = { $count ->
        [one] Os fundos vão para
       *[other] Os fundos vão para estes endereços
    }
verify-no-address-deposit = Nenhum endereço de execução: os depósitos têm credenciais 0x00 (BLS), portanto é necessária uma alteração BLS-to-execution antes de qualquer saque.
verify-no-address = Não foi possível ler nenhum endereço de execução neste arquivo.
verify-address-differs = ✗ não é o endereço esperado
verify-execution-address-label = endereço de execução

## A rede indicada no arquivo

verify-network-none = Este arquivo não indica nenhuma rede (os arquivos de saída e os arquivos de alteração do ethdo não indicam); as assinaturas dele foram verificadas para { $chain }.
verify-network-named = O arquivo indica { $networks }; as assinaturas dele foram verificadas para { $chain }.
verify-networks-join = { $first } e { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = nenhuma rede integrada

## Cada entrada

verify-entry-valid = Entrada { $number }: ✓ válida
verify-entry-invalid = Entrada { $number }: ✗ { $problems }
verify-your-mnemonic = Sua frase mnemônica
verify-validator-pubkey = Chave pública do validador
verify-validator-pubkey-label = chave pública do validador
verify-withdrawal-credentials = Credenciais de saque
verify-amount = Valor
verify-amount-value = { $amount } ({ $gwei } gwei no contrato de depósito)
verify-signature = Assinatura
verify-validator-index = Índice do validador
verify-from-bls-key = Da chave de saque (BLS)
verify-bls-pubkey-label = chave pública de saque BLS
verify-to-address = Para o endereço de execução
verify-epoch = Época (válida a partir de)
verify-checked-pubkey = Verificada com a chave pública de assinatura
verify-signing-pubkey-label = chave pública de assinatura
verify-unreadable = ilegível

## Credenciais de saque

verify-credentials-bls = { $prefix } — chave de saque BLS: ainda sem endereço de execução (uma alteração BLS-to-execution o define)
verify-credentials-execution = { $prefix } — endereço de execução
verify-credentials-compounding = { $prefix } — compounding, para endereço de execução
verify-credentials-unknown = { $prefix } — um prefixo que as especificações de consenso não definem
verify-credentials-all-bytes = Todos os 32 bytes
verify-credentials-label = credenciais de saque

## Assinaturas

verify-signature-valid = ✓ válida para a rede escolhida
verify-signature-invalid = ✗ não é válida para a rede escolhida
verify-signature-not-checked = não verificada (veja os problemas acima)

## Chaves da frase mnemônica carregada

verify-key-match-found = { $key ->
        [signing] chave de assinatura
       *[withdrawal] chave de saque
    }: índice de chave { $index } da sua frase mnemônica
verify-key-match-none = { $key ->
        [signing] chave de assinatura
       *[withdrawal] chave de saque
    }: não vem da sua frase mnemônica ({ $count ->
        [one] { $count } índice de chave verificado
       *[other] { $count } índices de chave verificados
    }, a partir do 0)
