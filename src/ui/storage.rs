//! sessionStorage for resume, quietly absent where the browser refuses it (private modes,
//! sandboxed frames): no storage only means no resume; the practice goes on. What is stored is the
//! resume record of `engine::resume` and nothing else: never a value a reader typed or pasted.

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The text kept under `key`, if any.
pub fn load(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key`, or forgets what was there when `value` is `None`.
pub fn keep(key: &str, value: Option<&str>) {
    let Some(storage) = session_storage() else {
        return;
    };
    // Full or forbidden storage only means no resume.
    let _ = match value {
        Some(value) => storage.set_item(key, value),
        None => storage.remove_item(key),
    };
}
