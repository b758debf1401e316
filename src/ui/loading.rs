//! Which journey a widget follows and whether it can start: the host names a built-in journey,
//! gives one on the page (`src-journey`), or a test hands one over ([`JourneySource`]);
//! [`load`] checks it, and its start step, and says why not as a [`LoadError`] (shown in the
//! widget's error panel and sent to the host as `mfa-rescue:error` with its keyword).

use std::sync::Arc;

use leptos::prelude::{ArcTrigger, Notify, Track};

use crate::engine::builtin;
use crate::engine::journey::{self, Journey, JourneyError, validate};
use crate::i18n::{Key, Tr};

/// Where a widget's journey comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum JourneySource {
    /// A built-in journey, by id (the `journey` attribute).
    Builtin(String),
    /// The JSON of a `<script type="application/json">` on the page (the `src-journey`
    /// attribute names the script): loaded and checked like a file.
    Page { script: String, json: String },
    /// A journey handed over directly (tests): checked like a file.
    Given(Arc<Journey>),
}

impl Default for JourneySource {
    fn default() -> Self {
        JourneySource::Builtin(super::DEFAULT_JOURNEY.to_owned())
    }
}

/// Why the journey could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No built-in journey has this id.
    UnknownJourney { id: String },
    /// The journey failed its checks; the messages name the step and the field. `id` is empty
    /// for a journey the page itself gave.
    InvalidJourney { id: String, problems: Vec<String> },
    /// The `start` step is not in the journey.
    UnknownStep { journey: String, step: String },
    /// The browser would not give random bytes.
    NoRandomness,
    /// The `now` attribute is not an RFC 3339 time; `reason` says why, in English.
    BadNow { value: String, reason: String },
    /// The `clock` attribute is neither `running` nor `frozen`.
    BadClock { value: String },
    /// `src-journey` names no `<script type="application/json">` on the page.
    NoPageJourney { id: String },
}

impl LoadError {
    /// A stable keyword for `data-error`.
    pub fn keyword(&self) -> &'static str {
        match self {
            LoadError::UnknownJourney { .. } => "unknown-journey",
            LoadError::InvalidJourney { .. } => "invalid-journey",
            LoadError::UnknownStep { .. } => "unknown-step",
            LoadError::NoRandomness => "no-randomness",
            LoadError::BadNow { .. } => "bad-now",
            LoadError::BadClock { .. } => "bad-clock",
            LoadError::NoPageJourney { .. } => "no-page-journey",
        }
    }

    /// The error as one line of text in `tr`'s words (the `mfa-rescue:error` event's `message`).
    pub fn message(&self, tr: Tr<'_>) -> String {
        match self {
            LoadError::UnknownJourney { id } => format!(
                "{} {} {}",
                tr.fill(Key::ErrUnknownJourney, &[("id", id)]),
                tr.text(Key::ErrValidJourneys),
                builtin::IDS.join(", ")
            ),
            LoadError::InvalidJourney { id, problems } => {
                let head = if id.is_empty() {
                    tr.text(Key::ErrInvalidPageJourney).to_owned()
                } else {
                    tr.fill(Key::ErrInvalidJourney, &[("id", id)])
                };
                format!("{head} {}", problems.join("; "))
            }
            LoadError::UnknownStep { journey, step } => {
                tr.fill(Key::ErrUnknownStep, &[("journey", journey), ("step", step)])
            }
            LoadError::NoRandomness => tr.text(Key::ErrNoRandomness).to_owned(),
            LoadError::BadNow { value, reason } => {
                format!(
                    "{} ({reason})",
                    tr.fill(Key::ErrBadNow, &[("value", value)])
                )
            }
            LoadError::BadClock { value } => format!(
                "{} running, frozen",
                tr.fill(Key::ErrBadClock, &[("value", value)])
            ),
            LoadError::NoPageJourney { id } => tr.fill(Key::ErrNoPageJourney, &[("id", id)]),
        }
    }
}

/// The journey `source` names, checked, with the `start` step checked too.
pub fn load(source: &JourneySource, start: Option<&str>) -> Result<Arc<Journey>, LoadError> {
    let problems_of =
        |problems: &[JourneyError]| problems.iter().map(ToString::to_string).collect();
    let journey = match source {
        JourneySource::Page { json, .. } => {
            Arc::new(journey::load(json).map_err(|p| LoadError::InvalidJourney {
                id: String::new(),
                problems: problems_of(&p),
            })?)
        }
        JourneySource::Given(journey) => {
            let problems = validate(journey);
            if !problems.is_empty() {
                return Err(LoadError::InvalidJourney {
                    id: journey.id.clone(),
                    problems: problems_of(&problems),
                });
            }
            Arc::clone(journey)
        }
        JourneySource::Builtin(id) => match builtin::shared(id) {
            None => return Err(LoadError::UnknownJourney { id: id.clone() }),
            Some(Err(problems)) => {
                return Err(LoadError::InvalidJourney {
                    id: id.clone(),
                    problems: problems_of(&problems),
                });
            }
            Some(Ok(journey)) => journey,
        },
    };
    if let Some(start) = start
        && journey.step(start).is_none()
    {
        return Err(LoadError::UnknownStep {
            journey: journey.id.clone(),
            step: start.to_owned(),
        });
    }
    Ok(journey)
}

thread_local! {
    /// Notified whenever a built-in journey's file arrives from the page (after the widgets that
    /// started with it mounted): a view offering a hand-off to it tracks this.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// Subscribes the running reactive computation to [`arrived`].
pub fn track_arrivals() {
    ARRIVED.with(|t| t.track());
}

/// Tells the widgets on the page that a built-in journey became available.
pub fn arrived() {
    ARRIVED.with(|t| t.notify());
}

/// The built-in journeys a widget with `options` needs before it can start that are not here
/// yet: the one it starts with, and the one a run saved under its resume key continued in.
pub fn missing(source: &JourneySource, saved: Option<&str>) -> Vec<&'static str> {
    let mut ids = Vec::new();
    let mut want = |id: &str| {
        if let Some(id) = builtin::IDS.iter().copied().find(|known| *known == id)
            && !builtin::available(id)
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    };
    if let JourneySource::Builtin(id) = source {
        want(id);
    }
    if let Some((recording, _)) =
        saved.and_then(|s| crate::engine::resume::Recording::decode(s).ok())
    {
        want(&recording.journey);
    }
    ids
}
