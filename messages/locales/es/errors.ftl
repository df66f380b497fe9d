## Opciones dadas al paquete o al worker.

error-options_not_object = las opciones deben ser un objeto, como {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] opción desconocida "{ $field }" (¿quiso decir "{ $nearest }"?); las opciones admitidas aquí son { $known }
       *[other] opción desconocida "{ $field }"; las opciones admitidas aquí son { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language y keyCount sirven para comparar las entradas con una frase mnemónica: indique también la frase mnemónica
        [verify_needs_pubkey] indique la clave pública de firma del validador con la que comprobar la salida
        [verify_needs_signer] indique la clave pública de firma del validador, su keystore o la frase mnemónica con la que comprobar la prueba de titularidad de la dirección de retiro
       *[other] la opción "{ $field }" es obligatoria
    }

error-option_type = { $reason ->
        [not_string] opción "{ $path }": se esperaba una cadena
        [not_option_value] opción "{ $path }": una función, un symbol o un BigInt no puede ser una opción aquí; los valores uint64 son cadenas decimales
        [unreadable] no se pudo leer la opción "{ $path }"
        [not_json] la opción "{ $path }" tiene un tipo que JSON no puede representar
        [not_function] opción "{ $path }": se esperaba una función (done, total, phase)
       *[other] opción "{ $path }": se esperaba { $expected }, se recibió { $found }
    }

error-option_value = { $reason ->
        [not_one_of] opción "{ $path }": "{ $found }" no es uno de los valores admitidos, { $expected }
        [invalid] opción "{ $path }": { $detail }
        [invalid_options] opciones no válidas: { $detail }
        [keystore_not_verified] un keystore se comprueba abriéndolo con su contraseña, no verificándolo como archivo firmado
        [hand_off_not_verified] este archivo se comprueba al crearlo, leyéndolo de nuevo; no contiene ninguna firma que verificar
       *[other] opción "{ $path }": se esperaba { $expected }, se recibió { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] opciones no válidas: firme con un keystore (keystore y password) o con la frase mnemónica (mnemonic y keyIndex, con passphrase y language si hace falta), no con ambos
        [pubkey_or_keystore] opciones no válidas: indique la clave pública de firma del validador o su keystore, no ambas
       *[other] opciones no válidas: indique startIndex o keyIndices (un índice de clave por validador), no ambas
    }

error-text_lone_surrogate = este texto contiene un sustituto (surrogate) UTF-16 aislado (la mitad de un carácter): no se puede codificar y se reemplazaría sin aviso, lo que daría otras claves; vuelva a escribirlo

## Campos hexadecimales.

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] la versión del fork de génesis de la red debe empezar por 0x
        [chain_capella_fork_version] la versión del fork Capella (salidas) de la red debe empezar por 0x
        [chain_genesis_validators_root] la raíz de validadores de génesis de la red debe empezar por 0x
        [execution_address] la dirección de ejecución debe empezar por 0x (0x y 40 dígitos hexadecimales)
        [import_entry] { $entry }: { $name } debe empezar por 0x
        [import_file] en el archivo: { $name } debe empezar por 0x
       *[other] { $field } debe empezar por 0x
    }

