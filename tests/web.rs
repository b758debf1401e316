//! Browser tests: each mounts a widget into a fresh element and checks what a reader sees.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (headless Chromium and
//! Firefox through scripts/test).
//!
//! Most tests drive a small inline journey (built below) with a seed and a frozen clock, so the
//! secrets, codes and times are the ones the engine computes natively for the same inputs.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use mfa_rescue::engine::authenticator::Enrollment;
use mfa_rescue::engine::builtin;
use mfa_rescue::engine::calendar::{JST_OFFSET_SECS, rfc3339, unix_from_civil};
use mfa_rescue::engine::clock::Clock;
use mfa_rescue::engine::entropy::Entropy;
use mfa_rescue::engine::journey::{Journey, load};
use mfa_rescue::engine::run::Run;
use mfa_rescue::engine::totp::{Otp, seconds_left};
use mfa_rescue::i18n::{Key, Lang};
use mfa_rescue::ui::loading::JourneySource;
use mfa_rescue::ui::{Widget, WidgetOptions};
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// 2026-11-21T12:00:10Z (Saturday 21:00:10 JST), 20 s before the code turns over.
const T: i64 = 1_795_262_410;

/// A journey that visits every panel: console buttons, a mail with an expiring link, a call
/// that waits for the console's code on the keypad, the SMS variant, assigning a new device,
/// a support-language decision and a step that moves on after an hour.
fn test_journey_json() -> Value {
    let t = |ja: &str, en: &str| json!({ "ja": ja, "en": en });
    let mut steps = vec![
        json!({ "id": "sign-in", "title": t("サインインする", "Sign in as the root user"), "screen": "sign-in",
                "on": [{ "on": "action", "action": "sign-in", "next": "mfa" }] }),
        json!({ "id": "mfa", "title": t("コードが出ない", "The app shows no code"), "screen": "mfa-prompt",
                "on": [{ "on": "action", "action": "troubleshoot-mfa", "next": "alt-email" },
                       { "on": "choice", "id": "support", "label": t("サポートに頼る", "Ask AWS Support"), "next": "support-language" }] }),
        json!({ "id": "alt-email", "title": t("確認メールを送る", "Send the verification email"), "screen": "alt-email",
                "on": [{ "on": "action", "action": "send-email", "next": "check-mail" }] }),
        json!({ "id": "check-mail", "title": t("メールのリンクを開く", "Open the link in the mail"), "screen": "alt-email",
                "effects": [{ "type": "mail", "id": "verify", "from": "recover-mfa-no-reply@verify.signin.aws",
                              "subject": t("ルートユーザーの E メールアドレスの確認", "Verify your AWS account root user email address"),
                              "body": t("下のボタンを押してください。", "Choose the button below."),
                              "link": { "label": t("Verify your email address", "Verify your email address"), "expires_after_minutes": 15 } }],
                "decision": { "rule": "link-expiry" },
                "on": [{ "on": "link", "mail": "verify", "next": "phone", "expired": "link-expired" }] }),
        json!({ "id": "link-expired", "title": t("リンクの期限が切れた", "The link expired"),
                "outcome": { "id": "link-expired", "kind": "blocked" } }),
        json!({ "id": "phone", "title": t("電話で確認する", "Verify your phone"), "screen": "alt-phone-call",
                "on": [{ "on": "action", "action": "call-me-now", "next": "call" },
                       { "on": "choice", "id": "sms", "label": t("SMS の画面だった", "I see the SMS screen"), "next": "sms" }] }),
        json!({ "id": "call", "title": t("電話に出る", "Answer the call"), "screen": "alt-phone-call",
                "effects": [{ "type": "show-console-code" },
                            { "type": "call", "caller": "+1 206 555 0100", "keypad": true,
                              "says": t("画面に表示された 6 桁のコードを入力してください。", "Please enter the six-digit code shown on the website.") }],
                "on": [{ "on": "keypad", "next": "signed-in" }] }),
        json!({ "id": "sms", "title": t("SMS でコードを受け取る", "Get the code by SMS"), "screen": "alt-phone-sms",
                "on": [{ "on": "action", "action": "send-sms", "next": "sms-sent" }] }),
        json!({ "id": "sms-sent", "title": t("SMS のコードを入力する", "Type the code from the SMS"), "screen": "alt-phone-sms",
                "effects": [{ "type": "sms", "from": "AWS", "text": t("確認コード：{code}", "Your verification code: {code}") }],
                "on": [{ "on": "console-code", "next": "signed-in" }] }),
        json!({ "id": "signed-in", "title": t("コンソールにサインインする", "Sign in to the console"), "screen": "alt-done",
                "effects": [{ "type": "hang-up" }],
                "on": [{ "on": "action", "action": "sign-in-console", "next": "assign" }] }),
        json!({ "id": "assign", "title": t("新しいデバイスを割り当てる", "Assign a new device"), "screen": "assign-mfa",
                "effects": [{ "type": "new-enrollment" }],
                "on": [{ "on": "enrolled", "next": "recovered" }] }),
        json!({ "id": "recovered", "title": t("復旧できた", "Recovered"), "screen": "console-home",
                "outcome": { "id": "recovered", "kind": "recovered" } }),
        json!({ "id": "support-language", "title": t("サポートの言語を選ぶ", "Choose the support language"),
                "decision": { "rule": "support-language" },
                "on": [{ "on": "choice", "id": "japanese", "label": t("日本語", "Japanese"), "next": "wait-japanese" },
                       { "on": "choice", "id": "english", "label": t("英語", "English"), "next": "handoff" }] }),
        json!({ "id": "wait-japanese", "title": t("日本語の担当者を待つ", "Wait for a Japanese-speaking agent"),
                "on": [{ "on": "after", "minutes": 60, "next": "handoff" }] }),
        json!({ "id": "handoff", "title": t("サポートの手順へ", "On to the Support journey"),
                "outcome": { "id": "support", "kind": "handoff", "journey": "support" } }),
    ];
    for step in &mut steps {
        step["body"] = t("本文です。", "The body.");
        step["sources"] = json!(["doc-lost-2025"]);
    }
    json!({ "id": "web-test", "title": t("テスト", "Web test journey"), "start": "sign-in", "steps": steps })
}

fn journey_from(value: &Value) -> Arc<Journey> {
    Arc::new(load(&value.to_string()).unwrap_or_else(|e| panic!("{e:?}")))
}

fn test_journey() -> Arc<Journey> {
    journey_from(&test_journey_json())
}

fn title_of(journey: &Journey, step: &str, lang: Lang) -> String {
    journey
        .step(step)
        .unwrap()
        .title
        .get(lang == Lang::Ja)
        .to_owned()
}

