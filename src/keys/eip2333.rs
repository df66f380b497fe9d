//! EIP-2333's `parent_SK_to_lamport_PK` on four SHA-256 lanes ([`super::sha256_lanes`]), for
//! the browser, where blst's SHA-256 is scalar C: its 1,800 or so compressions per
//! `derive_child_SK` become 515 four-lane ones and 129 scalar ones.
//!
//! The spec's steps, and where each runs:
//! - `PRK = HKDF-Extract(I2OSP(index, 4), IKM)` for `IKM = I2OSP(parent_SK, 32)` and for
//!   `flip_bits(IKM)`: two lanes, HMAC-SHA256 written out with its ipad/opad midstates.
//! - `OKM = HKDF-Expand(PRK, "", 255 * 32)` for both: `T(i) = HMAC(PRK, T(i-1) || I2OSP(i, 1))`
//!   is sequential, but the two chains are independent, so lanes 0 and 1 carry them, two
//!   compressions a step (each HMAC's key blocks are compressed once per chain).
//! - `lamport_PK = SHA256(lamport_0[0]) || … || SHA256(lamport_1[254])`: each chunk is hashed
//!   in lane 2 or 3 of the step after it appears.
//! - `compressed_lamport_PK = SHA256(lamport_PK)`: sequential; lane 2 of each step's second
//!   compression absorbs a block as soon as its two chunk hashes exist, and the last 129 blocks
//!   (the half that waits on the second chain's end) run on `sha2`'s compression.
//!
//! `HKDF_mod_r` is blst's (`bls::SecretKey::derive_child_sk_lanes`). The secret state (IKMs,
//! PRKs, midstates, chunks, their hashes) lives in one scratch struct zeroed on drop; blocks
//! the helpers build by value and the compression's working variables are stack temporaries,
//! not scrubbed (as in the `sha2` and `hmac` crates).

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::sha256_lanes::{be_words, compress4, digest_bytes, IV, LANES};

/// Chunks per Lamport secret key: `255` in the spec (`K = 32` bytes each).
const CHUNKS: usize = 255;
/// Blocks of `SHA256(lamport_PK)`: 510 32-byte hashes fill 255 blocks, then one of padding.
const PK_BLOCKS: usize = 2 * CHUNKS * 32 / 64 + 1;
/// HMAC's pads as words.
const IPAD: u32 = 0x3636_3636;
const OPAD: u32 = 0x5c5c_5c5c;

/// The secret words of one derivation; zeroed when dropped.
#[derive(Zeroize, ZeroizeOnDrop)]
struct Scratch {
    states: [[u32; 8]; LANES],
    blocks: [[u32; 16]; LANES],
    /// Per chain (`IKM`, `flip_bits(IKM)`): `PRK`, then the HMAC-SHA256 midstates after the
    /// key XOR ipad and key XOR opad blocks.
    prk: [[u32; 8]; 2],
    inner: [[u32; 8]; 2],
    outer: [[u32; 8]; 2],
    /// Per chain, the last HKDF-Expand output `T(i)`: the chunk `lamport_j[i - 1]`.
    t: [[u32; 8]; 2],
    /// `lamport_PK`: `SHA256` of each chunk of `lamport_0`, then of `lamport_1`.
    lamport_pk: [[u32; 8]; 2 * CHUNKS],
    /// Chunk hashes done per chain.
    hashed: usize,
    /// `SHA256(lamport_PK)` so far, and the blocks it has absorbed.
    compressed: [u32; 8],
    absorbed: usize,
    bytes: [u8; 64],
}

/// A 32-byte message after `prefix` bytes already compressed, padded to one block.
fn padded_32(message: &[u32; 8], prefix: u32) -> [u32; 16] {
    let mut block = [0u32; 16];
    block[..8].copy_from_slice(message);
    block[8] = 0x8000_0000;
    block[15] = (prefix + 32) * 8;
    block
}

/// An HMAC key of at most 32 bytes (as words, zero-padded to the block) XOR a pad.
fn key_block(key: &[u32; 8], pad: u32) -> [u32; 16] {
    let mut block = [pad; 16];
    for (word, key) in block.iter_mut().zip(key) {
        *word ^= key;
    }
    block
}

/// HKDF-Expand's inner HMAC message after the key block: `T(i-1) || "" || I2OSP(i, 1)` padded
/// (`T(0)` is empty).
fn expand_block(previous: &[u32; 8], i: usize) -> [u32; 16] {
    let counter = (i as u32) & 0xff;
    let mut block = [0u32; 16];
    if i == 1 {
        block[0] = (counter << 24) | 0x0080_0000;
        block[15] = (64 + 1) * 8;
    } else {
        block[..8].copy_from_slice(previous);
        block[8] = (counter << 24) | 0x0080_0000;
        block[15] = (64 + 32 + 1) * 8;
    }
    block
}

