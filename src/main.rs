//! The demo page: one widget in the `#demo` element of index.html.
//!
//! Settings come from the element's attributes (`lang`, `data-journey`, `data-start`,
//! `data-seed`, `data-src-journey`), and the page address can override the first four
//! (`/?journey=root-self-service&start=assign-mfa&seed=docs&lang=en`), so a link or a test can
//! open the demo at any step without another page.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mfa_rescue::embed::mount_in_shadow;
use mfa_rescue::i18n::Lang;
use mfa_rescue::ui::WidgetOptions;
use wasm_bindgen::{JsCast, JsValue};

/// `key=value` pairs of the page address's query, percent-decoded.
fn query() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("location")).ok())
        .and_then(|l| js_sys::Reflect::get(&l, &JsValue::from_str("search")).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

fn main() {
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("demo"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let query = query();
    let setting = |key: &str, attribute: &str| {
        query
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .or_else(|| host.get_attribute(attribute))
    };
    let lang = setting("lang", "lang")
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    let mut options = WidgetOptions {
        lang,
        seed: setting("seed", "data-seed"),
        start: setting("start", "data-start"),
        ..Default::default()
    };
    if let Some(journey) = setting("journey", "data-journey") {
        options.journey = journey;
    }
    // A journey written on the page: `data-src-journey` names a <script type="application/json">.
    if let Some(id) = host.get_attribute("data-src-journey") {
        options.journey_json = Some(
            host.owner_document()
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|script| script.text_content())
                .unwrap_or_default(),
        );
    }
    // Reloading the same address continues the rehearsal; another address (another deep link)
    // starts its own.
    let search: String = query.iter().map(|(k, v)| format!("&{k}={v}")).collect();
    options.resume_key = Some(format!(
        "mfa-rescue:{}:{}{search}",
        host.id(),
        options.journey
    ));
    options.host = Some(host.clone());
    if let Ok(mounted) = mount_in_shadow(&host, options) {
        // The demo widget lives as long as the page.
        std::mem::forget(mounted);
    }
}
