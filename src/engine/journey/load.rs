//! Reading a journey file: JSON → [`Journey`], every problem named by step and field, then
//! the sources resolved against the registry and the whole checked by [`validate`].

use std::collections::VecDeque;

use serde::Deserialize;
use serde_json::Value;

use super::model::{Journey, SourceDef, Step};
use super::sources::{Registry, builtin_registry};
use super::validate::validate;

/// A problem in a journey file, located as precisely as possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyError {
    /// The step's id, when the problem is inside a step.
    pub step: Option<String>,
    /// The field, as a path inside the step (or the file), e.g. `effects[0].subject.ja`.
    pub field: String,
    /// What is wrong (English; authors read these in the console and in the error panel).
    pub message: String,
}

impl core::fmt::Display for JourneyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match &self.step {
            Some(step) => write!(
                f,
                "step \"{step}\", field \"{}\": {}",
                self.field, self.message
            ),
            None => write!(f, "field \"{}\": {}", self.field, self.message),
        }
    }
}

/// Parses and validates a journey, citing the built-in source registry. All problems are
/// reported, not just the first.
pub fn load(json: &str) -> Result<Journey, Vec<JourneyError>> {
    load_with(json, builtin_registry())
}

/// [`load`] with another registry (tests, tools).
pub fn load_with(json: &str, registry: &Registry) -> Result<Journey, Vec<JourneyError>> {
    let mut journey = parse(json).map_err(|e| vec![e])?;
    let mut problems = resolve_sources(&mut journey, registry);
    problems.extend(validate(&journey));
    if problems.is_empty() {
        Ok(journey)
    } else {
        Err(problems)
    }
}

/// Replaces the journey's own source definitions with every definition its steps cite (its own
/// plus the registry's), and names each citation that resolves to nothing.
pub fn resolve_sources(journey: &mut Journey, registry: &Registry) -> Vec<JourneyError> {
    let mut problems = Vec::new();
    let own = std::mem::take(&mut journey.sources);
    for (i, def) in own.iter().enumerate() {
        if let Some(url) = def.url.as_deref().filter(|u| !SourceDef::url_is_web(u)) {
            problems.push(JourneyError {
                step: None,
                field: format!("sources[{i}].url"),
                message: format!(
                    "\"{url}\" is not a web address; a source's url starts with https:// or http://"
                ),
            });
        }
        if registry.get(&def.id).is_some() {
            problems.push(JourneyError {
                step: None,
                field: format!("sources[{i}].id"),
                message: format!(
                    "the registry already has a source \"{}\"; cite it, or give yours another id",
                    def.id
                ),
            });
        }
    }
    let mut cited: Vec<SourceDef> = Vec::new();
    for step in &journey.steps {
        if step.sources.is_empty() {
            problems.push(JourneyError {
                step: Some(step.id.clone()),
                field: "sources".into(),
                message: "cite at least one source for this step's facts".into(),
            });
        }
        for (i, id) in step.sources.iter().enumerate() {
            if cited.iter().any(|d| d.id == *id) {
                continue;
            }
            match own.iter().find(|d| d.id == *id).or_else(|| registry.get(id)) {
                Some(def) => cited.push(def.clone()),
                None => problems.push(JourneyError {
                    step: Some(step.id.clone()),
                    field: format!("sources[{i}]"),
                    message: format!(
                        "no source has the id \"{id}\" (neither the registry nor this journey's \"sources\")"
                    ),
                }),
            }
        }
    }
    journey.sources = cited;
    problems
}

fn parse(json: &str) -> Result<Journey, JourneyError> {
    // One untyped parse, then typed deserialization from that value: the typed code exists once
    // (from `&Value`), and the error path below reuses it to find where a problem is.
    let value: Value = serde_json::from_str(json).map_err(|e| JourneyError {
        step: None,
        field: String::new(),
        message: format!("not valid JSON: {e}"),
    })?;
    Journey::deserialize(&value).map_err(|e| locate(&value, e.to_string()))
}

/// Finds the step and the field a deserialization error is about. Only runs on the error path.
/// (`serde_path_to_error` would do this in a few lines, but it instantiates every derived
/// `Deserialize` again over its wrapper: measured on 2026-12-02, +1.4 KB brotli of wasm.)
fn locate(journey: &Value, message: String) -> JourneyError {
    let steps = journey.get("steps").and_then(Value::as_array);
    for (index, step) in steps.into_iter().flatten().enumerate() {
        let Err(e) = Step::deserialize(step) else {
            continue;
        };
        let id = step
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| format!("#{}", index + 1), str::to_owned);
        return JourneyError {
            step: Some(id),
            field: narrow(step, &|v| Step::deserialize(v).err().map(|e| e.to_string())),
            message: e.to_string(),
        };
    }
    // Not inside a step: narrow over the top-level fields, steps left out (unless `steps` itself
    // is the problem: not a list).
    let mut top = journey.clone();
    if let Some(map) = top.as_object_mut()
        && map.get("steps").is_some_and(Value::is_array)
    {
        map.insert("steps".into(), Value::Array(Vec::new()));
    }
    JourneyError {
        step: None,
        field: narrow(&top, &|v| {
            Journey::deserialize(v).err().map(|e| e.to_string())
        }),
        message,
    }
}

