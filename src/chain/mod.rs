//! Chains the wallet signs for, the three signature domains each one defines, and which chain
//! a set of values (a custom chain's, an import's, a signed file's) really is.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::consensus::containers::{
    compute_domain, Domain, Version, DOMAIN_BLS_TO_EXECUTION_CHANGE, DOMAIN_BUILDER_DEPOSIT,
    DOMAIN_DEPOSIT, DOMAIN_VOLUNTARY_EXIT,
};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::ssz::Root;
use crate::error::{params, Coded, ErrorCode, Param, Params, Quoted};
use crate::files::hex_field::{decode_prefixed, HexFieldError};
use crate::files::serde_text;
use crate::import::ImportedChain;

/// A chain's signing parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    pub name: String,
    pub genesis_fork_version: Version,
    /// Fixed exit fork version since Deneb (EIP-7044).
    pub capella_fork_version: Version,
    /// Unknown for chains that reset (e.g. Ephemery) until the user supplies it.
    pub genesis_validators_root: Option<Root>,
    /// Deposit-contract units per unit of the chain's currency: 32 on Gnosis chains (1 GNO is
    /// deposited as 32 "mGNO"), 1 elsewhere.
    pub deposit_multiplier: u64,
    /// Its currency has real value (mainnet, Gnosis): keys from a published test mnemonic
    /// need an explicit acknowledgement there.
    pub real_value: bool,
}

/// The three values that identify a chain for signing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainValue {
    GenesisForkVersion,
    CapellaForkVersion,
    GenesisValidatorsRoot,
}

impl ChainValue {
    /// As the chain option names it (`chain.genesisForkVersion`).
    pub fn option_name(self) -> &'static str {
        match self {
            Self::GenesisForkVersion => "genesisForkVersion",
            Self::CapellaForkVersion => "capellaForkVersion",
            Self::GenesisValidatorsRoot => "genesisValidatorsRoot",
        }
    }

    /// As ethdo's offline-preparation.json names it.
    pub fn ethdo_name(self) -> &'static str {
        match self {
            Self::GenesisForkVersion => "genesis_fork_version",
            Self::CapellaForkVersion => "exit_fork_version",
            Self::GenesisValidatorsRoot => "genesis_validators_root",
        }
    }

    /// What a message is about when this value is refused (`subject` of its parameters).
    fn subject(self) -> &'static str {
        match self {
            Self::GenesisForkVersion => "chain_genesis_fork_version",
            Self::CapellaForkVersion => "chain_capella_fork_version",
            Self::GenesisValidatorsRoot => "chain_genesis_validators_root",
        }
    }

    fn words(self) -> &'static str {
        match self {
            Self::GenesisForkVersion => "genesis fork version",
            Self::CapellaForkVersion => "Capella (exit) fork version",
            Self::GenesisValidatorsRoot => "genesis validators root",
        }
    }
}

/// Where a chain's values come from, so an error names the field as its source writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainSource {
    Option,
    EthdoFile,
}

/// Why a chain could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainError {
    UnknownChain(Quoted),
    BadName(Quoted),
    BadField {
        value: ChainValue,
        problem: HexFieldError,
    },
    /// BLS changes and exits are signed over the genesis validators root.
    NoGenesisValidatorsRoot {
        chain: String,
    },
    /// Some but not all of the values are a built-in chain's: signing with them would make
    /// messages valid on that chain under another name, multiplier or acknowledgement.
    ImpersonatesBuiltin {
        builtin: &'static str,
        differing: Vec<ChainValue>,
        source: ChainSource,
    },
    /// A built-in chain's name with other values.
    BuiltinNameReused {
        name: &'static str,
    },
    /// Execution-layer requests (EIP-7002, EIP-7251) need the chain's chain ID and request
    /// contracts, which only the built-in chains' table holds.
    NoExecutionLayer {
        chain: String,
    },
}

impl fmt::Display for ChainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownChain(name) => write!(
                f,
                "unknown chain \"{name}\"; use one of {} or give a custom chain's fork versions and root",
                BUILTIN_CHAIN_NAMES.join(", ")
            ),
            Self::BadName(_) => f.write_str(
                "a custom chain needs a name of 1 to 64 letters, digits, - or _ (it is written into deposit files)",
            ),
            Self::BadField { value, problem } => write!(f, "the chain's {} {problem}", value.words()),
            Self::NoGenesisValidatorsRoot { chain } => write!(
                f,
                "chain {chain} has no genesis validators root, so BLS changes and exits cannot be signed for it; supply the root"
            ),
            Self::ImpersonatesBuiltin { builtin, differing, source } => {
                let names: Vec<&str> = differing
                    .iter()
                    .map(|value| match source {
                        ChainSource::Option => value.words(),
                        ChainSource::EthdoFile => value.ethdo_name(),
                    })
                    .collect();
                write!(
                    f,
                    "these chain values are partly {builtin}'s: its {} differ{}; a chain that shares any of {builtin}'s values must be {builtin} itself (messages signed with them could be valid on {builtin})",
                    names.join(" and "),
                    if names.len() == 1 { "s" } else { "" }
                )
            }
            Self::BuiltinNameReused { name } => write!(
                f,
                "\"{name}\" is a built-in chain: choose it by name, or give a custom chain another name"
            ),
            Self::NoExecutionLayer { chain } => write!(
                f,
                "execution-layer requests are made only for the built-in chains, whose chain ID and request contracts are known; {chain} is not one: use one of {}",
                BUILTIN_CHAIN_NAMES.join(", ")
            ),
        }
    }
}

