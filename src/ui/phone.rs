//! The reader's phone: an incoming call (with the keypad when the call asks for the console's
//! code), text messages, and the authenticator app.

use leptos::html::H3;
use leptos::prelude::*;

use super::authenticator::AuthenticatorPanel;
use super::call::IncomingCall;
use super::fmt::{inline, jst_hhmm};
use super::layout::{Panel, focus_on_request};
use super::notice::NoticeLine;
use super::session::Session;
use super::{Ctx, fragment, show};
use crate::i18n::Key;

#[component]
pub fn PhonePanel(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let heading = NodeRef::<H3>::new();
    focus_on_request(Panel::Phone, heading);

    view! {
        <section part="phone" class="panel phone" id="mfa-panel-phone" aria-labelledby="mfa-phone-title">
            <h3 id="mfa-phone-title" tabindex="-1" node_ref=heading>{ctx.t(Key::PhoneTitle)}</h3>
            // Announced once when a call comes in (the text changes only with the caller).
            <p class="visually-hidden" role="status">
                {move || {
                    let caller = session.world(|w| w.call.as_ref().map(|c| c.caller.clone()))?;
                    Some(view! { {ctx.t(Key::CallArrived)} " " {inline(&caller, ctx.ja())} })
                }}
            </p>
            {show(
                move || session.world(|w| w.call.is_some()),
                move || view! { <IncomingCall session /> }.into_any(),
            )}
            {show(
                move || session.world(|w| !w.sms.is_empty()),
                move || {
                    view! {
                        <section class="messages" aria-labelledby="mfa-sms-title">
                            <h4 id="mfa-sms-title">{ctx.t(Key::MessagesTitle)}</h4>
                            <ul class="sms-list">
                                {move || {
                                    let items = session
                                        .world(|w| w.sms.clone())
                                        .into_iter()
                                        .rev()
                                        .map(|m| {
                                            let text = m.text;
                                            view! {
                                                <li class="sms">
                                                    <p class="sms-meta">
                                                        <span class="sms-from" translate="no">{m.from}</span>
                                                        " · "
                                                        <span class="sms-time">{jst_hhmm(m.received_at)}</span>
                                                    </p>
                                                    <p class="sms-text">
                                                        {move || inline(text.get(ctx.ja()), ctx.ja())}
                                                    </p>
                                                </li>
                                            }
                                            .into_any()
                                        })
                                        .collect();
                                    fragment(items)
                                }}
                            </ul>
                        </section>
                    }
                    .into_any()
                },
            )}
            <AuthenticatorPanel session />
            <NoticeLine session panel=Panel::Phone />
        </section>
    }
}
