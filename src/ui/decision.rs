//! The decision helper card: "what should I do *now*?", computed by the engine from the world and
//! the clock as a typed verdict, with its stable keyword in `data-verdict` (for the
//! support-language step: `japanese` or `english`), its words from the catalogue
//! ([`super::words::verdict`]) and the journey's advice under it.

use leptos::prelude::*;

use super::fmt::inline;
use super::session::{At, Session, with_step};
use super::{Ctx, nothing, show, words};
use crate::engine::decide::decide;
use crate::i18n::Key;

#[component]
pub fn DecisionCard(session: Session, step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    let verdict = move || {
        let decision = with_step(step, |s| s.decision.clone()).flatten()?;
        let now = ctx.now_secs();
        session.run.try_with(|r| decide(&decision, &r.world, now))
    };

    show(
        move || verdict().is_some(),
        move || {
            view! {
                <aside
                    part="decision"
                    class="decision"
                    data-verdict=move || verdict().map(|d| d.verdict.keyword().to_owned())
                    aria-labelledby="mfa-decision-title"
                >
                    <h3 class="decision-title" id="mfa-decision-title">{ctx.t(Key::DecisionTitle)}</h3>
                    <p class="reason">
                        {move || verdict().map(|d| inline(&ctx.tr(|tr| words::verdict(&d.verdict, tr)), ctx.ja()))}
                    </p>
                    {move || {
                        verdict()
                            .and_then(|v| v.advice)
                            .map_or_else(
                                nothing,
                                |a| view! { <p class="advice">{inline(a.get(ctx.ja()), ctx.ja())}</p> }.into_any(),
                            )
                    }}
                </aside>
            }
            .into_any()
        },
    )
}
