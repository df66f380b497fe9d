bls-change-title = Definir endereço de saque (alteração BLS-to-execution)
bls-change-warning = Uma alteração BLS só pode ser incluída na blockchain uma vez e não pode ser desfeita. Confira o endereço em um segundo dispositivo.
bls-change-validators-legend = Seus validadores, como a beacon chain os conhece
bls-change-find-hint = Você tem a lista da beacon chain (os validadores da beacon API ou o { $file } do ethdo)?
bls-change-find = Encontrá-los a partir da lista
bls-change-start-index-label = Índice de chave do primeiro validador abaixo
bls-change-validator-indices-label = Índices de validador (beacon chain), separados por vírgulas ou quebras de linha
bls-change-credentials-label = As credenciais de saque atuais deles (0x00…), na mesma ordem
bls-change-derive-credentials = Preencher as credenciais que minha frase mnemônica gera para estes índices de chave
bls-change-address-label = Novo endereço de execução (de saque), com checksum EIP-55
bls-change-address-again-label = O mesmo endereço novamente
bls-change-review = Revisar o que será assinado
bls-change-sign = Assinar alterações BLS-to-execution

## Ownership proof

proof-title = Provar a titularidade do endereço de saque
proof-not-consensus = Esta não é uma mensagem para a blockchain: assiná-la não muda nada na blockchain, e nem os nós beacon nem o Launchpad a aceitam. Alguns operadores a pedem para que o staker prove que controla a chave de assinatura do validador e indique um endereço.
proof-what = O arquivo declara, assinado com a chave de assinatura do validador, que os saques do validador devem ir para o endereço abaixo. Ele é pedido, por exemplo, a stakers que perderam a frase mnemônica de credenciais 0x00, mas ainda têm o keystore de assinatura.
proof-reference = o deposit-cli gera o mesmo arquivo com o comando:
proof-source-legend = Assinar com
proof-source-keystore = o arquivo keystore do validador e sua senha
proof-source-mnemonic = minha frase mnemônica, no índice de chave do validador
proof-keystore-file-label = Arquivo keystore do validador
proof-keystore-password-label = Senha do keystore
proof-key-index-label = Índice de chave da chave de assinatura do validador
proof-validator-pubkey-label = A chave pública do validador (recomendado: a chave de assinatura terá então de ser a deste validador)
proof-validator-index-label = O índice do validador (beacon chain)
proof-address-label = O endereço de saque indicado pela prova, com checksum EIP-55
proof-address-again-label = O mesmo endereço novamente
proof-review = Revisar o que será assinado
proof-sign = Assinar a prova
review-what-ownership-proof = prova de titularidade do endereço de saque
review-count-ownership-proof = { $count ->
        [one] { $count } prova de titularidade do endereço de saque
       *[other] { $count } provas de titularidade do endereço de saque
    }
next-proof-title = Prova de titularidade do endereço de saque: entregue-a a quem a pediu
next-proof-copy = Copie { $file } para um computador online (ele não contém nenhum segredo).
next-proof-send = Envie o arquivo (ou sua assinatura) ao operador ou ao processo que o pediu, da forma indicada. Não há nada a transmitir: nem os nós beacon nem o Launchpad o aceitam.
next-proof-nothing-on-chain = Sozinho, ele não prova nada na blockchain nem altera nenhuma credencial de saque: o endereço de um validador 0x00 só é definido por uma alteração BLS-to-execution assinada com a chave de saque dele.