/// The run the widget starts, computed natively, to know its secrets.
fn native_run(start: &str, seed: &str, t: i64) -> Run {
    Run::start(
        &test_journey(),
        Some(start),
        Entropy::from_seed(Some(seed)),
        t,
    )
    .unwrap()
}

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
    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }
    fn all(&self, selector: &str) -> Vec<web_sys::Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
            .collect()
    }
    fn text(&self, selector: &str) -> String {
        self.q(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }
    fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.q(selector).and_then(|e| e.get_attribute(name))
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
    /// Presses a key on the keyboard while `selector` has the focus.
    fn press_key(&self, selector: &str, key: &str) {
        let target = self.q(selector).unwrap_or_else(|| panic!("no {selector}"));
        target.focus().unwrap();
        let window = web_sys::window().unwrap();
        let ctor: js_sys::Function = js_sys::Reflect::get(&window, &"KeyboardEvent".into())
            .unwrap()
            .dyn_into()
            .unwrap();
        let init = js_sys::Object::new();
        js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
        js_sys::Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE).unwrap();
        js_sys::Reflect::set(&init, &"cancelable".into(), &JsValue::TRUE).unwrap();
        let args = js_sys::Array::of2(&"keydown".into(), &init);
        let event: Event = js_sys::Reflect::construct(&ctor, &args)
            .unwrap()
            .dyn_into()
            .unwrap();
        target.dispatch_event(&event).unwrap();
    }
    fn step_title(&self) -> String {
        self.text("[part=step-title]").trim().to_owned()
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

/// The test journey from `start`, with a seed and a clock frozen at `t`.
fn frozen(t: i64, seed: &str, lang: Lang, start: &str) -> WidgetOptions {
    WidgetOptions {
        lang,
        seed: Some(seed.to_owned()),
        clock: Clock::simulated(t * 1000, 0, false),
        start: Some(start.to_owned()),
        source: JourneySource::Given(test_journey()),
        ..Default::default()
    }
}

fn frozen_at(t: i64, seed: &str, lang: Lang) -> WidgetOptions {
    frozen(t, seed, lang, "sign-in")
}

/// Lets effects (focus, tab choice, ticks) run after a change.
async fn settle() {
    tick().await;
    tick().await;
}

fn expected_otp(seed: &str) -> Otp {
    let e = Enrollment::new(&mut Entropy::from_seed(Some(seed)), None).unwrap();
    Otp::new(&e.secret).unwrap()
}

/// The device the console assigns on the `assign` step, for `seed`.
fn new_device(seed: &str) -> Enrollment {
    native_run("assign", seed, T).world.enrollment.unwrap()
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

fn jst(y: i32, mo: u8, d: u8, h: u8, mi: u8) -> i64 {
    unix_from_civil(y, mo, d, h, mi, 0, JST_OFFSET_SECS).unwrap()
}

// ---- The authenticator app and the enrollment (issue 2), inside the journey layout ----

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
        clock: Clock::simulated(start_ms, real_now, true),
        ..frozen_at(T, "web-2", Lang::En)
    });
    tick().await;
    let otp = expected_otp("web-2");
    assert_eq!(w.text("[part=totp-countdown]"), "1");
    assert_eq!(digits(&w.text("[part=totp-code]")), otp.code_at(T + 19));
    sleep_ms(900).await;
    assert_eq!(w.text("[part=totp-countdown]"), "30");
    assert_eq!(digits(&w.text("[part=totp-code]")), otp.code_at(T + 20));
    assert_ne!(otp.code_at(T + 19), otp.code_at(T + 20));
    assert_eq!(
        w.attr("[part=clock]", "datetime").as_deref(),
        Some(rfc3339(T + 20, JST_OFFSET_SECS).as_str())
    );
}

#[wasm_bindgen_test]
async fn enrollment_form_explains_each_mistake_and_accepts_a_good_pair() {
    let w = mount(frozen(T, "web-3", Lang::En, "assign"));
    let otp = Otp::new(&new_device("web-3").secret).unwrap();
    let cases = [
        ("12a456".to_owned(), otp.code_at(T), Key::ErrCode1NotDigits),
        (otp.code_at(T), otp.code_at(T), Key::ErrSameCode),
        (otp.code_at(T), otp.code_at(T - 30), Key::ErrNotConsecutive),
        (otp.code_at(T - 300), otp.code_at(T - 270), Key::ErrExpired),
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
        assert_eq!(
            w.attr("form.enroll", "data-state").as_deref(),
            Some("error")
        );
    }
    // A good pair assigns the device: the journey moves on and the console says so.
    w.type_into("input[name=mfa-code-1]", &otp.code_at(T - 30));
    w.type_into("input[name=mfa-code-2]", &otp.code_at(T));
    w.click("form.enroll button[type=submit]");
    settle().await;
    assert_eq!(w.step_title(), "Recovered");
    assert_eq!(
        w.attr(".mfa-status", "data-enrolled").as_deref(),
        Some("true")
    );
    assert_eq!(
        w.attr(".outcome", "data-outcome").as_deref(),
        Some("recovered")
    );
}

#[wasm_bindgen_test]
async fn replacing_the_phone_wipes_the_app_and_the_saved_key_restores_it() {
    let w = mount(frozen(T, "web-4", Lang::En, "assign"));
    tick().await;
    assert_eq!(
        digits(&w.text("[part=totp-code]")),
        expected_otp("web-4").code_at(T)
    );
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
    assert_eq!(
        w.text("form.restore .message"),
        Key::ErrSecretNotBase32.fill(Lang::En, &[("bad", "1")])
    );

    // A well-formed key this rehearsal did not make (maybe the reader's real one) is refused
    // with the warning, cleared from the field, and never turned into codes.
    let foreign = "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP";
    w.type_into("input[name=restore-secret]", foreign);
    w.click("form.restore button[type=submit]");
    tick().await;
    assert_eq!(
        w.attr("form.restore .message", "data-refusal").as_deref(),
        Some("not-practice-key")
    );
    assert_eq!(
        w.text("form.restore .message"),
        Key::ErrNotPracticeKey.text(Lang::En)
    );
    assert_eq!(input_value(&w, "input[name=restore-secret]"), "");
    assert!(w.q("[part=totp-code]").is_none());

    // Show the key in the console, copy it the way a reader would, restore the app with it:
    // the app shows that key's codes.
    w.click_text(Key::ShowSecret.text(Lang::En));
    tick().await;
    let saved = w.text("[part=totp-secret]");
    assert_eq!(saved.split(' ').count(), 16);
    w.type_into("input[name=restore-secret]", &saved.to_lowercase());
    w.click("form.restore button[type=submit]");
    tick().await;
    let new_code = Otp::new(&new_device("web-4").secret).unwrap().code_at(T);
    assert_eq!(digits(&w.text("[part=totp-code]")), new_code);

    // Replace again and scan the QR code instead: the same codes.
    w.click_text(Key::ReplacePhone.text(Lang::En));
    tick().await;
    w.click_text(Key::ScanQr.text(Lang::En));
    tick().await;
    assert_eq!(digits(&w.text("[part=totp-code]")), new_code);
}

#[wasm_bindgen_test]
async fn qr_code_and_uri_are_shown_on_request() {
    let w = mount(frozen(T, "web-5", Lang::En, "assign"));
    tick().await;
    let qr = w.root.query_selector("svg[part=qr] path").unwrap().unwrap();
    assert!(qr.get_attribute("d").unwrap().starts_with('M'));
    assert!(w.q(".uri").is_none());
    w.click_text(Key::ShowUri.text(Lang::En));
    tick().await;
    assert_eq!(w.text(".uri"), new_device("web-5").uri());
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
    assert_eq!(w.step_title(), "サインインする");
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
    assert_eq!(w.step_title(), "Sign in as the root user");
    assert_eq!(w.text("[data-action=sign-in]").trim(), "Sign in");
}

// ---- The journey shell and the world's panels (issue 3) ----

#[wasm_bindgen_test]
async fn a_console_button_advances_the_step_and_back_returns() {
    let journey = test_journey();
    let w = mount(frozen_at(T, "shell-1", Lang::En));
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "sign-in", Lang::En));
    // The path branches ahead, so the total is not known yet.
    assert_eq!(w.text("[part=progress]"), "Step 1");
    assert!(w.q("[part=back]").unwrap().has_attribute("disabled"));
    assert_eq!(
        w.attr(".console", "data-screen").as_deref(),
        Some("sign-in")
    );

    w.click("[data-action=sign-in]");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "mfa", Lang::En));
    assert_eq!(w.text("[part=progress]"), "Step 2");
    assert_eq!(
        w.attr(".console", "data-screen").as_deref(),
        Some("mfa-prompt")
    );
    // The new step's title has the focus, so a screen reader announces it.
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(active.get_attribute("part").as_deref(), Some("step-title"));
    assert!(!w.q("[part=back]").unwrap().has_attribute("disabled"));

    // A button the step does not use is explained, not silently ignored.
    w.click("[data-action=try-another-method]");
    settle().await;
    assert_eq!(
        w.attr(".console .notice", "data-refusal").as_deref(),
        Some("not-now")
    );
    assert_eq!(w.step_title(), title_of(&journey, "mfa", Lang::En));

    w.click("[part=back]");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "sign-in", Lang::En));
    assert_eq!(w.text("[part=progress]"), "Step 1");
    assert!(w.q("[part=back]").unwrap().has_attribute("disabled"));
    assert_eq!(
        w.text("[part=source]").trim(),
        "Source: AWS IAM User Guide: Recover an MFA protected identity in IAM (2025) · AWS documentation"
    );
}

