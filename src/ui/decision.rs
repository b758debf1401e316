//! The decision helper card: "what should I do *now*?", computed by the engine from the world and
//! the clock, with a stable keyword in `data-verdict` (for the support-language step: `japanese`
//! or `english`) and the reason and advice in the reader's language.

use leptos::prelude::*;

use super::Ctx;
use super::session::Session;
use crate::engine::decide::{Verdict, decide};
use crate::engine::journey::Step;
use crate::i18n::Key;

#[component]
pub fn DecisionCard(session: Session, step: Memo<Option<Step>>) -> impl IntoView {
    let ctx = Ctx::get();
    let decision = Memo::new(move |_| step.with(|s| s.as_ref().and_then(|s| s.decision.clone())));
    let verdict = Memo::new(move |_| {
        let decision = decision.get()?;
        let now = ctx.now_secs();
        session.run.try_with(|r| decide(&decision, &r.world, now))
    });
    let keyword = move || verdict.with(|v| v.as_ref().map(|v| v.verdict.clone()));
    let reason = move || verdict.with(|v| v.as_ref().map(|v| ctx.pick(&v.reason)));
    let advice = move || {
        verdict.with(|v| {
            v.as_ref()
                .and_then(|v: &Verdict| v.advice.as_ref())
                .map(|a| view! { <p class="advice">{ctx.pick(a)}</p> })
        })
    };

    view! {
        <Show when=move || verdict.with(Option::is_some)>
            <aside
                part="decision"
                class="decision"
                data-verdict=keyword
                aria-labelledby="mfa-decision-title"
            >
                <h3 class="decision-title" id="mfa-decision-title">{ctx.t(Key::DecisionTitle)}</h3>
                <p class="reason">{reason}</p>
                {advice}
            </aside>
        </Show>
    }
}
