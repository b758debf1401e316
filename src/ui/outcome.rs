//! The end of a journey: recovered, blocked (the step says what to do next) or handed off to
//! another journey, with a way to start again.

use std::sync::Arc;

use leptos::prelude::*;

use super::Ctx;
use super::session::Session;
use crate::engine::builtin;
use crate::engine::journey::{Outcome, OutcomeKind, Step};
use crate::i18n::Key;

#[component]
pub fn OutcomeBanner(session: Session, step: Memo<Option<Step>>) -> impl IntoView {
    let ctx = Ctx::get();
    let outcome = Memo::new(move |_| step.with(|s| s.as_ref().and_then(|s| s.outcome.clone())));
    move || {
        outcome.get().map(|outcome: Outcome| {
            let (keyword, key) = match outcome.kind {
                OutcomeKind::Recovered => ("recovered", Key::OutcomeRecovered),
                OutcomeKind::Blocked => ("blocked", Key::OutcomeBlocked),
                OutcomeKind::Handoff => ("handoff", Key::OutcomeHandoff),
            };
            // A hand-off to a built-in journey can continue right here.
            let next = (outcome.kind == OutcomeKind::Handoff)
                .then(|| outcome.journey.as_deref().and_then(builtin::journey))
                .flatten()
                .and_then(Result::ok)
                .map(|journey| {
                    let title = journey.title.clone();
                    let journey = Arc::new(journey);
                    view! {
                        <button
                            type="button"
                            class="continue-journey"
                            on:click=move |_| session.switch_to(Arc::clone(&journey))
                        >
                            {move || Key::ContinueWith.fill(ctx.lang.get(), &[("title", &ctx.pick(&title))])}
                        </button>
                    }
                });
            view! {
                <div class="outcome" data-outcome=keyword data-outcome-id=outcome.id.clone()>
                    <p class="outcome-title">{ctx.t(key)}</p>
                    {next}
                    <button type="button" class="secondary restart" on:click=move |_| session.restart()>
                        {ctx.t(Key::StartAgain)}
                    </button>
                </div>
            }
        })
    }
}
