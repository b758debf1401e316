//! Browser tests: each mounts a widget into a fresh element and checks what a reader sees.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (headless Chromium and
//! Firefox through scripts/test).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use mfa_rescue::engine::authenticator::Enrollment;
use mfa_rescue::engine::clock::Clock;
use mfa_rescue::engine::entropy::Entropy;
use mfa_rescue::engine::totp::{Otp, seconds_left};
use mfa_rescue::i18n::{Key, Lang};
use mfa_rescue::ui::{Widget, WidgetOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// 2026-11-21T12:00:10Z, 20 s before the code turns over.
const T: i64 = 1_795_262_410;

struct Mounted {
    root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Mounted {
    fn q(&self, selector: &str) -> Option<HtmlElement> {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into().ok())
    }
    fn text(&self, selector: &str) -> String {
        self.q(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }
    fn click(&self, selector: &str) {
        self.q(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .click();
    }
    fn click_text(&self, text: &str) {
        let buttons = self.root.query_selector_all("button").unwrap();
        for i in 0..buttons.length() {
            let b: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
            if b.text_content().unwrap_or_default().trim() == text {
                b.click();
                return;
            }
        }
        panic!("no button {text:?}");
    }
    fn type_into(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.q(selector).unwrap().dyn_into().unwrap();
        input.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    }
}

fn mount(options: WidgetOptions) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), move || view! { <Widget options /> });
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

fn frozen_at(t: i64, seed: &str, lang: Lang) -> WidgetOptions {
    WidgetOptions {
        lang,
        seed: Some(seed.to_owned()),
        clock: Clock::simulated(t * 1000, 0, false),
    }
}

fn expected_otp(seed: &str) -> Otp {
    let e = Enrollment::new(&mut Entropy::from_seed(Some(seed))).unwrap();
    Otp::new(&e.secret).unwrap()
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[wasm_bindgen_test]
async fn shows_the_code_and_countdown_the_engine_expects() {
    let w = mount(frozen_at(T, "web-1", Lang::En));
    tick().await;
    assert_eq!(
        digits(&w.text("[part=totp-code]")),
        expected_otp("web-1").code_at(T)
    );
    assert_eq!(w.text("[part=totp-countdown]"), seconds_left(T).to_string());
    assert_eq!(w.text("[part=totp-countdown]"), "20");
}

#[wasm_bindgen_test]
async fn running_clock_turns_the_code_over_on_the_boundary() {
    // Start 0.6 s before a 30-second boundary with a running clock.
    let start_ms = (T + 19) * 1000 + 400;
    let real_now = js_sys::Date::now() as i64;
    let w = mount(WidgetOptions {
        lang: Lang::En,
        seed: Some("web-2".into()),
        clock: Clock::simulated(start_ms, real_now, true),
    });
    tick().await;
    let otp = expected_otp("web-2");
    assert_eq!(w.text("[part=totp-countdown]"), "1");
    assert_eq!(digits(&w.text("[part=totp-code]")), otp.code_at(T + 19));
    sleep_ms(900).await;
    assert_eq!(w.text("[part=totp-countdown]"), "30");
    assert_eq!(digits(&w.text("[part=totp-code]")), otp.code_at(T + 20));
    assert_ne!(otp.code_at(T + 19), otp.code_at(T + 20));
}

#[wasm_bindgen_test]
async fn enrollment_form_explains_each_mistake_and_accepts_a_good_pair() {
    let w = mount(frozen_at(T, "web-3", Lang::En));
    let otp = expected_otp("web-3");
    let cases = [
        ("12a456".to_owned(), otp.code_at(T), Key::ErrCode1NotDigits),
        (otp.code_at(T), otp.code_at(T), Key::ErrSameCode),
        (otp.code_at(T), otp.code_at(T - 30), Key::ErrNotConsecutive),
        (otp.code_at(T - 300), otp.code_at(T - 270), Key::ErrExpired),
        (otp.code_at(T - 30), otp.code_at(T), Key::Enrolled),
    ];
    for (c1, c2, key) in cases {
        w.type_into("input[name=mfa-code-1]", &c1);
        w.type_into("input[name=mfa-code-2]", &c2);
        w.click("form.enroll button[type=submit]");
        tick().await;
        assert_eq!(
            w.text("form.enroll .message").trim(),
            key.text(Lang::En),
            "{c1} / {c2}"
        );
    }
    assert_eq!(
        w.q("form.enroll")
            .unwrap()
            .get_attribute("data-state")
            .as_deref(),
        Some("enrolled")
    );
}

#[wasm_bindgen_test]
async fn replacing_the_phone_wipes_the_app_and_the_saved_key_restores_it() {
    let w = mount(frozen_at(T, "web-4", Lang::En));
    tick().await;
    let before = w.text("[part=totp-code]");
    w.click_text(Key::ReplacePhone.text(Lang::En));
    tick().await;
    assert!(w.q("[part=totp-code]").is_none());
    assert!(
        w.text("[part=phone]")
            .contains(Key::AppEmptyTitle.text(Lang::En))
    );

    w.type_into("input[name=restore-secret]", "ABC1");
    w.click("form.restore button[type=submit]");
    tick().await;
    assert!(
        w.text("form.restore .message")
            .contains(Key::ErrSecretNotBase32.text(Lang::En))
    );

    // Show the key in the console, copy it the way a reader would, restore the app with it.
    w.click_text(Key::ShowSecret.text(Lang::En));
    tick().await;
    let saved = w.text("[part=totp-secret]");
    assert_eq!(saved.split(' ').count(), 16);
    w.type_into("input[name=restore-secret]", &saved.to_lowercase());
    w.click("form.restore button[type=submit]");
    tick().await;
    assert_eq!(w.text("[part=totp-code]"), before);
}

#[wasm_bindgen_test]
async fn qr_code_and_uri_are_shown_on_request() {
    let w = mount(frozen_at(T, "web-5", Lang::En));
    tick().await;
    let qr = w.root.query_selector("svg[part=qr] path").unwrap().unwrap();
    assert!(qr.get_attribute("d").unwrap().starts_with('M'));
    assert!(w.q(".uri").is_none());
    w.click_text(Key::ShowUri.text(Lang::En));
    tick().await;
    let e = Enrollment::new(&mut Entropy::from_seed(Some("web-5"))).unwrap();
    assert_eq!(w.text(".uri"), e.uri());
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_words_and_the_lang_attribute() {
    let w = mount(frozen_at(T, "web-6", Lang::Ja));
    tick().await;
    assert_eq!(
        w.q(".mfa-rescue").unwrap().get_attribute("lang").as_deref(),
        Some("ja")
    );
    assert!(
        w.text("[part=phone]")
            .contains(Key::PhoneTitle.text(Lang::Ja))
    );
    w.click(".lang-switch");
    tick().await;
    assert_eq!(
        w.q(".mfa-rescue").unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    assert!(
        w.text("[part=phone]")
            .contains(Key::PhoneTitle.text(Lang::En))
    );
}
