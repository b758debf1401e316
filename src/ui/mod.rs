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
pub mod credential_guard;
pub mod decision;
pub mod enroll_form;
pub mod error_panel;
pub mod events;
pub mod fmt;
pub mod html;
pub mod inbox;
pub mod keypad;
pub mod layout;
pub mod loading;
pub mod map;
pub mod notice;
pub mod outcome;
pub mod panel_tabs;
pub mod phone;
pub mod phrasebook;
pub mod qr_preview;
pub mod session;
pub mod source_line;
pub mod stepper;
pub mod storage;
pub mod ticker;
pub mod timeline;
pub mod widget;
pub mod words;

pub use widget::{DEFAULT_JOURNEY, Widget, WidgetOptions};

use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use crate::engine::clock::Clock;
use crate::engine::journey::Text;
use crate::i18n::{Key, Lang, Overrides, Tr};

/// Shared by every component of one widget instance (each instance has its own).
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    /// The widget's one clock (the clock bar jumps it; `send` applies the journey's jumps).
    pub clock: RwSignal<Clock>,
    /// What the widget's clock reads, in ms since the epoch.
    pub now_ms: ReadSignal<i64>,
    /// The host's own words for this widget (`src-strings`), if any.
    pub strings: StoredValue<Arc<Overrides>>,
}

impl Ctx {
    /// The context of the enclosing widget. Components are only ever rendered inside [`Widget`],
    /// which provides it; a default keeps a misuse from panicking.
    pub fn get() -> Ctx {
        use_context::<Ctx>().unwrap_or_else(|| Ctx {
            lang: RwSignal::new(Lang::En),
            clock: RwSignal::new(Clock::default()),
            now_ms: signal(0).0,
            strings: StoredValue::new(Arc::default()),
        })
    }

    // The readers below are not inlined: the widget calls them from many closures, and one copy
    // of the signal-reading code is smaller than one in each.

