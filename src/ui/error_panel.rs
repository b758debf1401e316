//! What a widget shows instead of the journey when the host's settings cannot work: a visible,
//! translated message in this widget's own box. Other widgets on the page keep working.

use leptos::prelude::*;

use super::loading::LoadError;
use super::{Ctx, fragment};
use crate::engine::builtin;
use crate::i18n::Key;

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
                <p>{move || ctx.fill(Key::ErrUnknownJourney, &[("id", &id)])}</p>
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
                            ctx.text(Key::ErrInvalidPageJourney)
                        } else {
                            ctx.fill(Key::ErrInvalidJourney, &[("id", &id)])
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
                    ctx.fill(Key::ErrUnknownStep, &[("journey", &journey), ("step", &step)])
                }}
            </p>
        }
        .into_any(),
        LoadError::NoRandomness => view! { <p>{ctx.t(Key::ErrNoRandomness)}</p> }.into_any(),
        LoadError::BadNow { value, reason } => view! {
            <p>{move || ctx.fill(Key::ErrBadNow, &[("value", &value)])}</p>
            <p lang="en" translate="no">{reason}</p>
        }
        .into_any(),
        LoadError::BadClock { value } => view! {
            <p>{move || ctx.fill(Key::ErrBadClock, &[("value", &value)])}</p>
            <ul class="valid-ids">
                <li><code translate="no">"running"</code></li>
                <li><code translate="no">"frozen"</code></li>
            </ul>
        }
        .into_any(),
        LoadError::NoPageJourney { id } => view! {
            <p>{move || ctx.fill(Key::ErrNoPageJourney, &[("id", &id)])}</p>
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
