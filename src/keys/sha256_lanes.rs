//! Four SHA-256 compressions at once, one per 32-bit lane: wasm `simd128` vectors in the
//! browser, `[u32; 4]` arrays elsewhere (so native tests run the same round code).
//!
//! One SHA-256 cannot be vectorised (each round needs the last), but independent messages can:
//! [`compress4`] applies one 64-byte block to each of four independent states. Blocks and
//! states are big-endian words, as FIPS 180-4 writes them; callers do their own padding.
//! Stack temporaries hold secret words while this runs and are not scrubbed (as in the `sha2`
//! crate); the callers' states and blocks are theirs to zeroize.

/// Independent messages per call.
pub const LANES: usize = 4;

/// FIPS 180-4 §5.3.3: the initial hash value.
pub const IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// FIPS 180-4 §4.2.2: the round constants.
const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// The lane vector in the browser: one `v128`, four `u32` lanes. These intrinsics are safe
/// functions where `simd128` is enabled at compile time (.cargo/config.toml).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod lane {
    use core::arch::wasm32::{
        u32x4, u32x4_add, u32x4_extract_lane, u32x4_shl, u32x4_shr, u32x4_splat, v128, v128_and,
        v128_andnot, v128_or, v128_xor,
    };

    pub type V = v128;

    #[inline(always)]
    pub fn splat(x: u32) -> V {
        u32x4_splat(x)
    }
    #[inline(always)]
    pub fn from_lanes(x: [u32; 4]) -> V {
        u32x4(x[0], x[1], x[2], x[3])
    }
    #[inline(always)]
    pub fn to_lanes(v: V) -> [u32; 4] {
        [
            u32x4_extract_lane::<0>(v),
            u32x4_extract_lane::<1>(v),
            u32x4_extract_lane::<2>(v),
            u32x4_extract_lane::<3>(v),
        ]
    }
    #[inline(always)]
    pub fn add(a: V, b: V) -> V {
        u32x4_add(a, b)
    }
    #[inline(always)]
    pub fn xor(a: V, b: V) -> V {
        v128_xor(a, b)
    }
    #[inline(always)]
    pub fn and(a: V, b: V) -> V {
        v128_and(a, b)
    }
    /// `a & !b`.
    #[inline(always)]
    pub fn and_not(a: V, b: V) -> V {
        v128_andnot(a, b)
    }
    #[inline(always)]
    pub fn shr(a: V, n: u32) -> V {
        u32x4_shr(a, n)
    }
    /// wasm has no vector rotate: two shifts and an or.
    #[inline(always)]
    pub fn rotr(a: V, n: u32) -> V {
        v128_or(u32x4_shr(a, n), u32x4_shl(a, 32 - n))
    }
}

/// The lane vector elsewhere: four `u32`s, lane by lane (the compiler may vectorise it).
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
mod lane {
    pub type V = [u32; 4];

    #[inline(always)]
    fn map2(a: V, b: V, f: impl Fn(u32, u32) -> u32) -> V {
        [f(a[0], b[0]), f(a[1], b[1]), f(a[2], b[2]), f(a[3], b[3])]
    }
    #[inline(always)]
    pub fn splat(x: u32) -> V {
        [x; 4]
    }
    #[inline(always)]
    pub fn from_lanes(x: [u32; 4]) -> V {
        x
    }
    #[inline(always)]
    pub fn to_lanes(v: V) -> [u32; 4] {
        v
    }
    #[inline(always)]
    pub fn add(a: V, b: V) -> V {
        map2(a, b, u32::wrapping_add)
    }
    #[inline(always)]
    pub fn xor(a: V, b: V) -> V {
        map2(a, b, |x, y| x ^ y)
    }
    #[inline(always)]
    pub fn and(a: V, b: V) -> V {
        map2(a, b, |x, y| x & y)
    }
    /// `a & !b`.
    #[inline(always)]
    pub fn and_not(a: V, b: V) -> V {
        map2(a, b, |x, y| x & !y)
    }
    #[inline(always)]
    pub fn shr(a: V, n: u32) -> V {
        a.map(|x| x >> n)
    }
    #[inline(always)]
    pub fn rotr(a: V, n: u32) -> V {
        a.map(|x| x.rotate_right(n))
    }
}

use lane::{add, and, and_not, from_lanes, rotr, shr, splat, to_lanes, xor, V};