/// The path (`effects[0].subject`) of the smallest part of `root` whose removal (for an object
/// field) or isolation (for an array element) still explains the error `fails` reports.
fn narrow(root: &Value, fails: &dyn Fn(&Value) -> Option<String>) -> String {
    let Some(original) = fails(root) else {
        return String::new();
    };
    // A missing or unknown field is already named by the message itself.
    let named = original.starts_with("missing field") || original.starts_with("unknown field");
    let mut path: Vec<Segment> = Vec::new();
    'deeper: while let Some(node) = get_path(root, &path) {
        match node {
            Value::Object(map) => {
                for key in map.keys() {
                    let mut probe = root.clone();
                    remove_at(&mut probe, &path, key);
                    let explained = match fails(&probe) {
                        None => true,
                        Some(m) => !named && m == format!("missing field `{key}`"),
                    };
                    if explained {
                        path.push(Segment::Key(key.clone()));
                        continue 'deeper;
                    }
                }
                break;
            }
            Value::Array(items) if items.len() > 1 => {
                for (i, item) in items.iter().enumerate() {
                    let mut probe = root.clone();
                    if let Some(slot) = get_path_mut(&mut probe, &path) {
                        *slot = Value::Array(vec![item.clone()]);
                    }
                    if fails(&probe).is_some() {
                        path.push(Segment::Index(i));
                        continue 'deeper;
                    }
                }
                break;
            }
            Value::Array(items) if items.len() == 1 => {
                path.push(Segment::Index(0));
            }
            _ => break,
        }
    }
    if let Some(missing) = missing_field(&original) {
        path = lacking(root, path, missing, &original, fails);
    }
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(k) if out.is_empty() => out.push_str(&k),
            Segment::Key(k) => {
                out.push('.');
                out.push_str(&k);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The field serde names in a "missing field `x`" message.
fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

/// For a missing field: the path of the field itself, inside the object under `path` that lacks
/// it (e.g. `title.en`, not the whole step). An object lacks it when giving it that field (as
/// `null`) changes the error into another one that is not about an unknown field. `path` as it
/// was when no object is found.
fn lacking(
    root: &Value,
    path: Vec<Segment>,
    missing: &str,
    original: &str,
    fails: &dyn Fn(&Value) -> Option<String>,
) -> Vec<Segment> {
    let unknown = format!("unknown field `{missing}`");
    let mut queue = VecDeque::from([path.clone()]);
    let mut tried = 0;
    while let Some(at) = queue.pop_front() {
        // Journeys are small, but a mutated one need not be: stop looking after enough tries.
        tried += 1;
        if tried > 200 {
            break;
        }
        let Some(node) = get_path(root, &at) else {
            continue;
        };
        let children: Vec<Segment> = match node {
            Value::Object(map) => {
                if !map.contains_key(missing) {
                    let mut probe = root.clone();
                    if let Some(Value::Object(m)) = get_path_mut(&mut probe, &at) {
                        m.insert(missing.to_owned(), Value::Null);
                    }
                    let after = fails(&probe);
                    let explained = after
                        .as_deref()
                        .is_none_or(|m| m != original && !m.starts_with(&unknown));
                    if explained {
                        let mut found = at;
                        found.push(Segment::Key(missing.to_owned()));
                        return found;
                    }
                }
                map.keys().cloned().map(Segment::Key).collect()
            }
            Value::Array(items) => (0..items.len()).map(Segment::Index).collect(),
            _ => Vec::new(),
        };
        for child in children {
            let mut next: Vec<Segment> = at.iter().map(Segment::clone).collect();
            next.push(child);
            queue.push_back(next);
        }
    }
    path
}

#[derive(Clone)]
enum Segment {
    Key(String),
    Index(usize),
}

fn get_path<'v>(root: &'v Value, path: &[Segment]) -> Option<&'v Value> {
    path.iter().try_fold(root, |v, seg| match seg {
        Segment::Key(k) => v.get(k),
        Segment::Index(i) => v.get(i),
    })
}

fn get_path_mut<'v>(root: &'v mut Value, path: &[Segment]) -> Option<&'v mut Value> {
    path.iter().try_fold(root, |v, seg| match seg {
        Segment::Key(k) => v.get_mut(k),
        Segment::Index(i) => v.get_mut(*i),
    })
}

