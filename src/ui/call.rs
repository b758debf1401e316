//! A call on the reader's phone: who is calling, what the voice says (in the reader's language,
//! with the English original a tap away), and the keypad when the call waits for a code.

use leptos::prelude::*;

use super::Ctx;
use super::fmt::lang_hint;
use super::keypad::Keypad;
use super::session::Session;
use crate::engine::journey::Text;
use crate::i18n::Key;

#[component]
pub fn IncomingCall(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let caller = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.call.as_ref().map(|c| c.caller.clone()))
            .flatten()
            .unwrap_or_default()
    });
    let says = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.call.as_ref().map(|c| c.says.clone()))
            .flatten()
            .unwrap_or_default()
    });
    let wants_keypad = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.call.as_ref().is_some_and(|c| c.keypad))
            .unwrap_or(false)
    });
    let original = move || says.with(|s: &Text| s.en.clone());

    view! {
        <div class="call" role="group" aria-labelledby="mfa-call-title">
            <p class="call-state" id="mfa-call-title">{ctx.t(Key::CallInProgress)}</p>
            <p class="caller" translate="no">{move || caller.get()}</p>
            <p class="says-label">{ctx.t(Key::CallSays)}</p>
            <blockquote class="says" lang=move || says.with(|s| lang_hint(s.get(ctx.ja()), ctx.ja()))>
                {move || says.with(|s| ctx.pick(s))}
            </blockquote>
            <Show when=move || ctx.ja()>
                <details class="original">
                    <summary>{ctx.t(Key::EnglishOriginal)}</summary>
                    <p lang="en">{original}</p>
                </details>
            </Show>
            <Show when=move || wants_keypad.get()>
                <Keypad session />
            </Show>
        </div>
    }
}
