# Flow 3: keystores and deposit data for new validators.

keys-title = Generate validator keys
keys-hint = Only the signing keystores go to your validator node or remote signer. The mnemonic never does: keep it offline, it also controls the withdrawal keys.
keys-public-mnemonic = This is a published test mnemonic: anyone can derive these keys. Use it only on test networks.
keys-start-index-label = Start index (first key index to use)
keys-count-label = Number of validators
keys-budget-label = Key budget per mnemonic
# Button, shown when the keys asked for go past the key budget.
keys-budget-new-mnemonic = Start a new mnemonic for the rest
keys-credentials-legend = Withdrawal credentials
# 0x02, 0x01 and 0x00 are withdrawal credential prefixes: keep them as they are. ETH is the currency.
keys-kind-compounding = 0x02 compounding (recommended; 1 to 2048 ETH)
keys-kind-execution = 0x01 execution address (exactly 32 ETH)
keys-kind-bls = 0x00 BLS (not recommended)
# $currency: the chain's currency ticker (ETH or GNO).
keys-amount-label = Amount per validator, in { $currency }
keys-bls-warning = 0x00 credentials lock withdrawals until you sign a BLS-to-execution change with the withdrawal key.
keys-bls-ack = I understand and want 0x00 credentials
# EIP-55 is the name of the address checksum standard: keep it as is.
keys-address-label = Execution (withdrawal) address, EIP-55 checksummed
keys-address-again-label = The same address again
keys-password-label = Keystore password
keys-password-again-label = Keystore password again
# A rule for the new keystore password, listed under it with ✓ or ○. $count: the minimum number of characters.
keys-rule-minimum-length = { $count ->
        [one] at least { $count } character (control characters do not count)
       *[other] at least { $count } characters (control characters do not count)
    }
# A rule for the new keystore password: both password fields hold the same text.
keys-rule-confirmed = typed the same twice
# KDF: the keystore's key derivation function; scrypt and deposit-cli are names.
keys-kdf-label = Keystore KDF
keys-kdf-scrypt = scrypt (default, like deposit-cli)
keys-independent-salts = A separate salt and KDF run for each keystore (slower; nothing shared between files)
# Button.
keys-review = Review what will be signed
# Button.
keys-sign = Sign: make keystores and deposit data
