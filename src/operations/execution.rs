//! Requests that prepare execution-layer transactions for a validator's withdrawal address:
//! exits and partial withdrawals (EIP-7002) and consolidations, including the switch to 0x02
//! (EIP-7251). Nothing is signed and no secret is involved: each request's review lists every
//! transaction with what it does and whether it can be made; the run makes one file, URI and
//! QR text per transaction, each verified before it is returned.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput, ExecutionLayer};
use crate::consensus::deposit::{format_deposit_amount, parse_ether_amount, AmountError};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::validators::{DuplicateValidator, ListError};
use crate::error::{params, Coded, ErrorCode, Quoted, WalletError};
use crate::execution::eip7002::{check_withdrawal_request, Withdrawal};
use crate::execution::eip7251::{check_consolidation_batch, check_consolidation_request};
use crate::execution::transaction::{request_file, ExecutionRequest};
use crate::execution::{parse_wei, ExecutionAction, RequestValidator, ValidatorView, Wei};
use crate::files::output::OutputFile;
use crate::import::ValidatorInput;
use crate::keys::validator::check_batch_size;
use crate::operations::{Context, Phase};

/// What a withdrawal request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum WithdrawalAction {
    /// Amount 0: the validator exits and its whole balance is withdrawn.
    FullExit,
    /// `amount` of a 0x02 validator's balance above 32 ETH.
    PartialWithdrawal,
}

/// One withdrawal request: the validator as the beacon chain shows it (its pubkey required),
/// what to do, and for a partial withdrawal the amount in the chain's currency ("1.5"; GNO on
/// Gnosis chains).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WithdrawalRequestInput {
    pub validator: ValidatorInput,
    pub action: WithdrawalAction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
}

/// EIP-7002 requests, one transaction per validator, each sent from the validator's
/// withdrawal address to the withdrawal request contract with `value` wei attached: at least
/// the contract's fee when it is sent (any excess is not refunded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateWithdrawalRequests {
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    pub requests: Vec<WithdrawalRequestInput>,
    /// Wei, decimal.
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// One consolidation: the source's balance moves to the target. Without a target (or with
/// the source as target) it is the switch of a 0x01 source to 0x02.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsolidationRequestInput {
    pub source: ValidatorInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<ValidatorInput>,
}

/// EIP-7251 requests, one transaction per consolidation, each sent from the source's
/// withdrawal address to the consolidation request contract with `value` wei attached. A
/// target of another withdrawal address is refused unless `allowOtherTargetAddress`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateConsolidationRequests {
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    pub requests: Vec<ConsolidationRequestInput>,
    /// Wei, decimal.
    pub value: String,
    #[serde(default)]
    pub allow_other_target_address: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// What a batch of requests will be: the chain, the contract every transaction calls, the
/// value each attaches, and each request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ExecutionReview {
    pub chain: String,
    /// Decimal.
    pub chain_id: String,
    /// The request contract (EIP-55).
    pub to: String,
    /// Wei attached to each transaction, decimal.
    pub value: String,
    pub requests: Vec<ExecutionRequestReview>,
}

/// One request as the review shows it before anything is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ExecutionRequestReview {
    pub action: ExecutionAction,
    /// The validator of a withdrawal request, or a consolidation's source.
    pub validator: ValidatorView,
    /// A consolidation's target (the source itself for the switch to 0x02).
    pub target: Option<ValidatorView>,
    /// A partial withdrawal's amount in gwei, decimal.
    pub amount_gwei: Option<String>,
    /// The same in the chain's currency ("1.5 ETH").
    pub amount: Option<String>,
    /// The withdrawal address the transaction must be sent from (EIP-55); the contracts take
    /// the request's sender as its `source_address`.
    pub from: Option<String>,
    /// Why this request cannot be made, if it cannot.
    pub problem: Option<WalletError>,
}

