## Consultar una clave de retiro

lookup-title = Clave de retiro de un índice de clave
lookup-hint = Muestra la clave pública de retiro ({ $path }) del índice de clave i de su frase mnemónica y las credenciales de retiro 0x00 que resultan de ella, para que pueda compararlas con lo que muestra la beacon chain.
lookup-index-label = Índice de clave
lookup-show = Mostrar sus claves
lookup-withdrawal-path = Ruta de la clave de retiro
lookup-withdrawal-pubkey = Clave pública de retiro
lookup-credentials = Credenciales de retiro 0x00
lookup-signing = Ruta y clave pública de la clave de firma
lookup-copy-withdrawal-pubkey = clave pública de retiro
lookup-copy-credentials = credenciales de retiro
lookup-copy-signing-pubkey = clave pública de firma

## Encontrar mis validadores

find-title = Encontrar mis validadores
find-hint = Importe lo que conoce la beacon chain, en una de estas formas, y withdrawal-wallet encontrará qué validadores controlan las claves de su frase mnemónica. Se leen importaciones de hasta 1 GiB (la lista completa de mainnet ocupa unos 500 MB).
find-hint-beacon-api = la respuesta de la beacon API a
find-hint-ethdo = el archivo de ethdo
find-hint-csv = un CSV con las columnas
find-key-count-label = Índices de clave que se examinarán, desde 0 (ethdo examina 1024)
find-submit = Encontrar mis validadores
find-summary = { $format }: { $read ->
        [one] { $read } validador leído
       *[other] { $read } validadores leídos
    }, { $found ->
        [one] { $found } controlado
       *[other] { $found } controlados
    } por los índices de clave { $first }–{ $last } de esta frase mnemónica.
find-format-beacon-api = respuesta validators de la beacon API
find-format-ethdo = offline-preparation.json de ethdo
find-format-csv = CSV
find-format-list = lista

## La importación

find-import-file-label = Archivo de importación
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …o péguelo aquí

## Los validadores encontrados

find-column-sign = Firmar
find-column-validator = Validador
find-column-key-index = Índice de clave
find-column-status = Estado
find-column-credentials = Credenciales de retiro
find-column-found-by = Encontrado por
find-column-change = Cambio de dirección
find-select-validator = Firmar para el validador { $validator }
find-found-by-both = credenciales y clave pública
find-found-by-credentials = credenciales de retiro
find-found-by-pubkey = clave pública de firma
find-change-possible = 0x00: se puede cambiar
find-change-other-key = 0x00 de otra clave de retiro: no de esta frase mnemónica
find-change-already = ya { $prefix }

## Firmar para los validadores encontrados

find-bls-warning = Un cambio BLS solo puede incluirse una vez en la cadena y no se puede deshacer. Compruebe la dirección en un segundo dispositivo.
find-address-label = Nueva dirección de ejecución (de retiro), con checksum EIP-55
find-address-again-label = Repita la misma dirección
find-with-exits = Prefirmar también salidas voluntarias para los validadores seleccionados
find-exit-epoch-label = Época de salida
find-review = Revisar lo que se firmará
find-sign = Firmar para los validadores seleccionados
find-error-none-selected = seleccione al menos un validador para el que esta frase mnemónica pueda firmar
find-error-address-twice = escriba la nueva dirección dos veces
