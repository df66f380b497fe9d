//! How many workers this device runs: one per core, within its memory.

/// Each concurrent scrypt (n = 2^18, r = 8) needs 256 MiB.
const SCRYPT_MIB: f64 = 256.0;

/// Workers for this machine: one per core, at least one, and no more than half the device's
/// memory allows at 256 MiB per concurrent scrypt.
pub fn pool_size(cores: usize, device_memory_gib: Option<f64>) -> usize {
    let by_memory =
        device_memory_gib.map_or(usize::MAX, |gib| (gib * 1024.0 / 2.0 / SCRYPT_MIB) as usize);
    cores.min(by_memory).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_size_follows_cores_and_memory() {
        assert_eq!(pool_size(2, None), 2);
        assert_eq!(pool_size(8, Some(1.0)), 2);
        assert_eq!(pool_size(8, Some(0.25)), 1);
        assert_eq!(pool_size(0, None), 1);
    }
}
