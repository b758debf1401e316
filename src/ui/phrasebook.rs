//! The call phrasebook on call steps: the English lines the reader will hear and say, each with a
//! Japanese gloss, spoken by the browser's speech synthesis on request (the buttons are hidden
//! where the browser has no English voice), and a practice mode that reads a 6-digit code aloud
//! digit by digit for the reader to repeat. Nothing here leaves the browser: speech synthesis
//! runs locally, and the widget never asks for a network voice.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use super::session::{At, Session, with_step};
use super::{Ctx, fragment, handler, nothing, show};
use crate::engine::entropy::Entropy;
use crate::engine::journey::{CallLanguage, Phrase, Speaker};
use crate::engine::totp::CODE_DIGITS;
use crate::engine::world::World;
use crate::i18n::Key;

/// "four, two, eight, one, nine, three": a code as the reader should say it on the call.
pub fn digits_aloud(code: &str) -> String {
    const NAMES: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    code.chars()
        .filter_map(|c| c.to_digit(10))
        .filter_map(|d| NAMES.get(d as usize).copied())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The code worth practising: the newest one the reader has been sent (a support PIN in a mail,
/// an SMS code, the console's code), else `None` (a fresh random one is drawn).
fn code_to_practise(w: &World) -> Option<String> {
    w.mails
        .iter()
        .rev()
        .find_map(|m| m.code.clone())
        .or_else(|| w.sms.last().map(|s| s.code.clone()))
        .or_else(|| w.console_code.clone())
}

/// The browser's speech synthesis, where it has one. Never throws.
fn synth() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    if !js_sys::Reflect::has(&window, &JsValue::from_str("speechSynthesis")).unwrap_or(false) {
        return None;
    }
    window.speech_synthesis().ok()
}

/// The browser's speech synthesis, if it has an English voice.
fn english_synth() -> Option<web_sys::SpeechSynthesis> {
    let synth = synth()?;
    // `lang` read by name: some browsers hand out voices that are not SpeechSynthesisVoice
    // instances to an `instanceof` check.
    let has_english = synth.get_voices().iter().any(|v| {
        js_sys::Reflect::get(&v, &JsValue::from_str("lang"))
            .ok()
            .and_then(|l| l.as_string())
            .is_some_and(|l| l.to_ascii_lowercase().starts_with("en"))
    });
    has_english.then_some(synth)
}

/// Speaks `text` in English, slowly enough to follow on a call.
fn speak(text: &str) {
    let Some(synth) = english_synth() else {
        return;
    };
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang("en-US");
        utterance.set_rate(0.85);
        synth.cancel();
        synth.speak(&utterance);
    }
}

thread_local! {
    /// Whether an English voice is available, for every widget on the page: one signal and one
    /// `voiceschanged` listener per page (browsers load their voices late), not one per widget.
    static VOICE: ArcRwSignal<bool> = {
        let available = ArcRwSignal::new(english_synth().is_some());
        if let Some(synth) = synth() {
            let signal = available.clone();
            let listener = Closure::<dyn Fn()>::new(move || signal.set(english_synth().is_some()));
            let _ = synth
                .add_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref());
            // Lives as long as the page, like the signal it updates.
            listener.forget();
        }
        available
    };
}

