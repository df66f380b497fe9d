# Finding the validators a mnemonic controls in what the beacon chain knows, signing for them in
# bulk; and looking up the withdrawal key of one key index. A key index is the number i of the
# mnemonic's i-th validator key.

## Look up a withdrawal key

lookup-title = Withdrawal key of a key index
# $path: the key derivation path, kept as is (m/12381/3600/i/0); i is the key index.
lookup-hint = Shows the withdrawal public key ({ $path }) of your mnemonic's key index i and the 0x00 withdrawal credentials it gives, so you can compare them with what the beacon chain shows.
lookup-index-label = Key index
# Button
lookup-show = Show its keys
lookup-withdrawal-path = Withdrawal key path
lookup-withdrawal-pubkey = Withdrawal public key
lookup-credentials = 0x00 withdrawal credentials
lookup-signing = Signing key path and public key
# What a Copy button copies, completing its accessible name ("Copy withdrawal public key").
lookup-copy-withdrawal-pubkey = withdrawal public key
lookup-copy-credentials = withdrawal credentials
lookup-copy-signing-pubkey = signing public key

## Find my validators

find-title = Find my validators
find-hint = Import what the beacon chain knows, in one of these forms, and the wallet finds which validators your mnemonic's keys control. Imports up to 1 GiB are read (mainnet's full list is about 500 MB).
# Followed by the beacon API's endpoint, kept as is.
find-hint-beacon-api = the beacon API's response to
# Followed by the file's name, kept as is. ethdo: a tool's name.
find-hint-ethdo = ethdo's file
# Followed by the column names, kept as is.
find-hint-csv = a CSV with the columns
find-key-count-label = Key indices to scan, from 0 (ethdo scans 1,024)
# Button
find-submit = Find my validators
# $format: what the import was (one of the find-format- messages); $read: validators in the
# import; $found: those the mnemonic controls; $first, $last: the key indices scanned.
find-summary = { $format }: { $read ->
        [one] { $read } validator read
       *[other] { $read } validators read
    }, { $found } controlled by this mnemonic's key indices { $first }–{ $last }.
find-format-beacon-api = beacon API validators response
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = list

## The import

find-import-file-label = Import file
# $name: the file's name; $size: its size in megabytes.
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …or paste it here

## The validators found

# Column headings. "Sign": whether to sign for the validator (a checkbox).
find-column-sign = Sign
find-column-validator = Validator
find-column-key-index = Key index
find-column-status = Status
find-column-credentials = Withdrawal credentials
find-column-found-by = Found by
find-column-change = Address change
# $validator: the validator's index on the beacon chain.
find-select-validator = Sign for validator { $validator }
# How a validator was matched to the mnemonic's keys.
find-found-by-both = credentials and pubkey
find-found-by-credentials = withdrawal credentials
find-found-by-pubkey = signing pubkey
# Whether the withdrawal address can be changed (0x00 credentials are BLS ones).
find-change-possible = 0x00: can be changed
find-change-other-key = 0x00 of another withdrawal key: not this mnemonic's
# $prefix: the credentials' type, e.g. 0x01 (kept as is).
find-change-already = already { $prefix }

## Signing for the validators found

find-bls-warning = A BLS change can be included on chain once and cannot be undone. Check the address on a second device.
# EIP-55: the standard of mixed-case checksummed addresses, a name.
find-address-label = New execution (withdrawal) address, EIP-55 checksummed
find-address-again-label = The same address again
find-with-exits = Also pre-sign voluntary exits for the selected validators
find-exit-epoch-label = Exit epoch
# Button
find-review = Review what will be signed
# Button
find-sign = Sign for the selected validators
find-error-none-selected = select at least one validator this mnemonic can sign for
find-error-address-twice = type the new address twice
