### The core's errors and notices, one message per error code: `error-<code>`, rendered from
### the error's parameters only (Catalogue::error). The codes, their order and these sections
### are those of src/error.rs.
###
### For translators:
### - Variant keys in [brackets] (did_you_mean, import, keystore…) are values the core sends:
###   never translate them; translate only the text after them. The variant marked * is used
###   when the variable is absent.
### - Values are shown as the core gives them and are never translated: $field (a path such as
###   validators[3].pubkey or crypto.kdf.params.salt), $name, $entry, hex, addresses, pubkeys,
###   chain names (mainnet, hoodi), option names (startIndex), text someone typed ($text, $found,
###   quoted with " "), and serde's or JSON parsers' English descriptions ($detail, $expected,
###   $found of options).
### - Keep as is: EIP-55, EIP-2333, EIP-2335, BIP39, BLS, JSON, UTF-8, UTF-16, CSV, ETH, GNO,
###   GiB, MiB, 0x, scrypt, pbkdf2, ethdo, beacon API, uint64, gwei, and field names of files
###   (deposit_message_root, withdrawal_credentials, validator_index…).

## Options given to the package or the worker.

error-options_not_object = the options must be an object, like {"{"} mnemonic, startIndex, count {"}"}

# $field: the unknown option's path, as given (e.g. passPhrase, validators[3].pubkey).
# $known: the option names the function takes, comma-separated.
# $nearest: the known name nearest to the misspelt one.
# $option: the unknown name alone (not shown).
# $reason: did_you_mean when a nearest name is known; absent otherwise.
error-option_unknown = { $reason ->
        [did_you_mean] unknown option "{ $field }" (did you mean "{ $nearest }"?); the options here are { $known }
       *[other] unknown option "{ $field }"; the options here are { $known }
    }

# $field: the missing option's path (e.g. startIndex, chain.name).
# $option: the missing option's name (not shown).
# $reason: verify_needs_mnemonic (a passphrase, language or keyCount came without the
#   mnemonic), verify_needs_pubkey (checking an exit needs the validator's pubkey) or
#   verify_needs_signer (checking a proof of withdrawal-address ownership needs the
#   validator's pubkey, its keystore or the mnemonic); absent for an option that is simply
#   required.
error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language and keyCount match the entries against a mnemonic: give the mnemonic too
        [verify_needs_pubkey] give the validator's signing pubkey to check an exit against
        [verify_needs_signer] give the validator's signing pubkey, its keystore or the mnemonic to check a proof of withdrawal-address ownership against
       *[other] the option "{ $field }" is required
    }

# $path: the option's path (e.g. startIndex, chain.name, onProgress); it may be empty when a
#   request came as one JSON object.
# $expected, $found: what was expected and what was given, as serde describes them in English
#   (e.g. "u32", "the string \"5\"").
# $reason: which problem: not_string, not_option_value (a function, symbol or BigInt),
#   unreadable, not_json, not_function; absent for expected/found.
error-option_type = { $reason ->
        [not_string] option "{ $path }": expected a string
        [not_option_value] option "{ $path }": a function, symbol or BigInt cannot be an option here; uint64 values are decimal strings
        [unreadable] option "{ $path }" could not be read
        [not_json] option "{ $path }" has a type JSON cannot hold
        [not_function] option "{ $path }": expected a function (done, total, phase)
       *[other] option "{ $path }": expected { $expected }, got { $found }
    }

# $path: the option's path (e.g. kdf, startIndex); it may be empty when a request came as one
#   JSON object.
# $expected: what was expected, as serde describes it in English; for not_one_of, the allowed
#   values, comma-separated (e.g. scrypt, pbkdf2).
# $found: what was given.
# $detail: serde's description of the problem, in English.
# $reason: not_one_of, invalid (with $detail), invalid_options (with $detail, no option named),
#   keystore_not_verified (a keystore was given where a signed file is checked),
#   hand_off_not_verified (a hand-off file, checked only when made, given to be verified); absent for
#   expected/found.
error-option_value = { $reason ->
        [not_one_of] option "{ $path }": "{ $found }" is not one of { $expected }
        [invalid] option "{ $path }": { $detail }
        [invalid_options] invalid options: { $detail }
        [keystore_not_verified] a keystore is checked by opening it with its password, not verified as a signed file
        [hand_off_not_verified] this file is checked when it is made, by reading it back; it holds no signature to verify
       *[other] option "{ $path }": expected { $expected }, got { $found }
    }

# startIndex, keyIndices, keystore, password, mnemonic, keyIndex, passphrase, language and
#   pubkey are option names: keep them as they are.
# $options: the two option names (not shown).
# $reason: keystore_or_mnemonic (a proof of withdrawal-address ownership is signed with a
#   keystore or with the mnemonic: options of both, or of neither, were given),
#   pubkey_or_keystore (a file is checked against a pubkey or a keystore: both were given);
#   absent for startIndex and keyIndices.
error-option_conflict = { $reason ->
        [keystore_or_mnemonic] invalid options: sign either with a keystore (keystore and password) or with the mnemonic (mnemonic and keyIndex, with passphrase and language if needed)
        [pubkey_or_keystore] invalid options: give the validator's signing pubkey or its keystore, not both
       *[other] invalid options: give either startIndex or keyIndices (one key index per validator)
    }

