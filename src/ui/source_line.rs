//! Where a step's facts come from, when they were true, and how sure we are: the sign-in pages
//! changed around 2017, 2022 and 2024–2026, so every step names each source with its era, and
//! the confidence that follows from them. A source's address is a plain link the reader may open
//! in a new tab; the widget itself fetches nothing.

use leptos::prelude::*;

use super::html::{attr, esc, inline_html};
use super::session::At;
use super::{Ctx, dynamic, nothing};
use crate::engine::journey::Confidence;
use crate::i18n::{Key, Tr};

/// The label of a confidence.
pub fn confidence_key(c: Confidence) -> Key {
    match c {
        Confidence::AwsDoc => Key::ConfidenceAwsDoc,
        Confidence::VendorDoc => Key::ConfidenceVendorDoc,
        Confidence::ThirdParty => Key::ConfidenceThirdParty,
        Confidence::Uncertain => Key::ConfidenceUncertain,
    }
}

/// The source line's contents for `step`, as HTML (see [`super::html`]): each source's name (a
/// link when it has an address) and era, then the confidence. Separators are text, not CSS
/// content, so that every reader (and `textContent`) gets them.
fn sources_html(at: &At, tr: Tr<'_>) -> Option<(String, Confidence)> {
    let step = at.step()?;
    let journey = at.journey();
    let ja = tr.ja();
    let mut out = String::from("<span class=\"source-label\">");
    esc(tr.text(Key::SourceLabel), &mut out);
    out.push_str("</span> ");
    for (i, source) in step
        .sources
        .iter()
        .filter_map(|id| journey.source(id))
        .enumerate()
    {
        if i > 0 {
            out.push_str(" · ");
        }
        out.push_str("<span class=\"source-item\"");
        attr(&mut out, "data-source", &source.id);
        out.push('>');
        match &source.url {
            Some(url) => {
                out.push_str("<a class=\"source-name\"");
                attr(&mut out, "href", url);
                out.push_str(" target=\"_blank\" rel=\"noopener noreferrer\">");
                inline_html(source.name.get(ja), ja, &mut out);
                out.push_str("</a>");
            }
            None => {
                out.push_str("<span class=\"source-name\">");
                inline_html(source.name.get(ja), ja, &mut out);
                out.push_str("</span>");
            }
        }
        out.push_str(" <span class=\"source-era\">(");
        esc(&source.era, &mut out);
        out.push_str(")</span></span>");
    }
    let confidence = journey.confidence(step);
    out.push_str(" · <span class=\"confidence\">");
    esc(tr.text(confidence_key(confidence)), &mut out);
    out.push_str("</span>");
    Some((out, confidence))
}

#[component]
pub fn SourceLine(step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    dynamic(move || {
        let Some((html, confidence)) = step.with(|at| ctx.tr(|tr| sources_html(at.as_ref()?, tr)))
        else {
            return nothing();
        };
        view! { <p part="source" class="source" data-confidence=confidence.keyword() inner_html=html></p> }
            .into_any()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_confidence_has_its_own_label() {
        let mut keys: Vec<Key> = Confidence::ALL.iter().map(|c| confidence_key(*c)).collect();
        keys.dedup();
        assert_eq!(keys.len(), Confidence::ALL.len());
    }
}
