keys-title = Generar claves de validador
keys-hint = Solo los keystores de firma van a su nodo validador o firmante remoto. La frase mnemónica nunca: manténgala sin conexión, ya que también controla las claves de retiro.
keys-public-mnemonic = Esta es una frase mnemónica de prueba publicada: cualquiera puede derivar estas claves. Úsela solo en redes de prueba.
keys-start-index-label = Índice inicial (primer índice de clave que se usará)
keys-count-label = Número de validadores
keys-budget-label = Máximo de claves por frase mnemónica
keys-budget-new-mnemonic = Empezar una nueva frase mnemónica para el resto
keys-plan-next = Siguiente en su plan: frase mnemónica { $mnemonic } de { $mnemonics }, índices de clave { $first }–{ $last }, paquete { $label }. Créelo con esa frase mnemónica cargada.
keys-plan-use = Usarlo
keys-credentials-legend = Credenciales de retiro
keys-kind-compounding = 0x02 compounding, con capitalización (recomendado; de 1 a 2048 ETH)
keys-kind-execution = 0x01 dirección de ejecución (exactamente 32 ETH)
keys-kind-bls = 0x00 BLS (no recomendado)
keys-amount-label = Importe por validador, en { $currency }
keys-bls-warning = Las credenciales 0x00 bloquean los retiros hasta que firme un cambio BLS-to-execution con la clave de retiro.
keys-bls-ack = Lo entiendo y quiero credenciales 0x00
keys-address-label = Dirección de ejecución (de retiro), con checksum EIP-55
keys-address-again-label = Repita la misma dirección
keys-password-label = Contraseña del keystore
keys-password-again-label = Repita la contraseña del keystore
keys-rule-minimum-length = { $count ->
        [one] al menos { $count } carácter (los caracteres de control no cuentan)
       *[other] al menos { $count } caracteres (los caracteres de control no cuentan)
    }
keys-rule-confirmed = escrita igual las dos veces
keys-kdf-label = KDF del keystore
keys-kdf-scrypt = scrypt (predeterminada, como deposit-cli)
keys-independent-salts = Una sal y una ejecución de la KDF distintas para cada keystore (más lento; nada compartido entre archivos)
keys-review = Revisar lo que se firmará
keys-sign = Firmar: crear keystores y datos de depósito

## Top-up

top-up-title = Recargar un validador
top-up-hint = Añade fondos a un validador que ya existe, firmado con la propia clave de firma del validador (partial-deposit de deposit-cli). El archivo va al contrato de depósito como cualquier depósito y no se puede deshacer una vez enviado.
top-up-explain-title = Qué hace una recarga
top-up-explain-compounding = Validador 0x02 (compounding): la recarga se suma a su saldo, y su saldo efectivo crece con ella hasta 2048 ETH (64 GNO en las cadenas Gnosis), de modo que sus recompensas se capitalizan.
top-up-explain-execution = Validador 0x01: todo lo que supere 32 ETH (1 GNO en las cadenas Gnosis) se transfiere a la dirección de retiro en pocos días, así que una recarga solo ayuda a un validador 0x01 cuyo saldo haya bajado de esa cifra. Solo los validadores 0x02 capitalizan.
top-up-explain-credentials = El depósito indica credenciales de retiro, pero para un validador que existe la cadena las ignora: indique de todos modos las del validador. Una clave pública que aún no tenga ningún validador se convertiría en un validador nuevo con estas credenciales.
top-up-source-legend = Firmar con la clave del validador, a partir de
top-up-source-mnemonic = mi frase mnemónica, en un índice de clave
top-up-source-keystore = su archivo keystore y su contraseña
top-up-key-index-label = Índice de clave de la clave de firma del validador
top-up-keystore-file-label = Archivo keystore del validador
top-up-keystore-password-label = Contraseña del keystore
top-up-validator-pubkey-label = La clave pública del validador (recomendado: la clave deberá ser entonces la de este validador)
top-up-credentials-legend = Credenciales de retiro del validador
top-up-kind-compounding = 0x02 compounding
top-up-kind-execution = 0x01 dirección de ejecución
top-up-execution-warning = Con credenciales 0x01, lo que eleve el saldo por encima de 32 ETH se devuelve a la dirección de retiro, sin capitalizarse. Para capitalizar, la dirección de retiro debe antes cambiar el validador a 0x02 (una solicitud de consolidación).
top-up-address-label = Su dirección de retiro, con checksum EIP-55
top-up-address-again-label = Repita la misma dirección
top-up-amount-label = Importe que se añade, en { $currency }
top-up-amount-hint = De 1 a 2048 ETH (de 1/32 a 64 GNO en las cadenas Gnosis), en gwei enteros.
top-up-review = Revisar lo que se firmará
top-up-sign = Firmar la recarga
top-up-credentials = Credenciales de retiro
top-up-credentials-compounding = { $prefix } compounding
top-up-credentials-execution = { $prefix } dirección de ejecución
top-up-credentials-full = Los 32 bytes completos
top-up-credentials-label = credenciales de retiro
top-up-amount-gwei = Importe en el depósito (gwei)
top-up-key-path = Ruta de la clave de firma
top-up-details-title = En el depósito
review-what-top-up = recarga de un validador existente
review-count-top-up = { $count ->
        [one] { $count } recarga
       *[other] { $count } recargas
    }