error-text_lone_surrogate = this text holds a lone UTF-16 surrogate (half of a character); it cannot be encoded and would be silently replaced, giving other keys: retype it

## Hex fields, everywhere.

# $subject: what must start with 0x: chain_genesis_fork_version, chain_capella_fork_version,
#   chain_genesis_validators_root (a custom chain's values), execution_address, import_entry
#   (a field of an imported validator), import_file (a field of an ethdo file); absent when
#   the message names the field itself ($field).
# $field: the field's path in a signed file (e.g. signature, message.from_bls_pubkey).
# $entry: where the imported validator is (e.g. data[12]); $name: the field's name in the
#   import (e.g. validator.pubkey).
error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] the chain's genesis fork version must start with 0x
        [chain_capella_fork_version] the chain's Capella (exit) fork version must start with 0x
        [chain_genesis_validators_root] the chain's genesis validators root must start with 0x
        [execution_address] the execution address must start with 0x (0x and 40 hex digits)
        [import_entry] { $entry }: { $name } must start with 0x
        [import_file] the file: { $name } must start with 0x
       *[other] { $field } must start with 0x
    }

# $field: the field's path in a deposit file (e.g. pubkey, fork_version).
error-hex_unexpected_prefix = { $field } must not start with 0x

# $subject: what is not hexadecimal: chain_genesis_fork_version, chain_capella_fork_version,
#   chain_genesis_validators_root, validator_pubkey, execution_address, withdrawal_credentials
#   (the $position-th of a list, from 1), import_entry, import_csv_line (CSV line $line),
#   import_file; absent when the message names the field itself ($field).
# $field: the field's path in a signed file; $entry: where the imported validator is (e.g.
#   data[12]); $name: the field's name in the import.
error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] the chain's genesis fork version is not hexadecimal
        [chain_capella_fork_version] the chain's Capella (exit) fork version is not hexadecimal
        [chain_genesis_validators_root] the chain's genesis validators root is not hexadecimal
        [validator_pubkey] the validator pubkey is not hexadecimal
        [execution_address] the execution address is not hexadecimal (0x and 40 hex digits)
        [withdrawal_credentials] withdrawal credentials #{ $position } is not hexadecimal (0x and 64 hex digits)
        [import_entry] { $entry }: { $name } is not hexadecimal
        [import_csv_line] CSV line { $line }: { $name } is not hexadecimal
        [import_file] the file: { $name } is not hexadecimal
       *[other] { $field } is not hexadecimal
    }

# $bytes: how many bytes the value has; $expected: how many it must have.
# $subject, $position, $line, $field, $entry, $name: as for error-hex_not_hex.
error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] the chain's genesis fork version is { $bytes } bytes; it must be { $expected }
        [chain_capella_fork_version] the chain's Capella (exit) fork version is { $bytes } bytes; it must be { $expected }
        [chain_genesis_validators_root] the chain's genesis validators root is { $bytes } bytes; it must be { $expected }
        [validator_pubkey] the validator pubkey is { $bytes } bytes; it must be { $expected }
        [execution_address] the execution address is { $bytes } bytes; it must be { $expected } (0x and 40 hex digits)
        [withdrawal_credentials] withdrawal credentials #{ $position } is { $bytes } bytes; it must be { $expected } (0x and 64 hex digits)
        [import_entry] { $entry }: { $name } is { $bytes } bytes; it must be { $expected }
        [import_csv_line] CSV line { $line }: { $name } is { $bytes } bytes; it must be { $expected }
        [import_file] the file: { $name } is { $bytes } bytes; it must be { $expected }
       *[other] { $field } is { $bytes } bytes; it must be { $expected }
    }

## Numbers typed or read from files.

# $text: the value as typed or written, quoted.
# $subject: value (a number typed in a field), validator_index (the $position-th of a list of
#   validator indices, from 1), import_entry, import_csv_line (CSV line $line), import_file;
#   absent when the message names the field of a signed file itself ($field).
# $entry: where the imported validator is (e.g. data[12]); $name: the field's name in the import.
error-not_uint64 = { $subject ->
        [value] "{ $text }" is not a whole number from 0 to 18446744073709551615
        [validator_index] validator index #{ $position } "{ $text }" is not a whole number from 0 to 18446744073709551615
        [import_entry] { $entry }: { $name } "{ $text }" is not a decimal uint64
        [import_csv_line] CSV line { $line }: { $name } "{ $text }" is not a decimal uint64
        [import_file] the file: { $name } "{ $text }" is not a decimal uint64
       *[other] { $field } "{ $text }" is not a decimal uint64
    }

# $text: the value as typed, quoted.
error-not_key_index = "{ $text }" is not a key index: use a whole number from 0 to 4294967295, digits only