#[wasm_bindgen_test]
async fn a_mail_arrives_after_send_email_and_its_link_moves_on() {
    let journey = test_journey();
    let w = mount(frozen(T, "shell-2", Lang::En, "alt-email"));
    settle().await;
    assert_eq!(w.count("[part=mail]"), 0);
    assert_eq!(
        w.attr("[role=tab][data-panel=console]", "aria-selected")
            .as_deref(),
        Some("true")
    );

    w.click("[data-action=send-email]");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "check-mail", Lang::En));
    assert_eq!(w.count("[part=mail]"), 1);
    // A narrow widget now shows the inbox, with the new mail counted as unread.
    assert_eq!(
        w.attr("[role=tab][data-panel=inbox]", "aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        w.attr("[role=tab][data-panel=console]", "aria-selected")
            .as_deref(),
        Some("false")
    );
    assert!(w.text("[role=tab][data-panel=inbox]").contains("1 unread"));
    assert_eq!(
        w.attr("[part=mail]", "data-state").as_deref(),
        Some("unread")
    );
    assert!(
        w.text("[part=mail] .mail-from")
            .contains("recover-mfa-no-reply@verify.signin.aws")
    );
    assert!(
        w.text("[part=mail] .mail-subject")
            .contains("Verify your AWS account root user email address")
    );
    assert_eq!(w.text("[part=mail] .mail-time"), "21:00");
    assert_eq!(
        w.attr("[part=decision]", "data-verdict").as_deref(),
        Some("click-now")
    );

    w.click("[part=mail] .mail-summary");
    settle().await;
    assert_eq!(w.attr("[part=mail]", "data-state").as_deref(), Some("read"));
    assert!(!w.text("[role=tab][data-panel=inbox]").contains("unread"));
    assert!(w.text(".link-expiry").contains("Valid until 21:15 JST."));
    assert!(w.text(".link-expiry").contains("2017"));
    w.click("[part=mail] .link-button");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "phone", Lang::En));
    assert_eq!(
        w.attr(".mail-link", "data-link-state").as_deref(),
        Some("used")
    );
    assert!(w.text(".mail-link").contains(Key::LinkUsed.text(Lang::En)));

    // Back returns to the step, but a link works once: a second click is refused.
    w.click("[part=back]");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "check-mail", Lang::En));
    assert_eq!(
        w.attr(".mail-link", "data-link-state").as_deref(),
        Some("used")
    );
    w.click("[part=mail] .link-button");
    settle().await;
    assert_eq!(
        w.attr(".inbox .notice", "data-refusal").as_deref(),
        Some("link-used")
    );
    assert_eq!(w.step_title(), title_of(&journey, "check-mail", Lang::En));
}

#[wasm_bindgen_test]
async fn an_expired_link_leads_to_the_expiry_branch() {
    let journey = test_journey();
    let w = mount(frozen(T, "shell-3", Lang::En, "alt-email"));
    settle().await;
    w.click("[data-action=send-email]");
    settle().await;
    assert_eq!(
        w.attr("[part=decision]", "data-verdict").as_deref(),
        Some("click-now")
    );

    w.click(".clock-bar [data-jump='900']");
    settle().await;
    assert_eq!(
        w.attr("[part=clock]", "datetime").as_deref(),
        Some(rfc3339(T + 900, JST_OFFSET_SECS).as_str())
    );
    assert_eq!(
        w.attr("[part=decision]", "data-verdict").as_deref(),
        Some("link-expired")
    );
    w.click("[part=mail] .mail-summary");
    settle().await;
    assert!(w.text(".link-expiry").contains("Expired at 21:15 JST."));
    assert_eq!(
        w.attr(".mail-link", "data-link-state").as_deref(),
        Some("expired")
    );
    w.click("[part=mail] .link-button");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "link-expired", Lang::En));
    assert_eq!(
        w.attr(".outcome", "data-outcome").as_deref(),
        Some("blocked")
    );
}

#[wasm_bindgen_test]
async fn an_expired_link_without_a_branch_is_refused_in_the_inbox() {
    let mut json = test_journey_json();
    for step in json["steps"].as_array_mut().unwrap() {
        if step["id"] == "check-mail" {
            step["on"][0].as_object_mut().unwrap().remove("expired");
        }
    }
    // link-expired is now unreachable: drop it so the journey stays valid.
    json["steps"]
        .as_array_mut()
        .unwrap()
        .retain(|s| s["id"] != "link-expired");
    let journey = journey_from(&json);
    let w = mount(WidgetOptions {
        source: JourneySource::Given(Arc::clone(&journey)),
        ..frozen(T, "shell-4", Lang::Ja, "alt-email")
    });
    settle().await;
    w.click("[data-action=send-email]");
    settle().await;
    w.click(".clock-bar [data-jump='3600']");
    settle().await;
    w.click("[part=mail] .mail-summary");
    settle().await;
    // AWS's button stays English inside the Japanese mail: marked so for screen readers.
    assert_eq!(
        w.attr("[part=mail] .link-button", "lang").as_deref(),
        Some("en")
    );
    assert_eq!(w.attr("[part=mail] .mail-subject span[lang]", "lang"), None);
    w.click("[part=mail] .link-button");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "check-mail", Lang::Ja));
    assert_eq!(
        w.attr(".inbox .notice", "data-refusal").as_deref(),
        Some("link-expired")
    );
    assert!(
        w.text(".inbox .notice")
            .starts_with(Key::NoticeLinkExpired.text(Lang::Ja))
    );
    // Resending from the console brings a fresh mail whose link works.
    w.click("[role=tab][data-panel=console]");
    w.click("[data-action=resend-email]");
    settle().await;
    assert_eq!(w.count("[part=mail]"), 2);
    assert_eq!(
        w.attr("[role=tab][aria-selected=true]", "data-panel")
            .as_deref(),
        Some("inbox")
    );
    w.click("[part=mail] .mail-summary");
    settle().await;
    w.click("[part=mail] .link-button");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "phone", Lang::Ja));
}

#[wasm_bindgen_test]
async fn the_keypad_accepts_the_console_code_and_refuses_a_wrong_one() {
    let journey = test_journey();
    let w = mount(frozen(T, "shell-5", Lang::Ja, "phone"));
    settle().await;
    assert!(w.q("[part=keypad]").is_none());
    w.click("[data-action=call-me-now]");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "call", Lang::Ja));
    assert_eq!(
        w.attr("[role=tab][data-panel=phone]", "aria-selected")
            .as_deref(),
        Some("true")
    );
    let code = w.text(".console-code");
    assert_eq!(code.len(), 6, "{code:?}");
    assert!(
        w.text(".console").contains("5678"),
        "the phone's last four digits"
    );
    // The voice speaks Japanese here, with the English original marked as English.
    assert!(w.text(".call .says").contains("6 桁のコード"));
    assert_eq!(w.attr(".call .original p", "lang").as_deref(), Some("en"));

    // A wrong code: six presses, then the refusal, and the typed digits start over.
    let wrong: String = code
        .chars()
        .map(|c| if c == '9' { '0' } else { '9' })
        .collect();
    for digit in wrong.chars() {
        w.click(&format!("[part=keypad] [data-key='{digit}']"));
        tick().await;
    }
    settle().await;
    assert_eq!(
        w.attr(".phone .notice", "data-refusal").as_deref(),
        Some("wrong-code")
    );
    assert_eq!(w.text(".typed-digits"), "");
    assert_eq!(w.step_title(), title_of(&journey, "call", Lang::Ja));

    // The right code, typed on the keyboard this time.
    let mut typed = String::new();
    for digit in code.chars() {
        w.press_key("[part=keypad] [data-key='1']", &digit.to_string());
        tick().await;
        typed.push(digit);
        if typed.len() < 6 {
            assert_eq!(w.text(".typed-digits"), typed);
        }
    }
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "signed-in", Lang::Ja));
    assert_eq!(w.text(".phone .notice"), "");
    assert!(w.q(".call").is_none(), "the call has ended");
}

