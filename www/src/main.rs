fn main() {
    // One wasm for the page and its Web Workers: in a worker (no window) it serves jobs.
    if web_sys::window().is_some() {
        leptos::mount::mount_to_body(withdrawal_wallet_www::App);
    } else {
        #[cfg(target_arch = "wasm32")]
        withdrawal_wallet_worker::serve();
    }
}