# $text: the value as typed, quoted. Amounts are typed with a dot, like 32 or 40.5.
error-not_ether_amount = "{ $text }" is not an amount in ETH with at most 9 decimals (whole gwei), like 32 or 40.5

## Mnemonics.

# $words: how many words the mnemonic has.
error-mnemonic_word_count = the mnemonic has { $words } words; it must have 12, 15, 18, 21 or 24

# $position: which word, counted from 1 (the word itself is never shown).
# $invisible: the character in the word that is not a letter, as a code point (e.g. U+200B).
# $reason: not_in_wordlist when the word holds no such character; absent when it does.
error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] word #{ $position } is not in the BIP39 wordlist; check its spelling
       *[other] word #{ $position } is not in the BIP39 wordlist: it holds the character { $invisible }, which is not a letter; retype the word
    }

error-mnemonic_mixed_languages = the words come from different BIP39 wordlists; a mnemonic uses one language

error-mnemonic_checksum = the mnemonic's checksum is wrong: a word is mistyped, missing or out of order

# $languages: the wordlists' names, comma-separated (e.g. english, french).
error-mnemonic_ambiguous_language = the mnemonic is valid in more than one language ({ $languages }); choose the language

# $name: the language name given, quoted; $known: the wordlists' names, comma-separated.
error-mnemonic_unknown_language = unknown mnemonic language "{ $name }"; use one of: { $known }

# $chain: the chain's name (e.g. mainnet, gnosis).
error-mnemonic_public_not_acknowledged = this is a published test mnemonic: anyone can derive its keys and take what they hold. On { $chain }, whose currency has real value, nothing is made from it without an explicit acknowledgement

error-passphrase_mismatch = the two passphrases differ

# crypto.getRandomValues is the browser's function: keep it as is.
error-rng_unavailable = no secure random number generator is available (crypto.getRandomValues); refusing to generate keys

## Key indices and batches.

# $last_index: the last key index the batch would use (written as text); $budget: the
#   staker's budget, in validators per mnemonic.
error-key_budget_exceeded = this would use key indices up to { $last_index }, past your budget of { $budget } validators per mnemonic; consider a new mnemonic for the rest, so one leaked phrase exposes fewer validators

error-count_zero = the number of validators must be at least 1

# $count: how many were asked for, and $limit (for a batch): the most one call may make, both
#   written as text (a plural form cannot be chosen on them); $limit for search_keys is a number.
# $reason: search_keys (key indices one search scans, from 1 to $limit); absent for validators
#   in one batch.
error-count_too_large = { $reason ->
        [search_keys] { $count } key indices is outside what one search scans: 1 to { $limit }
       *[other] { $count } validators in one batch; at most { $limit } per batch: split larger sets into several batches
    }

# $count: how many validators, written as text (a plural form cannot be chosen on it);
# $start: the first key index.
error-key_index_past_last = { $count } validators from index { $start } would pass the last key index, 4294967295

# $validators: how many validator indices; $other: how many credentials or key indices.
# $of: credentials or key_indices (what the other list holds).
error-count_mismatch = { $of ->
        [key_indices] { $validators } validator indices but { $other } key indices; give one key index per validator
       *[other] { $validators } validator indices but { $other } withdrawal credentials; give one credential per validator, in the same order
    }

# $reason: import (an import or a list of validators with none in it); absent for a request.
error-no_validators = { $reason ->
        [import] the import lists no validators
       *[other] give at least one validator index
    }

# $validator_index: the validator's index on the beacon chain.
# $reason: import (twice in an import); absent for a list in a request.
error-duplicate_validator = { $reason ->
        [import] validator { $validator_index } appears twice in the import
       *[other] validator { $validator_index } is listed twice
    }

# "m/" and "m" are written as is: a key path always starts with m.
error-key_path_missing_root = a key path must start with "m/"

error-key_path_no_indices = a key path needs at least one index after "m"

# $level: which level of the path, counted from 1 after m; $text: that level as written.
error-key_path_bad_index = level { $level } of the key path, "{ $text }", is not an index from 0 to 4294967295

## Chains.

error-chain_not_chosen = choose the chain first: nothing is made for a chain you did not pick

# $name: the chain name given, quoted; $known: the built-in chains' names, comma-separated.
error-chain_unknown = unknown chain "{ $name }"; use one of { $known } or give a custom chain's fork versions and root

# $name: the name given (not shown). "-" and "_" are the characters themselves.
error-chain_name_invalid = a custom chain needs a name of 1 to 64 letters, digits, - or _ (it is written into deposit files)

# $chain: the chain's name.
error-chain_no_genesis_validators_root = chain { $chain } has no genesis validators root, so BLS changes and exits cannot be signed for it; supply the root