review-amount-top-up = Importe que se añade
review-row-existing = existente
next-top-up-title = Recarga: deposítela una sola vez
next-top-up-copy = Copie { $file } al equipo desde el que hará el depósito (no contiene ningún secreto).
next-top-up-open = Súbalo a { $page } y compare la clave pública, las credenciales de retiro y el importe con el resumen de arriba.
next-top-up-upload = Súbalo a la página de depósito de { $chain } y compare la clave pública, las credenciales de retiro y el importe con el resumen de arriba.
next-top-up-wallet = O envíelo desde su propia billetera: una llamada al contrato de depósito con los valores del archivo y su importe:
next-top-up-after = Los depósitos no se pueden deshacer. Cuando se haya procesado, compruebe el saldo del validador en un explorador de la beacon chain.

## Builder deposits

builder-title = Depósitos de builder
builder-hint = Claves, keystores y depósitos para builders de bloques (EIP-8282, comando builder de deposit-cli): un stake que registra un builder, no un validador.
builder-warning = La clave de builder i es la clave de firma de validador i de la misma frase mnemónica (la misma ruta m/12381/3600/i/0/0). No use los índices de validadores de una frase mnemónica para builders: lo más seguro es una frase mnemónica nueva.
builder-start-index-label = Índice inicial (primer índice de clave de builder)
builder-count-label = Número de builders
builder-address-label = Dirección de retiro, con checksum EIP-55 (credenciales 0xb0)
builder-address-again-label = Repita la misma dirección
builder-amount-label = Importe por builder, en { $currency }
builder-amount-hint = Al menos 1, en gwei enteros, sin máximo; a los depósitos de builder no se les aplica ningún multiplicador de cadena.
builder-password-label = Contraseña del keystore
builder-password-again-label = Repita la contraseña del keystore
builder-review = Revisar lo que se firmará
builder-notice-ack = Lo he comprobado: esta frase mnemónica no tiene validadores en estos índices de clave
builder-sign = Firmar: crear los keystores y depósitos de builder
builder-credentials = Credenciales de retiro
builder-credentials-label = credenciales de retiro
builder-amount-gwei = Importe por depósito (gwei)
builder-details-title = En cada depósito
review-what-builder-deposits = depósitos de builder
review-count-builder-deposits = { $count ->
        [one] { $count } depósito de builder
       *[other] { $count } depósitos de builder
    }
review-builders = Builders
review-amount-builder = Importe por builder
review-pubkey-builder = Clave pública de builder (clave de firma de validador)
review-row-builder = builder
review-tick-builders = Estas son mis claves de builder ({ $count })
next-builder-deposit-title = Datos de depósito de builder: envíelos cuando los builders estén habilitados
next-builder-deposit-copy = Copie { $file } a un equipo con conexión (no contiene ningún secreto).
next-builder-deposit-submit = Cuando el fork Gloas haya habilitado los builders en { $chain }, envíe cada entrada al contrato de depósito de builders de EIP-8282 como indique su documentación, desde la billetera de la dirección de retiro. Ninguna página de depósito acepta aún estos archivos.
next-builder-deposit-check = Compare las claves públicas, las credenciales de retiro y el importe con el resumen de arriba antes de enviar nada: los depósitos no se pueden deshacer.
next-builder-keystores-title = Keystores de builder: para el software del builder
next-builder-keystores-copy = { $count ->
        [one] Entregue el keystore y su contraseña solo al software de builder que ejecuta este builder.
       *[other] Entregue los { $count } keystores y su contraseña solo al software de builder que ejecuta estos builders.
    }
next-builder-keystores-not-validator = Estas claves son también claves de firma de validador de esta frase mnemónica: nunca ejecute la misma clave como builder y como validador.
