//! A request's transaction as a file, for the withdrawal address's own wallet: where to send
//! it (`to`, `chainId`), from which address (`from`), what to attach (`value`), the calldata
//! (`data`), the decoded request, what it does in words (`description`) and its ERC-681 URI.
//!
//! ```json
//! {
//!   "description": "Exit validator 0x… fully (EIP-7002 withdrawal request, amount 0): …",
//!   "chainId": "1",
//!   "from": "0x…",
//!   "to": "0x00000961Ef480Eb55e80D19ad83579A64c007002",
//!   "value": "1",
//!   "data": "0x…",
//!   "request": {"type": "withdrawal_request", "validator_pubkey": "0x…", "amount": "0"},
//!   "eip681": "ethereum:0x00000961Ef480Eb55e80D19ad83579A64c007002@1?value=1&data=0x…"
//! }
//! ```
//!
//! `chainId` and `value` are decimal strings (uint256s in the transaction; JavaScript numbers
//! would round them), addresses EIP-55. `description` is a fixed English sentence, as
//! deposit-cli's files carry fixed English fields; the page shows its own translated words
//! from the request, never this text. Every field but `from` is derived from the calldata and
//! the chain, so the reader recomputes each and reports any that disagrees.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ExecutionLayer};
use crate::consensus::containers::MIN_ACTIVATION_BALANCE;
use crate::consensus::deposit::format_deposit_amount;
use crate::consensus::execution_address::ExecutionAddress;
use crate::error::{params, Coded, ErrorCode, Params, Quoted, WalletError};
use crate::execution::eip681::transaction_request_url;
use crate::execution::eip7002::{WithdrawalRequest, WITHDRAWAL_REQUEST_INPUT_LEN};
use crate::execution::eip7251::{ConsolidationRequest, CONSOLIDATION_REQUEST_INPUT_LEN};
use crate::execution::{parse_wei, ExecutionAction, Wei};
use crate::files::hex_field::{decode_prefixed, HexFieldError};
use crate::files::output::{parse_uint64, string_field, EntryReport, OutputFile};
use crate::files::{parse_object, FileError, FileKind};
use crate::keys::bls::PublicKey;

/// One request, as its contract reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecutionRequest {
    Withdrawal(WithdrawalRequest),
    Consolidation(ConsolidationRequest),
}

impl ExecutionRequest {
    pub fn kind(&self) -> FileKind {
        match self {
            Self::Withdrawal(_) => FileKind::WithdrawalRequest,
            Self::Consolidation(_) => FileKind::ConsolidationRequest,
        }
    }

    /// The calldata: the contract's input.
    pub fn input(&self) -> Vec<u8> {
        match self {
            Self::Withdrawal(request) => request.to_input().to_vec(),
            Self::Consolidation(request) => request.to_input().to_vec(),
        }
    }

    pub fn action(&self) -> ExecutionAction {
        match self {
            Self::Withdrawal(request) if request.is_full_exit() => ExecutionAction::FullExit,
            Self::Withdrawal(_) => ExecutionAction::PartialWithdrawal,
            Self::Consolidation(request) if request.is_switch_to_compounding() => {
                ExecutionAction::SwitchToCompounding
            }
            Self::Consolidation(_) => ExecutionAction::ConsolidateSource,
        }
    }

    /// The system contract the request is sent to.
    pub fn contract(&self, layer: &ExecutionLayer) -> ExecutionAddress {
        contract(self.kind(), layer).unwrap_or(layer.withdrawal_request_predeploy)
    }

    /// The decoded request, as the file writes it (the EIPs' field names).
    fn request_json(&self) -> RequestJson {
        let hex0x = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
        match self {
            Self::Withdrawal(request) => RequestJson::WithdrawalRequest {
                validator_pubkey: hex0x(&request.validator_pubkey),
                amount: request.amount.to_string(),
            },
            Self::Consolidation(request) => RequestJson::ConsolidationRequest {
                source_pubkey: hex0x(&request.source_pubkey),
                target_pubkey: hex0x(&request.target_pubkey),
            },
        }
    }

