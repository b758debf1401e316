//! The journey file format: a recovery story as data.
//!
//! A journey is JSON (the same format for the built-in files under `journeys/` and for an
//! author's `<script type="application/json">`): steps with stable ids, text in Japanese and
//! English, the effects a step has on the simulated world, the events that move the reader on,
//! a decision helper, and the sources each step's facts come from.
//!
//! - [`model`]: the types, i.e. what a journey is;
//! - [`load`](mod@load): JSON → journey, with every message naming the step and the field;
//! - [`sources`]: the registry of sources steps cite by id;
//! - [`validate`](mod@validate): the checks every journey passes before it runs.

pub mod keyword;
pub mod load;
pub mod model;
#[cfg(test)]
mod schema;
pub mod sources;
mod tagged;
pub mod validate;

pub use load::{JourneyError, load, load_with, resolve_sources};
pub use model::*;
pub use sources::{Registry, builtin_registry};
pub use validate::validate;