impl Scratch {
    fn new() -> Box<Self> {
        Box::new(Self {
            states: [[0; 8]; LANES],
            blocks: [[0; 16]; LANES],
            prk: [[0; 8]; 2],
            inner: [[0; 8]; 2],
            outer: [[0; 8]; 2],
            t: [[0; 8]; 2],
            lamport_pk: [[0; 8]; 2 * CHUNKS],
            hashed: 0,
            compressed: IV,
            absorbed: 0,
            bytes: [0; 64],
        })
    }

    fn compress(&mut self) {
        compress4(&mut self.states, &self.blocks);
    }

    /// `PRK = HKDF-Extract(salt, IKM)` for both IKMs: HMAC-SHA256 keyed with the 4-byte salt.
    fn hkdf_extract(&mut self, salt: u32, ikm: &[[u32; 8]; 2]) {
        let mut salt_key = [0u32; 8];
        salt_key[0] = salt;
        self.states = [IV; LANES];
        self.blocks[0] = key_block(&salt_key, IPAD);
        self.blocks[1] = key_block(&salt_key, OPAD);
        self.compress();
        let (salt_inner, salt_outer) = (self.states[0], self.states[1]);
        self.states = [salt_inner; LANES];
        self.blocks[0] = padded_32(&ikm[0], 64);
        self.blocks[1] = padded_32(&ikm[1], 64);
        self.compress();
        self.blocks[0] = padded_32(&self.states[0], 64);
        self.blocks[1] = padded_32(&self.states[1], 64);
        self.states = [salt_outer; LANES];
        self.compress();
        self.prk = [self.states[0], self.states[1]];
    }

    /// Each chain's HMAC-SHA256 midstates for the key `PRK`.
    fn hmac_midstates(&mut self) {
        self.states = [IV; LANES];
        self.blocks = [
            key_block(&self.prk[0], IPAD),
            key_block(&self.prk[0], OPAD),
            key_block(&self.prk[1], IPAD),
            key_block(&self.prk[1], OPAD),
        ];
        self.compress();
        self.inner = [self.states[0], self.states[2]];
        self.outer = [self.states[1], self.states[3]];
    }

    /// Whether both halves of block `k` of `lamport_PK` exist.
    fn pk_block_ready(&self, k: usize) -> bool {
        let ready = |leaf: usize| leaf % CHUNKS < self.hashed;
        if k + 1 == PK_BLOCKS {
            self.hashed == CHUNKS
        } else {
            ready(2 * k) && ready(2 * k + 1)
        }
    }

    /// Block `k` of `lamport_PK`, padded: the last is padding alone.
    fn pk_block(&self, k: usize) -> [u32; 16] {
        let mut block = [0u32; 16];
        if k + 1 == PK_BLOCKS {
            block[0] = 0x8000_0000;
            block[15] = (2 * CHUNKS * 32 * 8) as u32;
        } else {
            block[..8].copy_from_slice(&self.lamport_pk[2 * k]);
            block[8..].copy_from_slice(&self.lamport_pk[2 * k + 1]);
        }
        block
    }

    /// Feeds the next block of `lamport_PK` to lane 2 if it is ready; returns whether it did.
    fn offer_pk_block(&mut self) -> bool {
        let ready = self.absorbed < PK_BLOCKS && self.pk_block_ready(self.absorbed);
        self.states[2] = self.compressed;
        self.blocks[2] = if ready {
            self.pk_block(self.absorbed)
        } else {
            [0; 16]
        };
        ready
    }

    fn take_pk_block(&mut self, fed: bool) {
        if fed {
            self.compressed = self.states[2];
            self.absorbed += 1;
        }
    }

    /// Lanes `first` and `first + 1` hash chunk `self.hashed` of each chain (`T` of the last
    /// step); `store_hashes` keeps the results after the compression.
    fn offer_chunks(&mut self, first: usize) {
        for chain in 0..2 {
            self.states[first + chain] = IV;
            self.blocks[first + chain] = padded_32(&self.t[chain], 0);
        }
    }

    fn store_hashes(&mut self, first: usize) {
        for chain in 0..2 {
            self.lamport_pk[chain * CHUNKS + self.hashed] = self.states[first + chain];
        }
        self.hashed += 1;
    }

    /// HKDF-Expand's 255 steps on both chains, hashing chunks and absorbing `lamport_PK` in the
    /// spare lanes.
    fn hkdf_expand_and_hash(&mut self) {
        for i in 1..=CHUNKS {
            // Inner HMAC: lanes 0, 1; the chunks T(i-1) in lanes 2, 3.
            self.states[0] = self.inner[0];
            self.states[1] = self.inner[1];
            self.blocks[0] = expand_block(&self.t[0], i);
            self.blocks[1] = expand_block(&self.t[1], i);
            self.offer_chunks(2);
            self.compress();
            if i > 1 {
                self.store_hashes(2);
            }
            // Outer HMAC: lanes 0, 1; lane 2 absorbs a block of lamport_PK if one is ready.
            self.blocks[0] = padded_32(&self.states[0], 64);
            self.blocks[1] = padded_32(&self.states[1], 64);
            self.states[0] = self.outer[0];
            self.states[1] = self.outer[1];
            let fed = self.offer_pk_block();
            self.compress();
            self.take_pk_block(fed);
            self.t = [self.states[0], self.states[1]];
        }
        // The last chunks' hashes, and one more block.
        self.offer_chunks(0);
        let fed = self.offer_pk_block();
        self.compress();
        self.take_pk_block(fed);
        self.store_hashes(0);
    }