    /// What it does, in a fixed English sentence, from the calldata, the sender and the chain
    /// (amounts in the chain's currency: GNO on Gnosis chains).
    pub fn description(&self, from: &ExecutionAddress, chain: &Chain) -> String {
        let hex0x = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
        let from = from.to_checksummed();
        match self {
            Self::Withdrawal(request) if request.is_full_exit() => format!(
                "Exit validator {} fully (EIP-7002 withdrawal request, amount 0): it stops validating and its whole balance is withdrawn to {from}. Send from {from}.",
                hex0x(&request.validator_pubkey)
            ),
            Self::Withdrawal(request) => format!(
                "Withdraw {} from validator {} (EIP-7002 withdrawal request, amount {} gwei): at most its balance above {}, to {from}; the validator stays active. Send from {from}.",
                format_deposit_amount(request.amount, chain),
                hex0x(&request.validator_pubkey),
                request.amount,
                format_deposit_amount(MIN_ACTIVATION_BALANCE, chain),
            ),
            Self::Consolidation(request) if request.is_switch_to_compounding() => format!(
                "Switch validator {} from 0x01 to 0x02 (compounding) withdrawal credentials (EIP-7251 consolidation request with the validator as its own source and target). Send from {from}.",
                hex0x(&request.source_pubkey)
            ),
            Self::Consolidation(request) => format!(
                "Consolidate validator {} into validator {} (EIP-7251 consolidation request): the source exits and its balance moves to the target. Send from {from}.",
                hex0x(&request.source_pubkey),
                hex0x(&request.target_pubkey)
            ),
        }
    }

    /// The validators' pubkeys: the validator, or the source then the target.
    pub fn pubkeys(&self) -> Vec<[u8; 48]> {
        match self {
            Self::Withdrawal(request) => vec![request.validator_pubkey],
            Self::Consolidation(request) => vec![request.source_pubkey, request.target_pubkey],
        }
    }

    /// The request its contract reads from `input`, for a file of `kind`.
    fn from_input(kind: FileKind, input: &[u8]) -> Option<Self> {
        match kind {
            FileKind::WithdrawalRequest => {
                WithdrawalRequest::from_input(input).map(Self::Withdrawal)
            }
            FileKind::ConsolidationRequest => {
                ConsolidationRequest::from_input(input).map(Self::Consolidation)
            }
            _ => None,
        }
    }
}

/// The contract a kind of request is sent to.
fn contract(kind: FileKind, layer: &ExecutionLayer) -> Option<ExecutionAddress> {
    match kind {
        FileKind::WithdrawalRequest => Some(layer.withdrawal_request_predeploy),
        FileKind::ConsolidationRequest => Some(layer.consolidation_request_predeploy),
        _ => None,
    }
}

/// The calldata length a kind of request has.
fn input_len(kind: FileKind) -> usize {
    match kind {
        FileKind::ConsolidationRequest => CONSOLIDATION_REQUEST_INPUT_LEN,
        _ => WITHDRAWAL_REQUEST_INPUT_LEN,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum RequestJson {
    WithdrawalRequest {
        validator_pubkey: String,
        amount: String,
    },
    ConsolidationRequest {
        source_pubkey: String,
        target_pubkey: String,
    },
}

#[derive(Serialize)]
struct RequestFileJson {
    description: String,
    #[serde(rename = "chainId")]
    chain_id: String,
    from: String,
    to: String,
    value: String,
    data: String,
    request: RequestJson,
    eip681: String,
}

/// A request file made and verified: the file, and its URI (also the QR code's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestFile {
    pub file: OutputFile,
    pub eip681: String,
}

/// Writes the file for `request`, sent from `from` with `value` wei attached, then reads it
/// back with the verifier: any problem and nothing is returned.
pub fn request_file(
    request: &ExecutionRequest,
    chain: &Chain,
    from: &ExecutionAddress,
    value: Wei,
    file_name: String,
) -> Result<RequestFile, WalletError> {
    let layer = chain.execution_layer()?;
    let to = request.contract(&layer);
    let data = request.input();
    let eip681 = transaction_request_url(&to, layer.chain_id, value, &data);
    let json = serde_json::to_string_pretty(&RequestFileJson {
        description: request.description(from, chain),
        chain_id: layer.chain_id.to_string(),
        from: from.to_checksummed(),
        to: to.to_checksummed(),
        value: value.to_string(),
        data: format!("0x{}", hex::encode(&data)),
        request: request.request_json(),
        eip681: eip681.clone(),
    })
    .map_err(WalletError::internal)?;
    let (report, content) = read_execution_request(&json, chain, request.kind())
        .map_err(|err| WalletError::internal(WalletError::from(err)))?;
    crate::consensus::check_reports(&[report])?;
    let expected: Vec<String> = request
        .pubkeys()
        .iter()
        .map(|pubkey| format!("0x{}", hex::encode(pubkey)))
        .collect();
    if content.action != Some(request.action()) || content.pubkeys() != expected {
        return Err(WalletError::internal(
            "the request file does not read back as the request made",
        ));
    }
    Ok(RequestFile {
        file: OutputFile {
            kind: request.kind(),
            file_name,
            json,
        },
        eip681,
    })
}

/// What a request file says, each field as far as it could be read; derived from the
/// calldata where the file states both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ExecutionRequestContent {
    /// What the calldata asks for.
    pub action: Option<ExecutionAction>,
    /// Decimal.
    pub chain_id: Option<String>,
    /// The address that must send it: the validator's (the source's) withdrawal address.
    pub from: Option<String>,
    /// The contract it calls.
    pub to: Option<String>,
    /// Wei attached, decimal.
    pub value: Option<String>,
    /// The validator (a withdrawal request's) or the source (a consolidation's).
    pub validator_pubkey: Option<String>,
    /// A consolidation's target (the validator itself for the switch to 0x02).
    pub target_pubkey: Option<String>,
    /// A withdrawal request's amount in gwei, decimal (0: a full exit).
    pub amount_gwei: Option<String>,
    /// The same in the chain's currency ("1.5 ETH", "0.5 GNO").
    pub amount: Option<String>,
}

