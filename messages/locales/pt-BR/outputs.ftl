## Revisão: o que será assinado

review-what-bls-changes = alterações BLS-to-execution
review-what-deposits = depósitos de novos validadores
review-what-exits = saídas voluntárias
review-title = Revisão: o que será assinado ({ $what })
review-signed-title = Assinado: { $what }
review-summary-label = O que foi assinado
review-chain = Rede
review-fork-version = Versão do fork de gênese
review-root = Raiz dos validadores de gênese
review-root-label = raiz dos validadores de gênese
review-address = Endereço de destino
review-address-label = endereço de destino
review-amount = Valor por validador
review-epoch = Válido a partir da época
review-validators = Validadores
review-count-bls-changes = { $count ->
        [one] { $count } alteração BLS-to-execution
       *[other] { $count } alterações BLS-to-execution
    }
review-count-deposits = { $count ->
        [one] { $count } depósito de novo validador
       *[other] { $count } depósitos de novos validadores
    }
review-count-exits = { $count ->
        [one] { $count } saída voluntária
       *[other] { $count } saídas voluntárias
    }
review-count = { $count } { $what }
review-column-validator = Validador
review-column-key-index = Índice de chave
review-column-check = Verificação
review-pubkey-from-bls = Da chave pública BLS (chave de saque)
review-pubkey-signing = Chave pública de assinatura
review-pubkey-label = chave pública
review-row-new = novo
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] Para confirmar, digite o último caractere do endereço de destino
       *[other] Para confirmar, digite os últimos { $count } caracteres do endereço de destino
    }
review-confirm-each = Confirme cada item
review-tick-chain = A rede é { $chain }
review-tick-address = O endereço de destino é meu, conferido em um segundo dispositivo
review-tick-validators = Estes são os meus validadores ({ $count })
review-tick-amount = { $amount } para cada um
review-tick-epoch = Válido a partir da época { $epoch }
review-blocked = Nada pode ser assinado até que todos os validadores acima estejam corretos.

## Valores hexadecimais e o botão Copiar

hex-copy = Copiar
hex-copied = Copiado
hex-copy-label = Copiar { $label }

## QR codes, arquivos e tarefas longas

qr-too-long = longo demais para um único QR code: { $detail }
files-read-failed = o navegador não conseguiu ler o arquivo
files-download-failed = o navegador não conseguiu oferecer o arquivo para download
jobs-worker-refused = o navegador se recusou a iniciar um Web Worker
jobs-module-not-sent = não foi possível enviar o módulo wasm ao worker
jobs-job-not-sent = não foi possível enviar a tarefa ao worker
job-progress = { $phase }: { $count }, { $elapsed } s
job-progress-eta = { $phase }: { $count }, { $elapsed } s, faltam cerca de { $eta } s
job-progress-done = { $done }
job-progress-of = { $done } de { $total }
job-progress-percent = { $percent }%
job-cancel = Cancelar
job-cancelled = Cancelado. Nada foi gerado.

## Próximos passos

next-steps-title = Próximos passos
next-deposit-title = Dados de depósito: envie o arquivo e depois faça o depósito
next-deposit-copy = Copie { $file } para o computador a partir do qual você fará o depósito (ele não contém nenhum segredo).
next-deposit-open = Abra { $page }, envie o arquivo e confira se cada chave pública, as credenciais de saque e o valor são os do resumo acima.
next-deposit-upload = Envie-o na página de depósito de { $chain } e confira cada chave pública, as credenciais de saque e o valor com o resumo acima.
next-deposit-sign = Assine lá as transações de depósito com a carteira que detém os fundos. Depósitos não podem ser desfeitos.
next-deposit-start = Inicie o validador com o keystore dele antes que o depósito seja processado, para que ele não deixe de cumprir nenhuma função.
next-keystores-title = Keystores: importe-os no seu cliente validador ou assinador remoto
next-keystores-copy = { $count ->
        [one] Copie o arquivo keystore (ou o zip) para a máquina do validador. A senha acompanha o arquivo: digitada lá, nunca armazenada junto dele.
       *[other] Copie os { $count } arquivos keystore (ou o zip) para a máquina do validador. A senha acompanha os arquivos: digitada lá, nunca armazenada junto deles.
    }
next-keystores-import = Importe-os, por exemplo:
next-keystores-web3signer = Web3Signer: marque “Incluir configurações de chave do Web3Signer” antes de “Baixar tudo”; os arquivos { $files } apontam para cada keystore e para o respectivo arquivo de senha.
next-keystores-one-machine = Execute cada chave em uma única máquina: a mesma chave em duas máquinas é penalizada com slashing.
next-bls-change-title = Alteração BLS-to-execution: transmita-a uma única vez
next-bls-change-copy = Copie { $file } para um computador online (ele não contém nenhum segredo).
next-bls-change-send = Envie-o ao seu nó beacon:
next-bls-change-explorer = ou cole-o na página de transmissão (broadcast) de um explorador de blocos ({ $page } na mainnet).
next-bls-change-after = Em alguns dias, as credenciais do validador passam a ser { $prefix } seguido do seu endereço; os saques então vão para lá. A alteração não pode ser desfeita.
next-ethdo-title = { $file } do ethdo: as mesmas alterações, para o ethdo
next-ethdo-broadcast = Se você usa o ethdo online, transmita com ele em vez de usar o arquivo acima (não ambos):
next-exits-title = Saídas voluntárias: guarde-as até decidir sair
next-exits-store = { $count ->
        [one] Guarde o arquivo de saída em segurança: qualquer pessoa que o tenha pode fazer a saída desse validador, e uma saída não pode ser desfeita.
       *[other] Guarde os { $count } arquivos de saída em segurança: qualquer pessoa que tenha um deles pode fazer a saída do validador correspondente, e uma saída não pode ser desfeita.
    }
next-exits-send = Para sair, envie um deles a um nó beacon:
next-exits-explorer = ou cole-o na página de transmissão (broadcast) de um explorador de blocos. O validador mantém suas funções até que a saída seja concluída.
next-never-title = Nunca sai deste computador offline
next-never-text = Sua frase mnemônica e a passphrase dela. Não as digite em nenhum outro lugar; as senhas dos keystores, somente na máquina que executa as chaves.
next-print = Imprimir estes passos

## Partes comuns dos formulários

common-chain-label = Rede
common-chain-choose = Escolha a rede…
common-chain-custom = rede personalizada…
common-custom-name-label = Nome da rede
common-custom-genesis-fork-label = Versão do fork de gênese
common-custom-capella-fork-label = Versão do fork Capella
common-custom-root-label = Raiz dos validadores de gênese (necessária para alterações BLS e saídas)
common-files-verified = ✓ Todos os arquivos abaixo foram verificados (assinaturas, raízes, descriptografia dos keystores) antes de serem oferecidos.
common-download = Baixar
common-web3signer = Incluir configurações de chave do Web3Signer ({ $files }, tipo { $kind })
common-download-all = Baixar tudo ({ $file })
common-show-qr = QR codes para celular
common-qr-caption = { $file }, mensagem { $number } de { $total }
common-qr-label = QR code: { $file }, mensagem { $number } de { $total }
common-qr-too-long = { $file }, mensagem { $number } de { $total }: longa demais para um único QR code
common-public-ack = Sei que estas chaves são públicas e, mesmo assim, quero arquivos para esta rede
common-needs-mnemonic = Esta etapa usa a sua frase mnemônica. Primeiro crie uma nova ou informe a que você já tem.
common-needs-use = Informar minha frase mnemônica
common-needs-create = Criar uma nova frase mnemônica
