bls-change-title = Establecer la dirección de retiro (cambio BLS-to-execution)
bls-change-warning = Un cambio BLS solo puede incluirse una vez en la cadena y no se puede deshacer. Compruebe la dirección en un segundo dispositivo.
bls-change-validators-legend = Sus validadores, tal como los conoce la beacon chain
bls-change-find-hint = ¿Tiene la lista de la beacon chain (los validadores de la beacon API o el archivo { $file } de ethdo)?
bls-change-find = Encontrarlos en la lista
bls-change-start-index-label = Índice de clave del primer validador de abajo
bls-change-validator-indices-label = Índices de validador (beacon chain), separados por comas o saltos de línea
bls-change-credentials-label = Las credenciales de retiro actuales de esos validadores (0x00…), en el mismo orden
bls-change-derive-credentials = Rellenar las credenciales que mi frase mnemónica da para estos índices de clave
bls-change-address-label = Nueva dirección de ejecución (de retiro), con checksum EIP-55
bls-change-address-again-label = Repita la misma dirección
bls-change-review = Revisar lo que se firmará
bls-change-sign = Firmar los cambios BLS-to-execution

## Ownership proof

proof-title = Demostrar la titularidad de la dirección de retiro
proof-not-consensus = Este no es un mensaje para la cadena: firmarlo no cambia nada en la cadena, y ni los nodos beacon ni el Launchpad lo aceptan. Algunos operadores lo piden para que el staker demuestre que controla la clave de firma del validador e indique una dirección.
proof-what = El archivo declara, firmado con la clave de firma del validador, que los retiros del validador deben ir a la dirección de abajo. Se pide, por ejemplo, a los stakers que perdieron la frase mnemónica de unas credenciales 0x00 pero conservan el keystore de firma.
proof-reference = deposit-cli genera el mismo archivo con su comando:
proof-source-legend = Firmar con
proof-source-keystore = el archivo keystore del validador y su contraseña
proof-source-mnemonic = mi frase mnemónica, en el índice de clave del validador
proof-keystore-file-label = Archivo keystore del validador
proof-keystore-password-label = Contraseña del keystore
proof-key-index-label = Índice de clave de la clave de firma del validador
proof-validator-pubkey-label = La clave pública del validador (recomendado: la clave de firma deberá ser entonces la de este validador)
proof-validator-index-label = El índice del validador (beacon chain)
proof-address-label = La dirección de retiro que indica la prueba, con checksum EIP-55
proof-address-again-label = Repita la misma dirección
proof-review = Revisar lo que se firmará
proof-sign = Firmar la prueba
review-what-ownership-proof = prueba de titularidad de la dirección de retiro
review-count-ownership-proof = { $count ->
        [one] { $count } prueba de titularidad de la dirección de retiro
       *[other] { $count } pruebas de titularidad de la dirección de retiro
    }
next-proof-title = Prueba de titularidad de la dirección de retiro: entréguela a quien se la pidió
next-proof-copy = Copie { $file } a un equipo conectado a internet (no contiene ningún secreto).
next-proof-send = Envíe el archivo (o su firma) al operador o al proceso que lo pidió, en la forma que le indiquen. No hay nada que difundir: ni los nodos beacon ni el Launchpad lo aceptan.
next-proof-nothing-on-chain = Por sí solo no demuestra nada en la cadena ni cambia ninguna credencial de retiro: la dirección de un validador 0x00 solo la establece un cambio BLS-to-execution firmado con su clave de retiro.
