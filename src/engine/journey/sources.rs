//! The one registry of sources (`journeys/sources.json`): every article, AWS document and 2026
//! observation the built-in journeys cite, each with its kind, era and address. Steps cite sources
//! by id, so a step's confidence follows from what its sources are (see
//! [`Journey::confidence`](super::Journey::confidence)) and no step can claim AWS documentation
//! for one reader's report.

use std::sync::OnceLock;

use serde::Deserialize;

use super::model::SourceDef;

/// The registry's JSON, compiled in.
pub const BUILTIN_SOURCES: &str = include_str!("../../../journeys/sources.json");

/// A set of source definitions, looked up by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    pub sources: Vec<SourceDef>,
}

impl Registry {
    /// Reads a registry file (`{ "sources": [ … ] }`). Through a JSON value, as journeys are
    /// read: the readers of the types they share (sources, their names) are then in the wasm
    /// once, for that one kind of input, not once more for text.
    pub fn parse(json: &str) -> Result<Registry, String> {
        serde_json::from_str::<serde_json::Value>(json)
            .and_then(|value| Registry::deserialize(&value))
            .map_err(|e| e.to_string())
    }

    /// The source with this id.
    pub fn get(&self, id: &str) -> Option<&SourceDef> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// The built-in registry, read once. A registry that does not read is empty, so every built-in
/// journey then fails its checks by name (and the native tests fail first).
pub fn builtin_registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| Registry::parse(BUILTIN_SOURCES).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::journey::SourceKind;

    #[test]
    fn the_builtin_registry_reads_and_its_ids_are_unique() {
        let registry = Registry::parse(BUILTIN_SOURCES).unwrap();
        assert!(!registry.sources.is_empty());
        let mut ids: Vec<&str> = registry.sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before, "duplicate source ids");
        for s in &registry.sources {
            assert!(
                !s.name.ja.trim().is_empty() && !s.name.en.trim().is_empty(),
                "{}",
                s.id
            );
            assert!(!s.era.trim().is_empty(), "{} has no era", s.id);
            if let Some(url) = &s.url {
                assert!(
                    url.starts_with("https://") || url.starts_with("http://"),
                    "{}",
                    s.id
                );
            }
        }
    }

    #[test]
    fn seeds_are_third_party_and_the_2026_log_is_an_observation() {
        let r = builtin_registry();
        for id in ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"] {
            assert_eq!(
                r.get(id).map(|s| s.kind),
                Some(SourceKind::ThirdParty),
                "{id}"
            );
        }
        assert_eq!(r.get("seed-003").map(|s| s.era.as_str()), Some("2014"));
        assert_eq!(
            r.get("log-2026").map(|s| s.kind),
            Some(SourceKind::Observed)
        );
    }
}
