//! The whole widget: header, practice banner, the phone and the console side by side.

use leptos::prelude::*;

use super::Ctx;
use super::authenticator::AuthenticatorPanel;
use super::enroll_form::EnrollForm;
use super::qr_preview::QrPreview;
use super::ticker::use_clock;
use crate::engine::authenticator::{AuthenticatorApp, Enrollment};
use crate::engine::clock::Clock;
use crate::engine::entropy::Entropy;
use crate::i18n::{Key, Lang};

/// What a host chooses for one widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    pub lang: Lang,
    pub seed: Option<String>,
    pub clock: Clock,
}

/// One complete widget instance.
#[component]
pub fn Widget(options: WidgetOptions) -> impl IntoView {
    let lang = RwSignal::new(options.lang);
    let clock = RwSignal::new(options.clock);
    let now_ms = use_clock(clock);
    let ctx = Ctx { lang, now_ms };
    provide_context(ctx);

    let mut entropy = Entropy::from_seed(options.seed.as_deref());
    let body = match Enrollment::new(&mut entropy) {
        Ok(enrollment) => {
            let mut app = AuthenticatorApp::default();
            // Before the story starts, the old phone had the account: that is what gets lost.
            app.scan(&enrollment);
            let app = RwSignal::new(app);
            let enrollment = RwSignal::new(enrollment);
            view! {
                <div class="panels">
                    <AuthenticatorPanel app enrollment />
                    <section class="panel console" aria-labelledby="console-title">
                        <h2 id="console-title">{ctx.t(Key::ConsoleTitle)}</h2>
                        <p class="practice-tag">{ctx.t(Key::PracticeBanner)}</p>
                        <QrPreview enrollment />
                        <EnrollForm enrollment />
                    </section>
                </div>
            }
            .into_any()
        }
        Err(_) => view! {
            <div part="error" class="error-panel" role="alert">{ctx.t(Key::ErrNoRandomness)}</div>
        }
        .into_any(),
    };

    view! {
        <div class="mfa-rescue" lang=move || lang.get().tag()>
            <header class="widget-header">
                <h1 part="step-title" class="widget-title">{ctx.t(Key::WidgetTitle)}</h1>
                <button
                    type="button"
                    class="lang-switch"
                    lang=move || lang.get().other().tag()
                    aria-label=ctx.t(Key::SwitchLanguageLabel)
                    on:click=move |_| lang.update(|l| *l = l.other())
                >
                    {ctx.t(Key::SwitchLanguage)}
                </button>
            </header>
            {body}
        </div>
    }
}