#[wasm_bindgen_test]
async fn the_code_from_the_sms_is_typed_on_the_console() {
    let journey = test_journey();
    let w = mount(frozen(T, "shell-6", Lang::En, "sms"));
    settle().await;
    w.click("[data-action=send-sms]");
    settle().await;
    let sms = w.text(".sms-text");
    let code = digits(&sms);
    assert_eq!(code.len(), 6, "{sms:?}");
    w.type_into("input[name=console-code]", "000000");
    w.click(".console-code-form button[type=submit]");
    settle().await;
    let refused = if code == "000000" {
        None
    } else {
        Some("wrong-code")
    };
    assert_eq!(
        w.attr(".console .notice", "data-refusal").as_deref(),
        refused
    );
    w.type_into(
        "input[name=console-code]",
        &format!("{} {}", &code[..3], &code[3..]),
    );
    w.click(".console-code-form button[type=submit]");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "signed-in", Lang::En));
}

#[wasm_bindgen_test]
async fn the_support_language_card_follows_the_time_in_japan() {
    // Saturday 02:14 JST: Japanese support is closed until Monday.
    let w = mount(frozen(
        jst(2026, 11, 28, 2, 14),
        "shell-7",
        Lang::En,
        "support-language",
    ));
    settle().await;
    assert_eq!(
        w.attr("[part=decision]", "data-verdict").as_deref(),
        Some("english")
    );
    assert!(w.text("[part=decision]").contains("Saturday 02:14"));
    assert!(w.q("[data-choice=japanese]").is_some());
    assert!(w.q("[data-choice=english]").is_some());

    // A weekday morning: Japanese.
    let w = mount(frozen(
        jst(2026, 11, 24, 10, 0),
        "shell-7",
        Lang::Ja,
        "support-language",
    ));
    settle().await;
    assert_eq!(
        w.attr("[part=decision]", "data-verdict").as_deref(),
        Some("japanese")
    );
    assert!(w.text("[part=decision]").contains("受付時間内"));
}

#[wasm_bindgen_test]
async fn a_step_that_waits_moves_on_when_the_clock_is_jumped() {
    let journey = test_journey();
    let w = mount(frozen(T, "shell-8", Lang::En, "support-language"));
    settle().await;
    w.click("[data-choice=japanese]");
    settle().await;
    assert_eq!(
        w.step_title(),
        title_of(&journey, "wait-japanese", Lang::En)
    );
    assert!(w.text(".waiting").contains("60 min"));
    w.click(".clock-bar [data-jump='900']");
    settle().await;
    assert!(w.text(".waiting").contains("45 min"));
    assert_eq!(
        w.step_title(),
        title_of(&journey, "wait-japanese", Lang::En)
    );
    w.click(".skip-wait");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "handoff", Lang::En));
    assert_eq!(
        w.attr(".outcome", "data-outcome").as_deref(),
        Some("handoff")
    );

    // Start again: back to where the host asked the journey to start.
    w.click(".outcome .restart");
    settle().await;
    assert_eq!(
        w.step_title(),
        title_of(&journey, "support-language", Lang::En)
    );
    assert!(w.q(".outcome").is_none());
    // ... and from the time the host set.
    assert_eq!(
        w.attr("[part=clock]", "datetime").as_deref(),
        Some(rfc3339(T, JST_OFFSET_SECS).as_str())
    );
}

#[wasm_bindgen_test]
async fn the_panel_tabs_follow_the_arrow_keys() {
    let w = mount(frozen_at(T, "tabs", Lang::En));
    settle().await;
    let selected = |w: &Mounted| {
        w.attr("[role=tab][aria-selected=true]", "data-panel")
            .unwrap_or_default()
    };
    assert_eq!(selected(&w), "console");
    assert_eq!(
        w.attr("[role=tab][data-panel=console]", "tabindex")
            .as_deref(),
        Some("0")
    );
    assert_eq!(
        w.attr("[role=tab][data-panel=inbox]", "tabindex")
            .as_deref(),
        Some("-1")
    );
    w.press_key("[role=tab][data-panel=console]", "ArrowRight");
    settle().await;
    assert_eq!(selected(&w), "inbox");
    assert_eq!(
        w.attr(".slot.active", "data-panel").as_deref(),
        Some("inbox")
    );
    w.press_key("[role=tab][data-panel=inbox]", "ArrowLeft");
    w.press_key("[role=tab][data-panel=console]", "ArrowLeft");
    settle().await;
    assert_eq!(selected(&w), "phone");
    w.click("[role=tab][data-panel=console]");
    settle().await;
    assert_eq!(selected(&w), "console");
    // The step card's shortcut shows the panel too.
    w.click("[role=tab][data-panel=phone]");
    settle().await;
    w.click(".where-next [data-panel=console]");
    settle().await;
    assert_eq!(selected(&w), "console");
}

#[wasm_bindgen_test]
async fn every_console_screen_is_marked_as_practice_and_asks_for_no_password() {
    let journey = test_journey();
    for start in [
        "sign-in",
        "mfa",
        "alt-email",
        "phone",
        "call",
        "sms",
        "signed-in",
        "assign",
        "recovered",
    ] {
        let w = mount(frozen(T, "shell-9", Lang::En, start));
        settle().await;
        assert_eq!(w.step_title(), title_of(&journey, start, Lang::En));
        if start == "signed-in" {
            // A straight path to the end: the total is known.
            assert_eq!(w.text("[part=progress]"), "Step 1 of 3");
        }
        let console = w.text(".console");
        assert!(
            console.contains(Key::PracticeMark.text(Lang::En)),
            "{start}"
        );
        assert!(console.contains("root@example.com"), "{start}");
        assert!(console.contains("111122223333"), "{start}");
        assert_eq!(w.count("input[type=password]"), 0, "{start}");
        for input in [
            "input[autocomplete=current-password]",
            "input[name=password]",
        ] {
            assert_eq!(w.count(input), 0, "{start}: {input}");
        }
    }
    let w = mount(frozen(T, "shell-9", Lang::Ja, "sign-in"));
    settle().await;
    assert!(w.text(".practice-password").contains("練習用のパスワード"));
    assert_eq!(w.text("[data-action=sign-in]").trim(), "サインイン");
}

#[wasm_bindgen_test]
async fn an_unknown_journey_id_shows_the_error_panel_listing_valid_ids() {
    let w = mount(WidgetOptions {
        source: JourneySource::Builtin("no-such-journey".into()),
        ..WidgetOptions::default()
    });
    tick().await;
    let panel = w.q("[part=error]").expect("error panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        panel.get_attribute("data-error").as_deref(),
        Some("unknown-journey")
    );
    let text = panel.text_content().unwrap_or_default();
    assert!(text.contains("no-such-journey"), "{text}");
    for id in builtin::IDS {
        assert!(text.contains(id), "{text}");
    }
    assert!(w.q("[part=step-title]").is_none());
}

