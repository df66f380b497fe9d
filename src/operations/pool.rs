//! A request over many validators (or key indices) cut into contiguous parts for a pool of
//! workers, and the parts' responses joined back into exactly what one worker would have
//! returned, byte for byte, so the output never depends on scheduling.

use serde_json::Value;

use crate::error::WalletError;
use crate::files::output::OutputFile;
use crate::files::{python_json, FileKind};
use crate::operations::search::merge_findings;
use crate::operations::{Request, Response};

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

/// From this size up, a file handed to a job is read by one worker: every part of a search
/// reads the whole import, so two workers on a mainnet-sized beacon response (522 MB) held
/// twice its parsed form (BENCHMARKS.md, #20).
pub const ONE_READER_ATTACHMENT_BYTES: usize = 64 << 20;

/// How many parts a job runs in on a pool of `pool_size`, given the size of the file it
/// carries, if any: a large attachment trades the pool's speed-up for half the memory.
pub fn parts_for(pool_size: usize, attachment_bytes: Option<usize>) -> usize {
    match attachment_bytes {
        Some(bytes) if bytes >= ONE_READER_ATTACHMENT_BYTES => 1,
        _ => pool_size.max(1),
    }
}

/// The contiguous sub-slices of a list for `parts` workers.
fn list_chunks<T: Clone>(list: &[T], parts: usize) -> Vec<(usize, Vec<T>)> {
    let count = u32::try_from(list.len()).unwrap_or(u32::MAX);
    chunks(count, parts)
        .into_iter()
        .map(|(offset, len)| {
            let range = offset as usize..(offset + len) as usize;
            (offset as usize, list[range].to_vec())
        })
        .collect()
}

