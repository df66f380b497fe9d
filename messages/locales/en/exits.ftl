# Flow 5: pre-signed voluntary exits.

exits-title = Pre-sign voluntary exits
exits-hint = An exit becomes valid from its epoch on, and cannot be undone once broadcast. Keep the files safe.
# Followed by two choices: exits-source-mnemonic and exits-source-keystore.
exits-source-legend = Sign with
exits-source-mnemonic = my mnemonic
exits-source-keystore = a keystore file and its password
exits-keystore-file-label = Keystore file
exits-keystore-password-label = Keystore password
exits-validator-pubkey-label = The validator's pubkey (recommended: the keystore's key must then be this validator's)
exits-start-index-label = Key index of the first validator below
exits-validator-indices-label = Validator indices, separated by commas
exits-validator-index-label = The validator's index (one: a keystore holds one key)
exits-epoch-label = Epoch
# Button.
exits-review = Review what will be signed
# Button.
exits-sign = Sign exits
