//! The catalogues, proven: every file of every language parses; every language has exactly
//! English's messages and attributes, none empty, with English's variables; every error code
//! has its message; every message formats without a Fluent error; and English words the
//! core's errors as the core does.
//!
//! While the translations are being written, the checks run for some languages only with
//! `CATALOGUE_LANGS` (tags, comma-separated):
//! `CATALOGUE_LANGS=en cargo test -p withdrawal-wallet-messages --test catalogues`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use withdrawal_wallet::ErrorCode;
use withdrawal_wallet_messages::{error_id, Catalogue, Language, FILES};

/// The languages checked: those `CATALOGUE_LANGS` names, else every language of the page.
fn languages() -> Vec<Language> {
    match std::env::var("CATALOGUE_LANGS") {
        Ok(tags) if !tags.trim().is_empty() => tags
            .split(',')
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
            .map(|tag| {
                Language::ALL
                    .iter()
                    .copied()
                    .find(|language| language.tag().eq_ignore_ascii_case(tag))
                    .unwrap_or_else(|| panic!("CATALOGUE_LANGS: the page has no language {tag}"))
            })
            .collect(),
        _ => Language::ALL.to_vec(),
    }
}

/// The languages checked against English (English itself aside).
fn translations() -> Vec<Language> {
    languages()
        .into_iter()
        .filter(|language| *language != Language::English)
        .collect()
}

fn path(language: Language, file: &str) -> String {
    format!(
        "{}/locales/{}/{file}",
        env!("CARGO_MANIFEST_DIR"),
        language.tag()
    )
}

fn source(language: Language, file: &str) -> String {
    let path = path(language, file);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// Line and column (from 1) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Fails with every problem found, one per line.
fn assert_none(problems: &[String], what: &str) {
    assert!(
        problems.is_empty(),
        "{} {what}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// One message as a language's files define it: the file, and each pattern by name (`""` for
/// the value, else the attribute's name).
struct Message {
    file: &'static str,
    patterns: BTreeMap<String, ast::Pattern<String>>,
}

/// A language's messages by id, as parsed (entries that do not parse are left out: the
/// parsing test names them), with any id defined twice.
struct Messages {
    messages: BTreeMap<String, Message>,
    duplicates: Vec<String>,
}

fn messages(language: Language) -> Messages {
    let mut messages = BTreeMap::new();
    let mut duplicates = Vec::new();
    for file in FILES {
        let resource = match fluent_syntax::parser::parse(source(language, file)) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let mut patterns = BTreeMap::new();
            if let Some(value) = message.value {
                patterns.insert(String::new(), value);
            }
            for attribute in message.attributes {
                patterns.insert(attribute.id.name, attribute.value);
            }
            let id = message.id.name;
            if let Some(first) = messages.insert(id.clone(), Message { file, patterns }) {
                duplicates.push(format!(
                    "{}: {id} is defined in {} and again in {file}",
                    language.tag(),
                    first.file
                ));
            }
        }
    }
    Messages {
        messages,
        duplicates,
    }
}

/// `id` or `id.attribute`, as a problem names a pattern.
fn pattern_name(id: &str, attribute: &str) -> String {
    if attribute.is_empty() {
        id.to_owned()
    } else {
        format!("{id}.{attribute}")
    }
}

/// The variables a pattern uses, in selectors, variants and function arguments too.
fn variables(pattern: &ast::Pattern<String>) -> BTreeSet<String> {
    fn in_pattern(pattern: &ast::Pattern<String>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                in_expression(expression, found);
            }
        }
    }
    fn in_expression(expression: &ast::Expression<String>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                in_inline(selector, found);
                for variant in variants {
                    in_pattern(&variant.value, found);
                }
            }
            ast::Expression::Inline(inline) => in_inline(inline, found),
        }
    }
    fn in_arguments(arguments: &ast::CallArguments<String>, found: &mut BTreeSet<String>) {
        for argument in &arguments.positional {
            in_inline(argument, found);
        }
        for argument in &arguments.named {
            in_inline(&argument.value, found);
        }
    }
    fn in_inline(inline: &ast::InlineExpression<String>, found: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.clone());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                in_arguments(arguments, found);
            }
            ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => in_arguments(arguments, found),
            ast::InlineExpression::Placeable { expression } => in_expression(expression, found),
            _ => {}
        }
    }
    let mut found = BTreeSet::new();
    in_pattern(pattern, &mut found);
    found
}

/// A pattern that shows nothing: only blank text or empty string literals.
fn is_empty(pattern: &ast::Pattern<String>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        _ => false,
    })
}

/// (1) Every file of every language parses, without a single error.
#[test]
fn every_file_of_every_language_parses() {
    let mut problems = Vec::new();
    for language in languages() {
        for file in FILES {
            let text = source(language, file);
            if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
                for error in errors {
                    let (line, column) = line_column(&text, error.pos.start);
                    problems.push(format!("{}:{line}:{column}: {error}", path(language, file)));
                }
            }
        }
    }
    assert_none(&problems, "parse errors");
}

/// (2) Every language has exactly English's messages, in the same files, with the same
/// value and attributes, none of them empty; no language defines an id twice.
#[test]
fn every_language_has_exactly_englishs_messages() {
    let english = messages(Language::English);
    let mut problems = english.duplicates.clone();
    for (id, message) in &english.messages {
        for (attribute, pattern) in &message.patterns {
            if is_empty(pattern) {
                problems.push(format!("en: {} is empty", pattern_name(id, attribute)));
            }
        }
    }
    for language in translations() {
        let tag = language.tag();
        let translated = messages(language);
        problems.extend(translated.duplicates);
        for (id, message) in &english.messages {
            let Some(translation) = translated.messages.get(id) else {
                problems.push(format!(
                    "{tag}: {id} is missing (English has it in {})",
                    message.file
                ));
                continue;
            };
            if translation.file != message.file {
                problems.push(format!(
                    "{tag}: {id} is in {}, English has it in {}",
                    translation.file, message.file
                ));
            }
            for attribute in message.patterns.keys() {
                match translation.patterns.get(attribute) {
                    None if attribute.is_empty() => {
                        problems.push(format!("{tag}: {id} has no value"));
                    }
                    None => problems.push(format!("{tag}: {id} has no .{attribute}")),
                    Some(pattern) if is_empty(pattern) => {
                        problems.push(format!("{tag}: {} is empty", pattern_name(id, attribute)));
                    }
                    Some(_) => {}
                }
            }
            for attribute in translation.patterns.keys() {
                if !message.patterns.contains_key(attribute) {
                    problems.push(format!(
                        "{tag}: {} is not in English",
                        pattern_name(id, attribute)
                    ));
                }
            }
        }
        for (id, translation) in &translated.messages {
            if !english.messages.contains_key(id) {
                problems.push(format!(
                    "{tag}: {id} (in {}) is not in English",
                    translation.file
                ));
            }
        }
    }
    assert_none(&problems, "differences from English");
}

