//! The only module that knows about shadow roots and mounting: it puts one widget inside a host
//! element's open shadow root, with the widget's stylesheet adopted there (a constructed
//! stylesheet, so a strict CSP without 'unsafe-inline' is enough, and host styles stay outside).

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::ui::{Widget, WidgetOptions};

/// The widget's CSS, compiled in so that it needs no extra request and no inline style.
pub const WIDGET_CSS: &str = include_str!("../style/widget.css");

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
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(WIDGET_CSS)?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));

    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let container: HtmlElement = document.create_element("div")?.dyn_into()?;
    container.set_class_name("mfa-rescue-root");
    root.append_child(&container)?;
    let handle = mount_to(container, move || view! { <Widget options /> }.into_any());
    Ok(Mounted { _handle: handle })
}