/// What the page tells the staker beside the files, as codes it words itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ExecutionNotice {
    /// The fee is set by the contract when the transaction runs; `feeQuery` reads it (a call
    /// with empty calldata returns it). Attach at least that.
    FeeReadByEmptyCall,
    /// A value above the fee is kept by the contract, not refunded (EIP-7002 and EIP-7251,
    /// "Fee Overpayment"); a value below it reverts the transaction.
    OverpaymentNotRefunded,
    /// Send each transaction from the `from` address: from any other, the chain ignores the
    /// request and the fee is lost.
    SendFromWithdrawalAddress,
    /// The chain checks what the wallet cannot know offline (activation age, pending
    /// withdrawals, queues, balances); a request that fails them is ignored and its fee kept.
    ChainChecksWhenProcessed,
    /// A consolidation's source exits: it stops validating once its balance has moved.
    ConsolidationExitsSource,
}

/// How to read the contract's current fee: an `eth_call` to it with empty calldata (EIP-7002
/// and EIP-7251, "Fee Getter").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FeeQuery {
    /// The contract (EIP-55).
    pub to: String,
    /// The calldata: empty (`0x`).
    pub data: String,
    /// The JSON-RPC request body an execution node answers with the fee in wei (32 bytes,
    /// big-endian hex).
    pub json_rpc: String,
}

/// One request's transaction: its file, what it does, and its ERC-681 URI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ExecutionRequestOutput {
    #[serde(flatten)]
    pub file: OutputFile,
    pub action: ExecutionAction,
    /// Decimal: the validator, or the consolidation's source.
    pub validator_index: String,
    /// A consolidation's target, decimal.
    pub target_index: Option<String>,
    /// The address to send it from (EIP-55).
    pub from: String,
    /// `ethereum:<to>@<chainId>?value=<wei>&data=0x…`.
    pub eip681: String,
    /// The text a QR code of the transaction carries (the URI).
    pub qr_text: String,
}

/// The verified transactions of a batch, and how to send them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ExecutionRequestFiles {
    pub chain_id: String,
    /// Wei attached to each transaction, decimal.
    pub value: String,
    pub fee_query: FeeQuery,
    pub notices: Vec<ExecutionNotice>,
    pub requests: Vec<ExecutionRequestOutput>,
}

impl ExecutionRequestFiles {
    pub fn files(&self) -> Vec<OutputFile> {
        self.requests
            .iter()
            .map(|request| request.file.clone())
            .collect()
    }
}

/// One request of a batch, checked field by field: its validators, and the request its
/// contract will read, or why the chain would ignore it.
struct Planned {
    validator: RequestValidator,
    target: Option<RequestValidator>,
    action: ExecutionAction,
    amount_gwei: Option<u64>,
    request: Result<ExecutionRequest, WalletError>,
}

/// A batch checked: its chain and value, and each request.
struct Plan {
    chain: Chain,
    value: Wei,
    /// The contract the batch's kind of request is sent to.
    kind_contract: fn(&ExecutionLayer) -> ExecutionAddress,
    requests: Vec<Planned>,
}

/// The fields every batch checks first, in order: the chain (a built-in one), the value,
/// the list (not empty, at most a batch).
fn check_batch(chain: &ChainInput, value: &str, count: usize) -> Result<(Chain, Wei), WalletError> {
    let chain = chain.resolve().map_err(|err| err.at("chain"))?;
    chain.execution_layer().map_err(|err| err.at("chain"))?;
    let value = parse_wei(value)?;
    if count == 0 {
        return Err(ListError::NoValidators.at("requests"));
    }
    check_batch_size(count).map_err(|err| err.at("requests"))?;
    Ok((chain, value))
}