/// (3) A translation uses only English's variables (another name is a misspelling, and would
/// show as `{$name}`), and every one of them but `count` (a plural form may leave the number
/// out).
#[test]
fn every_translation_uses_englishs_variables() {
    let english = messages(Language::English);
    let mut problems = Vec::new();
    for language in translations() {
        let tag = language.tag();
        let translated = messages(language);
        for (id, message) in &english.messages {
            let Some(translation) = translated.messages.get(id) else {
                continue;
            };
            for (attribute, pattern) in &message.patterns {
                let Some(translated_pattern) = translation.patterns.get(attribute) else {
                    continue;
                };
                let name = pattern_name(id, attribute);
                let expected = variables(pattern);
                let used = variables(translated_pattern);
                for unknown in used.difference(&expected) {
                    problems.push(format!(
                        "{tag}: {name} uses ${unknown}, which English does not have"
                    ));
                }
                for missing in expected.difference(&used) {
                    if missing != "count" {
                        problems.push(format!("{tag}: {name} leaves out ${missing}"));
                    }
                }
            }
        }
    }
    assert_none(&problems, "variable differences");
}

/// (4) Every error code has its message in English, and every error message is a code's.
#[test]
fn every_error_code_has_its_message() {
    let english = messages(Language::English);
    let mut problems = Vec::new();
    let ids: BTreeSet<String> = ErrorCode::ALL
        .iter()
        .map(|code| error_id(code.as_str()))
        .collect();
    for id in &ids {
        match english.messages.get(id) {
            None => problems.push(format!("{id} is missing")),
            Some(message) if !message.patterns.contains_key("") => {
                problems.push(format!("{id} has no value"));
            }
            Some(message) if message.file != "errors.ftl" => {
                problems.push(format!("{id} is in {}, not errors.ftl", message.file));
            }
            Some(_) => {}
        }
    }
    for (id, message) in &english.messages {
        if message.file == "errors.ftl" && !ids.contains(id) {
            problems.push(format!("{id} is no error code's message"));
        }
    }
    assert_none(&problems, "error messages missing or stale");
}

