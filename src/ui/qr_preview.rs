//! The console's enrollment preview: QR code, the secret key in groups of four with the advice to
//! keep a copy, and the raw otpauth URI for the curious.

use leptos::prelude::*;

use super::Ctx;
use crate::engine::authenticator::Enrollment;
use crate::i18n::Key;

/// The preview of `enrollment` (nothing while there is none).
#[component]
pub fn QrPreview(enrollment: Signal<Option<Enrollment>>) -> impl IntoView {
    let ctx = Ctx::get();
    let show_secret = RwSignal::new(false);
    let show_uri = RwSignal::new(false);
    let qr = Memo::new(move |_| enrollment.with(|e| e.as_ref().and_then(Enrollment::qr)));
    let groups = move || {
        enrollment.with(|e| {
            e.as_ref()
                .map(|e| e.secret.groups().join(" "))
                .unwrap_or_default()
        })
    };
    let uri = move || enrollment.with(|e| e.as_ref().map(Enrollment::uri).unwrap_or_default());

    let qr_view = move || match qr.get() {
        Some(q) => view! {
            <svg
                part="qr"
                class="qr"
                role="img"
                aria-label=ctx.t(Key::QrLabel)
                viewBox=format!("0 0 {0} {0}", q.size)
                shape-rendering="crispEdges"
            >
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=q.path fill="#000"></path>
            </svg>
        }
        .into_any(),
        None => view! { <p class="message error" role="alert">{ctx.t(Key::ErrQrTooLong)}</p> }
            .into_any(),
    };

    view! {
        <div class="qr-preview">
            <p>{ctx.t(Key::ConsoleIntro)}</p>
            {qr_view}
            <button
                type="button"
                class="link"
                aria-expanded=move || show_secret.get().to_string()
                on:click=move |_| show_secret.update(|s| *s = !*s)
            >
                {move || if show_secret.get() { ctx.t(Key::HideSecret)() } else { ctx.t(Key::ShowSecret)() }}
            </button>
            <Show when=move || show_secret.get()>
                <p part="totp-secret" class="secret" translate="no">{groups}</p>
                <p class="save-copy">{ctx.t(Key::SaveCopy)}</p>
            </Show>
            <button
                type="button"
                class="link"
                aria-expanded=move || show_uri.get().to_string()
                on:click=move |_| show_uri.update(|s| *s = !*s)
            >
                {move || if show_uri.get() { ctx.t(Key::HideUri)() } else { ctx.t(Key::ShowUri)() }}
            </button>
            <Show when=move || show_uri.get()>
                <code class="uri" translate="no">{uri}</code>
            </Show>
        </div>
    }
}
