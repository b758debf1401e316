//! Tabs for a narrow widget (the stylesheet hides them when the three panels fit side by side):
//! one panel at a time, with an unread count on the inbox and a dot while the phone rings.
//! Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).

use leptos::prelude::*;

use super::html::esc;
use super::layout::{Layout, Panel};
use super::session::Session;
use super::{Ctx, fragment, handler, memo};
use crate::i18n::{Key, Tr};

#[component]
pub fn PanelTabs(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let layout = Layout::get();
    let unread = memo(move || {
        let mails: Vec<(usize, i64)> = session
            .run
            .try_with(|r| {
                r.world
                    .mails
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (i, m.received_at))
                    .collect()
            })
            .unwrap_or_default();
        layout
            .read_mails
            .with(|read| mails.iter().filter(|m| !read.contains(m)).count())
    });
    let ringing = session.world_memo(|w| w.call.is_some());

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let current = layout.selected.get_untracked();
        let at = Panel::ALL.iter().position(|p| *p == current).unwrap_or(0);
        let last = Panel::ALL.len().saturating_sub(1);
        let to = match ev.key().as_str() {
            "ArrowRight" => Some(if at >= last { 0 } else { at.saturating_add(1) }),
            "ArrowLeft" => Some(if at == 0 { last } else { at.saturating_sub(1) }),
            "Home" => Some(0),
            "End" => Some(last),
            _ => None,
        };
        if let Some(panel) = to.and_then(|i| Panel::ALL.get(i).copied()) {
            ev.prevent_default();
            layout.selected.set(panel);
            // Keep the focus on the tab that is now selected.
            if let Some(list) = ev
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                && let Ok(Some(tab)) =
                    list.query_selector(&format!("[data-panel={}]", panel.name()))
                && let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(tab)
            {
                let _ = tab.focus();
            }
        }
    };

    let tabs = Panel::ALL
        .into_iter()
        .map(|panel| {
            let selected = move || layout.selected.get() == panel;
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    data-panel=panel.name()
                    aria-controls=format!("mfa-panel-{}", panel.name())
                    aria-selected=move || selected().to_string()
                    tabindex=move || if selected() { "0" } else { "-1" }.to_owned()
                    on:click=handler(move |_| layout.selected.set(panel))
                    inner_html=move || ctx.tr(|tr| tab_html(panel, unread.get(), ringing.get(), tr))
                ></button>
            }
            .into_any()
        })
        .collect();

    view! {
        <div class="panel-tabs" role="tablist" aria-label=ctx.t(Key::PanelsLabel) on:keydown=handler(on_keydown)>
            {fragment(tabs)}
        </div>
    }
}

/// A tab's words as HTML (see [`super::html`]): its label, and the inbox's unread count or the
/// phone's ringing dot, each with words for screen readers.
fn tab_html(panel: Panel, unread: usize, ringing: bool, tr: Tr<'_>) -> String {
    let mut out = String::new();
    esc(tr.text(panel.label()), &mut out);
    let (badge, class, hidden) = match panel {
        Panel::Inbox if unread > 0 => {
            let n = unread.to_string();
            (n.clone(), "badge", tr.fill(Key::UnreadCount, &[("n", &n)]))
        }
        Panel::Phone if ringing => (
            "●".to_owned(),
            "badge dot",
            tr.text(Key::PhoneRinging).to_owned(),
        ),
        _ => return out,
    };
    out.push_str("<span class=\"");
    out.push_str(class);
    out.push_str("\" aria-hidden=\"true\">");
    out.push_str(&badge);
    out.push_str("</span><span class=\"visually-hidden\">");
    esc(&hidden, &mut out);
    out.push_str("</span>");
    out
}
