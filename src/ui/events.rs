//! The widget's events for the host page (EMBED-CONTRACT.md): `mfa-rescue:step`,
//! `mfa-rescue:decision`, `mfa-rescue:complete` and `mfa-rescue:error`, dispatched on the host
//! element, bubbling and composed so that they leave the shadow root. Each is a typed
//! [`HostEvent`] with exactly the `detail` fields the README documents, and [`emit`] is the one
//! way out. No network, no tracking: the host decides what to do with them.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::engine::journey::OutcomeKind;

/// The element events go to (`None` in tests that mount without one, and natively).
pub type Host = StoredValue<Option<HtmlElement>, LocalStorage>;

/// What the widget tells its host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent<'a> {
    /// A new step (also the first at mount, and the first of a hand-off journey); `index` is the
    /// 0-based position along the reader's path (Back lowers it).
    Step {
        journey: &'a str,
        step: &'a str,
        index: usize,
    },
    /// The reader picked an answer: the question and the answer as shown, and its stable id.
    Decision {
        step: &'a str,
        question: &'a str,
        answer: &'a str,
        label: &'a str,
    },
    /// The reader reached an outcome.
    Complete {
        journey: &'a str,
        outcome: &'a str,
        kind: OutcomeKind,
    },
    /// The widget could not start: the message in the reader's language, and the error panel's
    /// `data-error` keyword.
    Error { message: &'a str, code: &'a str },
}

impl HostEvent<'_> {
    /// The event's type after `mfa-rescue:`.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Step { .. } => "step",
            HostEvent::Decision { .. } => "decision",
            HostEvent::Complete { .. } => "complete",
            HostEvent::Error { .. } => "error",
        }
    }

    /// The `detail` fields, in the README's order.
    fn detail(&self) -> Vec<(&'static str, JsValue)> {
        let text = |s: &str| JsValue::from_str(s);
        match self {
            HostEvent::Step {
                journey,
                step,
                index,
            } => vec![
                ("journey", text(journey)),
                ("step", text(step)),
                ("index", JsValue::from_f64(*index as f64)),
            ],
            HostEvent::Decision {
                step,
                question,
                answer,
                label,
            } => vec![
                ("step", text(step)),
                ("question", text(question)),
                ("answer", text(answer)),
                ("label", text(label)),
            ],
            HostEvent::Complete {
                journey,
                outcome,
                kind,
            } => vec![
                ("journey", text(journey)),
                ("outcome", text(outcome)),
                ("kind", text(kind.keyword())),
            ],
            HostEvent::Error { message, code } => {
                vec![("message", text(message)), ("code", text(code))]
            }
        }
    }
}

/// Dispatches `event` on the host, if there is one.
pub fn emit(host: Host, event: HostEvent<'_>) {
    let Some(Some(element)) = host.try_get_value() else {
        return;
    };
    let object = js_sys::Object::new();
    for (key, value) in event.detail() {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    let name = format!("mfa-rescue:{}", event.name());
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&name, &init) {
        let _ = element.dispatch_event(&event);
    }
}