error-hex_unexpected_prefix = { $field } no debe empezar por 0x

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] la versión del fork de génesis de la red no es hexadecimal
        [chain_capella_fork_version] la versión del fork Capella (salidas) de la red no es hexadecimal
        [chain_genesis_validators_root] la raíz de validadores de génesis de la red no es hexadecimal
        [validator_pubkey] la clave pública del validador no es hexadecimal
        [execution_address] la dirección de ejecución no es hexadecimal (0x y 40 dígitos hexadecimales)
        [withdrawal_credentials] las credenciales de retiro n.º { $position } no son hexadecimales (0x y 64 dígitos hexadecimales)
        [import_entry] { $entry }: { $name } no es hexadecimal
        [import_csv_line] línea CSV { $line }: { $name } no es hexadecimal
        [import_file] en el archivo: { $name } no es hexadecimal
       *[other] { $field } no es hexadecimal
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] la versión del fork de génesis de la red tiene { $bytes } bytes; debe tener { $expected }
        [chain_capella_fork_version] la versión del fork Capella (salidas) de la red tiene { $bytes } bytes; debe tener { $expected }
        [chain_genesis_validators_root] la raíz de validadores de génesis de la red tiene { $bytes } bytes; debe tener { $expected }
        [validator_pubkey] la clave pública del validador tiene { $bytes } bytes; debe tener { $expected }
        [execution_address] la dirección de ejecución tiene { $bytes } bytes; debe tener { $expected } (0x y 40 dígitos hexadecimales)
        [withdrawal_credentials] las credenciales de retiro n.º { $position } tienen { $bytes } bytes; deben tener { $expected } (0x y 64 dígitos hexadecimales)
        [import_entry] { $entry }: { $name } tiene { $bytes } bytes; debe tener { $expected }
        [import_csv_line] línea CSV { $line }: { $name } tiene { $bytes } bytes; debe tener { $expected }
        [import_file] en el archivo: { $name } tiene { $bytes } bytes; debe tener { $expected }
       *[other] { $field } tiene { $bytes } bytes; debe tener { $expected }
    }

## Números escritos o leídos de archivos.

error-not_uint64 = { $subject ->
        [value] "{ $text }" no es un número entero de 0 a 18446744073709551615
        [validator_index] el índice de validador n.º { $position } "{ $text }" no es un número entero de 0 a 18446744073709551615
        [import_entry] { $entry }: { $name } "{ $text }" no es un uint64 decimal
        [import_csv_line] línea CSV { $line }: { $name } "{ $text }" no es un uint64 decimal
        [import_file] en el archivo: { $name } "{ $text }" no es un uint64 decimal
       *[other] { $field } "{ $text }" no es un uint64 decimal
    }

error-not_key_index = "{ $text }" no es un índice de clave: use un número entero de 0 a 4294967295, solo dígitos

error-not_ether_amount = "{ $text }" no es un importe en ETH con 9 decimales como máximo (gwei enteros), como 32 o 40.5 (con punto decimal)

## Frases mnemónicas.

error-mnemonic_word_count = { $words ->
        [one] la frase mnemónica tiene { $words } palabra; debe tener 12, 15, 18, 21 o 24
       *[other] la frase mnemónica tiene { $words } palabras; debe tener 12, 15, 18, 21 o 24
    }

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] la palabra n.º { $position } no está en la lista de palabras BIP39; compruebe cómo está escrita
       *[other] la palabra n.º { $position } no está en la lista de palabras BIP39: contiene el carácter { $invisible }, que no es una letra; vuelva a escribir la palabra
    }

error-mnemonic_mixed_languages = las palabras proceden de distintas listas de palabras BIP39; una frase mnemónica usa un solo idioma

error-mnemonic_checksum = el checksum de la frase mnemónica es incorrecto: una palabra está mal escrita, falta o está fuera de orden

error-mnemonic_ambiguous_language = la frase mnemónica es válida en más de un idioma ({ $languages }); elija el idioma

error-mnemonic_unknown_language = idioma de frase mnemónica desconocido "{ $name }"; use uno de estos: { $known }

error-mnemonic_public_not_acknowledged = esta es una frase mnemónica de prueba publicada: cualquiera puede derivar sus claves y llevarse lo que contengan. En { $chain }, cuya moneda tiene valor real, no se genera nada a partir de ella sin una confirmación explícita

error-passphrase_mismatch = las dos passphrases no coinciden

error-rng_unavailable = no hay ningún generador seguro de números aleatorios disponible (crypto.getRandomValues); no se generarán claves

## Índices de clave y lotes.

error-key_budget_exceeded = esto usaría índices de clave hasta { $last_index }, por encima de su límite de { $budget } validadores por frase mnemónica; considere una nueva frase mnemónica para el resto, para que una frase filtrada exponga menos validadores

error-count_zero = el número de validadores debe ser al menos 1

error-count_too_large = { $reason ->
        [search_keys] { $count } índices de clave: una búsqueda examina de 1 a { $limit }
       *[other] { $count } validadores en un solo lote; como máximo { $limit } por lote: divida los conjuntos mayores en varios lotes
    }

error-key_index_past_last = { $count } validadores desde el índice { $start } sobrepasarían el último índice de clave, 4294967295