/// FIPS 180-4 (4.2)–(4.7).
#[inline(always)]
fn ch(x: V, y: V, z: V) -> V {
    xor(and(x, y), and_not(z, x))
}
#[inline(always)]
fn maj(x: V, y: V, z: V) -> V {
    xor(and(x, xor(y, z)), and(y, z))
}
#[inline(always)]
fn big_sigma0(x: V) -> V {
    xor(xor(rotr(x, 2), rotr(x, 13)), rotr(x, 22))
}
#[inline(always)]
fn big_sigma1(x: V) -> V {
    xor(xor(rotr(x, 6), rotr(x, 11)), rotr(x, 25))
}
#[inline(always)]
fn small_sigma0(x: V) -> V {
    xor(xor(rotr(x, 7), rotr(x, 18)), shr(x, 3))
}
#[inline(always)]
fn small_sigma1(x: V) -> V {
    xor(xor(rotr(x, 17), rotr(x, 19)), shr(x, 10))
}

/// One round on working variables named in rotated order: `d += T1`, `h = T1 + T2`.
macro_rules! round {
    ($a:ident, $b:ident, $c:ident, $d:ident, $e:ident, $f:ident, $g:ident, $h:ident, $kw:expr) => {
        let t1 = add(add($h, big_sigma1($e)), add(ch($e, $f, $g), $kw));
        let t2 = add(big_sigma0($a), maj($a, $b, $c));
        $d = add($d, t1);
        $h = add(t1, t2);
    };
}

/// `W[t + j] = σ1(W[t + j - 2]) + W[t + j - 7] + σ0(W[t + j - 15]) + W[t + j - 16]` in a
/// 16-word ring, for constant `j`s (so the ring stays in locals, not memory).
macro_rules! schedule {
    ($w:ident, $($j:literal),+) => {
        $(
            $w[$j] = add(
                add($w[$j], small_sigma1($w[($j + 14) % 16])),
                add($w[($j + 9) % 16], small_sigma0($w[($j + 1) % 16])),
            );
        )+
    };
}

