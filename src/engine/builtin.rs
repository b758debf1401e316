//! The journeys that ship with the widget: JSON files under `journeys/`, compiled in and checked
//! by the same loader an author's journey goes through.

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

/// The JSON of a built-in journey.
pub fn source(id: &str) -> Option<&'static str> {
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

/// A built-in journey, parsed and validated; `None` for an unknown id.
pub fn journey(id: &str) -> Option<Result<Journey, Vec<JourneyError>>> {
    source(id).map(load)
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
    fn shared_journeys_are_parsed_once() {
        let a = shared("triage").unwrap().unwrap();
        let b = shared("triage").unwrap().unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(*a, journey("triage").unwrap().unwrap());
        assert!(shared("no-such-journey").is_none());
    }
}
