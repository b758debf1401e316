//! The end of a journey: recovered, blocked (the step says what to do next) or handed off to
//! another journey, with a way to start again.

use std::sync::Arc;

use leptos::prelude::*;

use super::loading::track_arrivals;
use super::session::{At, Session, with_step};
use super::{Ctx, dynamic, handler, nothing};
use crate::engine::builtin;
use crate::engine::journey::OutcomeKind;
use crate::i18n::Key;

#[component]
pub fn OutcomeBanner(session: Session, step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    dynamic(move || {
        let Some(outcome) = with_step(step, |s| s.outcome.clone()).flatten() else {
            return nothing();
        };
        let keyword = outcome.kind.keyword();
        let key = match outcome.kind {
            OutcomeKind::Recovered => Key::OutcomeRecovered,
            OutcomeKind::Blocked => Key::OutcomeBlocked,
            OutcomeKind::Handoff => Key::OutcomeHandoff,
        };
        // A hand-off to a built-in journey can continue right here (once its file is here: the
        // page fetches it after the first step, so the button can appear a moment later).
        if outcome.kind == OutcomeKind::Handoff {
            track_arrivals();
        }
        let next = (outcome.kind == OutcomeKind::Handoff)
            .then(|| outcome.journey.as_deref().and_then(builtin::shared))
            .flatten()
            .and_then(Result::ok)
            .map_or_else(nothing, |journey| {
                let title = journey.title.clone();
                view! {
                    <button
                        type="button"
                        class="continue-journey"
                        on:click=handler(move |_| session.switch_to(Arc::clone(&journey)))
                    >
                        {move || ctx.fill(Key::ContinueWith, &[("title", &ctx.pick(&title))])}
                    </button>
                }
                .into_any()
            });
        view! {
            <div class="outcome" data-outcome=keyword data-outcome-id=outcome.id.clone()>
                <p class="outcome-title">{ctx.t(key)}</p>
                {next}
                <button type="button" class="secondary restart" on:click=handler(move |_| session.restart())>
                    {ctx.t(Key::StartAgain)}
                </button>
            </div>
        }
        .into_any()
    })
}
