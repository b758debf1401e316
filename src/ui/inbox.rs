//! The practice account's inbox (root@example.com): mails arrive as the journey sends them, each
//! with its sender, subject and time of arrival in Japan; opened, it shows the body, the link
//! (single-use, maybe expiring) and any code it carries.

use leptos::html::H3;
use leptos::prelude::*;

use super::Ctx;
use super::fmt::{jst_hhmm, lang_hint, paragraphs};
use super::layout::{Layout, Panel, focus_on_request};
use super::notice::NoticeLine;
use super::session::Session;
use crate::engine::calendar::{JST_OFFSET_SECS, rfc3339};
use crate::engine::run::{Event, Refusal};
use crate::engine::world::{LinkState, Mail, PRACTICE_EMAIL};
use crate::i18n::Key;

/// The expiry figure from the 2017 article, the only one found (fact sheet §1.5).
const ARTICLE_MINUTES: i64 = 15;

#[component]
pub fn InboxPanel(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let heading = NodeRef::<H3>::new();
    focus_on_request(Panel::Inbox, heading);
    let count = Memo::new(move |_| session.run.try_with(|r| r.world.mails.len()).unwrap_or(0));

    view! {
        <section part="inbox" class="panel inbox" id="mfa-panel-inbox" aria-labelledby="mfa-inbox-title">
            <h3 id="mfa-inbox-title" tabindex="-1" node_ref=heading>{ctx.t(Key::InboxTitle)}</h3>
            <p class="mailbox" translate="no">{PRACTICE_EMAIL}</p>
            <Show
                when=move || { count.get() > 0 }
                fallback=move || view! { <p class="empty">{ctx.t(Key::NoMail)}</p> }
            >
                <ul class="mails">
                    // Newest first; each item reads its mail by position, so a link that is
                    // used or expires updates in place.
                    <For each=move || (0..count.get()).rev() key=|i| *i let:index>
                        <MailItem session index />
                    </For>
                </ul>
            </Show>
            <NoticeLine session panel=Panel::Inbox />
        </section>
    }
}

#[component]
fn MailItem(session: Session, index: usize) -> impl IntoView {
    let ctx = Ctx::get();
    let layout = Layout::get();
    let mail = Memo::new(move |_| {
        session
            .run
            .try_with(|r| r.world.mails.get(index).cloned())
            .flatten()
    });
    let key = move || mail.with(|m| m.as_ref().map(|m| (index, m.received_at)));
    let read = move || key().is_some_and(|k| layout.read_mails.with(|r| r.contains(&k)));
    let open = RwSignal::new(false);
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if let Some(k) = key() {
            layout.read_mails.update(|r| {
                r.insert(k);
            });
        }
    };
    let field =
        move |f: fn(&Mail) -> String| move || mail.with(|m| m.as_ref().map(f).unwrap_or_default());
    let subject =
        move || mail.with(|m| m.as_ref().map(|m| ctx.pick(&m.subject)).unwrap_or_default());
    let subject_lang = move || lang_hint(&subject(), ctx.ja());
    let received = move || mail.with(|m| m.as_ref().map(|m| m.received_at).unwrap_or_default());

    view! {
        <li
            part="mail"
            class="mail"
            class:open=move || open.get()
            data-mail=field(|m| m.id.clone())
            data-state=move || if read() { "read" } else { "unread" }
        >
            <button
                type="button"
                class="mail-summary"
                aria-expanded=move || open.get().to_string()
                on:click=toggle
            >
                <span class="mail-from" translate="no">{field(|m| m.from.clone())}</span>
                <span class="mail-subject">
                    <Show when=move || !read()>
                        <span class="unread-mark">{ctx.t(Key::Unread)}</span>
                        " "
                    </Show>
                    <span lang=subject_lang>{subject}</span>
                </span>
                <time class="mail-time" datetime=move || rfc3339(received(), JST_OFFSET_SECS)>
                    {move || jst_hhmm(received())}
                </time>
            </button>
            <Show when=move || open.get()>
                <MailBody session mail />
            </Show>
        </li>
    }
}

#[component]
fn MailBody(session: Session, mail: Memo<Option<Mail>>) -> impl IntoView {
    let ctx = Ctx::get();
    let body = move || mail.with(|m| m.as_ref().map(|m| paragraphs(m.body.get(ctx.ja()))));
    let body_lang = move || {
        mail.with(|m| {
            m.as_ref()
                .and_then(|m| lang_hint(m.body.get(ctx.ja()), ctx.ja()))
        })
    };
    let code = move || {
        mail.with(|m| m.as_ref().and_then(|m| m.code.clone()))
            .map(|code| {
                view! {
                    <p class="mail-code">
                        {ctx.t(Key::MailCode)} " " <strong translate="no">{code}</strong>
                    </p>
                }
            })
    };
    let link = move || {
        mail.with(|m| {
            m.as_ref()
                .and_then(|m| m.link.clone().map(|l| (m.id.clone(), m.received_at, l)))
        })
        .map(|(id, received_at, link)| view! { <MailLinkView session id received_at link /> })
    };
    view! {
        <div class="mail-body">
            <div class="mail-text" lang=body_lang>{body}</div>
            {code}
            {link}
        </div>
    }
}

/// The link button and what state it is in.
#[component]
fn MailLinkView(session: Session, id: String, received_at: i64, link: LinkState) -> impl IntoView {
    let ctx = Ctx::get();
    let expires_at = link.expires_at;
    let used = link.used;
    let expired = move || expires_at.is_some_and(|t| ctx.now_secs() >= t);
    let state = move || {
        if used {
            "used"
        } else if expired() {
            "expired"
        } else {
            "live"
        }
    };
    let open_link = {
        let id = id.clone();
        move |_| {
            if used {
                // An older copy of a resent mail: its link was voided by the newer one.
                session.refuse(Refusal::LinkUsed, Some(Panel::Inbox));
            } else {
                session.send(Event::OpenLink(id.clone()));
            }
        }
    };
    let label = link.label.clone();
    let label_lang = {
        let label = label.clone();
        move || lang_hint(label.get(ctx.ja()), ctx.ja())
    };
    let expiry = move || {
        let t = expires_at?;
        let lang = ctx.lang.get();
        let time = jst_hhmm(t);
        let minutes = t.saturating_sub(received_at) / 60;
        let main = if expired() {
            Key::LinkExpiredAt.fill(lang, &[("time", &time)])
        } else {
            Key::LinkValidUntil.fill(lang, &[("time", &time)])
        };
        let why = if minutes == ARTICLE_MINUTES {
            Key::LinkExpiryArticle.text(lang).to_owned()
        } else {
            Key::LinkExpiryParameter.fill(lang, &[("min", &minutes.to_string())])
        };
        Some(view! {
            <p class="link-expiry">
                {main} " " <span class="unconfirmed">{why}</span>
            </p>
        })
    };

    view! {
        <div class="mail-link" data-link-state=state>
            <button type="button" class="link-button" lang=label_lang on:click=open_link>
                {move || ctx.pick(&label)}
            </button>
            {expiry}
            <Show when=move || used>
                <p class="link-used">{ctx.t(Key::LinkUsed)}</p>
            </Show>
        </div>
    }
}
