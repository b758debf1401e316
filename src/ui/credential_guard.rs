//! The fields a reader can type or paste into refuse what looks like a real AWS credential
//! ([`guard::refuse`]): the field is cleared, the value never reaches a signal, the run or the
//! resume record, and one warning in the reader's language says why.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::{Ctx, handler};
use crate::engine::guard::{self, Expect};
use crate::i18n::Key;

/// The `input` handler of a field expecting `expect`. An acceptable value goes to `value` (if
/// the field keeps one); a refused one is cleared from the field and counted in `refused`.
pub fn guarded_input(
    expect: Expect,
    value: Option<RwSignal<String>>,
    refused: RwSignal<u32>,
) -> Box<dyn FnMut(leptos::ev::Event)> {
    handler(move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let mut text = input.value();
        if guard::refuse(&text, expect).is_some() {
            input.set_value("");
            text.clear();
            refused.update(|n| *n = n.wrapping_add(1));
        }
        if let Some(value) = value {
            value.set(text);
        }
    })
}

/// The warning under a form once one of its fields refused a value. The live region is always
/// in the page so that screen readers announce the warning when it appears; a second refusal
/// changes the text (an invisible space on every other one) so that it is announced again.
pub fn credential_warning(refused: RwSignal<u32>) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <p class="credential-warning" role="alert">
            {move || {
                let n = refused.get();
                (n > 0).then(|| {
                    let repeat = if n.is_multiple_of(2) { "\u{200B}" } else { "" };
                    format!("{}{repeat}", ctx.text(Key::CredentialRefused))
                })
            }}
        </p>
    }
}
