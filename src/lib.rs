//! mfa-rescue: rehearse an AWS MFA recovery in the browser, with nothing sent anywhere.
//!
//! Layers point one way: [`embed`] (custom element, shadow root) → [`ui`] (Leptos components)
//! → [`engine`] (pure Rust, tested natively). [`i18n`] holds the widget's own words.
pub mod embed;
pub mod engine;
pub mod i18n;
pub mod ui;