error-count_mismatch = { $of ->
        [key_indices] { $validators } índices de validador pero { $other } índices de clave; indique un índice de clave por validador
       *[other] { $validators } índices de validador pero { $other } credenciales de retiro; indique una credencial por validador, en el mismo orden
    }

error-no_validators = { $reason ->
        [import] la importación no contiene ningún validador
       *[other] indique al menos un índice de validador
    }

error-duplicate_validator = { $reason ->
        [import] el validador { $validator_index } aparece dos veces en la importación
       *[other] el validador { $validator_index } figura dos veces
    }

error-key_path_missing_root = una ruta de clave debe empezar por "m/"

error-key_path_no_indices = una ruta de clave necesita al menos un índice después de "m"

error-key_path_bad_index = el nivel { $level } de la ruta de clave, "{ $text }", no es un índice de 0 a 4294967295

## Redes.

error-chain_not_chosen = elija primero la red: no se genera nada para una red que usted no ha elegido

error-chain_unknown = red desconocida "{ $name }"; use una de estas: { $known }, o indique las versiones del fork y la raíz de una red personalizada

error-chain_name_invalid = una red personalizada necesita un nombre de 1 a 64 letras, dígitos, - o _ (se escribe en los archivos de depósito)

error-chain_no_genesis_validators_root = la red { $chain } no tiene raíz de validadores de génesis, por lo que no se pueden firmar cambios BLS ni salidas para ella; indique la raíz

error-chain_impersonates_builtin = estos valores de red son en parte los de { $builtin }: { $differing ->
        [genesisForkVersion] solo difiere la versión del fork de génesis
        [capellaForkVersion] solo difiere la versión del fork Capella (salidas)
        [genesisValidatorsRoot] solo difiere la raíz de validadores de génesis
        [genesis_fork_version] solo difiere genesis_fork_version
        [exit_fork_version] solo difiere exit_fork_version
        [genesis_validators_root] solo difiere genesis_validators_root
       *[other] solo difieren { $differing }
    }; una red que comparte cualquiera de los valores de { $builtin } debe ser la propia { $builtin } (los mensajes firmados con ellos podrían ser válidos en { $builtin })

error-chain_builtin_name_reused = "{ $name }" es una red integrada: elíjala por su nombre o dé otro nombre a la red personalizada

error-chain_import_differs = La importación se hizo en { $imported }, pero la red seleccionada es { $selected }; la firma usa los valores de red de la importación ({ $imported }).

## Direcciones de ejecución.

error-address_not_checksummed = la dirección de ejecución no tiene checksum EIP-55; cópiela de su billetera con sus mayúsculas y minúsculas. Su forma con checksum es { $checksummed }: compárela carácter por carácter

error-address_bad_checksum = la dirección de ejecución no supera su checksum EIP-55, así que hay un carácter incorrecto; con estos caracteres la dirección sería { $checksummed }

error-address_zero = la dirección de ejecución es la dirección cero; los fondos enviados a ella se pierden

error-address_confirmation_mismatch = las dos direcciones no coinciden; pegue la misma dirección con checksum en ambos campos

error-address_ending_mismatch = estos no son los últimos { $count } caracteres de la dirección: vuelva a leerlos en la dirección mostrada arriba

## Claves BLS.

error-pubkey_invalid = { $subject ->
        [validator_pubkey] la clave pública del validador no es una clave pública BLS válida (punto G1 comprimido de 48 bytes, en el subgrupo)
       *[other] { $field } no es una clave pública BLS válida (punto G1 comprimido de 48 bytes, en el subgrupo)
    }

## Depósitos.

error-deposit_bls_not_allowed = las credenciales de retiro 0x00 (BLS) requieren una aceptación explícita: los fondos quedan bloqueados hasta que se firme un cambio BLS-to-execution; indique en su lugar una dirección de ejecución

error-deposit_amount_not_allowed = un depósito con credenciales 0x00 o 0x01 es de exactamente 32 ETH; se solicitaron { $amount } ETH (para otros importes, elija 0x02 compounding)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] el importe de { $amount } ETH está fuera del intervalo de 1 a 2048 ETH (de 1/32 a 64 GNO en las redes Gnosis)
       *[other] el importe de { $amount } ETH está fuera del intervalo de 1 a 2048 ETH
    }

