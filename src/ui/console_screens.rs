//! The console's screens, one function each, with the buttons [`Screen::actions`] names. Labels
//! follow the AWS wording quoted in the fact sheet (§9), in Japanese where AWS's Japanese wording
//! is known from readers' reports.

use leptos::prelude::*;

use super::credential_guard::{credential_warning, guarded_input};
use super::enroll_form::EnrollForm;
use super::qr_preview::QrPreview;
use super::session::Session;
use super::{Ctx, handler, show, show_or};
use crate::engine::authenticator::DEFAULT_DEVICE_NAME;
use crate::engine::guard::Expect;
use crate::engine::journey::{Action, Screen};
use crate::engine::run::Event;
use crate::engine::world::{PRACTICE_EMAIL, PRACTICE_NAME, World};
use crate::i18n::Key;
use crate::i18n::labels::action_key;

/// A console button that sends `Event::Action(action)`.
fn action(session: Session, action: Action, primary: bool) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <button
            type="button"
            class="action"
            class:secondary=!primary
            data-action=action.keyword()
            on:click=handler(move |_| session.send(Event::Action(action)))
        >
            {ctx.t_mixed(action_key(action))}
        </button>
    }
}

/// "Step 1: Email address verification ✓" and its siblings.
fn progress_line(key: Key, done: bool) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <p class="alt-step" class:done=done>
            {ctx.t(key)}
            {done.then(|| view! { " " <span class="check">{ctx.t(Key::StepDone)}</span> })}
        </p>
    }
}

