//! "MFA code 1 / MFA code 2 / Add MFA": AWS's check that the new device produces two
//! consecutive codes, with a message that says exactly what was wrong.

use leptos::prelude::*;

use super::credential_guard::{credential_warning, guarded_input};
use super::session::Session;
use super::{Ctx, effect, handler};
use crate::engine::authenticator::Enrollment;
use crate::engine::guard::Expect;
use crate::engine::run::{Event, Refusal};
use crate::engine::totp::{CodeField, PairError};
use crate::i18n::Key;

/// The key for the message about a refused pair.
pub fn pair_error_key(e: PairError) -> Key {
    match e {
        PairError::NotSixDigits(CodeField::First) => Key::ErrCode1NotDigits,
        PairError::NotSixDigits(CodeField::Second) => Key::ErrCode2NotDigits,
        PairError::SameCode => Key::ErrSameCode,
        PairError::NotConsecutive => Key::ErrNotConsecutive,
        PairError::Expired => Key::ErrExpired,
        PairError::NoMatch => Key::ErrNoMatch,
    }
}

/// The two-code form for `enrollment`. The engine checks the pair ([`Event::Enroll`]); the form
/// says what was wrong with a refused one.
#[component]
pub fn EnrollForm(session: Session, enrollment: Memo<Option<Enrollment>>) -> impl IntoView {
    let ctx = Ctx::get();
    let code1 = RwSignal::new(String::new());
    let code2 = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Result<(), PairError>>);
    let refused = RwSignal::new(0u32);
    // A new device (the reader went back and assigned again) starts a fresh form.
    let mut first = true;
    effect(move || {
        enrollment.with(|_| ());
        if !first {
            result.set(None);
        }
        first = false;
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let refusal = session.send_checked(Event::Enroll {
            first: code1.get_untracked(),
            second: code2.get_untracked(),
        });
        match refusal {
            None => result.set(Some(Ok(()))),
            Some(Refusal::Pair(e)) => result.set(Some(Err(e))),
            // Explained by the console's notice line (not now, a credential).
            Some(_) => result.set(None),
        }
    };

    view! {
        <form
            class="enroll"
            on:submit=handler(submit)
            data-state=move || {
                match result.get() {
                    None => "idle",
                    Some(Ok(_)) => "enrolled",
                    Some(Err(_)) => "error",
                }
                .to_owned()
            }
        >
            <p class="hint" id="enroll-hint">{ctx.t(Key::EnrollHint)}</p>
            <div class="code-fields">
                {code_field(Key::MfaCode1, "mfa-code-1", code1, refused)}
                {code_field(Key::MfaCode2, "mfa-code-2", code2, refused)}
            </div>
            {credential_warning(refused)}
            <button type="submit">{ctx.t(Key::AddMfa)}</button>
            <p class="message" class:error=move || matches!(result.get(), Some(Err(_))) role="status">
                {move || {
                    result.get().map(|r| match r {
                        Ok(_) => ctx.text(Key::Enrolled),
                        Err(e) => ctx.text(pair_error_key(e)),
                    })
                }}
            </p>
        </form>
    }
}

/// One of the two "MFA code" fields: six digits, described by the enrollment hint. No
/// `maxlength`: a pasted credential must reach the guard whole, not cut to a harmless-looking
/// start.
fn code_field(
    label: Key,
    name: &'static str,
    value: RwSignal<String>,
    refused: RwSignal<u32>,
) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <label>
            {ctx.t(label)}
            <input
                name=name
                inputmode="numeric"
                autocomplete="off"
                aria-describedby="enroll-hint"
                prop:value=move || value.get()
                on:input=guarded_input(Expect::Digits, Some(value), refused)
            />
        </label>
    }
}