    /// The rest of `SHA256(lamport_PK)`, one block at a time.
    fn finish_compressed_lamport_pk(&mut self) {
        while self.absorbed < PK_BLOCKS {
            let block = self.pk_block(self.absorbed);
            for (bytes, word) in self.bytes.chunks_exact_mut(4).zip(block) {
                bytes.copy_from_slice(&word.to_be_bytes());
            }
            sha2::block_api::compress256(&mut self.compressed, core::slice::from_ref(&self.bytes));
            self.absorbed += 1;
        }
    }
}

/// `flip_bits(IKM)`.
fn flip_bits(ikm: &[u32; 8]) -> [u32; 8] {
    ikm.map(|word| !word)
}

/// `parent_SK_to_lamport_PK(parent_SK, index)` of EIP-2333, given `I2OSP(parent_SK, 32)`:
/// `compressed_lamport_PK`, the input keying material of the child's `HKDF_mod_r`.
pub fn parent_sk_to_lamport_pk(parent_sk: &[u8; 32], index: u32) -> Zeroizing<[u8; 32]> {
    let mut scratch = Scratch::new();
    let mut ikm = Zeroizing::new([be_words(parent_sk), [0; 8]]);
    ikm[1] = flip_bits(&ikm[0]);
    // I2OSP(index, 4) is the big-endian word `index`.
    scratch.hkdf_extract(index, &ikm);
    scratch.hmac_midstates();
    scratch.hkdf_expand_and_hash();
    scratch.finish_compressed_lamport_pk();
    Zeroizing::new(digest_bytes(&scratch.compressed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
        let mut block = [0u8; 64];
        block[..key.len()].copy_from_slice(key);
        let inner = Sha256::new()
            .chain_update(block.map(|b| b ^ 0x36))
            .chain_update(message)
            .finalize();
        Sha256::new()
            .chain_update(block.map(|b| b ^ 0x5c))
            .chain_update(inner)
            .finalize()
            .into()
    }

    /// The spec's pseudo-code, one hash at a time with `sha2`.
    pub(crate) fn reference_lamport_pk(parent_sk: &[u8; 32], index: u32) -> [u8; 32] {
        let salt = index.to_be_bytes();
        let not_ikm = parent_sk.map(|b| !b);
        let mut lamport_pk = Vec::new();
        for ikm in [parent_sk, &not_ikm] {
            let prk = hmac(&salt, ikm);
            let mut t: Vec<u8> = Vec::new();
            for i in 1..=255u8 {
                let mut message = t.clone();
                message.push(i);
                t = hmac(&prk, &message).to_vec();
                lamport_pk.extend_from_slice(&Sha256::digest(&t));
            }
        }
        assert_eq!(lamport_pk.len(), 510 * 32);
        Sha256::digest(&lamport_pk).into()
    }

    #[test]
    fn lamport_pk_matches_the_spec_pseudo_code() {
        for (seed, index) in [
            (0u8, 0u32),
            (1, 1),
            (0xff, 0xffff_ffff),
            (7, 12381),
            (42, 3600),
        ] {
            let parent: [u8; 32] =
                core::array::from_fn(|i| seed.wrapping_mul(31).wrapping_add(i as u8));
            assert_eq!(
                *parent_sk_to_lamport_pk(&parent, index),
                reference_lamport_pk(&parent, index),
                "seed {seed}, index {index}"
            );
        }
    }

    #[test]
    fn every_block_of_lamport_pk_is_absorbed_once() {
        let mut scratch = Scratch::new();
        scratch.hkdf_extract(3, &[[1; 8], [2; 8]]);
        scratch.hmac_midstates();
        scratch.hkdf_expand_and_hash();
        assert_eq!(scratch.hashed, CHUNKS);
        // Lane 2 took the blocks made of lamport_0's hashes alone while the chains ran.
        assert_eq!(scratch.absorbed, 127);
        scratch.finish_compressed_lamport_pk();
        assert_eq!(scratch.absorbed, PK_BLOCKS);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(16))]
        #[test]
        fn lamport_pk_matches_the_reference(
            parent in proptest::array::uniform32(proptest::prelude::any::<u8>()),
            index in proptest::prelude::any::<u32>(),
        ) {
            proptest::prop_assert_eq!(*parent_sk_to_lamport_pk(&parent, index), reference_lamport_pk(&parent, index));
        }
    }
}
