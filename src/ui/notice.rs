//! Why the last thing the reader did changed nothing ("that code does not match"), shown in the
//! panel where they did it. The live region is always in the page so that screen readers
//! announce the message when it appears.

use leptos::prelude::*;

use super::Ctx;
use super::layout::Panel;
use super::session::Session;
use crate::engine::run::Refusal;
use crate::i18n::Key;

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
    }
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
                    format!("{}{repeat}", key.text(ctx.lang()))
                })
            }}
        </p>
    }
}
