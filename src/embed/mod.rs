//! The only module that knows about shadow roots and mounting: it puts one widget inside a host
//! element's open shadow root. The stylesheet is not here: `mfa-rescue.js` loads `widget.css`
//! once per page, parses it into one constructed sheet (so a strict CSP without 'unsafe-inline'
//! is enough, and host styles stay outside) and adopts it in every widget's root before it calls
//! [`mount`]; the pre-rendered first step uses the same sheet. Compiled in, the CSS was 5.3 KB
//! brotli of the wasm that every interactive step waits for, and a second copy of the file.
//!
//! The custom element, the `div[data-mfa-rescue]` upgrade, themes and the iframe page are small
//! JavaScript (`js/`), which is cheaper in JS than in wasm; it calls [`mount`] with the host's
//! settings as a plain object and keeps the returned [`Embedded`] until the element leaves.

pub mod attrs;
pub mod data;

use std::cell::RefCell;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::i18n::Lang;
use crate::ui::ticker::real_now_ms;
use crate::ui::{Widget, WidgetOptions};

/// A mounted widget. Dropping it unmounts the view and, with it, every timer it started.
pub struct Mounted {
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

/// Mounts a widget inside `host`'s shadow root (creating an open one if needed).
pub fn mount_in_shadow(host: &HtmlElement, options: WidgetOptions) -> Result<Mounted, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => {
            let init = ShadowRootInit::new(ShadowRootMode::Open);
            host.attach_shadow(&init)?
        }
    };

    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let container: HtmlElement = document.create_element("div")?.dyn_into()?;
    container.set_class_name("mfa-rescue-root");
    root.append_child(&container)?;
    let handle = mount_to(container, move || view! { <Widget options /> }.into_any());
    Ok(Mounted { _handle: handle })
}

/// One widget on a host element, as JavaScript holds it.
#[wasm_bindgen]
pub struct Embedded {
    mounted: Option<Mounted>,
    lang: ArcRwSignal<Lang>,
    visible: ArcRwSignal<bool>,
}

#[wasm_bindgen]
impl Embedded {
    /// Unmounts the widget: its view, timers and listeners go. Calling it again does nothing.
    pub fn destroy(&mut self) {
        self.mounted = None;
    }

    /// Tells the widget whether it can be seen; while it cannot, its clock's timer stops.
    #[wasm_bindgen(js_name = setVisible)]
    pub fn set_visible(&self, visible: bool) {
        if self.visible.get_untracked() != visible {
            self.visible.set(visible);
        }
    }

    /// Applies a changed `lang` setting (the same settings object as [`mount`]) at once.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, settings: &JsValue) {
        let (lang, warning) = attrs::resolve_lang(
            field(settings, "lang").as_deref(),
            field(settings, "inherited-lang").as_deref(),
            field(settings, "navigator-languages").as_deref(),
        );
        warning.into_iter().for_each(warn_once);
        self.lang.set(lang);
    }
}

/// Mounts a widget in `host`'s shadow root with the settings in `settings` (a plain object of
/// strings, names as in [`attrs::setup`]). Bad settings show in the widget's error panel; only a
/// DOM that refuses a shadow root or a stylesheet is an `Err`.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, settings: &JsValue) -> Result<Embedded, JsValue> {
    let attrs::Setup {
        mut options,
        warnings,
    } = attrs::setup(|name| field(settings, name), real_now_ms());
    warnings.into_iter().for_each(warn_once);
    let lang = ArcRwSignal::new(options.lang);
    options.live_lang = Some(lang.clone());
    let visible = ArcRwSignal::new(true);
    options.visible = Some(visible.clone());
    options.host = Some(host.clone());
    let mounted = mount_in_shadow(&host, options)?;
    Ok(Embedded {
        mounted: Some(mounted),
        lang,
        visible,
    })
}

/// A string field of a JS object; anything else (absent, null, a number) is `None`.
fn field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
}

thread_local! {
    static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A console warning, once per page for each distinct message (twenty widgets with the same
/// typo are one mistake).
fn warn_once(message: String) {
    let first = WARNED.with(|w| {
        let mut w = w.borrow_mut();
        let first = !w.contains(&message);
        if first {
            w.push(message.clone());
        }
        first
    });
    if first {
        web_sys::console::warn_1(&JsValue::from_str(&message));
    }
}