impl Coded for ChainError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::UnknownChain(_) => ErrorCode::ChainUnknown,
            Self::BadName(_) => ErrorCode::ChainNameInvalid,
            Self::BadField { problem, .. } => problem.code(),
            Self::NoGenesisValidatorsRoot { .. } => ErrorCode::ChainNoGenesisValidatorsRoot,
            Self::ImpersonatesBuiltin { .. } => ErrorCode::ChainImpersonatesBuiltin,
            Self::BuiltinNameReused { .. } => ErrorCode::ChainBuiltinNameReused,
            Self::NoExecutionLayer { .. } => ErrorCode::ChainNoExecutionLayer,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::UnknownChain(name) => params(&[
                ("name", name.into()),
                (
                    "known",
                    Param::List(BUILTIN_CHAIN_NAMES.map(str::to_owned).to_vec()),
                ),
            ]),
            Self::BadName(name) => params(&[("name", name.into())]),
            Self::BadField { value, problem } => {
                let mut list = problem.params();
                list.insert("subject".into(), value.subject().into());
                list
            }
            Self::NoGenesisValidatorsRoot { chain } => params(&[("chain", chain.as_str().into())]),
            Self::ImpersonatesBuiltin {
                builtin,
                differing,
                source,
            } => params(&[
                ("builtin", (*builtin).into()),
                (
                    "differing",
                    Param::List(
                        differing
                            .iter()
                            .map(|value| match source {
                                ChainSource::Option => value.option_name(),
                                ChainSource::EthdoFile => value.ethdo_name(),
                            })
                            .map(str::to_owned)
                            .collect(),
                    ),
                ),
            ]),
            Self::BuiltinNameReused { name } => params(&[("name", (*name).into())]),
            Self::NoExecutionLayer { chain } => params(&[
                ("chain", chain.as_str().into()),
                (
                    "known",
                    Param::List(BUILTIN_CHAIN_NAMES.map(str::to_owned).to_vec()),
                ),
            ]),
        }
    }

    fn field(&self) -> Option<String> {
        match self {
            Self::BadName(_) | Self::BuiltinNameReused { .. } => Some("name".into()),
            Self::BadField { value, .. } => Some(value.option_name().into()),
            Self::ImpersonatesBuiltin {
                differing,
                source: ChainSource::EthdoFile,
                ..
            } => differing.first().map(|value| value.ethdo_name().to_owned()),
            Self::ImpersonatesBuiltin { differing, .. } => differing
                .first()
                .map(|value| value.option_name().to_owned()),
            _ => None,
        }
    }
}

/// A chain as people and pages describe it: a built-in name, or a custom chain's values
/// (`{ name, genesisForkVersion, capellaForkVersion, genesisValidatorsRoot? }` in JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum ChainInput {
    Name(String),
    Custom(CustomChain),
}

/// A custom chain's values as given; unknown keys are refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CustomChain {
    pub name: String,
    pub genesis_fork_version: String,
    pub capella_fork_version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genesis_validators_root: Option<String>,
}

/// A string names a built-in chain; an object describes a custom one (read as a struct, so a
/// misspelt key is named, which an untagged enum would hide).
impl<'de> Deserialize<'de> for ChainInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChainVisitor;

        impl<'de> Visitor<'de> for ChainVisitor {
            type Value = ChainInput;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a chain name or a custom chain object")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<ChainInput, E> {
                Ok(ChainInput::Name(name.to_owned()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ChainInput, A::Error> {
                CustomChain::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(ChainInput::Custom)
            }
        }

        deserializer.deserialize_any(ChainVisitor)
    }
}

impl ChainInput {
    pub fn name(name: &str) -> Self {
        Self::Name(name.to_owned())
    }

    pub fn resolve(&self) -> Result<Chain, ChainError> {
        match self {
            Self::Name(name) => Chain::builtin(name),
            Self::Custom(custom) => Chain::custom(
                &custom.name,
                &custom.genesis_fork_version,
                &custom.capella_fork_version,
                custom.genesis_validators_root.as_deref(),
            ),
        }
    }
}

/// Names of the built-in chains.
pub const BUILTIN_CHAIN_NAMES: [&str; 6] =
    ["mainnet", "sepolia", "holesky", "hoodi", "gnosis", "chiado"];

