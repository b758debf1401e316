//! The wasm entry Trunk builds. Everything a page needs is exported from the library
//! ([`mfa_rescue::embed::mount`]) and driven by `js/mfa-rescue.js`, the custom element; the demo
//! page (index.html) is just a page using that element, so there is nothing to start here.

// Links the library's exports into this binary's wasm.
pub use mfa_rescue::embed::mount;

fn main() {}