#[wasm_bindgen_test]
async fn a_bad_start_or_an_invalid_journey_shows_what_to_fix() {
    let w = mount(frozen(T, "err-2", Lang::Ja, "no-such-step"));
    tick().await;
    assert_eq!(
        w.attr("[part=error]", "data-error").as_deref(),
        Some("unknown-step")
    );
    let text = w.text("[part=error]");
    assert!(
        text.contains("no-such-step") && text.contains("web-test"),
        "{text}"
    );
    assert!(text.contains("start 属性"), "{text}");

    let mut journey = (*test_journey()).clone();
    journey.steps.retain(|s| s.id != "recovered");
    let w = mount(WidgetOptions {
        source: JourneySource::Given(Arc::new(journey)),
        ..WidgetOptions::default()
    });
    tick().await;
    assert_eq!(
        w.attr("[part=error]", "data-error").as_deref(),
        Some("invalid-journey")
    );
    let text = w.text("[part=error]");
    assert!(text.contains("step \"assign\""), "{text}");
    assert!(text.contains("recovered"), "{text}");

    // A journey written on the page gets the same checks, with the loader's messages.
    let mut json = test_journey_json();
    json["steps"][0]["screen"] = json!("lobby");
    let w = mount(WidgetOptions {
        source: JourneySource::Page {
            script: "page-journey".into(),
            json: json.to_string(),
        },
        ..WidgetOptions::default()
    });
    tick().await;
    assert_eq!(
        w.attr("[part=error]", "data-error").as_deref(),
        Some("invalid-journey")
    );
    let text = w.text("[part=error]");
    assert!(text.contains("sign-in") && text.contains("lobby"), "{text}");

    // And a good one runs.
    let w = mount(WidgetOptions {
        source: JourneySource::Page {
            script: "page-journey".into(),
            json: test_journey_json().to_string(),
        },
        lang: Lang::En,
        ..WidgetOptions::default()
    });
    tick().await;
    assert!(w.q("[part=error]").is_none());
    assert_eq!(w.step_title(), "Sign in as the root user");
}

/// The built-in journeys' files, handed over as `mfa-rescue.js` does in a page (the wasm does
/// not compile them in).
fn provide_builtin() {
    for (id, json) in [
        ("triage", include_str!("../journeys/triage.json")),
        (
            "root-self-service",
            include_str!("../journeys/root-self-service.json"),
        ),
        ("support", include_str!("../journeys/support.json")),
        ("iam-user", include_str!("../journeys/iam-user.json")),
        ("org-member", include_str!("../journeys/org-member.json")),
        ("prevention", include_str!("../journeys/prevention.json")),
    ] {
        builtin::provide(id, json.to_owned());
        assert!(builtin::available(id));
    }
}

#[wasm_bindgen_test]
async fn a_built_in_journey_is_not_compiled_into_the_wasm_but_provided() {
    // Only built-in ids are taken, and each once.
    assert!(!builtin::provide("no-such-journey", "{}".into()));
    provide_builtin();
    assert!(
        !builtin::provide("triage", "{}".into()),
        "the first copy stays"
    );
    assert!(builtin::journey("triage").unwrap().is_ok());
}

#[wasm_bindgen_test]
async fn the_built_in_journey_starts_on_its_first_step() {
    provide_builtin();
    let journey = builtin::journey(mfa_rescue::ui::DEFAULT_JOURNEY)
        .unwrap()
        .unwrap();
    let w = mount(WidgetOptions {
        lang: Lang::Ja,
        seed: Some("builtin".into()),
        clock: Clock::simulated(T * 1000, 0, false),
        ..WidgetOptions::default()
    });
    settle().await;
    assert!(w.q("[part=error]").is_none());
    assert_eq!(w.step_title(), title_of(&journey, &journey.start, Lang::Ja));
    assert_eq!(w.text(".widget-title"), journey.title.ja);
    assert!(w.text("[part=progress]").starts_with("ステップ 1"));
}

// ---- Resume after a reload, and the events the host page hears (issues 3 and 5) ----

fn session_storage() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