impl Request {
    /// The request cut for `parts` workers. Each part names its files with the same
    /// timestamp (`now` when the request gives none), so the files merge. A request that does
    /// not split, or whose lists do not line up (its own run will say why), comes back whole.
    pub fn split(&self, parts: usize, now: u64) -> Vec<Request> {
        let ranges = |start: u32, count: u32| -> Vec<(u32, u32)> {
            chunks(count, parts)
                .into_iter()
                .filter_map(|(offset, len)| start.checked_add(offset).map(|s| (s, len)))
                .collect()
        };
        match self {
            Self::DeriveKeys(request) => ranges(request.start_index, request.count)
                .into_iter()
                .map(|(start_index, count)| {
                    Self::DeriveKeys(super::keys::DeriveKeys {
                        start_index,
                        count,
                        ..request.clone()
                    })
                })
                .collect(),
            Self::CreateValidatorKeys(request) | Self::ReviewValidatorKeys(request) => {
                let review = matches!(self, Self::ReviewValidatorKeys(_));
                ranges(request.start_index, request.count)
                    .into_iter()
                    .map(|(start_index, count)| {
                        let part = super::keys::CreateValidatorKeys {
                            start_index,
                            count,
                            timestamp: Some(request.timestamp.unwrap_or(now)),
                            ..request.clone()
                        };
                        if review {
                            Self::ReviewValidatorKeys(part)
                        } else {
                            Self::CreateValidatorKeys(part)
                        }
                    })
                    .collect()
            }
            Self::ReviewBlsChanges(request) | Self::CreateBlsChanges(request)
                if request.validator_indices.len() == request.bls_withdrawal_credentials.len()
                    && request
                        .key_indices
                        .as_ref()
                        .is_none_or(|keys| keys.len() == request.validator_indices.len())
                    && request.start_index.is_some() != request.key_indices.is_some() =>
            {
                let review = matches!(self, Self::ReviewBlsChanges(_));
                list_chunks(&request.validator_indices, parts)
                    .into_iter()
                    .map(|(offset, validator_indices)| {
                        let range = offset..offset + validator_indices.len();
                        let part = super::signing::CreateBlsChanges {
                            start_index: request
                                .start_index
                                .and_then(|start| start.checked_add(offset as u32)),
                            key_indices: request
                                .key_indices
                                .as_ref()
                                .map(|keys| keys[range.clone()].to_vec()),
                            bls_withdrawal_credentials: request.bls_withdrawal_credentials[range]
                                .to_vec(),
                            validator_indices,
                            timestamp: Some(request.timestamp.unwrap_or(now)),
                            ..request.clone()
                        };
                        if review {
                            Self::ReviewBlsChanges(part)
                        } else {
                            Self::CreateBlsChanges(part)
                        }
                    })
                    .collect()
            }
            Self::CreateExits(request) | Self::ReviewExits(request)
                if request
                    .key_indices
                    .as_ref()
                    .is_none_or(|keys| keys.len() == request.validator_indices.len())
                    && request.start_index.is_some() != request.key_indices.is_some() =>
            {
                let review = matches!(self, Self::ReviewExits(_));
                list_chunks(&request.validator_indices, parts)
                    .into_iter()
                    .map(|(offset, validator_indices)| {
                        let range = offset..offset + validator_indices.len();
                        let part = super::signing::CreateExits {
                            start_index: request
                                .start_index
                                .and_then(|start| start.checked_add(offset as u32)),
                            key_indices: request
                                .key_indices
                                .as_ref()
                                .map(|keys| keys[range].to_vec()),
                            validator_indices,
                            timestamp: Some(request.timestamp.unwrap_or(now)),
                            ..request.clone()
                        };
                        if review {
                            Self::ReviewExits(part)
                        } else {
                            Self::CreateExits(part)
                        }
                    })
                    .collect()
            }
            Self::CreateBuilderDeposits(request) | Self::ReviewBuilderDeposits(request) => {
                let review = matches!(self, Self::ReviewBuilderDeposits(_));
                ranges(request.start_index, request.count)
                    .into_iter()
                    .map(|(start_index, count)| {
                        let part = super::deposits::CreateBuilderDeposits {
                            start_index,
                            count,
                            timestamp: Some(request.timestamp.unwrap_or(now)),
                            ..request.clone()
                        };
                        if review {
                            Self::ReviewBuilderDeposits(part)
                        } else {
                            Self::CreateBuilderDeposits(part)
                        }
                    })
                    .collect()
            }
            Self::FindValidators(request) => match request.key_count() {
                Ok(count) => ranges(request.start_key_index, count)
                    .into_iter()
                    .map(|(start, len)| {
                        Self::FindValidators(super::search::FindValidators {
                            start_key_index: start,
                            max_key_index: start + len - 1,
                            ..request.clone()
                        })
                    })
                    .collect(),
                Err(_) => vec![self.clone()],
            },
            other => vec![other.clone()],
        }
    }
}

/// How a kind of file lays out its JSON array: deposit-cli's Python layout, or ethdo's
/// compact one.
fn layout(kind: FileKind, values: &[Value]) -> Result<String, WalletError> {
    match kind {
        FileKind::EthdoChangeOperations => {
            serde_json::to_string(values).map_err(WalletError::internal)
        }
        _ => python_json::to_string(&values).map_err(WalletError::internal),
    }
}

/// Joins array files of the same name and kind, in part order. Each part must already be in
/// its kind's layout, so the join is byte for byte the file one worker would have written.
fn merge_arrays(parts: &[OutputFile]) -> Result<OutputFile, WalletError> {
    let Some(first) = parts.first() else {
        return Err(WalletError::internal("no file to merge"));
    };
    let mut entries = Vec::new();
    for part in parts {
        if part.kind != first.kind || part.file_name != first.file_name {
            return Err(WalletError::internal(
                "the workers' files have different names or kinds; nothing was written",
            ));
        }
        let values: Vec<Value> = serde_json::from_str(&part.json).map_err(WalletError::internal)?;
        if layout(part.kind, &values)? != part.json {
            return Err(WalletError::internal(
                "a worker's file is not in its format's layout; nothing was written",
            ));
        }
        entries.extend(values);
    }
    Ok(OutputFile {
        kind: first.kind,
        file_name: first.file_name.clone(),
        json: layout(first.kind, &entries)?,
    })
}

