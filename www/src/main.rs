fn main() {
    leptos::mount::mount_to_body(withdrawal_wallet_www::App);
}
