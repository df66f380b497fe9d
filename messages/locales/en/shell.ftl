# The page around the flows: title, masthead, language picker, start screen, journeys.

app-title = withdrawal-wallet
language-picker-label = Language of the page
tagline = Offline keys for Ethereum validators. Nothing you type leaves this page.
online-banner = You appear to be online — disconnect before entering a mnemonic.
offline-banner = Offline ✓
loaded-from = Loaded from
chain-label = Chain:
chain-not-chosen = not chosen yet
chain-custom = { $name } (custom)
chain-custom-incomplete = custom (incomplete)
# $wordlist: the mnemonic's BIP39 wordlist, named in itself; $passphrase: yes or no.
mnemonic-loaded = { $passphrase ->
        [yes] Mnemonic loaded ({ $wordlist } wordlist, with passphrase)
       *[no] Mnemonic loaded ({ $wordlist } wordlist)
    }
clear = Clear
# The arrow points back to the start: mirror it (→) in right-to-left languages.
back-to-tasks = ← All tasks

## The start screen

start-title = What do you want to do?
tools-title = Tools, one at a time
tools-hint = For those who know the steps: each tool on its own, without the guide.

# The direct tools: a title (on a button) and what the tool does.
tool-create-mnemonic = Create a new mnemonic
tool-create-mnemonic-detail = 24 new words, written down and typed back
tool-use-mnemonic = Use an existing mnemonic
tool-use-mnemonic-detail = checked word by word; abbreviations expanded
tool-validator-keys = Generate validator keys
tool-validator-keys-detail = keystores and deposit data
tool-withdrawal-address = Set withdrawal address
# BLS-to-execution change: the protocol's name for the message that sets a withdrawal address.
tool-withdrawal-address-detail = BLS-to-execution change for 0x00 validators
tool-ownership-proof = Prove withdrawal-address ownership
tool-ownership-proof-detail = a signed statement some operators ask for; it changes nothing on chain
tool-exits = Pre-sign exits
tool-exits-detail = from the mnemonic or a keystore
tool-verify-files = Verify files
tool-verify-files-detail = deposit, BLS change, exit or keystore files from any tool
tool-find-validators = Find my validators
tool-find-validators-detail = import the beacon chain's list; sign changes and exits in bulk
tool-hand-off = Hand keys to a signer
tool-hand-off-detail = keymanager API import, Web3Signer configs, Vault and AWS upload bundles
tool-lookup = Look up a withdrawal key
tool-lookup-detail = withdrawal pubkey and 0x00 credentials of a key index
tool-top-up = Top up a validator
# 0x01, 0x02: withdrawal credential prefixes, kept as they are.
tool-top-up-detail = a deposit to an existing 0x01 or 0x02 validator, from its keystore or the mnemonic
tool-builder-deposits = Builder deposits
# EIP-8282: a standard's name, kept as is.
tool-builder-deposits-detail = builder keys, keystores and deposits (EIP-8282)
# EIP-7002, EIP-7251: standards' names; 0x01, 0x02: withdrawal credential prefixes, kept as they are.
tool-execution-requests = Exit, withdraw or consolidate from the withdrawal address
tool-execution-requests-detail = transactions for 0x01 and 0x02 validators (EIP-7002, EIP-7251), sent from your own wallet

## Journeys: what the staker came to do (in the staker's own words), and their steps

journey-withdrawal-address = Set my withdrawal address
journey-withdrawal-address-detail = My validators have 0x00 credentials: sign a BLS-to-execution change so rewards and exits are paid to my address.
journey-new-validators = Make keys for new validators
# Launchpad: the Ethereum staking launchpad, a name.
journey-new-validators-detail = Keystores for my validator client and deposit data for the Launchpad.
journey-exits = Exit validators
journey-exits-detail = Pre-sign voluntary exits, from my mnemonic or a keystore, to broadcast when I decide.
journey-check-file = Check a file
journey-check-file-detail = See what a deposit, BLS change, exit or keystore file says, and whether it is valid.

# The stepper's accessible name; $journey: the journey's title (e.g. "Exit validators").
stepper-label = { $journey }: steps
step-your-mnemonic = Your mnemonic
step-your-validators = Your validators
step-chain-address-amounts = Chain, address and amounts
step-mnemonic-or-keystore = Mnemonic or keystore
step-validators-and-epoch = Validators and epoch
step-review-and-sign = Review and sign
step-files-and-next-steps = Files and next steps
step-the-file = The file
step-what-it-says = What it says

## What a long job is doing (shown before its progress: "signing: 3 of 10, 1.2 s")

phase-deriving = deriving keys
phase-keystores = validator keys
phase-signing = signing
phase-verifying = verifying
phase-reading-import = reading the import (validators)
phase-decrypting = opening the keystore

# A keystore file chosen on a signing page. $name: the file name.
keystore-reading = Reading { $name }…
# $name: the chosen keystore's file name.
keystore-read = ✓ { $name } read