error-builder_amount_too_small = el importe de { $amount } ETH está por debajo del mínimo de un depósito de builder, 1 ETH (los depósitos de builder no tienen máximo)

error-builder_keys_are_validator_keys = las claves de builder { $first_index } a { $last_index } son las claves de firma de validador m/12381/3600/i/0/0 de esta frase mnemónica en los mismos índices (así lo diseñó deposit-cli): si esta frase mnemónica tiene validadores en estos índices, no la use para builders; use una frase mnemónica nueva

## Cambios BLS-to-execution y salidas.

error-bls_change_already_execution = el validador { $validator_index } ya tiene credenciales de ejecución { $prefix }; un cambio BLS solo convierte credenciales 0x00, así que no hay nada que firmar

error-bls_change_credentials_mismatch = validador { $validator_index }: las credenciales indicadas, { $given }, no coinciden con el índice de clave { $key_index } de esta frase mnemónica, que da { $derived }; compruebe el índice inicial, el orden de los validadores y la frase mnemónica. No se firmó nada

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] el índice de clave { $key_index } de la frase mnemónica da la clave de firma { $signing_pubkey }, no la del validador, { $validator_pubkey }; no se firmó nada
       *[other] el keystore contiene la clave { $keystore_pubkey }, no la del validador, { $validator_pubkey }; no se firmó nada
    }

## Solicitudes de la capa de ejecución desde la dirección de retiro (EIP-7002, EIP-7251).

error-chain_no_execution_layer = las solicitudes de la capa de ejecución solo se hacen para las redes integradas, cuyo ID de cadena y contratos de solicitud se conocen; { $chain } no es una de ellas: use una de estas: { $known }

error-request_value_invalid = { $reason ->
        [zero] el valor que se adjunta es 0 wei; la comisión del contrato es de al menos 1 wei, así que la transacción fallaría
        [too_large] el valor que se adjunta, "{ $text }", supera cualquier comisión que el contrato pueda pedir (como máximo 2^128 - 1 wei)
       *[not_wei] el valor que se adjunta, "{ $text }", no es un número entero de wei (solo dígitos, como 1)
    }

error-request_not_execution_credentials = el validador { $validator_index } tiene credenciales de retiro { $prefix }, que no indican ninguna dirección de retiro: solo los validadores 0x01 y 0x02 aceptan solicitudes de su dirección de retiro (un validador 0x00 necesita antes un cambio BLS-to-execution)

error-request_validator_not_active = el validador { $validator_index } está en { $status }, no en active_ongoing: la red ignora las solicitudes para un validador que no está activo o que ya está saliendo, y se queda con la comisión

error-withdrawal_partial_not_compounding = el validador { $validator_index } tiene credenciales { $prefix }: la red solo hace retiros parciales para validadores 0x02 (compounding) y retira por sí misma el saldo excedente de un validador 0x01; cámbielo primero a 0x02 o solicite una salida completa

error-withdrawal_amount_on_exit = validador { $validator_index }: una salida completa no lleva importe, ya que retira todo el saldo; omita el importe o solicite un retiro parcial

error-withdrawal_amount_zero = validador { $validator_index }: un retiro parcial necesita un importe mayor que 0 (un importe de 0 es una solicitud de salida completa)

error-consolidation_target_not_compounding = el validador { $target_index } tiene credenciales { $prefix }: el destino de una consolidación debe tener credenciales 0x02 (compounding); si no, la red ignora la solicitud y se queda con la comisión; cámbielo primero a 0x02

error-consolidation_self_not_switch = el validador { $validator_index } figura como su propio destino pero tiene credenciales { $prefix }: solo un validador 0x01 es su propio destino, para cambiarlo a 0x02

error-consolidation_target_address_differs = el saldo del validador { $source_index } pasaría al validador { $target_index }, cuya dirección de retiro { $target_address } no es la del origen ({ $source_address }): los fondos pertenecerían entonces a esa dirección. Active allowOtherTargetAddress solo si eso es lo que desea