/// Values from each network's config and genesis (see tests/vectors/consensus_constants.json):
/// fork versions, genesis validators root, deposit multiplier, real value.
fn builtin_values(name: &str) -> Option<(Version, Version, &'static str, u64, bool)> {
    Some(match name {
        "mainnet" => (
            [0x00, 0x00, 0x00, 0x00],
            [0x03, 0x00, 0x00, 0x00],
            "4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95",
            1,
            true,
        ),
        "sepolia" => (
            [0x90, 0x00, 0x00, 0x69],
            [0x90, 0x00, 0x00, 0x72],
            "d8ea171f3c94aea21ebc42a1ed61052acf3f9209c00e4efbaaddac09ed9b8078",
            1,
            false,
        ),
        "holesky" => (
            [0x01, 0x01, 0x70, 0x00],
            [0x04, 0x01, 0x70, 0x00],
            "9143aa7c615a7f7115e2b6aac319c03529df8242ae705fba9df39b79c59fa8b1",
            1,
            false,
        ),
        // Hoodi's final root; soft-launch values 0x35976dd3… and 0x596599e1… are obsolete.
        "hoodi" => (
            [0x10, 0x00, 0x09, 0x10],
            [0x40, 0x00, 0x09, 0x10],
            "212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f",
            1,
            false,
        ),
        "gnosis" => (
            [0x00, 0x00, 0x00, 0x64],
            [0x03, 0x00, 0x00, 0x64],
            "f5dcb5564e829aab27264b9becd5dfaa017085611224cb3036f573368dbb9d47",
            32,
            true,
        ),
        "chiado" => (
            [0x00, 0x00, 0x00, 0x6f],
            [0x03, 0x00, 0x00, 0x6f],
            "9d642dac73058fbf39c0ae41ab1e34e4d889043cb199851ded7095bc99eb4c1e",
            32,
            false,
        ),
        _ => return None,
    })
}

/// A built-in chain's execution layer, as execution-layer requests need it: the EIP-155 chain
/// ID their transactions are signed for, and the system contracts they call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExecutionLayer {
    /// The execution chain's ID (each network config's `DEPOSIT_CHAIN_ID`).
    pub chain_id: u64,
    /// EIP-7002's `WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS`.
    pub withdrawal_request_predeploy: ExecutionAddress,
    /// EIP-7251's `CONSOLIDATION_REQUEST_PREDEPLOY_ADDRESS`.
    pub consolidation_request_predeploy: ExecutionAddress,
}

/// EIP-7002's withdrawal request contract, as the EIP writes it (EIP-55). The contract is
/// deployed by a keyless transaction (Nick's method), so it has this address on every chain
/// that ran that transaction.
const WITHDRAWAL_REQUEST_PREDEPLOY: &str = "0x00000961Ef480Eb55e80D19ad83579A64c007002";
/// EIP-7251's consolidation request contract, deployed the same way.
const CONSOLIDATION_REQUEST_PREDEPLOY: &str = "0x0000BBdDc7CE488642fb579F8B00f3a590007251";

/// Each built-in chain's execution layer: its chain ID (the network config's
/// `DEPOSIT_CHAIN_ID`, see tests/vectors/consensus_constants.json) and its request contracts
/// (tests/vectors/execution_requests.json: the EIPs' addresses; every built-in chain runs
/// them at those addresses since its Pectra fork, Gnosis chains included).
fn builtin_execution_values(name: &str) -> Option<(u64, &'static str, &'static str)> {
    let chain_id = match name {
        "mainnet" => 1,
        "sepolia" => 11_155_111,
        "holesky" => 17_000,
        "hoodi" => 560_048,
        "gnosis" => 100,
        "chiado" => 10_200,
        _ => return None,
    };
    Some((
        chain_id,
        WITHDRAWAL_REQUEST_PREDEPLOY,
        CONSOLIDATION_REQUEST_PREDEPLOY,
    ))
}

/// Longest custom chain name: it is written into every deposit file.
const MAX_CHAIN_NAME_CHARS: usize = 64;

impl Chain {
    /// A built-in chain by name.
    pub fn builtin(name: &str) -> Result<Self, ChainError> {
        let (genesis_fork_version, capella_fork_version, root, deposit_multiplier, real_value) =
            builtin_values(name).ok_or_else(|| ChainError::UnknownChain(Quoted::new(name)))?;
        let mut genesis_validators_root = [0u8; 32];
        hex::decode_to_slice(root, &mut genesis_validators_root)
            .map_err(|_| ChainError::UnknownChain(Quoted::new(name)))?;
        Ok(Self {
            name: name.to_owned(),
            genesis_fork_version,
            capella_fork_version,
            genesis_validators_root: Some(genesis_validators_root),
            deposit_multiplier,
            real_value,
        })
    }

    fn builtins() -> impl Iterator<Item = (&'static str, Self)> {
        BUILTIN_CHAIN_NAMES
            .into_iter()
            .filter_map(|name| Self::builtin(name).ok().map(|chain| (name, chain)))
    }