# $builtin: the built-in chain's name (e.g. mainnet).
# $differing: which of its values differ: one of genesisForkVersion, capellaForkVersion,
#   genesisValidatorsRoot (a custom chain's values) or genesis_fork_version, exit_fork_version,
#   genesis_validators_root (an ethdo file's), or two of them, comma-separated.
error-chain_impersonates_builtin = these chain values are partly { $builtin }'s: its { $differing ->
        [genesisForkVersion] genesis fork version differs
        [capellaForkVersion] Capella (exit) fork version differs
        [genesisValidatorsRoot] genesis validators root differs
        [genesis_fork_version] genesis_fork_version differs
        [exit_fork_version] exit_fork_version differs
        [genesis_validators_root] genesis_validators_root differs
       *[other] { $differing } differ
    }; a chain that shares any of { $builtin }'s values must be { $builtin } itself (messages signed with them could be valid on { $builtin })

# $name: the built-in chain's name.
error-chain_builtin_name_reused = "{ $name }" is a built-in chain: choose it by name, or give a custom chain another name

# A notice. $imported: the chain the import was made on; $selected: the chain selected.
error-chain_import_differs = The import was made on { $imported } but { $selected } is selected; signing uses the import's chain values ({ $imported }).

## Execution addresses.

# $checksummed: the address in its EIP-55 form.
error-address_not_checksummed = the execution address is not EIP-55 checksummed; copy it from your wallet with its mixed case. Its checksummed form is { $checksummed }: compare it character by character

# $checksummed: the EIP-55 form of the address as typed.
error-address_bad_checksum = the execution address fails its EIP-55 checksum, so a character is wrong; the address with these characters would be { $checksummed }

error-address_zero = the execution address is the zero address; funds sent there are lost

error-address_confirmation_mismatch = the two addresses differ; paste the same checksummed address in both fields

# $count: how many of the address's last characters are retyped (6).
error-address_ending_mismatch = these are not the address's last { $count } characters: read them again from the address shown above

## BLS keys.

# $subject: validator_pubkey (a pubkey typed or pasted); absent when the message names the
#   field of a signed file itself ($field, e.g. pubkey).
error-pubkey_invalid = { $subject ->
        [validator_pubkey] the validator pubkey is not a valid BLS public key (48-byte compressed G1 point in the subgroup)
       *[other] { $field } is not a valid BLS public key (48-byte compressed G1 point in the subgroup)
    }

## Deposits.

error-deposit_bls_not_allowed = 0x00 (BLS) withdrawal credentials need an explicit opt-in: funds stay locked until a BLS-to-execution change is signed; give an execution address instead

# $amount: the amount asked for, a decimal number written with a dot (e.g. 40.5).
# $amount_gwei: the same in gwei (not shown).
error-deposit_amount_not_allowed = a deposit with 0x00 or 0x01 credentials is exactly 32 ETH; { $amount } ETH was asked for (choose 0x02 compounding for other amounts)

# $amount: the amount, a decimal number written with a dot (e.g. 0.5).
# $amount_gwei, $multiplier: the same in gwei, and the chain's deposit multiplier (not shown).
# $reason: gnosis on Gnosis chains (whose deposits count 32 units per GNO); absent elsewhere.
error-deposit_amount_out_of_range = { $reason ->
        [gnosis] the amount { $amount } ETH is outside 1 to 2048 ETH (1/32 to 64 GNO on Gnosis chains)
       *[other] the amount { $amount } ETH is outside 1 to 2048 ETH
    }

# $amount: the amount asked for, a decimal number written with a dot (e.g. 0.5).
# $amount_gwei: the same in gwei (not shown).
error-builder_amount_too_small = the amount { $amount } ETH is below a builder deposit's minimum of 1 ETH (builder deposits have no maximum)

# A notice. $first_index, $last_index: the first and last builder key index (written as text).
error-builder_keys_are_validator_keys = builder keys { $first_index } to { $last_index } are this mnemonic's validator signing keys m/12381/3600/i/0/0 at the same indices (deposit-cli's design): if this mnemonic has validators at these indices, do not use it for builders; use a new mnemonic

## BLS-to-execution changes and exits.

# $validator_index: the validator's index; $prefix: its credentials' first byte (0x01 or 0x02).
error-bls_change_already_execution = validator { $validator_index } already has { $prefix } execution credentials; a BLS change only converts 0x00 credentials, so there is nothing to sign

# $validator_index: the validator's index; $key_index: the mnemonic's key index used;
# $given: the credentials given; $derived: the credentials that key index gives (hex).
error-bls_change_credentials_mismatch = validator { $validator_index }: the credentials given, { $given }, do not match this mnemonic's key index { $key_index }, which gives { $derived }; check the start index, the order of the validators and the mnemonic. Nothing was signed

# $keystore_pubkey: the keystore's key; $validator_pubkey: the validator's (hex).
# $reason: mnemonic_key (the key was derived from the mnemonic at key index $key_index: it is
#   $signing_pubkey); absent for a keystore.
error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] key index { $key_index } of the mnemonic gives the signing key { $signing_pubkey }, not the validator's { $validator_pubkey }; nothing was signed
       *[other] the keystore holds the key { $keystore_pubkey }, not the validator's { $validator_pubkey }; nothing was signed
    }

## Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251).

# $chain: the chain chosen (a custom chain's name); $known: the built-in chains, comma-separated.
error-chain_no_execution_layer = execution-layer requests are made only for the built-in chains, whose chain ID and request contracts are known; { $chain } is not one: use one of { $known }

