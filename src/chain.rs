//! Chains the wallet signs for, and the three signature domains each one defines.

use std::fmt;

use crate::consensus::{
    compute_domain, Domain, Version, DOMAIN_BLS_TO_EXECUTION_CHANGE, DOMAIN_DEPOSIT,
    DOMAIN_VOLUNTARY_EXIT,
};
use crate::hex_field::{decode_prefixed, HexFieldError};
use crate::ssz::Root;
use crate::validator_import::ImportedChain;

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
}

/// Why a chain could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainError {
    UnknownChain(String),
    EmptyName,
    BadField {
        field: &'static str,
        problem: HexFieldError,
    },
    /// BLS changes and exits are signed over the genesis validators root.
    NoGenesisValidatorsRoot {
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
            Self::EmptyName => f.write_str("a custom chain needs a name"),
            Self::BadField { field, problem } => write!(f, "the chain's {field} {problem}"),
            Self::NoGenesisValidatorsRoot { chain } => write!(
                f,
                "chain {chain} has no genesis validators root, so BLS changes and exits cannot be signed for it; supply the root"
            ),
        }
    }
}

impl std::error::Error for ChainError {}

/// A chain as people and pages describe it: a built-in name, or a custom chain's values
/// (`{ name, genesisForkVersion, capellaForkVersion, genesisValidatorsRoot? }` in JSON).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ChainInput {
    Name(String),
    #[serde(rename_all = "camelCase")]
    Custom {
        name: String,
        genesis_fork_version: String,
        capella_fork_version: String,
        genesis_validators_root: Option<String>,
    },
}

impl ChainInput {
    pub fn resolve(&self) -> Result<Chain, ChainError> {
        match self {
            Self::Name(name) => Chain::builtin(name),
            Self::Custom {
                name,
                genesis_fork_version,
                capella_fork_version,
                genesis_validators_root,
            } => Chain::custom(
                name,
                genesis_fork_version,
                capella_fork_version,
                genesis_validators_root.as_deref(),
            ),
        }
    }
}

/// Names of the built-in chains.
pub const BUILTIN_CHAIN_NAMES: [&str; 6] =
    ["mainnet", "sepolia", "holesky", "hoodi", "gnosis", "chiado"];

/// Values from each network's config and genesis (see tests/vectors/consensus_constants.json).
fn builtin_values(name: &str) -> Option<(Version, Version, &'static str, u64)> {
    Some(match name {
        "mainnet" => (
            [0x00, 0x00, 0x00, 0x00],
            [0x03, 0x00, 0x00, 0x00],
            "4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95",
            1,
        ),
        "sepolia" => (
            [0x90, 0x00, 0x00, 0x69],
            [0x90, 0x00, 0x00, 0x72],
            "d8ea171f3c94aea21ebc42a1ed61052acf3f9209c00e4efbaaddac09ed9b8078",
            1,
        ),
        "holesky" => (
            [0x01, 0x01, 0x70, 0x00],
            [0x04, 0x01, 0x70, 0x00],
            "9143aa7c615a7f7115e2b6aac319c03529df8242ae705fba9df39b79c59fa8b1",
            1,
        ),
        // Hoodi's final root; soft-launch values 0x35976dd3… and 0x596599e1… are obsolete.
        "hoodi" => (
            [0x10, 0x00, 0x09, 0x10],
            [0x40, 0x00, 0x09, 0x10],
            "212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f",
            1,
        ),
        "gnosis" => (
            [0x00, 0x00, 0x00, 0x64],
            [0x03, 0x00, 0x00, 0x64],
            "f5dcb5564e829aab27264b9becd5dfaa017085611224cb3036f573368dbb9d47",
            32,
        ),
        "chiado" => (
            [0x00, 0x00, 0x00, 0x6f],
            [0x03, 0x00, 0x00, 0x6f],
            "9d642dac73058fbf39c0ae41ab1e34e4d889043cb199851ded7095bc99eb4c1e",
            32,
        ),
        _ => return None,
    })
}

impl Chain {
    /// A built-in chain by name.
    pub fn builtin(name: &str) -> Result<Self, ChainError> {
        let (genesis_fork_version, capella_fork_version, root, deposit_multiplier) =
            builtin_values(name).ok_or_else(|| ChainError::UnknownChain(name.to_owned()))?;
        let mut genesis_validators_root = [0u8; 32];
        hex::decode_to_slice(root, &mut genesis_validators_root)
            .map_err(|_| ChainError::UnknownChain(name.to_owned()))?;
        Ok(Self {
            name: name.to_owned(),
            genesis_fork_version,
            capella_fork_version,
            genesis_validators_root: Some(genesis_validators_root),
            deposit_multiplier,
        })
    }

