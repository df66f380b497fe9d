//! BLS12-381 keys and EIP-2333 derivation: the only module that touches `blst`.
//!
//! Ethereum uses the `min_pk` variant (48-byte public keys, 96-byte signatures) with the
//! proof-of-possession ciphersuite. blst implements EIP-2333 itself, so the derivation
//! functions here are thin wrappers named after the spec; in the browser only, the Lamport step
//! of `derive_child_SK` runs on SHA-256 lanes instead (`super::eip2333`).

use std::fmt;

use blst::min_pk;
use blst::BLST_ERROR;
use zeroize::Zeroizing;

use crate::error::{params, Coded, ErrorCode, Params};

/// Compressed public key length in bytes.
pub const PUBLIC_KEY_LEN: usize = 48;
/// Compressed signature length in bytes.
pub const SIGNATURE_LEN: usize = 96;
/// The proof-of-possession ciphersuite every Ethereum consensus signature uses.
pub const DST: &[u8] = b"BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

/// A compressed BLS signature (G2 point). Only `verify` decides whether it is valid.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Signature([u8; SIGNATURE_LEN]);

impl Signature {
    pub fn from_bytes(bytes: [u8; SIGNATURE_LEN]) -> Self {
        Self(bytes)
    }

    pub fn to_bytes(&self) -> [u8; SIGNATURE_LEN] {
        self.0
    }

    pub fn to_hex(&self) -> String {
        format!("0x{}", hex::encode(self.0))
    }
}

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Signature({})", self.to_hex())
    }
}

/// `Verify(PK, message, signature)` with the PoP DST and the signature's subgroup check on.
/// The public key passed `KeyValidate` when the [`PublicKey`] was made.
pub fn verify(public_key: &PublicKey, message: &[u8], signature: &Signature) -> bool {
    let Ok(public_key) = min_pk::PublicKey::from_bytes(&public_key.0) else {
        return false;
    };
    let Ok(signature) = min_pk::Signature::from_bytes(&signature.0) else {
        return false;
    };
    signature.verify(true, message, DST, &[], &public_key, true) == BLST_ERROR::BLST_SUCCESS
}

/// One signature to check: `Verify(public_key, message, signature)` as [`verify`] does it.
#[derive(Debug, Clone, Copy)]
pub struct SignatureCheck {
    pub public_key: PublicKey,
    /// The signing root the verifier recomputed from the file, never the signer's.
    pub message: [u8; 32],
    pub signature: Signature,
}

/// Bits of each random scalar in [`verify_batch`]: a forged batch passes with probability
/// 2^-64 (the bound Lighthouse and Prysm accept for the same check).
const BATCH_SCALAR_BITS: usize = 64;

/// True only if every check would pass [`verify`]: blst's multi-signature batch verification,
/// one Miller loop per signature and one final exponentiation for the whole batch, instead of
/// two Miller loops and a final exponentiation each. `scalars` are 64-bit random blinding
/// factors (one per check, none zero), drawn where the check runs so no file can anticipate
/// them; without them a bad signature could cancel another. False tells the caller to check
/// each signature on its own to find which.
pub fn verify_batch(checks: &[SignatureCheck], scalars: &[[u8; 8]]) -> bool {
    if checks.is_empty() || checks.len() != scalars.len() || scalars.contains(&[0; 8]) {
        return false;
    }
    let mut pairing = blst::Pairing::new(true, DST);
    for (check, scalar) in checks.iter().zip(scalars) {
        let Ok(public_key) = min_pk::PublicKey::from_bytes(&check.public_key.0) else {
            return false;
        };
        let Ok(signature) = min_pk::Signature::from_bytes(&check.signature.0) else {
            return false;
        };
        let public_key = blst::blst_p1_affine::from(public_key);
        let signature = blst::blst_p2_affine::from(signature);
        // Every `PublicKey` passed `KeyValidate` when it was made; the signature's subgroup
        // check happens here.
        if pairing.mul_n_aggregate(
            &public_key,
            false,
            &signature,
            true,
            scalar,
            BATCH_SCALAR_BITS,
            &check.message,
            &[],
        ) != BLST_ERROR::BLST_SUCCESS
        {
            return false;
        }
    }
    pairing.commit();
    pairing.finalverify(None)
}

/// A BLS secret key. Zeroed on drop by blst; never printed, cloned or serialised.
pub struct SecretKey(min_pk::SecretKey);

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey([REDACTED])")
    }
}

/// A compressed BLS public key, valid by construction: parsed through `KeyValidate` or
/// computed from a secret key, so verification need not validate it again.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey([u8; PUBLIC_KEY_LEN]);

impl PublicKey {
    pub fn to_bytes(&self) -> [u8; PUBLIC_KEY_LEN] {
        self.0
    }

