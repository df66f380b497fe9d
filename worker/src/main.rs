//! The worker's entry point: each message is one JSON `Job`; progress and the result go back
//! as JSON `Reply`s. The page terminates the worker to cancel.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
    use withdrawal_wallet_worker::{run_job, Job, Reply};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let post = move |reply: &Reply| {
        if let Ok(text) = serde_json::to_string(reply) {
            // A failed post means the page is gone; there is no one left to tell.
            let _ = replies.post_message(&JsValue::from_str(&text));
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let text = event.data().as_string().unwrap_or_default();
        let reply = match serde_json::from_str::<Job>(&text) {
            Ok(job) => run_job(job, &mut |progress| post(&progress)),
            Err(err) => Reply::Failed {
                message: format!("the worker could not read its job: {err}"),
            },
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