    /// A chain described by the user: `0x`-prefixed hex of the right lengths. Values that
    /// are a built-in chain's give that built-in chain; values that are partly one's are
    /// refused, as is a built-in chain's name with other values.
    pub fn custom(
        name: &str,
        genesis_fork_version: &str,
        capella_fork_version: &str,
        genesis_validators_root: Option<&str>,
    ) -> Result<Self, ChainError> {
        let name = name.trim();
        let valid_name = (1..=MAX_CHAIN_NAME_CHARS).contains(&name.chars().count())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_name {
            return Err(ChainError::BadName(Quoted::new(name)));
        }
        let field = |value| move |problem| ChainError::BadField { value, problem };
        let chain = Self {
            name: name.to_owned(),
            genesis_fork_version: decode_prefixed(genesis_fork_version.trim())
                .map_err(field(ChainValue::GenesisForkVersion))?,
            capella_fork_version: decode_prefixed(capella_fork_version.trim())
                .map_err(field(ChainValue::CapellaForkVersion))?,
            genesis_validators_root: genesis_validators_root
                .map(|root| {
                    decode_prefixed(root.trim()).map_err(field(ChainValue::GenesisValidatorsRoot))
                })
                .transpose()?,
            deposit_multiplier: 1,
            real_value: false,
        };
        if let Some((builtin, _)) =
            Self::builtins().find(|(builtin, _)| builtin.eq_ignore_ascii_case(name))
        {
            return match chain.identify(ChainSource::Option)? {
                Some(same) if same.name == builtin => Ok(same),
                _ => Err(ChainError::BuiltinNameReused { name: builtin }),
            };
        }
        Ok(chain.identify(ChainSource::Option)?.unwrap_or(chain))
    }

    /// The built-in chain these values are, if they are all one's; an error if they are only
    /// partly one's.
    fn identify(&self, source: ChainSource) -> Result<Option<Self>, ChainError> {
        for (name, builtin) in Self::builtins() {
            let differing: Vec<ChainValue> = [
                (
                    ChainValue::GenesisForkVersion,
                    self.genesis_fork_version == builtin.genesis_fork_version,
                ),
                (
                    ChainValue::CapellaForkVersion,
                    self.capella_fork_version == builtin.capella_fork_version,
                ),
                (
                    ChainValue::GenesisValidatorsRoot,
                    self.genesis_validators_root == builtin.genesis_validators_root,
                ),
            ]
            .into_iter()
            .filter(|(_, same)| !same)
            .map(|(value, _)| value)
            .collect();
            match differing.len() {
                0 => return Ok(Some(builtin)),
                3 => continue,
                _ => {
                    return Err(ChainError::ImpersonatesBuiltin {
                        builtin: name,
                        differing,
                        source,
                    })
                }
            }
        }
        Ok(None)
    }

    /// The chain an ethdo preparation file describes: the built-in chain whose values they
    /// all are, else a custom chain named "custom". A file that is partly a built-in
    /// chain's (mainnet's root with another exit fork version, say) is refused, naming the
    /// field: EIP-7044 fixes the exit domain to the chain's Capella version.
    pub fn from_import(imported: &ImportedChain) -> Result<Self, ChainError> {
        let chain = Self {
            name: "custom".into(),
            genesis_fork_version: imported.genesis_fork_version,
            capella_fork_version: imported.exit_fork_version,
            genesis_validators_root: Some(imported.genesis_validators_root),
            deposit_multiplier: 1,
            real_value: false,
        };
        Ok(chain.identify(ChainSource::EthdoFile)?.unwrap_or(chain))
    }

    /// The built-in chain a signed file's stated values are: every value stated is its, and
    /// at least one is stated. (A file states only some: a deposit its genesis fork version, a
    /// BLS change its genesis validators root.) Names are not values: they decide nothing.
    pub fn identify_stated(
        genesis_fork_version: Option<Version>,
        genesis_validators_root: Option<Root>,
    ) -> Option<Self> {
        if genesis_fork_version.is_none() && genesis_validators_root.is_none() {
            return None;
        }
        Self::builtins()
            .map(|(_, builtin)| builtin)
            .find(|builtin| {
                genesis_fork_version.is_none_or(|v| v == builtin.genesis_fork_version)
                    && genesis_validators_root
                        .is_none_or(|r| Some(r) == builtin.genesis_validators_root)
            })
    }