impl CreateWithdrawalRequests {
    fn plan(&self) -> Result<Plan, WalletError> {
        let (chain, value) = check_batch(&self.chain, &self.value, self.requests.len())?;
        let mut validators = Vec::with_capacity(self.requests.len());
        for (position, input) in self.requests.iter().enumerate() {
            let path = format!("requests[{position}]");
            let validator =
                RequestValidator::parse(&input.validator, &format!("{path}.validator"))?;
            let amount = match (input.action, &input.amount) {
                (WithdrawalAction::PartialWithdrawal, None) => {
                    let field = format!("{path}.amount");
                    return Err(WalletError {
                        field: Some(field.clone()),
                        ..WalletError::new(
                            ErrorCode::OptionMissing,
                            params(&[("option", "amount".into())]),
                            format!("the option \"{field}\" is required"),
                        )
                    });
                }
                (_, Some(text)) => {
                    let field = format!("{path}.amount");
                    let native = parse_ether_amount(text).map_err(|err| err.at(&field))?;
                    // In the deposit contract's units: 32 per GNO on Gnosis chains.
                    let amount = native
                        .checked_mul(chain.deposit_multiplier)
                        .ok_or_else(|| {
                            AmountError {
                                text: Quoted::new(text),
                            }
                            .at(&field)
                        })?;
                    Some(amount)
                }
                (_, None) => None,
            };
            validators.push((validator, input.action, amount));
        }
        check_unique(
            validators.iter().map(|(validator, _, _)| validator),
            "validator",
        )?;
        let requests = validators
            .into_iter()
            .enumerate()
            .map(|(position, (validator, action, amount))| {
                let withdrawal = match action {
                    WithdrawalAction::FullExit => Withdrawal::FullExit,
                    WithdrawalAction::PartialWithdrawal => Withdrawal::Partial(amount.unwrap_or(0)),
                };
                let request = check_withdrawal_request(&validator, withdrawal, amount.is_some())
                    .map(ExecutionRequest::Withdrawal)
                    .map_err(|err| err.at(&format!("requests[{position}]")));
                Planned {
                    validator,
                    target: None,
                    action: match action {
                        WithdrawalAction::FullExit => ExecutionAction::FullExit,
                        WithdrawalAction::PartialWithdrawal => ExecutionAction::PartialWithdrawal,
                    },
                    amount_gwei: amount,
                    request,
                }
            })
            .collect();
        Ok(Plan {
            chain,
            value,
            kind_contract: |layer| layer.withdrawal_request_predeploy,
            requests,
        })
    }

    pub(crate) fn review(&self) -> Result<ExecutionReview, WalletError> {
        self.plan()?.review()
    }

    pub(crate) fn run(
        &self,
        context: &mut Context<'_>,
    ) -> Result<ExecutionRequestFiles, WalletError> {
        self.plan()?
            .run(self.timestamp.unwrap_or(context.now), context)
    }
}

impl CreateConsolidationRequests {
    fn plan(&self) -> Result<Plan, WalletError> {
        let (chain, value) = check_batch(&self.chain, &self.value, self.requests.len())?;
        let mut pairs = Vec::with_capacity(self.requests.len());
        for (position, input) in self.requests.iter().enumerate() {
            let path = format!("requests[{position}]");
            let source = RequestValidator::parse(&input.source, &format!("{path}.source"))?;
            let target = match &input.target {
                Some(target) => RequestValidator::parse(target, &format!("{path}.target"))?,
                None => source.clone(),
            };
            pairs.push((source, target));
        }
        check_consolidation_batch(&pairs).map_err(|err| err.at("requests"))?;
        let requests = pairs
            .into_iter()
            .enumerate()
            .map(|(position, (source, target))| {
                let request =
                    check_consolidation_request(&source, &target, self.allow_other_target_address)
                        .map(ExecutionRequest::Consolidation)
                        .map_err(|err| err.at(&format!("requests[{position}]")));
                let action = if source.pubkey == target.pubkey {
                    ExecutionAction::SwitchToCompounding
                } else {
                    ExecutionAction::ConsolidateSource
                };
                Planned {
                    validator: source,
                    target: Some(target),
                    action,
                    amount_gwei: None,
                    request,
                }
            })
            .collect();
        Ok(Plan {
            chain,
            value,
            kind_contract: |layer| layer.consolidation_request_predeploy,
            requests,
        })
    }

    pub(crate) fn review(&self) -> Result<ExecutionReview, WalletError> {
        self.plan()?.review()
    }

    pub(crate) fn run(
        &self,
        context: &mut Context<'_>,
    ) -> Result<ExecutionRequestFiles, WalletError> {
        self.plan()?
            .run(self.timestamp.unwrap_or(context.now), context)
    }
}

