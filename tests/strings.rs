//! `i18n/strings.json` (copied to `dist/strings.json` by the release build) lists every text key
//! a host can replace with `src-strings`, with both default texts and the placeholders a
//! replacement must keep. It is generated from the catalogue; this test fails when the two drift.
//! After changing the catalogue: `UPDATE_STRINGS=1 cargo test --test strings`.

use mfa_rescue::i18n::{Key, Lang};
use serde_json::{Map, Value, json};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/strings.json");

fn generated() -> String {
    let mut keys = Map::new();
    for key in Key::ALL {
        keys.insert(
            key.name().to_owned(),
            json!({
                "ja": key.text(Lang::Ja),
                "en": key.text(Lang::En),
                "placeholders": key.placeholders(),
            }),
        );
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(keys)).unwrap();
    text.push('\n');
    text
}

#[test]
fn strings_json_is_the_catalogue() {
    let fresh = generated();
    if std::env::var_os("UPDATE_STRINGS").is_some() {
        std::fs::write(FILE, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        committed == fresh,
        "i18n/strings.json is out of date with src/i18n: run `UPDATE_STRINGS=1 cargo test --test strings` and commit it"
    );
}

#[test]
fn every_key_is_listed_with_both_languages() {
    let listed: Value = serde_json::from_str(&generated()).unwrap();
    let map = listed.as_object().unwrap();
    assert_eq!(map.len(), Key::ALL.len());
    for (name, entry) in map {
        assert!(Key::from_name(name).is_some(), "{name}");
        assert!(
            entry["ja"].as_str().is_some_and(|t| !t.is_empty()),
            "{name}"
        );
        assert!(
            entry["en"].as_str().is_some_and(|t| !t.is_empty()),
            "{name}"
        );
        assert!(entry["placeholders"].is_array(), "{name}");
    }
}

/// Every sentence a reader sees is in the catalogue, where the completeness tests and hosts'
/// `src-strings` reach it: no Japanese text in the engine's or the UI's code outside it (test
/// modules, comments and the generated holiday names aside).
#[test]
fn no_reader_facing_japanese_outside_the_catalogue() {
    let is_japanese = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF01}'..='\u{FF5E}');
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut found = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel.starts_with("i18n/") || rel == "engine/holidays.rs" || !rel.ends_with(".rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Code before the first test module.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or_default();
                if line.contains('"') && line.chars().any(is_japanese) {
                    found.push(format!("src/{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "reader-facing Japanese outside src/i18n:\n{}",
        found.join("\n")
    );
}