/// A language's bundle, as `Catalogue::new` makes it, but keeping the resources' own errors.
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![language.tag().parse().unwrap()]);
    bundle.set_use_isolating(language.is_rtl());
    for file in FILES {
        let resource = match FluentResource::try_new(source(language, file)) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// (5) Every message of every language formats through `Catalogue`, with each of its
/// variables a number (1, then 5, so plural forms are taken) and then a string, without a
/// Fluent error (a misspelt variable, a missing message or term, a select without a default)
/// and without the `[id]` shown for a missing message.
#[test]
fn every_message_formats_without_errors() {
    let english = messages(Language::English);
    let samples: [fn() -> FluentValue<'static>; 3] = [
        || FluentValue::from(1),
        || FluentValue::from(5),
        || FluentValue::from("text"),
    ];
    // A set: the same problem with each sample is told once.
    let mut problems = BTreeSet::new();
    for language in languages() {
        let tag = language.tag();
        let translated = messages(language);
        let bundle = bundle(language);
        let catalogue = Catalogue::new(language);
        for (id, message) in &translated.messages {
            for (attribute, pattern) in &message.patterns {
                let name = pattern_name(id, attribute);
                let Some(fluent_pattern) = bundle.get_message(id).and_then(|fluent| {
                    if attribute.is_empty() {
                        fluent.value()
                    } else {
                        fluent.get_attribute(attribute).map(|a| a.value())
                    }
                }) else {
                    problems.insert(format!("{tag}: {name} is not in the bundle"));
                    continue;
                };
                let mut names = variables(pattern);
                if let Some(reference) = english
                    .messages
                    .get(id)
                    .and_then(|english| english.patterns.get(attribute))
                {
                    names.extend(variables(reference));
                }
                for sample in samples {
                    let mut args = FluentArgs::new();
                    for variable in &names {
                        args.set(variable.clone(), sample());
                    }
                    let mut errors = vec![];
                    let expected = bundle
                        .format_pattern(fluent_pattern, Some(&args), &mut errors)
                        .into_owned();
                    for error in errors {
                        problems.insert(format!("{tag}: {name}: {error}"));
                    }
                    let shown = if attribute.is_empty() {
                        catalogue.text(id, Some(&args))
                    } else {
                        catalogue.attribute(id, attribute, Some(&args))
                    };
                    if shown == format!("[{name}]") {
                        problems.insert(format!("{tag}: {name} shows as [{name}]"));
                    } else if shown != expected {
                        problems.insert(format!(
                            "{tag}: {name}: the catalogue shows {shown:?}, the files say \
                             {expected:?} (a file changed after the build?)"
                        ));
                        break;
                    }
                }
            }
        }
    }
    let problems: Vec<String> = problems.into_iter().collect();
    assert_none(&problems, "formatting problems");
}

/// Errors of every code, from every producer the core has, with their English messages.
mod core_errors {
    use serde_json::{json, Value};
    use withdrawal_wallet::{
        check_file_size, check_import_size, fields, keystore_from_json, parse_strict_json,
        parse_validator_import, parse_validator_indices, parse_validator_pubkey,
        parse_withdrawal_credentials, request_from_json, run, verify_bls_to_execution_changes,
        verify_deposit_data, verify_voluntary_exit, AddressDiffers, BlsChangeError, Chain,
        ChainError, Context, DepositError, ExecutionAddress, FileChainDiffers, FileError,
        ImportError, ImportedChain, ImportedChainDiffers, JsonError, KdfProblem, KeyIndexError,
        KeyPathError, KeystoreError, KeystoreModule, MalformedKeystore, Mnemonic, MnemonicError,
        MnemonicLanguage, PublicMnemonicOnRealChain, Quoted, Request, RngUnavailable, SecretKey,
        ValidatorRangeError, WalletError, MAX_KEYSTORE_BYTES,
    };

    const MNEMONIC: &str =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    const ADDRESS: &str = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";
    const CREDS: &str = "0x00f50428677c60f997aadeab24aabf7fceaef491c96a52b463ae91f95611cf71";

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    /// A valid BLS public key, as bare hex.
    fn pubkey() -> String {
        hex(&SecretKey::derive_master_sk(&[7; 32])
            .unwrap()
            .public_key()
            .to_bytes())
    }

    /// The error a request (as JSON) is refused with.
    fn refused(request: Value) -> WalletError {
        let request: Request = match request_from_json(request) {
            Ok(request) => request,
            Err(err) => return err,
        };
        let mut progress = |_| {};
        let mut context = Context {
            now: 1_700_000_000,
            on_progress: &mut progress,
            import: None,
            shared_salt: None,
        };
        match run(&request, &mut context) {
            Ok(_) => panic!("{request:?} was not refused"),
            Err(err) => err,
        }
    }

    fn chain(name: &str) -> Chain {
        Chain::builtin(name).unwrap()
    }

    fn hex0x(bytes: &[u8]) -> String {
        format!("0x{}", hex(bytes))
    }

    /// A custom chain from a built-in chain's values, some replaced.
    fn custom(
        name: &str,
        fork: Option<&str>,
        capella: Option<&str>,
        root: Option<&str>,
    ) -> WalletError {
        let mainnet = chain("mainnet");
        let root_text = hex0x(&mainnet.genesis_validators_root.unwrap());
        Chain::custom(
            name,
            fork.unwrap_or(&hex0x(&mainnet.genesis_fork_version)),
            capella.unwrap_or(&hex0x(&mainnet.capella_fork_version)),
            Some(root.unwrap_or(&root_text)),
        )
        .unwrap_err()
        .into()
    }

    fn import(text: &str) -> WalletError {
        parse_validator_import(text.as_bytes()).unwrap_err().into()
    }

    fn beacon_entry(status: &str, pubkey: &str) -> String {
        format!(
            r#"{{"data":[{{"index":"7","balance":"1","status":"{status}","validator":{{"pubkey":"{pubkey}","withdrawal_credentials":"{CREDS}"}}}}]}}"#
        )
    }

    fn ethdo(replace: (&str, &str)) -> WalletError {
        let file = r#"{"version":"3","genesis_validators_root":"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95","epoch":"305658","genesis_fork_version":"0x00000000","exit_fork_version":"0x03000000","current_fork_version":"0x04000000","bls_to_execution_change_domain_type":"0x0a000000","voluntary_exit_domain_type":"0x04000000","validators":[]}"#;
        import(&file.replace(replace.0, replace.1))
    }

    fn keystore(problem: MalformedKeystore, field: &str) -> WalletError {
        KeystoreError::Malformed {
            field: field.into(),
            problem,
        }
        .into()
    }

    /// `request` with the keys of `extra` set.
    fn with(mut request: Value, extra: Value) -> Value {
        for (key, value) in extra.as_object().unwrap() {
            request[key] = value.clone();
        }
        request
    }

    fn problems_of(reports: Vec<withdrawal_wallet::EntryReport>) -> Vec<WalletError> {
        reports
            .into_iter()
            .flat_map(|report| report.problems)
            .collect()
    }

    /// Execution-layer requests' errors: from the requests themselves, the rules' typed errors
    /// and the request file's verifier.
    fn execution_requests() -> Vec<WalletError> {
        use withdrawal_wallet::{FileMismatch, RequestError, Role, ValidatorStatus};
        let mut errors = Vec::new();
        let validator = |prefix: &str, status: &str| json!({"index": "7", "pubkey": format!("0x{}", pubkey()), "withdrawalCredentials": format!("0x{prefix}{}{}", "00".repeat(11), ADDRESS[2..].to_lowercase()), "status": status});
        let withdraw = |request: Value, value: &str| json!({"operation": "create_withdrawal_requests", "chain": "hoodi", "value": value, "requests": [request]});
        for value in ["0", "0.5", &format!("{}0", u128::MAX)] {
            errors.push(refused(withdraw(
                json!({"validator": validator("02", "active_ongoing"), "action": "full_exit"}),
                value,
            )));
        }
        errors.push(refused(json!({"operation": "create_withdrawal_requests", "chain": {"name": "ephemery", "genesisForkVersion": "0x1000101b", "capellaForkVersion": "0x4000101b"}, "value": "1", "requests": []})));
        for (request, value) in [
            (
                json!({"validator": validator("00", "active_ongoing"), "action": "full_exit"}),
                "1",
            ),
            (
                json!({"validator": validator("02", "exited_unslashed"), "action": "full_exit"}),
                "1",
            ),
            (
                json!({"validator": validator("01", "active_ongoing"), "action": "partial_withdrawal", "amount": "1"}),
                "1",
            ),
            (
                json!({"validator": validator("02", "active_ongoing"), "action": "full_exit", "amount": "1"}),
                "1",
            ),
            (
                json!({"validator": validator("02", "active_ongoing"), "action": "partial_withdrawal", "amount": "0"}),
                "1",
            ),
            (
                json!({"validator": validator("02", "active_ongoing"), "action": "partial_withdrawal"}),
                "1",
            ),
        ] {
            errors.push(refused(withdraw(request, value)));
        }
        let consolidate = |requests: Value| json!({"operation": "create_consolidation_requests", "chain": "hoodi", "value": "1", "requests": requests});
        errors.push(refused(consolidate(
            json!([{"source": validator("02", "active_ongoing")}]),
        )));
        for error in [
            RequestError::TargetNotCompounding {
                source_index: 7,
                target_index: 8,
                prefix: 1,
            },
            RequestError::TargetAddressDiffers {
                source_index: 7,
                target_index: 8,
                source_address: ADDRESS.into(),
                target_address: "0x71C7656EC7ab88b098defB751B7401B5f6d8976F".into(),
            },
            RequestError::SourceAlsoTarget { validator_index: 8 },
            RequestError::NotActive {
                role: Role::Target,
                validator_index: 8,
                status: ValidatorStatus::ActiveSlashed,
            },
        ] {
            errors.push(error.into());
        }
        for (field, mismatch) in [
            (
                "chainId",
                FileMismatch::ChainId {
                    found: Quoted::new("1"),
                    chain: "hoodi".into(),
                    expected: 560_048,
                },
            ),
            (
                "to",
                FileMismatch::To {
                    found: "0x0000BBdDc7CE488642fb579F8B00f3a590007251".into(),
                    chain: "hoodi".into(),
                    expected: "0x00000961Ef480Eb55e80D19ad83579A64c007002".into(),
                },
            ),
            ("request", FileMismatch::Request),
            ("description", FileMismatch::Description),
            ("eip681", FileMismatch::Uri),
        ] {
            errors.push(WalletError::of_field(field, mismatch));
        }
        errors
    }

    pub fn all() -> Vec<WalletError> {
        let mut errors: Vec<WalletError> = Vec::new();
        let mainnet = chain("mainnet");
        let hoodi = chain("hoodi");

        // Options.
        errors.push(refused(json!([])));
        let derive = |extra: Value| {
            with(
                json!({"operation": "derive_keys", "mnemonic": MNEMONIC, "startIndex": 0, "count": 1}),
                extra,
            )
        };
        errors.push(refused(derive(json!({"passPhrase": "x"}))));
        errors.push(refused(derive(json!({"zzzzzz": "x"}))));
        errors.push(refused(
            json!({"operation": "derive_keys", "mnemonic": MNEMONIC, "count": 1}),
        ));
        errors.push(refused(derive(json!({"startIndex": "5"}))));
        errors.push(refused(derive(json!({"startIndex": 1.5}))));
        errors.push(refused(derive(json!({"startIndex": 4_294_967_296u64}))));
        errors.push(refused(derive(json!({"language": "klingon"}))));
        errors.push(refused(json!({"operation": "nope"})));
        errors.push(refused(json!({"operation": "create_keystores", "mnemonic": MNEMONIC, "startIndex": 0, "count": 1, "password": "twelve chars!", "kdf": "argon2"})));
        errors.push(refused(json!({"operation": "find_validators", "mnemonic": MNEMONIC, "startKeyIndex": 0, "maxKeyIndex": 1, "validators": [{"index": true, "withdrawalCredentials": CREDS}]})));
        let verify = |extra: Value| {
            with(
                json!({"operation": "verify_file", "json": "{\"message\": {\"epoch\": \"1\", \"validator_index\": \"1\"}, \"signature\": \"0x00\"}", "chain": "hoodi"}),
                extra,
            )
        };
        errors.push(refused(verify(json!({"passphrase": "x"}))));
        errors.push(refused(verify(json!({}))));
        errors.push(refused(verify(json!({"kind": "keystore"}))));
        errors.push(refused(verify(json!({"kind": "keymanager_import"}))));
        let exits = |extra: Value| {
            with(
                json!({"operation": "create_exits", "mnemonic": MNEMONIC, "chain": "hoodi", "startIndex": 0, "validatorIndices": ["1"], "epoch": "1"}),
                extra,
            )
        };
        errors.push(refused(json!({"operation": "create_exits", "mnemonic": MNEMONIC, "chain": "hoodi", "validatorIndices": ["1"], "epoch": "1"})));
        errors.push(WalletError::from(fields::LoneSurrogate));

        // Numbers.
        errors.push(refused(exits(json!({"epoch": "-1"}))));
        errors.push(parse_validator_indices(&["1", "x"]).unwrap_err());
        errors.push(fields::validator_count("x").unwrap_err());
        errors.push(fields::ether_amount("1.0000000001").unwrap_err());
        errors.push(
            KeyIndexError {
                text: Quoted::new("-1"),
            }
            .into(),
        );

        // Hex, from every producer.
        errors.push(custom("x", Some("0x0000000"), None, None));
        errors.push(custom("x", None, Some("03000000"), None));
        errors.push(custom("x", None, None, Some("0xzz")));
        errors.push(parse_validator_pubkey("zz").unwrap_err().into());
        errors.push(parse_validator_pubkey("0x00").unwrap_err().into());
        errors.push(parse_validator_pubkey(&"00".repeat(48)).unwrap_err().into());
        for text in ["abc", "0xzz", "0x12"] {
            errors.push(
                ExecutionAddress::parse_checksummed(text)
                    .unwrap_err()
                    .into(),
            );
        }
        errors.push(parse_withdrawal_credentials(&[CREDS, "zz"]).unwrap_err());
        errors.push(parse_withdrawal_credentials(&["0x00"]).unwrap_err());

        // Mnemonics.
        for phrase in [
            "abandon abandon".to_owned(),
            format!("{}abandonx", "abandon ".repeat(11)),
            format!("abandon\u{200b}{}", " abandon".repeat(11)),
            "abandon ".repeat(12),
            format!("{}abeja", "abandon ".repeat(11)),
        ] {
            errors.push(Mnemonic::parse(&phrase, None).unwrap_err().into());
        }
        errors.push(
            MnemonicError::AmbiguousLanguage(vec![
                MnemonicLanguage::English,
                MnemonicLanguage::French,
            ])
            .into(),
        );
        errors.push("klingon".parse::<MnemonicLanguage>().unwrap_err().into());
        errors.push(
            PublicMnemonicOnRealChain {
                chain: "mainnet".into(),
            }
            .into(),
        );
        errors.push(fields::confirmed("a", "b", fields::Mismatch::Passphrase).unwrap_err());
        errors.push(RngUnavailable.into());

        // Key indices and batches.
        errors.push(fields::key_budget_notice(150, 51, 200).unwrap());
        errors.push(fields::validator_count("0").unwrap_err());
        errors.push(fields::validator_count("1001").unwrap_err());
        errors.push(fields::key_count("100001").unwrap_err());
        errors.push(fields::key_count("0").unwrap_err());
        errors.push(
            ValidatorRangeError::PastLastIndex {
                start: 4_294_967_295,
                count: 2,
            }
            .into(),
        );
        errors.push(refused(json!({"operation": "create_bls_changes", "mnemonic": MNEMONIC, "chain": "hoodi", "startIndex": 0, "validatorIndices": ["1", "2"], "blsWithdrawalCredentials": [CREDS], "executionAddress": ADDRESS})));
        errors.push(refused(exits(
            json!({"startIndex": null, "keyIndices": [0], "validatorIndices": ["1", "2"]}),
        )));
        errors.push(refused(exits(json!({"validatorIndices": []}))));
        errors.push(refused(exits(json!({"validatorIndices": ["1", "1"]}))));
        errors.push(KeyPathError::MissingRoot.into());
        errors.push(KeyPathError::NoIndices.into());
        errors.push(
            KeyPathError::BadIndex {
                level: 2,
                text: Quoted::new("x"),
            }
            .into(),
        );

        // Chains.
        errors.push(WalletError::from(fields::ChainNotChosen));
        errors.push(Chain::builtin("ropsten").unwrap_err().into());
        errors.push(
            Chain::custom(" ", "0x1000101b", "0x4000101b", None)
                .unwrap_err()
                .into(),
        );
        errors.push(
            Chain::custom("ephemery", "0x1000101b", "0x4000101b", None)
                .unwrap()
                .bls_to_execution_change_domain()
                .unwrap_err()
                .into(),
        );
        errors.push(custom("x", None, None, Some(&hex0x(&[1; 32]))));
        errors.push(custom(
            "x",
            None,
            Some("0x05000000"),
            Some(&hex0x(&[1; 32])),
        ));
        errors.push(
            Chain::from_import(&ImportedChain {
                genesis_validators_root: mainnet.genesis_validators_root.unwrap(),
                genesis_fork_version: mainnet.genesis_fork_version,
                exit_fork_version: [5, 0, 0, 0],
                current_fork_version: [5, 0, 0, 0],
                epoch: 1,
            })
            .unwrap_err()
            .into(),
        );
        errors.push(
            Chain::custom(
                "mainnet",
                &hex0x(&hoodi.genesis_fork_version),
                &hex0x(&hoodi.capella_fork_version),
                Some(&hex0x(&hoodi.genesis_validators_root.unwrap())),
            )
            .unwrap_err()
            .into(),
        );
        errors.push(
            ImportedChainDiffers {
                selected: "hoodi".into(),
                imported: "mainnet".into(),
            }
            .into(),
        );
        errors.push(ChainError::UnknownChain(Quoted::new("x\u{200b}")).into());

        // Addresses.
        errors.push(
            ExecutionAddress::parse_checksummed(&ADDRESS.to_lowercase())
                .unwrap_err()
                .into(),
        );
        errors.push(
            ExecutionAddress::parse_checksummed(&ADDRESS.replace("eA", "ea"))
                .unwrap_err()
                .into(),
        );
        errors.push(
            ExecutionAddress::parse_checksummed(&format!("0x{}", "0".repeat(40)))
                .unwrap_err()
                .into(),
        );
        errors.push(
            ExecutionAddress::parse_confirmed(ADDRESS, "0x12")
                .unwrap_err()
                .into(),
        );
        let address = ExecutionAddress::parse_checksummed(ADDRESS).unwrap();
        errors.push(fields::address_ending_confirmed(&address, "zzzzzz").unwrap_err());

        // Deposits.
        errors.push(DepositError::BlsCredentialsNotAllowed.into());
        errors.push(
            DepositError::AmountNotAllowed {
                amount: 40_500_000_000,
            }
            .into(),
        );
        errors.push(
            DepositError::AmountOutOfRange {
                amount: 500_000_000,
                multiplier: 1,
            }
            .into(),
        );
        errors.push(
            DepositError::AmountOutOfRange {
                amount: 100_000_000_000,
                multiplier: 32,
            }
            .into(),
        );
        // Top-ups and builder deposits.
        errors.push(refused(json!({
            "operation": "create_builder_deposits", "mnemonic": MNEMONIC, "startIndex": 0,
            "count": 1, "chain": "hoodi", "withdrawalAddress": ADDRESS, "amount": "0.5",
            "password": "a long enough password",
        })));
        errors.push(withdrawal_wallet::BuilderKeysAreValidatorKeys { first: 0, last: 3 }.into());
        let builder = json!([
            {"pubkey": pubkey(), "withdrawal_credentials": format!("02{}", "00".repeat(31)), "amount": 999_999_999u64, "signature": "00".repeat(96), "deposit_message_root": "00".repeat(32), "deposit_data_root": "00".repeat(32), "fork_version": "00000000", "network_name": "mainnet", "deposit_cli_version": "1.3.1"},
            {"pubkey": pubkey(), "withdrawal_credentials": format!("b001{}", "00".repeat(30)), "amount": 1_000_000_000u64, "signature": "00".repeat(96), "deposit_message_root": "00".repeat(32), "deposit_data_root": "00".repeat(32), "fork_version": "00000000", "network_name": "mainnet", "deposit_cli_version": "1.3.1"},
        ]);
        errors.extend(problems_of(
            withdrawal_wallet::verify_builder_deposit_data(&builder.to_string(), &mainnet).unwrap(),
        ));

        // BLS changes and exits.
        errors.push(
            BlsChangeError::AlreadyExecution {
                position: 0,
                validator_index: 7,
                prefix: 1,
            }
            .into(),
        );
        errors.push(
            BlsChangeError::CredentialsMismatch {
                position: 1,
                validator_index: 7,
                key_index: 3,
                given: CREDS.into(),
                derived: CREDS.replace("00f5", "00aa"),
            }
            .into(),
        );
        errors.push(
            refused(json!({"operation": "create_exit_from_keystore", "keystore": "{}", "password": "x", "chain": "hoodi", "validatorIndex": "1", "epoch": "1"})),
        );
        let seed = Mnemonic::parse(MNEMONIC, None).unwrap().to_seed("");
        let exit_keystore = withdrawal_wallet::create_keystores(
            &withdrawal_wallet::KeystoreRequest {
                seed: &seed,
                start_index: 0,
                count: 1,
                password: "exit keystore password",
                kdf: withdrawal_wallet::KdfChoice::Pbkdf2,
                independent_salts: false,
                timestamp: 0,
            },
            &withdrawal_wallet::KeystoreRandomness {
                salts: vec![[5; 32]],
                ivs: vec![[6; 16]],
                uuids: vec![[7; 16]],
            },
        )
        .unwrap()
        .remove(0)
        .json;
        let someone_else = SecretKey::derive_master_sk(&[1; 32]).unwrap().public_key();
        errors.push(
            withdrawal_wallet::create_voluntary_exit_from_keystore(
                &exit_keystore,
                "exit keystore password",
                &mainnet,
                100,
                305_658,
                Some(&someone_else),
                1,
            )
            .unwrap_err(),
        );

        // Passwords and keystores.
        for error in [
            KeystoreError::WrongPassword,
            KeystoreError::EmptyPassword,
            KeystoreError::PasswordTooShort { chars: 5 },
            KeystoreError::CorruptSecret,
            KeystoreError::PubkeyMismatch {
                stated: "0xaa".into(),
                actual: "0xbb".into(),
            },
            KeystoreError::SelfCheckFailed { index: 3 },
        ] {
            errors.push(error.into());
        }
        errors.push(SecretKey::from_bytes(&[0; 32]).unwrap_err().into());
        errors.push(fields::confirmed("a", "b", fields::Mismatch::Password).unwrap_err());
        errors.push(WalletError::from(fields::KeystoreNotChosen));
        for problem in [
            KdfProblem::ScryptN { n: 1000 },
            KdfProblem::ScryptRp { r: 0, p: 1 },
            KdfProblem::ScryptMemory {
                n: 1 << 30,
                r: 8,
                p: 1,
            },
            KdfProblem::ScryptParams {
                n: 1 << 62,
                r: 1,
                p: 1,
            },
            KdfProblem::Pbkdf2C { c: 0 },
            KdfProblem::EmptySalt,
        ] {
            errors.push(KeystoreError::UnsafeKdf(problem).into());
        }
        for text in [
            "\u{feff}{}".to_owned(),
            "[]".to_owned(),
            r#"{"a": 1, "a": 2}"#.to_owned(),
            "nope".to_owned(),
            "{}".to_owned(),
            " ".repeat(MAX_KEYSTORE_BYTES + 1),
        ] {
            errors.push(keystore_from_json(&text).unwrap_err().into());
        }
        let found = || Quoted::new("x");
        for (problem, field) in [
            (
                MalformedKeystore::Params {
                    detail: Quoted::detail("unknown field `extra`"),
                },
                "crypto.kdf.params",
            ),
            (
                MalformedKeystore::Dklen { found: 64 },
                "crypto.kdf.params.dklen",
            ),
            (MalformedKeystore::Version { found: 3 }, "version"),
            (
                MalformedKeystore::Unsupported {
                    found: found(),
                    module: KeystoreModule::Kdf,
                },
                "crypto.kdf.function",
            ),
            (
                MalformedKeystore::Unsupported {
                    found: found(),
                    module: KeystoreModule::Prf,
                },
                "crypto.kdf.params.prf",
            ),
            (
                MalformedKeystore::Unsupported {
                    found: found(),
                    module: KeystoreModule::Checksum,
                },
                "crypto.checksum.function",
            ),
            (
                MalformedKeystore::Unsupported {
                    found: found(),
                    module: KeystoreModule::Cipher,
                },
                "crypto.cipher.function",
            ),
            (MalformedKeystore::NotEmpty, "crypto.kdf.message"),
            (MalformedKeystore::NotHex, "crypto.cipher.params.iv"),
            (
                MalformedKeystore::WrongLength {
                    bytes: 8,
                    expected: 16,
                },
                "crypto.cipher.params.iv",
            ),
            (MalformedKeystore::Empty, "crypto.kdf.params.salt"),
            (
                MalformedKeystore::TooLong {
                    bytes: 2000,
                    limit: 1024,
                },
                "crypto.kdf.params.salt",
            ),
            (
                MalformedKeystore::CipherLength { bytes: 0 },
                "crypto.cipher.message",
            ),
            (MalformedKeystore::Path(KeyPathError::MissingRoot), "path"),
            (MalformedKeystore::Path(KeyPathError::NoIndices), "path"),
            (
                MalformedKeystore::Path(KeyPathError::BadIndex {
                    level: 1,
                    text: found(),
                }),
                "path",
            ),
            (MalformedKeystore::Uuid, "uuid"),
        ] {
            errors.push(keystore(problem, field));
        }
        let mut bad_pubkey: Value = serde_json::from_str(
            r#"{"crypto": {"kdf": {"function": "pbkdf2", "params": {"dklen": 32, "c": 2, "prf": "hmac-sha256", "salt": "07"}, "message": ""}, "checksum": {"function": "sha256", "params": {}, "message": ""}, "cipher": {"function": "aes-128-ctr", "params": {"iv": ""}, "message": "00"}}, "description": "", "pubkey": "", "path": "", "uuid": "1d85ae20-35c5-4611-98e8-aa14a633906f", "version": 4}"#,
        )
        .unwrap();
        bad_pubkey["crypto"]["checksum"]["message"] = json!("00".repeat(32));
        bad_pubkey["crypto"]["cipher"]["params"]["iv"] = json!("00".repeat(16));
        bad_pubkey["pubkey"] = json!("00".repeat(48));
        errors.push(
            keystore_from_json(&bad_pubkey.to_string())
                .unwrap_err()
                .into(),
        );

        // Files.
        errors.push(check_file_size(2 * 1024 * 1024).unwrap_err().into());
        errors.push(
            withdrawal_wallet::text_from_bytes(vec![0xff])
                .unwrap_err()
                .into(),
        );
        for text in ["\u{feff}[]", "[]", "nope", r#"{"a": 1, "a": 2}"#, "{}"] {
            errors.push(verify_deposit_data(text, &mainnet).unwrap_err().into());
        }
        errors.push(withdrawal_wallet::FileKind::detect("[1]").unwrap_err());
        errors.push(
            withdrawal_wallet::FileKind::detect(r#"[{"message": {"epoch": "1"}}]"#).unwrap_err(),
        );
        errors.push(parse_strict_json("[1,").unwrap_err().into());
        errors.push(FileError::Json(JsonError::ByteOrderMark).into());
        let someone = SecretKey::derive_master_sk(&[7; 32]).unwrap().public_key();
        errors.push(
            verify_voluntary_exit("1", &mainnet, &someone)
                .unwrap_err()
                .into(),
        );

        // Entries of signed files.
        let key = pubkey();
        let deposit = json!([
            {"pubkey": format!("0x{key}"), "withdrawal_credentials": format!("05{}", "00".repeat(31)), "amount": "32", "signature": "zz".repeat(96), "deposit_message_root": "00".repeat(31), "fork_version": "00000001", "network_name": "holesky", "deposit_cli_version": "1.3.1"},
            {"pubkey": "aa".repeat(48), "withdrawal_credentials": format!("01{}", "ff".repeat(31)), "amount": 32_000_000_000u64, "signature": "00".repeat(96), "deposit_message_root": "00".repeat(32), "deposit_data_root": "00".repeat(32), "fork_version": "00000000", "network_name": 1, "deposit_cli_version": "1.3.1"},
            {"pubkey": key, "withdrawal_credentials": &CREDS[2..], "amount": 1, "signature": "00".repeat(96), "deposit_message_root": "00".repeat(32), "deposit_data_root": "00".repeat(32), "fork_version": "00000000", "network_name": "mainnet", "deposit_cli_version": "1.3.1"},
        ]);
        errors.extend(problems_of(
            verify_deposit_data(&deposit.to_string(), &mainnet).unwrap(),
        ));
        let changes = json!([
            {"signature": format!("0x{}", "00".repeat(96))},
            {"message": {"validator_index": "x", "from_bls_pubkey": key, "to_execution_address": format!("0x{}", "00".repeat(19))}, "signature": format!("0x{}", "00".repeat(96)), "metadata": {"network_name": "holesky", "genesis_validators_root": format!("0x{}", "11".repeat(32)), "deposit_cli_version": "1.3.1"}},
            {"message": {"validator_index": "1", "from_bls_pubkey": format!("0x{key}"), "to_execution_address": ADDRESS}, "signature": format!("0x{}", "00".repeat(96))},
            {"message": {"validator_index": "1", "from_bls_pubkey": format!("0x{}", "aa".repeat(48)), "to_execution_address": ADDRESS}, "signature": format!("0x{}", "00".repeat(96))},
        ]);
        errors.extend(problems_of(
            verify_bls_to_execution_changes(&changes.to_string(), &mainnet).unwrap(),
        ));
        let key = withdrawal_wallet::PublicKey::from_bytes(
            &SecretKey::derive_master_sk(&[7; 32])
                .unwrap()
                .public_key()
                .to_bytes(),
        )
        .unwrap();
        let exit = json!({"message": {"epoch": "x", "validator_index": "1"}, "signature": format!("0x{}", "00".repeat(96))});
        errors.extend(
            verify_voluntary_exit(&exit.to_string(), &mainnet, &key)
                .unwrap()
                .problems,
        );
        let exit = json!({"message": {"epoch": "1", "validator_index": "1"}, "signature": format!("0x{}", "00".repeat(96))});
        errors.extend(
            verify_voluntary_exit(&exit.to_string(), &mainnet, &key)
                .unwrap()
                .problems,
        );
        let ephemery = Chain::custom("ephemery", "0x1000101b", "0x4000101b", None).unwrap();
        errors.extend(
            verify_voluntary_exit(&exit.to_string(), &ephemery, &key)
                .unwrap()
                .problems,
        );
        errors.push(
            FileChainDiffers {
                selected: "mainnet".into(),
                stated: "holesky".into(),
            }
            .into(),
        );
        errors.push(
            AddressDiffers {
                expected: ADDRESS.into(),
                found: Some(ADDRESS.to_lowercase()),
            }
            .into(),
        );
        errors.push(
            AddressDiffers {
                expected: ADDRESS.into(),
                found: None,
            }
            .into(),
        );

        // Proofs of withdrawal-address ownership (deposit-cli's BLS change keystore files).
        let proof = |index: Value| {
            json!({"message": {"to_execution_address": ADDRESS.to_lowercase(), "validator_index": index}, "signature": format!("0x{}", "00".repeat(96))})
                .to_string()
        };
        let proof_request = json!({"operation": "create_ownership_proof", "mnemonic": MNEMONIC, "keyIndex": 0, "chain": "hoodi", "validatorIndex": "1", "executionAddress": ADDRESS});
        errors.push(refused(with(
            proof_request.clone(),
            json!({"keystore": "{}", "password": "x"}),
        )));
        errors.push(refused(with(
            proof_request,
            json!({"validatorPubkey": key.to_hex()}),
        )));
        let verify_proof =
            json!({"operation": "verify_file", "json": proof(json!(1)), "chain": "hoodi"});
        errors.push(refused(verify_proof.clone()));
        errors.push(refused(with(
            verify_proof.clone(),
            json!({"pubkey": key.to_hex(), "keystore": "{}"}),
        )));
        for index in [json!("1"), json!(1.5), json!(1)] {
            errors.extend(
                withdrawal_wallet::verify_bls_to_execution_change_keystore(
                    &proof(index),
                    &mainnet,
                    &key,
                )
                .unwrap()
                .problems,
            );
        }
        errors.push(
            withdrawal_wallet::verify_bls_to_execution_change_keystore(
                &format!("[{}]", proof(json!(1))),
                &mainnet,
                &key,
            )
            .unwrap_err()
            .into(),
        );
        let checked = run(
            &request_from_json(with(
                verify_proof,
                json!({"mnemonic": MNEMONIC, "keyCount": 2}),
            ))
            .unwrap(),
            &mut Context {
                now: 1,
                on_progress: &mut |_| {},
                import: None,
                shared_salt: None,
            },
        );
        match checked {
            Ok(withdrawal_wallet::Response::Verified(verification)) => {
                errors.extend(verification.entries[0].report.problems.clone())
            }
            other => panic!("{other:?}"),
        }

        // Imports.
        errors.push(
            check_import_size(withdrawal_wallet::MAX_IMPORT_BYTES + 1)
                .unwrap_err()
                .into(),
        );
        errors.push(ImportError::TooManyValidators.into());
        for text in [
            "",
            "7,\u{fffd}",
            "\u{feff}1,0x00",
            r#"{"data":[}"#,
            r#"{"a":1,"a":2}"#,
            "\"validators\"",
            r#"{"x":1}"#,
            r#"{"data":[],"validators":[]}"#,
            r#"{"data":[]}"#,
            "7,0x00ab",
            "7,zz",
            &format!("-8,{CREDS}"),
            &format!("7,{CREDS},x"),
            &format!("7,{CREDS}\n7,{CREDS}"),
            &beacon_entry("asleep", &format!("0x{}", pubkey())),
            &beacon_entry("active_ongoing", &pubkey()),
        ] {
            errors.push(import(text));
        }
        errors.push(parse_validator_import(b"7,\xff\xfe").unwrap_err().into());
        errors.push(ethdo((r#""version":"3""#, r#""version":"2""#)));
        errors.push(ethdo((r#""epoch":"305658","#, "")));
        errors.push(ethdo(("0x0a000000", "0x0b000000")));
        errors.push(ethdo((
            r#""genesis_fork_version":"0x00000000""#,
            r#""genesis_fork_version":"00000000""#,
        )));
        errors.push(ethdo((r#""epoch":"305658""#, r#""epoch":"x""#)));
        errors.push(refused(json!({"operation": "find_validators", "mnemonic": MNEMONIC, "startKeyIndex": 0, "maxKeyIndex": 1})));
        errors.push(refused(json!({"operation": "find_validators", "mnemonic": MNEMONIC, "startKeyIndex": 0, "maxKeyIndex": 1, "validators": [], "import": "x"})));
        errors.push(refused(json!({"operation": "find_validators", "mnemonic": MNEMONIC, "startKeyIndex": 0, "maxKeyIndex": 1, "validators": []})));
        errors.push(refused(json!({"operation": "find_validators", "mnemonic": MNEMONIC, "startKeyIndex": 0, "maxKeyIndex": 1, "validators": [{"index": "1", "withdrawalCredentials": CREDS, "status": "asleep"}]})));
        errors.push(refused(json!({"operation": "find_validators", "mnemonic": MNEMONIC, "startKeyIndex": 0, "maxKeyIndex": 1, "validators": [{"index": "1", "withdrawalCredentials": CREDS}, {"index": 1, "withdrawalCredentials": CREDS}]})));
        let keys = withdrawal_wallet::derive_validator_keys(&seed, 0, 1).unwrap();
        let credentials = hex(&keys[0].bls_withdrawal_credentials);
        let rows: String = (0..=withdrawal_wallet::MAX_MATCHES)
            .map(|i| format!("{i},0x{credentials}\n"))
            .collect();
        errors.push(refused(json!({"operation": "find_validators", "mnemonic": MNEMONIC, "maxKeyIndex": 0, "import": rows})));
        errors.push(ImportError::DuplicateValidator { validator_index: 9 }.into());
        errors.push(withdrawal_wallet::ImportError::NoValidators.into());
        errors.push(WalletError::from(withdrawal_wallet::ImportError::Json(
            JsonError::Syntax {
                line: 1,
                column: 2,
                detail: "EOF while parsing".into(),
            },
        )));

        // Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251).
        errors.extend(execution_requests());

        // Handing signing keys to a signer.
        let vectors: Value =
            serde_json::from_str(include_str!("../../tests/vectors/eip2335.json")).unwrap();
        let keystore = vectors["vectors"]["pbkdf2"]["keystore"].clone();
        let mut withdrawal = keystore.clone();
        withdrawal["path"] = "m/12381/3600/1/0".into();
        let hand_off = |keystores: Vec<&Value>, destination: Value| {
            refused(json!({
                "operation": "create_signer_hand_off",
                "keystores": keystores.iter().map(|k| k.to_string()).collect::<Vec<_>>(),
                "password": "password", "chain": "hoodi", "destination": destination,
            }))
        };
        let keymanager = json!({"kind": "keymanager_api"});
        errors.push(hand_off(vec![], keymanager.clone()));
        errors.push(hand_off(vec![&withdrawal], keymanager.clone()));
        errors.push(hand_off(vec![&keystore, &keystore], keymanager.clone()));
        errors.push(hand_off(vec![&keystore], keymanager));
        let vault = |host: &str, folder: &str| json!({"kind": "vault", "host": host, "port": 8200, "tls": true, "mount": "secret", "folder": folder});
        errors.push(hand_off(
            vec![&keystore],
            vault("https://vault:8200", "keys"),
        ));
        errors.push(hand_off(vec![&keystore], vault("vault", "keys/../x")));
        errors.push(hand_off(
            vec![&keystore],
            json!({"kind": "aws_secrets_manager", "region": "Frankfurt", "namePrefix": ""}),
        ));
        errors.push(withdrawal_wallet::parse_port("65536").unwrap_err());

        // The wallet's own checks.
        errors.push(WalletError::internal(
            "the workers returned different kinds of result",
        ));
        errors.push(SecretKey::derive_master_sk(&[1; 16]).unwrap_err().into());

        errors
    }
}

/// A known difference between the English message and the core's: the code, which of the
/// core's messages it concerns, and why.
type Difference = (ErrorCode, fn(&str) -> bool, &'static str);

/// The English catalogue words the core's errors as the core does (`WalletError.message`),
/// from each error's code and parameters only, for errors of every code from every producer;
/// the differences the parameters cannot avoid are listed here.
#[test]
fn english_words_the_cores_errors_as_the_core_does() {
    let catalogue = Catalogue::new(Language::English);
    // Where the English message and the core's differ, by code and the core's message.
    let differences: [Difference; 2] = [
        (
            ErrorCode::ForkVersionMismatch,
            |message| message.starts_with("fork_version "),
            "fork versions are shown 0x-prefixed, as the parameters carry them",
        ),
        (
            ErrorCode::ChainImpersonatesBuiltin,
            |message| message.contains(" differ;"),
            "two differing values are named as the parameters list them (option names, comma-separated)",
        ),
    ];
    let errors = core_errors::all();
    let mut problems = Vec::new();
    let mut codes = BTreeSet::new();
    for error in &errors {
        codes.insert(error.code);
        let shown = catalogue.error(error);
        if shown == error.message {
            continue;
        }
        let expected_difference = differences
            .iter()
            .find(|(code, matches, _)| *code == error.code && matches(&error.message));
        match expected_difference {
            Some((_, _, why)) if !shown.contains('{') => {
                println!(
                    "{}: {why}:\n  core:    {}\n  English: {shown}",
                    error.code, error.message
                );
            }
            _ => problems.push(format!(
                "{} {:?} field {:?}:\n  core:    {}\n  English: {shown}",
                error.code, error.params, error.field, error.message
            )),
        }
    }
    for code in ErrorCode::ALL {
        if !codes.contains(code) {
            problems.push(format!("no error of code {code} was checked"));
        }
    }
    assert_none(&problems, "messages worded otherwise than the core's");
}
