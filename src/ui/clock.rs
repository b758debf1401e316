//! The simulated clock: the time in Japan (which decides when Japanese support is open), the
//! reader's own time beside it, and buttons to move the world forward. This file and
//! [`super::ticker`] are the only ones that ask the browser about time.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::fmt::{at_offset, date, hhmm, utc_offset};
use super::session::Session;
use super::ticker::real_now_ms;
use super::{Ctx, handler};
use crate::engine::calendar::{JST_OFFSET_SECS, jst, rfc3339};
use crate::i18n::Key;

/// The reader's UTC offset at simulated instant `ms`, in seconds east of UTC (from the browser's
/// time zone rules, so daylight saving time is right for that date).
fn local_offset_secs(ms: i64) -> i64 {
    // getTimezoneOffset is minutes *west* of UTC (JST gives -540).
    let west_minutes = js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset();
    if west_minutes.is_finite() {
        -(west_minutes as i64) * 60
    } else {
        0
    }
}

#[component]
pub fn ClockBar(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let japan = move || {
        let c = jst(ctx.now_secs());
        ctx.tr(|tr| {
            tr.fill(
                Key::ClockJapan,
                &[("date", &date(&c, tr)), ("time", &hhmm(&c))],
            )
        })
    };
    let local = move || {
        let ms = ctx.now_ms.get();
        let offset = local_offset_secs(ms);
        if offset == JST_OFFSET_SECS {
            ctx.text(Key::ClockLocalSame)
        } else {
            let c = at_offset(ms.div_euclid(1000), offset);
            ctx.tr(|tr| {
                tr.fill(
                    Key::ClockLocal,
                    &[
                        ("date", &date(&c, tr)),
                        ("time", &hhmm(&c)),
                        ("offset", &utc_offset(offset)),
                    ],
                )
            })
        }
    };

    view! {
        <div class="clock-bar">
            <p class="clock-now">
                <span class="clock-label">{ctx.t(Key::ClockLabel)}</span>
                " "
                <time part="clock" class="clock" datetime=move || rfc3339(ctx.now_secs(), JST_OFFSET_SECS)>
                    {move || japan()}
                </time>
            </p>
            <p class="clock-local">{move || local()}</p>
            <div class="clock-jumps">
                {jump_button(session, 15 * 60, Key::Forward15, Key::Forward15Label)}
                {jump_button(session, 60 * 60, Key::Forward60, Key::Forward60Label)}
            </div>
        </div>
    }
}

/// A fast-forward button: moves the simulated clock `secs` ahead.
fn jump_button(session: Session, secs: i64, label: Key, aria: Key) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <button
            type="button"
            class="secondary jump"
            data-jump=secs.to_string()
            on:click=handler(move |_| session.jump_clock(secs, real_now_ms()))
            inner_html=ctx.labelled(label, aria, None)
        ></button>
    }
}