    /// The currency deposits are counted in: GNO where the deposit contract counts 32 units
    /// per coin (Gnosis chains), ETH elsewhere.
    pub fn currency(&self) -> &'static str {
        if self.deposit_multiplier > 1 {
            "GNO"
        } else {
            "ETH"
        }
    }

    /// Whether two chains sign the same messages (name aside).
    pub fn same_values(&self, other: &Self) -> bool {
        self.genesis_fork_version == other.genesis_fork_version
            && self.capella_fork_version == other.capella_fork_version
            && self.genesis_validators_root == other.genesis_validators_root
    }

    fn require_root(&self) -> Result<Root, ChainError> {
        self.genesis_validators_root
            .ok_or_else(|| ChainError::NoGenesisValidatorsRoot {
                chain: self.name.clone(),
            })
    }

    /// Deposits: GENESIS_FORK_VERSION with a zero root (phase0 `validator.md`).
    pub fn deposit_domain(&self) -> Domain {
        compute_domain(DOMAIN_DEPOSIT, self.genesis_fork_version, [0; 32])
    }

    /// Builder deposits: `DOMAIN_BUILDER_DEPOSIT` with GENESIS_FORK_VERSION and a zero root,
    /// computed as deposits' is (gloas `beacon-chain.md`; deposit-cli 1.3.1's
    /// `compute_builder_deposit_domain`).
    pub fn builder_deposit_domain(&self) -> Domain {
        compute_domain(DOMAIN_BUILDER_DEPOSIT, self.genesis_fork_version, [0; 32])
    }

    /// BLS-to-execution changes: GENESIS_FORK_VERSION with the chain's genesis validators root
    /// (capella `process_bls_to_execution_change`).
    pub fn bls_to_execution_change_domain(&self) -> Result<Domain, ChainError> {
        Ok(compute_domain(
            DOMAIN_BLS_TO_EXECUTION_CHANGE,
            self.genesis_fork_version,
            self.require_root()?,
        ))
    }

    /// Voluntary exits: CAPELLA_FORK_VERSION with the genesis validators root (EIP-7044).
    pub fn voluntary_exit_domain(&self) -> Result<Domain, ChainError> {
        Ok(compute_domain(
            DOMAIN_VOLUNTARY_EXIT,
            self.capella_fork_version,
            self.require_root()?,
        ))
    }

    /// The chain's execution layer (chain ID, request contracts): known for the built-in
    /// chains only, so a custom chain is refused rather than given a guessed chain ID.
    pub fn execution_layer(&self) -> Result<ExecutionLayer, ChainError> {
        let refused = || ChainError::NoExecutionLayer {
            chain: self.name.clone(),
        };
        let is_builtin = Self::builtin(&self.name).is_ok_and(|builtin| builtin.same_values(self));
        let (chain_id, withdrawal, consolidation) = builtin_execution_values(&self.name)
            .filter(|_| is_builtin)
            .ok_or_else(refused)?;
        let address = |text: &str| {
            decode_prefixed::<20>(text)
                .map(ExecutionAddress)
                .map_err(|_| refused())
        };
        Ok(ExecutionLayer {
            chain_id,
            withdrawal_request_predeploy: address(withdrawal)?,
            consolidation_request_predeploy: address(consolidation)?,
        })
    }

    /// Proofs of withdrawal-address ownership: deposit-cli's
    /// `compute_bls_to_execution_change_keystore_domain`, its domain type `0x0F000000` with
    /// GENESIS_FORK_VERSION and the chain's genesis validators root.
    pub fn bls_to_execution_change_keystore_domain(&self) -> Result<Domain, ChainError> {
        Ok(compute_domain(
            crate::consensus::bls_to_execution_change_keystore::DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE,
            self.genesis_fork_version,
            self.require_root()?,
        ))
    }
}

/// The chain a signed file says it was made for, as it says it: deposit-cli writes a deposit's
/// `network_name` and `fork_version`, and a BLS change's `metadata` (`network_name`,
/// `genesis_validators_root`); ethdo's change files and exits state none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct StatedNetwork {
    /// The name as written (quoted short: a file's text is anyone's).
    pub network_name: Option<String>,
    /// The genesis fork version, 0x-prefixed.
    #[serde(default, with = "serde_text::option_hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub fork_version: Option<Version>,
    #[serde(default, with = "serde_text::option_hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub genesis_validators_root: Option<Root>,
    /// The built-in chain the stated values are ([`Chain::identify_stated`]), if any.
    pub chain: Option<String>,
}

impl StatedNetwork {
    pub fn new(
        network_name: Option<&str>,
        fork_version: Option<Version>,
        genesis_validators_root: Option<Root>,
    ) -> Self {
        Self {
            network_name: network_name.map(|name| Quoted::new(name).as_str().to_owned()),
            fork_version,
            genesis_validators_root,
            chain: Chain::identify_stated(fork_version, genesis_validators_root)
                .map(|chain| chain.name),
        }
    }

    /// Nothing could be read: no name and no value.
    pub fn is_empty(&self) -> bool {
        self.network_name.is_none()
            && self.fork_version.is_none()
            && self.genesis_validators_root.is_none()
    }

    /// The built-in chain it names, with its rules (multiplier, currency).
    pub fn identified(&self) -> Option<Chain> {
        self.chain
            .as_deref()
            .and_then(|name| Chain::builtin(name).ok())
    }

    /// Whether it names another chain than `chain`: any value or the name stated is not
    /// `chain`'s.
    pub fn differs_from(&self, chain: &Chain) -> bool {
        self.fork_version
            .is_some_and(|version| version != chain.genesis_fork_version)
            || self
                .genesis_validators_root
                .is_some_and(|root| Some(root) != chain.genesis_validators_root)
            || self
                .network_name
                .as_deref()
                .is_some_and(|name| name != chain.name)
    }

    /// How a message names it: the built-in chain, else the name written, else its values.
    pub fn describe(&self) -> String {
        let hex0x = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
        self.chain
            .clone()
            .or_else(|| self.network_name.clone())
            .or_else(|| self.fork_version.map(|version| hex0x(&version)))
            .or_else(|| self.genesis_validators_root.map(|root| hex0x(&root)))
            .unwrap_or_default()
    }
}

