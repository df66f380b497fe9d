## Execution-layer requests

exec-title = Sair, sacar ou consolidar a partir do endereço de saque
exec-intro = Desde a atualização Pectra, um validador com credenciais de saque 0x01 ou 0x02 pode sair, ter parte do saldo sacada ou ser consolidado por uma transação do seu endereço de saque (EIP-7002, EIP-7251). Esta carteira não guarda nenhuma chave de execução: ela prepara cada transação, e a carteira do próprio endereço de saque a assina e envia.
exec-no-secret = Nada nesta tela é secreto: não é preciso frase mnemônica, keystore nem senha.
exec-validators-legend = Seus validadores
exec-validators-hint = Cole ou carregue o que a beacon chain mostra dos seus validadores: de cada um, o índice, a chave pública e as credenciais de saque atuais. Peça apenas os seus próprios validadores (o filtro ?id=), em um destes formatos:
exec-validators-count = { $count ->
        [0] Nenhum validador carregado ainda.
        [one] { $count } validador carregado.
       *[other] { $count } validadores carregados.
    }
exec-validators-from-find = { $count ->
        [one] { $count } validador de "Encontrar meus validadores" aparece abaixo. Cole ou carregue outra lista para substituí-lo.
       *[other] { $count } validadores de "Encontrar meus validadores" aparecem abaixo. Cole ou carregue outra lista para substituí-los.
    }
exec-requests-legend = As solicitações
exec-requests-hint = Escolha o que solicitar para cada validador. Um saque parcial é só para validadores 0x02 e retira parte do saldo acima de 32 ETH; o destino de uma consolidação precisa ser um dos validadores listados, com credenciais 0x02.
exec-action-all-label = Solicitação para todos os validadores
exec-action-label = Solicitação para o validador { $validator }
exec-action-none = Nenhuma solicitação
exec-action-full-exit = Saída completa
exec-action-partial = Saque parcial (só 0x02)
exec-action-switch = Mudar para 0x02 (compounding)
exec-action-consolidate = Consolidar em outro validador
exec-amount-label = Valor a sacar do validador { $validator }, em { $currency }
exec-target-label = Destino da consolidação do validador { $validator }
exec-target-choose = Escolha o validador de destino
exec-error-no-target = escolha o validador no qual consolidar
exec-error-no-action = escolha uma solicitação para pelo menos um validador
exec-allow-other-target = Permitir um destino com outro endereço de saque (o saldo da origem passa então a pertencer a esse endereço)
exec-column-pubkey = Chave pública
exec-column-request = Solicitação

## The value to attach

exec-value-legend = Valor a anexar a cada transação (a taxa do contrato)
exec-value-withdrawal-label = Wei a anexar a cada solicitação de saída ou de saque
exec-value-consolidation-label = Wei a anexar a cada solicitação de consolidação
exec-fee-contract = Contrato:
exec-fee-command = Por exemplo, com o cast do Foundry e um nó de execução desta rede (a resposta é a taxa em wei, em hexadecimal):
exec-review = Revisar as transações

## The review

exec-review-title = Revisar as transações
exec-review-chain-id = ID da cadeia
exec-review-contract-withdrawal = Contrato de solicitações de saque (EIP-7002)
exec-review-contract-consolidation = Contrato de solicitações de consolidação (EIP-7251)
exec-review-value = Valor anexado a cada transação
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Enviar de (o endereço de saque)
exec-review-count = { $count ->
        [one] { $count } transação
       *[other] { $count } transações
    }
exec-request-full-exit = saída completa; ele deixa de validar e todo o seu saldo é sacado
exec-request-partial = saque parcial de { $amount }
exec-request-switch = mudança para credenciais 0x02 (compounding)
exec-request-consolidate = consolidação no validador { $target }; ele sai e seu saldo vai para lá
exec-tick-chain = A rede é { $chain }, ID da cadeia { $chain_id }
exec-tick-value = Cada transação para o { $contract } anexa { $wei } wei, pelo menos a taxa que eu li
exec-tick-from = Vou enviar de { $address }, o endereço de saque dos validadores
exec-tick-request = Validador { $validator }: { $request }
exec-review-blocked = Algumas solicitações não podem ser feitas (veja o motivo de cada uma); altere-as acima.
exec-create = Criar os arquivos de transação

## The transactions made

exec-summary-title = As transações preparadas
exec-requests-title = Cada transação
exec-output-from = Enviar de
exec-output-uri = A URI EIP-681, para carteiras que abrem links ethereum::
exec-output-uri-name = URI EIP-681
exec-fee-query-name = solicitação JSON-RPC
exec-output-qr-label = Código QR da transação para o validador { $validator }
exec-notices-title = Antes de enviar
exec-notice-fee_read_by_empty_call = A taxa é definida pelo contrato quando a transação é executada: leia-a com a solicitação abaixo (um eth_call com calldata vazio) e anexe pelo menos isso.
exec-notice-overpayment_not_refunded = Qualquer valor acima da taxa fica com o contrato, sem reembolso; um valor abaixo dela faz a transação falhar.
exec-notice-send_from_withdrawal_address = Envie cada transação a partir do endereço que ela indica: de qualquer outro endereço, a rede ignora a solicitação e a taxa é perdida.
exec-notice-chain_checks_when_processed = A rede ainda verifica o que esta carteira não pode saber offline (há quanto tempo o validador está ativo, saques pendentes, filas, saldos); uma solicitação que não passar nessas verificações é ignorada e a taxa fica retida.
exec-notice-consolidation_exits_source = A origem de uma consolidação sai: ela deixa de validar assim que seu saldo passa para o destino.
exec-next-title = Assinar e enviar a partir do endereço de saque
exec-next-fee = Verifique primeiro a taxa, logo antes de enviar: envie esta solicitação JSON-RPC a um nó de execução da rede.
exec-next-fee-result = O resultado é a taxa em wei, em hexadecimal. Se for maior que o valor dos arquivos, crie-os de novo com um valor maior.
exec-next-send = Abra a carteira que detém o endereço de saque (uma carteira de hardware, um Safe, uma carteira em uma máquina online) e envie dela cada transação: to, value e data exatamente como no arquivo, ou abra a URI ou escaneie o código QR. O endereço:
exec-next-check = Antes de assinar, verifique se sua carteira mostra o contrato, o valor e os data do arquivo: uma carteira que descarte os data enviaria só o valor, e o contrato o recusaria.
exec-next-chain = Depois, o contrato coloca a solicitação na fila e a beacon chain a processa em poucas épocas. Uma saída completa aguarda na fila de saída e então todo o saldo é sacado; um saque parcial é pago ao endereço de saque; uma mudança passa as credenciais para 0x02; uma consolidação transfere o saldo da origem para o destino. Acompanhe o validador em um explorador da beacon chain.

## On "Find my validators"

exec-offer = { $count ->
        [one] { $count } validador encontrado tem credenciais 0x01 ou 0x02: seu endereço de saque pode fazê-lo sair, sacar dele ou consolidá-lo.
       *[other] { $count } validadores encontrados têm credenciais 0x01 ou 0x02: seu endereço de saque pode fazê-los sair, sacar deles ou consolidá-los.
    }
exec-offer-button = Fazer sair, sacar ou consolidar estes validadores
