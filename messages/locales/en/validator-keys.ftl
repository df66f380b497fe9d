# Flow 3: keystores and deposit data for new validators.

keys-title = Generate validator keys
keys-hint = Only the signing keystores go to your validator node or remote signer. The mnemonic never does: keep it offline, it also controls the withdrawal keys.
keys-public-mnemonic = This is a published test mnemonic: anyone can derive these keys. Use it only on test networks.
keys-start-index-label = Start index (first key index to use)
keys-count-label = Number of validators
keys-budget-label = Key budget per mnemonic
# Button, shown when the keys asked for go past the key budget.
keys-budget-new-mnemonic = Start a new mnemonic for the rest
# A plan being followed: its next batch. $mnemonic, $mnemonics: which mnemonic of how many;
#   $first, $last: the key indices; $label: the bundle's label (a name: keep it as it is).
keys-plan-next = Next in your plan: mnemonic { $mnemonic } of { $mnemonics }, key indices { $first }–{ $last }, bundle { $label }. Make it with that mnemonic loaded.
# Button: set the form to that batch.
keys-plan-use = Use it
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

## Top-up

# A top-up: a deposit that adds funds to a validator that already exists (deposit-cli's partial-deposit command).
top-up-title = Top up a validator
# deposit-cli and partial-deposit are names: keep them as they are.
top-up-hint = Adds funds to a validator that already exists, signed with the validator's own signing key (deposit-cli's partial-deposit). The file goes to the deposit contract like any deposit, and cannot be undone once sent.
top-up-explain-title = What a top-up does
# 0x02, 0x01: withdrawal credential prefixes, kept as they are. ETH, GNO: currencies.
top-up-explain-compounding = 0x02 (compounding) validator: the top-up adds to its balance, and its effective balance grows with it up to 2048 ETH (64 GNO on Gnosis chains), so its rewards compound.
top-up-explain-execution = 0x01 validator: everything above 32 ETH (1 GNO on Gnosis chains) is swept to the withdrawal address within days, so a top-up only helps a 0x01 validator whose balance fell below that. Only 0x02 validators compound.
top-up-explain-credentials = The deposit names withdrawal credentials, but for a validator that exists the chain ignores them: give the validator's own anyway. A pubkey that no validator has yet would become a new validator with these credentials.
top-up-source-legend = Sign with the validator's key from
top-up-source-mnemonic = my mnemonic, at a key index
top-up-source-keystore = its keystore file and password
top-up-key-index-label = Key index of the validator's signing key
top-up-keystore-file-label = The validator's keystore file
top-up-keystore-password-label = Keystore password
top-up-validator-pubkey-label = The validator's pubkey (recommended: the key must then be this validator's)
top-up-credentials-legend = The validator's withdrawal credentials
top-up-kind-compounding = 0x02 compounding
top-up-kind-execution = 0x01 execution address
# Shown when 0x01 is chosen. ETH is the currency.
top-up-execution-warning = With 0x01 credentials, what takes the balance above 32 ETH is paid back to the withdrawal address, not compounded. To compound, the withdrawal address must first switch the validator to 0x02 (a consolidation request).
# EIP-55 is the name of the address checksum standard: keep it as is.
top-up-address-label = Its withdrawal address, EIP-55 checksummed
top-up-address-again-label = The same address again
# $currency: the chain's currency ticker (ETH or GNO).
top-up-amount-label = Amount to add, in { $currency }
# gwei: the smallest unit deposits count in (10⁻⁹ ETH).
top-up-amount-hint = From 1 to 2048 ETH (1/32 to 64 GNO on Gnosis chains), in whole gwei.
# Button.
top-up-review = Review what will be signed
# Button.
top-up-sign = Sign the top-up
# Headings of the review's details.
top-up-credentials = Withdrawal credentials
# $prefix: the credentials' first byte (0x01 or 0x02), kept as is.
top-up-credentials-compounding = { $prefix } compounding
top-up-credentials-execution = { $prefix } execution address
top-up-credentials-full = All 32 bytes
# What the Copy button beside the value copies.
top-up-credentials-label = withdrawal credentials
top-up-amount-gwei = Amount in the deposit (gwei)
top-up-key-path = Signing key path
# Heading of the box with the deposit's details, under the review.
top-up-details-title = In the deposit
# The signing review (shared with the other reviews): what is signed, how many, and the amount's heading.
review-what-top-up = a top-up of an existing validator
review-count-top-up = { $count ->
        [one] { $count } top-up
       *[other] { $count } top-ups
    }