/// A warning on a verified file: it says it was made for another chain than the one chosen.
/// Its signatures were checked against the chosen chain's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChainDiffers {
    pub selected: String,
    pub stated: String,
}

impl fmt::Display for FileChainDiffers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "This file says it was made for {}, but {} is chosen: its signatures were checked against {}'s values. Choose the chain the file is meant for.",
            self.stated, self.selected, self.selected
        )
    }
}

impl Coded for FileChainDiffers {
    fn code(&self) -> ErrorCode {
        ErrorCode::VerifyChainDiffers
    }

    fn params(&self) -> Params {
        params(&[
            ("selected", self.selected.as_str().into()),
            ("stated", self.stated.as_str().into()),
        ])
    }

    fn field(&self) -> Option<String> {
        Some("chain".into())
    }
}

/// The chain signing uses is the import's, not the one selected: a notice, so the page can
/// say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedChainDiffers {
    pub selected: String,
    pub imported: String,
}

impl fmt::Display for ImportedChainDiffers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "The import was made on {} but {} is selected; signing uses the import's chain values ({}).",
            self.imported, self.selected, self.imported
        )
    }
}

impl Coded for ImportedChainDiffers {
    fn code(&self) -> ErrorCode {
        ErrorCode::ChainImportDiffers
    }

    fn params(&self) -> Params {
        params(&[
            ("selected", self.selected.as_str().into()),
            ("imported", self.imported.as_str().into()),
        ])
    }