/// The test journey with resume on under `key`, on a running clock (as on a real page).
fn resumable(key: &str) -> WidgetOptions {
    WidgetOptions {
        lang: Lang::En,
        clock: Clock::simulated(T * 1000, 0, true),
        source: JourneySource::Given(test_journey()),
        resume_key: Some(key.to_owned()),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn a_reload_returns_to_the_same_step_with_the_same_secrets() {
    let key = "web-test:resume-1";
    session_storage().remove_item(key).unwrap();
    let journey = test_journey();
    let w = mount(resumable(key));
    settle().await;
    // No saved run yet: nothing to say, and nothing kept while nothing is done.
    assert_eq!(w.count(".resume-note"), 0);
    assert_eq!(session_storage().get_item(key).unwrap(), None);
    drop(w);
    // A reload of a page on which nothing was done is a fresh start, not "back where you left off".
    let w = mount(resumable(key));
    settle().await;
    assert_eq!(w.count(".resume-note"), 0);
    w.click("[data-action=sign-in]");
    settle().await;
    w.click("[data-action=troubleshoot-mfa]");
    settle().await;
    w.click("[data-action=send-email]");
    settle().await;
    w.click("[data-jump='900']");
    settle().await;
    let clock_before = w.attr("[part=clock]", "datetime").unwrap();
    assert_eq!(w.step_title(), title_of(&journey, "check-mail", Lang::En));
    let saved = session_storage().get_item(key).unwrap().unwrap();
    assert!(saved.starts_with("mfa-rescue-run/2\n"), "{saved}");
    drop(w);

    // "Reload": a new widget with the same key.
    let again = mount(resumable(key));
    settle().await;
    assert_eq!(
        again.step_title(),
        title_of(&journey, "check-mail", Lang::En)
    );
    assert_eq!(again.count("[part=mail]"), 1);
    assert_eq!(again.text("[part=progress]"), "Step 4");
    assert_eq!(
        again.attr(".resume-note", "data-resumed").as_deref(),
        Some("continued")
    );
    // The 15 minutes the reader skipped are still skipped (the clock came back too).
    let clock_after = again.attr("[part=clock]", "datetime").unwrap();
    assert_eq!(clock_after.get(..16), clock_before.get(..16));
    // Back still works after a reload: the history is replayed, not lost.
    again.click("[part=back]");
    settle().await;
    assert_eq!(
        again.step_title(),
        title_of(&journey, "alt-email", Lang::En)
    );
    // "Start again" from the note starts over and forgets the saved path.
    again.click("[part=back]");
    settle().await;
    drop(again);
    let third = mount(resumable(key));
    settle().await;
    third.click(".resume-note .restart");
    settle().await;
    assert_eq!(third.step_title(), title_of(&journey, "sign-in", Lang::En));
    assert_eq!(third.count(".resume-note"), 0);
    // Nothing done in the new run yet: nothing kept, so a reload now is a fresh start.
    assert_eq!(session_storage().get_item(key).unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_saved_run_that_no_longer_fits_starts_over_with_a_notice() {
    let journey = test_journey();
    let cases = [
        ("damaged", "mfa-rescue-run/2\njourney web-test\n".to_owned(), "damaged"),
        ("old", "mfa-rescue-run/1\n".to_owned(), "older version"),
        (
            "renamed",
            "mfa-rescue-run/2\njourney web-test\nstart\nseed s\nat 1795262410\nclock real\n1795262411 action sign-in\n1795262412 action call-me-now\n".to_owned(),
            "“mfa”",
        ),
    ];
    for (name, saved, why) in cases {
        let key = format!("web-test:bad-{name}");
        session_storage().set_item(&key, &saved).unwrap();
        let w = mount(resumable(&key));
        settle().await;
        assert_eq!(
            w.step_title(),
            title_of(&journey, "sign-in", Lang::En),
            "{name}"
        );
        assert_eq!(
            w.attr(".resume-note", "data-resumed").as_deref(),
            Some("started-over"),
            "{name}"
        );
        let note = w.text(".resume-note");
        assert!(
            note.contains("starts over") && note.contains(why),
            "{name}: {note}"
        );
        // The broken save is gone: nothing is kept until the reader does something.
        assert_eq!(session_storage().get_item(&key).unwrap(), None, "{name}");
        // The note goes once the reader moves on, and the new run is kept.
        w.click("[data-action=sign-in]");
        settle().await;
        assert_eq!(w.count(".resume-note"), 0, "{name}");
        let now = session_storage().get_item(&key).unwrap().unwrap();
        assert!(
            now.starts_with("mfa-rescue-run/2\njourney web-test\n"),
            "{name}"
        );
    }
}

/// Collects the detail of every `mfa-rescue:*` event dispatched on `host`.
fn listen(
    host: &HtmlElement,
    names: &[&str],
) -> std::rc::Rc<std::cell::RefCell<Vec<(String, Value)>>> {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    for name in names {
        let seen = seen.clone();
        let kind = (*name).to_owned();
        let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(
            move |e: web_sys::CustomEvent| {
                assert!(
                    e.bubbles() && e.composed(),
                    "{kind} must bubble and be composed"
                );
                let json = js_sys::JSON::stringify(&e.detail())
                    .unwrap()
                    .as_string()
                    .unwrap();
                seen.borrow_mut()
                    .push((kind.clone(), serde_json::from_str(&json).unwrap()));
            },
        );
        host.add_event_listener_with_callback(
            &format!("mfa-rescue:{name}"),
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
        listener.forget();
    }
    seen
}

#[wasm_bindgen_test]
async fn events_tell_the_host_about_steps_answers_the_end_and_errors() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let seen = listen(&host, &["step", "decision", "complete", "error"]);
    let mut options = frozen(T, "events-1", Lang::En, "mfa");
    options.host = Some(host.clone());
    let w = mount(options);
    settle().await;
    w.click("[data-choice=support]");
    settle().await;
    w.click("[data-choice=english]");
    settle().await;
    let seen = seen.borrow().clone();
    let expected = vec![
        (
            "step",
            json!({ "journey": "web-test", "step": "mfa", "index": 0 }),
        ),
        (
            "decision",
            json!({ "step": "mfa", "question": "The app shows no code", "answer": "support", "label": "Ask AWS Support" }),
        ),
        (
            "step",
            json!({ "journey": "web-test", "step": "support-language", "index": 1 }),
        ),
        (
            "decision",
            json!({ "step": "support-language", "question": "Choose the support language", "answer": "english", "label": "English" }),
        ),
        (
            "step",
            json!({ "journey": "web-test", "step": "handoff", "index": 2 }),
        ),
        (
            "complete",
            json!({ "journey": "web-test", "outcome": "support", "kind": "handoff" }),
        ),
    ];
    let got: Vec<(&str, Value)> = seen.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    assert_eq!(got, expected);

    // A widget that cannot start says why in an `error` event too.
    let broken: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&broken).unwrap();
    let errors = listen(&broken, &["error"]);
    let _w2 = mount(WidgetOptions {
        source: JourneySource::Builtin("no-such-journey".into()),
        host: Some(broken.clone()),
        ..Default::default()
    });
    settle().await;
    let errors = errors.borrow().clone();
    assert_eq!(errors.len(), 1);
    let message = errors[0].1["message"].as_str().unwrap().to_owned();
    assert!(
        message.contains("no-such-journey") && message.contains("root-self-service"),
        "{message}"
    );
}

// ---- Real credentials are refused in every field (issue 6) ----

/// AWS's documented example credentials (not real), as a reader might paste them.
const ACCESS_KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";
const SECRET_ACCESS_KEY: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

fn input_value(w: &Mounted, selector: &str) -> String {
    let input: HtmlInputElement = w.q(selector).unwrap().dyn_into().unwrap();
    input.value()
}

/// Pastes both credentials into `field`: each time the field is empty again and `warning` says
/// in `lang` that this is a practice screen.
async fn refuses_credentials(w: &Mounted, field: &str, warning: &str, lang: Lang) {
    for pasted in [ACCESS_KEY_ID, SECRET_ACCESS_KEY] {
        w.type_into(field, "12");
        settle().await;
        w.type_into(field, pasted);
        settle().await;
        assert_eq!(input_value(w, field), "", "{field}: {pasted}");
        assert_eq!(
            w.text(warning).replace('\u{200B}', ""),
            Key::CredentialRefused.text(lang),
            "{field}: {pasted}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_enrollment_fields_refuse_real_credentials() {
    let w = mount(frozen(T, "guard-1", Lang::Ja, "assign"));
    settle().await;
    assert_eq!(w.text("form.enroll .credential-warning"), "");
    for field in ["input[name=mfa-code-1]", "input[name=mfa-code-2]"] {
        refuses_credentials(&w, field, "form.enroll .credential-warning", Lang::Ja).await;
    }
    // Nothing was kept: submitting now finds both fields empty.
    w.click("form.enroll button[type=submit]");
    tick().await;
    assert_eq!(
        w.text("form.enroll .message").trim(),
        Key::ErrCode1NotDigits.text(Lang::Ja)
    );
}

#[wasm_bindgen_test]
async fn the_mfa_prompt_field_refuses_real_credentials() {
    let w = mount(frozen(T, "guard-2", Lang::En, "mfa"));
    settle().await;
    refuses_credentials(
        &w,
        "input[name=practice-mfa-code]",
        ".console .credential-warning",
        Lang::En,
    )
    .await;
}

#[wasm_bindgen_test]
async fn the_sms_code_field_refuses_real_credentials_and_the_resume_record_never_holds_them() {
    let key = "web-test:guard-3";
    session_storage().remove_item(key).unwrap();
    let w = mount(WidgetOptions {
        start: Some("sms".into()),
        seed: Some("guard-3".into()),
        ..resumable(key)
    });
    settle().await;
    w.click("[data-action=send-sms]");
    settle().await;
    refuses_credentials(
        &w,
        "input[name=console-code]",
        ".console-code-form .credential-warning",
        Lang::En,
    )
    .await;
    w.click(".console-code-form button[type=submit]");
    settle().await;
    let saved = session_storage().get_item(key).unwrap().unwrap_or_default();
    assert!(saved.starts_with("mfa-rescue-run/2\n"), "{saved}");
    assert!(
        !saved.contains("AKIA") && !saved.contains("wJalr"),
        "{saved}"
    );
    session_storage().remove_item(key).unwrap();
}

#[wasm_bindgen_test]
async fn the_saved_key_field_refuses_real_credentials_and_passwords() {
    let w = mount(frozen(T, "guard-4", Lang::Ja, "assign"));
    settle().await;
    w.click_text(Key::ReplacePhone.text(Lang::Ja));
    settle().await;
    let field = "input[name=restore-secret]";
    refuses_credentials(&w, field, "form.restore .credential-warning", Lang::Ja).await;
    w.type_into(field, "Passw0rd!2024");
    settle().await;
    assert_eq!(input_value(&w, field), "");
    // The app is still empty: nothing reached it.
    w.click("form.restore button[type=submit]");
    tick().await;
    assert!(w.q("[part=totp-code]").is_none());
    assert!(
        w.text("form.restore .message")
            .contains(Key::ErrSecretEmpty.text(Lang::Ja))
    );
    // A refused paste after that makes the old message go: only the warning remains.
    w.type_into(field, "AKIAIOSFODNN7EXAMPLE");
    settle().await;
    assert_eq!(w.text("form.restore .message"), "");
    assert!(!w.text("form.restore .credential-warning").is_empty());
}

#[wasm_bindgen_test]
async fn a_hosts_own_words_replace_the_defaults_in_that_widget_only() {
    use mfa_rescue::i18n::Overrides;
    let (strings, warnings) = Overrides::parse(
        r##"{"en": {"Back": "Previous", "PracticeBanner": "Practice only. Questions? Ask #aws-help.",
                    "ProgressStep": "Step"},
             "ja": {"Back": "前へ"}}"##,
    );
    // The one without its {n} is refused with a warning and keeps the default.
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let strings = std::sync::Arc::new(strings);
    let w = mount(WidgetOptions {
        strings: std::sync::Arc::clone(&strings),
        ..frozen_at(T, "words", Lang::En)
    });
    let plain = mount(frozen_at(T, "words", Lang::En));
    settle().await;
    assert_eq!(w.text("[part=back]"), "Previous");
    assert!(w.text(".practice-banner").contains("#aws-help"));
    assert_eq!(w.text("[part=progress]"), "Step 1");
    // Another widget on the page keeps the catalogue's words.
    assert_eq!(plain.text("[part=back]"), Key::Back.text(Lang::En));
    // The host's Japanese follows the language switch.
    w.click(".lang-switch");
    settle().await;
    assert_eq!(w.text("[part=back]"), "前へ");
}

/// Each console screen renders exactly the buttons `Screen::actions` names (the loader allows
/// `action` transitions for those and no others, so a button named there but not drawn would
/// strand the reader, and one drawn but not named could never move a journey).
#[wasm_bindgen_test]
async fn every_console_screen_renders_exactly_its_actions() {
    use mfa_rescue::engine::journey::Screen;
    let t = |ja: &str, en: &str| json!({ "ja": ja, "en": en });
    let screens: Vec<Screen> = Screen::ALL.to_vec();
    let mut steps: Vec<Value> = screens
        .iter()
        .enumerate()
        .map(|(i, screen)| {
            json!({ "id": format!("s{i}"), "title": t("画面", "Screen"), "body": t("本文", "Body"),
                    "sources": ["doc-lost-2025"], "screen": screen.keyword(),
                    "effects": if *screen == Screen::AssignMfa { json!([{ "type": "new-enrollment" }]) } else { json!([]) },
                    "on": [{ "on": "continue", "next": format!("s{}", i + 1) }] })
        })
        .collect();
    steps.push(json!({ "id": format!("s{}", screens.len()), "title": t("終わり", "End"), "body": t("本文", "Body"),
                       "sources": ["doc-lost-2025"], "outcome": { "id": "done", "kind": "recovered" } }));
    let journey = journey_from(
        &json!({ "id": "screens", "title": t("画面", "Screens"), "start": "s0", "steps": steps }),
    );
    for (i, screen) in screens.iter().enumerate() {
        let w = mount(WidgetOptions {
            seed: Some("screens".into()),
            clock: Clock::simulated(T * 1000, 0, false),
            start: Some(format!("s{i}")),
            source: JourneySource::Given(Arc::clone(&journey)),
            ..Default::default()
        });
        settle().await;
        assert_eq!(
            w.attr(".console", "data-screen").as_deref(),
            Some(screen.keyword())
        );
        let drawn: Vec<String> = w
            .all(".console [data-action]")
            .iter()
            .filter_map(|e| e.get_attribute("data-action"))
            .collect();
        let named: Vec<String> = screen
            .actions()
            .iter()
            .map(|a| a.keyword().to_owned())
            .collect();
        assert_eq!(drawn, named, "{screen:?}");
    }
}

// ---- The map and the timeline (issue 14) ----

/// The built-in support journey from `support-language`, frozen on a Friday night in Japan
/// (Japanese support closed until Monday 09:00), with resume under `key` when given.
/// The journeys are provided first, as a page's `mfa-rescue.js` does.
fn support_friday(lang: Lang, key: Option<&str>) -> WidgetOptions {
    provide_builtin();
    WidgetOptions {
        lang,
        seed: Some("timeline".into()),
        clock: Clock::simulated(jst(2026, 11, 27, 23, 0) * 1000, 0, false),
        source: JourneySource::Builtin("support".into()),
        start: Some("support-language".into()),
        resume_key: key.map(str::to_owned),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn the_map_shows_the_graphs_nodes_and_edges_and_goes_back_to_a_passed_step() {
    use mfa_rescue::engine::graph::Graph;
    let journey = test_journey();
    let graph = Graph::of(&journey);
    let w = mount(frozen_at(T, "map-1", Lang::En));
    settle().await;
    // The part is the disclosure itself, closed, with its summary.
    assert_eq!(w.count("details[part=map] > summary"), 1);
    assert!(w.attr("[part=map]", "open").is_none());
    // Closed, the map is not drawn (no work per step, nothing in the pre-rendered first step).
    assert_eq!(w.count("[part=map] li[data-step]"), 0);
    open_map(&w).await;
    // The same nodes as the graph, each once, in the list and in the drawing.
    let listed: Vec<String> = w
        .all("[part=map] li[data-step]")
        .iter()
        .filter_map(|e| e.get_attribute("data-step"))
        .collect();
    let mut sorted = listed.clone();
    sorted.sort();
    let mut ids: Vec<String> = graph.nodes.iter().map(|n| n.id.to_owned()).collect();
    ids.sort();
    assert_eq!(sorted, ids);
    assert_eq!(
        w.count("[part=map] svg [data-node]") as usize,
        graph.nodes.len()
    );
    // The same edges, in the graph's order.
    let drawn: Vec<(String, String)> = w
        .all("[part=map] path.edge")
        .iter()
        .map(|e| {
            (
                e.get_attribute("data-from").unwrap(),
                e.get_attribute("data-to").unwrap(),
            )
        })
        .collect();
    let edges: Vec<(String, String)> = graph
        .edges
        .iter()
        .map(|e| (e.from.to_owned(), e.to.to_owned()))
        .collect();
    assert_eq!(drawn, edges);
    // The drawing is decorative (an SVG element, so not an `HtmlElement`); the list carries
    // the meaning.
    let svg = w.all("[part=map] svg");
    assert_eq!(svg.len(), 1);
    assert_eq!(svg[0].get_attribute("aria-hidden").as_deref(), Some("true"));
    assert_eq!(w.all("[part=map] [aria-current]").len(), 1);
    assert_eq!(
        w.attr("[part=map] li[data-step=sign-in]", "aria-current")
            .as_deref(),
        Some("step")
    );
    // Outcomes are marked by kind.
    assert_eq!(
        w.attr("[part=map] li[data-step=link-expired]", "data-outcome")
            .as_deref(),
        Some("blocked")
    );
    assert!(
        w.text("[part=map] li[data-step=recovered]")
            .contains("end: recovered")
    );
    // Nothing passed yet: no way back, nothing on the path.
    assert_eq!(w.count("[part=map] .map-back"), 0);

    w.click("[data-action=sign-in]");
    settle().await;
    w.click("[data-action=troubleshoot-mfa]");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "alt-email", Lang::En));
    assert_eq!(
        w.attr("[part=map] li[data-step=alt-email]", "aria-current")
            .as_deref(),
        Some("step")
    );
    assert!(
        w.attr("[part=map] li[data-step=sign-in]", "class")
            .unwrap()
            .contains("passed")
    );
    assert!(w.q("[part=map] li[data-step=sign-in] .map-back").is_some());
    assert!(w.q("[part=map] li[data-step=mfa] .map-back").is_some());
    // Never forward: a step not passed has no button.
    assert!(
        w.q("[part=map] li[data-step=check-mail] .map-back")
            .is_none()
    );
    assert_eq!(w.count("[part=map] path.edge.on-path"), 2);
    assert_eq!(w.count("[part=map] g.node.passed"), 3);

    // Going back from the map is Back's semantics: the step and its world as they were.
    w.click("[part=map] li[data-step=sign-in] .map-back");
    settle().await;
    assert_eq!(w.step_title(), title_of(&journey, "sign-in", Lang::En));
    assert_eq!(w.text("[part=progress]"), "Step 1");
    assert_eq!(
        w.attr(".console", "data-screen").as_deref(),
        Some("sign-in")
    );
    assert_eq!(w.count("[part=map] .map-back"), 0);
    assert_eq!(w.count("[part=map] path.edge.on-path"), 0);
    // Both languages.
    w.click(".lang-switch");
    settle().await;
    open_map(&w).await;
    assert_eq!(w.text("[part=map] > summary"), Key::MapTitle.text(Lang::Ja));
    assert!(
        w.text("[part=map] li[data-step=sign-in]")
            .contains(Key::MapHere.text(Lang::Ja))
    );
}

/// Opens the map (a `<details>`) unless it is open already, and lets it draw.
async fn open_map(w: &Mounted) {
    if w.attr("[part=map]", "open").is_none() {
        w.click("[part=map] > summary");
    }
    settle().await;
}

/// Choose English at 23:00, submit, sit out the wait for the call, and end at the affidavit.
async fn walk_to_the_affidavit(w: &Mounted) {
    w.click("[data-choice=english]");
    settle().await;
    w.click("[data-action=submit-support]");
    settle().await;
    w.click(".skip-wait");
    settle().await;
    w.click("[data-choice=english-ok]");
    settle().await;
    w.click("[data-choice=cannot-read]");
    settle().await;
}

#[wasm_bindgen_test]
async fn the_timeline_at_an_outcome_dates_each_step_and_the_other_answer() {
    let w = mount(support_friday(Lang::En, None));
    settle().await;
    assert_eq!(w.count("[part=timeline]"), 0, "no timeline before the end");
    walk_to_the_affidavit(&w).await;
    assert_eq!(
        w.attr(".outcome", "data-outcome").as_deref(),
        Some("blocked")
    );
    let steps: Vec<String> = w
        .all("[part=timeline] li[data-step]")
        .iter()
        .filter_map(|e| e.get_attribute("data-step"))
        .collect();
    assert_eq!(
        steps,
        [
            "support-language",
            "submit-english",
            "en-ack",
            "en-call",
            "en-confirm-email",
            "affidavit"
        ]
    );
    let times: Vec<String> = w
        .all("[part=timeline] li time")
        .iter()
        .filter_map(|e| e.get_attribute("datetime"))
        .collect();
    assert_eq!(times[0], "2026-11-27T23:00:00+09:00");
    assert_eq!(times[3], "2026-11-27T23:05:00+09:00");
    assert!(
        w.text("[part=timeline] li[data-step=en-call]")
            .contains("after a wait of 5 min")
    );
    assert!(
        w.text("[part=timeline] li[data-step=support-language] time")
            .contains("Fri 27 Nov 23:00")
    );
    // Japanese would have called on Monday at 09:00, 58 hours after the answer.
    let other = w.text("[part=timeline] .other-choice[data-choice=japanese]");
    assert!(other.contains("Mon 30 Nov 09:00"), "{other}");
    assert!(other.contains("58 h"), "{other}");
    assert_eq!(
        w.attr("[part=timeline] .other-choice", "data-wait-secs")
            .as_deref(),
        Some("208800")
    );
    assert_eq!(
        w.attr(".timeline-total", "data-total-secs").as_deref(),
        Some("300")
    );
    assert!(w.text(".timeline-total").contains("5 min"));
    // In Japanese too.
    w.click(".lang-switch");
    settle().await;
    let other = w.text("[part=timeline] .other-choice");
    assert!(other.contains("11月30日（月） 09:00"), "{other}");
    assert!(other.contains("58 時間"), "{other}");
}

#[wasm_bindgen_test]
async fn the_timeline_comes_back_after_a_reload() {
    let key = "web-test:timeline";
    session_storage().remove_item(key).unwrap();
    let w = mount(support_friday(Lang::En, Some(key)));
    settle().await;
    walk_to_the_affidavit(&w).await;
    let before = w.text("[part=timeline]");
    assert!(before.contains("58 h"));
    drop(w);
    let again = mount(support_friday(Lang::En, Some(key)));
    settle().await;
    assert_eq!(
        again.attr(".outcome", "data-outcome").as_deref(),
        Some("blocked")
    );
    assert_eq!(again.text("[part=timeline]"), before);
    // The map's way back is recorded too: a reload stays where it led.
    open_map(&again).await;
    again.click("[part=map] li[data-step=submit-english] .map-back");
    settle().await;
    drop(again);
    let third = mount(support_friday(Lang::En, Some(key)));
    settle().await;
    open_map(&third).await;
    assert_eq!(
        third
            .attr("[part=map] li[aria-current]", "data-step")
            .as_deref(),
        Some("submit-english")
    );
    assert_eq!(third.count("[part=timeline]"), 0);
    session_storage().remove_item(key).unwrap();
}

// ---- Journey text written as HTML (a step's title, body, answers and sources) ----

#[wasm_bindgen_test]
async fn journey_text_that_looks_like_markup_is_shown_as_text() {
    let evil = "<img src=x onerror=alert(1)> & \"quotes\" 'too'";
    let mut journey = test_journey_json();
    journey["sources"] = json!([{ "id": "own", "kind": "third-party", "era": "2020 <b>",
        "name": { "ja": format!("自分のメモ {evil}"), "en": format!("My notes {evil}") },
        "url": "https://example.com/?a=1&b=\"2\"" }]);
    let step = &mut journey["steps"][1];
    step["title"] =
        json!({ "ja": format!("「Troubleshoot MFA」{evil}"), "en": format!("Title {evil}") });
    step["body"] = json!({ "ja": "本文", "en": format!("First {evil}\n\n- one <i>\n- two\n\n$ aws iam list-mfa-devices <x>") });
    step["on"][1]["label"] = json!({ "ja": "サポート", "en": format!("Answer {evil}") });
    step["sources"] = json!(["own", "doc-lost-2025"]);
    let w = mount(WidgetOptions {
        source: JourneySource::Given(journey_from(&journey)),
        ..frozen(T, "markup", Lang::En, "mfa")
    });
    settle().await;
    // Nothing in the text became an element of its own.
    assert_eq!(w.count("img, b, i, x"), 0);
    assert_eq!(w.step_title(), format!("Title {evil}"));
    // The body's blocks: a paragraph, a list of two, a command.
    assert_eq!(w.text(".step-body > p"), format!("First {evil}"));
    assert_eq!(w.count(".step-body > ul > li"), 2);
    assert_eq!(w.text(".step-body li"), "one <i>");
    assert_eq!(
        w.text(".step-body pre.cli code"),
        "$ aws iam list-mfa-devices <x>"
    );
    assert_eq!(
        w.text("button[data-choice=support]").trim(),
        format!("Answer {evil}")
    );
    // The source line: the journey's own source (a link, its address intact), then the registry's.
    let cited: Vec<String> = w
        .all("[part=source] .source-item")
        .iter()
        .filter_map(|e| e.get_attribute("data-source"))
        .collect();
    assert_eq!(cited, ["own", "doc-lost-2025"]);
    assert_eq!(
        w.text("[data-source=own] .source-name"),
        format!("My notes {evil}")
    );
    assert_eq!(
        w.attr("[data-source=own] a.source-name", "href").as_deref(),
        Some("https://example.com/?a=1&b=\"2\"")
    );
    assert_eq!(
        w.attr("[data-source=own] a.source-name", "rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(w.text("[data-source=own] .source-era"), "(2020 <b>)");
    assert_eq!(
        w.attr("[part=source]", "data-confidence").as_deref(),
        Some("third-party")
    );
    // In Japanese, the English run of the title carries lang="en".
    w.click(".lang-switch");
    settle().await;
    assert_eq!(w.step_title(), format!("「Troubleshoot MFA」{evil}"));
    assert_eq!(
        w.text("[part=step-title] span[lang=en]"),
        "Troubleshoot MFA"
    );
    assert_eq!(w.count("img, b, i, x"), 0);
}