# The value in wei to attach to each request's transaction (the contract's fee).
# $reason: zero, too_large, or not_wei (not digits); $text: the value as typed, quoted.
error-request_value_invalid = { $reason ->
        [zero] the value to attach is 0 wei; the contract's fee is at least 1 wei, so the transaction would fail
        [too_large] the value to attach, "{ $text }", is larger than any fee the contract can ask (at most 2^128 - 1 wei)
       *[not_wei] the value to attach, "{ $text }", is not a whole number of wei (digits only, like 1)
    }

# $validator_index: the validator's index; $prefix: its credentials' first byte (0x00, or one
#   the specs do not define).
error-request_not_execution_credentials = validator { $validator_index } has { $prefix } withdrawal credentials, which name no withdrawal address: only 0x01 and 0x02 validators take requests from their withdrawal address (a 0x00 validator first needs a BLS-to-execution change)

# $validator_index: the validator's index; $status: its beacon API status (e.g. active_exiting;
#   never translated, nor active_ongoing).
error-request_validator_not_active = validator { $validator_index } is { $status }, not active_ongoing: the chain ignores requests for a validator that is not active or is already exiting, and keeps the fee

# $validator_index: the validator's index; $prefix: its credentials' first byte (0x01).
error-withdrawal_partial_not_compounding = validator { $validator_index } has { $prefix } credentials: the chain makes partial withdrawals only for 0x02 (compounding) validators, and sweeps a 0x01 validator's excess balance by itself; switch it to 0x02 first, or ask for a full exit

# $validator_index: the validator's index.
error-withdrawal_amount_on_exit = validator { $validator_index }: a full exit takes no amount, since it withdraws the whole balance; leave the amount out, or ask for a partial withdrawal

# $validator_index: the validator's index.
error-withdrawal_amount_zero = validator { $validator_index }: a partial withdrawal needs an amount above 0 (an amount of 0 is a full exit request)

# $target_index: the target validator's index; $prefix: its credentials' first byte.
# $source_index: the source validator's index (not shown).
error-consolidation_target_not_compounding = validator { $target_index } has { $prefix } credentials: a consolidation's target must have 0x02 (compounding) credentials, or the chain ignores the request and keeps the fee; switch it to 0x02 first

# $validator_index: the validator's index; $prefix: its credentials' first byte.
error-consolidation_self_not_switch = validator { $validator_index } is named as its own target but has { $prefix } credentials: only a 0x01 validator is its own target, to switch it to 0x02

# $source_index, $target_index: the validators' indices; $source_address, $target_address: their
#   withdrawal addresses. allowOtherTargetAddress is an option's name: keep it.
error-consolidation_target_address_differs = validator { $source_index }'s balance would move to validator { $target_index }, whose withdrawal address { $target_address } is not the source's { $source_address }: the funds would then belong to that address. Set allowOtherTargetAddress only if that is what you want

# $validator_index: the validator's index.
error-consolidation_source_also_target = validator { $validator_index } is the source of one consolidation and the target of another in this batch; once it exits the chain ignores the other: consolidate in two steps

# A request file's field that disagrees with the chain or with its own calldata.
# $field: the file's field (chainId, to, request, description, eip681); chainId, to, value and
#   data are field names: keep them.
# $reason: chain_id ($found: the file's chain ID; $chain: the chain chosen; $expected: its chain
#   ID), to ($found, $expected: contract addresses), request, description, or uri.
error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } is { $found }, not { $chain }'s chain ID { $expected }
        [to] { $field } is { $found }, not { $chain }'s contract for this request, { $expected }
        [request] { $field } does not match the file's data
        [description] { $field } does not say what the file's data does
       *[uri] { $field } does not match the file's to, chainId, value and data
    }

## Passwords and keystores.

error-password_empty = the password is empty (control characters do not count); choose a password

# $chars: how many characters the password has; $min: the fewest a new keystore's may have.
error-password_too_short = the password has { $chars } characters; a new keystore needs at least { $min }

error-password_mismatch = the two passwords differ

error-keystore_not_chosen = choose the keystore file first, and wait until it is read

error-keystore_wrong_password = wrong password: the keystore's checksum does not match

