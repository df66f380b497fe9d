keys-title = Gerar chaves de validador
keys-hint = Somente os keystores de assinatura vão para o seu nó validador ou assinador remoto. A frase mnemônica nunca: mantenha-a offline, pois ela também controla as chaves de saque.
keys-public-mnemonic = Esta é uma frase mnemônica de teste publicada: qualquer pessoa pode derivar estas chaves. Use-a somente em redes de teste.
keys-start-index-label = Índice inicial (primeiro índice de chave a usar)
keys-count-label = Número de validadores
keys-budget-label = Limite de chaves por frase mnemônica
keys-budget-new-mnemonic = Começar uma nova frase mnemônica para o restante
keys-plan-next = Próximo no seu plano: frase mnemônica { $mnemonic } de { $mnemonics }, índices de chave { $first }–{ $last }, pacote { $label }. Gere-o com essa frase mnemônica carregada.
keys-plan-use = Usar
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

## Top-up

top-up-title = Recarregar um validador
top-up-hint = Adiciona fundos a um validador que já existe, assinado com a própria chave de assinatura do validador (partial-deposit do deposit-cli). O arquivo vai para o contrato de depósito como qualquer depósito e não pode ser desfeito depois de enviado.
top-up-explain-title = O que uma recarga faz
top-up-explain-compounding = Validador 0x02 (compounding): a recarga soma-se ao saldo, e o saldo efetivo cresce com ela até 2048 ETH (64 GNO nas redes Gnosis), de modo que as recompensas se capitalizam.
top-up-explain-execution = Validador 0x01: tudo o que passar de 32 ETH (1 GNO nas redes Gnosis) é transferido para o endereço de saque em poucos dias, então uma recarga só ajuda um validador 0x01 cujo saldo tenha caído abaixo disso. Só validadores 0x02 capitalizam.
top-up-explain-credentials = O depósito informa credenciais de saque, mas, para um validador que já existe, a rede as ignora: informe mesmo assim as do validador. Uma chave pública que nenhum validador tenha ainda se tornaria um novo validador com estas credenciais.
top-up-source-legend = Assinar com a chave do validador, a partir de
top-up-source-mnemonic = minha frase mnemônica, em um índice de chave
top-up-source-keystore = seu arquivo keystore e sua senha
top-up-key-index-label = Índice de chave da chave de assinatura do validador
top-up-keystore-file-label = Arquivo keystore do validador
top-up-keystore-password-label = Senha do keystore
top-up-validator-pubkey-label = A chave pública do validador (recomendado: a chave terá então de ser a deste validador)
top-up-credentials-legend = Credenciais de saque do validador
top-up-kind-compounding = 0x02 compounding
top-up-kind-execution = 0x01 endereço de execução
top-up-execution-warning = Com credenciais 0x01, o que levar o saldo acima de 32 ETH é devolvido ao endereço de saque, sem capitalização. Para capitalizar, o endereço de saque precisa antes mudar o validador para 0x02 (uma solicitação de consolidação).
top-up-address-label = Seu endereço de saque, com checksum EIP-55
top-up-address-again-label = O mesmo endereço novamente
top-up-amount-label = Valor a adicionar, em { $currency }
top-up-amount-hint = De 1 a 2048 ETH (de 1/32 a 64 GNO nas redes Gnosis), em gwei inteiros.
top-up-review = Revisar o que será assinado
top-up-sign = Assinar a recarga
top-up-credentials = Credenciais de saque
top-up-credentials-compounding = { $prefix } compounding
top-up-credentials-execution = { $prefix } endereço de execução
top-up-credentials-full = Todos os 32 bytes
top-up-credentials-label = credenciais de saque
top-up-amount-gwei = Valor no depósito (gwei)
top-up-key-path = Caminho da chave de assinatura
top-up-details-title = No depósito
review-what-top-up = recarga de um validador existente
review-count-top-up = { $count ->
        [one] { $count } recarga
       *[other] { $count } recargas
    }
review-amount-top-up = Valor a adicionar
review-row-existing = existente
next-top-up-title = Recarga: deposite-a uma única vez
next-top-up-copy = Copie { $file } para o computador a partir do qual você fará o depósito (ele não contém nenhum segredo).
next-top-up-open = Envie-o em { $page } e confira a chave pública, as credenciais de saque e o valor com o resumo acima.
next-top-up-upload = Envie-o na página de depósito de { $chain } e confira a chave pública, as credenciais de saque e o valor com o resumo acima.
next-top-up-wallet = Ou envie-o da sua própria carteira: uma chamada ao contrato de depósito com os valores do arquivo e o seu valor:
next-top-up-after = Depósitos não podem ser desfeitos. Depois de processado, confira o saldo do validador em um explorador da beacon chain.

## Builder deposits

builder-title = Depósitos de builder
builder-hint = Chaves, keystores e depósitos para builders de blocos (EIP-8282, comando builder do deposit-cli): um stake que registra um builder, não um validador.
builder-warning = A chave de builder i é a chave de assinatura de validador i da mesma frase mnemônica (o mesmo caminho m/12381/3600/i/0/0). Não use os índices de validadores de uma frase mnemônica para builders: o mais seguro é uma nova frase mnemônica.
builder-start-index-label = Índice inicial (primeiro índice de chave de builder)
builder-count-label = Número de builders
builder-address-label = Endereço de saque, com checksum EIP-55 (credenciais 0xb0)
builder-address-again-label = O mesmo endereço novamente
builder-amount-label = Valor por builder, em { $currency }
builder-amount-hint = No mínimo 1, em gwei inteiros, sem máximo; nenhum multiplicador de rede se aplica aos depósitos de builder.
builder-password-label = Senha do keystore
builder-password-again-label = Repita a senha do keystore
builder-review = Revisar o que será assinado
builder-notice-ack = Verifiquei: esta frase mnemônica não tem validadores nestes índices de chave
builder-sign = Assinar: criar os keystores e depósitos de builder
builder-credentials = Credenciais de saque
builder-credentials-label = credenciais de saque
builder-amount-gwei = Valor por depósito (gwei)
builder-details-title = Em cada depósito
review-what-builder-deposits = depósitos de builder
review-count-builder-deposits = { $count ->
        [one] { $count } depósito de builder
       *[other] { $count } depósitos de builder
    }
review-builders = Builders
review-amount-builder = Valor por builder
review-pubkey-builder = Chave pública de builder (chave de assinatura de validador)
review-row-builder = builder
review-tick-builders = Estas são as minhas chaves de builder ({ $count })
next-builder-deposit-title = Dados de depósito de builder: envie-os quando os builders estiverem habilitados
next-builder-deposit-copy = Copie { $file } para um computador online (ele não contém nenhum segredo).
next-builder-deposit-submit = Quando o fork Gloas tiver habilitado os builders em { $chain }, envie cada entrada ao contrato de depósito de builders da EIP-8282 como a documentação dele indicar, a partir da carteira do endereço de saque. Nenhuma página de depósito aceita estes arquivos ainda.
next-builder-deposit-check = Confira as chaves públicas, as credenciais de saque e o valor com o resumo acima antes de enviar qualquer coisa: depósitos não podem ser desfeitos.
next-builder-keystores-title = Keystores de builder: para o software do builder
next-builder-keystores-copy = { $count ->
        [one] Entregue o keystore e sua senha somente ao software de builder que executa este builder.
       *[other] Entregue os { $count } keystores e sua senha somente ao software de builder que executa estes builders.
    }
next-builder-keystores-not-validator = Estas chaves são também chaves de assinatura de validador desta frase mnemônica: nunca execute a mesma chave como builder e como validador.
