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

## Ownership proof
# Proof of withdrawal-address ownership: ethstaker-deposit-cli's
# generate-bls-to-execution-change-keystore, signed with the validator's signing key. It is not a
# consensus message: no beacon node accepts it, and it changes nothing on chain.

proof-title = Prove withdrawal-address ownership
# Launchpad: the Ethereum staking launchpad, a name.
proof-not-consensus = This is not a message for the chain: signing it changes nothing on chain, and no beacon node or Launchpad accepts it. Some operators ask for it so that the staker proves control of the validator's signing key and names an address.
# 0x00 is a credentials prefix: keep it as is.
proof-what = The file states, signed with the validator's signing key, that the validator's withdrawals are to go to the address below. It is asked, for example, of stakers who lost the mnemonic behind 0x00 credentials but still hold the signing keystore.
# Followed by deposit-cli's command name (generate-bls-to-execution-change-keystore),
# shown as code; deposit-cli is a tool's name.
proof-reference = deposit-cli makes the same file with its command:
# Followed by two choices: proof-source-keystore and proof-source-mnemonic.
proof-source-legend = Sign with
proof-source-keystore = the validator's keystore file and its password
proof-source-mnemonic = my mnemonic, at the validator's key index
proof-keystore-file-label = The validator's keystore file
proof-keystore-password-label = Keystore password
proof-key-index-label = Key index of the validator's signing key
proof-validator-pubkey-label = The validator's pubkey (recommended: the signing key must then be this validator's)
proof-validator-index-label = The validator's index (beacon chain)
# EIP-55 is the name of the address checksum standard: keep it as is.
proof-address-label = The withdrawal address the proof names, EIP-55 checksummed
proof-address-again-label = The same address again
# Button.
proof-review = Review what will be signed
# Button.
proof-sign = Sign the proof
# What the signing review covers, in "Review: what will be signed (…)" and "Signed: …".
review-what-ownership-proof = proof of withdrawal-address ownership
review-count-ownership-proof = { $count ->
        [one] { $count } proof of withdrawal-address ownership
       *[other] { $count } proofs of withdrawal-address ownership
    }
# The next steps after the proof is signed.
next-proof-title = Proof of withdrawal-address ownership: give it to whoever asked for it
# $file: the proof's file name.
next-proof-copy = Copy { $file } to an online computer (it holds no secret).
# Launchpad: a name.
next-proof-send = Send the file (or its signature) to the operator or process that asked for it, the way they ask. There is nothing to broadcast: no beacon node or Launchpad accepts it.
# BLS-to-execution change: the protocol's name; 0x00 is a credentials prefix.
next-proof-nothing-on-chain = By itself it proves nothing on chain and changes no withdrawal credentials: the address of a 0x00 validator is set only by a BLS-to-execution change signed with its withdrawal key.
