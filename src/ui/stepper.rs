//! The step card: where the reader is ("Step 3 of 7"), the step's title and text, the decision
//! helper, where to act next, the step's answers, Back / Next, the source and, at the end, the
//! outcome. The title takes the keyboard focus whenever the step changes, so a screen reader
//! announces the new step and Tab continues from the top of it.

use leptos::html::H2;
use leptos::prelude::*;

use super::decision::DecisionCard;
use super::html;
use super::layout::{Layout, Panel};
use super::map::MapBox;
use super::notice::{NoticeLine, ResumeLine};
use super::outcome::OutcomeBanner;
use super::phrasebook::{Phrasebook, PrintButton};
use super::session::{Session, with_step};
use super::source_line::SourceLine;
use super::ticker::real_now_ms;
use super::timeline::Timeline;
use super::{Ctx, effect, fragment, handler, memo, nothing, show};
use crate::engine::journey::{Step, Transition};
use crate::engine::run::{Event, Run};
use crate::i18n::Key;

/// The panels a step waits on, in tab order.
fn waits_on(step: &Step) -> Vec<Panel> {
    step.waits_on().into_iter().map(Panel::of_place).collect()
}

#[component]
pub fn Stepper(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let layout = Layout::get();
    let step = memo(move || session.at());
    let step_id = memo(move || with_step(step, |s| s.id.clone()).unwrap_or_default());

    let title_ref = NodeRef::<H2>::new();
    let mut previous = None;
    effect(move || {
        let id = step_id.get();
        if previous.as_ref().is_some_and(|p| *p != id)
            && let Some(title) = title_ref.get_untracked()
        {
            let _ = title.focus();
        }
        previous = Some(id);
    });

    // A step that moves on by itself after a while: say so, and offer to skip the wait.
    let due = move || {
        let journey = session.journey.try_get_value()?;
        session.run.try_with(|r| r.next_due(&journey)).flatten()
    };
    let left = move || due().map_or(0, |due| due.saturating_sub(ctx.now_secs()).max(0));

    view! {
        <section
            class="step-card"
            class:printable=move || with_step(step, |s| s.printable) == Some(true)
            class:ended=move || with_step(step, |s| s.outcome.is_some()) == Some(true)
            aria-labelledby="mfa-step-title"
        >
            <ResumeLine session />
            <p part="progress" class="progress">
                {move || {
                    let n = session.run.try_with(Run::position).unwrap_or(1).to_string();
                    let total = session.journey.try_get_value().and_then(|journey| {
                        session.run.try_with(|r| r.total_if_known(&journey)).flatten()
                    });
                    match total {
                        Some(total) => {
                            ctx.fill(Key::ProgressStepOf, &[("n", &n), ("total", &total.to_string())])
                        }
                        None => ctx.fill(Key::ProgressStep, &[("n", &n)]),
                    }
                }}
            </p>
            <MapBox session />
            <h2
                part="step-title"
                class="step-title"
                id="mfa-step-title"
                tabindex="-1"
                node_ref=title_ref
                inner_html=move || with_step(step, |s| html::inline(s.title.get(ctx.ja()), ctx.ja())).unwrap_or_default()
            ></h2>
            <div
                class="step-body"
                inner_html=move || with_step(step, |s| html::paragraphs(s.body.get(ctx.ja()))).unwrap_or_default()
            ></div>
            <DecisionCard session step />
            <PrintButton step />
            <Phrasebook session step />
            {move || {
                let panels = with_step(step, waits_on).unwrap_or_default();
                if panels.is_empty() {
                    return nothing();
                }
                let buttons = panels
                    .into_iter()
                    .map(|panel| {
                        let key = match panel {
                            Panel::Console => Key::GoToConsole,
                            Panel::Inbox => Key::GoToInbox,
                            Panel::Phone => Key::GoToPhone,
                        };
                        view! {
                            <button
                                type="button"
                                class="secondary go-to"
                                data-panel=panel.name()
                                on:click=handler(move |_| layout.go_to(panel))
                            >
                                {ctx.t(key)}
                            </button>
                        }
                        .into_any()
                    })
                    .collect();
                view! {
                    <div class="where-next">
                        <p class="where-next-label">{ctx.t(Key::WhereNext)}</p>
                        {fragment(buttons)}
                    </div>
                }
                .into_any()
            }}
            {show(
                move || due().is_some(),
                move || view! {
                    <div class="waiting">
                        <p>
                            {move || {
                                let minutes = (left().saturating_add(59) / 60).to_string();
                                ctx.fill(Key::WaitingFor, &[("min", &minutes)])
                            }}
                        </p>
                        <button
                            type="button"
                            class="secondary skip-wait"
                            on:click=handler(move |_| session.jump_clock(left(), real_now_ms()))
                        >
                            {ctx.t(Key::SkipWait)}
                        </button>
                    </div>
                }
                .into_any(),
            )}
            <OutcomeBanner session step />
            <Timeline session step />
            <NoticeLine session />
            <div class="step-nav">
                <button
                    type="button"
                    part="back"
                    class="secondary back"
                    disabled=move || !session.run.try_with(Run::can_go_back).unwrap_or(false)
                    on:click=handler(move |_| session.send(Event::Back))
                >
                    {ctx.t(Key::Back)}
                </button>
                <div class="choices">
                    {move || {
                        let choices = with_step(step, |s| {
                            s.choices()
                                .map(|(id, label)| (id.to_owned(), label.clone()))
                                .collect::<Vec<_>>()
                        })
                        .unwrap_or_default();
                        let buttons = choices
                            .into_iter()
                            .map(|(id, label)| {
                                let event = Event::Choose(id.clone());
                                view! {
                                    <button
                                        type="button"
                                        class="choice"
                                        data-choice=id
                                        on:click=handler(move |_| session.send(event.clone()))
                                        inner_html=move || html::inline(label.get(ctx.ja()), ctx.ja())
                                    ></button>
                                }
                                .into_any()
                            })
                            .collect();
                        fragment(buttons)
                    }}
                </div>
                {show(
                    move || with_step(step, |s| s.on.iter().any(|t| matches!(t, Transition::Continue { .. }))) == Some(true),
                    move || view! {
                        <button
                            type="button"
                            part="next"
                            class="next"
                            on:click=handler(move |_| session.send(Event::Continue))
                        >
                            {ctx.t(Key::Next)}
                        </button>
                    }
                    .into_any(),
                )}
            </div>
            <SourceLine step />
        </section>
    }
}