    /// `0x`-prefixed lowercase hex, as the beacon API writes public keys.
    pub fn to_hex(&self) -> String {
        format!("0x{}", hex::encode(self.0))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.to_hex())
    }
}

impl PublicKey {
    /// Parses a compressed public key, refusing points off the curve, outside the subgroup,
    /// or at infinity (`KeyValidate` in the BLS draft).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, InvalidPublicKey> {
        let key = min_pk::PublicKey::key_validate(bytes).map_err(|_| InvalidPublicKey)?;
        Ok(Self(key.compress()))
    }
}

/// The bytes are not a valid BLS12-381 G1 public key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidPublicKey;

/// Reads as a predicate of the field it concerns ("pubkey is not a valid …").
impl fmt::Display for InvalidPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("is not a valid BLS public key (48-byte compressed G1 point in the subgroup)")
    }
}

impl Coded for InvalidPublicKey {
    fn code(&self) -> ErrorCode {
        ErrorCode::PubkeyInvalid
    }
}

/// The bytes are not a usable secret key: not 32 bytes, zero, or not below the curve order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidSecretKey;

impl fmt::Display for InvalidSecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a valid BLS secret key (32 bytes, nonzero, below the curve order)")
    }
}

impl Coded for InvalidSecretKey {
    fn code(&self) -> ErrorCode {
        ErrorCode::KeystoreCorruptSecret
    }

    fn params(&self) -> Params {
        params(&[("reason", "invalid_secret_key".into())])
    }
}

/// Why a seed could not become a master key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyDerivationError {
    /// EIP-2333 requires a seed of at least 32 bytes.
    SeedTooShort(usize),
}

impl fmt::Display for KeyDerivationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::SeedTooShort(len) => {
                write!(f, "seed is {len} bytes; EIP-2333 needs at least 32")
            }
        }
    }
}

/// Only a seed shorter than BIP39's 64 bytes fails, which the wallet never makes.
impl Coded for KeyDerivationError {
    fn code(&self) -> ErrorCode {
        ErrorCode::InternalError
    }

    fn params(&self) -> Params {
        match self {
            Self::SeedTooShort(len) => params(&[
                ("reason", "seed_too_short".into()),
                ("bytes", (*len).into()),
            ]),
        }
    }
}

impl SecretKey {
    /// Equivalent to `derive_master_SK(seed)` in EIP-2333.
    pub fn derive_master_sk(seed: &[u8]) -> Result<Self, KeyDerivationError> {
        min_pk::SecretKey::derive_master_eip2333(seed)
            .map(Self)
            .map_err(|_: BLST_ERROR| KeyDerivationError::SeedTooShort(seed.len()))
    }

    /// Equivalent to `derive_child_SK(parent_SK, index)` in EIP-2333. In the browser the
    /// Lamport step runs on SHA-256 lanes ([`Self::derive_child_sk_lanes`]); natively blst's own
    /// (SHA-NI) is faster.
    pub fn derive_child_sk(&self, index: u32) -> Self {
        #[cfg(target_arch = "wasm32")]
        {
            self.derive_child_sk_lanes(index)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            Self(self.0.derive_child_eip2333(index))
        }
    }

    /// `derive_child_SK(parent_SK, index) = HKDF_mod_r(parent_SK_to_lamport_PK(parent_SK,
    /// index))`, the Lamport step from [`super::eip2333`]. `HKDF_mod_r` is blst's `key_gen`
    /// with empty `key_info` (the BLS signature draft v4 KeyGen, salt "BLS-SIG-KEYGEN-SALT-"):
    /// the very call blst's `derive_child_eip2333` makes after its own Lamport step.
    #[cfg(any(test, target_arch = "wasm32"))]
    pub(crate) fn derive_child_sk_lanes(&self, index: u32) -> Self {
        let lamport_pk = super::eip2333::parent_sk_to_lamport_pk(&self.to_bytes(), index);
        match min_pk::SecretKey::key_gen(&lamport_pk[..], &[]) {
            Ok(key) => Self(key),
            // Only an IKM under 32 bytes is refused, and this one has 32.
            Err(_) => Self(self.0.derive_child_eip2333(index)),
        }
    }

    /// `Sign(SK, message)` with the proof-of-possession DST.
    pub fn sign(&self, message: &[u8]) -> Signature {
        Signature(self.0.sign(message, DST, &[]).compress())
    }

