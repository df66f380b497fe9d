verify-title = Verificar arquivos
verify-file-label = Arquivo de dados de depósito, alteração BLS, saída, prova de titularidade, solicitação de saque ou de consolidação, ou keystore (de qualquer ferramenta)

## O tipo do arquivo escolhido

verify-kind-keystore = Um keystore: informe a senha dele para verificá-lo.
verify-kind-deposit-data = Dados de depósito.
verify-kind-builder-deposit-data = Dados de depósito de builder.
verify-kind-bls-changes = Alterações BLS-to-execution.
verify-kind-exit = Uma saída voluntária assinada.
verify-kind-ownership-proof = Uma prova de titularidade do endereço de saque (a assinatura BLS-to-execution change keystore do deposit-cli).
verify-kind-execution-request = Uma solicitação de saque ou de consolidação: uma transação para a carteira do endereço de saque (EIP-7002, EIP-7251).

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
verify-credentials-builder = { $prefix } — builder, para endereço de execução
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

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = A chave pública de assinatura do validador (0x…); deixe em branco para testar as chaves de assinatura da sua frase mnemônica
verify-signer-keystore-label = Ou o arquivo keystore do validador: só a chave pública que ele informa é lida (sem senha)
verify-signer-keystore-read = ✓ { $name } lido: a entrada é verificada com a chave pública dele
verify-destinations-proof = O endereço indicado por esta prova
verify-proof-not-consensus = Não é uma mensagem de consenso: não muda nada na blockchain, e nenhum nó beacon a aceita.
verify-request-action = O que ela pede
verify-request-action-full-exit = uma saída completa do validador: todo o saldo é sacado
verify-request-action-partial-withdrawal = um saque parcial de um validador 0x02
verify-request-action-switch-to-compounding = a mudança do validador para credenciais 0x02 (compounding)
verify-request-action-consolidation = uma consolidação: o validador de origem sai e o saldo dele passa para o de destino
verify-request-chain-id = ID de cadeia
verify-request-from = Deve ser enviada de (o endereço de saque)
verify-request-to = Para o contrato de sistema
verify-request-to-label = endereço do contrato
verify-request-value = Valor anexado (a taxa do contrato)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Chave pública do validador de origem
verify-request-target-pubkey = Chave pública do validador de destino
verify-request-amount = Valor a sacar
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Nenhum fundo vai para um endereço: uma consolidação move o saldo do validador de origem para o validador de destino, e uma mudança para 0x02 não move nada.
verify-network-request = Verificada com o ID de cadeia e os contratos de solicitação de { $chain }. O arquivo não traz assinatura: a carteira do endereço de saque assina a transação ao enviá-la.
