keys-title = Generar claves de validador
keys-hint = Solo los keystores de firma van a su nodo validador o firmante remoto. La frase mnemónica nunca: manténgala sin conexión, ya que también controla las claves de retiro.
keys-public-mnemonic = Esta es una frase mnemónica de prueba publicada: cualquiera puede derivar estas claves. Úsela solo en redes de prueba.
keys-start-index-label = Índice inicial (primer índice de clave que se usará)
keys-count-label = Número de validadores
keys-budget-label = Máximo de claves por frase mnemónica
keys-budget-new-mnemonic = Empezar una nueva frase mnemónica para el resto
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