impl ExecutionRequestContent {
    /// The validators' pubkeys it names, in order.
    pub fn pubkeys(&self) -> Vec<String> {
        self.validator_pubkey
            .iter()
            .chain(self.target_pubkey.iter())
            .cloned()
            .collect()
    }
}

/// A field of a request file that disagrees with the chain or with the file's calldata.
/// Each reads as a predicate of its field ("chainId is 1, not hoodi's chain ID 560048").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileMismatch {
    ChainId {
        found: Quoted,
        chain: String,
        expected: u64,
    },
    To {
        found: String,
        chain: String,
        expected: String,
    },
    Request,
    Description,
    Uri,
}

impl fmt::Display for FileMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ChainId {
                found,
                chain,
                expected,
            } => write!(f, "is {found}, not {chain}'s chain ID {expected}"),
            Self::To {
                found,
                chain,
                expected,
            } => write!(
                f,
                "is {found}, not {chain}'s contract for this request, {expected}"
            ),
            Self::Request => f.write_str("does not match the file's data"),
            Self::Description => f.write_str("does not say what the file's data does"),
            Self::Uri => f.write_str("does not match the file's to, chainId, value and data"),
        }
    }
}

impl Coded for FileMismatch {
    fn code(&self) -> ErrorCode {
        ErrorCode::ExecutionFileMismatch
    }

    fn params(&self) -> Params {
        match self {
            Self::ChainId {
                found,
                chain,
                expected,
            } => params(&[
                ("reason", "chain_id".into()),
                ("found", found.into()),
                ("chain", chain.as_str().into()),
                ("expected", crate::error::uint64(*expected)),
            ]),
            Self::To {
                found,
                chain,
                expected,
            } => params(&[
                ("reason", "to".into()),
                ("found", found.as_str().into()),
                ("chain", chain.as_str().into()),
                ("expected", expected.as_str().into()),
            ]),
            Self::Request => params(&[("reason", "request".into())]),
            Self::Description => params(&[("reason", "description".into())]),
            Self::Uri => params(&[("reason", "uri".into())]),
        }
    }
}

/// `0x` and whole bytes of hex, `expected` of them.
fn decode_data(text: &str, expected: usize) -> Result<Vec<u8>, HexFieldError> {
    let digits = text
        .strip_prefix("0x")
        .ok_or(HexFieldError::MissingPrefix)?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) || digits.len() % 2 == 1 {
        return Err(HexFieldError::NotHex);
    }
    if digits.len() != expected * 2 {
        return Err(HexFieldError::WrongLength {
            bytes: digits.len() / 2,
            expected,
        });
    }
    hex::decode(digits).map_err(|_| HexFieldError::NotHex)
}