# "file" is the keystore file as a whole.
# $name: the keystore's field, as a JSON path (e.g. crypto.kdf.params.salt, version).
# $reason: what is wrong with it: json (the file is not keystore JSON), params, dklen, version,
#   unsupported_kdf, unsupported_prf, unsupported_checksum, unsupported_cipher, not_empty,
#   not_hex, wrong_length, empty, too_long, cipher_length, pubkey, path_missing_root,
#   path_no_indices, path_bad_index, uuid.
# $detail: a JSON parser's description of the problem, in English.
# $found: the value the file has (quoted when it is a name); $expected: the value it must have.
# $bytes: how many bytes the value has; $limit: the most it may have.
# $level, $text: for path_bad_index, the level of the key path (from 1) and that level as written.
# $problem: the whole problem in English (not shown).
error-keystore_malformed = { $reason ->
        [json] not a valid EIP-2335 keystore: file is not keystore JSON: { $detail }
        [params] not a valid EIP-2335 keystore: { $name } is invalid: { $detail }
        [dklen] not a valid EIP-2335 keystore: { $name } is { $found }; it must be { $expected }
        [version] not a valid EIP-2335 keystore: { $name } is { $found }; only version 4 is supported
        [unsupported_kdf] not a valid EIP-2335 keystore: { $name } is "{ $found }"; only "scrypt" and "pbkdf2" are supported
        [unsupported_prf] not a valid EIP-2335 keystore: { $name } is "{ $found }"; only "hmac-sha256" is supported
        [unsupported_checksum] not a valid EIP-2335 keystore: { $name } is "{ $found }"; only "sha256" is supported
        [unsupported_cipher] not a valid EIP-2335 keystore: { $name } is "{ $found }"; only "aes-128-ctr" is supported
        [not_empty] not a valid EIP-2335 keystore: { $name } must be empty
        [not_hex] not a valid EIP-2335 keystore: { $name } is not hex (without 0x)
        [wrong_length] not a valid EIP-2335 keystore: { $name } is { $bytes } bytes; it must be { $expected }
        [empty] not a valid EIP-2335 keystore: { $name } is empty
        [too_long] not a valid EIP-2335 keystore: { $name } is { $bytes } bytes; at most { $limit } are allowed
        [cipher_length] not a valid EIP-2335 keystore: { $name } is { $bytes } bytes; a BLS keystore holds 32
        [pubkey] not a valid EIP-2335 keystore: { $name } is not a valid BLS public key (48-byte compressed G1 point in the subgroup)
        [path_missing_root] not a valid EIP-2335 keystore: { $name } is invalid: a key path must start with "m/"
        [path_no_indices] not a valid EIP-2335 keystore: { $name } is invalid: a key path needs at least one index after "m"
        [path_bad_index] not a valid EIP-2335 keystore: { $name } is invalid: level { $level } of the key path, "{ $text }", is not an index from 0 to 4294967295
        [uuid] not a valid EIP-2335 keystore: { $name } is not a UUID
       *[other] not a valid EIP-2335 keystore: { $name } is invalid
    }

# KDF: the keystore's key derivation function. n, r, p and c are scrypt's and pbkdf2's
#   parameter names: keep them. "128·r·(n + p + 2)" and "2^(16·r)" are formulas.
# $n, $r, $p, $c: the keystore's values; $limit: the largest c allowed.
# $reason: scrypt_n, scrypt_r_p, scrypt_memory, scrypt_params, pbkdf2_c, empty_salt.
# $problem: the whole problem in English (not shown).
error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] refused to run the keystore's KDF: scrypt n = { $n } must be a power of two greater than 1
        [scrypt_r_p] refused to run the keystore's KDF: scrypt r = { $r } and p = { $p } must both be at least 1
        [scrypt_memory] refused to run the keystore's KDF: scrypt n = { $n }, r = { $r }, p = { $p } needs more than 1 GiB of memory (128·r·(n + p + 2))
        [scrypt_params] refused to run the keystore's KDF: scrypt n = { $n }, r = { $r }, p = { $p } are outside what scrypt accepts (n must be below 2^(16·r))
        [pbkdf2_c] refused to run the keystore's KDF: pbkdf2 c = { $c } must be from 1 to { $limit }
       *[empty_salt] refused to run the keystore's KDF: the KDF salt is empty
    }

# $reason: invalid_secret_key (a secret key that is not 32 bytes, is zero or is not below the
#   curve order); absent for a keystore's decrypted secret.
error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] not a valid BLS secret key (32 bytes, nonzero, below the curve order)
       *[other] the keystore is corrupted: its decrypted secret is not a valid BLS secret key
    }

# $stated: the pubkey the file states; $actual: its secret key's pubkey (hex).
error-keystore_pubkey_mismatch = the keystore is corrupted: it states pubkey { $stated } but its secret key's pubkey is { $actual }

## Files.

# $bytes: the file's size in bytes; $limit_mib: the largest size read, in MiB.
# $limit: the same in bytes (not shown).
# $reason: keystore (a keystore file); absent for any other file.
error-file_too_large = { $reason ->
        [keystore] not a valid EIP-2335 keystore: file is { $bytes } bytes; a keystore is at most { $limit_mib } MiB
       *[other] the file is { $bytes } bytes; files over { $limit_mib } MiB are refused before reading (no keystore or signed-message file is that large)
    }

# BOM: byte-order mark.
# $reason: keystore (a keystore file); absent for any other file.
error-file_byte_order_mark = { $reason ->
        [keystore] not a valid EIP-2335 keystore: file starts with a byte-order mark; save it as plain UTF-8
       *[other] the file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM
    }

# $reason: import (validators imported from a file or a text); absent for any other file.
error-file_not_utf8 = { $reason ->
        [import] the import is not UTF-8 text
       *[other] the file is not UTF-8 text
    }