/// The SHA-256 compression function (FIPS 180-4 §6.2.2) on four lanes: `states[l]` absorbs
/// `blocks[l]`, a block of 16 big-endian words.
pub fn compress4(states: &mut [[u32; 8]; LANES], blocks: &[[u32; 16]; LANES]) {
    // Lane l's word t becomes lane l of vector t (no closures: opt-level "z" calls them).
    let mut w = [splat(0); 16];
    for (t, word) in w.iter_mut().enumerate() {
        *word = from_lanes([blocks[0][t], blocks[1][t], blocks[2][t], blocks[3][t]]);
    }
    let mut start = [splat(0); 8];
    for (i, word) in start.iter_mut().enumerate() {
        *word = from_lanes([states[0][i], states[1][i], states[2][i], states[3][i]]);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = start;
    for (chunk, k) in K.chunks_exact(16).enumerate() {
        if chunk > 0 {
            schedule!(w, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        }
        // `K[t] + W[t]`, written out (a closure here is not inlined at opt-level "z").
        macro_rules! kw {
            ($j:literal) => {
                add(splat(k[$j]), w[$j])
            };
        }
        round!(a, b, c, d, e, f, g, h, kw!(0));
        round!(h, a, b, c, d, e, f, g, kw!(1));
        round!(g, h, a, b, c, d, e, f, kw!(2));
        round!(f, g, h, a, b, c, d, e, kw!(3));
        round!(e, f, g, h, a, b, c, d, kw!(4));
        round!(d, e, f, g, h, a, b, c, kw!(5));
        round!(c, d, e, f, g, h, a, b, kw!(6));
        round!(b, c, d, e, f, g, h, a, kw!(7));
        round!(a, b, c, d, e, f, g, h, kw!(8));
        round!(h, a, b, c, d, e, f, g, kw!(9));
        round!(g, h, a, b, c, d, e, f, kw!(10));
        round!(f, g, h, a, b, c, d, e, kw!(11));
        round!(e, f, g, h, a, b, c, d, kw!(12));
        round!(d, e, f, g, h, a, b, c, kw!(13));
        round!(c, d, e, f, g, h, a, b, kw!(14));
        round!(b, c, d, e, f, g, h, a, kw!(15));
    }
    for (i, (word, start)) in [a, b, c, d, e, f, g, h].into_iter().zip(start).enumerate() {
        for (state, value) in states.iter_mut().zip(to_lanes(add(word, start))) {
            state[i] = value;
        }
    }
}

/// Big-endian bytes to `N` words: a 32-byte value (`I2OSP(x, 32)`) or a 64-byte block.
/// `bytes` holds exactly `4 * N` bytes at every call site (fixed-size arrays).
pub fn be_words<const N: usize>(bytes: &[u8]) -> [u32; N] {
    core::array::from_fn(|i| {
        u32::from_be_bytes([
            bytes[4 * i],
            bytes[4 * i + 1],
            bytes[4 * i + 2],
            bytes[4 * i + 3],
        ])
    })
}

/// A state's digest: its words big-endian.
pub fn digest_bytes(state: &[u32; 8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    /// FIPS 180-4 padding of a message shorter than 56 bytes into one block.
    fn padded(message: &[u8]) -> [u32; 16] {
        assert!(message.len() < 56);
        let mut block = [0u8; 64];
        block[..message.len()].copy_from_slice(message);
        block[message.len()] = 0x80;
        block[56..].copy_from_slice(&(message.len() as u64 * 8).to_be_bytes());
        be_words(&block)
    }

    fn hex32(text: &str) -> [u8; 32] {
        hex::decode(text).unwrap().try_into().unwrap()
    }

    /// NIST's examples (FIPS 180-4 SHA256.pdf, and the empty string), a different message in
    /// each lane, in two lane orders.
    #[test]
    fn nist_one_block_vectors_in_every_lane() {
        let abc = hex32("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let empty = hex32("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        let cases: [(&[u8], [u8; 32]); 4] = [
            (b"abc", abc),
            (b"", empty),
            (b"a", Sha256::digest(b"a").into()),
            (b"message digest", Sha256::digest(b"message digest").into()),
        ];
        for rotation in 0..LANES {
            let lane_case = |l: usize| cases[(l + rotation) % LANES];
            let mut states = [IV; LANES];
            compress4(
                &mut states,
                &core::array::from_fn(|l| padded(lane_case(l).0)),
            );
            for (l, state) in states.iter().enumerate() {
                assert_eq!(
                    digest_bytes(state),
                    lane_case(l).1,
                    "lane {l}, rotation {rotation}"
                );
            }
        }
    }

    /// A two-block message: the second compression starts from the first's state.
    #[test]
    fn nist_two_block_vector_chains_states() {
        let message = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        let mut bytes = [0u8; 128];
        bytes[..56].copy_from_slice(message);
        bytes[56] = 0x80;
        bytes[120..].copy_from_slice(&(56u64 * 8).to_be_bytes());
        let first = be_words(&bytes[..64]);
        let second = be_words(&bytes[64..]);
        let mut states = [IV; LANES];
        compress4(&mut states, &[first, padded(b"abc"), first, first]);
        compress4(&mut states, &[second, padded(b""), second, second]);
        let expected = hex32("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assert_eq!(digest_bytes(&states[0]), expected);
        assert_eq!(digest_bytes(&states[2]), expected);
        assert_eq!(digest_bytes(&states[3]), expected);
        // Lane 1 compressed "abc" then a junk block: not the digest of "abc".
        assert_ne!(
            digest_bytes(&states[1]),
            <[u8; 32]>::from(Sha256::digest(b"abc"))
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Random single-block messages (0 to 55 bytes) agree with the `sha2` crate per lane.
        #[test]
        fn lanes_agree_with_sha2(
            messages in proptest::array::uniform4(proptest::collection::vec(proptest::prelude::any::<u8>(), 0..56)),
        ) {
            let mut states = [IV; LANES];
            compress4(&mut states, &core::array::from_fn(|l| padded(&messages[l])));
            for (state, message) in states.iter().zip(&messages) {
                proptest::prop_assert_eq!(digest_bytes(state), <[u8; 32]>::from(Sha256::digest(message)));
            }
        }

        /// Random full blocks from random states agree with `sha2::compress256`.
        #[test]
        fn lanes_agree_with_sha2_compress(
            blocks in proptest::array::uniform4(proptest::array::uniform32(proptest::prelude::any::<u8>())),
            seeds in proptest::array::uniform4(proptest::array::uniform8(proptest::prelude::any::<u32>())),
        ) {
            let bytes: [[u8; 64]; LANES] = core::array::from_fn(|l| {
                let mut block = [0u8; 64];
                block[..32].copy_from_slice(&blocks[l]);
                block[32..].copy_from_slice(&blocks[(l + 1) % LANES]);
                block
            });
            let mut states = seeds;
            compress4(&mut states, &core::array::from_fn(|l| be_words(&bytes[l])));
            for l in 0..LANES {
                let mut expected = seeds[l];
                sha2::block_api::compress256(&mut expected, &[bytes[l]]);
                proptest::prop_assert_eq!(states[l], expected);
            }
        }
    }
}
