# Handing signing keys to a validator client, a remote signer (Web3Signer) or a secret store
# (HashiCorp Vault, AWS Secrets Manager). Web3Signer, Vault, AWS, keymanager API, curl and file
# names are names: keep them as they are.

hand-off-title = Hand keys to a signer
hand-off-hint = For signing keystores only. The mnemonic and the withdrawal keys never go to a node or signer: keep them offline.
hand-off-keystores-label = Signing keystores (one or more files)
# $count: how many keystore files were read.
hand-off-keystores-read = { $count ->
        [one] { $count } keystore read
       *[other] { $count } keystores read
    }
hand-off-from-keys = The keystores you just made are loaded.
hand-off-password-label = The keystores' password
hand-off-destination-legend = Where the keys go
hand-off-keymanager = A validator client or Web3Signer, through the keymanager API (one import file)
hand-off-web3signer = Web3Signer, reading the keystores from its disk
hand-off-vault = Web3Signer with HashiCorp Vault (upload bundle)
hand-off-aws = Web3Signer with AWS Secrets Manager (upload bundle)
hand-off-vault-host-label = Vault server host (no https://, no port)
hand-off-vault-port-label = Vault server port
hand-off-vault-tls = Web3Signer reaches Vault over TLS
hand-off-vault-mount-label = KV v2 mount
hand-off-vault-folder-label = Folder under the mount (each key is folder/pubkey)
hand-off-aws-region-label = AWS region
hand-off-aws-prefix-label = Secret name prefix (each key is prefix + pubkey)
hand-off-aws-access-key = Write access-key placeholders into each config (otherwise Web3Signer uses its host's own AWS credentials)
# Button.
hand-off-review = Review where the keys go
# $count: number of keys; $chain: the chain's name.
hand-off-review-title = { $count ->
        [one] { $count } signing key for { $chain }
       *[other] { $count } signing keys for { $chain }
    }
hand-off-column-pubkey = Signing pubkey
hand-off-column-path = Path
hand-off-column-stored-as = Stored as
hand-off-passwords-warning = This file holds the keystore passwords in the clear, next to the keystores. Anyone who reads it can sign with these keys.
hand-off-passwords-ack = I understand this file contains the keystore passwords; I will move it only to the validator host and delete it after the import
# Button.
hand-off-make = Make the files
hand-off-never-signed = Only for keys that have never signed: the slashing-protection history is empty. Never run a key in two places.

## Next steps of each hand-off.

next-keymanager-title = Import with the keymanager API
next-keymanager-text = Copy the import file to the machine that reaches your validator client's (or Web3Signer's) keymanager API, then send it with your API token and port:
next-keymanager-check = Every entry of the answer's data should say "imported" (or "duplicate"). Then delete the file: it holds the passwords.
next-web3signer-title = Load the keys in Web3Signer
next-web3signer-text = Copy the keystores and these configs to the signer host; write each password file next to its keystore ({ $files }); fix the paths; start Web3Signer with --key-store-path set to the configs' folder and check /api/v1/eth2/publicKeys.
next-upload-title = Upload the keys from the online machine
next-upload-text = Copy { $file } to the online machine that reaches the store, log its CLI in, unzip, then:
next-upload-run = The dry run checks every keystore with your password and prints each command; the second run stores the secrets. Then replace the placeholders in web3signer/*.yaml and give them to Web3Signer.

## Key budget plan on the keys page.

# $count: keys asked for; $mnemonics: how many mnemonics the plan uses.
budget-plan-title = { $mnemonics ->
        [one] Plan: { $count } keys from 1 mnemonic
       *[other] Plan: { $count } keys from { $mnemonics } mnemonics
    }
budget-plan-mnemonic = Mnemonic
budget-plan-indices = Key indices
budget-plan-label = Bundle label
budget-plan-in-use = the one in use
budget-plan-new = new
# Button: set the number of validators to what fits the mnemonic in use.
budget-plan-first = Make only the first batch now
# After signing: go to the hand-off screen with the keystores just made.
keys-hand-off = Hand these keystores to a signer