# $reason: import (validators imported from a file or a text); absent for any other file.
error-file_empty = { $reason ->
        [import] the import is empty
       *[other] the file holds no entries
    }

error-file_kind_unknown = this is not a keystore, deposit data, BLS change or exit file

# $detail: the JSON parser's description of the problem, in English.
# $line, $column: where, counted from 1.
# $reason: import (validators imported from a file or a text); absent for any other file.
error-json_syntax = { $reason ->
        [import] the import is not a beacon API response or an ethdo preparation file: { $detail } at line { $line } column { $column }
       *[other] the file is not JSON: { $detail } at line { $line } column { $column }
    }

# $key: the key named twice, quoted.
# $reason: keystore (a keystore file); absent for any other file.
error-json_duplicate_key = { $reason ->
        [keystore] not a valid EIP-2335 keystore: file names the key "{ $key }" twice in one object
       *[other] the JSON names the key "{ $key }" twice in one object; other tools would read only the last, so the file is refused
    }

error-json_not_array = the file is not a JSON array of entries

# $reason: exit_in_array (an exit file that is an array), keystore (a keystore file),
#   proof_in_array (a proof of withdrawal-address ownership that is an array); absent for any
#   other file.
error-json_not_object = { $reason ->
        [exit_in_array] the file is a JSON array; a signed exit file holds one exit object (one file per validator)
        [keystore] not a valid EIP-2335 keystore: file is not a JSON object
        [proof_in_array] the file is a JSON array; a proof of withdrawal-address ownership holds one object (one file per validator)
       *[other] the file is not one JSON object
    }

## Entries of signed-message files (verification reports).

# $field: the field's path in the entry (e.g. message.epoch, network_name).
error-field_missing = { $field } is missing

# $field: the field's path in the entry (e.g. amount, signature).
# $reason: amount_not_gwei (an amount that is missing or not a whole number of gwei),
#   not_integer (a proof's validator_index, which deposit-cli writes as a JSON number, is a
#   string or another type); absent for a field that is not a string.
error-field_type = { $reason ->
        [amount_not_gwei] { $field } is missing or not a whole number of gwei
        [not_integer] { $field } is not a JSON integer
       *[other] { $field } is not a string
    }

# $field: the credentials' field (withdrawal_credentials); $prefix: their first byte (e.g. 0x05).
# $reason: builder in a builder deposit (whose prefix is 0xb0); absent otherwise.
error-credentials_prefix = { $reason ->
        [builder] { $field } prefix { $prefix } is not the builder prefix 0xb0
       *[other] { $field } prefix { $prefix } is not 0x00, 0x01 or 0x02
    }

# $field: the credentials' field (withdrawal_credentials). 1–11 are byte positions.
# $reason: builder in a builder deposit (0xb0 credentials); absent otherwise.
error-credentials_padding = { $reason ->
        [builder] { $field } bytes 1–11 must be zero for 0xb0 credentials
       *[other] { $field } bytes 1–11 must be zero for 0x01/0x02 credentials
    }

# $field: the entry's field (fork_version); $found: its value; $chain: the chain checked
#   against; $expected: that chain's genesis fork version.
error-fork_version_mismatch = { $field } { $found } is not { $chain }'s genesis fork version { $expected }

# $field: the entry's field (e.g. network_name); $found: its value, quoted; $chain: the chain
#   checked against.
error-network_name_mismatch = { $field } "{ $found }" is not { $chain }

# $field: the entry's field (e.g. metadata.genesis_validators_root); $found: its value;
#   $chain: the chain checked against.
error-genesis_validators_root_mismatch = { $field } { $found } is not { $chain }'s

# $field: the entry's field (deposit_message_root or deposit_data_root).
# $reason: message_root (the deposit message's root); absent for the deposit data's root.
error-root_mismatch = { $reason ->
        [message_root] { $field } does not match pubkey, withdrawal_credentials and amount
       *[other] { $field } does not match the entry
    }

# $field: the entry's field (signature); $chain: the chain checked against; $pubkey: the
#   validator's key an exit was checked against.
# $message: what was signed: deposit, bls_to_execution_change, voluntary_exit,
#   bls_to_execution_change_keystore (a proof of withdrawal-address ownership, checked against
#   the key $pubkey) or bls_to_execution_change_keystore_mnemonic (a proof checked against the
#   mnemonic's signing keys at key indices 0 to $last).
error-signature_invalid = { $message ->
        [deposit] { $field } does not verify for { $chain } deposits
        [builder_deposit] { $field } does not verify for { $chain } builder deposits
        [bls_to_execution_change] { $field } does not verify for a { $chain } BLS change
        [bls_to_execution_change_keystore] { $field } does not verify as a { $chain } proof of withdrawal-address ownership by validator key { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } does not verify for any signing key of the mnemonic's key indices 0 to { $last } on { $chain }
       *[voluntary_exit] { $field } does not verify for validator key { $pubkey } on { $chain }
    }

