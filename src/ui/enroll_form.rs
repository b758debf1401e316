//! "MFA code 1 / MFA code 2 / Add MFA": AWS's check that the new device produces two
//! consecutive codes, with a message that says exactly what was wrong.

use leptos::prelude::*;

use super::Ctx;
use crate::engine::authenticator::Enrollment;
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

/// The two-code form for `enrollment`; `on_enrolled` runs once a good pair is accepted.
#[component]
pub fn EnrollForm(
    enrollment: Signal<Option<Enrollment>>,
    #[prop(optional)] on_enrolled: Option<Callback<()>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let code1 = RwSignal::new(String::new());
    let code2 = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Result<i64, PairError>>);
    // A new device (the reader went back and assigned again) starts a fresh form.
    Effect::new(move |previous: Option<()>| {
        enrollment.with(|_| ());
        if previous.is_some() {
            result.set(None);
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = ctx.now_ms.get_untracked().div_euclid(1000);
        let verdict = enrollment.with_untracked(|e| match e {
            Some(e) => e.verify(&code1.get_untracked(), &code2.get_untracked(), now),
            None => Err(PairError::NoMatch),
        });
        let accepted = verdict.is_ok();
        result.set(Some(verdict));
        if accepted && let Some(on_enrolled) = on_enrolled {
            on_enrolled.run(());
        }
    };
    let state = move || match result.get() {
        None => "idle",
        Some(Ok(_)) => "enrolled",
        Some(Err(_)) => "error",
    };
    let message = move || {
        result.get().map(|r| match r {
            Ok(_) => ctx.t(Key::Enrolled)(),
            Err(e) => pair_error_key(e).text(ctx.lang.get()),
        })
    };

    view! {
        <form class="enroll" on:submit=submit data-state=state>
            <p class="hint" id="enroll-hint">{ctx.t(Key::EnrollHint)}</p>
            <div class="code-fields">
                <label>
                    {ctx.t(Key::MfaCode1)}
                    <input
                        name="mfa-code-1"
                        inputmode="numeric"
                        autocomplete="off"
                        maxlength="7"
                        aria-describedby="enroll-hint"
                        prop:value=move || code1.get()
                        on:input=move |ev| code1.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    {ctx.t(Key::MfaCode2)}
                    <input
                        name="mfa-code-2"
                        inputmode="numeric"
                        autocomplete="off"
                        maxlength="7"
                        aria-describedby="enroll-hint"
                        prop:value=move || code2.get()
                        on:input=move |ev| code2.set(event_target_value(&ev))
                    />
                </label>
            </div>
            <button type="submit">{ctx.t(Key::AddMfa)}</button>
            <p class="message" class:error=move || matches!(result.get(), Some(Err(_))) role="status">
                {message}
            </p>
        </form>
    }
}
