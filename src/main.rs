//! The demo page: one widget in the `#demo` element of index.html.

use mfa_rescue::embed::mount_in_shadow;
use mfa_rescue::i18n::Lang;
use mfa_rescue::ui::WidgetOptions;
use wasm_bindgen::JsCast;

fn main() {
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("demo"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let lang = host
        .get_attribute("lang")
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    let seed = host.get_attribute("data-seed");
    if let Ok(mounted) = mount_in_shadow(
        &host,
        WidgetOptions {
            lang,
            seed,
            ..Default::default()
        },
    ) {
        // The demo widget lives as long as the page.
        std::mem::forget(mounted);
    }
}
