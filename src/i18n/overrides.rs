//! A host's own words for one widget (the `src-strings` attribute): the id of a
//! `<script type="application/json">` holding `{ "ja": { "<Key>": "text" }, "en": { … } }`.
//!
//! Every key and its placeholders are listed in `dist/strings.json`. A host text replaces the
//! catalogue's only when it is usable: an unknown key, a value that is not a string, or a text
//! whose `{placeholders}` are not exactly the default's (one missing, one unknown) gives one
//! console warning and the default text, never an error box and never a panic.

use serde_json::Value;

use super::{Key, Lang, fill, placeholders};

/// The host's replacements, by key and language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    /// `[ja, en]` per key, in the order of [`Key::ALL`].
    texts: Vec<[Option<String>; 2]>,
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Ja => 0,
        Lang::En => 1,
    }
}

impl Overrides {
    /// Reads a host's JSON; what cannot be used is left out, each with an English warning for
    /// the console (`mfa-rescue: src-strings …`).
    pub fn parse(json: &str) -> (Overrides, Vec<String>) {
        let mut warnings = Vec::new();
        let mut over = Overrides {
            texts: vec![[None, None]; Key::ALL.len()],
        };
        let root = match serde_json::from_str::<Value>(json) {
            Ok(Value::Object(root)) => root,
            Ok(_) => {
                warnings.push(
                    "mfa-rescue: src-strings is not an object like { \"ja\": { … }, \"en\": { … } }; using the widget's own words."
                        .to_owned(),
                );
                return (over, warnings);
            }
            Err(e) => {
                warnings.push(format!(
                    "mfa-rescue: src-strings is not valid JSON ({e}); using the widget's own words."
                ));
                return (over, warnings);
            }
        };
        for (tag, texts) in &root {
            let Some(lang) = [Lang::Ja, Lang::En].into_iter().find(|l| l.tag() == tag) else {
                warnings.push(format!(
                    "mfa-rescue: src-strings has \"{tag}\", which is not a language of the widget (ja, en); it is ignored."
                ));
                continue;
            };
            let Value::Object(texts) = texts else {
                warnings.push(format!(
                    "mfa-rescue: src-strings \"{tag}\" is not an object of key: text; it is ignored."
                ));
                continue;
            };
            for (name, value) in texts {
                match check(lang, name, value) {
                    Ok((key, text)) => {
                        if let Some(row) = over.texts.get_mut(key as usize)
                            && let Some(cell) = row.get_mut(slot(lang))
                        {
                            *cell = Some(text);
                        }
                    }
                    Err(warning) => warnings.push(warning),
                }
            }
        }
        (over, warnings)
    }

    /// The host's text for `key` in `lang`, if it gave a usable one.
    pub fn get(&self, key: Key, lang: Lang) -> Option<&str> {
        self.texts
            .get(key as usize)
            .and_then(|row| row.get(slot(lang)))
            .and_then(|cell| cell.as_deref())
    }

    /// Whether the host replaced nothing.
    pub fn is_empty(&self) -> bool {
        self.texts.iter().flatten().all(Option::is_none)
    }
}