    /// The reader's language (tracked).
    #[inline(never)]
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Reactive text for `key` in the current language, for a view. (A [`Dyn`] `String`, like
    /// every other reactive text of the widget, so that they all share one renderer.)
    pub fn t(self, key: Key) -> Dyn<String> {
        dynamic(move || self.text(key))
    }

    /// [`Ctx::t`] with the English runs inside Japanese text marked `lang="en"`.
    pub fn t_mixed(self, key: Key) -> Dyn<AnyView> {
        dynamic(move || fmt::inline(&self.text(key), false))
    }

    /// `f` of this widget's words in the current language (tracked): the catalogue's, or the
    /// host's where it gave its own.
    pub fn tr<T>(self, f: impl FnOnce(Tr<'_>) -> T) -> T {
        let lang = self.lang();
        match self.strings.try_get_value() {
            Some(over) => f(Tr::with(lang, &over)),
            None => f(Tr::plain(lang)),
        }
    }

    /// A button's words as HTML (see [`html`]): `label`, then " " and `hidden` for screen readers
    /// only, so that the accessible name starts with the visible label (WCAG 2.5.3). `lang` marks
    /// the visible label's language when it is not the screen's.
    pub fn labelled(self, label: Key, hidden: Key, lang: Option<fn(Lang) -> Lang>) -> Dyn<String> {
        dynamic(move || {
            self.tr(|tr| {
                let mut out = String::new();
                match lang {
                    Some(lang) => {
                        out.push_str("<span");
                        html::attr(&mut out, "lang", lang(tr.lang).tag());
                        out.push('>');
                        html::esc(tr.text(label), &mut out);
                        out.push_str("</span>");
                    }
                    None => html::esc(tr.text(label), &mut out),
                }
                out.push_str("<span class=\"visually-hidden\"> ");
                html::esc(tr.text(hidden), &mut out);
                out.push_str("</span>");
                out
            })
        })
    }

    /// The text of `key` in the current language (tracked).
    pub fn text(self, key: Key) -> String {
        self.tr(|tr| tr.text(key).to_owned())
    }

    /// [`Ctx::text`] with its placeholders filled in.
    pub fn fill(self, key: Key, values: &[(&str, &str)]) -> String {
        self.tr(|tr| tr.fill(key, values))
    }

    /// The clock's reading in whole seconds.
    #[inline(never)]
    pub fn now_secs(self) -> i64 {
        self.now_ms.get().div_euclid(1000)
    }

    /// Whether the reader reads Japanese (tracked).
    pub fn ja(self) -> bool {
        self.lang() == Lang::Ja
    }

    /// A journey text in the reader's language (tracked).
    #[inline(never)]
    pub fn pick(self, text: &Text) -> String {
        text.get(self.ja()).to_owned()
    }
}

// Size: every distinct closure type, memo, `<Show>` or view type is its own copy of Leptos's
// rendering code in the wasm. The helpers below erase them to one type per *output*, so the whole
// widget shares a handful of copies. In `view!`, write reactive parts as inline closures
// (`{move || …}`, `attr=move || …`): the macro erases those the same way. A closure bound to a
// name and passed as `{name}` is not erased.

/// A reactive part of a view, in the one type the `view!` macro gives inline closures.
pub type Dyn<T> = Arc<Mutex<dyn FnMut() -> T + Send>>;

/// `f` as a [`Dyn`].
pub fn dynamic<T: 'static>(f: impl FnMut() -> T + Send + 'static) -> Dyn<T> {
    Arc::new(Mutex::new(f))
}

/// Views side by side, as `view!` puts the children of one parent.
pub fn fragment(parts: Vec<AnyView>) -> AnyView {
    leptos::tachys::view::iterators::StaticVec::from(parts).into_any()
}

/// An event handler, in the one type all the widget's handlers share.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// A function shared by reactive parts, behind one pointer type.
pub type Shared<T> = Arc<dyn Fn() -> T + Send + Sync>;

/// What `<Show when fallback>` renders (`view` while `when` holds, else `fallback`, each built
/// again only when `when` changes), without `<Show>`'s code for each use.
pub fn show(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> AnyView + Send + Sync + 'static,
) -> Dyn<AnyView> {
    show_or(when, view, nothing)
}

/// An empty view, as `<Show>` renders without a fallback: an empty [`fragment`], whose one
/// `<!---->` anchor is where a view that replaces it goes (an erased `()` would keep two).
pub fn nothing() -> AnyView {
    fragment(Vec::new())
}

/// [`show`] with a fallback.
pub fn show_or(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> AnyView + Send + Sync + 'static,
    fallback: impl Fn() -> AnyView + Send + Sync + 'static,
) -> Dyn<AnyView> {
    show_erased(Arc::new(when), Arc::new(view), Arc::new(fallback))
}

fn show_erased(
    when: Shared<bool>,
    view: Shared<AnyView>,
    fallback: Shared<AnyView>,
) -> Dyn<AnyView> {
    // Like `<Show>`, an `ArcMemo` owned by the closure (not by the arena), so it lives exactly as
    // long as the view that reads it.
    let when = ArcMemo::new(move |_| when());
    dynamic(move || if when.get() { view() } else { fallback() })
}

/// `Effect::new(move |_| f())`, with one copy of the effect's code for the whole widget. An
/// effect that needs what its previous run saw keeps it in a variable of `f`.
pub fn effect(f: impl FnMut() + 'static) {
    effect_erased(Box::new(f));
}

// The one `Effect::new` of the widget (clippy.toml forbids the others).
#[allow(clippy::disallowed_methods)]
fn effect_erased(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// `Memo::new(move |_| f())`, with one copy of the memo's code per value type instead of one
/// per closure.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    memo_erased(Arc::new(f))
}

fn memo_erased<T: PartialEq + Send + Sync + 'static>(f: Shared<T>) -> Memo<T> {
    Memo::new(move |_| f())
}
