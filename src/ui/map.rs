//! The map: the whole journey at a glance, drawn from its graph ([`Graph::of`], the same nodes
//! and edges as the authors' `mfa-rescue map`) in the layered layout of
//! [`crate::engine::graph_layout`]. The drawing is decorative (`aria-hidden`): the numbered list
//! under it carries the meaning, one item per step (`data-step`), the current one
//! `aria-current="step"`, each saying where it leads; a step the reader passed is a button that
//! goes back to it (Back's semantics, [`Event::BackTo`]), never forward.
//!
//! Size: the drawing and the list are written as one HTML string (every journey text escaped)
//! and the buttons share one delegated click handler, so the map adds no view types of its own
//! to the wasm beyond its frame.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::html::{attr, esc, inline_html};
use super::session::Session;
use super::{Ctx, handler};
use crate::engine::graph::Graph;
use crate::engine::graph_layout::layout;
use crate::engine::journey::{Journey, OutcomeKind};
use crate::engine::run::{Event, Run};
use crate::i18n::labels::edge_label;
use crate::i18n::{Key, Tr};

/// Pixels between columns and between rows of the drawing.
const DX: usize = 44;
const DY: usize = 44;

/// The map's HTML for `run` in `journey`.
fn draw(journey: &Journey, r: &Run, tr: Tr<'_>) -> String {
    let current = r.step_id();
    let ja = tr.ja();
    let graph = Graph::of(journey);
    let index = |id: &str| graph.index_of(id);
    let pairs: Vec<(usize, usize)> = graph
        .edges
        .iter()
        .filter_map(|e| Some((index(e.from)?, index(e.to)?)))
        .collect();
    let l = layout(graph.nodes.len(), &pairs);
    let rows = &l.rows;
    // The list's order: row by row, so that the drawing's numbers read top to bottom.
    let order: Vec<usize> = rows.iter().flatten().copied().collect();
    let mut number = vec![0usize; graph.nodes.len()];
    for (k, &n) in order.iter().enumerate() {
        if let Some(slot) = number.get_mut(n) {
            *slot = k.saturating_add(1);
        }
    }
    let xy = |n: usize| {
        let layer = l.layer.get(n).copied().unwrap_or(0);
        let col = l.column.get(n).copied().unwrap_or(0);
        let width = rows.get(layer).map_or(1, Vec::len);
        // Each row centred, in half columns.
        let half = (2 * col + l.columns).saturating_sub(width);
        (half * DX / 2 + DX / 2, layer * DY + DY / 2)
    };
    let passed = |id: &str| r.trail().iter().any(|v| v.step == id);
    let on_path = |from: &str, to: &str| {
        r.trail()
            .windows(2)
            .any(|w| matches!(w, [a, b] if a.step == from && b.step == to))
    };

    let (w, h) = (l.columns.max(1) * DX, l.layers.max(1) * DY);
    let mut out = String::from("<p class=\"map-hint\">");
    esc(tr.text(Key::MapHint), &mut out);
    out.push_str(&format!(
        "</p><div class=\"map-drawing\"><svg aria-hidden=\"true\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">"
    ));
    for e in &graph.edges {
        let (Some(a), Some(b)) = (index(e.from), index(e.to)) else {
            continue;
        };
        let ((x1, y1), (x2, y2)) = (xy(a), xy(b));
        out.push_str(if on_path(e.from, e.to) {
            "<path class=\"edge on-path\""
        } else {
            "<path class=\"edge\""
        });
        attr(&mut out, "data-from", e.from);
        attr(&mut out, "data-to", e.to);
        out.push_str(&format!(" d=\"M{x1} {y1}L{x2} {y2}\"/>"));
    }
    for &n in &order {
        let Some(node) = graph.nodes.get(n) else {
            continue;
        };
        let (x, y) = xy(n);
        out.push_str("<g class=\"node");
        if passed(node.id) {
            out.push_str(" passed");
        }
        if node.id == current {
            out.push_str(" current");
        }
        out.push('"');
        attr(&mut out, "data-node", node.id);
        if let Some(kind) = node.outcome {
            attr(&mut out, "data-outcome", kind.keyword());
        }
        let k = number.get(n).copied().unwrap_or(0);
        out.push_str(&format!(
            "><circle cx=\"{x}\" cy=\"{y}\" r=\"13\"/><text x=\"{x}\" y=\"{}\">{k}</text></g>",
            y + 4
        ));
    }
    out.push_str("</svg></div><ol class=\"map-steps\">");
    for &n in &order {
        let Some(node) = graph.nodes.get(n) else {
            continue;
        };
        let here = node.id == current;
        out.push_str("<li");
        attr(&mut out, "data-step", node.id);
        if passed(node.id) {
            out.push_str(" class=\"passed\"");
        }
        if let Some(kind) = node.outcome {
            attr(&mut out, "data-outcome", kind.keyword());
        }
        if here {
            out.push_str(" aria-current=\"step\"");
        }
        out.push('>');
        let title = node.title.get(ja);
        if !here && r.can_go_back_to(node.id) {
            out.push_str("<button type=\"button\" class=\"map-back\"");
            attr(&mut out, "data-back", node.id);
            out.push('>');
            inline_html(title, ja, &mut out);
            out.push_str("<span class=\"visually-hidden\"> (");
            esc(tr.text(Key::MapGoBack), &mut out);
            out.push_str(")</span></button>");
        } else {
            out.push_str("<span class=\"map-name\">");
            inline_html(title, ja, &mut out);
            out.push_str("</span>");
        }
        // Where it is, how it ends and where it leads, " · " between (English runs marked).
        let mut meta = String::new();
        let mut add = |text: &str| {
            if !meta.is_empty() {
                meta.push_str(" · ");
            }
            meta.push_str(text);
        };
        if here {
            add(tr.text(Key::MapHere));
        } else if passed(node.id) {
            add(tr.text(Key::MapPassed));
        }
        if let Some(kind) = node.outcome {
            add(tr.text(match kind {
                OutcomeKind::Recovered => Key::MapEndRecovered,
                OutcomeKind::Blocked => Key::MapEndBlocked,
                OutcomeKind::Handoff => Key::MapEndHandoff,
            }));
        }
        let mut leads = String::new();
        for e in graph.edges_from(node.id) {
            let Some(to) = index(e.to).and_then(|t| number.get(t)) else {
                continue;
            };
            if !leads.is_empty() {
                leads.push_str(", ");
            }
            leads.push_str(&format!("{to} ({})", edge_label(&e.kind, tr)));
        }
        if !leads.is_empty() {
            add(&tr.fill(Key::MapLeadsTo, &[("steps", &leads)]));
        }
        out.push_str(" <span class=\"map-meta\">");
        inline_html(&meta, ja, &mut out);
        out.push_str("</span></li>");
    }
    out.push_str("</ol>");
    out
}

#[component]
pub fn MapBox(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    // The map is drawn only while it is open: a closed map costs no work on each step, and the
    // pre-rendered first step (the same markup) carries only its summary.
    let open = RwSignal::new(false);
    // The summary's click (Enter and Space on it too) flips `open`, as the browser then opens or
    // closes the details (nothing else opens them: the closed box is empty, so find-in-page
    // cannot). A click on a passed step's button goes back to it: the button's own words do not
    // take clicks (`.map-back *` has `pointer-events: none`), so the click's target is the button.
    let toggle = handler(move |_: leptos::ev::MouseEvent| open.update(|o| *o = !*o));
    let clicked = handler(move |ev: leptos::ev::MouseEvent| {
        if let Some(step) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|b| b.get_attribute("data-back"))
        {
            session.send(Event::BackTo(step));
        }
    });
    view! {
        <details part="map">
            <summary on:click=toggle>{ctx.t(Key::MapTitle)}</summary>
            <div
                on:click=clicked
                inner_html=move || {
                    if open.get() {
                        ctx.tr(|tr| session.html(tr, draw))
                    } else {
                        String::new()
                    }
                }
            ></div>
        </details>
    }
}
