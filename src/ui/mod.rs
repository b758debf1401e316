//! Leptos components. They read engine state and send engine events; the only web APIs they
//! touch are the DOM through Leptos and the real clock in [`ticker`].

pub mod authenticator;
pub mod enroll_form;
pub mod qr_preview;
pub mod ticker;
pub mod widget;

pub use widget::{Widget, WidgetOptions};

use leptos::prelude::*;

use crate::i18n::{Key, Lang};

/// Shared by every component of one widget instance (each instance has its own).
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    /// What the widget's clock reads, in ms since the epoch.
    pub now_ms: ReadSignal<i64>,
}

impl Ctx {
    /// The context of the enclosing widget. Components are only ever rendered inside [`Widget`],
    /// which provides it; a default keeps a misuse from panicking.
    pub fn get() -> Ctx {
        use_context::<Ctx>().unwrap_or_else(|| Ctx {
            lang: RwSignal::new(Lang::En),
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
}
