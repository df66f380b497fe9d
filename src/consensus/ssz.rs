//! SSZ `hash_tree_root` for the six fixed-size containers the wallet signs or checks
//! (consensus-specs `ssz/simple-serialize.md`, "Merkleization"). Every field here is a basic
//! type or a fixed byte vector, so no lists, bitfields or length mix-ins are needed.

use sha2::{Digest, Sha256};

pub type Root = [u8; 32];

fn hash_pair(left: &Root, right: &Root) -> Root {
    let mut hasher = Sha256::new();
    hasher.update(left);
    hasher.update(right);
    hasher.finalize().into()
}

/// `merkleize(chunks)`: pad to a power of two with zero chunks, then hash pairwise.
fn merkleize(mut chunks: Vec<Root>) -> Root {
    let width = chunks.len().max(1).next_power_of_two();
    chunks.resize(width, [0; 32]);
    while chunks.len() > 1 {
        chunks = chunks
            .chunks(2)
            .map(|pair| hash_pair(&pair[0], &pair[1]))
            .collect();
    }
    chunks[0]
}

/// `hash_tree_root` of a `ByteVector[N]`: packed into 32-byte chunks, zero-padded.
pub fn bytes_root(bytes: &[u8]) -> Root {
    let chunks = bytes
        .chunks(32)
        .map(|chunk| {
            let mut padded = [0u8; 32];
            padded[..chunk.len()].copy_from_slice(chunk);
            padded
        })
        .collect();
    merkleize(chunks)
}

/// `hash_tree_root` of a `uint64`: little-endian, zero-padded to one chunk.
pub fn uint64_root(value: u64) -> Root {
    let mut chunk = [0u8; 32];
    chunk[..8].copy_from_slice(&value.to_le_bytes());
    chunk
}

/// `hash_tree_root` of a container, given the roots of its fields in order.
pub fn container_root(field_roots: &[Root]) -> Root {
    merkleize(field_roots.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_are_their_own_chunk() {
        assert_eq!(uint64_root(1)[..8], [1, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(bytes_root(&[0xab; 4])[..5], [0xab, 0xab, 0xab, 0xab, 0]);
        assert_eq!(bytes_root(&[7; 32]), [7; 32]);
    }

    #[test]
    fn two_chunks_hash_together_and_three_pad_to_four() {
        let a = [1u8; 32];
        let b = [2u8; 32];
        assert_eq!(container_root(&[a, b]), hash_pair(&a, &b));
        let c = [3u8; 32];
        assert_eq!(
            container_root(&[a, b, c]),
            hash_pair(&hash_pair(&a, &b), &hash_pair(&c, &[0; 32]))
        );
    }
}