error-consolidation_source_also_target = el validador { $validator_index } es el origen de una consolidación y el destino de otra en este lote; en cuanto sale, la red ignora la otra: consolide en dos pasos

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } es { $found }, no el ID de cadena { $expected } de { $chain }
        [to] { $field } es { $found }, no el contrato de { $chain } para esta solicitud, { $expected }
        [request] { $field } no coincide con los data del archivo
        [description] { $field } no describe lo que hacen los data del archivo
       *[uri] { $field } no coincide con to, chainId, value y data del archivo
    }

## Contraseñas y keystores.

error-password_empty = la contraseña está vacía (los caracteres de control no cuentan); elija una contraseña

error-password_too_short = la contraseña tiene { $chars } caracteres; un keystore nuevo necesita al menos { $min }

error-password_mismatch = las dos contraseñas no coinciden

error-keystore_not_chosen = elija primero el archivo keystore y espere a que se lea

error-keystore_wrong_password = contraseña incorrecta: el checksum del keystore no coincide

error-keystore_malformed = { $reason ->
        [json] keystore EIP-2335 no válido: el archivo no es JSON de keystore: { $detail }
        [params] keystore EIP-2335 no válido: { $name } no es válido: { $detail }
        [dklen] keystore EIP-2335 no válido: { $name } es { $found }; debe ser { $expected }
        [version] keystore EIP-2335 no válido: { $name } es { $found }; solo se admite la versión 4
        [unsupported_kdf] keystore EIP-2335 no válido: { $name } es "{ $found }"; solo se admiten "scrypt" y "pbkdf2"
        [unsupported_prf] keystore EIP-2335 no válido: { $name } es "{ $found }"; solo se admite "hmac-sha256"
        [unsupported_checksum] keystore EIP-2335 no válido: { $name } es "{ $found }"; solo se admite "sha256"
        [unsupported_cipher] keystore EIP-2335 no válido: { $name } es "{ $found }"; solo se admite "aes-128-ctr"
        [not_empty] keystore EIP-2335 no válido: { $name } debe estar vacío
        [not_hex] keystore EIP-2335 no válido: { $name } no es hexadecimal (sin 0x)
        [wrong_length] keystore EIP-2335 no válido: { $name } tiene { $bytes } bytes; debe tener { $expected }
        [empty] keystore EIP-2335 no válido: { $name } está vacío
        [too_long] keystore EIP-2335 no válido: { $name } tiene { $bytes } bytes; se admiten como máximo { $limit }
        [cipher_length] keystore EIP-2335 no válido: { $name } tiene { $bytes } bytes; un keystore BLS contiene 32
        [pubkey] keystore EIP-2335 no válido: { $name } no es una clave pública BLS válida (punto G1 comprimido de 48 bytes, en el subgrupo)
        [path_missing_root] keystore EIP-2335 no válido: { $name } no es válido: una ruta de clave debe empezar por "m/"
        [path_no_indices] keystore EIP-2335 no válido: { $name } no es válido: una ruta de clave necesita al menos un índice después de "m"
        [path_bad_index] keystore EIP-2335 no válido: { $name } no es válido: el nivel { $level } de la ruta de clave, "{ $text }", no es un índice de 0 a 4294967295
        [uuid] keystore EIP-2335 no válido: { $name } no es un UUID
       *[other] keystore EIP-2335 no válido: { $name } no es válido
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] se rechazó la ejecución de la KDF del keystore: scrypt n = { $n } debe ser una potencia de dos mayor que 1
        [scrypt_r_p] se rechazó la ejecución de la KDF del keystore: scrypt r = { $r } y p = { $p } deben ser ambos al menos 1
        [scrypt_memory] se rechazó la ejecución de la KDF del keystore: scrypt n = { $n }, r = { $r }, p = { $p } necesita más de 1 GiB de memoria (128·r·(n + p + 2))
        [scrypt_params] se rechazó la ejecución de la KDF del keystore: scrypt n = { $n }, r = { $r }, p = { $p } están fuera de lo que scrypt acepta (n debe ser menor que 2^(16·r))
        [pbkdf2_c] se rechazó la ejecución de la KDF del keystore: pbkdf2 c = { $c } debe estar entre 1 y { $limit }
       *[empty_salt] se rechazó la ejecución de la KDF del keystore: la sal de la KDF está vacía
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] no es una clave secreta BLS válida (32 bytes, distinta de cero, menor que el orden de la curva)
       *[other] el keystore está dañado: el secreto descifrado no es una clave secreta BLS válida
    }

