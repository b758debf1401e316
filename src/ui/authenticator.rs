//! The authenticator app on the reader's phone: its live code and countdown, the phone change
//! that wipes it (the seeds' story), and the way back from a saved secret key or the console's
//! QR code. The app lives in the run's world; changes the reader makes on the phone are written
//! back through `set_app`.

use leptos::prelude::*;

use super::Ctx;
use crate::engine::authenticator::{
    AuthenticatorApp, DEFAULT_DEVICE_NAME, Enrollment, PRACTICE_ACCOUNT_ID,
};
use crate::engine::totp::{STEP_SECS, SecretError, seconds_left};
use crate::i18n::Key;

/// The app. `scannable` is the device the console is assigning, if any (its QR code can be
/// scanned).
#[component]
pub fn AuthenticatorPanel(
    app: Signal<AuthenticatorApp>,
    set_app: Callback<AuthenticatorApp>,
    scannable: Signal<Option<Enrollment>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let has_entry = Memo::new(move |_| app.with(|a| a.entry.is_some()));
    let wipe = move |_| {
        let mut next = app.get_untracked();
        next.wipe();
        set_app.run(next);
    };

    view! {
        <section class="app" aria-labelledby="mfa-app-title">
            <h4 id="mfa-app-title">{ctx.t(Key::AppTitle)}</h4>
            <Show
                when=move || has_entry.get()
                fallback=move || view! { <EmptyApp app set_app scannable /> }
            >
                <LiveCode app />
                <button type="button" class="secondary" on:click=wipe>
                    {ctx.t(Key::ReplacePhone)}
                </button>
            </Show>
        </section>
    }
}

/// The account's current code, grouped "123 456" as apps show it, and the seconds it has left.
#[component]
fn LiveCode(app: Signal<AuthenticatorApp>) -> impl IntoView {
    let ctx = Ctx::get();
    let otp = Memo::new(move |_| app.with(|a| a.entry.as_ref().and_then(|e| e.otp())));
    let code = move || {
        otp.with(|o| o.as_ref().map(|o| o.code_at(ctx.now_secs())))
            .map(|c| {
                format!(
                    "{} {}",
                    c.get(..3).unwrap_or_default(),
                    c.get(3..).unwrap_or_default()
                )
            })
            .unwrap_or_default()
    };
    let left = move || seconds_left(ctx.now_secs());
    let account = move || {
        app.with(|a| {
            a.entry
                .as_ref()
                .map(|e| e.account.clone())
                .unwrap_or_default()
        })
    };
    let issuer = move || {
        app.with(|a| {
            a.entry
                .as_ref()
                .map(|e| e.issuer.clone())
                .unwrap_or_default()
        })
    };

    view! {
        <div class="app-entry">
            <p class="issuer">{issuer}</p>
            <p class="account">{account}</p>
            <p class="code-label">{ctx.t(Key::CurrentCode)}</p>
            <p part="totp-code" class="code" translate="no">{code}</p>
            <p class="countdown-line">
                {ctx.t(Key::CodeTurnsOverIn)} " "
                <span part="totp-countdown" class="countdown">{left}</span>
                " " {ctx.t(Key::SecondsUnit)}
            </p>
            <progress class="countdown-bar" max=STEP_SECS value=left aria-hidden="true"></progress>
        </div>
    }
}

/// What a wiped app shows, and the two ways to fill it again.
#[component]
fn EmptyApp(
    app: Signal<AuthenticatorApp>,
    set_app: Callback<AuthenticatorApp>,
    scannable: Signal<Option<Enrollment>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<SecretError>);

    let restore = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = scannable
            .with_untracked(|e| e.as_ref().map(Enrollment::label))
            .unwrap_or_else(|| format!("{DEFAULT_DEVICE_NAME}@{PRACTICE_ACCOUNT_ID}"));
        let mut next = app.get_untracked();
        match next.restore(&typed.get_untracked(), &label) {
            Ok(()) => {
                problem.set(None);
                set_app.run(next);
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let scan = move |_| {
        if let Some(enrollment) = scannable.get_untracked() {
            let mut next = app.get_untracked();
            next.scan(&enrollment);
            set_app.run(next);
        }
    };
    let message = move || {
        problem.get().map(|p| {
            let lang = ctx.lang.get();
            match p {
                SecretError::Empty => Key::ErrSecretEmpty.text(lang).to_owned(),
                SecretError::NotBase32 { bad } => {
                    format!("{} 「{bad}」", Key::ErrSecretNotBase32.text(lang))
                }
                SecretError::TooShort { .. } => Key::ErrSecretTooShort.text(lang).to_owned(),
                SecretError::TooLong => Key::ErrSecretTooLong.text(lang).to_owned(),
            }
        })
    };

    view! {
        <div class="app-empty">
            <p class="empty-title">{ctx.t(Key::AppEmptyTitle)}</p>
            <p>{ctx.t(Key::AppEmptyBody)}</p>
            <Show when=move || scannable.with(Option::is_some)>
                <button type="button" class="scan" on:click=scan>
                    {ctx.t(Key::ScanQr)}
                </button>
            </Show>
            <form class="restore" on:submit=restore>
                <h5>{ctx.t(Key::RestoreTitle)}</h5>
                <p class="hint" id="restore-hint">{ctx.t(Key::RestoreHint)}</p>
                <label>
                    {ctx.t(Key::RestoreField)}
                    <input
                        name="restore-secret"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="restore-hint"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">{ctx.t(Key::RestoreButton)}</button>
                <p class="message error" role="alert">{message}</p>
            </form>
        </div>
    }
}
