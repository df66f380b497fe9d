//! Packs the catalogues for the page: without their `#` comments (the notes for translators, a
//! third of the English catalogue, stay in the sources), and with each message id written once
//! rather than once per language. Ids are most of what the 14 catalogues repeat, and the
//! repeats lie further apart than gzip's 32 KB window: measured with #17's catalogues, 269,673
//! → 219,753 bytes at zlib level 9 (1,104,950 → 937,427 raw). Interleaving the languages
//! message by message instead made it worse (277,096): unlike scripts side by side.
//!
//! `OUT_DIR/catalogues.packed`: every id, each ended by U+001E, then U+001D; then per language,
//! in the order of `OUT_DIR/packed_tags.rs`, the rest of each id's entry (`" = value\n
//! .attribute = …\n"`, empty when the language lacks it), each ended by U+001E.
//! `Catalogue::new` joins one language's pieces back into a Fluent source; the tests compare
//! every message it formats with a bundle made from the source files.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const PIECE_END: char = '\u{1e}';
const IDS_END: char = '\u{1d}';

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("OUT_DIR is not set");
        std::process::exit(1);
    };
    if let Err(err) = pack(Path::new("locales"), Path::new(&out_dir)) {
        eprintln!("cannot pack the catalogues: {err}");
        std::process::exit(1);
    }
}

fn pack(locales: &Path, out_dir: &Path) -> Result<(), String> {
    let mut tags = vec![];
    for language in fs::read_dir(locales).map_err(|err| err.to_string())? {
        let language = language.map_err(|err| err.to_string())?.path();
        if let Some(tag) = language.file_name().and_then(|tag| tag.to_str()) {
            tags.push(tag.to_owned());
        }
    }
    tags.sort();
    let english = tags
        .iter()
        .position(|tag| tag == "en")
        .ok_or("locales/en is missing")?;

    // Per file, English's order of ids first, then any id only a translation has (the tests
    // report those; packing them keeps the page identical to its sources meanwhile).
    let mut files = vec![];
    for file in fs::read_dir(locales.join("en")).map_err(|err| err.to_string())? {
        let file = file.map_err(|err| err.to_string())?.path();
        if let Some(name) = file.file_name().and_then(|name| name.to_str()) {
            println!("cargo:rerun-if-changed={}", file.display());
            files.push(name.to_owned());
        }
    }
    files.sort();

    let mut ids: Vec<String> = vec![];
    let mut pieces: Vec<BTreeMap<String, String>> = vec![BTreeMap::new(); tags.len()];
    let mut languages: Vec<usize> = (0..tags.len()).collect();
    languages.swap(0, english);
    for file in &files {
        for &index in &languages {
            let path = locales.join(&tags[index]).join(file);
            let source =
                fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
            if source.contains([IDS_END, PIECE_END]) {
                return Err(format!("{} holds a packing separator", path.display()));
            }
            for (id, piece) in entries(&source) {
                if !pieces.iter().any(|language| language.contains_key(&id)) {
                    ids.push(id.clone());
                }
                pieces[index].insert(id, piece);
            }
        }
    }
    let mut packed = String::new();
    for id in &ids {
        packed.push_str(id);
        packed.push(PIECE_END);
    }
    packed.push(IDS_END);
    for language in &pieces {
        for id in &ids {
            packed.push_str(language.get(id).map_or("", String::as_str));
            packed.push(PIECE_END);
        }
    }
    fs::write(out_dir.join("catalogues.packed"), packed).map_err(|err| err.to_string())?;
    let tags = tags
        .iter()
        .map(|tag| format!("{tag:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    fs::write(
        out_dir.join("packed_tags.rs"),
        format!("/// The languages of `catalogues.packed`, in its order.\nconst PACKED_TAGS: &[&str] = &[{tags}];\n"),
    )
    .map_err(|err| err.to_string())
}

/// A source's entries as (id, the rest of the entry): an entry starts at a line that starts
/// with neither a space nor `#` (a comment), and runs to the next one; its trailing blank lines
/// are dropped. The id is what precedes the first `=` of that line.
fn entries(source: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = vec![];
    for line in source.lines().filter(|line| !line.starts_with('#')) {
        let starts_entry = !line.is_empty() && !line.starts_with([' ', '\t']);
        if starts_entry {
            let split = line.find('=').unwrap_or(line.len());
            let id = line[..split].trim_end();
            found.push((id.to_owned(), format!("{}\n", &line[id.len()..])));
        } else if let Some((_, piece)) = found.last_mut() {
            piece.push_str(line);
            piece.push('\n');
        }
    }
    for (_, piece) in &mut found {
        while piece.ends_with("\n\n") {
            piece.pop();
        }
    }
    found
}
