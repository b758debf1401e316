//! The widget's events for the host page (EMBED-CONTRACT.md): `mfa-rescue:step`,
//! `mfa-rescue:decision`, `mfa-rescue:complete` and `mfa-rescue:error`, dispatched on the host
//! element, bubbling and composed so that they leave the shadow root. No network, no tracking:
//! the host decides what to do with them.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// The element events go to (`None` in tests that mount without one, and natively).
pub type Host = StoredValue<Option<HtmlElement>, LocalStorage>;

/// A value in an event's `detail`.
pub enum Detail<'a> {
    Text(&'a str),
    Number(f64),
}

/// Dispatches `mfa-rescue:{name}` with `detail` on the host, if there is one.
pub fn emit(host: Host, name: &str, detail: &[(&str, Detail<'_>)]) {
    let Some(Some(element)) = host.try_get_value() else {
        return;
    };
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let value = match value {
            Detail::Text(text) => JsValue::from_str(text),
            Detail::Number(n) => JsValue::from_f64(*n),
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&format!("mfa-rescue:{name}"), &init) {
        let _ = element.dispatch_event(&event);
    }
}