/// One entry of the host's JSON: the key and its text, or why it is left out.
fn check(lang: Lang, name: &str, value: &Value) -> Result<(Key, String), String> {
    let tag = lang.tag();
    let key = Key::from_name(name).ok_or_else(|| {
        format!("mfa-rescue: src-strings {tag}.{name}: no such text key (dist/strings.json lists them); it is ignored.")
    })?;
    let Value::String(text) = value else {
        return Err(format!(
            "mfa-rescue: src-strings {tag}.{name} is not a string; the widget's own text is used."
        ));
    };
    // A replacement keeps every placeholder of the default in its language and uses no other
    // than the key's.
    let needed = placeholders(key.text(lang));
    let allowed = key.placeholders();
    let given = placeholders(text);
    let missing: Vec<&str> = needed
        .iter()
        .filter(|p| !given.contains(p))
        .copied()
        .collect();
    let unknown: Vec<&str> = given
        .iter()
        .filter(|p| !allowed.contains(p))
        .copied()
        .collect();
    if !missing.is_empty() || !unknown.is_empty() {
        let list = |names: &[&str]| {
            names
                .iter()
                .map(|n| format!("{{{n}}}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut why = Vec::new();
        if !missing.is_empty() {
            why.push(format!("it lacks {}", list(&missing)));
        }
        if !unknown.is_empty() {
            why.push(format!(
                "{} is not a placeholder of this text",
                list(&unknown)
            ));
        }
        return Err(format!(
            "mfa-rescue: src-strings {tag}.{name}: {}; the widget's own text is used.",
            why.join(" and ")
        ));
    }
    Ok((key, text.clone()))
}

/// The words of one widget in one language: the catalogue's, or the host's where it gave some.
/// Cheap to copy; every reader-facing text of the UI goes through one of these.
#[derive(Clone, Copy, Debug)]
pub struct Tr<'a> {
    pub lang: Lang,
    over: Option<&'a Overrides>,
}

impl<'a> Tr<'a> {
    /// The catalogue's words, no host's.
    pub fn plain(lang: Lang) -> Tr<'static> {
        Tr { lang, over: None }
    }

    /// The catalogue's words with the host's in their place.
    pub fn with(lang: Lang, over: &'a Overrides) -> Tr<'a> {
        Tr {
            lang,
            over: Some(over),
        }
    }

    /// Whether the words are Japanese.
    pub fn ja(self) -> bool {
        self.lang == Lang::Ja
    }

    /// The text of `key`.
    pub fn text(self, key: Key) -> &'a str {
        self.over
            .and_then(|o| o.get(key, self.lang))
            .unwrap_or_else(|| key.text(self.lang))
    }

    /// [`Self::text`] with its placeholders filled in.
    pub fn fill(self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.text(key), values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_replaces_a_text_in_one_language() {
        let (over, warnings) = Overrides::parse(
            r##"{"en": {"OutcomeBlocked": "This path stops here. Ask #aws-help in the company chat."}}"##,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let en = Tr::with(Lang::En, &over);
        assert!(en.text(Key::OutcomeBlocked).contains("#aws-help"));
        assert_eq!(
            Tr::with(Lang::Ja, &over).text(Key::OutcomeBlocked),
            Key::OutcomeBlocked.text(Lang::Ja)
        );
    }

    #[test]
    fn unusable_entries_warn_once_each_and_keep_the_default() {
        let (over, warnings) = Overrides::parse(
            r#"{"en": {
                "NoSuchKey": "x",
                "ContinueWith": 3,
                "ProgressStep": "Step",
                "ErrUnknownJourney": "No {id} or {name}",
                "StartAgain": "Again"
              },
              "fr": {}, "ja": []}"#,
        );
        assert_eq!(warnings.len(), 6, "{warnings:#?}");
        assert!(warnings.iter().any(|w| w.contains("NoSuchKey")));
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("ContinueWith") && w.contains("not a string"))
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("ProgressStep") && w.contains("lacks {n}"))
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("{name} is not a placeholder"))
        );
        assert!(warnings.iter().any(|w| w.contains("\"fr\"")));
        let en = Tr::with(Lang::En, &over);
        assert_eq!(en.text(Key::ProgressStep), "Step {n}");
        assert_eq!(en.text(Key::StartAgain), "Again");
    }

    #[test]
    fn garbage_is_a_warning_never_a_panic() {
        for json in ["", "null", "[]", "{", "\"x\"", "{\"en\": 1}"] {
            let (over, warnings) = Overrides::parse(json);
            assert!(over.is_empty(), "{json}");
            assert_eq!(warnings.len(), 1, "{json}: {warnings:?}");
        }
    }
}
