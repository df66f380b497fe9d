//! The worker's entry point: each message is one JSON `Job` (with an imported file attached,
//! when there is one); progress and the result go back as JSON `Reply`s. The page terminates
//! the worker to cancel.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};
    use withdrawal_wallet::WalletError;
    use withdrawal_wallet_worker::{read_job, run_job, Reply};

    /// A file's bytes, refused by size before any is read.
    fn read_blob(blob: Blob) -> Result<Vec<u8>, WalletError> {
        withdrawal_wallet::check_import_size(blob.size() as usize)
            .map_err(|err| WalletError::from(err).at("import"))?;
        let reader = FileReaderSync::new()
            .map_err(|_| WalletError::internal("the worker cannot read files"))?;
        let buffer = reader
            .read_as_array_buffer(&blob)
            .map_err(|_| WalletError::internal("the browser could not read the file"))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let post = move |reply: &Reply| {
        if let Ok(text) = serde_json::to_string(reply) {
            // A failed post means the page is gone; there is no one left to tell.
            let _ = replies.post_message(&JsValue::from_str(&text));
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        // A job is its JSON text, or [text, Blob] when a file comes with it.
        let data = event.data();
        let (text, file) = if js_sys::Array::is_array(&data) {
            let parts = js_sys::Array::from(&data);
            (
                parts.get(0).as_string(),
                parts.get(1).dyn_into::<Blob>().ok(),
            )
        } else {
            (data.as_string(), None)
        };
        let import = match file.map(read_blob).transpose() {
            Ok(bytes) => bytes,
            Err(error) => {
                post(&Reply::Failed { error });
                return;
            }
        };
        // The job's text holds the mnemonic or a password: zeroed once read.
        let text = zeroize::Zeroizing::new(text.unwrap_or_default());
        let reply = match read_job(&text) {
            Ok(job) => run_job(&job, import.as_deref(), &mut |progress| post(&progress)),
            Err(error) => Reply::Failed { error },
        };
        post(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Ok(text) = serde_json::to_string(&Reply::Ready) {
        let _ = scope.post_message(&JsValue::from_str(&text));
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