    /// Equivalent to `SkToPk` in the BLS signature draft.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.sk_to_pk().compress())
    }

    /// Parses a 32-byte big-endian scalar; zero and values not below `r` are refused.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, InvalidSecretKey> {
        if bytes.len() != 32 {
            return Err(InvalidSecretKey);
        }
        min_pk::SecretKey::from_bytes(bytes)
            .map(Self)
            .map_err(|_| InvalidSecretKey)
    }

    /// The 32-byte big-endian scalar, zeroed when dropped.
    pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.0.to_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_key_debug_is_redacted() {
        let sk = SecretKey::derive_master_sk(&[7u8; 32]).unwrap();
        assert_eq!(format!("{sk:?}"), "SecretKey([REDACTED])");
    }

    /// Decimal (as EIP-2333 publishes keys) to 32-byte big-endian.
    fn decimal_to_be32(decimal: &str) -> [u8; 32] {
        let mut out = [0u8; 32];
        for digit in decimal.bytes() {
            let mut carry = u32::from(digit - b'0');
            for byte in out.iter_mut().rev() {
                let value = u32::from(*byte) * 10 + carry;
                *byte = value as u8;
                carry = value >> 8;
            }
            assert_eq!(carry, 0, "{decimal} overflows 32 bytes");
        }
        out
    }

    const EIP2333_VECTORS: &str = include_str!("../../tests/vectors/eip2333.json");

    /// Every published case: `derive_master_SK(seed)`, then `derive_child` of it.
    fn check_eip2333_cases(derive_child: impl Fn(&SecretKey, u32) -> SecretKey) {
        let file: serde_json::Value = serde_json::from_str(EIP2333_VECTORS).unwrap();
        let cases = file["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 4);
        for case in cases {
            let seed =
                hex::decode(case["seed"].as_str().unwrap().trim_start_matches("0x")).unwrap();
            let index = case["child_index"].as_u64().unwrap() as u32;
            let master = SecretKey::derive_master_sk(&seed).unwrap();
            assert_eq!(
                *master.to_bytes(),
                decimal_to_be32(case["master_SK"].as_str().unwrap()),
                "{}",
                case["name"]
            );
            assert_eq!(
                *derive_child(&master, index).to_bytes(),
                decimal_to_be32(case["child_SK"].as_str().unwrap()),
                "{}",
                case["name"]
            );
        }
    }

    #[test]
    fn eip2333_test_cases_reproduce_master_and_child_keys() {
        check_eip2333_cases(SecretKey::derive_child_sk);
    }

    /// The published cases through the Lamport step on SHA-256 lanes (what the browser runs).
    fn eip2333_cases_through_the_lanes() {
        check_eip2333_cases(SecretKey::derive_child_sk_lanes);
    }

    #[test]
    fn eip2333_test_cases_through_the_lanes() {
        eip2333_cases_through_the_lanes();
    }

    /// The same in the browser, on simd128 (`wasm-pack test`).
    #[cfg(target_arch = "wasm32")]
    mod in_the_browser {
        wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn eip2333_test_cases_through_the_lanes() {
            super::eip2333_cases_through_the_lanes();
            // And derive_child_sk itself takes this path here: a few steps agree with blst's.
            let mut key = super::SecretKey::derive_master_sk(&[7; 32]).unwrap();
            for index in [12381, 3600, 0, 0, u32::MAX] {
                let blst = key.0.derive_child_eip2333(index);
                key = key.derive_child_sk(index);
                assert_eq!(*key.to_bytes(), blst.to_bytes(), "index {index}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(64))]
        /// Random parent keys and indices: the lanes agree with blst's `derive_child_eip2333`.
        #[test]
        fn derive_child_on_lanes_agrees_with_blst(
            seed in proptest::array::uniform32(proptest::prelude::any::<u8>()),
            index in proptest::prelude::any::<u32>(),
        ) {
            let parent = SecretKey::derive_master_sk(&seed).unwrap();
            proptest::prop_assert_eq!(
                *parent.derive_child_sk_lanes(index).to_bytes(),
                parent.0.derive_child_eip2333(index).to_bytes()
            );
        }
    }

    #[test]
    fn secret_key_bytes_are_range_checked() {
        assert_eq!(
            SecretKey::from_bytes(&[0u8; 32]).err(),
            Some(InvalidSecretKey)
        );
        assert_eq!(
            SecretKey::from_bytes(&[1u8; 31]).err(),
            Some(InvalidSecretKey)
        );
        assert_eq!(
            SecretKey::from_bytes(&[0xffu8; 32]).err(),
            Some(InvalidSecretKey)
        );
        let mut one = [0u8; 32];
        one[31] = 1;
        assert!(SecretKey::from_bytes(&one).is_ok());
    }

    #[test]
    fn public_keys_are_validated() {
        let key = SecretKey::derive_master_sk(&[7u8; 32])
            .unwrap()
            .public_key();
        assert_eq!(PublicKey::from_bytes(&key.to_bytes()), Ok(key));
        let mut infinity = [0u8; 48];
        infinity[0] = 0xc0;
        assert_eq!(PublicKey::from_bytes(&infinity), Err(InvalidPublicKey));
        assert_eq!(PublicKey::from_bytes(&[0u8; 47]), Err(InvalidPublicKey));
    }

    #[test]
    fn the_proof_of_possession_dst_is_pinned() {
        assert_eq!(DST, b"BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_");
    }

    fn hex_bytes(text: &str) -> Vec<u8> {
        hex::decode(text.trim_start_matches("0x")).unwrap()
    }

    #[test]
    fn consensus_spec_sign_and_verify_cases() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/vectors/bls_sign_verify.json"
        );
        let file: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut signed = 0;
        for case in file["sign"].as_array().unwrap() {
            let privkey = hex_bytes(case["privkey"].as_str().unwrap());
            let message = hex_bytes(case["message"].as_str().unwrap());
            match case["output"].as_str() {
                Some(output) => {
                    let sk = SecretKey::from_bytes(&privkey).unwrap();
                    let signature = sk.sign(&message);
                    assert_eq!(signature.to_hex(), output, "{}", case["case"]);
                    assert!(verify(&sk.public_key(), &message, &signature));
                    signed += 1;
                }
                // The zero key must be refused, not used.
                None => assert_eq!(
                    SecretKey::from_bytes(&privkey).err(),
                    Some(InvalidSecretKey)
                ),
            }
        }
        assert!(signed >= 3);
        let mut verified = 0;
        for case in file["verify"].as_array().unwrap() {
            let pubkey = hex_bytes(case["pubkey"].as_str().unwrap());
            let message = hex_bytes(case["message"].as_str().unwrap());
            let signature: Option<[u8; SIGNATURE_LEN]> =
                hex_bytes(case["signature"].as_str().unwrap())
                    .try_into()
                    .ok();
            let expected = case["output"].as_bool().unwrap();
            let actual = match (PublicKey::from_bytes(&pubkey), signature) {
                (Ok(pk), Some(signature)) => {
                    verify(&pk, &message, &Signature::from_bytes(signature))
                }
                _ => false,
            };
            assert_eq!(actual, expected, "{}", case["case"]);
            verified += 1;
        }
        assert_eq!(verified, 4);
    }

    fn signed(seed: u8, message: [u8; 32]) -> SignatureCheck {
        let key = SecretKey::derive_master_sk(&[seed; 32]).unwrap();
        SignatureCheck {
            public_key: key.public_key(),
            message,
            signature: key.sign(&message),
        }
    }

    fn scalars(count: usize) -> Vec<[u8; 8]> {
        crate::random::draw_batch_scalars(count).unwrap()
    }

    #[test]
    fn batch_verification_agrees_with_verify() {
        let checks: Vec<SignatureCheck> = (0..5u8).map(|i| signed(i + 1, [i; 32])).collect();
        assert!(checks
            .iter()
            .all(|c| verify(&c.public_key, &c.message, &c.signature)));
        assert!(verify_batch(&checks, &scalars(5)));
        // One signature of another message spoils the batch.
        let mut tampered = checks.clone();
        tampered[3].signature = checks[2].signature;
        assert!(!verify_batch(&tampered, &scalars(5)));
        // A signature that is no G2 point, and a key that is not valid.
        tampered = checks.clone();
        tampered[1].signature = Signature::from_bytes([0xab; SIGNATURE_LEN]);
        assert!(!verify_batch(&tampered, &scalars(5)));
        tampered = checks.clone();
        tampered[4].public_key = PublicKey([0xab; PUBLIC_KEY_LEN]);
        assert!(!verify_batch(&tampered, &scalars(5)));
        // Nothing to check, a missing or a zero scalar: never a pass.
        assert!(!verify_batch(&[], &[]));
        assert!(!verify_batch(&checks, &scalars(4)));
        let mut zero = scalars(5);
        zero[0] = [0; 8];
        assert!(!verify_batch(&checks, &zero));
    }

    /// Two keys sign one message and swap signatures: each is wrong, but their sum is right.
    /// Equal scalars would let the swap through; random ones do not.
    #[test]
    fn batch_verification_needs_its_random_scalars() {
        let mut checks = vec![signed(1, [9; 32]), signed(2, [9; 32])];
        let first = checks[0].signature;
        checks[0].signature = checks[1].signature;
        checks[1].signature = first;
        assert!(!verify(
            &checks[0].public_key,
            &checks[0].message,
            &checks[0].signature
        ));
        let mut one = [0u8; 8];
        one[0] = 1;
        assert!(verify_batch(&checks, &[one, one]), "the sum verifies");
        assert!(!verify_batch(&checks, &scalars(2)));
    }

    #[test]
    fn short_seed_is_refused_with_its_length() {
        let err = SecretKey::derive_master_sk(&[1u8; 31]).unwrap_err();
        assert_eq!(err, KeyDerivationError::SeedTooShort(31));
        assert_eq!(
            err.to_string(),
            "seed is 31 bytes; EIP-2333 needs at least 32"
        );
    }
}
