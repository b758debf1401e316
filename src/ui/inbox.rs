//! The practice account's inbox (root@example.com): mails arrive as the journey sends them, each
//! with its sender, subject and time of arrival in Japan; opened, it shows the body, the link
//! (single-use, maybe expiring) and any code it carries.

use leptos::html::H3;
use leptos::prelude::*;

use super::fmt::{inline, jst_hhmm, lang_attr};
use super::html;
use super::layout::{Layout, Panel, focus_on_request};
use super::notice::NoticeLine;
use super::session::Session;
use super::{Ctx, Dyn, handler, nothing, show, show_or, words};
use crate::engine::calendar::{JST_OFFSET_SECS, rfc3339};
use crate::engine::run::Event;
use crate::engine::world::{LinkState, Mail, PRACTICE_EMAIL, link_expired};
use crate::i18n::Key;

#[component]
pub fn InboxPanel(session: Session) -> impl IntoView {
    let ctx = Ctx::get();
    let heading = NodeRef::<H3>::new();
    focus_on_request(Panel::Inbox, heading);
    let count = session.world_memo(|w| w.mails.len());

    view! {
        <section part="inbox" class="panel inbox" id="mfa-panel-inbox" aria-labelledby="mfa-inbox-title">
            <h3 id="mfa-inbox-title" tabindex="-1" node_ref=heading>{ctx.t(Key::InboxTitle)}</h3>
            <p class="mailbox" translate="no">{PRACTICE_EMAIL}</p>
            // Announced when a mail arrives (or goes, with Back): the count and the newest subject.
            <p class="visually-hidden" role="status">
                {move || {
                    let subject = session.world(|w| w.mails.last().map(|m| m.subject.clone()))?;
                    let n = count.get().to_string();
                    Some(view! {
                        {ctx.fill(Key::MailArrived, &[("n", &n)])}
                        " "
                        {inline(subject.get(ctx.ja()), ctx.ja())}
                    })
                }}
            </p>
            {show_or(
                move || count.get() > 0,
                move || view! { <ul class="mails">{mails_from(session, count, 0)}</ul> }.into_any(),
                move || view! { <p class="empty">{ctx.t(Key::NoMail)}</p> }.into_any(),
            )}
            <NoticeLine session panel=Panel::Inbox />
        </section>
    }
}

/// The mails from position `index` on, newest first: those after it, then its own item. Each
/// item reads its mail by position and stays in place (open or not) as mails arrive above it,
/// or go away; a link that is used or expires updates in place.
fn mails_from(session: Session, count: Memo<usize>, index: usize) -> Dyn<AnyView> {
    show(
        move || count.get() > index,
        move || {
            let newer = mails_from(session, count, index.saturating_add(1));
            view! { {newer} <MailItem session index /> }.into_any()
        },
    )
}

/// `f` of the mail at `index` (tracked); `None` once it has gone.
fn with_mail<T>(session: Session, index: usize, f: impl FnOnce(&Mail) -> T) -> Option<T> {
    session
        .run
        .try_with(|r| r.world.mails.get(index).map(f))
        .flatten()
}

#[component]
fn MailItem(session: Session, index: usize) -> impl IntoView {
    let ctx = Ctx::get();
    let layout = Layout::get();
    let key = move || with_mail(session, index, |m| (index, m.received_at));
    let read = move || key().is_some_and(|k| layout.read_mails.with(|r| r.contains(&k)));
    let open = RwSignal::new(false);
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if let Some(k) = key() {
            layout.read_mails.update(|r| {
                if !r.contains(&k) {
                    r.push(k);
                }
            });
        }
    };
    let field = move |f: fn(&Mail) -> String| with_mail(session, index, f).unwrap_or_default();
    let subject = move || with_mail(session, index, |m| ctx.pick(&m.subject)).unwrap_or_default();
    let received = move || with_mail(session, index, |m| m.received_at).unwrap_or_default();

    view! {
        <li
            part="mail"
            class="mail"
            class:open=move || open.get()
            data-mail=move || field(|m| m.id.clone())
            data-state=move || if read() { "read" } else { "unread" }.to_owned()
        >
            <button
                type="button"
                class="mail-summary"
                aria-expanded=move || open.get().to_string()
                on:click=handler(toggle)
            >
                <span class="mail-from" translate="no">{move || field(|m| m.from.clone())}</span>
                <span class="mail-subject">
                    {show(
                        move || !read(),
                        move || view! { <span class="unread-mark">{ctx.t(Key::Unread)}</span> " " }.into_any(),
                    )}
                    {move || inline(&subject(), ctx.ja())}
                </span>
                <time class="mail-time" datetime=move || rfc3339(received(), JST_OFFSET_SECS)>
                    {move || jst_hhmm(received())}
                </time>
            </button>
            {show(move || open.get(), move || view! { <MailBody session index /> }.into_any())}
        </li>
    }
}

#[component]
fn MailBody(session: Session, index: usize) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <div class="mail-body">
            <div
                class="mail-text"
                lang=move || with_mail(session, index, |m| lang_attr(m.body.get(ctx.ja()), ctx.ja())).flatten()
                inner_html=move || with_mail(session, index, |m| html::paragraphs(m.body.get(ctx.ja()))).unwrap_or_default()
            ></div>
            {move || {
                with_mail(session, index, |m| m.code.clone()).flatten().map_or_else(
                    nothing,
                    |code| {
                        view! {
                            <p class="mail-code">
                                {ctx.t(Key::MailCode)} " " <strong translate="no">{code}</strong>
                            </p>
                        }
                        .into_any()
                    },
                )
            }}
            {move || {
                with_mail(session, index, |m| m.link.clone())
                    .flatten()
                    .map_or_else(nothing, |link| view! { <MailLinkView session index link /> }.into_any())
            }}
        </div>
    }
}

/// The link button and what state it is in.
#[component]
fn MailLinkView(session: Session, index: usize, link: LinkState) -> impl IntoView {
    let ctx = Ctx::get();
    let expires_at = link.expires_at;
    let lifetime = link.lifetime_secs;
    let used = link.used;
    // Copy, so that both the expiry line and the state attribute can read it.
    let expired = move || link_expired(expires_at, ctx.now_secs());
    // The engine decides what a click does (a spent link, an expired one, a mail the step does
    // not wait for).
    let open_link = move |_| session.send(Event::OpenLink(index));
    let label = link.label.clone();
    let label_lang = label.clone();
    let expiry = move || {
        let Some(t) = expires_at else {
            return nothing();
        };
        let time = jst_hhmm(t);
        let main = ctx.fill(
            if expired() {
                Key::LinkExpiredAt
            } else {
                Key::LinkValidUntil
            },
            &[("time", &time)],
        );
        let why = ctx.tr(|tr| words::link_lifetime_note(lifetime, tr));
        view! {
            <p class="link-expiry">
                {main} " " <span class="unconfirmed">{why}</span>
            </p>
        }
        .into_any()
    };

    view! {
        <div
            class="mail-link"
            data-link-state=move || {
                if used {
                    "used"
                } else if expired() {
                    "expired"
                } else {
                    "live"
                }
                .to_owned()
            }
        >
            <button
                type="button"
                class="link-button"
                lang=move || lang_attr(label_lang.get(ctx.ja()), ctx.ja())
                on:click=handler(open_link)
            >
                {move || ctx.pick(&label)}
            </button>
            {move || expiry()}
            {show(move || used, move || view! { <p class="link-used">{ctx.t(Key::LinkUsed)}</p> }.into_any())}
        </div>
    }
}
