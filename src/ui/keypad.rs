//! The phone's keypad during a call: ten buttons, and the digit keys of a keyboard while any of
//! them has the focus. The digits typed so far are shown (they are not a secret: the code is on
//! the console for everyone to see).

use leptos::prelude::*;

use super::session::Session;
use super::{Ctx, fragment, handler};
use crate::engine::run::Event;
use crate::i18n::Key;

/// How many digits the call waits for.
const CODE_LEN: usize = 6;
/// In the order of a phone's keypad.
const KEYS: [char; 10] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

#[component]
pub fn Keypad(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let typed =
        session.world_memo(|w| w.call.as_ref().map(|c| c.typed.clone()).unwrap_or_default());

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let mut chars = key.chars();
        if let (Some(digit), None) = (chars.next(), chars.next())
            && digit.is_ascii_digit()
            && !ev.ctrl_key()
            && !ev.meta_key()
            && !ev.alt_key()
        {
            ev.prevent_default();
            session.send(Event::Keypad(digit));
        }
    };

    let keys = KEYS
        .into_iter()
        .map(|digit| {
            view! {
                <button
                    type="button"
                    class="key"
                    class:zero=digit == '0'
                    data-key=digit.to_string()
                    on:click=handler(move |_| session.send(Event::Keypad(digit)))
                >
                    {digit.to_string()}
                </button>
            }
            .into_any()
        })
        .collect();

    view! {
        <div part="keypad" class="keypad" role="group" aria-label=ctx.t(Key::KeypadLabel) on:keydown=handler(on_keydown)>
            <p class="typed" aria-live="polite" translate="no">
                <span class="visually-hidden">{ctx.t(Key::KeypadTyped)} " "</span>
                <span class="typed-digits">{move || typed.get()}</span>
                <span class="typed-rest" aria-hidden="true">
                    {move || "•".repeat(CODE_LEN.saturating_sub(typed.with(String::len)))}
                </span>
            </p>
            <div class="keys">{fragment(keys)}</div>
            <p class="hint">{ctx.t(Key::KeypadHint)}</p>
        </div>
    }
}