review-amount-top-up = Amount to add
# In the review's Validator column: the validator being topped up, which already exists.
review-row-existing = existing
# Next steps for the top-up file.
next-top-up-title = Top-up: deposit it once
# $file: the file's name.
next-top-up-copy = Copy { $file } to the computer you deposit from (it holds no secret).
# $page: the chain's deposit page (a web address).
next-top-up-open = Upload it on { $page } and check the pubkey, the withdrawal credentials and the amount against the summary above.
# $chain: a chain name such as hoodi.
next-top-up-upload = Upload it on { $chain }'s deposit page, and check the pubkey, the withdrawal credentials and the amount against the summary above.
# Followed by the deposit contract's function, as code.
next-top-up-wallet = Or send it from your own wallet: a call to the deposit contract with the file's values and its amount:
next-top-up-after = Deposits cannot be undone. Once it is processed, check the validator's balance on a beacon explorer.

## Builder deposits

# Builders: block builders (EIP-8282), not validators. deposit-cli is a name.
builder-title = Builder deposits
builder-hint = Keys, keystores and deposits for block builders (EIP-8282, deposit-cli's builder command): stake that registers a builder, not a validator.
# m/12381/3600/i/0/0 is a key path: keep it as is.
builder-warning = Builder key i is validator signing key i of the same mnemonic (the same path m/12381/3600/i/0/0). Do not use a mnemonic's validator indices for builders: a new mnemonic is safest.
builder-start-index-label = Start index (first builder key index)
builder-count-label = Number of builders
# EIP-55 is the name of the address checksum standard; 0xb0 is the builder credentials prefix: keep them as they are.
builder-address-label = Withdrawal address, EIP-55 checksummed (0xb0 credentials)
builder-address-again-label = The same address again
# $currency: the chain's currency ticker (ETH or GNO).
builder-amount-label = Amount per builder, in { $currency }
builder-amount-hint = At least 1, in whole gwei, with no maximum; no chain multiplier applies to builder deposits.
builder-password-label = Keystore password
builder-password-again-label = Keystore password again
# Button.
builder-review = Review what will be signed
# A check box under the notice that builder keys are validator keys.
builder-notice-ack = I have checked: this mnemonic has no validators at these key indices
# Button.
builder-sign = Sign: make builder keystores and deposits
builder-credentials = Withdrawal credentials
# What the Copy button beside the value copies.
builder-credentials-label = withdrawal credentials
builder-amount-gwei = Amount per deposit (gwei)
# Heading of the box with the deposits' details, under the review.
builder-details-title = In each deposit
# The signing review (shared with the other reviews).
review-what-builder-deposits = builder deposits
review-count-builder-deposits = { $count ->
        [one] { $count } builder deposit
       *[other] { $count } builder deposits
    }
review-builders = Builders
review-amount-builder = Amount per builder
review-pubkey-builder = Builder pubkey (validator signing key)
# In the review's Validator column: the row is a builder's key.
review-row-builder = builder
# A check box. $count: how many builder keys.
review-tick-builders = These are my builder keys ({ $count })
# Next steps for the builder files.
next-builder-deposit-title = Builder deposit data: submit it once builders are enabled
# $file: the file's name.
next-builder-deposit-copy = Copy { $file } to an online computer (it holds no secret).
# $chain: a chain name such as hoodi. Gloas is the name of a fork; EIP-8282 a standard's name.
next-builder-deposit-submit = Once the Gloas fork has enabled builders on { $chain }, submit each entry to the builder deposit contract of EIP-8282 as its documentation says, from the withdrawal address's wallet. No deposit page takes these files yet.
next-builder-deposit-check = Check the pubkeys, the withdrawal credentials and the amount against the summary above before you send anything: deposits cannot be undone.
next-builder-keystores-title = Builder keystores: for the builder software
next-builder-keystores-copy = { $count ->
        [one] Give the keystore and its password only to the builder software that runs this builder.
       *[other] Give the { $count } keystores and their password only to the builder software that runs these builders.
    }
next-builder-keystores-not-validator = These keys are also this mnemonic's validator signing keys: never run the same key as a builder and as a validator.
