//! A host's settings (the element's attributes, `data-*` on the div form, or the keys of
//! `MfaRescue.create`'s options) read into [`WidgetOptions`]. Pure functions: the JS wrapper
//! gathers the strings, this decides what they mean, and the tests run natively.
//!
//! Two kinds of bad value, as the embedding contract says: `lang` and `resume` fall back with a
//! console warning (the widget still works), while `now`, `clock` and `src-journey` stop this
//! one widget with a translated error panel that quotes the value. `journey` and `start` are
//! checked when the journey loads and reported the same way.

use std::sync::Arc;

use crate::engine::calendar::parse_rfc3339;
use crate::engine::clock::{Clock, Millis};
use crate::i18n::{Lang, Overrides};
use crate::ui::loading::{JourneySource, LoadError};
use crate::ui::{DEFAULT_JOURNEY, WidgetOptions};

/// What the settings mean, and what the host should hear about values that were ignored.
#[derive(Debug)]
pub struct Setup {
    pub options: WidgetOptions,
    /// English messages for the console, one per ignored value.
    pub warnings: Vec<String>,
}

/// The reader's language: the `lang` setting, else the nearest `[lang]` around the element,
/// else the first of the browser's languages (comma-separated) the widget speaks, else English.
/// A `lang` setting the widget does not speak falls back the same way, with a warning.
pub fn resolve_lang(
    explicit: Option<&str>,
    inherited: Option<&str>,
    navigator: Option<&str>,
) -> (Lang, Option<String>) {
    let explicit = explicit.map(str::trim).filter(|s| !s.is_empty());
    let warning = explicit.filter(|tag| Lang::parse(tag).is_none()).map(|tag| {
        format!("mfa-rescue: lang=\"{tag}\" is not a language the widget speaks (ja, en); using the page's language instead.")
    });
    let lang = explicit
        .and_then(Lang::parse)
        .or_else(|| inherited.and_then(Lang::parse))
        .or_else(|| {
            navigator
                .unwrap_or_default()
                .split(',')
                .find_map(Lang::parse)
        })
        .unwrap_or(Lang::En);
    (lang, warning)
}

/// The widget's clock from `now` (RFC 3339) and `clock` (`running` or `frozen`), at the real
/// instant `real_now`. Neither: the real clock. `frozen` alone stops the real time where it is.
pub fn parse_clock(
    now: Option<&str>,
    clock: Option<&str>,
    real_now: Millis,
) -> Result<Clock, LoadError> {
    let running = match clock.map(str::trim) {
        None | Some("running") => true,
        Some("frozen") => false,
        Some(_) => {
            return Err(LoadError::BadClock {
                value: clock.unwrap_or_default().to_owned(),
            });
        }
    };
    match now {
        Some(value) => {
            let secs = parse_rfc3339(value).map_err(|e| LoadError::BadNow {
                value: value.to_owned(),
                reason: e.to_string(),
            })?;
            Ok(Clock::simulated(
                secs.saturating_mul(1000),
                real_now,
                running,
            ))
        }
        None if running => Ok(Clock::Real),
        None => Ok(Clock::simulated(real_now, real_now, false)),
    }
}