    /// A chain described by the user: `0x`-prefixed hex of the right lengths.
    pub fn custom(
        name: &str,
        genesis_fork_version: &str,
        capella_fork_version: &str,
        genesis_validators_root: Option<&str>,
    ) -> Result<Self, ChainError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ChainError::EmptyName);
        }
        let field = |field: &'static str| move |problem| ChainError::BadField { field, problem };
        Ok(Self {
            name: name.to_owned(),
            genesis_fork_version: decode_prefixed(genesis_fork_version.trim())
                .map_err(field("genesis fork version"))?,
            capella_fork_version: decode_prefixed(capella_fork_version.trim())
                .map_err(field("capella fork version"))?,
            genesis_validators_root: genesis_validators_root
                .map(|root| decode_prefixed(root.trim()).map_err(field("genesis validators root")))
                .transpose()?,
            deposit_multiplier: 1,
        })
    }

    /// The chain an ethdo preparation file describes: a built-in chain's name and values
    /// when they all match one, else a custom chain named "custom".
    pub fn from_import(imported: &ImportedChain) -> Self {
        let builtin = BUILTIN_CHAIN_NAMES
            .iter()
            .filter_map(|name| Self::builtin(name).ok())
            .find(|chain| chain.differences_from_import(imported).is_empty());
        builtin.unwrap_or_else(|| Self {
            name: "custom".into(),
            genesis_fork_version: imported.genesis_fork_version,
            capella_fork_version: imported.exit_fork_version,
            genesis_validators_root: Some(imported.genesis_validators_root),
            deposit_multiplier: 1,
        })
    }

    /// Where this chain's signing values differ from an imported chain's, one line each.
    pub fn differences_from_import(&self, imported: &ImportedChain) -> Vec<String> {
        let hex = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
        let mut differences = Vec::new();
        if self.genesis_validators_root != Some(imported.genesis_validators_root) {
            differences.push(format!(
                "genesis validators root: the file has {}, {} has {}",
                hex(&imported.genesis_validators_root),
                self.name,
                self.genesis_validators_root
                    .map_or("none".to_owned(), |root| hex(&root))
            ));
        }
        if self.genesis_fork_version != imported.genesis_fork_version {
            differences.push(format!(
                "genesis fork version: the file has {}, {} has {}",
                hex(&imported.genesis_fork_version),
                self.name,
                hex(&self.genesis_fork_version)
            ));
        }
        if self.capella_fork_version != imported.exit_fork_version {
            differences.push(format!(
                "exit fork version: the file has {}, {} has {} (Capella's, EIP-7044)",
                hex(&imported.exit_fork_version),
                self.name,
                hex(&self.capella_fork_version)
            ));
        }
        differences
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
    fn imported_chains_are_named_when_they_are_builtin() {
        let hoodi = Chain::builtin("hoodi").unwrap();
        let imported = ImportedChain {
            genesis_validators_root: hoodi.genesis_validators_root.unwrap(),
            genesis_fork_version: hoodi.genesis_fork_version,
            exit_fork_version: hoodi.capella_fork_version,
            current_fork_version: [0x60, 0x00, 0x09, 0x10],
            epoch: 1,
        };
        assert_eq!(Chain::from_import(&imported), hoodi);
        let mainnet = Chain::builtin("mainnet").unwrap();
        let differences = mainnet.differences_from_import(&imported);
        assert_eq!(differences.len(), 3);
        assert!(differences[0].starts_with("genesis validators root: the file has 0x212f13fc"));

        let other = ImportedChain {
            genesis_validators_root: [9; 32],
            ..imported
        };
        let custom = Chain::from_import(&other);
        assert_eq!(custom.name, "custom");
        assert_eq!(custom.capella_fork_version, hoodi.capella_fork_version);
        assert_eq!(custom.genesis_validators_root, Some([9; 32]));
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
            "the chain's capella fork version must start with 0x"
        );
        assert_eq!(
            Chain::custom("x", "0x1000101b", "0x4000101b", Some("0x12"))
                .unwrap_err()
                .to_string(),
            "the chain's genesis validators root is 1 bytes; it must be 32"
        );
        assert_eq!(
            Chain::custom(" ", "0x1000101b", "0x4000101b", None),
            Err(ChainError::EmptyName)
        );
        assert_eq!(
            Chain::builtin("ropsten").unwrap_err().to_string(),
            "unknown chain \"ropsten\"; use one of mainnet, sepolia, holesky, hoodi, gnosis, chiado or give a custom chain's fork versions and root"
        );
    }
}
