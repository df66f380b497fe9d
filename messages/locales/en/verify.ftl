# "Verify files": any deposit, BLS-change, exit or keystore file, checked entry by entry.

verify-title = Verify files
verify-file-label = Deposit data, BLS change, exit, ownership proof, withdrawal or consolidation request, or keystore file (from any tool)

## What the chosen file is

verify-kind-keystore = A keystore: enter its password to check it.
verify-kind-deposit-data = Deposit data.
verify-kind-builder-deposit-data = Builder deposit data.
verify-kind-bls-changes = BLS-to-execution changes.
verify-kind-exit = A signed voluntary exit.
verify-kind-ownership-proof = A proof of withdrawal-address ownership (deposit-cli's BLS-to-execution change keystore signature).
verify-kind-execution-request = A withdrawal or consolidation request: a transaction for the withdrawal address's wallet (EIP-7002, EIP-7251).

## The form

verify-password-label = Keystore password
# "0x…" shows how the value starts; keep it as is.
verify-exit-pubkey-label = The validator's signing pubkey (0x…)
verify-expected-address-label = Expected withdrawal address (optional, checksummed): every entry must send funds there
verify-key-count-label = Key indices of your mnemonic to compare with the file (from 0)
verify-no-mnemonic = Load your mnemonic first to see which of its keys each entry uses.
# Button.
verify-check = Check

## A keystore opened

# $pubkey: the key's public key (hex); $path: one of the verify-keystore-path-* texts.
verify-keystore-ok = ✓ The password opens this keystore: pubkey { $pubkey }, path { $path }
# $path: the keystore's derivation path (m/12381/3600/…); $index: the validator key index.
verify-keystore-path-signing = { $path } (signing key of validator key index { $index })
verify-keystore-path-withdrawal = { $path } (withdrawal key of validator key index { $index })
verify-keystore-path-none = none given
# EIP-2334 is the name of a standard; keep it as is.
verify-keystore-path-other = { $path } (not an EIP-2334 validator key path)

## Where the funds go

# Heading above the execution address(es) the file sends funds to.
verify-destinations-title = { $count ->
        [one] Funds go to
       *[other] Funds go to these addresses
    }
# 0x00 is the credentials' prefix; keep it as is.
verify-no-address-deposit = No execution address: the deposits have 0x00 (BLS) credentials, so a BLS-to-execution change is needed before any withdrawal.
verify-no-address = No execution address could be read from this file.
verify-address-differs = ✗ not the expected address
# What the Copy button beside an execution address copies.
verify-execution-address-label = execution address

## The network the file names

# $chain: the chain chosen on the page (a name such as hoodi).
verify-network-none = This file names no network (exit files and ethdo's change files carry none); its signatures were checked against { $chain }.
# $networks: one or more verify-network-described texts; $chain: the chain chosen on the page.
verify-network-named = The file names { $networks }; its signatures were checked against { $chain }.
# Joins two networks a file names.
verify-networks-join = { $first } and { $second }
# $chain: the chain the file's values are (or verify-network-no-builtin-chain); $values: the
# file's own fields, as written in it (network_name "holesky", fork_version 0x01017000).
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = no built-in chain

## Each entry

# $number: the entry's place in the file (1, 2, …).
verify-entry-valid = Entry { $number }: ✓ valid
# $problems: what is wrong, as the core says it, separated by semicolons.
verify-entry-invalid = Entry { $number }: ✗ { $problems }
verify-your-mnemonic = Your mnemonic
verify-validator-pubkey = Validator pubkey
verify-validator-pubkey-label = validator pubkey
verify-withdrawal-credentials = Withdrawal credentials
verify-amount = Amount
# $amount: the amount with its currency (32 ETH); $gwei: the same in gwei, exact digits.
verify-amount-value = { $amount } ({ $gwei } gwei in the deposit contract)
verify-signature = Signature
verify-validator-index = Validator index
verify-from-bls-key = From withdrawal key (BLS)
verify-bls-pubkey-label = BLS withdrawal pubkey
verify-to-address = To execution address
verify-epoch = Epoch (valid from)
verify-checked-pubkey = Checked against signing pubkey
verify-signing-pubkey-label = signing pubkey
# A value the file holds that cannot be read.
verify-unreadable = unreadable

## Withdrawal credentials

# $prefix: the credentials' first byte (0x00, 0x01, 0x02), kept as is.
verify-credentials-bls = { $prefix } — BLS withdrawal key: no execution address yet (a BLS-to-execution change sets it)
verify-credentials-execution = { $prefix } — execution address
verify-credentials-compounding = { $prefix } — compounding, to execution address
verify-credentials-builder = { $prefix } — builder, to execution address
verify-credentials-unknown = { $prefix } — a prefix the consensus specs do not define
verify-credentials-all-bytes = All 32 bytes
verify-credentials-label = withdrawal credentials

## Signatures

verify-signature-valid = ✓ verifies for the chain chosen
verify-signature-invalid = ✗ does not verify for the chain chosen
verify-signature-not-checked = not checked (see the problems above)

## Keys of the loaded mnemonic

# $key: signing or withdrawal (which of the validator's keys); $index: a key index of the mnemonic.
verify-key-match-found = { $key ->
        [signing] signing key
       *[withdrawal] withdrawal key
    }: key index { $index } of your mnemonic
# $count: how many key indices of the mnemonic were compared.
verify-key-match-none = { $key ->
        [signing] signing key
       *[withdrawal] withdrawal key
    }: not from your mnemonic (first { $count } key { $count ->
        [one] index
       *[other] indices
    } checked)

## Proofs of withdrawal-address ownership and requests from the withdrawal address

# "0x…" shows how the value starts; keep it as is.
verify-proof-pubkey-label = The validator's signing pubkey (0x…); leave it empty to try the signing keys of your mnemonic
verify-signer-keystore-label = Or the validator's keystore file: only the pubkey it states is read (no password)
# $name: the chosen keystore's file name.
verify-signer-keystore-read = ✓ { $name } read: the entry is checked against its pubkey
# Heading above the address a proof of withdrawal-address ownership names (it moves no funds).
verify-destinations-proof = The address this proof names
verify-proof-not-consensus = Not a consensus message: it changes nothing on chain, and no beacon node accepts it.
# What a withdrawal or consolidation request (EIP-7002, EIP-7251) asks for; 0x02 is a
# credentials prefix.
verify-request-action = What it asks for
verify-request-action-full-exit = a full exit of the validator: its whole balance is withdrawn
verify-request-action-partial-withdrawal = a partial withdrawal from a 0x02 validator
verify-request-action-switch-to-compounding = the switch of the validator to 0x02 (compounding) credentials
verify-request-action-consolidation = a consolidation: the source validator exits and its balance moves to the target
verify-request-chain-id = Chain ID
verify-request-from = Must be sent from (the withdrawal address)
verify-request-to = To the system contract
# What the Copy button beside the contract's address copies.
verify-request-to-label = contract address
verify-request-value = Value attached (the contract's fee)
# $wei: the value in wei, exact digits.
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Source validator pubkey
verify-request-target-pubkey = Target validator pubkey
verify-request-amount = Amount to withdraw
# $amount: the amount with its currency (1.5 ETH); $gwei: the same in gwei, exact digits.
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = No funds go to an address: a consolidation moves the source validator's balance to the target validator, and a switch to 0x02 moves none.
# $chain: the chain chosen on the page. A request file is a transaction not yet signed.
verify-network-request = Checked against { $chain }'s chain ID and request contracts. The file carries no signature: the withdrawal address's wallet signs the transaction when it sends it.
