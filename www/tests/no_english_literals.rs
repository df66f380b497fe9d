//! No component shows an English literal: every text inside a `view!` comes from the catalogue
//! (`tr!`, `text`), so every language shows all of the page. The pseudo-locale walk in the e2e
//! suite catches what this lint cannot see (texts built outside `view!`).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Attributes a person reads or hears.
const VISIBLE_ATTRIBUTES: &[&str] = &[
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "title",
    "placeholder",
    "alt",
    "label",
];

/// Literals that are the same in every language, each for a reason.
const ALLOWED: &[&str] = &[
    // The product's name.
    "withdrawal-wallet",
];

/// Command lines, shown in `<code>` exactly as the operator types them.
const COMMANDS: &[&str] = &["curl "];

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// The bodies of the `view! { … }` macros in a file.
fn view_bodies(source: &str) -> Vec<&str> {
    let mut bodies = vec![];
    let mut rest = source;
    while let Some(start) = rest.find("view! {") {
        let body = &rest[start + "view! {".len()..];
        let mut depth = 1usize;
        let mut in_string = false;
        let mut escaped = false;
        let mut end = body.len();
        for (i, c) in body.char_indices() {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        bodies.push(&body[..end]);
        rest = &body[end..];
    }
    bodies
}

/// The string literals of a view body, each with the attribute it is the value of, if any.
fn literals(body: &str) -> Vec<(Option<String>, String)> {
    let mut found = vec![];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c != '"' || (i > 0 && chars[i - 1].1 == '\'') {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut escaped = false;
        while j < chars.len() {
            match (escaped, chars[j].1) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => break,
                _ => {}
            }
            j += 1;
        }
        let end = chars.get(j).map_or(body.len(), |(index, _)| *index);
        let literal = body[start + 1..end].to_owned();
        let before = body[..start].trim_end();
        let attribute = before.strip_suffix('=').map(|name| {
            name.rsplit(|c: char| c.is_whitespace() || c == '<')
                .next()
                .unwrap_or_default()
                .to_owned()
        });
        found.push((attribute, literal));
        i = j + 1;
    }
    found
}

/// Text a person would read: two letters in a row, and not a message id, class or test id
/// (lowercase kebab-case).
fn reads_as_words(literal: &str) -> bool {
    // A format string's placeholders (`{protocol}`) are not words.
    let mut words = String::new();
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => words.push(c),
            _ => {}
        }
    }
    let letters = words
        .as_bytes()
        .windows(2)
        .any(|pair| pair[0].is_ascii_alphabetic() && pair[1].is_ascii_alphabetic());
    // Ids, classes, file endings and MIME types: lowercase, no spaces.
    let identifier = words.chars().all(|c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.' | '/')
    });
    // Units and algorithm names (ETH, PBKDF2) read the same in every language.
    let acronym = !words.chars().any(|c| c.is_lowercase());
    letters
        && !identifier
        && !acronym
        && !ALLOWED.contains(&literal)
        && !COMMANDS.iter().any(|command| literal.starts_with(command))
}

#[test]
fn no_view_shows_an_english_literal() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    sources(&root, &mut files);
    files.sort();
    assert!(files.len() > 10, "the page's sources were not found");
    let mut offenders = vec![];
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_default();
        for body in view_bodies(&source) {
            for (attribute, literal) in literals(body) {
                let visible = match &attribute {
                    Some(name) => VISIBLE_ATTRIBUTES.contains(&name.as_str()),
                    None => true,
                };
                if visible && reads_as_words(&literal) {
                    let name = file.strip_prefix(&root).unwrap_or(file).display();
                    offenders.push(format!("{name}: {attribute:?} \"{literal}\""));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "English literals in views (use tr!):\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_lint_sees_text_children_and_visible_attributes() {
    let body = r#"<p class="note">"Check the address"</p><button aria-label="Copy" data-testid="copy-hex">{tr!("copy")}</button>"#;
    let flagged: Vec<String> = literals(body)
        .into_iter()
        .filter(|(attribute, literal)| {
            attribute
                .as_deref()
                .is_none_or(|name| VISIBLE_ATTRIBUTES.contains(&name))
                && reads_as_words(literal)
        })
        .map(|(_, literal)| literal)
        .collect();
    assert_eq!(flagged, ["Check the address", "Copy"]);
}
