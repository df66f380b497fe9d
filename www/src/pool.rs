//! The worker pool: a job over many validators is cut into contiguous chunks, one per worker,
//! and the chunks' files are merged back in order, so the output never depends on scheduling.
//! Plain Rust, tested natively; `jobs` runs the workers.

use withdrawal_wallet::output::OutputFile;
use withdrawal_wallet_worker::{Job, Reply};

/// Each concurrent scrypt (n = 2^18, r = 8) needs 256 MiB.
const SCRYPT_MIB: f64 = 256.0;

/// Workers for this machine: one per core, at least one, and no more than half the device's
/// memory allows at 256 MiB per concurrent scrypt.
pub fn pool_size(cores: usize, device_memory_gib: Option<f64>) -> usize {
    let by_memory =
        device_memory_gib.map_or(usize::MAX, |gib| (gib * 1024.0 / 2.0 / SCRYPT_MIB) as usize);
    cores.min(by_memory).max(1)
}

/// `count` items cut into at most `parts` contiguous (offset, length) chunks, none empty.
pub fn chunks(count: u32, parts: usize) -> Vec<(u32, u32)> {
    let parts = (parts.max(1) as u32).min(count.max(1));
    let (base, extra) = (count / parts, count % parts);
    let mut offset = 0;
    (0..parts)
        .map(|i| {
            let len = base + u32::from(i < extra);
            let chunk = (offset, len);
            offset += len;
            chunk
        })
        .filter(|(_, len)| *len > 0)
        .collect()
}

/// Cuts `job` for `workers` workers; jobs that do not split come back whole. `shared_salt` is
/// the batch's one salt, so every chunk's keystores share it as one deposit-cli batch would.
pub fn plan(job: &Job, workers: usize, shared_salt: Option<String>) -> Vec<Job> {
    match job {
        Job::ValidatorKeys {
            start_index,
            count,
            independent_salts,
            ..
        } => chunks(*count, workers)
            .into_iter()
            .map(|(offset, len)| {
                let mut part = job.clone();
                if let Job::ValidatorKeys {
                    start_index: s,
                    count: c,
                    shared_salt: salt,
                    ..
                } = &mut part
                {
                    *s = start_index + offset;
                    *c = len;
                    if !independent_salts {
                        salt.clone_from(&shared_salt);
                    }
                }
                part
            })
            .collect(),
        Job::BlsChanges {
            key_indices,
            validator_indices,
            bls_withdrawal_credentials,
            ..
        } if validator_indices.len() == bls_withdrawal_credentials.len()
            && validator_indices.len() == key_indices.len() =>
        {
            chunks(validator_indices.len() as u32, workers)
                .into_iter()
                .map(|(offset, len)| {
                    let range = offset as usize..(offset + len) as usize;
                    let mut part = job.clone();
                    if let Job::BlsChanges {
                        key_indices: k,
                        validator_indices: v,
                        bls_withdrawal_credentials: c,
                        ..
                    } = &mut part
                    {
                        *k = key_indices[range.clone()].to_vec();
                        *v = validator_indices[range.clone()].to_vec();
                        *c = bls_withdrawal_credentials[range].to_vec();
                    }
                    part
                })
                .collect()
        }
        Job::Exits {
            key_indices,
            validator_indices,
            ..
        } if validator_indices.len() == key_indices.len() => {
            chunks(validator_indices.len() as u32, workers)
                .into_iter()
                .map(|(offset, len)| {
                    let range = offset as usize..(offset + len) as usize;
                    let mut part = job.clone();
                    if let Job::Exits {
                        key_indices: k,
                        validator_indices: v,
                        ..
                    } = &mut part
                    {
                        *k = key_indices[range.clone()].to_vec();
                        *v = validator_indices[range].to_vec();
                    }
                    part
                })
                .collect()
        }
        Job::DeriveKeys {
            start_index, count, ..
        } => chunks(*count, workers)
            .into_iter()
            .map(|(offset, len)| {
                let mut part = job.clone();
                if let Job::DeriveKeys {
                    start_index: s,
                    count: c,
                    ..
                } = &mut part
                {
                    *s = start_index + offset;
                    *c = len;
                }
                part
            })
            .collect(),
        other => vec![other.clone()],
    }
}

