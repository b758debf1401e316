//! Leptos components. They read engine state and send engine events; the only web APIs they
//! touch are the DOM through Leptos, the real clock in [`ticker`], and the reader's time zone in
//! [`clock`].
//!
//! One component per file. The widget ([`widget`]) loads a journey, starts a [`session::Session`]
//! and lays out the step card ([`stepper`]) beside the world's panels: the practice console
//! ([`console`]), the inbox ([`inbox`]) and the phone ([`phone`]), with the simulated clock
//! ([`clock`]) above them.

pub mod authenticator;
pub mod call;
pub mod clock;
pub mod console;
pub mod console_screens;
pub mod decision;
pub mod enroll_form;
pub mod error_panel;
pub mod fmt;
pub mod inbox;
pub mod keypad;
pub mod layout;
pub mod notice;
pub mod outcome;
pub mod panel_tabs;
pub mod phone;
pub mod qr_preview;
pub mod session;
pub mod source_line;
pub mod stepper;
pub mod ticker;
pub mod widget;

pub use widget::{DEFAULT_JOURNEY, Widget, WidgetOptions};

use leptos::prelude::*;

use crate::engine::clock::Clock;
use crate::engine::journey::Text;
use crate::i18n::{Key, Lang};

/// Shared by every component of one widget instance (each instance has its own).
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    /// The widget's one clock (the clock bar jumps it; `send` applies the journey's jumps).
    pub clock: RwSignal<Clock>,
    /// What the widget's clock reads, in ms since the epoch.
    pub now_ms: ReadSignal<i64>,
}

impl Ctx {
    /// The context of the enclosing widget. Components are only ever rendered inside [`Widget`],
    /// which provides it; a default keeps a misuse from panicking.
    pub fn get() -> Ctx {
        use_context::<Ctx>().unwrap_or_else(|| Ctx {
            lang: RwSignal::new(Lang::En),
            clock: RwSignal::new(Clock::default()),
            now_ms: signal(0).0,
        })
    }

    /// Reactive text for `key` in the current language.
    pub fn t(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || key.text(lang.get())
    }

    /// The clock's reading in whole seconds.
    pub fn now_secs(self) -> i64 {
        self.now_ms.get().div_euclid(1000)
    }

    /// Whether the reader reads Japanese (tracked).
    pub fn ja(self) -> bool {
        self.lang.get() == Lang::Ja
    }

    /// A journey text in the reader's language (tracked).
    pub fn pick(self, text: &Text) -> String {
        text.get(self.ja()).to_owned()
    }
}
