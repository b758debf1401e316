//! A call on the reader's phone: who is calling, what the voice says (in the reader's language,
//! with the original a tap away when the call is in the other one), and the keypad when the call
//! waits for a code.

use leptos::prelude::*;

use super::fmt::lang_attr;
use super::keypad::Keypad;
use super::session::Session;
use super::{Ctx, show};
use crate::engine::journey::CallLanguage;
use crate::i18n::Key;

#[component]
pub fn IncomingCall(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let says =
        move || session.world(|w| w.call.as_ref().map(|c| c.says.clone()).unwrap_or_default());
    // The original is the call's own language; the reader of the other language gets a
    // translation, with the original a tap away.
    let in_japanese = move || {
        session.world(|w| {
            w.call
                .as_ref()
                .is_some_and(|c| c.language == CallLanguage::Ja)
        })
    };

    view! {
        <div class="call" role="group" aria-labelledby="mfa-call-title">
            <p class="call-state" id="mfa-call-title">{ctx.t(Key::CallInProgress)}</p>
            <p class="caller" translate="no">
                {move || session.world(|w| w.call.as_ref().map(|c| c.caller.clone()).unwrap_or_default())}
            </p>
            <p class="says-label">{ctx.t(Key::CallSays)}</p>
            <blockquote class="says" lang=move || lang_attr(says().get(ctx.ja()), ctx.ja())>
                {move || ctx.pick(&says())}
            </blockquote>
            {show(
                move || ctx.ja() != in_japanese(),
                move || {
                    view! {
                        <details class="original">
                            <summary>
                                {move || ctx.text(if in_japanese() { Key::JapaneseOriginal } else { Key::EnglishOriginal })}
                            </summary>
                            <p lang=move || if in_japanese() { "ja" } else { "en" }>
                                {move || says().get(in_japanese()).to_owned()}
                            </p>
                        </details>
                    }
                    .into_any()
                },
            )}
            {show(
                move || session.world(|w| w.call.as_ref().is_some_and(|c| c.keypad)),
                move || view! { <Keypad session /> }.into_any(),
            )}
        </div>
    }
}
