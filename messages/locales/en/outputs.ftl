
## Signing review: what will be signed, shown before every sign button

# What is signed, inside review-title and review-signed-title.
review-what-bls-changes = BLS-to-execution changes
review-what-deposits = deposits of new validators
review-what-exits = voluntary exits
# $what: one of the review-what-* texts.
review-title = Review: what will be signed ({ $what })
review-signed-title = Signed: { $what }
# Accessible name of the printed summary.
review-summary-label = What was signed
review-chain = Chain
review-fork-version = Genesis fork version
review-root = Genesis validators root
# What the Copy button beside the value copies.
review-root-label = genesis validators root
review-address = Destination address
review-address-label = destination address
review-amount = Amount per validator
review-epoch = Valid from epoch
review-validators = Validators
# How many validators, with what is signed for them.
review-count-bls-changes = { $count ->
        [one] { $count } BLS-to-execution change
       *[other] { $count } BLS-to-execution changes
    }
review-count-deposits = { $count ->
        [one] { $count } deposit of a new validator
       *[other] { $count } deposits of new validators
    }
review-count-exits = { $count ->
        [one] { $count } voluntary exit
       *[other] { $count } voluntary exits
    }
# Fallback: $what is an untranslated description.
review-count = { $count } { $what }
# Table column headings.
review-column-validator = Validator
review-column-key-index = Key index
review-column-check = Check
review-pubkey-from-bls = From BLS pubkey (withdrawal key)
review-pubkey-signing = Signing pubkey
review-pubkey-label = pubkey
# In the Validator column: a validator that has no index yet.
review-row-new = new
# In the Key index column: a key from a keystore, not from the mnemonic.
review-row-keystore = keystore
# $count: how many characters to type (6).
review-confirm-ending = { $count ->
        [one] To confirm, type the last character of the destination address
       *[other] To confirm, type the last { $count } characters of the destination address
    }
review-confirm-each = Confirm each part
# Check boxes the staker ticks. $chain: a chain name such as hoodi.
review-tick-chain = The chain is { $chain }
review-tick-address = The destination address is mine, checked on a second device
review-tick-validators = These are my validators ({ $count })
# $amount: the amount with its currency (32 ETH).
review-tick-amount = { $amount } for each
# $epoch: an epoch number, as typed.
review-tick-epoch = Valid from epoch { $epoch }
review-blocked = Nothing can be signed until every validator above checks out.

## Hex values and their Copy button

# Button.
hex-copy = Copy
hex-copied = Copied
# Accessible name of the Copy button. $label: what is copied (a pubkey, an address…).
hex-copy-label = Copy { $label }

## QR codes, files and long jobs

# $detail: the QR library's reason, in English.
qr-too-long = too long for one QR code: { $detail }
files-read-failed = the browser could not read the file
files-download-failed = the browser could not offer the file
jobs-worker-refused = the browser refused to start a Web Worker
jobs-module-not-sent = could not send the wasm module to the worker
jobs-job-not-sent = could not send the job to the worker
# Progress of a long job. $phase: what it is doing (deriving keys, signing…); $count: one of
# the job-progress-done/of/percent texts; $elapsed: seconds so far.
job-progress = { $phase }: { $count }, { $elapsed } s
# $eta: seconds left, from the pace so far.
job-progress-eta = { $phase }: { $count }, { $elapsed } s, about { $eta } s left
job-progress-done = { $done }
job-progress-of = { $done } of { $total }
job-progress-percent = { $percent }%
# Button.
job-cancel = Cancel
job-cancelled = Cancelled. Nothing was produced.

## Next steps: what to do with each file made

next-steps-title = Next steps
next-deposit-title = Deposit data: upload it, then deposit
# $file: the file's name, kept as is.
next-deposit-copy = Copy { $file } to the computer you deposit from (it holds no secret).
# $page: the Launchpad's address (a link).
next-deposit-open = Open { $page }, upload the file, and check that every pubkey, the withdrawal credentials and the amount are the ones in the summary above.
# $chain: a chain name, for chains with no known deposit page.
next-deposit-upload = Upload it on { $chain }'s deposit page, and check every pubkey, the withdrawal credentials and the amount against the summary above.
next-deposit-sign = Sign the deposit transactions there with the wallet that holds the funds. Deposits cannot be undone.
next-deposit-start = Start the validator with its keystore before the deposit is processed, so it misses no duty.
next-keystores-title = Keystores: import them into your validator client or remote signer
next-keystores-copy = { $count ->
        [one] Copy the keystore file (or the zip) to the validator machine. Its password goes with it, typed there, never stored beside it.
       *[other] Copy the { $count } keystore files (or the zip) to the validator machine. Their password goes with them, typed there, never stored beside them.
    }
