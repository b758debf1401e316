//! Pure Rust: no Leptos, no web-sys, no js-sys. Everything here runs and is tested natively.
pub mod authenticator;
pub mod builtin;
pub mod calendar;
pub mod clock;
pub mod decide;
pub mod entropy;
pub mod guard;
pub mod holidays;
pub mod journey;
pub mod otpauth;
pub mod phone;
pub mod qr;
pub mod resume;
pub mod rules;
pub mod run;
pub mod totp;
pub mod world;
