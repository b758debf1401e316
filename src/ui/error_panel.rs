//! What a widget shows instead of the journey when the host's settings cannot work: a visible,
//! translated message in this widget's own box. Other widgets on the page keep working.

use leptos::prelude::*;

use super::{Ctx, fragment};
use crate::engine::builtin;
use crate::i18n::{Key, Lang};

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

    /// The error as one line of text in `lang` (the `mfa-rescue:error` event's `message`).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::UnknownJourney { id } => format!(
                "{} {} {}",
                Key::ErrUnknownJourney.fill(lang, &[("id", id)]),
                Key::ErrValidJourneys.text(lang),
                builtin::IDS.join(", ")
            ),
            LoadError::InvalidJourney { id, problems } => {
                let head = if id.is_empty() {
                    Key::ErrInvalidPageJourney.text(lang).to_owned()
                } else {
                    Key::ErrInvalidJourney.fill(lang, &[("id", id)])
                };
                format!("{head} {}", problems.join("; "))
            }
            LoadError::UnknownStep { journey, step } => {
                Key::ErrUnknownStep.fill(lang, &[("journey", journey), ("step", step)])
            }
            LoadError::NoRandomness => Key::ErrNoRandomness.text(lang).to_owned(),
            LoadError::BadNow { value, reason } => {
                format!(
                    "{} ({reason})",
                    Key::ErrBadNow.fill(lang, &[("value", value)])
                )
            }
            LoadError::BadClock { value } => format!(
                "{} running, frozen",
                Key::ErrBadClock.fill(lang, &[("value", value)])
            ),
            LoadError::NoPageJourney { id } => Key::ErrNoPageJourney.fill(lang, &[("id", id)]),
        }
    }
}

#[component]
pub fn ErrorPanel(error: LoadError) -> impl IntoView {
    let ctx = Ctx::get();
    let keyword = error.keyword();
    let details = match error {
        LoadError::UnknownJourney { id } => {
            let ids = builtin::IDS
                .iter()
                .map(|id| view! { <li><code translate="no">{*id}</code></li> }.into_any())
                .collect();
            view! {
                <p>{move || Key::ErrUnknownJourney.fill(ctx.lang(), &[("id", &id)])}</p>
                <p>{ctx.t(Key::ErrValidJourneys)}</p>
                <ul class="valid-ids">{fragment(ids)}</ul>
            }
            .into_any()
        }
        LoadError::InvalidJourney { id, problems } => {
            let problems = problems
                .into_iter()
                .map(|p| view! { <li lang="en" translate="no">{p}</li> }.into_any())
                .collect();
            view! {
                <p>
                    {move || {
                        if id.is_empty() {
                            Key::ErrInvalidPageJourney.text(ctx.lang()).to_owned()
                        } else {
                            Key::ErrInvalidJourney.fill(ctx.lang(), &[("id", &id)])
                        }
                    }}
                </p>
                <ul class="problems">{fragment(problems)}</ul>
            }
            .into_any()
        }
        LoadError::UnknownStep { journey, step } => view! {
            <p>
                {move || {
                    Key::ErrUnknownStep
                        .fill(ctx.lang(), &[("journey", &journey), ("step", &step)])
                }}
            </p>
        }
        .into_any(),
        LoadError::NoRandomness => view! { <p>{ctx.t(Key::ErrNoRandomness)}</p> }.into_any(),
        LoadError::BadNow { value, reason } => view! {
            <p>{move || Key::ErrBadNow.fill(ctx.lang(), &[("value", &value)])}</p>
            <p lang="en" translate="no">{reason}</p>
        }
        .into_any(),
        LoadError::BadClock { value } => view! {
            <p>{move || Key::ErrBadClock.fill(ctx.lang(), &[("value", &value)])}</p>
            <ul class="valid-ids">
                <li><code translate="no">"running"</code></li>
                <li><code translate="no">"frozen"</code></li>
            </ul>
        }
        .into_any(),
        LoadError::NoPageJourney { id } => view! {
            <p>{move || Key::ErrNoPageJourney.fill(ctx.lang(), &[("id", &id)])}</p>
        }
        .into_any(),
    };
    view! {
        <div part="error" class="error-panel" role="alert" data-error=keyword>
            <p class="error-title">{ctx.t(Key::ErrTitle)}</p>
            {details}
        </div>
    }
}