/// Refuses a validator named twice in a withdrawal batch (two requests for one validator), or
/// one index given two pubkeys. The field is the second mention's.
fn check_unique<'a>(
    validators: impl Iterator<Item = &'a RequestValidator>,
    role: &str,
) -> Result<(), WalletError> {
    let mut by_pubkey = HashMap::new();
    let mut by_index = HashMap::new();
    for (position, validator) in validators.enumerate() {
        let pubkey = validator.pubkey.to_bytes();
        if by_pubkey.insert(pubkey, ()).is_some()
            || by_index.insert(validator.index, pubkey).is_some()
        {
            return Err(DuplicateValidator {
                validator_index: validator.index,
            }
            .at(&format!("requests[{position}].{role}")));
        }
    }
    Ok(())
}

impl Plan {
    fn review(&self) -> Result<ExecutionReview, WalletError> {
        let layer = self.chain.execution_layer()?;
        Ok(ExecutionReview {
            chain: self.chain.name.clone(),
            chain_id: layer.chain_id.to_string(),
            to: (self.kind_contract)(&layer).to_checksummed(),
            value: self.value.to_string(),
            requests: self
                .requests
                .iter()
                .map(|planned| ExecutionRequestReview {
                    action: planned.action,
                    validator: planned.validator.view(),
                    target: planned.target.as_ref().map(RequestValidator::view),
                    amount_gwei: planned.amount_gwei.map(|amount| amount.to_string()),
                    amount: planned
                        .amount_gwei
                        .map(|amount| format_deposit_amount(amount, &self.chain)),
                    from: planned
                        .validator
                        .withdrawal_address()
                        .map(|address| address.to_checksummed()),
                    problem: planned.request.as_ref().err().cloned(),
                })
                .collect(),
        })
    }

    /// Every request checked first; then one file each, each read back by the verifier.
    fn run(
        &self,
        timestamp: u64,
        context: &mut Context<'_>,
    ) -> Result<ExecutionRequestFiles, WalletError> {
        if let Some(problem) = self
            .requests
            .iter()
            .find_map(|planned| planned.request.as_ref().err())
        {
            return Err(problem.clone());
        }
        let layer = self.chain.execution_layer()?;
        let to = (self.kind_contract)(&layer).to_checksummed();
        let total = self.requests.len() as u64;
        let mut outputs = Vec::with_capacity(self.requests.len());
        let mut consolidates = false;
        for (done, planned) in self.requests.iter().enumerate() {
            let request = planned.request.as_ref().map_err(Clone::clone)?;
            let from = planned
                .validator
                .withdrawal_address()
                .ok_or_else(|| WalletError::internal("a checked request has no sender"))?;
            let index = planned.validator.index;
            let target_index = planned.target.as_ref().map(|target| target.index);
            let file_name = match target_index {
                None => format!("withdrawal_request-{index}-{timestamp}.json"),
                Some(target) => format!("consolidation_request-{index}-{target}-{timestamp}.json"),
            };
            let made = request_file(request, &self.chain, &from, self.value, file_name)?;
            consolidates |= planned.action == ExecutionAction::ConsolidateSource;
            outputs.push(ExecutionRequestOutput {
                file: made.file,
                action: planned.action,
                validator_index: index.to_string(),
                target_index: target_index.map(|index| index.to_string()),
                from: from.to_checksummed(),
                qr_text: made.eip681.clone(),
                eip681: made.eip681,
            });
            // Each file is read back by the verifier before the next.
            context.progress(Phase::Verifying, done as u64 + 1, total);
        }
        let mut notices = vec![
            ExecutionNotice::FeeReadByEmptyCall,
            ExecutionNotice::OverpaymentNotRefunded,
            ExecutionNotice::SendFromWithdrawalAddress,
            ExecutionNotice::ChainChecksWhenProcessed,
        ];
        if consolidates {
            notices.push(ExecutionNotice::ConsolidationExitsSource);
        }
        Ok(ExecutionRequestFiles {
            chain_id: layer.chain_id.to_string(),
            value: self.value.to_string(),
            fee_query: FeeQuery {
                json_rpc: format!(
                    r#"{{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{{"to":"{to}","data":"0x"}},"latest"]}}"#
                ),
                to,
                data: "0x".into(),
            },
            notices,
            requests: outputs,
        })
    }
}