error-keystore_pubkey_mismatch = el keystore está dañado: declara la clave pública { $stated }, pero la clave secreta que contiene corresponde a la clave pública { $actual }

## Archivos.

error-file_too_large = { $reason ->
        [keystore] keystore EIP-2335 no válido: el archivo tiene { $bytes } bytes; un keystore ocupa como máximo { $limit_mib } MiB
       *[other] el archivo tiene { $bytes } bytes; los archivos de más de { $limit_mib } MiB se rechazan antes de leerlos (ningún keystore ni archivo de mensajes firmados es tan grande)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] keystore EIP-2335 no válido: el archivo empieza con una marca de orden de bytes; guárdelo como UTF-8 simple
       *[other] el archivo empieza con una marca de orden de bytes (BOM); guárdelo como UTF-8 sin BOM
    }

error-file_not_utf8 = { $reason ->
        [import] la importación no es texto UTF-8
       *[other] el archivo no es texto UTF-8
    }

error-file_empty = { $reason ->
        [import] la importación está vacía
       *[other] el archivo no contiene ninguna entrada
    }

error-file_kind_unknown = esto no es un archivo keystore, de datos de depósito, de cambio BLS ni de salida

error-json_syntax = { $reason ->
        [import] la importación no es una respuesta de la beacon API ni un archivo de preparación de ethdo: { $detail } en la línea { $line }, columna { $column }
       *[other] el archivo no es JSON: { $detail } en la línea { $line }, columna { $column }
    }

error-json_duplicate_key = { $reason ->
        [keystore] keystore EIP-2335 no válido: el archivo contiene dos veces la clave "{ $key }" en un mismo objeto
       *[other] el JSON contiene dos veces la clave "{ $key }" en un mismo objeto; otras herramientas solo leerían la última, por lo que se rechaza el archivo
    }

error-json_not_array = el archivo no es un array JSON de entradas

error-json_not_object = { $reason ->
        [exit_in_array] el archivo es un array JSON; un archivo de salida firmada contiene un solo objeto de salida (un archivo por validador)
        [keystore] keystore EIP-2335 no válido: el archivo no es un objeto JSON
        [proof_in_array] el archivo es un array JSON; una prueba de titularidad de la dirección de retiro contiene un solo objeto (un archivo por validador)
       *[other] el archivo no es un único objeto JSON
    }

## Entradas de archivos de mensajes firmados (informes de verificación).

error-field_missing = falta { $field }

error-field_type = { $reason ->
        [amount_not_gwei] { $field } falta o no es un número entero de gwei
        [not_integer] { $field } no es un número entero JSON
       *[other] { $field } no es una cadena
    }

error-credentials_prefix = { $reason ->
        [builder] el prefijo { $prefix } de { $field } no es el prefijo de builder 0xb0
       *[other] el prefijo { $prefix } de { $field } no es 0x00, 0x01 ni 0x02
    }

error-credentials_padding = { $reason ->
        [builder] los bytes 1–11 de { $field } deben ser cero en las credenciales 0xb0
       *[other] los bytes 1–11 de { $field } deben ser cero en las credenciales 0x01/0x02
    }

error-fork_version_mismatch = { $field } { $found } no es la versión del fork de génesis de { $chain }, { $expected }

error-network_name_mismatch = { $field } "{ $found }" no es { $chain }

error-genesis_validators_root_mismatch = { $field } { $found } no es el valor de { $chain }

error-root_mismatch = { $reason ->
        [message_root] { $field } no coincide con pubkey, withdrawal_credentials y amount
       *[other] { $field } no coincide con la entrada
    }

error-signature_invalid = { $message ->
        [deposit] { $field } no supera la verificación para depósitos en { $chain }
        [builder_deposit] { $field } no supera la verificación para depósitos de builder en { $chain }
        [bls_to_execution_change] { $field } no supera la verificación para un cambio BLS en { $chain }
        [bls_to_execution_change_keystore] { $field } no supera la verificación como prueba de titularidad de la dirección de retiro en { $chain } para la clave de validador { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } no supera la verificación para ninguna clave de firma de los índices de clave 0 a { $last } de la frase mnemónica en { $chain }
       *[voluntary_exit] { $field } no supera la verificación para la clave de validador { $pubkey } en { $chain }
    }

