## Execution-layer requests

exec-title = Salir, retirar o consolidar desde la dirección de retiro
exec-intro = Desde la actualización Pectra, un validador con credenciales de retiro 0x01 o 0x02 puede salir, retirar parte de su saldo o consolidarse mediante una transacción desde su dirección de retiro (EIP-7002, EIP-7251). Esta billetera no guarda ninguna clave de ejecución: prepara cada transacción, y la billetera de la propia dirección de retiro la firma y la envía.
exec-no-secret = Nada en esta pantalla es secreto: no se necesita frase mnemónica, keystore ni contraseña.
exec-validators-legend = Sus validadores
exec-validators-hint = Pegue o cargue lo que la beacon chain muestra de sus validadores: de cada uno, su índice, su clave pública y sus credenciales de retiro actuales. Pida solo sus propios validadores (el filtro ?id=), en una de estas formas:
exec-validators-count = { $count ->
        [0] Aún no hay validadores cargados.
        [one] { $count } validador cargado.
       *[other] { $count } validadores cargados.
    }
exec-validators-from-find = { $count ->
        [one] Abajo figura { $count } validador de «Encontrar mis validadores». Pegue o cargue otra lista para reemplazarlo.
       *[other] Abajo figuran { $count } validadores de «Encontrar mis validadores». Pegue o cargue otra lista para reemplazarlos.
    }
exec-requests-legend = Las solicitudes
exec-requests-hint = Elija qué solicitar para cada validador. Un retiro parcial es solo para validadores 0x02 y toma parte del saldo por encima de 32 ETH; el destino de una consolidación debe ser uno de los validadores de la lista, con credenciales 0x02.
exec-action-all-label = Solicitud para todos los validadores
exec-action-label = Solicitud para el validador { $validator }
exec-action-none = Ninguna solicitud
exec-action-full-exit = Salida completa
exec-action-partial = Retiro parcial (solo 0x02)
exec-action-switch = Cambiar a 0x02 (compounding)
exec-action-consolidate = Consolidar en otro validador
exec-amount-label = Importe a retirar del validador { $validator }, en { $currency }
exec-target-label = Destino de la consolidación del validador { $validator }
exec-target-choose = Elija el validador de destino
exec-error-no-target = elija el validador en el que consolidar
exec-error-no-action = elija una solicitud para al menos un validador
exec-allow-other-target = Permitir un destino con otra dirección de retiro (el saldo de la fuente pasa entonces a pertenecer a esa dirección)
exec-column-pubkey = Clave pública
exec-column-request = Solicitud

## The value to attach

exec-value-legend = Valor que se adjunta a cada transacción (la comisión del contrato)
exec-value-withdrawal-label = Wei que se adjuntan a cada solicitud de salida o de retiro
exec-value-consolidation-label = Wei que se adjuntan a cada solicitud de consolidación
exec-fee-contract = Contrato:
exec-fee-command = Por ejemplo, con cast de Foundry y un nodo de ejecución de esta red (la respuesta es la comisión en wei, en hexadecimal):
exec-review = Revisar las transacciones

## The review

exec-review-title = Revisar las transacciones
exec-review-chain-id = ID de cadena
exec-review-contract-withdrawal = Contrato de solicitudes de retiro (EIP-7002)
exec-review-contract-consolidation = Contrato de solicitudes de consolidación (EIP-7251)
exec-review-value = Valor adjunto a cada transacción
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Enviar desde (la dirección de retiro)
exec-review-count = { $count ->
        [one] { $count } transacción
       *[other] { $count } transacciones
    }
exec-request-full-exit = salida completa; deja de validar y se retira todo su saldo
exec-request-partial = retiro parcial de { $amount }
exec-request-switch = cambio a credenciales 0x02 (compounding)
exec-request-consolidate = consolidación en el validador { $target }; sale y su saldo pasa allí
exec-tick-chain = La red es { $chain }, ID de cadena { $chain_id }
exec-tick-value = Cada transacción al { $contract } adjunta { $wei } wei, al menos la comisión que he leído
exec-tick-from = Enviaré desde { $address }, la dirección de retiro de los validadores
exec-tick-request = Validador { $validator }: { $request }
exec-review-blocked = Algunas solicitudes no se pueden hacer (vea el motivo de cada una); cámbielas arriba.
exec-create = Crear los archivos de transacción

## The transactions made

exec-summary-title = Las transacciones preparadas
exec-requests-title = Cada transacción
exec-output-from = Enviar desde
exec-output-uri = Su URI EIP-681, para billeteras que abren enlaces ethereum::
exec-output-uri-name = URI EIP-681
exec-fee-query-name = solicitud JSON-RPC
exec-output-qr-label = Código QR de la transacción para el validador { $validator }
exec-notices-title = Antes de enviar
exec-notice-fee_read_by_empty_call = La comisión la fija el contrato cuando se ejecuta la transacción: léala con la solicitud de abajo (un eth_call con calldata vacío) y adjunte al menos eso.
exec-notice-overpayment_not_refunded = Todo valor por encima de la comisión se lo queda el contrato, sin reembolso; un valor inferior hace fallar la transacción.
exec-notice-send_from_withdrawal_address = Envíe cada transacción desde la dirección que indica: desde cualquier otra, la red ignora la solicitud y la comisión se pierde.
exec-notice-chain_checks_when_processed = La red todavía comprueba lo que esta billetera no puede saber sin conexión (cuánto tiempo lleva activo el validador, retiros pendientes, colas, saldos); una solicitud que no pase esas comprobaciones se ignora y su comisión no se devuelve.
exec-notice-consolidation_exits_source = La fuente de una consolidación sale: deja de validar en cuanto su saldo ha pasado al destino.
exec-next-title = Firmar y enviar desde la dirección de retiro
exec-next-fee = Compruebe primero la comisión, justo antes de enviar: envíe esta solicitud JSON-RPC a un nodo de ejecución de la red.
exec-next-fee-result = El resultado es la comisión en wei, en hexadecimal. Si supera el valor de los archivos, vuelva a crearlos con un valor mayor.
exec-next-send = Abra la billetera que contiene la dirección de retiro (una billetera de hardware, un Safe, una billetera en un equipo con conexión) y envíe desde ella cada transacción: to, value y data exactamente como en el archivo, o abra su URI o escanee su código QR. La dirección:
exec-next-check = Antes de firmar, compruebe que su billetera muestra el contrato, el valor y los data del archivo: una billetera que omita los data enviaría solo el valor, y el contrato lo rechazaría.
exec-next-chain = Después, el contrato pone la solicitud en cola y la beacon chain la procesa en pocas épocas. Una salida completa espera en la cola de salida y luego se retira todo el saldo; un retiro parcial se paga a la dirección de retiro; un cambio pasa las credenciales a 0x02; una consolidación traslada el saldo de la fuente al destino. Siga el validador en un explorador de la beacon chain.

## On "Find my validators"

exec-offer = { $count ->
        [one] { $count } validador encontrado tiene credenciales 0x01 o 0x02: su dirección de retiro puede hacerlo salir, retirar de él o consolidarlo.
       *[other] { $count } validadores encontrados tienen credenciales 0x01 o 0x02: su dirección de retiro puede hacerlos salir, retirar de ellos o consolidarlos.
    }
exec-offer-button = Hacer salir, retirar o consolidar estos validadores