fn remove_at(root: &mut Value, path: &[Segment], key: &str) {
    if let Some(Value::Object(map)) = get_path_mut(root, path) {
        map.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::journey::Confidence;

    const MINIMAL: &str = r#"{
      "id": "mini", "title": {"ja": "ミニ", "en": "Mini"}, "start": "a",
      "steps": [
        {"id": "a", "title": {"ja": "あ", "en": "A"}, "body": {"ja": "本文", "en": "Body"},
         "sources": ["doc-lost-2025"],
         "on": [{"on": "continue", "next": "b"}]},
        {"id": "b", "title": {"ja": "い", "en": "B"}, "body": {"ja": "本文", "en": "Body"},
         "sources": ["seed-003"],
         "outcome": {"id": "done", "kind": "recovered"}}
      ]
    }"#;

    #[test]
    fn a_minimal_journey_loads() {
        let j = load(MINIMAL).unwrap();
        assert_eq!(j.steps.len(), 2);
        assert_eq!(j.index_of("b"), Some(1));
    }

    #[test]
    fn a_schema_key_for_editors_is_accepted_and_a_misspelt_one_refused() {
        let with = MINIMAL.replacen(
            '{',
            r#"{"$schema": "https://cdn.jsdelivr.net/npm/mfa-rescue@0.1.0/journey.schema.json","#,
            1,
        );
        let j = load(&with).unwrap();
        assert_eq!(j.steps.len(), 2);
        let typo = MINIMAL.replacen('{', r#"{"$shema": "journey.schema.json","#, 1);
        let errs = load(&typo).unwrap_err();
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (None, "$shema")
        );
        let not_text = MINIMAL.replacen('{', r#"{"$schema": 1,"#, 1);
        assert_eq!(load(&not_text).unwrap_err()[0].field, "$schema");
    }

    #[test]
    fn a_missing_field_is_named_with_the_object_that_lacks_it() {
        let cases = [
            (
                r#""title": {"ja": "い", "en": "B"}"#,
                r#""title": {"ja": "い"}"#,
                "title.en",
            ),
            (
                r#"{"on": "continue", "next": "b"}"#,
                r#"{"on": "continue"}"#,
                "on[0].next",
            ),
            (
                r#"{"on": "continue", "next": "b"}"#,
                r#"{"next": "b"}"#,
                "on[0].on",
            ),
        ];
        for (from, to, field) in cases {
            let errs = load(&MINIMAL.replace(from, to)).unwrap_err();
            assert_eq!(errs[0].field, field, "{to}: {errs:?}");
            assert!(errs[0].message.starts_with("missing field"), "{errs:?}");
        }
        let no_start = MINIMAL.replace(r#""start": "a","#, "");
        let errs = load(&no_start).unwrap_err();
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (None, "start")
        );
    }

    #[test]
    fn steps_that_are_not_a_list_are_named() {
        let bad =
            r#"{"id": "x", "title": {"ja": "え", "en": "X"}, "start": "a", "steps": {"a": {}}}"#;
        let errs = load(bad).unwrap_err();
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (None, "steps")
        );
    }

    #[test]
    fn type_errors_name_the_step_and_the_field() {
        let bad = MINIMAL.replace(
            r#""sources": ["seed-003"]"#,
            r#""sources": ["seed-003", 3]"#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs[0].step.as_deref(), Some("b"));
        assert_eq!(errs[0].field, "sources[1]");
    }

    #[test]
    fn a_step_takes_the_confidence_of_its_weakest_source() {
        let j = load(MINIMAL).unwrap();
        assert_eq!(j.confidence(&j.steps[0]), Confidence::AwsDoc);
        assert_eq!(j.confidence(&j.steps[1]), Confidence::ThirdParty);
        let mixed = MINIMAL.replace(r#"["doc-lost-2025"]"#, r#"["doc-lost-2025", "seed-000"]"#);
        let j = load(&mixed).unwrap();
        assert_eq!(j.confidence(&j.steps[0]), Confidence::ThirdParty);
        // Only the sources a journey cites travel with it.
        let mut ids: Vec<&str> = j.sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, ["doc-lost-2025", "seed-000", "seed-003"]);
    }

    #[test]
    fn a_step_may_claim_less_than_its_sources_never_more() {
        let lower = MINIMAL.replace(
            r#"["doc-lost-2025"],"#,
            r#"["doc-lost-2025"], "confidence": "uncertain","#,
        );
        let j = load(&lower).unwrap();
        assert_eq!(j.confidence(&j.steps[0]), Confidence::Uncertain);
        let higher = MINIMAL.replace(
            r#"["seed-003"],"#,
            r#"["seed-003"], "confidence": "aws-doc","#,
        );
        let errs = load(&higher).unwrap_err();
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (Some("b"), "confidence")
        );
        assert!(
            errs[0].message.contains("third-party"),
            "{}",
            errs[0].message
        );
    }

    #[test]
    fn an_unknown_source_id_is_refused_naming_the_step() {
        let bad = MINIMAL.replace(r#"["seed-003"]"#, r#"["seed-003", "my-blog"]"#);
        let errs = load(&bad).unwrap_err();
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (Some("b"), "sources[1]")
        );
        assert!(errs[0].message.contains("my-blog"), "{}", errs[0].message);
        // A journey can define its own sources, but not re-define the registry's.
        let own = bad.replacen(
            r#""steps""#,
            r#""sources": [{"id": "my-blog", "kind": "third-party", "name": {"ja": "私のブログ", "en": "My blog"}, "era": "2026"}], "steps""#,
            1,
        );
        let j = load(&own).unwrap();
        assert_eq!(j.confidence(&j.steps[1]), Confidence::ThirdParty);
        let clash = own.replace(r#""id": "my-blog""#, r#""id": "seed-003""#);
        let errs = load(&clash).unwrap_err();
        assert!(errs.iter().any(|e| e.field == "sources[0].id"), "{errs:?}");
    }

    #[test]
    fn a_source_links_only_to_a_web_address() {
        let with_url = |url: &str| {
            MINIMAL
                .replace(r#"["seed-003"]"#, r#"["my-blog"]"#)
                .replacen(
                    r#""steps""#,
                    &format!(
                        r#""sources": [{{"id": "my-blog", "kind": "third-party", "name": {{"ja": "私のブログ", "en": "My blog"}}, "era": "2026", "url": "{url}"}}], "steps""#
                    ),
                    1,
                )
        };
        for good in ["https://example.org/post", "HTTP://example.org"] {
            let j = load(&with_url(good)).unwrap();
            assert_eq!(j.source("my-blog").unwrap().url.as_deref(), Some(good));
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "//example.org",
            "",
        ] {
            let errs = load(&with_url(bad)).unwrap_err();
            assert!(
                errs.iter()
                    .any(|e| e.step.is_none() && e.field == "sources[0].url"),
                "{bad}: {errs:?}"
            );
        }
    }

    #[test]
    fn unknown_fields_and_screens_are_named() {
        let bad = MINIMAL.replace(
            r#""on": [{"on": "continue""#,
            r#""screen": "lobby", "on": [{"on": "continue""#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs[0].step.as_deref(), Some("a"));
        assert_eq!(errs[0].field, "screen");
        assert!(errs[0].message.contains("lobby"), "{}", errs[0].message);
    }

    #[test]
    fn errors_inside_effects_name_the_element_and_its_field() {
        let bad = MINIMAL.replace(
            r#""on": [{"on": "continue", "next": "b"}]"#,
            r#""effects": [{"type": "wipe-authenticator"}, {"type": "mial"}], "on": [{"on": "continue", "next": "b"}]"#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (Some("a"), "effects[1].type")
        );
        assert!(errs[0].message.contains("mial"), "{}", errs[0].message);
    }

    #[test]
    fn missing_translation_is_reported_per_language() {
        let bad = MINIMAL.replace(
            r#""title": {"ja": "い", "en": "B"}"#,
            r#""title": {"ja": "", "en": "B"}"#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (Some("b"), "title.ja")
        );
    }

    #[test]
    fn dangling_ids_unreachable_steps_and_dead_ends_are_reported() {
        let dangling = MINIMAL.replace(r#""next": "b""#, r#""next": "c""#);
        let errs = load(&dangling).unwrap_err();
        assert!(
            errs.iter()
                .any(|e| e.field == "on[0]" && e.message.contains("\"c\"")),
            "{errs:?}"
        );

        let loop_only = MINIMAL.replace(r#""next": "b""#, r#""next": "a""#);
        let errs = load(&loop_only).unwrap_err();
        assert!(
            errs.iter()
                .any(|e| e.step.as_deref() == Some("b") && e.message.contains("no path"))
        );
        assert!(
            errs.iter()
                .any(|e| e.step.as_deref() == Some("a") && e.message.contains("loops"))
        );
    }

    #[test]
    fn buttons_must_exist_on_the_screen() {
        let bad = MINIMAL.replace(
            r#""on": [{"on": "continue", "next": "b"}]"#,
            r#""screen": "sign-in", "on": [{"on": "action", "action": "call-me-now", "next": "b"}]"#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs[0].field, "on[0].action");
        assert!(errs[0].message.contains("sign-in"));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for input in [
            "",
            "{",
            "[]",
            "null",
            "{\"id\": 1}",
            "\u{0}",
            "😀",
            &"[".repeat(10_000),
        ] {
            assert!(load(input).is_err(), "{input:?}");
        }
    }
}
