//! The console's enrollment preview: the practice QR code (its issuer and label say PRACTICE), the
//! secret key in groups of four with the advice to keep a copy, and the raw otpauth URI for the
//! curious, beside the shape of the one AWS's own QR code holds.

use leptos::prelude::*;

use super::{Ctx, handler, show};
use crate::engine::authenticator::Enrollment;
use crate::engine::otpauth::aws_uri_shape;
use crate::i18n::Key;

/// The preview of `enrollment` (nothing while there is none).
#[component]
pub fn QrPreview(enrollment: Memo<Option<Enrollment>>) -> impl IntoView {
    let ctx = Ctx::get();
    let show_secret = RwSignal::new(false);
    let show_uri = RwSignal::new(false);
    let qr_view = move || match enrollment.with(|e| e.as_ref().and_then(Enrollment::qr)) {
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
            <p>{ctx.t_mixed(Key::ConsoleIntro)}</p>
            {move || qr_view()}
            <button
                type="button"
                class="link"
                aria-expanded=move || show_secret.get().to_string()
                on:click=handler(move |_| show_secret.update(|s| *s = !*s))
            >
                {move || ctx.text(if show_secret.get() { Key::HideSecret } else { Key::ShowSecret })}
            </button>
            {show(
                move || show_secret.get(),
                move || {
                    view! {
                        <p part="totp-secret" class="secret" translate="no">
                            {move || {
                                enrollment.with(|e| {
                                    e.as_ref()
                                        .map(|e| e.secret.groups().join(" "))
                                        .unwrap_or_default()
                                })
                            }}
                        </p>
                        <p class="save-copy">{ctx.t(Key::SaveCopy)}</p>
                    }
                    .into_any()
                },
            )}
            <button
                type="button"
                class="link"
                aria-expanded=move || show_uri.get().to_string()
                on:click=handler(move |_| show_uri.update(|s| *s = !*s))
            >
                {move || super::fmt::inline(&ctx.text(if show_uri.get() { Key::HideUri } else { Key::ShowUri }), false)}
            </button>
            {show(
                move || show_uri.get(),
                move || {
                    view! {
                        <code class="uri" translate="no">
                            {move || enrollment.with(|e| e.as_ref().map(Enrollment::uri).unwrap_or_default())}
                        </code>
                        <p class="hint">{ctx.t_mixed(Key::AwsQrHolds)}</p>
                        <code class="aws-uri" translate="no">
                            {move || {
                                enrollment.with(|e| {
                                    e.as_ref()
                                        .map(|e| aws_uri_shape(&e.device_name, &e.account))
                                        .unwrap_or_default()
                                })
                            }}
                        </code>
                    }
                    .into_any()
                },
            )}
        </div>
    }
}