    fn field(&self) -> Option<String> {
        Some("chain".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vectors(name: &str) -> serde_json::Value {
        let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn hex0x(bytes: &[u8]) -> String {
        format!("0x{}", hex::encode(bytes))
    }

    #[test]
    fn imported_chains_are_builtin_custom_or_refused() {
        let hoodi = Chain::builtin("hoodi").unwrap();
        let imported = ImportedChain {
            genesis_validators_root: hoodi.genesis_validators_root.unwrap(),
            genesis_fork_version: hoodi.genesis_fork_version,
            exit_fork_version: hoodi.capella_fork_version,
            current_fork_version: [0x60, 0x00, 0x09, 0x10],
            epoch: 1,
        };
        assert_eq!(Chain::from_import(&imported), Ok(hoodi.clone()));

        let other = ImportedChain {
            genesis_validators_root: [9; 32],
            genesis_fork_version: [9, 9, 9, 9],
            exit_fork_version: [8, 8, 8, 8],
            ..imported.clone()
        };
        let custom = Chain::from_import(&other).unwrap();
        assert_eq!(custom.name, "custom");
        assert_eq!(custom.genesis_validators_root, Some([9; 32]));
        assert_eq!(custom.deposit_multiplier, 1);

        // Mainnet's root and genesis fork with another exit fork: refused, naming the field.
        let mainnet = Chain::builtin("mainnet").unwrap();
        let forged = ImportedChain {
            genesis_validators_root: mainnet.genesis_validators_root.unwrap(),
            genesis_fork_version: mainnet.genesis_fork_version,
            exit_fork_version: [0x05, 0, 0, 0],
            ..imported
        };
        let err = crate::error::WalletError::from(Chain::from_import(&forged).unwrap_err());
        assert_eq!(err.code, ErrorCode::ChainImpersonatesBuiltin);
        assert_eq!(err.field.as_deref(), Some("exit_fork_version"));
        assert!(
            err.message.contains("exit_fork_version differs"),
            "{}",
            err.message
        );
    }

    #[test]
    fn stated_values_identify_a_builtin_only_when_all_are_its() {
        let hoodi = Chain::builtin("hoodi").unwrap();
        let mainnet = Chain::builtin("mainnet").unwrap();
        let root = hoodi.genesis_validators_root;
        let identify = |version, root| Chain::identify_stated(version, root).map(|c| c.name);
        assert_eq!(
            identify(Some(hoodi.genesis_fork_version), None),
            Some("hoodi".into())
        );
        assert_eq!(identify(None, root), Some("hoodi".into()));
        assert_eq!(
            identify(Some(hoodi.genesis_fork_version), root),
            Some("hoodi".into())
        );
        // Values of two chains, unknown values, or none: no chain.
        assert_eq!(identify(Some(mainnet.genesis_fork_version), root), None);
        assert_eq!(identify(Some([9, 9, 9, 9]), None), None);
        assert_eq!(identify(None, None), None);

        // A name decides nothing; it is shown, and it must be the chosen chain's too.
        let stated = StatedNetwork::new(Some("mainnet"), Some(hoodi.genesis_fork_version), None);
        assert_eq!(stated.chain.as_deref(), Some("hoodi"));
        assert!(stated.differs_from(&hoodi));
        assert!(stated.differs_from(&mainnet));
        let honest = StatedNetwork::new(Some("hoodi"), Some(hoodi.genesis_fork_version), None);
        assert!(!honest.differs_from(&hoodi));
        assert_eq!(honest.identified(), Some(hoodi.clone()));
        // Unknown values are named as written, else by their hex.
        let custom = StatedNetwork::new(Some("ephemery"), Some([0x10, 0, 0x10, 0x1b]), None);
        assert_eq!(
            (custom.chain.clone(), custom.describe()),
            (None, "ephemery".into())
        );
        assert!(custom.differs_from(&hoodi));
        let bare = StatedNetwork::new(None, Some([0x10, 0, 0x10, 0x1b]), None);
        assert_eq!(bare.describe(), "0x1000101b");
        assert!(StatedNetwork::new(None, None, None).is_empty());
        // A file's text is quoted short.
        let long = StatedNetwork::new(Some(&"x".repeat(1000)), None, None);
        assert!(long.network_name.unwrap().chars().count() <= crate::error::MAX_QUOTED_CHARS + 1);
    }

    #[test]
    fn gnosis_chains_count_deposits_in_gno() {
        for (name, currency) in [
            ("mainnet", "ETH"),
            ("hoodi", "ETH"),
            ("gnosis", "GNO"),
            ("chiado", "GNO"),
        ] {
            assert_eq!(Chain::builtin(name).unwrap().currency(), currency, "{name}");
        }
    }

    #[test]
    fn custom_chains_with_builtin_values_are_that_builtin_or_refused() {
        let hex = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
        let custom = |name: &str, chain: &Chain, root: Option<[u8; 32]>| {
            Chain::custom(
                name,
                &hex(&chain.genesis_fork_version),
                &hex(&chain.capella_fork_version),
                root.map(|root| hex(&root)).as_deref(),
            )
        };
        let mainnet = Chain::builtin("mainnet").unwrap();
        let gnosis = Chain::builtin("gnosis").unwrap();
        let hoodi = Chain::builtin("hoodi").unwrap();
        // All of a built-in's values under another name: that built-in, its name and rules.
        assert_eq!(
            custom("my-chain", &mainnet, mainnet.genesis_validators_root),
            Ok(mainnet.clone())
        );
        let as_gnosis = custom("gno", &gnosis, gnosis.genesis_validators_root).unwrap();
        assert_eq!(
            (as_gnosis.deposit_multiplier, as_gnosis.real_value),
            (32, true)
        );
        // Some of them: refused.
        assert!(matches!(
            custom("x", &mainnet, Some([1; 32])),
            Err(ChainError::ImpersonatesBuiltin {
                builtin: "mainnet",
                ..
            })
        ));
        assert!(matches!(
            custom("x", &hoodi, None),
            Err(ChainError::ImpersonatesBuiltin {
                builtin: "hoodi",
                ..
            })
        ));
        // A built-in name with other values: refused; with its own values: that chain.
        assert_eq!(
            custom("mainnet", &hoodi, hoodi.genesis_validators_root),
            Err(ChainError::BuiltinNameReused { name: "mainnet" })
        );
        assert_eq!(
            custom("MAINNET", &mainnet, mainnet.genesis_validators_root),
            Ok(mainnet)
        );
        let long = "x".repeat(65);
        assert_eq!(
            Chain::custom(&long, "0x1000101b", "0x4000101b", None).map_err(|e| e.code()),
            Err(ErrorCode::ChainNameInvalid)
        );
    }

    /// The execution-layer table: chain IDs are each network config's `DEPOSIT_CHAIN_ID`,
    /// and the request contracts are the EIPs' addresses, as the EIPs write them (EIP-55).
    #[test]
    fn execution_layers_match_the_eips_and_the_network_configs() {
        let chains = vectors("consensus_constants.json")["chains"].clone();
        let eips = vectors("execution_requests.json");
        for name in BUILTIN_CHAIN_NAMES {
            let layer = Chain::builtin(name).unwrap().execution_layer().unwrap();
            assert_eq!(
                layer.chain_id.to_string(),
                chains[name]["DEPOSIT_CHAIN_ID"],
                "{name}"
            );
            assert_eq!(layer.chain_id, eips["chains"][name], "{name}");
            assert_eq!(
                layer.withdrawal_request_predeploy.to_checksummed(),
                eips["eip7002"]["WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS"],
                "{name}"
            );
            assert_eq!(
                layer.consolidation_request_predeploy.to_checksummed(),
                eips["eip7251"]["CONSOLIDATION_REQUEST_PREDEPLOY_ADDRESS"],
                "{name}"
            );
        }
        // The table's text is the EIPs' EIP-55 form, character for character.
        for text in [
            WITHDRAWAL_REQUEST_PREDEPLOY,
            CONSOLIDATION_REQUEST_PREDEPLOY,
        ] {
            assert_eq!(
                ExecutionAddress::parse_checksummed(text)
                    .unwrap()
                    .to_checksummed(),
                text
            );
        }
        // No chain ID is guessed: a custom chain, or a built-in's name on other values, has
        // no execution layer.
        let ephemery = Chain::custom("ephemery", "0x1000101b", "0x4000101b", None).unwrap();
        let err = ephemery.execution_layer().unwrap_err();
        assert_eq!(
            err,
            ChainError::NoExecutionLayer {
                chain: "ephemery".into()
            }
        );
        assert_eq!(
            err.to_string(),
            "execution-layer requests are made only for the built-in chains, whose chain ID and request contracts are known; ephemery is not one: use one of mainnet, sepolia, holesky, hoodi, gnosis, chiado"
        );
        let renamed = Chain {
            genesis_validators_root: Some([7; 32]),
            ..Chain::builtin("hoodi").unwrap()
        };
        assert!(renamed.execution_layer().is_err());
    }

    #[test]
    fn builtin_chains_match_the_network_configs() {
        let chains = vectors("consensus_constants.json")["chains"].clone();
        for name in BUILTIN_CHAIN_NAMES {
            let chain = Chain::builtin(name).unwrap();
            let published = &chains[name];
            assert_eq!(
                hex0x(&chain.genesis_fork_version),
                published["GENESIS_FORK_VERSION"],
                "{name}"
            );
            assert_eq!(
                hex0x(&chain.capella_fork_version),
                published["CAPELLA_FORK_VERSION"],
                "{name}"
            );
            assert_eq!(
                hex0x(&chain.genesis_validators_root.unwrap()),
                published["genesis_validators_root"],
                "{name}"
            );
            assert_eq!(
                chain.deposit_multiplier.to_string(),
                published["ethstaker_settings_crosscheck"]["MULTIPLIER"],
                "{name}"
            );
        }
        let hoodi = Chain::builtin("hoodi").unwrap();
        assert!(hex0x(&hoodi.genesis_validators_root.unwrap()).starts_with("0x212f13fc"));
    }

    #[test]
    fn domains_match_the_derived_values() {
        let domains = vectors("derived_domains.json")["domains"].clone();
        for name in BUILTIN_CHAIN_NAMES {
            let chain = Chain::builtin(name).unwrap();
            let expected = &domains[name];
            assert_eq!(
                hex0x(&chain.deposit_domain()),
                expected["DOMAIN_DEPOSIT"],
                "{name}"
            );
            assert_eq!(
                hex0x(&chain.bls_to_execution_change_domain().unwrap()),
                expected["DOMAIN_BLS_TO_EXECUTION_CHANGE"],
                "{name}"
            );
            assert_eq!(
                hex0x(&chain.voluntary_exit_domain().unwrap()),
                expected["DOMAIN_VOLUNTARY_EXIT (EIP-7044, capella version)"],
                "{name}"
            );
        }
    }

    #[test]
    fn chain_inputs_read_a_name_or_a_custom_description() {
        let name: ChainInput = serde_json::from_str("\"hoodi\"").unwrap();
        assert_eq!(name.resolve().unwrap(), Chain::builtin("hoodi").unwrap());
        let misspelt = serde_json::from_str::<ChainInput>(
            r#"{"name": "x", "genesisForkVersion": "0x1000101b", "capellaForkVersion": "0x4000101b", "genesisValidatorRoot": "0x00"}"#,
        )
        .unwrap_err();
        assert!(misspelt
            .to_string()
            .contains("unknown field `genesisValidatorRoot`"));
        let custom: ChainInput = serde_json::from_str(
            r#"{"name": "ephemery", "genesisForkVersion": "0x1000101b", "capellaForkVersion": "0x4000101b"}"#,
        )
        .unwrap();
        assert_eq!(custom.resolve().unwrap().genesis_validators_root, None);
        assert_eq!(serde_json::to_string(&name).unwrap(), "\"hoodi\"");
        assert!(serde_json::from_str::<ChainInput>("{\"name\": \"x\"}").is_err());
    }

    #[test]
    fn custom_chains_are_validated_and_need_a_root_to_sign_changes() {
        let ephemery = Chain::custom("ephemery", "0x1000101b", "0x4000101b", None).unwrap();
        assert_eq!(ephemery.genesis_fork_version, [0x10, 0x00, 0x10, 0x1b]);
        let err = ephemery.bls_to_execution_change_domain().unwrap_err();
        assert_eq!(
            err.to_string(),
            "chain ephemery has no genesis validators root, so BLS changes and exits cannot be signed for it; supply the root"
        );
        assert!(ephemery.voluntary_exit_domain().is_err());
        assert_eq!(
            Chain::custom("x", "0x1000101", "0x4000101b", None)
                .unwrap_err()
                .to_string(),
            "the chain's genesis fork version is 3 bytes; it must be 4"
        );
        assert_eq!(
            Chain::custom("x", "0x1000101b", "4000101b", None)
                .unwrap_err()
                .to_string(),
            "the chain's Capella (exit) fork version must start with 0x"
        );
        assert_eq!(
            Chain::custom("x", "0x1000101b", "0x4000101b", Some("0x12"))
                .unwrap_err()
                .to_string(),
            "the chain's genesis validators root is 1 bytes; it must be 32"
        );
        assert_eq!(
            Chain::custom(" ", "0x1000101b", "0x4000101b", None),
            Err(ChainError::BadName(Quoted::new("")))
        );
        assert_eq!(
            Chain::builtin("ropsten").unwrap_err().to_string(),
            "unknown chain \"ropsten\"; use one of mainnet, sepolia, holesky, hoodi, gnosis, chiado or give a custom chain's fork versions and root"
        );
    }
}
