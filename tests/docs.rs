//! The documentation says what the code does: the README's table of error codes lists every
//! code, once, with its summary, and nothing else.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use withdrawal_wallet::ErrorCode;

#[test]
fn the_readme_lists_every_error_code_with_its_summary() {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let section = readme
        .split("### Error codes")
        .nth(1)
        .expect("README has a section \"### Error codes\"");
    let rows: Vec<(String, String)> = section
        .lines()
        .skip_while(|line| !line.starts_with("| `"))
        .take_while(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
            (
                cells[0].trim().trim_matches('`').to_owned(),
                cells[1].trim().replace("\\|", "|"),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = ErrorCode::ALL
        .iter()
        .map(|code| (code.as_str().to_owned(), code.summary().to_owned()))
        .collect();
    assert_eq!(rows, expected);
}
