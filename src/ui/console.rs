//! The practice console: the AWS screens of the journey, rebuilt plainly. Every screen says it is
//! a practice screen, shows the fake account (root@example.com, account 111122223333) and never
//! asks for a password, so rehearsing here never trains anyone to type real credentials into a
//! look-alike page.

use leptos::html::H3;
use leptos::prelude::*;

use super::Ctx;
use super::console_screens::screen_view;
use super::layout::{Panel, focus_on_request};
use super::notice::NoticeLine;
use super::session::Session;
use crate::engine::authenticator::PRACTICE_ACCOUNT_ID;
use crate::engine::world::PRACTICE_EMAIL;
use crate::i18n::Key;

#[component]
pub fn ConsolePanel(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let heading = NodeRef::<H3>::new();
    focus_on_request(Panel::Console, heading);
    let screen = session.world_memo(|w| w.screen);

    view! {
        <section
            class="panel console"
            id="mfa-panel-console"
            aria-labelledby="mfa-console-title"
            data-screen=move || screen.get().keyword()
        >
            <h3 id="mfa-console-title" tabindex="-1" node_ref=heading>{ctx.t(Key::ConsoleTitle)}</h3>
            <p class="practice-mark">{ctx.t(Key::PracticeMark)}</p>
            <p class="practice-account">
                <span translate="no">{PRACTICE_EMAIL}</span>
                " · "
                {ctx.t(Key::AccountId)}
                " "
                <span translate="no">{PRACTICE_ACCOUNT_ID}</span>
            </p>
            <div class="screen">{move || screen_view(session, screen.get())}</div>
            <NoticeLine session panel=Panel::Console />
        </section>
    }
}