# A warning. $stated: the chain the file says it was made for; $selected: the chain chosen.
error-verify_chain_differs = This file says it was made for { $stated }, but { $selected } is chosen: its signatures were checked against { $selected }'s values. Choose the chain the file is meant for.

# $expected: the address expected; $found: the address the entry sends funds to.
# $reason: no_address (0x00 credentials, which name no address); absent when $found is given.
error-verify_address_differs = { $reason ->
        [no_address] this entry's 0x00 (BLS) credentials name no execution address, not the expected address { $expected }
       *[other] this entry sends funds to { $found }, not to the expected address { $expected }
    }

## Validator imports and search.

# $bytes: the import's size in bytes; $limit_gib: the largest size read, in GiB.
# $limit: the same in bytes (not shown). MB: megabytes.
error-import_too_large = the import is { $bytes } bytes; imports over { $limit_gib } GiB are refused (mainnet's full validator list is about 500 MB)

# "data" and "validators" are JSON keys; offline-preparation.json is a file name: keep them.
# $reason: unknown_shape (JSON without "data" or "validators"); absent for JSON that is not an
#   object or an array.
error-import_not_validators = { $reason ->
        [unknown_shape] the JSON has neither "data" (a beacon API validators response) nor "validators" (ethdo's offline-preparation.json)
       *[other] the import is JSON but not an object or array: neither a beacon API response nor an ethdo preparation file
    }

# "data" and "validators" are JSON keys: keep them.
error-import_both_shapes = the JSON has both "data" and "validators"; give one beacon API response or one ethdo file

# $name: the field's name in the file (e.g. epoch). $field: the same as a path (not shown).
error-import_missing_field = the ethdo preparation file has no "{ $name }"

# $version: the file's version, as written.
error-import_ethdo_version = ethdo preparation file version "{ $version }" is not supported; version "3" is (ethdo 1.30 and later)

# $name: the field's name in the file (e.g. voluntary_exit_domain_type); $found: its value;
# $expected: the consensus spec's value. $field: the same as a path (not shown).
error-import_domain_type = the ethdo file's { $name } is { $found }, not the consensus spec's { $expected }; it was not made for an Ethereum chain

# $line: the CSV line, counted from 1; $columns: how many columns it has.
# validator_index,withdrawal_credentials is the line's format: keep it.
error-import_csv_columns = CSV line { $line } has { $columns } columns; each line must be validator_index,withdrawal_credentials

# $limit: the most validators an import may list.
error-import_too_many_validators = the import lists more than { $limit } validators; mainnet has about 1.1 million, so this is not a validator list

# $entry: where the imported validator is (e.g. data[12]); $name: the field's name (status or
#   state); $text: its value, quoted. $subject: import_entry (not shown).
error-validator_status_unknown = { $entry }: { $name } "{ $text }" is not a beacon API validator status

# $given: how many imports were given (0, or more than 1).
error-import_source_conflict = { $given ->
        [0] choose an import file, paste an import, or give a list of validators
       *[other] give exactly one import: a file, a pasted text or a list of validators
    }

# $limit: the most validators one search reports. ?id= is the beacon API's filter: keep it.
error-search_too_many_matches = more than { $limit } validators of the import match this mnemonic's keys; no real mnemonic controls that many in one list. Import only your validators (the beacon API's ?id= filter), or scan fewer key indices

## Handing signing keys to a signer.

error-hand_off_no_keystores = choose the signing keystores to hand off
# $path: the keystore's derivation path (m/12381/3600/…).
error-hand_off_withdrawal_key = this keystore holds the withdrawal key { $path }; withdrawal keys stay offline and never go to a validator client or signer. Hand off signing keystores (m/12381/3600/i/0/0)
# $first, $second: the keystores' positions in the list, from 1.
error-hand_off_duplicate_key = keystores { $first } and { $second } hold the same key; a key must be imported once
error-hand_off_passwords_not_acknowledged = this file holds the keystore passwords in the clear: confirm that you understand this before it is made
# $host: what was typed.
error-signer_host_invalid = "{ $host }" is not a host name or IP address; give it without https://, port or path
# $port: what was typed.
error-signer_port_invalid = "{ $port }" is not a port: a whole number from 1 to 65535
# $value: what was typed. Keep - _ . / and ".." as they are.
error-signer_path_invalid = "{ $value }" cannot be a store path: use letters, digits and - _ . / only, without spaces, ".." or empty parts
# $region: what was typed; eu-central-1 is an example region name: keep it.
error-aws_region_invalid = "{ $region }" is not an AWS region name such as eu-central-1

## The wallet's own checks.

# $problem: what failed, in English (a bug report's detail).
# $reason: keystore_self_check (a new keystore did not decrypt back to its key; $index: the
#   validator's key index), seed_too_short ($bytes: the seed's size); absent otherwise.
error-internal_error = { $reason ->
        [keystore_self_check] internal check failed: the keystore for validator { $index } did not decrypt back to its key; nothing was written
        [seed_too_short] seed is { $bytes } bytes; EIP-2333 needs at least 32
       *[other] internal check failed, nothing was written: { $problem }
    }