/// The view of `screen`, reading the world from `session`.
pub fn screen_view(session: Session, screen: Screen) -> AnyView {
    let ctx = Ctx::get();
    let t = move |key: Key| ctx.t(key);
    let last_four = move || session.world(World::phone_last_four);

    match screen {
        Screen::None => view! { <p class="idle">{t(Key::ScreenIdle)}</p> }.into_any(),

        Screen::SignIn => view! {
            <h4>{t(Key::ScreenSignIn)}</h4>
            <p class="radio-like">"◉ " {t(Key::RootUser)}</p>
            <dl class="fields">
                <dt>{t(Key::RootEmail)}</dt>
                <dd translate="no">{PRACTICE_EMAIL}</dd>
                <dt>{t(Key::Password)}</dt>
                <dd class="practice-password">
                    <span class="dots" aria-hidden="true">"••••••••"</span>
                    " "
                    <span class="hint">{t(Key::PracticePasswordFilled)}</span>
                </dd>
            </dl>
            {action(session, Action::SignIn, true)}
        }
        .into_any(),

        Screen::MfaPrompt => {
            // The code typed here is never read (the story's app has none); the field only guards.
            let refused = RwSignal::new(0u32);
            view! {
                <h4>{t(Key::ScreenMfaPrompt)}</h4>
                <p>{t(Key::MfaPromptText)}</p>
                <label>
                    {t(Key::MfaCode)}
                    <input
                        name="practice-mfa-code"
                        inputmode="numeric"
                        autocomplete="off"
                        on:input=guarded_input(Expect::Digits, None, refused)
                    />
                </label>
                {credential_warning(refused)}
                {action(session, Action::SubmitMfa, true)}
                <div class="links">
                    {action(session, Action::TroubleshootMfa, false)}
                    {action(session, Action::TryAnotherMethod, false)}
                </div>
            }
            .into_any()
        }

        Screen::Troubleshoot => view! {
            <h4>{t(Key::ScreenTroubleshoot)}</h4>
            <h5>{t(Key::ScreenAltFactors)}</h5>
            <p>{t(Key::AltFactorsText)}</p>
            {action(session, Action::AlternativeFactors, true)}
            <h5>{t(Key::ResyncTitle)}</h5>
            {action(session, Action::Resync, false)}
        }
        .into_any(),

        Screen::AltEmail => {
            let sent = move || session.world(|w| w.latest_link().is_some());
            view! {
                <h4>{t(Key::ScreenAltFactors)}</h4>
                {progress_line(Key::AltStep1, false)}
                <p>{t(Key::EmailAddress)} " " <span translate="no">{PRACTICE_EMAIL}</span></p>
                {action(session, Action::SendEmail, true)}
                {action(session, Action::ResendEmail, false)}
                <p class="status">{move || sent().then(|| ctx.text(Key::EmailSent))}</p>
                {progress_line(Key::AltStep2, false)}
            }
            .into_any()
        }

        Screen::AltPhoneCall => {
            let code = move || session.world(|w| w.console_code.clone().unwrap_or_default());
            view! {
                <h4>{t(Key::ScreenAltFactors)}</h4>
                {progress_line(Key::AltStep1, true)}
                {progress_line(Key::AltStep2, false)}
                <p>{move || ctx.fill(Key::PhoneEndingIn, &[("last4", &last_four())])}</p>
                {action(session, Action::CallMeNow, true)}
                {show(
                    move || !code().is_empty(),
                    move || {
                        view! {
                            <p class="console-code-label">{t(Key::ConsoleCodeLabel)}</p>
                            <p class="console-code" translate="no">{move || code()}</p>
                        }
                        .into_any()
                    },
                )}
            }
            .into_any()
        }

        Screen::AltPhoneSms => {
            let typed = RwSignal::new(String::new());
            let refused = RwSignal::new(0u32);
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                session.send(Event::ConsoleCode(typed.get_untracked()));
            };
            view! {
                <h4>{t(Key::ScreenAltFactors)}</h4>
                {progress_line(Key::AltStep1, true)}
                {progress_line(Key::AltStep2, false)}
                <p>{move || ctx.fill(Key::SmsWillSend, &[("last4", &last_four())])}</p>
                <p class="era-note">{t(Key::SmsVariantNote)}</p>
                {action(session, Action::SendSms, true)}
                {action(session, Action::VoiceCall, false)}
                <form class="console-code-form" on:submit=handler(submit)>
                    <label>
                        {t(Key::VerificationCode)}
                        <input
                            name="console-code"
                            inputmode="numeric"
                            autocomplete="off"
                            prop:value=move || typed.get()
                            on:input=guarded_input(Expect::Digits, Some(typed), refused)
                        />
                    </label>
                    {credential_warning(refused)}
                    <button type="submit">{t(Key::Verify)}</button>
                </form>
            }
            .into_any()
        }

        Screen::AltPhoneFailed => view! {
            <h4>{t(Key::ScreenAltFactors)}</h4>
            {progress_line(Key::AltStep1, true)}
            <p class="console-error">
                {t(Key::PhoneFailed)}
                {show(
                    move || !ctx.ja(),
                    move || {
                        view! { " " <span class="unconfirmed">{t(Key::WordingUnconfirmed)}</span> }
                            .into_any()
                    },
                )}
            </p>
            {action(session, Action::StartOver, false)}
            {action(session, Action::ContactSupport, false)}
        }
        .into_any(),

        Screen::AltDone => view! {
            <h4>{t(Key::ScreenAltFactors)}</h4>
            {progress_line(Key::AltStep1, true)}
            {progress_line(Key::AltStep2, true)}
            {progress_line(Key::AltStep3, false)}
            {action(session, Action::SignInConsole, true)}
        }
        .into_any(),

        Screen::MfaRequired => view! {
            <h4>{t(Key::ScreenMfaRequired)}</h4>
            <p>{t(Key::MfaRequiredText)}</p>
            <p class="unconfirmed">{t(Key::MfaRequiredWording)}</p>
            {action(session, Action::RegisterMfa, true)}
            {action(session, Action::SkipMfa, false)}
        }
        .into_any(),

        Screen::SecurityCredentials => {
            view! {
                <h4>{t(Key::ScreenSecurityCredentials)}</h4>
                <h5>{t(Key::MfaSection)}</h5>
                {show_or(
                    move || session.world(|w| w.old_device),
                    move || {
                        view! {
                            <div class="device-row" data-device="old">
                                <p>
                                    <span class="device-name" translate="no">{DEFAULT_DEVICE_NAME}</span>
                                    " · "
                                    {t(Key::VirtualDevice)}
                                </p>
                                // Lost with the old phone, or still in the reader's app
                                // (prevention: adding a second device, not replacing one).
                                <p class="hint">
                                    {move || {
                                        let lost = session.world(|w| w.app.entry.is_none());
                                        ctx.text(if lost { Key::OldDeviceNote } else { Key::CurrentDeviceNote })
                                    }}
                                </p>
                                {action(session, Action::RemoveDevice, false)}
                            </div>
                        }
                        .into_any()
                    },
                    move || view! { <p class="no-devices">{t(Key::NoDevices)}</p> }.into_any(),
                )}
                {action(session, Action::AssignDevice, true)}
            }
            .into_any()
        }

        Screen::AssignMfa => {
            let enrollment = session.world_memo(|w| w.enrollment.clone());
            view! {
                <h4>{t(Key::ScreenAssignMfa)}</h4>
                <dl class="fields">
                    <dt>{t(Key::DeviceName)}</dt>
                    <dd translate="no">
                        {move || enrollment.with(|e| e.as_ref().map(|e| e.device_name.clone()).unwrap_or_default())}
                    </dd>
                    <dt>{t(Key::DeviceType)}</dt>
                    <dd>{t(Key::AuthenticatorApp)}</dd>
                </dl>
                {show_or(
                    move || enrollment.with(Option::is_some),
                    move || {
                        view! {
                            <QrPreview enrollment />
                            <EnrollForm session enrollment />
                        }
                        .into_any()
                    },
                    move || view! { <p>{t(Key::NoEnrollment)}</p> }.into_any(),
                )}
            }
            .into_any()
        }

        Screen::ConsoleHome => {
            let enrolled = move || session.world(|w| w.enrolled);
            view! {
                <h4>{t(Key::ScreenConsoleHome)}</h4>
                <p>{t(Key::SignedInAsRoot)}</p>
                <p class="mfa-status" data-enrolled=move || enrolled().to_string()>
                    {move || ctx.text(if enrolled() { Key::MfaAssigned } else { Key::MfaNotAssigned })}
                </p>
            }
            .into_any()
        }

        // AWS shows this form in English: the Japanese console keeps its labels, glossed.
        Screen::SupportForm => view! {
            <p class="expander">"▾ " {ctx.t_mixed(Key::SupportExpander)}</p>
            <h4>{ctx.t_mixed(Key::ScreenSupportForm)}</h4>
            <dl class="fields">
                <dt>{ctx.t_mixed(Key::SupportProblem)}</dt>
                <dd>{ctx.t_mixed(Key::SupportProblemLost)}</dd>
                <dt>{ctx.t_mixed(Key::SupportName)}</dt>
                <dd translate="no">{PRACTICE_NAME}</dd>
                <dt>{ctx.t_mixed(Key::SupportEmail)}</dt>
                <dd translate="no">{PRACTICE_EMAIL}</dd>
                <dt>{ctx.t_mixed(Key::SupportPhone)}</dt>
                <dd translate="no">{move || session.world(|w| w.stored_phone.clone())}</dd>
                <dt>{ctx.t_mixed(Key::SupportLanguage)}</dt>
                <dd>{ctx.t_mixed(Key::SupportLanguageChoice)}</dd>
            </dl>
            {action(session, Action::SubmitSupport, true)}
            <p class="hint real-form">{ctx.t_mixed(Key::SupportFormAddress)}</p>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_console_button_has_its_own_label() {
        let mut keys: Vec<Key> = Action::ALL.iter().map(|a| action_key(*a)).collect();
        keys.dedup();
        assert_eq!(keys.len(), Action::ALL.len());
    }
}
