hand-off-title = Entregar claves a un firmante
hand-off-hint = Solo para keystores de firma. La frase mnemónica y las claves de retiro nunca van a un nodo ni a un firmante: manténgalas sin conexión.
hand-off-keystores-label = Keystores de firma (uno o más archivos)
hand-off-keystores-read = { $count ->
        [one] { $count } keystore leído
       *[other] { $count } keystores leídos
    }
hand-off-from-keys = Los keystores que acaba de crear están cargados.
hand-off-password-label = La contraseña de los keystores
hand-off-destination-legend = Adónde van las claves
hand-off-keymanager = Un cliente validador o Web3Signer, mediante la keymanager API (un solo archivo de importación)
hand-off-web3signer = Web3Signer, que lee los keystores de su propio disco
hand-off-vault = Web3Signer con HashiCorp Vault (paquete para subir)
hand-off-aws = Web3Signer con AWS Secrets Manager (paquete para subir)
hand-off-vault-host-label = Host del servidor Vault (sin https://, sin puerto)
hand-off-vault-port-label = Puerto del servidor Vault
hand-off-vault-tls = Web3Signer se conecta a Vault mediante TLS
hand-off-vault-mount-label = Punto de montaje KV v2
hand-off-vault-folder-label = Carpeta dentro del punto de montaje (cada clave es carpeta/clave pública)
hand-off-aws-region-label = Región de AWS
hand-off-aws-prefix-label = Prefijo del nombre del secreto (cada clave es prefijo + clave pública)
hand-off-aws-access-key = Escribir marcadores de posición de clave de acceso en cada configuración (si no, Web3Signer usa las credenciales de AWS de su propio host)
hand-off-review = Revisar adónde van las claves
hand-off-review-title = { $count ->
        [one] { $count } clave de firma para { $chain }
       *[other] { $count } claves de firma para { $chain }
    }
hand-off-column-pubkey = Clave pública de firma
hand-off-column-path = Ruta
hand-off-column-stored-as = Guardada como
hand-off-passwords-warning = Este archivo contiene las contraseñas de los keystores en texto claro, junto a los keystores. Cualquiera que lo lea puede firmar con estas claves.
hand-off-passwords-ack = Entiendo que este archivo contiene las contraseñas de los keystores; solo lo moveré al host del validador y lo borraré después de la importación
hand-off-make = Crear los archivos
hand-off-never-signed = Solo para claves que nunca han firmado: el historial de protección contra slashing está vacío. Nunca ejecute una clave en dos lugares.

## Pasos siguientes de cada entrega

next-keymanager-title = Importar con la keymanager API
next-keymanager-text = Copie el archivo de importación a la máquina que accede a la keymanager API de su cliente validador (o de Web3Signer) y envíelo con su token de API y su puerto:
next-keymanager-check = Cada entrada de data en la respuesta debe decir "imported" (o "duplicate"). Después borre el archivo: contiene las contraseñas.
next-web3signer-title = Cargar las claves en Web3Signer
next-web3signer-text = Copie los keystores y estas configuraciones al host del firmante; escriba cada archivo de contraseña junto a su keystore ({ $files }); corrija las rutas; inicie Web3Signer con --key-store-path apuntando a la carpeta de las configuraciones y compruebe /api/v1/eth2/publicKeys.
next-upload-title = Subir las claves desde la máquina con conexión
next-upload-text = Copie { $file } a la máquina con conexión que accede al almacén, inicie sesión con su CLI, descomprima y después:
next-upload-run = La ejecución de prueba (dry run) comprueba cada keystore con su contraseña y muestra cada comando; la segunda ejecución guarda los secretos. Después sustituya los marcadores de posición en web3signer/*.yaml y entregue esos archivos a Web3Signer.

## Plan de claves por frase mnemónica en la página de claves

budget-plan-title = { $mnemonics ->
        [one] Plan: { $count } claves de 1 frase mnemónica
       *[other] Plan: { $count } claves de { $mnemonics } frases mnemónicas
    }
budget-plan-mnemonic = Frase mnemónica
budget-plan-indices = Índices de clave
budget-plan-label = Nombre del paquete
budget-plan-in-use = la que está en uso
budget-plan-new = nueva
budget-plan-first = Crear ahora solo el primer lote
keys-hand-off = Entregar estos keystores a un firmante
