//! Output files leaving the page: single downloads, "Download all" zips laid out as
//! deposit-cli's folders, Web3Signer key configs, and recognising uploaded files.

use std::io::Write;

use withdrawal_wallet::output::{OutputFile, MAX_FILE_BYTES};
use withdrawal_wallet_worker::FileKind;

/// Reads the file chosen in an `<input type=file>` and hands its text to `done`, or refuses it
/// unread when it is over 1 MiB: no keystore or signed-message file is anywhere near that.
pub fn read_chosen_file(
    event: &leptos::ev::Event,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    use wasm_bindgen::JsCast;
    let Some(file) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
    else {
        return;
    };
    if let Err(message) = check_upload_size(file.size()) {
        done(Err(message));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(text) => done(Ok(text.as_string().unwrap_or_default())),
            Err(_) => done(Err("the browser could not read the file".into())),
        }
    });
}

/// Refuses a wallet file by its size, before reading it.
pub fn check_upload_size(bytes: f64) -> Result<(), String> {
    if bytes > MAX_FILE_BYTES as f64 {
        return Err(format!(
            "the file is {bytes:.0} bytes; files over 1 MiB are refused before reading (no keystore or signed-message file is that large)"
        ));
    }
    Ok(())
}

/// A zip holding `files` under `folder/`, plus any `extra` (name, text) pairs. Entries are
/// stored, with the fixed 1980 timestamp, so the same files give the same zip.
pub fn zip_files(
    folder: &str,
    files: &[OutputFile],
    extra: &[(String, String)],
) -> Result<Vec<u8>, String> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let entries = files
        .iter()
        .map(|file| (file.file_name.clone(), file.json.clone()))
        .chain(extra.iter().cloned());
    for (name, text) in entries {
        writer
            .start_file(format!("{folder}/{name}"), options)
            .map_err(|err| err.to_string())?;
        writer
            .write_all(text.as_bytes())
            .map_err(|err| err.to_string())?;
    }
    let cursor = writer.finish().map_err(|err| err.to_string())?;
    Ok(cursor.into_inner())
}

/// Web3Signer `file-keystore` configs, one per keystore, pointing at where the keystore and a
/// password file will sit on the signer host (placeholders the operator edits).
pub fn web3signer_configs(keystores: &[OutputFile]) -> Vec<(String, String)> {
    keystores
        .iter()
        .filter(|file| file.file_name.starts_with("keystore-"))
        .map(|file| {
            let stem = file.file_name.trim_end_matches(".json");
            (
                format!("web3signer/{stem}.yaml"),
                format!(
                    "type: \"file-keystore\"\nkeyType: \"BLS\"\nkeystoreFile: \"/path/to/validator_keys/{}\"\nkeystorePasswordFile: \"/path/to/validator_keys/{stem}.txt\"\n",
                    file.file_name
                ),
            )
        })
        .collect()
}

/// What an uploaded file is, from its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadKind {
    Keystore,
    Signed(FileKind),
}

pub fn detect_kind(text: &str) -> Result<UploadKind, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|err| format!("the file is not JSON: {err}"))?;
    let first = value
        .as_array()
        .and_then(|entries| entries.first())
        .unwrap_or(&value);
    if value.get("crypto").is_some() {
        Ok(UploadKind::Keystore)
    } else if first.get("deposit_data_root").is_some() {
        Ok(UploadKind::Signed(FileKind::DepositData))
    } else if first.pointer("/message/from_bls_pubkey").is_some() {
        Ok(UploadKind::Signed(FileKind::BlsToExecutionChange))
    } else if value.pointer("/message/epoch").is_some() {
        Ok(UploadKind::Signed(FileKind::VoluntaryExit))
    } else {
        Err("this is not a keystore, deposit data, BLS change or exit file".into())
    }
}

/// Offers `bytes` as a download named `name` (browser only).
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "could not make the file")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not make the file")?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no anchor")?
        .dyn_into()
        .map_err(|_| "no anchor")?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click has started the download; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_name: &str, _bytes: &[u8], _mime: &str) -> Result<(), String> {
    Err("downloads need a browser".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_over_one_mib_are_refused_by_size() {
        assert_eq!(check_upload_size(1_048_576.0), Ok(()));
        assert_eq!(
            check_upload_size(50e6).unwrap_err(),
            "the file is 50000000 bytes; files over 1 MiB are refused before reading (no keystore or signed-message file is that large)"
        );
    }

    fn file(name: &str) -> OutputFile {
        OutputFile {
            file_name: name.into(),
            json: "{}".into(),
        }
    }

    #[test]
    fn zip_holds_the_folder_layout_and_is_reproducible() {
        let files = [
            file("keystore-m_12381_3600_0_0_0-1.json"),
            file("deposit_data-1.json"),
        ];
        let extra = web3signer_configs(&files);
        let zip = zip_files("validator_keys", &files, &extra).unwrap();
        assert_eq!(zip, zip_files("validator_keys", &files, &extra).unwrap());
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
        let names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "validator_keys/keystore-m_12381_3600_0_0_0-1.json",
                "validator_keys/deposit_data-1.json",
                "validator_keys/web3signer/keystore-m_12381_3600_0_0_0-1.yaml"
            ]
        );
        assert!(extra[0].1.starts_with("type: \"file-keystore\"\n"));
        assert!(extra[0].1.contains(
            "keystoreFile: \"/path/to/validator_keys/keystore-m_12381_3600_0_0_0-1.json\""
        ));
    }

    #[test]
    fn uploads_are_recognised_by_shape() {
        assert_eq!(
            detect_kind(r#"{"crypto": {}, "version": 4}"#),
            Ok(UploadKind::Keystore)
        );
        assert_eq!(
            detect_kind(r#"[{"deposit_data_root": "00"}]"#),
            Ok(UploadKind::Signed(FileKind::DepositData))
        );
        assert_eq!(
            detect_kind(r#"[{"message": {"from_bls_pubkey": "0x"}}]"#),
            Ok(UploadKind::Signed(FileKind::BlsToExecutionChange))
        );
        assert_eq!(
            detect_kind(r#"{"message": {"epoch": "1"}}"#),
            Ok(UploadKind::Signed(FileKind::VoluntaryExit))
        );
        assert!(detect_kind("[1]").is_err());
        assert!(detect_kind("nope")
            .unwrap_err()
            .starts_with("the file is not JSON"));
    }
}
