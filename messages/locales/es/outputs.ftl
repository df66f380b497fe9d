## Revisión antes de firmar

review-what-bls-changes = cambios BLS-to-execution
review-what-deposits = depósitos de nuevos validadores
review-what-exits = salidas voluntarias
review-title = Revisión: lo que se firmará ({ $what })
review-signed-title = Firma completada: { $what }
review-summary-label = Lo que se firmó
review-chain = Red
review-fork-version = Versión del fork de génesis
review-root = Raíz de validadores de génesis
review-root-label = raíz de validadores de génesis
review-address = Dirección de destino
review-address-label = dirección de destino
review-amount = Importe por validador
review-epoch = Válida desde la época
review-validators = Validadores
review-count-bls-changes = { $count ->
        [one] { $count } cambio BLS-to-execution
       *[other] { $count } cambios BLS-to-execution
    }
review-count-deposits = { $count ->
        [one] { $count } depósito de un nuevo validador
       *[other] { $count } depósitos de nuevos validadores
    }
review-count-exits = { $count ->
        [one] { $count } salida voluntaria
       *[other] { $count } salidas voluntarias
    }
review-count = { $count } { $what }
review-column-validator = Validador
review-column-key-index = Índice de clave
review-column-check = Comprobación
review-pubkey-from-bls = Desde la clave pública BLS (clave de retiro)
review-pubkey-signing = Clave pública de firma
review-pubkey-label = clave pública
review-row-new = nuevo
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] Para confirmar, escriba el último carácter de la dirección de destino
       *[other] Para confirmar, escriba los últimos { $count } caracteres de la dirección de destino
    }
review-confirm-each = Confirme cada punto
review-tick-chain = La red es { $chain }
review-tick-address = La dirección de destino es mía y la he comprobado en un segundo dispositivo
review-tick-validators = Estos son mis validadores ({ $count })
review-tick-amount = { $amount } por cada uno
review-tick-epoch = Válida desde la época { $epoch }
review-blocked = No se puede firmar nada hasta que todos los validadores de arriba superen la comprobación.

## Valores hexadecimales y su botón Copiar

hex-copy = Copiar
hex-copied = Copiado
hex-copy-label = Copiar { $label }

## Códigos QR, archivos y tareas largas

qr-too-long = demasiado largo para un solo código QR: { $detail }
files-read-failed = el navegador no pudo leer el archivo
files-download-failed = el navegador no pudo ofrecer el archivo
jobs-worker-refused = el navegador se negó a iniciar un Web Worker
jobs-module-not-sent = no se pudo enviar el módulo wasm al worker
jobs-job-not-sent = no se pudo enviar la tarea al worker
job-progress = { $phase }: { $count }, { $elapsed } s
job-progress-eta = { $phase }: { $count }, { $elapsed } s, quedan unos { $eta } s
job-progress-done = { $done }
job-progress-of = { $done } de { $total }
job-progress-percent = { $percent } %
job-cancel = Cancelar
job-cancelled = Tarea cancelada. No se generó nada.

## Pasos siguientes

next-steps-title = Pasos siguientes
next-deposit-title = Datos de depósito: súbalos y después deposite
next-deposit-copy = Copie { $file } al equipo desde el que hará el depósito (no contiene ningún secreto).
next-deposit-open = Abra { $page }, suba el archivo y compruebe que cada clave pública, las credenciales de retiro y el importe son los del resumen de arriba.
next-deposit-upload = Súbalo a la página de depósito de { $chain } y compare cada clave pública, las credenciales de retiro y el importe con el resumen de arriba.
next-deposit-sign = Firme allí las transacciones de depósito con la billetera que contiene los fondos. Los depósitos no se pueden deshacer.
next-deposit-start = Inicie el validador con el keystore correspondiente antes de que se procese el depósito, para que no se pierda ninguna tarea.
next-keystores-title = Keystores: impórtelos en su cliente validador o firmante remoto
next-keystores-copy = { $count ->
        [one] Copie el archivo keystore (o el zip) a la máquina del validador. La contraseña correspondiente lo acompaña, escrita allí, nunca guardada junto a él.
       *[other] Copie los { $count } archivos keystore (o el zip) a la máquina del validador. La contraseña correspondiente los acompaña, escrita allí, nunca guardada junto a ellos.
    }
next-keystores-import = Impórtelos, por ejemplo:
next-keystores-web3signer = Web3Signer: marque «Incluir configuraciones de claves de Web3Signer» antes de Descargar todo; sus archivos { $files } apuntan a cada keystore y a su archivo de contraseña.
next-keystores-one-machine = Ejecute cada clave en una sola máquina: la misma clave en dos máquinas sufre slashing (penalización y expulsión forzosa).
next-bls-change-title = Cambio BLS-to-execution: difúndalo una sola vez
next-bls-change-copy = Copie { $file } a un equipo conectado a internet (no contiene ningún secreto).
next-bls-change-send = Envíelo a su nodo beacon:
next-bls-change-explorer = o péguelo en la página de difusión de un explorador de bloques ({ $page } en mainnet).
next-bls-change-after = En unos días, las credenciales del validador mostrarán { $prefix } seguido de su dirección; a partir de entonces, los retiros irán allí. El cambio no se puede deshacer.
next-ethdo-title = { $file } de ethdo: los mismos cambios, para ethdo
next-ethdo-broadcast = Si usa ethdo en línea, difunda con ethdo en lugar del archivo anterior (no ambos):
next-exits-title = Salidas voluntarias: consérvelas hasta que decida salir
next-exits-store = { $count ->
        [one] Guarde el archivo de salida en un lugar seguro: quien lo tenga puede hacer salir a ese validador, y una salida no se puede deshacer.
       *[other] Guarde los { $count } archivos de salida en un lugar seguro: quien tenga uno puede hacer salir a su validador, y una salida no se puede deshacer.
    }
next-exits-send = Para salir, envíe uno a un nodo beacon:
next-exits-explorer = o péguelo en la página de difusión de un explorador de bloques. El validador mantiene sus tareas hasta que se completa la salida.
next-never-title = Nunca sale de este equipo sin conexión
next-never-text = Su frase mnemónica y su passphrase. No las escriba en ningún otro lugar; las contraseñas de los keystores, solo en la máquina que ejecuta las claves.
next-print = Imprimir estos pasos

## Elementos comunes de los formularios

common-chain-label = Red
common-chain-choose = Elija la red…
common-chain-custom = red personalizada…
common-custom-name-label = Nombre de la red
common-custom-genesis-fork-label = Versión del fork de génesis
common-custom-capella-fork-label = Versión del fork Capella
common-custom-root-label = Raíz de validadores de génesis (necesaria para cambios BLS y salidas)
common-files-verified = ✓ Todos los archivos de abajo se verificaron (firmas, raíces, descifrado de los keystores) antes de ofrecerse.
common-download = Descargar
common-web3signer = Incluir configuraciones de claves de Web3Signer ({ $files }, tipo { $kind })
common-download-all = Descargar todo ({ $file })
common-show-qr = Códigos QR para un teléfono
common-qr-caption = { $file }, mensaje { $number } de { $total }
common-qr-label = Código QR: { $file }, mensaje { $number } de { $total }
common-qr-too-long = { $file }, mensaje { $number } de { $total }: demasiado largo para un solo código QR
common-public-ack = Sé que estas claves son públicas y aun así quiero archivos para esta red
common-needs-mnemonic = Este paso parte de su frase mnemónica. Primero cree una nueva o introduzca la que ya tiene.
common-needs-use = Introducir mi frase mnemónica
common-needs-create = Crear una nueva frase mnemónica
