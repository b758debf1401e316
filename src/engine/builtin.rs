//! The journeys that ship with the widget: JSON files under `journeys/`, compiled in and checked
//! by the same loader an author's journey goes through.

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
