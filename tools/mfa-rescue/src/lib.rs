//! The `mfa-rescue` command's core, compiled to wasm for node (`bin/mfa-rescue.mjs` reads the
//! files and the arguments; everything about journeys happens here).
//!
//! One validator: the journey modules below are the widget's own files (`src/engine/journey/`),
//! compiled into this crate by `#[path]`, not copied and not moved. They use only serde and
//! serde_json, so the command needs no Leptos and the widget's crate and its release wasm stay as
//! they are. The module tree mirrors the widget's (`crate::engine::journey`) because the files
//! name each other by that path.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

/// The widget's engine (`src/engine/`), as much of it as the command needs: the modules inside
/// are read from that folder.
#[path = "../../../src/engine"]
pub mod engine {
    /// `src/engine/journey/`: the model, the loader, the source registry and the checks (not
    /// its `mod.rs`, which adds the schema's drift test, a test of the widget's crate).
    pub mod journey {
        pub mod keyword;
        pub mod load;
        pub mod model;
        pub mod sources;
        mod tagged;
        pub mod validate;

        pub use load::{JourneyError, load, load_with, resolve_sources};
        pub use model::*;
        pub use sources::{Registry, builtin_registry};
        pub use validate::validate;
    }

    /// `src/engine/graph.rs`: the journey's graph, the one the widget's Map draws.
    pub mod graph;

    /// `src/engine/builtin.rs`: the built-in journeys, for the tests of the files above.
    #[cfg(test)]
    pub mod builtin;
}

/// `src/i18n/`: the catalogue, whose words label the map's edges (`i18n::labels`).
#[path = "../../../src/i18n/mod.rs"]
pub mod i18n;

pub mod check;
pub mod map;

use wasm_bindgen::prelude::wasm_bindgen;

/// What a command prints and how it exits.
#[wasm_bindgen(getter_with_clone)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// 0: fine; 1: the journey has problems; 2: the input is not a journey file at all.
    pub code: u8,
    /// For standard output (each line ends with a newline).
    pub stdout: String,
    /// For standard error (each line ends with a newline).
    pub stderr: String,
}

/// `mfa-rescue check`, one file: `name` is how the file is named in every line.
#[wasm_bindgen]
pub fn check(name: &str, text: &str) -> Report {
    check::check(name, text)
}

/// `mfa-rescue map`: the Mermaid flowchart, labels in `lang` (`ja` or `en`; anything else: en).
#[wasm_bindgen]
pub fn map(name: &str, text: &str, lang: &str) -> Report {
    map::map(name, text, i18n::Lang::parse(lang).unwrap_or_default())
}