/// Checks one request file of `kind` against `chain`: its chain ID and contract, its sender's
/// address, the value, the calldata (its length, each pubkey a valid BLS key), and that the
/// decoded request, the description and the URI all say what the calldata says.
pub fn read_execution_request(
    json: &str,
    chain: &Chain,
    kind: FileKind,
) -> Result<(EntryReport, ExecutionRequestContent), FileError> {
    let entry = parse_object(json)?;
    let mut problems = Vec::new();
    let mut text = |name: &str| {
        string_field(&entry, "", name)
            .map_err(|problem| problems.push(problem))
            .ok()
    };
    let (chain_id_text, from_text, to_text, value_text, data_text, description, eip681) = (
        text("chainId"),
        text("from"),
        text("to"),
        text("value"),
        text("data"),
        text("description"),
        text("eip681"),
    );
    let mut content = ExecutionRequestContent {
        action: None,
        chain_id: chain_id_text.map(str::to_owned),
        from: None,
        to: None,
        value: None,
        validator_pubkey: None,
        target_pubkey: None,
        amount_gwei: None,
        amount: None,
    };
    let layer = match chain.execution_layer() {
        Ok(layer) => Some(layer),
        Err(err) => {
            problems.push(WalletError::from(err));
            None
        }
    };

    let chain_id = chain_id_text.and_then(|found| match parse_uint64(found) {
        None => {
            problems.push(WalletError::of_field(
                "chainId",
                crate::files::output::FieldError::NotUint64(Quoted::new(found)),
            ));
            None
        }
        Some(chain_id) => {
            if let Some(layer) = &layer {
                if chain_id != layer.chain_id {
                    problems.push(WalletError::of_field(
                        "chainId",
                        FileMismatch::ChainId {
                            found: Quoted::new(found),
                            chain: chain.name.clone(),
                            expected: layer.chain_id,
                        },
                    ));
                }
            }
            Some(chain_id)
        }
    });
    let from = from_text.and_then(|found| {
        ExecutionAddress::parse_checksummed(found)
            .map_err(|err| problems.push(err.at("from")))
            .ok()
    });
    content.from = from.map(|address| address.to_checksummed());
    let to = to_text.and_then(|found| {
        decode_prefixed::<20>(found)
            .map(ExecutionAddress)
            .map_err(|err| problems.push(WalletError::of_field("to", err)))
            .ok()
    });
    content.to = to.map(|address| address.to_checksummed());
    if let (Some(to), Some(expected)) = (to, layer.as_ref().and_then(|layer| contract(kind, layer)))
    {
        if to != expected {
            problems.push(WalletError::of_field(
                "to",
                FileMismatch::To {
                    found: to.to_checksummed(),
                    chain: chain.name.clone(),
                    expected: expected.to_checksummed(),
                },
            ));
        }
    }
    let value = value_text.and_then(|found| {
        parse_wei(found)
            .map_err(|err| problems.push(err.into()))
            .ok()
    });
    content.value = value.map(|value| value.to_string());
    let data = data_text.and_then(|found| {
        decode_data(found, input_len(kind))
            .map_err(|err| problems.push(WalletError::of_field("data", err)))
            .ok()
    });
    let request = data
        .as_deref()
        .and_then(|data| ExecutionRequest::from_input(kind, data));

    if let Some(request) = request {
        content.action = Some(request.action());
        let names: &[&str] = match request {
            ExecutionRequest::Withdrawal(withdrawal) => {
                content.amount_gwei = Some(withdrawal.amount.to_string());
                content.amount = Some(format_deposit_amount(withdrawal.amount, chain));
                &["request.validator_pubkey"]
            }
            ExecutionRequest::Consolidation(_) => {
                &["request.source_pubkey", "request.target_pubkey"]
            }
        };
        let pubkeys = request.pubkeys();
        let hex0x = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
        content.validator_pubkey = pubkeys.first().map(|pubkey| hex0x(pubkey));
        content.target_pubkey = pubkeys.get(1).map(|pubkey| hex0x(pubkey));
        for (pubkey, name) in pubkeys.iter().zip(names) {
            if let Err(err) = PublicKey::from_bytes(pubkey) {
                problems.push(WalletError::of_field(name, err));
            }
        }
        let stated: Option<RequestJson> = entry
            .get("request")
            .and_then(|value| serde_json::from_value(value.clone()).ok());
        if stated.as_ref() != Some(&request.request_json()) {
            problems.push(WalletError::of_field("request", FileMismatch::Request));
        }
        if let (Some(from), Some(description)) = (&from, description) {
            if description != request.description(from, chain) {
                problems.push(WalletError::of_field(
                    "description",
                    FileMismatch::Description,
                ));
            }
        }
        if let (Some(to), Some(chain_id), Some(value), Some(data), Some(eip681)) =
            (to, chain_id, value, &data, eip681)
        {
            if eip681 != transaction_request_url(&to, chain_id, value, data) {
                problems.push(WalletError::of_field("eip681", FileMismatch::Uri));
            }
        }
    }
    Ok((EntryReport::new(0, problems), content))
}

