//! Embeds the catalogues without their `#` comments: the notes for translators (a third of the
//! English catalogue) stay in the sources and out of the page.

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("OUT_DIR is not set");
        std::process::exit(1);
    };
    if let Err(err) = strip_all(Path::new("locales"), &Path::new(&out_dir).join("locales")) {
        eprintln!("cannot copy the catalogues: {err}");
        std::process::exit(1);
    }
}

fn strip_all(from: &Path, to: &Path) -> std::io::Result<()> {
    for language in fs::read_dir(from)? {
        let language = language?.path();
        let Some(tag) = language.file_name() else {
            continue;
        };
        fs::create_dir_all(to.join(tag))?;
        for file in fs::read_dir(&language)? {
            let file = file?.path();
            if let Some(name) = file.file_name() {
                fs::write(
                    to.join(tag).join(name),
                    without_comments(&fs::read_to_string(&file)?),
                )?;
            }
        }
    }
    Ok(())
}

/// A comment starts with `#` at the start of a line (a value's continuation lines are indented).
fn without_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect()
}
