//! The reader's phone: an incoming call (with the keypad when the call asks for the console's
//! code), text messages, and the authenticator app.

use leptos::html::H3;
use leptos::prelude::*;

use super::Ctx;
use super::authenticator::AuthenticatorPanel;
use super::call::IncomingCall;
use super::fmt::{jst_hhmm, lang_hint};
use super::layout::{Panel, focus_on_request};
use super::notice::NoticeLine;
use super::session::Session;
use crate::engine::authenticator::AuthenticatorApp;
use crate::i18n::Key;

#[component]
pub fn PhonePanel(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let heading = NodeRef::<H3>::new();
    focus_on_request(Panel::Phone, heading);

    let ringing = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.call.is_some())
            .unwrap_or(false)
    });
    let sms = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.sms.clone())
            .unwrap_or_default()
    });
    let app = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.app.clone())
            .unwrap_or_default()
    });
    let scannable = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.enrollment.clone())
            .flatten()
    });
    // The reader's own actions on the phone (wipe, scan, restore) are part of the world, so Back
    // undoes them with everything else.
    let set_app = Callback::new(move |next: AuthenticatorApp| {
        session.run.try_update(|r| r.world.app = next);
    });

    let messages = move || {
        sms.get()
            .into_iter()
            .rev()
            .map(|m| {
                let text = m.text.clone();
                let lang = {
                    let text = text.clone();
                    move || lang_hint(text.get(ctx.ja()), ctx.ja())
                };
                view! {
                    <li class="sms">
                        <p class="sms-meta">
                            <span class="sms-from" translate="no">{m.from.clone()}</span>
                            " · "
                            <span class="sms-time">{jst_hhmm(m.received_at)}</span>
                        </p>
                        <p class="sms-text" lang=lang>
                            {move || ctx.pick(&text)}
                        </p>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section part="phone" class="panel phone" id="mfa-panel-phone" aria-labelledby="mfa-phone-title">
            <h3 id="mfa-phone-title" tabindex="-1" node_ref=heading>{ctx.t(Key::PhoneTitle)}</h3>
            <Show when=move || ringing.get()>
                <IncomingCall session />
            </Show>
            <Show when=move || sms.with(|s| !s.is_empty())>
                <section class="messages" aria-labelledby="mfa-sms-title">
                    <h4 id="mfa-sms-title">{ctx.t(Key::MessagesTitle)}</h4>
                    <ul class="sms-list">{messages}</ul>
                </section>
            </Show>
            <AuthenticatorPanel app=app.into() set_app scannable=scannable.into() />
            <NoticeLine session panel=Panel::Phone />
        </section>
    }
}
