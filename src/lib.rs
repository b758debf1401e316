//! mfa-rescue: rehearse an AWS MFA recovery in the browser, with nothing sent anywhere.
//!
//! Layers point one way: [`embed`] (custom element, shadow root) → [`ui`] (Leptos components)
//! → [`engine`] (pure Rust, tested natively). [`i18n`] holds the widget's own words.
//!
//! A panic in wasm aborts every widget on the page, so code outside tests may not unwrap, expect,
//! panic or index out of bounds: these lints make that a build error under clippy.
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
// `--cfg erase_components` (in .cargo/config.toml) saves about 33 KB brotli, and any `RUSTFLAGS`
// variable silently replaces the config's flags: a release wasm built without it is refused here
// rather than shipped 33 KB heavier.
#[cfg(all(target_arch = "wasm32", not(debug_assertions), not(erase_components)))]
compile_error!(
    "built without --cfg erase_components: a RUSTFLAGS variable replaced .cargo/config.toml's rustflags; add them to it (see .cargo/config.toml)"
);

pub mod embed;
pub mod engine;
pub mod i18n;
pub mod ui;