/// Whether a JSON value is a request file, and of which kind: an object with `to` and
/// `data`, of the kind its `request.type` names (or, without one, its contract's).
pub fn detect(value: &serde_json::Value) -> Option<FileKind> {
    if value.get("to").is_none() || value.get("data").is_none() {
        return None;
    }
    match value
        .pointer("/request/type")
        .and_then(serde_json::Value::as_str)
    {
        Some("withdrawal_request") => return Some(FileKind::WithdrawalRequest),
        Some("consolidation_request") => return Some(FileKind::ConsolidationRequest),
        _ => {}
    }
    let to = value.get("to").and_then(serde_json::Value::as_str)?;
    let to = decode_prefixed::<20>(to).ok().map(ExecutionAddress)?;
    let mainnet = Chain::builtin("mainnet").ok()?.execution_layer().ok()?;
    if to == mainnet.withdrawal_request_predeploy {
        Some(FileKind::WithdrawalRequest)
    } else if to == mainnet.consolidation_request_predeploy {
        Some(FileKind::ConsolidationRequest)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::bls::SecretKey;

    const FROM: &str = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";

    fn pubkey(seed: u8) -> [u8; 48] {
        SecretKey::derive_master_sk(&[seed; 32])
            .unwrap()
            .public_key()
            .to_bytes()
    }

    fn from() -> ExecutionAddress {
        ExecutionAddress::parse_checksummed(FROM).unwrap()
    }

    fn made(request: ExecutionRequest, chain: &str) -> RequestFile {
        request_file(
            &request,
            &Chain::builtin(chain).unwrap(),
            &from(),
            1,
            "x.json".into(),
        )
        .unwrap()
    }

    fn problems(json: &str, chain: &str, kind: FileKind) -> Vec<(ErrorCode, Option<String>)> {
        read_execution_request(json, &Chain::builtin(chain).unwrap(), kind)
            .unwrap()
            .0
            .problems
            .into_iter()
            .map(|problem| (problem.code, problem.field))
            .collect()
    }

    #[test]
    fn files_say_what_their_calldata_does_and_read_back() {
        let exit = ExecutionRequest::Withdrawal(WithdrawalRequest {
            validator_pubkey: pubkey(1),
            amount: 0,
        });
        let file = made(exit, "hoodi");
        let value: serde_json::Value = serde_json::from_str(&file.file.json).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "description",
                "chainId",
                "from",
                "to",
                "value",
                "data",
                "request",
                "eip681"
            ]
        );
        assert_eq!(value["chainId"], "560048");
        assert_eq!(value["to"], "0x00000961Ef480Eb55e80D19ad83579A64c007002");
        assert_eq!(value["from"], FROM);
        assert_eq!(value["value"], "1");
        assert_eq!(
            value["data"],
            format!("0x{}{}", hex::encode(pubkey(1)), "00".repeat(8))
        );
        assert_eq!(value["request"]["type"], "withdrawal_request");
        assert_eq!(value["request"]["amount"], "0");
        assert_eq!(value["eip681"], file.eip681);
        assert!(file.eip681.starts_with(
            "ethereum:0x00000961Ef480Eb55e80D19ad83579A64c007002@560048?value=1&data=0x"
        ));
        assert!(value["description"]
            .as_str()
            .unwrap()
            .starts_with("Exit validator 0x"));
        assert_eq!(file.file.kind, FileKind::WithdrawalRequest);
        assert_eq!(detect(&value), Some(FileKind::WithdrawalRequest));

        let partial = ExecutionRequest::Withdrawal(WithdrawalRequest {
            validator_pubkey: pubkey(1),
            amount: 1_500_000_000,
        });
        let gnosis = made(partial, "gnosis");
        let (report, content) = read_execution_request(
            &gnosis.file.json,
            &Chain::builtin("gnosis").unwrap(),
            FileKind::WithdrawalRequest,
        )
        .unwrap();
        assert!(report.ok, "{:?}", report.problems);
        assert_eq!(content.action, Some(ExecutionAction::PartialWithdrawal));
        assert_eq!(content.amount.as_deref(), Some("0.046875 GNO"));
        assert_eq!(content.chain_id.as_deref(), Some("100"));

        let consolidation = ExecutionRequest::Consolidation(ConsolidationRequest {
            source_pubkey: pubkey(1),
            target_pubkey: pubkey(2),
        });
        let file = made(consolidation, "mainnet");
        let value: serde_json::Value = serde_json::from_str(&file.file.json).unwrap();
        assert_eq!(value["to"], "0x0000BBdDc7CE488642fb579F8B00f3a590007251");
        assert_eq!(value["chainId"], "1");
        assert_eq!(
            value["data"],
            format!("0x{}{}", hex::encode(pubkey(1)), hex::encode(pubkey(2)))
        );
        assert_eq!(detect(&value), Some(FileKind::ConsolidationRequest));
    }

    #[test]
    fn every_field_that_disagrees_is_named() {
        let exit = ExecutionRequest::Withdrawal(WithdrawalRequest {
            validator_pubkey: pubkey(1),
            amount: 0,
        });
        let json = made(exit, "hoodi").file.json;
        let tampered = |field: &str, value: serde_json::Value| {
            let mut file: serde_json::Value = serde_json::from_str(&json).unwrap();
            file[field] = value;
            file.to_string()
        };
        let mismatch = |field: &str| vec![(ErrorCode::ExecutionFileMismatch, Some(field.into()))];
        // Another chain's file (its URI agrees with its own chainId).
        assert_eq!(
            problems(&json, "mainnet", FileKind::WithdrawalRequest),
            mismatch("chainId")
        );
        // The amount changed in the calldata: 1 wei more than a full exit.
        let data = format!("0x{}{}", hex::encode(pubkey(1)), "0000000000000001");
        assert_eq!(
            problems(
                &tampered("data", data.into()),
                "hoodi",
                FileKind::WithdrawalRequest
            ),
            [
                mismatch("request"),
                mismatch("description"),
                mismatch("eip681")
            ]
            .concat()
        );
        // The consolidation contract, for a withdrawal request.
        assert_eq!(
            problems(
                &tampered("to", "0x0000BBdDc7CE488642fb579F8B00f3a590007251".into()),
                "hoodi",
                FileKind::WithdrawalRequest
            ),
            [mismatch("to"), mismatch("eip681")].concat()
        );
        // The URI alone changed: another contract in it.
        let uri = format!(
            "ethereum:0x0000BBdDc7CE488642fb579F8B00f3a590007251@560048?value=1&data=0x{}{}",
            hex::encode(pubkey(1)),
            "00".repeat(8)
        );
        assert_eq!(
            problems(
                &tampered("eip681", uri.into()),
                "hoodi",
                FileKind::WithdrawalRequest
            ),
            mismatch("eip681")
        );
        // A pubkey that is no BLS key, calldata of the wrong length, a zero value.
        let bad_key = format!("0x{}{}", "00".repeat(48), "00".repeat(8));
        assert!(problems(
            &tampered("data", bad_key.into()),
            "hoodi",
            FileKind::WithdrawalRequest
        )
        .contains(&(
            ErrorCode::PubkeyInvalid,
            Some("request.validator_pubkey".into())
        )));
        assert_eq!(
            problems(
                &tampered("data", "0x00".into()),
                "hoodi",
                FileKind::WithdrawalRequest
            ),
            vec![(ErrorCode::HexWrongLength, Some("data".into()))]
        );
        assert_eq!(
            problems(
                &tampered("value", "0".into()),
                "hoodi",
                FileKind::WithdrawalRequest
            ),
            // Without a readable value the URI is not compared.
            vec![(ErrorCode::RequestValueInvalid, Some("value".into()))]
        );
        assert_eq!(
            problems(
                &tampered("from", FROM.to_lowercase().into()),
                "hoodi",
                FileKind::WithdrawalRequest
            ),
            vec![(ErrorCode::AddressNotChecksummed, Some("from".into()))]
        );
        assert_eq!(
            problems(
                &tampered("description", "Nothing to see".into()),
                "hoodi",
                FileKind::WithdrawalRequest
            ),
            mismatch("description")
        );
        // A custom chain: no execution layer to check against.
        let ephemery = Chain::custom("ephemery", "0x1000101b", "0x4000101b", None).unwrap();
        let (report, _) =
            read_execution_request(&json, &ephemery, FileKind::WithdrawalRequest).unwrap();
        assert_eq!(report.problems[0].code, ErrorCode::ChainNoExecutionLayer);
    }
}
