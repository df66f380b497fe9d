//! Errors as data. Every refusal the core makes has a stable code, the field it concerns, typed
//! parameters and an English message. The same value crosses every boundary (the JS package
//! throws it as an `Error` with `.code`, `.field`, `.params`; the worker posts it; the page
//! renders it by code), so no layer re-checks an input to say something useful about it.
//!
//! Each module keeps its own typed error enum (what went wrong, in the module's terms) and
//! implements [`Coded`] for it; [`WalletError`] is the flattened form that travels.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Declares the codes once: the enum, its snake_case names, and the one-line summaries the
/// README's table is checked against.
macro_rules! error_codes {
    ($($variant:ident = $name:literal : $summary:literal,)*) => {
        /// A stable error code. Its snake_case name is what crosses the boundaries; the README
        /// lists every code with its summary.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $($variant,)*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as it crosses the boundaries, e.g. `mnemonic_word_count`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $name,)*
                }
            }

            /// What the code means, in one line (the README's table).
            pub fn summary(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $summary,)*
                }
            }

            pub fn parse(name: &str) -> Option<Self> {
                match name {
                    $($name => Some(ErrorCode::$variant),)*
                    _ => None,
                }
            }
        }

        /// The codes as a TypeScript union, for the package's types.
        #[cfg(feature = "wasm")]
        #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
        const TS_ERROR_CODE: &'static str =
            concat!("export type ErrorCode =", $(" \"", $name, "\" |",)* " never;");
    };
}

