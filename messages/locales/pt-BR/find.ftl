## Consultar uma chave de saque

lookup-title = Chave de saque de um índice de chave
lookup-hint = Mostra a chave pública de saque ({ $path }) do índice de chave i da sua frase mnemônica e as credenciais de saque 0x00 que ela gera, para que você possa compará-las com o que a beacon chain mostra.
lookup-index-label = Índice de chave
lookup-show = Mostrar as chaves
lookup-withdrawal-path = Caminho da chave de saque
lookup-withdrawal-pubkey = Chave pública de saque
lookup-credentials = Credenciais de saque 0x00
lookup-signing = Caminho e chave pública da chave de assinatura
lookup-copy-withdrawal-pubkey = chave pública de saque
lookup-copy-credentials = credenciais de saque
lookup-copy-signing-pubkey = chave pública de assinatura

## Encontrar meus validadores

find-title = Encontrar meus validadores
find-hint = Importe o que a beacon chain conhece, em um destes formatos, e a carteira descobre quais validadores as chaves da sua frase mnemônica controlam. São lidas importações de até 1 GiB (a lista completa da mainnet tem cerca de 500 MB).
find-hint-beacon-api = a resposta da beacon API a
find-hint-ethdo = o arquivo do ethdo
find-hint-csv = um CSV com as colunas
find-key-count-label = Índices de chave a examinar, a partir de 0 (o ethdo examina 1.024)
find-submit = Encontrar meus validadores
find-summary = { $format }: { $read ->
        [one] { $read } validador lido
       *[other] { $read } validadores lidos
    }, dos quais { $found ->
        [one] { $found } é controlado
       *[other] { $found } são controlados
    } pelos índices de chave { $first }–{ $last } desta frase mnemônica.
find-format-beacon-api = resposta de validadores da beacon API
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = lista

## A importação

find-import-file-label = Arquivo de importação
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …ou cole-o aqui

## Os validadores encontrados

find-column-sign = Assinar
find-column-validator = Validador
find-column-key-index = Índice de chave
find-column-status = Status
find-column-credentials = Credenciais de saque
find-column-found-by = Encontrado por
find-column-change = Alteração de endereço
find-select-validator = Assinar para o validador { $validator }
find-found-by-both = credenciais e chave pública
find-found-by-credentials = credenciais de saque
find-found-by-pubkey = chave pública de assinatura
find-change-possible = 0x00: pode ser alterado
find-change-other-key = 0x00 de outra chave de saque: não é desta frase mnemônica
find-change-already = já é { $prefix }

## Assinar para os validadores encontrados

find-bls-warning = Uma alteração BLS só pode ser incluída na blockchain uma vez e não pode ser desfeita. Confira o endereço em um segundo dispositivo.
find-address-label = Novo endereço de execução (de saque), com checksum EIP-55
find-address-again-label = O mesmo endereço novamente
find-with-exits = Também pré-assinar saídas voluntárias para os validadores selecionados
find-exit-epoch-label = Época da saída
find-review = Revisar o que será assinado
find-sign = Assinar para os validadores selecionados
find-error-none-selected = selecione pelo menos um validador para o qual esta frase mnemônica possa assinar
find-error-address-twice = digite o novo endereço duas vezes
