app-title = withdrawal-wallet
language-picker-label = Idioma de la página
tagline = Claves sin conexión para validadores de Ethereum. Nada de lo que escriba sale de esta página.
online-banner = Parece que hay conexión a internet — desconéctese antes de introducir una frase mnemónica.
offline-banner = Sin conexión ✓
loaded-from = Página cargada desde
chain-label = Red:
chain-not-chosen = aún no elegida
chain-custom = { $name } (personalizada)
chain-custom-incomplete = personalizada (incompleta)
mnemonic-loaded = { $passphrase ->
        [yes] Frase mnemónica cargada (lista de palabras { $wordlist }, con passphrase)
       *[no] Frase mnemónica cargada (lista de palabras { $wordlist })
    }
clear = Borrar
back-to-tasks = ← Todas las tareas

## Pantalla de inicio

start-title = ¿Qué desea hacer?
tools-title = Herramientas, una a una
tools-hint = Para quienes ya conocen los pasos: cada herramienta por separado, sin la guía.
tool-create-mnemonic = Crear una nueva frase mnemónica
tool-create-mnemonic-detail = 24 palabras nuevas, anotadas y vueltas a escribir
tool-use-mnemonic = Usar una frase mnemónica existente
tool-use-mnemonic-detail = comprobada palabra por palabra; abreviaturas completadas
tool-validator-keys = Generar claves de validador
tool-validator-keys-detail = keystores y datos de depósito (deposit data)
tool-withdrawal-address = Establecer la dirección de retiro
tool-withdrawal-address-detail = cambio BLS-to-execution para validadores 0x00
tool-ownership-proof = Demostrar la titularidad de la dirección de retiro
tool-ownership-proof-detail = una declaración firmada que piden algunos operadores; no cambia nada en la cadena
tool-exits = Prefirmar salidas
tool-exits-detail = desde la frase mnemónica o un keystore
tool-verify-files = Verificar archivos
tool-verify-files-detail = archivos de depósito, cambio BLS, salida o keystore de cualquier herramienta
tool-find-validators = Encontrar mis validadores
tool-find-validators-detail = importar la lista de la beacon chain; firmar cambios y salidas en bloque
tool-hand-off = Entregar claves a un firmante
tool-hand-off-detail = importación por la keymanager API, configuraciones de Web3Signer, paquetes para subir a Vault y AWS
tool-lookup = Consultar una clave de retiro
tool-lookup-detail = clave pública de retiro y credenciales 0x00 de un índice de clave
tool-top-up = Recargar un validador
tool-top-up-detail = un depósito a un validador 0x01 o 0x02 existente, desde su keystore o la frase mnemónica
tool-builder-deposits = Depósitos de builder
tool-builder-deposits-detail = claves, keystores y depósitos de builder (EIP-8282)
tool-execution-requests = Salir, retirar o consolidar desde la dirección de retiro
tool-execution-requests-detail = transacciones para validadores 0x01 y 0x02 (EIP-7002, EIP-7251), enviadas desde su propia billetera

## Recorridos guiados

journey-withdrawal-address = Establecer mi dirección de retiro
journey-withdrawal-address-detail = Mis validadores tienen credenciales 0x00: firmar un cambio BLS-to-execution para que las recompensas y las salidas se paguen a mi dirección.
journey-new-validators = Crear claves para nuevos validadores
journey-new-validators-detail = Keystores para mi cliente validador y datos de depósito para el Launchpad.
journey-exits = Realizar la salida de validadores
journey-exits-detail = Prefirmar salidas voluntarias, desde mi frase mnemónica o un keystore, para difundirlas cuando yo decida.
journey-check-file = Comprobar un archivo
journey-check-file-detail = Ver qué dice un archivo de depósito, de cambio BLS, de salida o un keystore, y si es válido.
stepper-label = { $journey }: pasos
step-your-mnemonic = Su frase mnemónica
step-your-validators = Sus validadores
step-chain-address-amounts = Red, dirección e importes
step-mnemonic-or-keystore = Frase mnemónica o keystore
step-validators-and-epoch = Validadores y época
step-review-and-sign = Revisión y firma
step-files-and-next-steps = Archivos y pasos siguientes
step-the-file = El archivo
step-what-it-says = Qué dice

## Progreso de las tareas largas

phase-deriving = derivando claves
phase-keystores = claves de validador
phase-signing = firmando
phase-verifying = verificando
phase-reading-import = leyendo la importación (validadores)
phase-decrypting = abriendo el keystore

keystore-reading = Leyendo { $name }…
keystore-read = ✓ { $name } leído