error_codes! {
    // Options given to the package or the worker.
    OptionsNotObject = "options_not_object": "the options argument is not a plain object",
    OptionUnknown = "option_unknown": "an option name the function does not take (a misspelling); params name the nearest known one",
    OptionMissing = "option_missing": "a required option is absent",
    OptionType = "option_type": "an option has the wrong JSON type (a string where a number is expected, a fraction, a number past 2^53)",
    OptionValue = "option_value": "an option's value is not one of those allowed",
    OptionConflict = "option_conflict": "two options that exclude each other were both given, or neither",
    TextLoneSurrogate = "text_lone_surrogate": "a text holds a lone UTF-16 surrogate, which cannot be encoded and would silently become U+FFFD",
    // Hex fields, everywhere.
    HexMissingPrefix = "hex_missing_prefix": "a hex value must start with 0x",
    HexUnexpectedPrefix = "hex_unexpected_prefix": "a hex value must not start with 0x in this file format",
    HexNotHex = "hex_not_hex": "a value is not hexadecimal",
    HexWrongLength = "hex_wrong_length": "a hex value has the wrong number of bytes",
    // Numbers typed or read from files.
    NotUint64 = "not_uint64": "not a whole number from 0 to 18446744073709551615 written in decimal digits",
    NotKeyIndex = "not_key_index": "not a key index: a whole number from 0 to 4294967295, digits only",
    NotEtherAmount = "not_ether_amount": "not an amount with at most 9 decimals (whole gwei)",
    // Mnemonics.
    MnemonicWordCount = "mnemonic_word_count": "the mnemonic does not have 12, 15, 18, 21 or 24 words",
    MnemonicUnknownWord = "mnemonic_unknown_word": "a word (named by position only) is in no BIP39 wordlist, or not in the chosen one, or holds an invisible character such as a zero-width space",
    MnemonicMixedLanguages = "mnemonic_mixed_languages": "the words come from different wordlists",
    MnemonicChecksum = "mnemonic_checksum": "the words are valid but their checksum is not",
    MnemonicAmbiguousLanguage = "mnemonic_ambiguous_language": "the phrase is valid in several wordlists; a language must be chosen",
    MnemonicUnknownLanguage = "mnemonic_unknown_language": "a language name the wallet does not know",
    MnemonicPublicNotAcknowledged = "mnemonic_public_not_acknowledged": "a published test mnemonic on a chain with real value, without the acknowledgement",
    PassphraseMismatch = "passphrase_mismatch": "the passphrase and its confirmation differ",
    RngUnavailable = "rng_unavailable": "no secure random number generator (crypto.getRandomValues) is available",
    // Key indices and batches.
    KeyBudgetExceeded = "key_budget_exceeded": "a notice: the batch passes the per-mnemonic key budget; a new mnemonic for the rest is advised",
    CountZero = "count_zero": "at least one validator is needed",
    CountTooLarge = "count_too_large": "more validators or keys than one call may make",
    KeyIndexPastLast = "key_index_past_last": "a range of key indices would pass 4294967295",
    CountMismatch = "count_mismatch": "two lists that go together (validators and credentials, validators and key indices) differ in length",
    NoValidators = "no_validators": "no validator was given",
    DuplicateValidator = "duplicate_validator": "a validator index is listed twice",
    KeyPathMissingRoot = "key_path_missing_root": "a key path does not start with m/",
    KeyPathNoIndices = "key_path_no_indices": "a key path is m alone",
    KeyPathBadIndex = "key_path_bad_index": "a level of a key path is not an index",
    // Chains.
    ChainNotChosen = "chain_not_chosen": "no chain was chosen; nothing is made for a chain the staker did not pick",
    ChainUnknown = "chain_unknown": "not a built-in chain's name",
    ChainNameInvalid = "chain_name_invalid": "a custom chain's name is empty, longer than 64 characters, or not letters, digits, - and _",
    ChainNoGenesisValidatorsRoot = "chain_no_genesis_validators_root": "BLS changes and exits need the chain's genesis validators root",
    ChainImpersonatesBuiltin = "chain_impersonates_builtin": "a custom or imported chain shares some but not all of a built-in chain's values",
    ChainBuiltinNameReused = "chain_builtin_name_reused": "a custom chain takes a built-in chain's name with other values",
    ChainImportDiffers = "chain_import_differs": "a notice: the import was made on another chain than the one selected, and signing uses the import's",
    // Execution addresses.
    AddressNotChecksummed = "address_not_checksummed": "an all-lower- or all-upper-case address, which carries no EIP-55 checksum",
    AddressBadChecksum = "address_bad_checksum": "an address that fails its EIP-55 checksum",
    AddressZero = "address_zero": "the zero address, where funds are lost",
    AddressConfirmationMismatch = "address_confirmation_mismatch": "the address and its confirmation differ",
    AddressEndingMismatch = "address_ending_mismatch": "the characters retyped to confirm a signing review are not the address's last six",
    // BLS keys.
    PubkeyInvalid = "pubkey_invalid": "not a valid BLS public key (48-byte compressed G1 point in the subgroup)",
    // Deposits.
    DepositBlsNotAllowed = "deposit_bls_not_allowed": "0x00 credentials without the explicit opt-in",
    DepositAmountNotAllowed = "deposit_amount_not_allowed": "an amount other than 32 ETH for 0x00 or 0x01 credentials",
    DepositAmountOutOfRange = "deposit_amount_out_of_range": "an amount outside 1 to 2048 ETH",
    // Top-up and builder deposits (deposit-cli's partial-deposit and builder).
    BuilderAmountTooSmall = "builder_amount_too_small": "a builder deposit below 1 ETH (builder deposits have no maximum)",
    BuilderKeysAreValidatorKeys = "builder_keys_are_validator_keys": "a notice: builder key i is validator signing key i of the same mnemonic; a mnemonic with validators must not be used for builders at those indices",
    // BLS-to-execution changes and exits.
    BlsChangeAlreadyExecution = "bls_change_already_execution": "the validator already has 0x01 or 0x02 credentials",
    BlsChangeCredentialsMismatch = "bls_change_credentials_mismatch": "the given credentials are not this mnemonic's at that key index",
    ExitPubkeyMismatch = "exit_pubkey_mismatch": "the signing key (a keystore's, or the mnemonic's at a key index) is not the validator's",
    // Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251).
    ChainNoExecutionLayer = "chain_no_execution_layer": "execution-layer requests for a chain whose chain ID and request contracts the wallet does not know (a custom chain)",
    RequestValueInvalid = "request_value_invalid": "the value to attach to a request is not a whole number of wei from 1 up",
    RequestNotExecutionCredentials = "request_not_execution_credentials": "a validator without 0x01/0x02 credentials: no withdrawal address can send requests for it",
    RequestValidatorNotActive = "request_validator_not_active": "a validator whose status is not active_ongoing: the chain ignores requests for it and keeps the fee",
    WithdrawalPartialNotCompounding = "withdrawal_partial_not_compounding": "a partial withdrawal from a validator without 0x02 credentials, which the chain ignores",
    WithdrawalAmountOnExit = "withdrawal_amount_on_exit": "an amount given for a full exit, which always withdraws the whole balance",
    WithdrawalAmountZero = "withdrawal_amount_zero": "a partial withdrawal of 0, which the contract would read as a full exit",
    ConsolidationTargetNotCompounding = "consolidation_target_not_compounding": "a consolidation into a validator without 0x02 credentials, which the chain ignores",
    ConsolidationSelfNotSwitch = "consolidation_self_not_switch": "a validator named as its own target that is not 0x01 (only the switch to 0x02 does that)",
    ConsolidationTargetAddressDiffers = "consolidation_target_address_differs": "a consolidation into a validator of another withdrawal address, without allowOtherTargetAddress",
    ConsolidationSourceAlsoTarget = "consolidation_source_also_target": "a validator that is the source of one consolidation and the target of another in the same batch",
    ExecutionFileMismatch = "execution_file_mismatch": "a request file whose chainId, to, request, description or URI does not match its chain or its data",
    // Passwords and keystores.
    PasswordEmpty = "password_empty": "the password is empty",
    PasswordTooShort = "password_too_short": "a new keystore's password is shorter than 12 characters",
    PasswordMismatch = "password_mismatch": "the password and its confirmation differ",
    KeystoreNotChosen = "keystore_not_chosen": "a keystore is needed and none was chosen (or it is still being read)",
    KeystoreWrongPassword = "keystore_wrong_password": "the password does not open the keystore (checksum mismatch)",
    KeystoreMalformed = "keystore_malformed": "the file is not a well-formed EIP-2335 version 4 keystore; the field says where",
    KeystoreUnsafeKdf = "keystore_unsafe_kdf": "KDF parameters that are invalid or would exhaust the browser",
    KeystoreCorruptSecret = "keystore_corrupt_secret": "the decrypted secret is not a valid BLS secret key",
    KeystorePubkeyMismatch = "keystore_pubkey_mismatch": "the decrypted key's pubkey is not the one the file states",
    // Files.
    FileTooLarge = "file_too_large": "a file over its size limit, refused before reading",
    FileByteOrderMark = "file_byte_order_mark": "a file that starts with a UTF-8 byte-order mark",
    FileNotUtf8 = "file_not_utf8": "a file that is not UTF-8 text",
    FileEmpty = "file_empty": "an empty file, or one with no entries",
    FileKindUnknown = "file_kind_unknown": "a file that is no keystore, deposit, BLS-change or exit file",
    JsonSyntax = "json_syntax": "text that is not JSON; params give the line and column",
    JsonDuplicateKey = "json_duplicate_key": "a JSON object with the same key twice (other parsers keep only the last)",
    JsonNotArray = "json_not_array": "JSON that must be an array of entries and is not",
    JsonNotObject = "json_not_object": "JSON that must be one object and is not",
    // Entries of signed-message files (verification reports).
    FieldMissing = "field_missing": "a required field of an entry is missing",
    FieldType = "field_type": "a field of an entry has the wrong JSON type",
    CredentialsPrefix = "credentials_prefix": "withdrawal credentials whose first byte is not 0x00, 0x01 or 0x02 (in a builder deposit: not 0xb0)",
    CredentialsPadding = "credentials_padding": "0x01/0x02 (or builders' 0xb0) credentials whose bytes 1 to 11 are not zero",
    ForkVersionMismatch = "fork_version_mismatch": "an entry's fork version is not the chain's",
    NetworkNameMismatch = "network_name_mismatch": "an entry's network name is not the chain's",
    GenesisValidatorsRootMismatch = "genesis_validators_root_mismatch": "an entry's genesis validators root is not the chain's",
    RootMismatch = "root_mismatch": "a stated SSZ root does not match the entry",
    SignatureInvalid = "signature_invalid": "a signature that does not verify for this chain and key",
    VerifyChainDiffers = "verify_chain_differs": "a warning: the file says it was made for another chain than the one chosen; its signatures were checked against the chosen one",
    VerifyAddressDiffers = "verify_address_differs": "an entry sends funds to another execution address than the one expected (or to none: 0x00 credentials)",
    // Handing signing keys to a node, a remote signer or a secret store.
    HandOffNoKeystores = "hand_off_no_keystores": "no keystore was given to hand off",
    HandOffWithdrawalKey = "hand_off_withdrawal_key": "a keystore whose path is a withdrawal key (m/12381/3600/i/0): withdrawal keys never go to a signer",
    HandOffDuplicateKey = "hand_off_duplicate_key": "two keystores hold the same key; params give both positions",
    HandOffPasswordsNotAcknowledged = "hand_off_passwords_not_acknowledged": "the keymanager import holds the keystore passwords in the clear: made only once the user has acknowledged it",
    SignerHostInvalid = "signer_host_invalid": "not a host name or IP address (no scheme, port, path or spaces)",
    SignerPortInvalid = "signer_port_invalid": "not a port: a whole number from 1 to 65535",
    SignerPathInvalid = "signer_path_invalid": "a Vault KV mount or folder, or an AWS secret-name prefix, with characters the store does not take",
    AwsRegionInvalid = "aws_region_invalid": "not an AWS region name such as eu-central-1",
    // Validator imports and search.
    ImportTooLarge = "import_too_large": "an import over 1 GiB",
    ImportNotValidators = "import_not_validators": "JSON that is neither a beacon API validators response nor an ethdo preparation file",
    ImportBothShapes = "import_both_shapes": "JSON with both \"data\" and \"validators\"",
    ImportMissingField = "import_missing_field": "an ethdo preparation file without a required field",
    ImportEthdoVersion = "import_ethdo_version": "an ethdo preparation file of an unsupported version",
    ImportDomainType = "import_domain_type": "an ethdo file whose domain types are not the consensus spec's",
    ImportCsvColumns = "import_csv_columns": "a CSV line without exactly two columns",
    ImportTooManyValidators = "import_too_many_validators": "an import with more validators than the wallet reads",
    ValidatorStatusUnknown = "validator_status_unknown": "a status the beacon API does not define",
    ImportSourceConflict = "import_source_conflict": "a search needs exactly one import: a file, a text or a list",
    SearchTooManyMatches = "search_too_many_matches": "more matches than one search keeps",
    // The wallet's own checks.
    InternalError = "internal_error": "a check of the wallet's own output failed; nothing was written",
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Self::parse(&name).ok_or_else(|| {
            serde::de::Error::invalid_value(serde::de::Unexpected::Str(&name), &"an error code")
        })
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One parameter of an error: a count (a JSON number, always below 2^53), or text (uint64
/// values are written in decimal, as the beacon API writes them), or a list of texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Param {
    Count(u64),
    Text(String),
    List(Vec<String>),
}

/// The typed parameters of an error, by name.
pub type Params = BTreeMap<String, Param>;

/// Builds [`Params`]: `params(&[("count", count.into()), …])`.
pub fn params(pairs: &[(&str, Param)]) -> Params {
    pairs
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect()
}

impl From<usize> for Param {
    fn from(count: usize) -> Self {
        Self::Count(count as u64)
    }
}

impl From<u32> for Param {
    fn from(count: u32) -> Self {
        Self::Count(count.into())
    }
}

impl From<&str> for Param {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Param {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&Quoted> for Param {
    fn from(text: &Quoted) -> Self {
        Self::Text(text.0.clone())
    }
}

impl From<Vec<String>> for Param {
    fn from(list: Vec<String>) -> Self {
        Self::List(list)
    }
}

/// A uint64 as a parameter: decimal text, so JavaScript never rounds it.
pub fn uint64(value: u64) -> Param {
    Param::Text(value.to_string())
}

/// Longest part of a supplied value that a message quotes.
pub const MAX_QUOTED_CHARS: usize = 40;

/// A value someone supplied, as a message may quote it: at most [`MAX_QUOTED_CHARS`]
/// characters, with control and invisible characters escaped, and "…" where it was cut. A
/// 100 MB field must not make a 100 MB message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Quoted(String);

/// Longest description of a parser's complaint a message keeps (they can quote input too).
pub const MAX_DETAIL_CHARS: usize = 160;

impl Quoted {
    pub fn new(text: &str) -> Self {
        Self::with_limit(text, MAX_QUOTED_CHARS)
    }

    /// A parser's description of a problem, which may itself quote the input.
    pub fn detail(text: &str) -> Self {
        Self::with_limit(text, MAX_DETAIL_CHARS)
    }

    fn with_limit(text: &str, limit: usize) -> Self {
        let mut quoted = String::new();
        let mut chars = text.chars();
        for c in chars.by_ref().take(limit) {
            if is_invisible(c) && !c.is_control() {
                quoted.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            } else {
                quoted.extend(c.escape_debug());
            }
        }
        if chars.next().is_some() {
            quoted.push('…');
        }
        Self(quoted)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Quoted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters a person cannot see: format characters (zero-width spaces and joiners,
/// direction marks, the BOM) and controls.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{061c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fff8}'
        )
}

/// A module's typed error, as data: its code and parameters. Its `Display` is the English
/// message.
pub trait Coded: fmt::Display {
    fn code(&self) -> ErrorCode;

    fn params(&self) -> Params {
        Params::new()
    }

    /// The field the error concerns when the error itself knows it (a keystore's JSON path,
    /// an import entry's field); callers add or prefix the field in their own terms.
    fn field(&self) -> Option<String> {
        None
    }

    /// This error at `field`: a problem stated as a predicate of a field gets its name first
    /// in the message through [`WalletError::of_field`]; a complete sentence keeps its own.
    fn at(self, field: &str) -> WalletError
    where
        Self: Sized,
    {
        WalletError::from(self).at(field)
    }
}

/// An error as it crosses a boundary: code, field, parameters and the English message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct WalletError {
    #[cfg_attr(feature = "wasm", tsify(type = "ErrorCode"))]
    pub code: ErrorCode,
    /// Where: a path in the caller's terms, such as `validatorIndices[3]` or
    /// `chain.genesisForkVersion`; absent when the error concerns the whole request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[cfg_attr(
        feature = "wasm",
        tsify(type = "Record<string, number | string | string[]>")
    )]
    pub params: Params,
    pub message: String,
}

impl<E: Coded> From<E> for WalletError {
    fn from(err: E) -> Self {
        Self {
            code: err.code(),
            field: err.field(),
            params: err.params(),
            message: err.to_string(),
        }
    }
}

impl WalletError {
    /// An error with no typed source: a code, its parameters and the message.
    pub fn new(code: ErrorCode, params: Params, message: impl Into<String>) -> Self {
        Self {
            code,
            field: None,
            params,
            message: message.into(),
        }
    }

    /// A problem stated as a predicate of a field ("is not hexadecimal"): the message names
    /// the field first ("pubkey is not hexadecimal").
    pub fn of_field(field: &str, err: impl Coded) -> Self {
        let message = format!("{field} {err}");
        Self {
            message,
            ..Self::from(err).at(field)
        }
    }

    /// Places the error at `field` (relative to any field it already has).
    pub fn at(mut self, field: &str) -> Self {
        self.field = Some(match self.field.take() {
            None => field.to_owned(),
            Some(inner) if inner.starts_with('[') => format!("{field}{inner}"),
            Some(inner) => format!("{field}.{inner}"),
        });
        self
    }

    /// A failed check of the wallet's own output: nothing is offered.
    pub fn internal(problem: impl fmt::Display) -> Self {
        Self::new(
            ErrorCode::InternalError,
            params(&[("problem", Param::Text(problem.to_string()))]),
            format!("internal check failed, nothing was written: {problem}"),
        )
    }
}

impl fmt::Display for WalletError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WalletError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
            assert_eq!(ErrorCode::parse(name), Some(*code));
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), *code);
        }
    }

    #[test]
    fn quoted_values_are_short_and_escaped() {
        assert_eq!(Quoted::new("abc").as_str(), "abc");
        assert_eq!(Quoted::new("a\u{200b}b\n").as_str(), "a\\u{200b}b\\n");
        let long = "x".repeat(100_000_000 / 1000);
        let quoted = Quoted::new(&long);
        assert_eq!(quoted.as_str().chars().count(), MAX_QUOTED_CHARS + 1);
        assert!(quoted.as_str().ends_with('…'));
    }

    #[test]
    fn fields_nest_as_paths() {
        let err = WalletError::new(ErrorCode::HexNotHex, Params::new(), "x");
        assert_eq!(
            err.clone()
                .at("pubkey")
                .at("validators[3]")
                .field
                .as_deref(),
            Some("validators[3].pubkey")
        );
        let indexed = WalletError {
            field: Some("[3]".into()),
            ..err
        };
        assert_eq!(
            indexed.at("validatorIndices").field.as_deref(),
            Some("validatorIndices[3]")
        );
    }
}
