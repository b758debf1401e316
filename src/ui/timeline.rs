//! The timeline at an outcome: each step passed with its simulated time in Japan, the waits and
//! time jumps, the total, and what the other answer at the support-language decision would have
//! meant. The facts are the engine's ([`crate::engine::timeline`]); this only words them (as one
//! HTML string, every journey text escaped, like the map). The print stylesheet prints it alone
//! (the browser's own Print: no button of its own, to keep the widget small).

use leptos::prelude::*;

use super::html::{esc, inline_html};
use super::session::{At, Session, with_step};
use super::{Ctx, show, words};
use crate::engine::calendar::{JST_OFFSET_SECS, jst, rfc3339};
use crate::engine::journey::Journey;
use crate::engine::run::{Arrival, Run};
use crate::engine::timeline::timeline;
use crate::i18n::{Key, Tr};

/// 「11月21日（土） 21:00」 / "Sat 21 Nov 21:00".
fn when(t: i64, tr: Tr<'_>) -> String {
    let c = jst(t);
    format!("{} {}", words::date(&c, tr), words::hhmm(&c))
}

/// The timeline of `run` in `journey`, as HTML.
fn timeline_html(journey: &Journey, run: &Run, tr: Tr<'_>) -> String {
    let tl = timeline(journey, run);
    let ja = tr.ja();
    let d = |secs: i64| words::duration(secs, tr);
    let mut out = String::from("<h3 id=\"mfa-timeline-title\">");
    esc(tr.text(Key::TimelineTitle), &mut out);
    out.push_str("</h3><ol class=\"timeline-steps\">");
    for e in &tl.entries {
        out.push_str("<li data-step=\"");
        esc(&e.step, &mut out);
        out.push_str(&format!(
            "\"><time datetime=\"{}\">{}</time> <span class=\"tl-step\">",
            rfc3339(e.at, JST_OFFSET_SECS),
            when(e.at, tr)
        ));
        let title = journey.step(&e.step).map_or("", |s| s.title.get(ja));
        inline_html(title, ja, &mut out);
        out.push_str("</span>");
        let note = |text: &str, out: &mut String| {
            out.push_str("<span class=\"tl-note\">");
            esc(text, out);
            out.push_str("</span>");
        };
        match e.by {
            Arrival::Start => {}
            Arrival::Rule => note(tr.text(Key::TimelineRule), &mut out),
            Arrival::Waited => note(
                &tr.fill(Key::TimelineWaited, &[("d", &d(e.since_previous))]),
                &mut out,
            ),
            Arrival::Reader if e.since_previous >= 60 => note(
                &tr.fill(Key::TimelineLater, &[("d", &d(e.since_previous))]),
                &mut out,
            ),
            Arrival::Reader => {}
        }
        if e.advanced > 0 {
            note(
                &tr.fill(Key::TimelineJump, &[("d", &d(e.advanced))]),
                &mut out,
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    for o in &tl.other_choices {
        let label = journey
            .step(&o.step)
            .and_then(|s| s.choice_label(&o.choice))
            .map_or("", |l| l.get(ja));
        let text = match (o.call_at, o.wait_secs()) {
            (Some(at), Some(wait)) => tr.fill(
                Key::TimelineOtherChoice,
                &[
                    ("choice", label),
                    ("when", &when(at, tr)),
                    ("wait", &d(wait)),
                ],
            ),
            _ => tr.fill(Key::TimelineOtherNoCall, &[("choice", label)]),
        };
        out.push_str("<p class=\"other-choice\" data-choice=\"");
        esc(&o.choice, &mut out);
        out.push('"');
        if let Some(wait) = o.wait_secs() {
            out.push_str(&format!(" data-wait-secs=\"{wait}\""));
        }
        out.push('>');
        inline_html(&text, ja, &mut out);
        out.push_str("</p>");
    }
    let total = tl.total_secs();
    out.push_str(&format!(
        "<p class=\"timeline-total\" data-total-secs=\"{total}\">"
    ));
    esc(&tr.fill(Key::TimelineTotal, &[("d", &d(total))]), &mut out);
    out.push_str("</p>");
    out
}

#[component]
pub fn Timeline(session: Session, step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    show(
        move || with_step(step, |s| s.outcome.is_some()) == Some(true),
        move || {
            view! {
                <section
                    part="timeline"
                    class="timeline"
                    aria-labelledby="mfa-timeline-title"
                    inner_html=move || ctx.tr(|tr| session.html(tr, timeline_html))
                ></section>
            }
            .into_any()
        },
    )
}