/// Joins lists of files: per-validator files (keystores, exits) are listed in part order;
/// batch files (deposit data, BLS changes) are merged by name; keystores come first, as one
/// worker lists them.
fn merge_files(parts: Vec<Vec<OutputFile>>) -> Result<Vec<OutputFile>, WalletError> {
    let mut singles = Vec::new();
    let mut batches: Vec<Vec<OutputFile>> = Vec::new();
    for file in parts.into_iter().flatten() {
        match file.kind {
            FileKind::Keystore
            | FileKind::VoluntaryExit
            | FileKind::BlsToExecutionChangeKeystore
            | FileKind::BuilderKeystore => singles.push(file),
            _ => match batches
                .iter_mut()
                .find(|batch| batch[0].file_name == file.file_name)
            {
                Some(batch) => batch.push(file),
                None => batches.push(vec![file]),
            },
        }
    }
    let mut files = singles;
    for batch in batches {
        files.push(merge_arrays(&batch)?);
    }
    Ok(files)
}

/// The parts' responses (in part order) joined into what one worker would have returned.
pub fn merge(parts: Vec<Response>) -> Result<Response, WalletError> {
    if parts.len() == 1 {
        return parts
            .into_iter()
            .next()
            .ok_or_else(|| WalletError::internal("no response"));
    }
    let mismatch = || WalletError::internal("the workers returned different kinds of result");
    match parts.first() {
        Some(Response::Keys(_)) => {
            let mut keys = Vec::new();
            for part in parts {
                let Response::Keys(part) = part else {
                    return Err(mismatch());
                };
                keys.extend(part);
            }
            Ok(Response::Keys(keys))
        }
        Some(Response::Review(_)) => {
            let mut rows = Vec::new();
            for part in parts {
                let Response::Review(part) = part else {
                    return Err(mismatch());
                };
                rows.extend(part);
            }
            Ok(Response::Review(rows))
        }
        Some(Response::DepositReview(_)) => {
            let mut merged: Option<super::keys::DepositReview> = None;
            for part in parts {
                let Response::DepositReview(part) = part else {
                    return Err(mismatch());
                };
                match &mut merged {
                    None => merged = Some(part),
                    Some(merged) if merged.amount_gwei == part.amount_gwei => {
                        merged.keys.extend(part.keys)
                    }
                    Some(_) => return Err(mismatch()),
                }
            }
            merged.map(Response::DepositReview).ok_or_else(mismatch)
        }
        Some(Response::BuilderReview(_)) => {
            let mut merged: Option<super::deposits::BuilderDepositReview> = None;
            for part in parts {
                let Response::BuilderReview(part) = part else {
                    return Err(mismatch());
                };
                match &mut merged {
                    None => merged = Some(part),
                    Some(merged)
                        if merged.amount_gwei == part.amount_gwei
                            && merged.withdrawal_credentials == part.withdrawal_credentials
                            && merged.chain == part.chain =>
                    {
                        merged.keys.extend(part.keys)
                    }
                    Some(_) => return Err(mismatch()),
                }
            }
            let mut merged = merged.ok_or_else(mismatch)?;
            // One notice over the whole range, as one worker would give it.
            if let (Some(first), Some(last)) = (merged.keys.first(), merged.keys.last()) {
                merged.notices = vec![super::deposits::builder_notice(first.index, last.index)];
            }
            Ok(Response::BuilderReview(merged))
        }
        Some(Response::ExitReview(_)) => {
            let mut merged: Option<super::signing::ExitsReview> = None;
            for part in parts {
                let Response::ExitReview(part) = part else {
                    return Err(mismatch());
                };
                match &mut merged {
                    None => merged = Some(part),
                    Some(merged) if merged.epoch == part.epoch => merged.exits.extend(part.exits),
                    Some(_) => return Err(mismatch()),
                }
            }
            merged.map(Response::ExitReview).ok_or_else(mismatch)
        }
        Some(Response::Files(_)) => {
            let mut lists = Vec::new();
            for part in parts {
                let Response::Files(files) = part else {
                    return Err(mismatch());
                };
                lists.push(files);
            }
            Ok(Response::Files(merge_files(lists)?))
        }
        Some(Response::BlsChanges(_)) => {
            let (mut deposit_cli, mut ethdo) = (Vec::new(), Vec::new());
            for part in parts {
                let Response::BlsChanges(files) = part else {
                    return Err(mismatch());
                };
                deposit_cli.push(files.deposit_cli);
                ethdo.push(files.ethdo);
            }
            Ok(Response::BlsChanges(
                crate::consensus::bls_to_execution_change::BlsChangeFiles {
                    deposit_cli: merge_arrays(&deposit_cli)?,
                    ethdo: merge_arrays(&ethdo)?,
                },
            ))
        }
        Some(Response::Found(_)) => {
            let mut findings = Vec::new();
            for part in parts {
                let Response::Found(part) = part else {
                    return Err(mismatch());
                };
                findings.push(part);
            }
            Ok(Response::Found(merge_findings(findings)?))
        }
        _ => Err(WalletError::internal("this result cannot be merged")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_attachment_is_read_by_one_worker() {
        assert_eq!(parts_for(2, None), 2);
        assert_eq!(parts_for(4, Some(ONE_READER_ATTACHMENT_BYTES - 1)), 4);
        assert_eq!(parts_for(4, Some(ONE_READER_ATTACHMENT_BYTES)), 1);
        assert_eq!(parts_for(0, None), 1);
    }

    #[test]
    fn chunks_cover_the_range_in_order() {
        assert_eq!(chunks(10, 3), [(0, 4), (4, 3), (7, 3)]);
        assert_eq!(chunks(2, 4), [(0, 1), (1, 1)]);
        assert_eq!(chunks(1, 1), [(0, 1)]);
        assert!(chunks(0, 2).is_empty());
    }

    fn file(kind: FileKind, name: &str, json: &str) -> OutputFile {
        OutputFile {
            kind,
            file_name: name.into(),
            json: json.into(),
        }
    }

    #[test]
    fn parts_merge_into_one_workers_files() {
        let parts = vec![
            Response::Files(vec![
                file(
                    FileKind::Keystore,
                    "keystore-m_12381_3600_0_0_0-1.json",
                    "{}",
                ),
                file(FileKind::DepositData, "deposit_data-1.json", "[{\"i\": 0}]"),
            ]),
            Response::Files(vec![
                file(
                    FileKind::Keystore,
                    "keystore-m_12381_3600_1_0_0-1.json",
                    "{}",
                ),
                file(
                    FileKind::DepositData,
                    "deposit_data-1.json",
                    "[{\"i\": 1}, {\"i\": 2}]",
                ),
            ]),
        ];
        let Response::Files(files) = merge(parts).unwrap() else {
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
        assert_eq!(files[2].json, "[{\"i\": 0}, {\"i\": 1}, {\"i\": 2}]");
    }

    #[test]
    fn a_part_in_another_layout_or_kind_is_refused() {
        let compact = vec![
            file(FileKind::DepositData, "deposit_data-1.json", "[{\"i\":0}]"),
            file(FileKind::DepositData, "deposit_data-1.json", "[{\"i\": 1}]"),
        ];
        assert!(merge_arrays(&compact).is_err());
        let ethdo = vec![
            file(
                FileKind::EthdoChangeOperations,
                "change-operations.json",
                "[{\"a\":1}]",
            ),
            file(
                FileKind::EthdoChangeOperations,
                "change-operations.json",
                "[{\"a\":2}]",
            ),
        ];
        assert_eq!(merge_arrays(&ethdo).unwrap().json, "[{\"a\":1},{\"a\":2}]");
        assert!(merge(vec![Response::Files(vec![]), Response::Keys(vec![])]).is_err());
    }
}
