app-title = withdrawal-wallet
language-picker-label = Idioma da página
tagline = Chaves offline para validadores Ethereum. Nada do que você digita sai desta página.
online-banner = Parece que você está online — desconecte-se antes de inserir uma frase mnemônica.
offline-banner = Offline ✓
loaded-from = Carregado de
chain-label = Rede:
chain-not-chosen = ainda não escolhida
chain-custom = { $name } (personalizada)
chain-custom-incomplete = personalizada (incompleta)
mnemonic-loaded = { $passphrase ->
        [yes] Frase mnemônica carregada (lista de palavras { $wordlist }, com passphrase)
       *[no] Frase mnemônica carregada (lista de palavras { $wordlist })
    }
clear = Limpar
back-to-tasks = ← Todas as tarefas

## Tela inicial

start-title = O que você deseja fazer?
tools-title = Ferramentas, uma de cada vez
tools-hint = Para quem já conhece as etapas: cada ferramenta isoladamente, sem o guia.
tool-create-mnemonic = Criar uma nova frase mnemônica
tool-create-mnemonic-detail = 24 palavras novas, anotadas e digitadas novamente
tool-use-mnemonic = Usar uma frase mnemônica existente
tool-use-mnemonic-detail = verificada palavra por palavra; abreviações expandidas
tool-validator-keys = Gerar chaves de validador
tool-validator-keys-detail = keystores e dados de depósito (deposit data)
tool-withdrawal-address = Definir endereço de saque
tool-withdrawal-address-detail = alteração BLS-to-execution para validadores 0x00
tool-ownership-proof = Provar a titularidade do endereço de saque
tool-ownership-proof-detail = uma declaração assinada que alguns operadores pedem; não muda nada na blockchain
tool-exits = Pré-assinar saídas
tool-exits-detail = a partir da frase mnemônica ou de um keystore
tool-verify-files = Verificar arquivos
tool-verify-files-detail = arquivos de depósito, alteração BLS, saída ou keystore de qualquer ferramenta
tool-find-validators = Encontrar meus validadores
tool-find-validators-detail = importar a lista da beacon chain; assinar alterações e saídas em lote
tool-hand-off = Entregar chaves a um assinador
tool-hand-off-detail = importação pela keymanager API, configurações do Web3Signer, pacotes de upload para Vault e AWS
tool-lookup = Consultar uma chave de saque
tool-lookup-detail = chave pública de saque e credenciais 0x00 de um índice de chave
tool-top-up = Recarregar um validador
tool-top-up-detail = um depósito para um validador 0x01 ou 0x02 existente, a partir do keystore dele ou da frase mnemônica
tool-builder-deposits = Depósitos de builder
tool-builder-deposits-detail = chaves, keystores e depósitos de builder (EIP-8282)
tool-execution-requests = Sair, sacar ou consolidar a partir do endereço de saque
tool-execution-requests-detail = transações para validadores 0x01 e 0x02 (EIP-7002, EIP-7251), enviadas da sua própria carteira

## Jornadas

journey-withdrawal-address = Definir meu endereço de saque
journey-withdrawal-address-detail = Meus validadores têm credenciais 0x00: assinar uma alteração BLS-to-execution para que as recompensas e as saídas sejam pagas no meu endereço.
journey-new-validators = Criar chaves para novos validadores
journey-new-validators-detail = Keystores para o meu cliente validador e dados de depósito para o Launchpad.
journey-exits = Encerrar validadores
journey-exits-detail = Pré-assinar saídas voluntárias, a partir da minha frase mnemônica ou de um keystore, para transmiti-las quando eu decidir.
journey-check-file = Conferir um arquivo
journey-check-file-detail = Ver o que diz um arquivo de depósito, de alteração BLS, de saída ou keystore, e se ele é válido.

stepper-label = { $journey }: etapas
step-your-mnemonic = Sua frase mnemônica
step-your-validators = Seus validadores
step-chain-address-amounts = Rede, endereço e valores
step-mnemonic-or-keystore = Frase mnemônica ou keystore
step-validators-and-epoch = Validadores e época
step-review-and-sign = Revisar e assinar
step-files-and-next-steps = Arquivos e próximos passos
step-the-file = O arquivo
step-what-it-says = O que ele diz

## Tarefas longas

phase-deriving = derivando chaves
phase-keystores = chaves de validador
phase-signing = assinando
phase-verifying = verificando
phase-reading-import = lendo a importação (validadores)
phase-decrypting = abrindo o keystore

keystore-reading = Lendo { $name }…
keystore-read = ✓ { $name } lido
