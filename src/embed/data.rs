//! The built-in journeys' files, handed over by `mfa-rescue.js`: it fetches the one a widget
//! starts with in parallel with the wasm (they are not compiled into it), gives it here, asks
//! what else a widget still needs (a saved run that continued in another journey), and after
//! the first step fetches the journeys the started one can hand off to.

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

use super::{attrs, field};
use crate::engine::builtin;
use crate::ui::loading;
use crate::ui::ticker::real_now_ms;

/// Takes the JSON of built-in journey `id` (its file, as fetched). Returns whether it was
/// taken (an unknown id, or a second copy, is not). A widget waiting to offer a hand-off to it
/// shows the offer now.
#[wasm_bindgen(js_name = provideJourney)]
pub fn provide_journey(id: &str, json: String) -> bool {
    let taken = builtin::provide(id, json);
    if taken {
        loading::arrived();
    }
    taken
}

/// The ids of the built-in journeys a widget with these settings (as for `mount`) needs before
/// it can start and that are not here yet.
#[wasm_bindgen(js_name = missingJourneys)]
pub fn missing_journeys(settings: &JsValue) -> Vec<String> {
    let setup = attrs::setup(|name| field(settings, name), real_now_ms());
    let saved = setup
        .options
        .resume_key
        .as_deref()
        .and_then(crate::ui::storage::load);
    loading::missing(&setup.options.source, saved.as_deref())
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The built-in journeys that journey `id` (already here) can hand off to and that are not
/// here yet: fetched after the first step so that "Continue" works at once.
#[wasm_bindgen]
pub fn handoffs(id: &str) -> Vec<String> {
    match builtin::shared(id) {
        Some(Ok(journey)) => builtin::handoffs(&journey)
            .into_iter()
            .filter(|id| !builtin::available(id))
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}
