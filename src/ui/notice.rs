//! Why the last thing the reader did changed nothing ("that code does not match"), shown in the
//! panel where they did it. The live region is always in the page so that screen readers
//! announce the message when it appears.

use leptos::prelude::*;

use super::layout::Panel;
use super::session::{Resumed, Session};
use super::{Ctx, handler, show};
use crate::engine::run::{Refusal, RestoreError};
use crate::i18n::{Key, Tr};

/// The message for a refusal in a panel, and a stable keyword for `data-refusal`.
pub fn refusal_text(refusal: &Refusal, panel: Option<Panel>) -> (Key, &'static str) {
    match refusal {
        Refusal::NotNow => (Key::NoticeNotNow, "not-now"),
        Refusal::WrongCode if panel == Some(Panel::Phone) => {
            (Key::NoticeWrongKeypadCode, "wrong-code")
        }
        Refusal::WrongCode => (Key::NoticeWrongSmsCode, "wrong-code"),
        Refusal::LinkUsed => (Key::NoticeLinkUsed, "link-used"),
        Refusal::LinkExpired => (Key::NoticeLinkExpired, "link-expired"),
        Refusal::NothingBefore => (Key::NoticeNothingBefore, "nothing-before"),
        Refusal::NoRandomness => (Key::ErrNoRandomness, "no-randomness"),
        Refusal::Credential => (Key::CredentialRefused, "credential"),
        // The forms below explain these themselves ([`shown_as_notice`]).
        Refusal::Secret(_) => (Key::ErrSecretEmpty, "not-a-key"),
        Refusal::NotPracticeKey => (Key::ErrNotPracticeKey, "not-practice-key"),
        Refusal::Pair(e) => (super::enroll_form::pair_error_key(*e), "pair"),
    }
}

/// Whether a refusal is told in the panel's notice line; the restore form and the two-code form
/// say what was wrong with what was typed in them, next to the fields.
pub fn shown_as_notice(refusal: &Refusal) -> bool {
    !matches!(
        refusal,
        Refusal::Secret(_) | Refusal::NotPracticeKey | Refusal::Pair(_)
    )
}

/// The notice for `panel` (`None`: the step card).
#[component]
pub fn NoticeLine(session: Session, #[prop(optional)] panel: Option<Panel>) -> impl IntoView {
    let ctx = Ctx::get();
    let mine = move || {
        session
            .notice
            .get()
            .filter(|n| n.panel == panel)
            .map(|n| (refusal_text(&n.refusal, n.panel), n.serial))
    };
    view! {
        <p
            class="notice"
            role="status"
            data-refusal=move || mine().map(|((_, keyword), _)| keyword.to_owned())
        >
            // The same refusal twice in a row still changes the text (an invisible space on every
            // other one), so screen readers announce it again.
            {move || {
                mine().map(|((key, _), serial)| {
                    let repeat = if serial % 2 == 1 { "\u{200B}" } else { "" };
                    format!("{}{repeat}", ctx.text(key))
                })
            }}
        </p>
    }
}

/// What the reader is told about a saved run: where they are again, or why they start over.
pub fn resumed_text(resumed: &Resumed, tr: Tr<'_>) -> String {
    let why = match resumed {
        Resumed::Continued => return tr.text(Key::ResumeContinued).to_owned(),
        Resumed::StartedOver(error) => match error {
            RestoreError::Unreadable => tr.text(Key::ResumeWhyUnreadable).to_owned(),
            RestoreError::OldFormat => tr.text(Key::ResumeWhyOldFormat).to_owned(),
            RestoreError::OtherJourney => tr.text(Key::ResumeWhyOtherJourney).to_owned(),
            RestoreError::StepGone(step) => tr.fill(Key::ResumeWhyStepGone, &[("step", step)]),
            RestoreError::NoLongerFits(step) => tr.fill(Key::ResumeWhyChanged, &[("step", step)]),
        },
    };
    tr.fill(Key::ResumeStartedOver, &[("why", &why)])
}

/// The line about a saved run, shown until the reader moves on; after "you are back", a way to
/// start over instead.
#[component]
pub fn ResumeLine(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    // The first step the reader takes makes the line old news.
    let first = session.run.with_untracked(|r| r.step_id().to_owned());
    let current = move || session.run.with(|r| r.step_id().to_owned());
    let visible = move || session.resumed.with(Option::is_some) && current() == first;
    show(visible, move || {
        view! {
            <div
                class="resume-note"
                role="status"
                data-resumed=move || match session.resumed.get() {
                    Some(Resumed::Continued) => "continued",
                    _ => "started-over",
                }
            >
                <p>{move || session.resumed.get().map(|r| ctx.tr(|tr| resumed_text(&r, tr)))}</p>
                {show(
                    move || session.resumed.get() == Some(Resumed::Continued),
                    move || view! {
                        <button
                            type="button"
                            class="secondary restart"
                            on:click=handler(move |_| session.restart())
                        >
                            {ctx.t(Key::StartAgain)}
                        </button>
                    }
                    .into_any(),
                )}
            </div>
        }
        .into_any()
    })
}
