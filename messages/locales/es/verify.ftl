verify-title = Verificar archivos
verify-file-label = Archivo de datos de depósito, cambio BLS, salida, prueba de titularidad, solicitud de retiro o de consolidación, o keystore (de cualquier herramienta)

## El archivo elegido

verify-kind-keystore = Un keystore: introduzca la contraseña para comprobarlo.
verify-kind-deposit-data = Datos de depósito.
verify-kind-builder-deposit-data = Datos de depósito de builder.
verify-kind-bls-changes = Cambios BLS-to-execution.
verify-kind-exit = Una salida voluntaria firmada.
verify-kind-ownership-proof = Una prueba de titularidad de la dirección de retiro (la firma BLS-to-execution change keystore de deposit-cli).
verify-kind-execution-request = Una solicitud de retiro o de consolidación: una transacción para la billetera de la dirección de retiro (EIP-7002, EIP-7251).

## El formulario

verify-password-label = Contraseña del keystore
verify-exit-pubkey-label = La clave pública de firma del validador (0x…)
verify-expected-address-label = Dirección de retiro esperada (opcional, con checksum): todas las entradas deben enviar los fondos a esa dirección
verify-key-count-label = Índices de clave de su frase mnemónica que se compararán con el archivo (desde 0)
verify-no-mnemonic = Cargue primero su frase mnemónica para ver cuál de sus claves usa cada entrada.
verify-check = Comprobar

## Un keystore abierto

verify-keystore-ok = ✓ La contraseña abre este keystore: clave pública { $pubkey }, ruta { $path }
verify-keystore-path-signing = { $path } (clave de firma del índice de clave { $index })
verify-keystore-path-withdrawal = { $path } (clave de retiro del índice de clave { $index })
verify-keystore-path-none = no se indica ninguna
verify-keystore-path-other = { $path } (no es una ruta de clave de validador EIP-2334)

## Destino de los fondos

verify-destinations-title = { $count ->
        [one] Los fondos van a
       *[other] Los fondos van a estas direcciones
    }
verify-no-address-deposit = Sin dirección de ejecución: los depósitos tienen credenciales 0x00 (BLS), por lo que se necesita un cambio BLS-to-execution antes de cualquier retiro.
verify-no-address = No se pudo leer ninguna dirección de ejecución de este archivo.
verify-address-differs = ✗ no es la dirección esperada
verify-execution-address-label = dirección de ejecución

## La red que indica el archivo

verify-network-none = Este archivo no indica ninguna red (los archivos de salida y los archivos de cambio de ethdo no la incluyen); sus firmas se comprobaron con { $chain }.
verify-network-named = El archivo indica { $networks }; sus firmas se comprobaron con { $chain }.
verify-networks-join = { $first } y { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = ninguna red integrada

## Cada entrada

verify-entry-valid = Entrada { $number }: ✓ válida
verify-entry-invalid = Entrada { $number }: ✗ { $problems }
verify-your-mnemonic = Su frase mnemónica
verify-validator-pubkey = Clave pública del validador
verify-validator-pubkey-label = clave pública del validador
verify-withdrawal-credentials = Credenciales de retiro
verify-amount = Importe
verify-amount-value = { $amount } ({ $gwei } gwei en el contrato de depósito)
verify-signature = Firma
verify-validator-index = Índice del validador
verify-from-bls-key = Desde la clave de retiro (BLS)
verify-bls-pubkey-label = clave pública de retiro BLS
verify-to-address = A la dirección de ejecución
verify-epoch = Época (válida desde)
verify-checked-pubkey = Comprobada con la clave pública de firma
verify-signing-pubkey-label = clave pública de firma
verify-unreadable = ilegible

## Credenciales de retiro

verify-credentials-bls = { $prefix } — clave de retiro BLS: aún sin dirección de ejecución (la establece un cambio BLS-to-execution)
verify-credentials-execution = { $prefix } — dirección de ejecución
verify-credentials-compounding = { $prefix } — compounding, a una dirección de ejecución
verify-credentials-builder = { $prefix } — builder, a una dirección de ejecución
verify-credentials-unknown = { $prefix } — un prefijo que las especificaciones de consenso no definen
verify-credentials-all-bytes = Los 32 bytes completos
verify-credentials-label = credenciales de retiro

## Firmas

verify-signature-valid = ✓ válida para la red elegida
verify-signature-invalid = ✗ no válida para la red elegida
verify-signature-not-checked = no comprobada (vea los problemas indicados arriba)

## Claves de la frase mnemónica cargada

verify-key-match-found = { $key ->
        [signing] clave de firma
       *[withdrawal] clave de retiro
    }: índice de clave { $index } de su frase mnemónica
verify-key-match-none = { $key ->
        [signing] clave de firma
       *[withdrawal] clave de retiro
    }: no procede de su frase mnemónica ({ $count ->
        [one] se comprobó el primer índice de clave
       *[other] se comprobaron los primeros { $count } índices de clave
    })

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = La clave pública de firma del validador (0x…); déjela vacía para probar las claves de firma de su frase mnemónica
verify-signer-keystore-label = O el archivo keystore del validador: solo se lee la clave pública que indica (sin contraseña)
verify-signer-keystore-read = ✓ { $name } leído: la entrada se comprueba con su clave pública
verify-destinations-proof = La dirección que indica esta prueba
verify-proof-not-consensus = No es un mensaje de consenso: no cambia nada en la cadena, y ningún nodo beacon lo acepta.
verify-request-action = Lo que solicita
verify-request-action-full-exit = una salida completa del validador: se retira todo su saldo
verify-request-action-partial-withdrawal = un retiro parcial de un validador 0x02
verify-request-action-switch-to-compounding = el cambio del validador a credenciales 0x02 (compounding)
verify-request-action-consolidation = una consolidación: el validador de origen sale y su saldo pasa al de destino
verify-request-chain-id = ID de cadena
verify-request-from = Debe enviarse desde (la dirección de retiro)
verify-request-to = Al contrato del sistema
verify-request-to-label = dirección del contrato
verify-request-value = Valor adjunto (la comisión del contrato)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Clave pública del validador de origen
verify-request-target-pubkey = Clave pública del validador de destino
verify-request-amount = Importe que se retira
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Ningún fondo va a una dirección: una consolidación traslada el saldo del validador de origen al de destino, y un cambio a 0x02 no traslada nada.
verify-network-request = Comprobada con el ID de cadena y los contratos de solicitudes de { $chain }. El archivo no lleva firma: la billetera de la dirección de retiro firma la transacción al enviarla.