#[component]
pub fn Phrasebook(session: Session, step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    let phrases = move || with_step(step, |s| s.phrases.clone()).unwrap_or_default();
    // A call with Japanese-language support is held in Japanese: its lines are the flow of the
    // call, with no English to hear and say and no English speech.
    let japanese_call =
        move || with_step(step, |s| s.call_language == CallLanguage::Ja).unwrap_or(false);
    let voice = RwSignal::from(VOICE.with(Clone::clone));
    let practice = RwSignal::new(None::<String>);

    let line = move |phrase: Phrase| {
        let who = match phrase.who {
            Speaker::Agent => Key::PhraseAgent,
            Speaker::You => Key::PhraseYou,
            Speaker::Voice => Key::PhraseVoice,
        };
        if japanese_call() {
            return japanese_line(who, phrase);
        }
        let en = phrase.en.clone();
        let gloss = phrase.ja.clone();
        view! {
            <li class="phrase" data-who=phrase.who.keyword()>
                <span class="who">{ctx.t(who)}</span>
                <span class="en" lang="en">{phrase.en.clone()}</span>
                {show(
                    move || ctx.ja(),
                    move || view! { <span class="gloss" lang="ja">{gloss.clone()}</span> }.into_any(),
                )}
                {show(
                    move || voice.get(),
                    move || {
                        let label = en.clone();
                        let said = en.clone();
                        view! {
                            <button
                                type="button"
                                class="secondary speak"
                                aria-label=move || ctx.fill(Key::ListenTo, &[("line", &label)])
                                on:click=handler(move |_| speak(&said))
                            >
                                {ctx.t(Key::Listen)}
                            </button>
                        }
                        .into_any()
                    },
                )}
            </li>
        }
        .into_any()
    };

    let practise = move |_| {
        let code = session
            .world(code_to_practise)
            .or_else(|| {
                Entropy::from_seed(None)
                    .digits("practice", CODE_DIGITS)
                    .ok()
            })
            .unwrap_or_default();
        speak(&digits_aloud(&code));
        practice.set(Some(code));
    };

    show(
        move || !phrases().is_empty(),
        move || {
            view! {
                <section
                    class="phrasebook"
                    aria-labelledby="mfa-phrasebook-title"
                    data-call-language=move || if japanese_call() { "ja" } else { "en" }
                >
                    <h3 id="mfa-phrasebook-title">
                        {move || ctx.text(if japanese_call() { Key::PhrasebookFlowTitle } else { Key::PhrasebookTitle })}
                    </h3>
                    <ul class="phrases">{move || fragment(phrases().into_iter().map(line).collect())}</ul>
                    {show(
                        move || !japanese_call(),
                        move || view! {
                    <div class="practice">
                        <button type="button" class="secondary practise" on:click=handler(practise)>
                            {ctx.t(Key::PractiseCode)}
                        </button>
                        {move || {
                            practice.get().map_or_else(nothing, |code| {
                                let aloud = digits_aloud(&code);
                                view! {
                                    <p class="practice-code">
                                        <span class="code" translate="no">{code}</span>
                                        " → "
                                        <span class="aloud" lang="en">{aloud}</span>
                                    </p>
                                }
                                .into_any()
                            })
                        }}
                        <p class="hint">{ctx.t_mixed(Key::PractiseHint)}</p>
                    </div>
                        }
                        .into_any(),
                    )}
                </section>
            }
            .into_any()
        },
    )
}

/// A line of a call held in Japanese: what is said, in Japanese, for a Japanese reader; its
/// translation (with the Japanese beside it) for an English one. Never spoken aloud.
fn japanese_line(who: Key, phrase: Phrase) -> AnyView {
    let ctx = Ctx::get();
    let Phrase {
        who: speaker,
        en,
        ja,
    } = phrase;
    let said = ja.clone();
    view! {
        <li class="phrase" data-who=speaker.keyword()>
            <span class="who">{ctx.t(who)}</span>
            {move || {
                if ctx.ja() {
                    view! { <span class="said" lang="ja">{said.clone()}</span> }.into_any()
                } else {
                    view! {
                        <span class="said" lang="en">{en.clone()}</span>
                        <span class="gloss" lang="ja">{ja.clone()}</span>
                    }
                    .into_any()
                }
            }}
        </li>
    }
    .into_any()
}

/// "Print this checklist", on steps marked `printable`; the print stylesheet keeps only the card.
#[component]
pub fn PrintButton(step: Memo<Option<At>>) -> impl IntoView {
    let ctx = Ctx::get();
    show(
        move || with_step(step, |s| s.printable) == Some(true),
        move || {
            view! {
                <button
                    type="button"
                    class="secondary print-kit"
                    on:click=handler(|_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    })
                >
                    {ctx.t(Key::PrintKit)}
                </button>
            }
            .into_any()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_digit_by_digit() {
        assert_eq!(
            digits_aloud("428 193"),
            "four, two, eight, one, nine, three"
        );
        assert_eq!(digits_aloud("0"), "zero");
        assert_eq!(digits_aloud("abc"), "");
    }
}
