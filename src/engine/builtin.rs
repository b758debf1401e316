//! The journeys that ship with the widget: JSON files under `journeys/`, checked by the same
//! loader an author's journey goes through.
//!
//! In the browser they are not compiled in: the release build copies them beside the wasm
//! (`journeys/<id>.json`) and `mfa-rescue.js` fetches the one a widget starts with in parallel
//! with the wasm, then hands it over with [`provide`] before mounting (the others follow when a
//! journey can hand off to them, or a saved run needs one). Natively (tests, tools) they are
//! compiled in, so every native test reads the same files.

use std::cell::RefCell;
use std::sync::Arc;

use super::journey::{Journey, JourneyError, load};

/// Ids of the built-in journeys, in the order a menu would list them.
pub const IDS: &[&str] = &[
    "triage",
    "root-self-service",
    "support",
    "iam-user",
    "org-member",
    "prevention",
];

/// The JSON of a built-in journey, compiled in (native builds only).
#[cfg(not(target_arch = "wasm32"))]
fn compiled(id: &str) -> Option<&'static str> {
    match id {
        "triage" => Some(include_str!("../../journeys/triage.json")),
        "root-self-service" => Some(include_str!("../../journeys/root-self-service.json")),
        "support" => Some(include_str!("../../journeys/support.json")),
        "iam-user" => Some(include_str!("../../journeys/iam-user.json")),
        "org-member" => Some(include_str!("../../journeys/org-member.json")),
        "prevention" => Some(include_str!("../../journeys/prevention.json")),
        _ => None,
    }
}

#[cfg(target_arch = "wasm32")]
fn compiled(_id: &str) -> Option<&'static str> {
    None
}

thread_local! {
    /// The built-in journeys' JSON handed over by the page ([`provide`]), by id.
    static PROVIDED: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Hands over the JSON of built-in journey `id` (fetched by `mfa-rescue.js`). Returns whether
/// it was taken: `false` for an id that is not built in, or one already there (the first copy
/// stays; a page fetches each file once). The text is kept for the page's lifetime, at most one
/// copy per id.
pub fn provide(id: &str, json: String) -> bool {
    let Some(key) = IDS.iter().copied().find(|known| *known == id) else {
        return false;
    };
    if available(key) {
        return false;
    }
    let json: &'static str = Box::leak(json.into_boxed_str());
    PROVIDED.with(|p| p.borrow_mut().push((key, json)));
    true
}

/// Whether built-in journey `id`'s JSON is here (compiled in, or provided).
pub fn available(id: &str) -> bool {
    source(id).is_some()
}

/// The JSON of a built-in journey: compiled in (native), or handed over with [`provide`];
/// `None` for an unknown id or one the page has not provided yet.
pub fn source(id: &str) -> Option<&'static str> {
    compiled(id).or_else(|| {
        PROVIDED.with(|p| {
            p.borrow()
                .iter()
                .find(|(known, _)| *known == id)
                .map(|(_, json)| *json)
        })
    })
}

/// A built-in journey, parsed and validated; `None` for an unknown id (or one not provided).
pub fn journey(id: &str) -> Option<Result<Journey, Vec<JourneyError>>> {
    source(id).map(load)
}

/// The built-in journeys `journey`'s outcomes hand off to (each once, in step order).
pub fn handoffs(journey: &Journey) -> Vec<&'static str> {
    let mut ids = Vec::new();
    for step in &journey.steps {
        let target = step.outcome.as_ref().and_then(|o| o.journey.as_deref());
        if let Some(id) = target.and_then(|t| IDS.iter().copied().find(|known| *known == t))
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

thread_local! {
    /// Built-in journeys already parsed on this thread (the page): twenty widgets on one page
    /// share one copy of each journey instead of parsing and holding twenty.
    static PARSED: RefCell<Vec<(&'static str, Arc<Journey>)>> = const { RefCell::new(Vec::new()) };
}

/// [`journey`], parsed once per page and shared.
pub fn shared(id: &str) -> Option<Result<Arc<Journey>, Vec<JourneyError>>> {
    let cached = PARSED.with(|p| {
        p.borrow()
            .iter()
            .find(|(known, _)| *known == id)
            .map(|(_, j)| Arc::clone(j))
    });
    if let Some(journey) = cached {
        return Some(Ok(journey));
    }
    let key = IDS.iter().copied().find(|known| *known == id)?;
    let parsed = match journey(key)? {
        Ok(j) => Arc::new(j),
        Err(problems) => return Some(Err(problems)),
    };
    PARSED.with(|p| p.borrow_mut().push((key, Arc::clone(&parsed))));
    Some(Ok(parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provided_journeys_are_taken_once_and_only_for_built_in_ids() {
        // Natively every built-in journey is compiled in: a second copy is refused.
        assert!(!provide("triage", "{}".to_owned()));
        assert_eq!(source("triage"), compiled("triage"));
        assert!(!provide("no-such-journey", "{}".to_owned()));
        assert!(source("no-such-journey").is_none());
        assert!(IDS.iter().all(|id| available(id)));
    }

    #[test]
    fn triage_hands_off_to_other_built_in_journeys() {
        let triage = journey("triage").unwrap().unwrap();
        let ids = handoffs(&triage);
        assert!(ids.contains(&"root-self-service"), "{ids:?}");
        assert!(!ids.contains(&"triage"));
    }

    #[test]
    fn shared_journeys_are_parsed_once() {
        let a = shared("triage").unwrap().unwrap();
        let b = shared("triage").unwrap().unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(*a, journey("triage").unwrap().unwrap());
        assert!(shared("no-such-journey").is_none());
    }
}
