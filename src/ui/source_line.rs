//! Where a step's facts come from, when they were true, and how sure we are: the sign-in pages
//! changed around 2017, 2022 and 2024–2026, so every step names each source with its era, and
//! the confidence that follows from them. A source's address is a plain link the reader may open
//! in a new tab; the widget itself fetches nothing.

use leptos::prelude::*;

use super::fmt::inline;
use super::session::At;
use super::{Ctx, dynamic, fragment, nothing};
use crate::engine::journey::{Confidence, SourceDef};
use crate::i18n::Key;

/// The label of a confidence.
pub fn confidence_key(c: Confidence) -> Key {
    match c {
        Confidence::AwsDoc => Key::ConfidenceAwsDoc,
        Confidence::VendorDoc => Key::ConfidenceVendorDoc,
        Confidence::ThirdParty => Key::ConfidenceThirdParty,
        Confidence::Uncertain => Key::ConfidenceUncertain,
    }
}

#[component]
pub fn SourceLine(step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    dynamic(move || {
        let Some((sources, confidence)) = step.with(|at| {
            let at = at.as_ref()?;
            let step = at.step()?;
            let journey = at.journey();
            let sources: Vec<SourceDef> = step
                .sources
                .iter()
                .filter_map(|id| journey.source(id).cloned())
                .collect();
            Some((sources, journey.confidence(step)))
        }) else {
            return nothing();
        };
        // Separators are text, not CSS content, so that every reader (and `textContent`) gets them.
        let mut items = Vec::new();
        for (i, source) in sources.into_iter().enumerate() {
            if i > 0 {
                items.push(" · ".into_any());
            }
            items.push(source_item(source));
        }
        view! {
            <p part="source" class="source" data-confidence=confidence.keyword()>
                <span class="source-label">{ctx.t(Key::SourceLabel)}</span>
                " "
                {fragment(items)}
                " · "
                <span class="confidence">{ctx.t(confidence_key(confidence))}</span>
            </p>
        }
        .into_any()
    })
}

/// One source: its name (a link when it has an address), its era.
fn source_item(source: SourceDef) -> AnyView {
    let ctx = Ctx::get();
    let SourceDef {
        id, name, era, url, ..
    } = source;
    let label = move || inline(name.get(ctx.ja()), ctx.ja());
    let name_view = match url {
        Some(url) => view! {
            <a class="source-name" href=url target="_blank" rel="noopener noreferrer">{label}</a>
        }
        .into_any(),
        None => view! { <span class="source-name">{label}</span> }.into_any(),
    };
    view! {
        <span class="source-item" data-source=id>
            {name_view}
            " "
            <span class="source-era">"(" {era} ")"</span>
        </span>
    }
    .into_any()
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
