# Flow 4: setting the withdrawal address with a BLS-to-execution change.
# "BLS-to-execution change" is the protocol's name for the operation; keep BLS as is.

bls-change-title = Set withdrawal address (BLS-to-execution change)
bls-change-warning = A BLS change can be included on chain once and cannot be undone. Check the address on a second device.
bls-change-validators-legend = Your validators, as the beacon chain knows them
# Followed by the button bls-change-find. $file: a file name ethdo writes (offline-preparation.json).
bls-change-find-hint = Have the beacon chain's list (the beacon API's validators, or ethdo's { $file })?
# Button: opens the "Find my validators" task.
bls-change-find = Find them from the list
bls-change-start-index-label = Key index of the first validator below
bls-change-validator-indices-label = Validator indices (beacon chain), separated by commas or new lines
bls-change-credentials-label = Their current withdrawal credentials (0x00…), same order
# Button.
bls-change-derive-credentials = Fill in the credentials my mnemonic gives these key indices
# EIP-55 is the name of the address checksum standard: keep it as is.
bls-change-address-label = New execution (withdrawal) address, EIP-55 checksummed
bls-change-address-again-label = The same address again
# Button.
bls-change-review = Review what will be signed
# Button.
bls-change-sign = Sign BLS-to-execution changes
