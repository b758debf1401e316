//! The whole widget: header with the journey's title and the language switch, the practice
//! banner, then either the journey (step card beside the world's panels) or the error panel.

use std::sync::Arc;

use leptos::prelude::*;

use super::error_panel::ErrorPanel;
use super::events::{Host, HostEvent, emit};
use super::layout::{Layout, Panel};
use super::loading::{JourneySource, LoadError, load};
use super::session::Session;
use super::stepper::Stepper;
use super::ticker::use_clock;
use super::{Ctx, dynamic, effect, handler, memo};
use super::{clock::ClockBar, console::ConsolePanel, inbox::InboxPanel};
use super::{panel_tabs::PanelTabs, phone::PhonePanel};
use crate::engine::clock::Clock;
use crate::i18n::{Key, Lang, Overrides};

/// The journey a widget follows when the host names none.
pub const DEFAULT_JOURNEY: &str = "triage";

/// What a host chooses for one widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    pub lang: Lang,
    /// Makes secrets, codes and phone numbers repeatable.
    pub seed: Option<String>,
    pub clock: Clock,
    /// The journey to follow: built-in, given on the page, or handed over.
    pub source: JourneySource,
    /// A step id to start at instead of the journey's first step.
    pub start: Option<String>,
    /// The sessionStorage key to save progress under and resume from; `None`: resume is off.
    pub resume_key: Option<String>,
    /// The host element the widget's events are dispatched on.
    pub host: Option<web_sys::HtmlElement>,
    /// A language the host can change later (the `lang` attribute, live); it wins over `lang`.
    pub live_lang: Option<ArcRwSignal<Lang>>,
    /// Whether the widget can be seen (the host sets it false when the element is hidden,
    /// off-screen or in a background tab): while false, no timer runs.
    pub visible: Option<ArcRwSignal<bool>>,
    /// The host's own words for this widget (`src-strings`), already checked.
    pub strings: Arc<Overrides>,
    /// A host setting that was already found unusable (a bad `now`, `clock`, `src-journey`):
    /// the widget shows it in its error panel instead of starting.
    pub setup_error: Option<LoadError>,
}

/// One complete widget instance.
#[component]
pub fn Widget(options: WidgetOptions) -> impl IntoView {
    let lang = match options.live_lang.clone() {
        Some(live) => RwSignal::from(live),
        None => RwSignal::new(options.lang),
    };
    let clock = RwSignal::new(options.clock);
    let visible = options
        .visible
        .clone()
        .map_or_else(|| RwSignal::new(true), RwSignal::from);
    let now_ms = use_clock(clock, visible);
    let ctx = Ctx {
        lang,
        clock,
        now_ms,
        strings: StoredValue::new(Arc::clone(&options.strings)),
    };
    provide_context(ctx);

    let host: Host = StoredValue::new_local(options.host.clone());
    let loaded = match &options.setup_error {
        Some(error) => Err(error.clone()),
        None => load(&options.source, options.start.as_deref()),
    };
    let started = loaded.and_then(|journey| {
        Session::start(
            journey,
            options.start.clone(),
            options.seed.clone(),
            clock,
            options.resume_key.clone(),
            host,
        )
        .ok_or(LoadError::NoRandomness)
    });
    let (title, body) = match started {
        Ok(session) => {
            let title = dynamic(move || {
                session.run.track();
                session
                    .journey
                    .try_with_value(|j| ctx.pick(&j.title))
                    .unwrap_or_default()
            });
            (title.into_any(), view! { <Shell session /> }.into_any())
        }
        Err(error) => {
            emit(
                host,
                HostEvent::Error {
                    message: &untrack(|| ctx.tr(|tr| error.message(tr))),
                    code: error.keyword(),
                },
            );
            (
                ctx.t(Key::WidgetTitle).into_any(),
                view! { <ErrorPanel error /> }.into_any(),
            )
        }
    };

    view! {
        <div class="mfa-rescue" lang=move || lang.get().tag().to_owned()>
            <header class="widget-header">
                <p class="widget-title">{title}</p>
                // The visible name is in the other language; the accessible name starts with it
                // (WCAG 2.5.3, label in name) and explains it in the current one.
                <button
                    type="button"
                    class="lang-switch"
                    on:click=handler(move |_| lang.update(|l| *l = l.other()))
                    inner_html=ctx.labelled(Key::SwitchLanguage, Key::SwitchLanguageLabel, Some(Lang::other))
                ></button>
            </header>
            <p class="practice-banner">{ctx.t(Key::PracticeBanner)}</p>
            {body}
        </div>
    }
}

/// The step card beside the clock and the three panels.
#[component]
fn Shell(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let layout = Layout::new();
    provide_context(layout);

    // The host page hears of every new step (and of the end).
    let at = memo(move || session.at());
    effect(move || {
        at.with(|_| ());
        session.announce_step();
    });

    // `after` transitions: offer the engine every second of the clock.
    effect(move || session.tick(ctx.now_ms.get().div_euclid(1000)));

    // A narrow widget shows the panel the new step is about.
    let step_id = memo(move || {
        session
            .run
            .try_with(|r| r.step_id().to_owned())
            .unwrap_or_default()
    });
    effect(move || {
        // `get`, not `track`: a memo that is only tracked is never computed, so never changes.
        step_id.get();
        if let Some(panel) = session.with_step_untracked(Panel::for_step).flatten() {
            layout.selected.set(panel);
        }
    });

    // Mails that went away (Back, Start again) are forgotten as read, so a new mail in the same
    // place shows as new.
    let mail_count = session.world_memo(|w| w.mails.len());
    // A mail that arrives without the step changing ("Resend the email") shows the inbox too.
    let mut previous: Option<(String, usize)> = None;
    effect(move || {
        let now = (step_id.get(), mail_count.get());
        if let Some((step, count)) = previous.take()
            && step == now.0
            && now.1 > count
        {
            layout.selected.set(Panel::Inbox);
        }
        previous = Some(now);
    });
    effect(move || {
        let count = mail_count.get();
        if layout
            .read_mails
            .with_untracked(|r| r.iter().any(|(i, _)| *i >= count))
        {
            layout.read_mails.update(|r| r.retain(|(i, _)| *i < count));
        }
    });

    view! {
        <div class="shell">
            <Stepper session />
            <div class="world">
                <ClockBar session />
                <PanelTabs session />
                <div class="panels">
                    <div
                        class="slot"
                        data-panel="console"
                        class:active=move || layout.selected.get() == Panel::Console
                    >
                        <ConsolePanel session />
                    </div>
                    <div
                        class="slot"
                        data-panel="inbox"
                        class:active=move || layout.selected.get() == Panel::Inbox
                    >
                        <InboxPanel session />
                    </div>
                    <div
                        class="slot"
                        data-panel="phone"
                        class:active=move || layout.selected.get() == Panel::Phone
                    >
                        <PhonePanel session />
                    </div>
                </div>
            </div>
        </div>
    }
}
