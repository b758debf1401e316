//! Where a step's facts come from, when they were true, and how sure we are: the sign-in pages
//! changed around 2017, 2022 and 2024–2026, so every step says which era it shows.

use leptos::prelude::*;

use super::fmt::inline;
use super::session::{At, with_step};
use super::{Ctx, dynamic, nothing};
use crate::engine::journey::Confidence;
use crate::i18n::Key;

/// The label and a stable keyword for `data-confidence`.
pub fn confidence(c: Confidence) -> (Key, &'static str) {
    match c {
        Confidence::AwsDoc => (Key::ConfidenceAwsDoc, "aws-doc"),
        Confidence::ThirdParty => (Key::ConfidenceThirdParty, "third-party"),
        Confidence::Uncertain => (Key::ConfidenceUncertain, "uncertain"),
    }
}

#[component]
pub fn SourceLine(step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    dynamic(move || {
        let Some(source) = with_step(step, |s| s.source.clone()) else {
            return nothing();
        };
        let (key, keyword) = confidence(source.confidence);
        let name = source.name.clone();
        view! {
            <p part="source" class="source" data-confidence=keyword>
                <span class="source-label">{ctx.t(Key::SourceLabel)}</span>
                " "
                <span class="source-name">{move || inline(name.get(ctx.ja()), ctx.ja())}</span>
                " · "
                <span class="source-era">{source.era.clone()}</span>
                " · "
                <span class="confidence">{ctx.t(key)}</span>
            </p>
        }
        .into_any()
    })
}
