//! The authenticator app on the reader's phone: its live code and countdown, the phone change
//! that wipes it (the seeds' story), and the way back from the console's QR code or from the
//! practice key this rehearsal showed (never a real one: the engine refuses any other key). The app lives in the run's world; changes the reader makes on the phone are written
//! back to it, so Back undoes them with everything else.

use leptos::prelude::*;

use super::credential_guard::{credential_warning, guarded_input};
use super::session::Session;
use super::{Ctx, effect, handler, show, show_or};
use crate::engine::authenticator::AppEntry;
use crate::engine::guard::Expect;
use crate::engine::run::{Event, Refusal};
use crate::engine::totp::{STEP_SECS, SecretError, seconds_left};
use crate::engine::world::World;
use crate::i18n::Key;

/// The app. The device the console is assigning, if any, can be scanned from the console.
#[component]
pub fn AuthenticatorPanel(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let wipe = move |_| session.send(Event::WipeApp);

    view! {
        <section class="app" aria-labelledby="mfa-app-title">
            <h4 id="mfa-app-title">{ctx.t(Key::AppTitle)}</h4>
            {show_or(
                move || session.world(|w| w.app.entry.is_some()),
                move || {
                    view! {
                        <LiveCode session />
                        // A device being assigned that the app does not hold yet (a second
                        // device, a re-enrollment): scanning replaces the entry.
                        {show(
                            move || session.world(|w| {
                                w.enrollment.as_ref().is_some_and(|e| {
                                    w.app.entry.as_ref().is_none_or(|a| a.secret != e.secret)
                                })
                            }),
                            move || view! {
                                <button type="button" class="scan" on:click=handler(move |_| session.send(Event::ScanQr))>
                                    {ctx.t(Key::ScanQr)}
                                </button>
                            }
                            .into_any(),
                        )}
                        <button type="button" class="secondary" on:click=handler(wipe)>
                            {ctx.t(Key::ReplacePhone)}
                        </button>
                    }
                    .into_any()
                },
                move || view! { <EmptyApp session /> }.into_any(),
            )}
        </section>
    }
}

/// The account's current code, grouped "123 456" as apps show it, and the seconds it has left.
#[component]
fn LiveCode(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let left = move || seconds_left(ctx.now_secs()).to_string();

    view! {
        <div class="app-entry">
            <p class="issuer" lang="en">{move || session.world(|w| entry(w, |e| e.issuer.clone()))}</p>
            <p class="account" translate="no">{move || session.world(|w| entry(w, |e| e.account.clone()))}</p>
            // Announced when the code turns over (once per 30 s); the countdown below is not live.
            <div aria-live="polite" aria-atomic="true">
            <p class="code-label">{ctx.t(Key::CurrentCode)}</p>
            <p part="totp-code" class="code" translate="no">
                {move || {
                    session
                        .world(|w| w.app.entry.as_ref().and_then(AppEntry::otp))
                        .map(|o| o.code_at(ctx.now_secs()))
                        .map(|c| {
                            format!(
                                "{} {}",
                                c.get(..3).unwrap_or_default(),
                                c.get(3..).unwrap_or_default()
                            )
                        })
                        .unwrap_or_default()
                }}
            </p>
            </div>
            <p class="countdown-line">
                {ctx.t(Key::CodeTurnsOverIn)} " "
                <span part="totp-countdown" class="countdown">{move || left()}</span>
                " " {ctx.t(Key::SecondsUnit)}
            </p>
            <progress
                class="countdown-bar"
                max=STEP_SECS
                value=move || seconds_left(ctx.now_secs()).to_string()
                aria-hidden="true"
            ></progress>
        </div>
    }
}

/// A text of the app's entry (empty while there is none).
fn entry(w: &World, f: fn(&AppEntry) -> String) -> String {
    w.app.entry.as_ref().map(f).unwrap_or_default()
}

/// What a wiped app shows, and the two ways to fill it again.
#[component]
fn EmptyApp(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Refusal>);
    let refused = RwSignal::new(0u32);
    // A refused paste makes the previous submit's message old news.
    effect(move || {
        if refused.get() > 0 {
            problem.set(None);
        }
    });

    let restore = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // The engine decides: only a key this rehearsal made restores the app. Whatever was typed
        // leaves the field either way, so no pasted key stays in the page.
        let outcome = session.send_checked(Event::RestoreApp(typed.get_untracked()));
        typed.set(String::new());
        problem.set(outcome.filter(|r| matches!(r, Refusal::Secret(_) | Refusal::NotPracticeKey)));
    };
    let scan = move |_| session.send(Event::ScanQr);
    let message = move || {
        problem.get().map(|p| match p {
            Refusal::Secret(SecretError::Empty) => ctx.text(Key::ErrSecretEmpty),
            Refusal::Secret(SecretError::NotBase32 { bad }) => {
                ctx.fill(Key::ErrSecretNotBase32, &[("bad", &bad.to_string())])
            }
            Refusal::Secret(SecretError::TooShort { .. }) => ctx.text(Key::ErrSecretTooShort),
            Refusal::Secret(SecretError::TooLong) => ctx.text(Key::ErrSecretTooLong),
            _ => ctx.text(Key::ErrNotPracticeKey),
        })
    };

    view! {
        <div class="app-empty">
            <p class="empty-title">{ctx.t(Key::AppEmptyTitle)}</p>
            <p>{ctx.t_mixed(Key::AppEmptyBody)}</p>
            {show(
                move || session.world(|w| w.enrollment.is_some()),
                move || {
                    view! {
                        <button type="button" class="scan" on:click=handler(scan)>
                            {ctx.t(Key::ScanQr)}
                        </button>
                    }
                    .into_any()
                },
            )}
            <form class="restore" on:submit=handler(restore)>
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
                        on:input=guarded_input(Expect::Base32, Some(typed), refused)
                    />
                </label>
                {credential_warning(refused)}
                <button type="submit">{ctx.t(Key::RestoreButton)}</button>
                <p
                    class="message error"
                    role="alert"
                    data-refusal=move || problem.get().map(|p| match p {
                        Refusal::NotPracticeKey => "not-practice-key",
                        _ => "not-a-key",
                    })
                >
                    {move || message()}
                </p>
            </form>
        </div>
    }
}
