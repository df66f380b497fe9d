//! Files leaving and entering the page: single downloads, "Download all" zips laid out as
//! deposit-cli's folders, and reading a chosen file by the core's rules.

use std::io::Write;

use withdrawal_wallet::{OutputFile, WalletError};

/// The name of the file an `<input type=file>` event chose, if any.
pub fn chosen_file_name(event: &leptos::ev::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
        .map(|file| file.name())
}

/// Reads the file chosen in an `<input type=file>` and hands its text to `done`: refused
/// unread when it is over 1 MiB, and read as bytes so the core's rules (UTF-8, no byte-order
/// mark) apply as they do everywhere (a browser's `File.text()` drops a BOM silently).
pub fn read_chosen_file(
    event: &leptos::ev::Event,
    done: impl FnOnce(Result<String, WalletError>) + 'static,
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
    if let Err(err) = withdrawal_wallet::check_file_size(file.size() as usize) {
        done(Err(err.into()));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                done(withdrawal_wallet::text_from_bytes(bytes).map_err(WalletError::from))
            }
            Err(_) => done(Err(WalletError::internal(problem("files-read-failed")))),
        }
    });
}

/// Reads every file chosen in an `<input type=file multiple>`, each by the same rules as
/// [`read_chosen_file`], and hands (name, text) pairs to `done` in the order chosen; the first
/// refusal stops it.
pub fn read_chosen_files(
    event: &leptos::ev::Event,
    done: impl FnOnce(Result<Vec<(String, String)>, WalletError>) + 'static,
) {
    use wasm_bindgen::JsCast;
    let Some(list) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
    else {
        return;
    };
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            if let Err(err) = withdrawal_wallet::check_file_size(file.size() as usize) {
                done(Err(WalletError::from(err).at(&file.name())));
                return;
            }
            let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
                done(Err(WalletError::internal(problem("files-read-failed"))));
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            match withdrawal_wallet::text_from_bytes(bytes) {
                Ok(text) => read.push((file.name(), text)),
                Err(err) => {
                    done(Err(WalletError::from(err).at(&file.name())));
                    return;
                }
            }
        }
        done(Ok(read));
    });
}

/// What went wrong, in the page's language when it happens (an error keeps its text).
fn problem(id: &str) -> String {
    leptos::prelude::untrack(|| crate::i18n::text(id))
}

/// A zip holding `files` under their kind's folder, plus any `extra` (path, text) pairs under
/// `folder`. Entries are stored, with the fixed 1980 timestamp, so the same files give the
/// same zip.
pub fn zip_files(
    folder: &str,
    files: &[OutputFile],
    extra: &[(String, String)],
) -> Result<Vec<u8>, WalletError> {
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
            .map_err(WalletError::internal)?;
        writer
            .write_all(text.as_bytes())
            .map_err(WalletError::internal)?;
    }
    let cursor = writer.finish().map_err(WalletError::internal)?;
    Ok(cursor.into_inner())
}

/// Offers `bytes` as a download named `name` (browser only).
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, bytes: &[u8], mime: &str) -> Result<(), WalletError> {
    use wasm_bindgen::JsCast;
    let failed = || WalletError::internal(problem("files-download-failed"));
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| failed())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| failed())?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(failed)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| failed())?
        .dyn_into()
        .map_err(|_| failed())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click has started the download; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_name: &str, _bytes: &[u8], _mime: &str) -> Result<(), WalletError> {
    Err(WalletError::internal("downloads need a browser"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use withdrawal_wallet::FileKind;

    fn file(kind: FileKind, name: &str) -> OutputFile {
        OutputFile {
            kind,
            file_name: name.into(),
            json: "{}".into(),
        }
    }

    #[test]
    fn zip_holds_the_folder_layout_and_is_reproducible() {
        let files = [
            file(FileKind::Keystore, "keystore-m_12381_3600_0_0_0-1.json"),
            file(FileKind::DepositData, "deposit_data-1.json"),
        ];
        let extra = withdrawal_wallet::web3signer_configs(&files);
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
    }
}