# Followed by example commands.
next-keystores-import = Import them, for example:
# "Include Web3Signer key configs" and "Download all" are the labels of a check box and a
# button on this page: use the same words as they do. $files: a path pattern, kept as is.
next-keystores-web3signer = Web3Signer: tick "Include Web3Signer key configs" before Download all; its { $files } files point at each keystore and its password file.
next-keystores-one-machine = Run each key on one machine only: the same key on two machines is slashed.
next-bls-change-title = BLS-to-execution change: broadcast it once
next-bls-change-copy = Copy { $file } to an online computer (it holds no secret).
# Followed by a command.
next-bls-change-send = Send it to your beacon node:
# $page: a block explorer's broadcast page (beaconcha.in/tools/broadcast).
next-bls-change-explorer = or paste it into a block explorer's broadcast page ({ $page } on mainnet).
# $prefix: 0x01, kept as is.
next-bls-change-after = Within a few days the validator's credentials read { $prefix } followed by your address; withdrawals then go there. The change cannot be undone.
# $file: change-operations.json, ethdo's file name.
next-ethdo-title = ethdo's { $file }: the same changes, for ethdo
# Followed by a command.
next-ethdo-broadcast = If you use ethdo online, broadcast with it instead of the file above (not both):
next-exits-title = Voluntary exits: keep them until you decide to exit
next-exits-store = { $count ->
        [one] Store the exit file safely: anyone holding it can exit that validator, and an exit cannot be undone.
       *[other] Store the { $count } exit files safely: anyone holding one can exit that validator, and an exit cannot be undone.
    }
# Followed by a command.
next-exits-send = To exit, send one to a beacon node:
next-exits-explorer = or paste it into a block explorer's broadcast page. The validator keeps its duties until the exit completes.
next-never-title = Never leaves this offline computer
next-never-text = Your mnemonic and its passphrase. Type them nowhere else; keystore passwords only on the machine that runs the keys.
# Button.
next-print = Print these steps

## Shared form pieces: the chain picker, the file list, the public mnemonic acknowledgement,
## and the notice shown when a flow needs a mnemonic first.

common-chain-label = Chain
common-chain-choose = Choose the chain…
# The last choice of the chain list: a chain whose values the staker types.
common-chain-custom = custom chain…
common-custom-name-label = Chain name
common-custom-genesis-fork-label = Genesis fork version
common-custom-capella-fork-label = Capella fork version
common-custom-root-label = Genesis validators root (needed for BLS changes and exits)
common-files-verified = ✓ Every file below was verified (signatures, roots, keystore decryption) before being offered.
# Button, beside each file name.
common-download = Download
# Web3Signer is a product name. $files: the configs' paths (web3signer/*.yaml); $kind: the config type (file-keystore). Keep both as they are.
common-web3signer = Include Web3Signer key configs ({ $files }, type { $kind })
# Button. $file: the zip file's name.
common-download-all = Download all ({ $file })
# Button.
common-show-qr = QR codes for a phone
# Caption under a QR code. $file: the file name; $number: which message of the file; $total: how many it holds.
common-qr-caption = { $file }, message { $number } of { $total }
# Read aloud by screen readers for a QR code. Same variables as common-qr-caption.
common-qr-label = QR code: { $file }, message { $number } of { $total }
# In place of a QR code whose message does not fit in one. Same variables as common-qr-caption.
common-qr-too-long = { $file }, message { $number } of { $total }: too long for one QR code
# Checkbox, shown when a published test mnemonic is used on a chain whose currency has real value.
common-public-ack = I know these keys are public and still want files for this chain
common-needs-mnemonic = This step works from your mnemonic. Create a new one or enter the one you have first.
# Button.
common-needs-use = Enter my mnemonic
# Button.
common-needs-create = Create a new mnemonic
