hand-off-title = Entregar chaves a um assinador
hand-off-hint = Somente para keystores de assinatura. A frase mnemônica e as chaves de saque nunca vão para um nó ou assinador: mantenha-as offline.
hand-off-keystores-label = Keystores de assinatura (um ou mais arquivos)
hand-off-keystores-read = { $count ->
        [one] { $count } keystore lido
       *[other] { $count } keystores lidos
    }
hand-off-from-keys = Os keystores que você acabou de gerar estão carregados.
hand-off-password-label = A senha dos keystores
hand-off-destination-legend = Para onde vão as chaves
hand-off-keymanager = Um cliente validador ou o Web3Signer, pela keymanager API (um único arquivo de importação)
hand-off-web3signer = Web3Signer, lendo os keystores do próprio disco
hand-off-vault = Web3Signer com HashiCorp Vault (pacote de upload)
hand-off-aws = Web3Signer com AWS Secrets Manager (pacote de upload)
hand-off-vault-host-label = Host do servidor Vault (sem https://, sem porta)
hand-off-vault-port-label = Porta do servidor Vault
hand-off-vault-tls = O Web3Signer acessa o Vault via TLS
hand-off-vault-mount-label = Ponto de montagem KV v2
hand-off-vault-folder-label = Pasta dentro do ponto de montagem (cada chave fica em pasta/chave pública)
hand-off-aws-region-label = Região da AWS
hand-off-aws-prefix-label = Prefixo do nome do segredo (cada chave é prefixo + chave pública)
hand-off-aws-access-key = Gravar marcadores de chave de acesso em cada configuração (caso contrário, o Web3Signer usa as credenciais da AWS do próprio host)
hand-off-review = Revisar para onde vão as chaves
hand-off-review-title = { $count ->
        [one] { $count } chave de assinatura para { $chain }
       *[other] { $count } chaves de assinatura para { $chain }
    }
hand-off-column-pubkey = Chave pública de assinatura
hand-off-column-path = Caminho
hand-off-column-stored-as = Armazenada como
hand-off-passwords-warning = Este arquivo contém as senhas dos keystores em texto claro, junto aos keystores. Qualquer pessoa que o leia pode assinar com essas chaves.
hand-off-passwords-ack = Entendo que este arquivo contém as senhas dos keystores; vou movê-lo somente para o host do validador e excluí-lo após a importação
hand-off-make = Gerar os arquivos
hand-off-never-signed = Somente para chaves que nunca assinaram: o histórico de proteção contra slashing está vazio. Nunca execute uma chave em dois lugares.

## Próximos passos de cada entrega

next-keymanager-title = Importar com a keymanager API
next-keymanager-text = Copie o arquivo de importação para a máquina que acessa a keymanager API do seu cliente validador (ou do Web3Signer) e envie-o com seu token de API e sua porta:
next-keymanager-check = Cada entrada de data na resposta deve dizer "imported" (ou "duplicate"). Depois, exclua o arquivo: ele contém as senhas.
next-web3signer-title = Carregar as chaves no Web3Signer
next-web3signer-text = Copie os keystores e estas configurações para o host do assinador; grave cada arquivo de senha ao lado do respectivo keystore ({ $files }); corrija os caminhos; inicie o Web3Signer com --key-store-path apontando para a pasta das configurações e verifique /api/v1/eth2/publicKeys.
next-upload-title = Enviar as chaves a partir da máquina online
next-upload-text = Copie { $file } para a máquina online que acessa o armazenamento, faça login na CLI dele, descompacte e depois:
next-upload-run = A execução de teste (dry run) verifica cada keystore com a sua senha e mostra cada comando; a segunda execução armazena os segredos. Depois, substitua os marcadores em web3signer/*.yaml e entregue esses arquivos ao Web3Signer.

## Plano de chaves por frase mnemônica na página de chaves

budget-plan-title = { $mnemonics ->
        [one] Plano: { $count } chaves de 1 frase mnemônica
       *[other] Plano: { $count } chaves de { $mnemonics } frases mnemônicas
    }
budget-plan-mnemonic = Frase mnemônica
budget-plan-indices = Índices de chave
budget-plan-label = Nome do pacote
budget-plan-in-use = a que está em uso
budget-plan-new = nova
budget-plan-first = Gerar agora só o primeiro lote
keys-hand-off = Entregar estes keystores a um assinador