error-verify_chain_differs = Este archivo indica que se creó para { $stated }, pero la red elegida es { $selected }: sus firmas se comprobaron con los valores de { $selected }. Elija la red a la que está destinado el archivo.

error-verify_address_differs = { $reason ->
        [no_address] las credenciales 0x00 (BLS) de esta entrada no indican ninguna dirección de ejecución, y por tanto tampoco la dirección esperada { $expected }
       *[other] esta entrada envía los fondos a { $found }, no a la dirección esperada { $expected }
    }

## Importación y búsqueda de validadores.

error-import_too_large = la importación tiene { $bytes } bytes; se rechazan las importaciones de más de { $limit_gib } GiB (la lista completa de validadores de mainnet ocupa unos 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] el JSON no contiene ni "data" (una respuesta validators de la beacon API) ni "validators" (offline-preparation.json de ethdo)
       *[other] la importación es JSON, pero no es un objeto ni un array: no es una respuesta de la beacon API ni un archivo de preparación de ethdo
    }

error-import_both_shapes = el JSON contiene a la vez "data" y "validators"; indique una sola respuesta de la beacon API o un solo archivo de ethdo

error-import_missing_field = al archivo de preparación de ethdo le falta "{ $name }"

error-import_ethdo_version = la versión "{ $version }" del archivo de preparación de ethdo no es compatible; se admite la versión "3" (ethdo 1.30 y posteriores)

error-import_domain_type = en el archivo de ethdo, { $name } es { $found }, no { $expected } como en la especificación de consenso; no se creó para una red Ethereum

error-import_csv_columns = la línea CSV { $line } tiene { $columns } columnas; cada línea debe ser validator_index,withdrawal_credentials

error-import_too_many_validators = la importación contiene más de { $limit } validadores; mainnet tiene alrededor de 1,1 millones, así que esto no es una lista de validadores

error-validator_status_unknown = { $entry }: { $name } "{ $text }" no es un estado de validador de la beacon API

error-import_source_conflict = { $given ->
        [0] elija un archivo de importación, pegue una importación o indique una lista de validadores
       *[other] indique una sola importación: un archivo, un texto pegado o una lista de validadores
    }

error-search_too_many_matches = más de { $limit } validadores de la importación coinciden con las claves de esta frase mnemónica; ninguna frase mnemónica real controla tantos en una sola lista. Importe solo sus validadores (el filtro ?id= de la beacon API) o examine menos índices de clave

## Entrega de claves de firma a un firmante.

error-hand_off_no_keystores = elija los keystores de firma que va a entregar
error-hand_off_withdrawal_key = este keystore contiene la clave de retiro { $path }; las claves de retiro se quedan sin conexión y nunca van a un cliente validador ni a un firmante. Entregue keystores de firma (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = los keystores { $first } y { $second } contienen la misma clave; una clave debe importarse una sola vez
error-hand_off_passwords_not_acknowledged = este archivo contiene las contraseñas de los keystores en texto claro: confirme que lo entiende antes de que se cree
error-signer_host_invalid = "{ $host }" no es un nombre de host ni una dirección IP; escríbalo sin https://, puerto ni ruta
error-signer_port_invalid = "{ $port }" no es un puerto: un número entero de 1 a 65535
error-signer_path_invalid = "{ $value }" no puede ser una ruta del almacén: use solo letras, dígitos y - _ . /, sin espacios, ".." ni partes vacías
error-aws_region_invalid = "{ $region }" no es un nombre de región de AWS como eu-central-1

## Comprobaciones internas de la billetera.

error-internal_error = { $reason ->
        [keystore_self_check] falló una comprobación interna: el keystore del validador { $index } no devolvió la clave original al descifrarlo; no se escribió nada
        [seed_too_short] la semilla tiene { $bytes } bytes; EIP-2333 necesita al menos 32
       *[other] falló una comprobación interna, no se escribió nada: { $problem }
    }
