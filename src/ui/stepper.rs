//! The step card: where the reader is ("Step 3 of 7"), the step's title and text, the decision
//! helper, where to act next, the step's answers, Back / Next, the source and, at the end, the
//! outcome. The title takes the keyboard focus whenever the step changes, so a screen reader
//! announces the new step and Tab continues from the top of it.

use leptos::html::H2;
use leptos::prelude::*;

use super::Ctx;
use super::decision::DecisionCard;
use super::fmt::paragraphs;
use super::layout::{Layout, Panel};
use super::notice::NoticeLine;
use super::outcome::OutcomeBanner;
use super::session::{Session, due_at};
use super::source_line::SourceLine;
use super::ticker::real_now_ms;
use crate::engine::journey::{Step, Transition};
use crate::engine::run::{Event, Run};
use crate::i18n::Key;

/// The panels a step waits on, in tab order.
fn waits_on(step: &Step) -> Vec<Panel> {
    let mut panels: Vec<Panel> = step
        .on
        .iter()
        .filter_map(|t| match t {
            Transition::Action { .. }
            | Transition::ConsoleCode { .. }
            | Transition::Enrolled { .. } => Some(Panel::Console),
            Transition::Link { .. } => Some(Panel::Inbox),
            Transition::Keypad { .. } => Some(Panel::Phone),
            _ => None,
        })
        .collect();
    panels.sort_by_key(|p| Panel::ALL.iter().position(|q| q == p));
    panels.dedup();
    panels
}

#[component]
pub fn Stepper(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let layout = Layout::get();
    let step = Memo::new(move |_| session.step());
    let step_id = Memo::new(move |_| step.with(|s| s.as_ref().map(|s| s.id.clone())));
    let position = Memo::new(move |_| session.run.try_with(Run::position).unwrap_or(1));
    let total = Memo::new(move |_| {
        let journey = session.journey.try_get_value()?;
        session
            .run
            .try_with(|r| r.total_if_known(&journey))
            .flatten()
    });
    let can_back = Memo::new(move |_| session.run.try_with(Run::can_go_back).unwrap_or(false));

    let title_ref = NodeRef::<H2>::new();
    Effect::new(move |previous: Option<Option<String>>| {
        let id = step_id.get();
        if previous.is_some_and(|p| p != id)
            && let Some(title) = title_ref.get_untracked()
        {
            let _ = title.focus();
        }
        id
    });

    let progress = move || {
        let lang = ctx.lang.get();
        let n = position.get().to_string();
        let mut text = Key::ProgressStep.fill(lang, &[("n", &n)]);
        if let Some(total) = total.get() {
            text.push_str(&Key::ProgressOf.fill(lang, &[("total", &total.to_string())]));
        }
        text
    };
    let title = move || step.with(|s| s.as_ref().map(|s| ctx.pick(&s.title)));
    let body = move || step.with(|s| s.as_ref().map(|s| paragraphs(s.body.get(ctx.ja()))));

    let choices = move || {
        step.with(|s| {
            s.iter()
                .flat_map(|s| &s.on)
                .filter_map(|t| match t {
                    Transition::Choice { id, label, .. } => Some((id.clone(), label.clone())),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .map(|(id, label)| {
            let event = Event::Choose(id.clone());
            view! {
                <button
                    type="button"
                    class="choice"
                    data-choice=id
                    on:click=move |_| session.send(event.clone())
                >
                    {move || ctx.pick(&label)}
                </button>
            }
        })
        .collect_view()
    };
    let has_next = Memo::new(move |_| {
        step.with(|s| {
            s.as_ref().is_some_and(|s| {
                s.on.iter()
                    .any(|t| matches!(t, Transition::Continue { .. }))
            })
        })
    });

    let where_next = move || {
        let panels = step.with(|s| s.as_ref().map(waits_on).unwrap_or_default());
        (!panels.is_empty()).then(|| {
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
                            on:click=move |_| layout.go_to(panel)
                        >
                            {ctx.t(key)}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <div class="where-next">
                    <p class="where-next-label">{ctx.t(Key::WhereNext)}</p>
                    {buttons}
                </div>
            }
        })
    };

    // A step that moves on by itself after a while: say so, and offer to skip the wait.
    let due = Memo::new(move |_| {
        let entered = session.run.try_with(Run::entered_at)?;
        step.with(|s| s.as_ref().and_then(|s| due_at(s, entered)))
    });
    let waiting = move || {
        due.get().map(|due| {
            let left = move || due.saturating_sub(ctx.now_secs()).max(0);
            let minutes = move || {
                let secs = left();
                (secs.saturating_add(59) / 60).to_string()
            };
            view! {
                <div class="waiting">
                    <p>{move || Key::WaitingFor.fill(ctx.lang.get(), &[("min", &minutes())])}</p>
                    <button
                        type="button"
                        class="secondary skip-wait"
                        on:click=move |_| session.jump_clock(left(), real_now_ms())
                    >
                        {ctx.t(Key::SkipWait)}
                    </button>
                </div>
            }
        })
    };

    view! {
        <section class="step-card" aria-labelledby="mfa-step-title">
            <p part="progress" class="progress">{progress}</p>
            <h2 part="step-title" class="step-title" id="mfa-step-title" tabindex="-1" node_ref=title_ref>
                {title}
            </h2>
            <div class="step-body">{body}</div>
            <DecisionCard session step />
            {where_next}
            {waiting}
            <OutcomeBanner session step />
            <NoticeLine session />
            <div class="step-nav">
                <button
                    type="button"
                    part="back"
                    class="secondary back"
                    disabled=move || !can_back.get()
                    on:click=move |_| session.send(Event::Back)
                >
                    {ctx.t(Key::Back)}
                </button>
                <div class="choices">{choices}</div>
                <Show when=move || has_next.get()>
                    <button
                        type="button"
                        part="next"
                        class="next"
                        on:click=move |_| session.send(Event::Continue)
                    >
                        {ctx.t(Key::Next)}
                    </button>
                </Show>
            </div>
            <SourceLine step />
        </section>
    }
}