/// Reads every setting through `get` (names as in the contract, plus `inherited-lang`,
/// `navigator-languages`, `journey-json` and `strings-json`: the text of the `src-journey` and
/// `src-strings` scripts, absent when the page has none, and `id`: the element's id, which keys
/// resume).
pub fn setup(get: impl Fn(&str) -> Option<String>, real_now: Millis) -> Setup {
    let mut warnings = Vec::new();
    let (lang, warning) = resolve_lang(
        get("lang").as_deref(),
        get("inherited-lang").as_deref(),
        get("navigator-languages").as_deref(),
    );
    warnings.extend(warning);

    let mut setup_error = None;
    let clock = parse_clock(get("now").as_deref(), get("clock").as_deref(), real_now)
        .unwrap_or_else(|e| {
            setup_error = Some(e);
            Clock::Real
        });

    let journey = get("journey").unwrap_or_else(|| DEFAULT_JOURNEY.to_owned());
    let src_journey = get("src-journey");
    let source = match (&src_journey, get("journey-json")) {
        (None, _) => JourneySource::Builtin(journey.clone()),
        (Some(script), Some(json)) => JourneySource::Page {
            script: script.clone(),
            json,
        },
        (Some(script), None) => {
            if setup_error.is_none() {
                setup_error = Some(LoadError::NoPageJourney { id: script.clone() });
            }
            JourneySource::Builtin(journey.clone())
        }
    };

    // The host's words: problems are console warnings and the default text, never an error box.
    let strings = match (get("src-strings"), get("strings-json")) {
        (None, _) => Overrides::default(),
        (Some(script), None) => {
            warnings.push(format!(
                "mfa-rescue: src-strings names \"{script}\", but the page has no <script type=\"application/json\"> with that id; using the widget's own words."
            ));
            Overrides::default()
        }
        (Some(_), Some(json)) => {
            let (strings, problems) = Overrides::parse(&json);
            warnings.extend(problems);
            strings
        }
    };

    let resume = match get("resume").as_deref().map(str::trim) {
        None | Some("session") => true,
        Some("off") => false,
        Some(other) => {
            warnings.push(format!(
                "mfa-rescue: resume=\"{other}\" is not session or off; using session."
            ));
            true
        }
    };
    // Keyed by the element's id (no id, no resume: two anonymous widgets would share a key), the
    // journey and the start step, so that another journey or another deep link is another
    // rehearsal rather than the old one resumed.
    let start = get("start");
    let resume_key = get("id").filter(|id| resume && !id.is_empty()).map(|id| {
        let journey = src_journey
            .as_deref()
            .map_or_else(|| journey.clone(), |script| format!("page:{script}"));
        match &start {
            Some(step) => format!("mfa-rescue:{id}:{journey}:{step}"),
            None => format!("mfa-rescue:{id}:{journey}"),
        }
    });

    Setup {
        options: WidgetOptions {
            lang,
            seed: get("seed"),
            clock,
            source,
            start,
            resume_key,
            strings: Arc::new(strings),
            setup_error,
            ..WidgetOptions::default()
        },
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(pairs: &[(&str, &str)]) -> Setup {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        setup(
            move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            },
            1_000_000,
        )
    }

    #[test]
    fn lang_attribute_wins_and_accepts_region_subtags() {
        assert_eq!(
            resolve_lang(Some("ja-JP"), Some("en"), Some("en")),
            (Lang::Ja, None)
        );
    }

    #[test]
    fn lang_falls_back_to_the_nearest_ancestor_then_the_browser_then_english() {
        assert_eq!(resolve_lang(None, Some("ja"), Some("en")).0, Lang::Ja);
        assert_eq!(
            resolve_lang(None, Some("fr"), Some("de,ja-JP,en")).0,
            Lang::Ja
        );
        assert_eq!(resolve_lang(None, None, Some("fr,de")).0, Lang::En);
        assert_eq!(resolve_lang(None, None, None).0, Lang::En);
    }

    #[test]
    fn unknown_lang_falls_back_with_one_warning_naming_the_value() {
        let (lang, warning) = resolve_lang(Some("klingon"), Some("ja"), None);
        assert_eq!(lang, Lang::Ja);
        assert!(warning.is_some_and(|w| w.contains("\"klingon\"")));
        // An empty attribute is no setting at all, not a mistake.
        assert_eq!(resolve_lang(Some(""), None, Some("ja")), (Lang::Ja, None));
    }

    #[test]
    fn now_starts_a_running_simulated_clock_there() {
        let clock = parse_clock(Some("2026-11-23T10:00:00+09:00"), None, 5_000).unwrap();
        assert_eq!(clock.now(5_000), 1_795_395_600_000);
        assert_eq!(clock.now(6_000), 1_795_395_601_000);
    }

    #[test]
    fn frozen_clock_stands_still_with_or_without_now() {
        let at = parse_clock(Some("2026-11-23T01:00:00Z"), Some("frozen"), 5_000).unwrap();
        assert_eq!(at.now(99_000), 1_795_395_600_000);
        let here = parse_clock(None, Some("frozen"), 5_000).unwrap();
        assert_eq!(here.now(99_000), 5_000);
        assert_eq!(parse_clock(None, Some("running"), 5_000), Ok(Clock::Real));
    }

    #[test]
    fn bad_now_is_an_error_quoting_the_value_and_saying_why() {
        let Err(LoadError::BadNow { value, reason }) =
            parse_clock(Some("2026-11-23 10:00"), None, 0)
        else {
            panic!("expected BadNow");
        };
        assert_eq!(value, "2026-11-23 10:00");
        assert!(!reason.is_empty());
        assert!(matches!(
            parse_clock(Some("2026-11-23T10:00:00"), None, 0),
            Err(LoadError::BadNow { reason, .. }) if reason.contains("offset")
        ));
    }

    #[test]
    fn bad_clock_is_an_error_quoting_the_value() {
        assert_eq!(
            parse_clock(None, Some("paused"), 0),
            Err(LoadError::BadClock {
                value: "paused".to_owned()
            })
        );
    }

    #[test]
    fn defaults_are_the_default_journey_real_clock_and_no_resume_without_an_id() {
        let s = from(&[]);
        assert_eq!(
            s.options.source,
            JourneySource::Builtin(DEFAULT_JOURNEY.to_owned())
        );
        assert_eq!(s.options.clock, Clock::Real);
        assert_eq!(s.options.resume_key, None);
        assert_eq!(s.options.setup_error, None);
        assert!(s.warnings.is_empty());
    }

    #[test]
    fn every_setting_reaches_the_options() {
        let s = from(&[
            ("lang", "ja"),
            ("journey", "root-self-service"),
            ("start", "assign-mfa"),
            ("now", "2026-11-23T10:00:00+09:00"),
            ("clock", "frozen"),
            ("seed", "docs"),
            ("id", "w1"),
        ]);
        assert_eq!(s.options.lang, Lang::Ja);
        assert_eq!(s.options.start.as_deref(), Some("assign-mfa"));
        assert_eq!(s.options.seed.as_deref(), Some("docs"));
        assert_eq!(s.options.clock.now(123), 1_795_395_600_000);
        assert_eq!(
            s.options.resume_key.as_deref(),
            Some("mfa-rescue:w1:root-self-service:assign-mfa")
        );
    }

    #[test]
    fn resume_off_or_unknown_value() {
        assert_eq!(
            from(&[("id", "w"), ("resume", "off")]).options.resume_key,
            None
        );
        let s = from(&[("id", "w"), ("resume", "local")]);
        assert!(s.options.resume_key.is_some());
        assert!(s.warnings.iter().any(|w| w.contains("\"local\"")));
    }

    #[test]
    fn src_strings_reaches_the_options_and_problems_are_warnings_not_errors() {
        let s = from(&[
            ("src-strings", "words"),
            (
                "strings-json",
                r#"{"en": {"StartAgain": "Try again", "Nope": "x"}}"#,
            ),
        ]);
        assert_eq!(s.options.setup_error, None);
        assert_eq!(
            s.options
                .strings
                .get(crate::i18n::Key::StartAgain, Lang::En),
            Some("Try again")
        );
        assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
        let missing = from(&[("src-strings", "gone")]);
        assert_eq!(missing.options.setup_error, None);
        assert!(missing.warnings.iter().any(|w| w.contains("\"gone\"")));
    }

    #[test]
    fn src_journey_uses_the_scripts_text_or_names_the_missing_script() {
        let s = from(&[("src-journey", "mine"), ("journey-json", "{}"), ("id", "w")]);
        assert_eq!(
            s.options.source,
            JourneySource::Page {
                script: "mine".into(),
                json: "{}".into()
            }
        );
        assert_eq!(
            s.options.resume_key.as_deref(),
            Some("mfa-rescue:w:page:mine")
        );
        let s = from(&[("src-journey", "gone")]);
        assert_eq!(
            s.options.setup_error,
            Some(LoadError::NoPageJourney {
                id: "gone".to_owned()
            })
        );
    }
}