/// Joins chunk files that are JSON arrays in deposit-cli's layout into one, in order.
pub fn merge_json_arrays(parts: &[&str]) -> Result<String, String> {
    let inners = parts
        .iter()
        .map(|part| {
            part.trim()
                .strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
                .ok_or_else(|| "a worker returned a file that is not a JSON array".to_owned())
        })
        .collect::<Result<Vec<_>, _>>()?;
    let separator = if parts
        .iter()
        .any(|p| p.contains("}, {") || p.contains("\": "))
    {
        ", "
    } else {
        ","
    };
    let merged = format!("[{}]", inners.join(separator));
    // Each part was verified in its worker; the merge must hold exactly those entries, in
    // order, or nothing is offered.
    let entries = |text: &str| serde_json::from_str::<Vec<serde_json::Value>>(text).ok();
    let expected: Option<Vec<serde_json::Value>> = parts
        .iter()
        .map(|part| entries(part))
        .collect::<Option<Vec<_>>>()
        .map(|parts| parts.into_iter().flatten().collect());
    match (entries(&merged), expected) {
        (Some(merged_entries), Some(expected)) if merged_entries == expected => Ok(merged),
        _ => Err(
            "the workers' files did not merge into the same entries; nothing was written".into(),
        ),
    }
}

/// Merges the chunks' replies (in chunk order) into what one worker would have returned:
/// files of the same name that are arrays are joined; the others are listed in order.
pub fn merge_replies(replies: Vec<Reply>) -> Result<Reply, String> {
    if replies.len() == 1 {
        return replies
            .into_iter()
            .next()
            .ok_or_else(|| "no reply".to_owned());
    }
    if let Some(Reply::Keys { .. }) = replies.first() {
        let mut keys = Vec::new();
        for reply in replies {
            let Reply::Keys { keys: part } = reply else {
                return Err("a worker of the pool returned no keys".into());
            };
            keys.extend(part);
        }
        return Ok(Reply::Keys { keys });
    }
    let mut merged: Vec<(String, Vec<String>)> = Vec::new();
    for reply in replies {
        let Reply::Files { files } = reply else {
            return Err("a worker of the pool returned no files".into());
        };
        for file in files {
            // Deposit data and BLS changes carry the batch's timestamp in their names, so the
            // chunks' files share names and merge; per-validator files stay separate.
            match merged.iter_mut().find(|(name, _)| *name == file.file_name) {
                Some((_, parts)) => parts.push(file.json),
                None => merged.push((file.file_name, vec![file.json])),
            }
        }
    }
    let mut files = merged
        .into_iter()
        .map(|(file_name, parts)| {
            let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
            let json = if refs.len() == 1 {
                parts[0].clone()
            } else {
                merge_json_arrays(&refs)?
            };
            Ok(OutputFile { file_name, json })
        })
        .collect::<Result<Vec<_>, String>>()?;
    // Keystores first (by index), then the batch files, as one worker lists them.
    files.sort_by_key(|file| !file.file_name.starts_with("keystore-"));
    Ok(Reply::Files { files })
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

    #[test]
    fn chunks_cover_the_range_in_order() {
        assert_eq!(chunks(10, 3), [(0, 4), (4, 3), (7, 3)]);
        assert_eq!(chunks(2, 4), [(0, 1), (1, 1)]);
        assert_eq!(chunks(1, 1), [(0, 1)]);
    }

    #[test]
    fn merged_arrays_equal_one_file_in_python_layout() {
        assert_eq!(
            merge_json_arrays(&["[{\"a\": 1}]", "[{\"a\": 2}, {\"a\": 3}]"]).unwrap(),
            "[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]"
        );
        assert_eq!(
            merge_json_arrays(&["[{\"a\":1}]", "[{\"a\":2}]"]).unwrap(),
            "[{\"a\":1},{\"a\":2}]"
        );
        assert!(merge_json_arrays(&["{}"]).is_err());
        // An empty chunk would leave a dangling separator: refused, not offered.
        assert_eq!(
            merge_json_arrays(&["[{\"a\": 1}]", "[]"]).unwrap_err(),
            "the workers' files did not merge into the same entries; nothing was written"
        );
    }

    #[test]
    fn chunk_replies_merge_into_one_workers_files() {
        let file = |name: &str, json: &str| OutputFile {
            file_name: name.into(),
            json: json.into(),
        };
        let replies = vec![
            Reply::Files {
                files: vec![
                    file("keystore-m_12381_3600_0_0_0-1.json", "{}"),
                    file("deposit_data-1.json", "[{\"i\": 0}]"),
                ],
            },
            Reply::Files {
                files: vec![
                    file("keystore-m_12381_3600_1_0_0-1.json", "{}"),
                    file("deposit_data-1.json", "[{\"i\": 1}]"),
                ],
            },
        ];
        let Reply::Files { files } = merge_replies(replies).unwrap() else {
            panic!()
        };
        let names: Vec<&str> = files.iter().map(|f| f.file_name.as_str()).collect();
        assert_eq!(
            names,
            [
                "keystore-m_12381_3600_0_0_0-1.json",
                "keystore-m_12381_3600_1_0_0-1.json",
                "deposit_data-1.json"
            ]
        );
        assert_eq!(files[2].json, "[{\"i\": 0}, {\"i\": 1}]");
    }
}
