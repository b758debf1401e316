//! The journey file format: a recovery story as data.
//!
//! A journey is JSON (the same format for the built-in files under `journeys/` and for an
//! author's `<script type="application/json">`): steps with stable ids, text in Japanese and
//! English, the effects a step has on the simulated world, the events that move the reader on,
//! a decision helper, and each step's source and era. [`load`] parses *and* validates, and every
//! message names the step and the field it is about.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Text in both of the widget's languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    /// The text in `lang` (`true` for Japanese keeps the engine free of the UI's `Lang`).
    pub fn get(&self, japanese: bool) -> &str {
        if japanese { &self.ja } else { &self.en }
    }

    /// Builds a text from both languages.
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            ja: ja.into(),
            en: en.into(),
        }
    }
}

/// How sure we are of a step's facts (shown next to the source).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// AWS documentation or AWS re:Post Knowledge Center.
    AwsDoc,
    /// A user's blog or Q&A post: one person's experience at one time.
    ThirdParty,
    /// Not confirmed by any source, or sources disagree.
    Uncertain,
}

/// Where a step's facts come from, and when they were true.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// e.g. "AWS IAM User Guide" / 「AWS IAM ユーザーガイド」.
    pub name: Text,
    /// e.g. "2025", "2017", "2026 (observed)".
    pub era: String,
    pub confidence: Confidence,
}

/// The practice console's screens. Each has fixed buttons (see [`Screen::actions`]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Screen {
    /// Nothing on the console (the story is elsewhere: the phone, a choice).
    #[default]
    None,
    /// Root user sign-in, fake account pre-filled.
    SignIn,
    /// "Additional verification required": MFA code, Troubleshoot MFA.
    MfaPrompt,
    /// "Troubleshoot your authentication device".
    Troubleshoot,
    /// Alternative factors, step 1: email verification.
    AltEmail,
    /// Alternative factors, step 2: phone, documented variant (Call me now, code on screen).
    AltPhoneCall,
    /// Alternative factors, step 2: phone, 2026 variant (SMS / voice, code typed on the site).
    AltPhoneSms,
    /// 「電話の確認を完了できませんでした。」
    AltPhoneFailed,
    /// Alternative factors, step 3: sign in to the console.
    AltDone,
    /// Security credentials, with the old device listed.
    SecurityCredentials,
    /// Assign MFA device: the authenticator panel's QR and two codes.
    AssignMfa,
    /// Signed in, MFA set up.
    ConsoleHome,
    /// The AWS Support form for a lost MFA device.
    SupportForm,
}

impl Screen {
    /// Every screen, for exhaustive checks (labels, rendering).
    pub const ALL: [Screen; 13] = [
        Screen::None,
        Screen::SignIn,
        Screen::MfaPrompt,
        Screen::Troubleshoot,
        Screen::AltEmail,
        Screen::AltPhoneCall,
        Screen::AltPhoneSms,
        Screen::AltPhoneFailed,
        Screen::AltDone,
        Screen::SecurityCredentials,
        Screen::AssignMfa,
        Screen::ConsoleHome,
        Screen::SupportForm,
    ];

    /// The buttons a screen offers, by the names journeys use in `action` events.
    pub fn actions(self) -> &'static [&'static str] {
        match self {
            Screen::None | Screen::ConsoleHome => &[],
            Screen::SignIn => &["sign-in"],
            Screen::MfaPrompt => &["submit-mfa", "troubleshoot-mfa", "try-another-method"],
            Screen::Troubleshoot => &["alternative-factors", "resync"],
            Screen::AltEmail => &["send-email", "resend-email"],
            Screen::AltPhoneCall => &["call-me-now"],
            Screen::AltPhoneSms => &["send-sms", "voice-call"],
            Screen::AltPhoneFailed => &["start-over", "contact-support"],
            Screen::AltDone => &["sign-in-console"],
            Screen::SecurityCredentials => &["remove-device", "assign-device"],
            Screen::AssignMfa => &[],
            Screen::SupportForm => &["submit-support"],
        }
    }
}

/// What entering a step does to the simulated world.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Effect {
    /// The phone is replaced; the authenticator app comes back empty.
    WipeAuthenticator,
    /// How the account's phone number is stored (e.g. "090-1234-5678" for seed 000's trap).
    SetStoredPhone { number: String },
    /// A mail arrives in the inbox.
    Mail {
        id: String,
        from: String,
        subject: Text,
        body: Text,
        /// A link to click, e.g. "Verify your email address".
        #[serde(default)]
        link: Option<MailLink>,
        /// The mail carries a freshly generated 6-digit code (a support PIN), shown in its body.
        #[serde(default)]
        code: bool,
    },
    /// The console shows a fresh 6-digit code to type on the phone keypad.
    ShowConsoleCode,
    /// The phone rings.
    Call {
        caller: String,
        /// What the automated voice or the agent says.
        says: Text,
        /// The call waits for the console's code on the keypad.
        #[serde(default)]
        keypad: bool,
    },
    /// The call ends.
    HangUp,
    /// An SMS with a fresh 6-digit code arrives.
    Sms { from: String, text: Text },
    /// Simulated time moves forward.
    Advance { minutes: u32 },
    /// The old device is removed from the account.
    RemoveDevice,
    /// "Assign MFA device": a new secret, QR and two-code check.
    NewEnrollment,
}

/// A link inside a mail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailLink {
    pub label: Text,
    /// Minutes until the link stops working; `None` if it does not expire.
    #[serde(default)]
    pub expires_after_minutes: Option<u32>,
}

/// A named rule the engine evaluates (the journey only names it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Weekday 09:00–18:00 JST, not a Japanese public holiday (holidays: an assumption).
    JapaneseSupportOpen,
    /// The account phone is stored in the form AWS can call (+81…, no leading 0).
    StoredPhoneReachable,
}

/// Opening hours an `after` transition can be held to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hours {
    /// Japanese-language support: weekdays 09:00–18:00 JST, public holidays assumed closed.
    JapaneseSupport,
}

/// What moves the reader from a step to another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "on", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Transition {
    /// An answer to the step's question.
    Choice {
        id: String,
        label: Text,
        next: String,
    },
    /// A button on the console screen (see [`Screen::actions`]).
    Action { action: String, next: String },
    /// The link in mail `mail` is clicked; `expired` is where a stale click leads.
    Link {
        mail: String,
        next: String,
        #[serde(default)]
        expired: Option<String>,
    },
    /// The console's code is typed on the phone keypad.
    Keypad { next: String },
    /// The code from an SMS is typed on the console.
    ConsoleCode { next: String },
    /// The new device was enrolled with two consecutive codes.
    Enrolled { next: String },
    /// Decided at once by a rule.
    Rule {
        rule: Rule,
        then: String,
        #[serde(rename = "else")]
        otherwise: String,
    },
    /// After this much simulated time on the step (the reader can fast-forward); with `within`,
    /// a moment outside those hours moves on to the next time they open.
    After {
        minutes: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        within: Option<Hours>,
        next: String,
    },
    /// A plain "Next".
    Continue { next: String },
}

impl Transition {
    /// The step this transition can lead to (both for rules and links).
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Transition::Choice { next, .. }
            | Transition::Action { next, .. }
            | Transition::Keypad { next }
            | Transition::ConsoleCode { next }
            | Transition::Enrolled { next }
            | Transition::After { next, .. }
            | Transition::Continue { next } => vec![next],
            Transition::Link { next, expired, .. } => {
                let mut v = vec![next.as_str()];
                v.extend(expired.as_deref());
                v
            }
            Transition::Rule {
                then, otherwise, ..
            } => vec![then, otherwise],
        }
    }
}

/// The decision helper card: either a named rule computed live, or a fixed verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    #[serde(default)]
    pub rule: Option<DecisionRule>,
    /// A stable keyword for `data-verdict` (fixed decisions).
    #[serde(default)]
    pub verdict: Option<String>,
    /// The advice (fixed decisions), or extra words shown under a rule's verdict.
    #[serde(default)]
    pub text: Option<Text>,
}

/// Decisions computed from the world and the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionRule {
    /// Japanese or English support, right now.
    SupportLanguage,
    /// Is the verification link still valid, and until when.
    LinkExpiry,
    /// Will AWS be able to call the stored phone number.
    PhoneFormat,
}

/// How a journey ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// Signed in again with a new device.
    Recovered,
    /// Stopped here; the step says what to do next.
    Blocked,
    /// Continue in another journey.
    Handoff,
}

impl OutcomeKind {
    /// The stable keyword (`data-outcome`, the `complete` event's `kind`), as in the files.
    pub fn keyword(self) -> &'static str {
        match self {
            OutcomeKind::Recovered => "recovered",
            OutcomeKind::Blocked => "blocked",
            OutcomeKind::Handoff => "handoff",
        }
    }
}

/// A terminal step's outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    pub kind: OutcomeKind,
    /// For hand-offs: the journey to continue in.
    #[serde(default)]
    pub journey: Option<String>,
}

/// One step of a journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Text,
    pub body: Text,
    pub source: Source,
    #[serde(default)]
    pub screen: Screen,
    #[serde(default)]
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub decision: Option<Decision>,
    #[serde(default)]
    pub on: Vec<Transition>,
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// What will be said on a call at this step, in English, each with a Japanese gloss.
    #[serde(default)]
    pub phrases: Vec<Phrase>,
    /// The step's text is a checklist worth printing: the card offers "Print".
    #[serde(default)]
    pub printable: bool,
}

/// Who says a phrase on a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    /// The support agent.
    Agent,
    /// The reader.
    You,
    /// An automated voice.
    Voice,
}

/// One line of the call phrasebook: English as it is said, with a Japanese gloss.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub who: Speaker,
    /// The line in English, as heard or to be said.
    pub en: String,
    /// Its meaning in Japanese (a gloss, not a script to read out).
    pub ja: String,
}

/// A whole journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    pub id: String,
    pub title: Text,
    pub start: String,
    pub steps: Vec<Step>,
}

impl Journey {
    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The step's position in the file (stable for a given journey version).
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }
}

/// A problem in a journey file, located as precisely as possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyError {
    /// The step's id, when the problem is inside a step.
    pub step: Option<String>,
    /// The field, as a path inside the step (or the file), e.g. `effects[0].subject.ja`.
    pub field: String,
    /// What is wrong (English; authors read these in the console and in the error panel).
    pub message: String,
}

impl core::fmt::Display for JourneyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match &self.step {
            Some(step) => write!(
                f,
                "step \"{step}\", field \"{}\": {}",
                self.field, self.message
            ),
            None => write!(f, "field \"{}\": {}", self.field, self.message),
        }
    }
}

/// Parses and validates a journey. All problems are reported, not just the first.
pub fn load(json: &str) -> Result<Journey, Vec<JourneyError>> {
    let journey = parse(json).map_err(|e| vec![e])?;
    let problems = validate(&journey);
    if problems.is_empty() {
        Ok(journey)
    } else {
        Err(problems)
    }
}

fn parse(json: &str) -> Result<Journey, JourneyError> {
    // One untyped parse, then typed deserialization from that value: the typed code exists once
    // (from `&Value`), and the error path below reuses it to find where a problem is.
    let value: Value = serde_json::from_str(json).map_err(|e| JourneyError {
        step: None,
        field: String::new(),
        message: format!("not valid JSON: {e}"),
    })?;
    Journey::deserialize(&value).map_err(|e| locate(&value, e.to_string()))
}

/// Finds the step and the field a deserialization error is about. Only runs on the error path.
fn locate(journey: &Value, message: String) -> JourneyError {
    let steps = journey.get("steps").and_then(Value::as_array);
    for (index, step) in steps.into_iter().flatten().enumerate() {
        let Err(e) = Step::deserialize(step) else {
            continue;
        };
        let id = step
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| format!("#{}", index + 1), str::to_owned);
        return JourneyError {
            step: Some(id),
            field: narrow(step, &|v| Step::deserialize(v).err().map(|e| e.to_string())),
            message: e.to_string(),
        };
    }
    // Not inside a step: narrow over the top-level fields, steps left out.
    let mut top = journey.clone();
    if let Some(map) = top.as_object_mut() {
        map.insert("steps".into(), Value::Array(Vec::new()));
    }
    JourneyError {
        step: None,
        field: narrow(&top, &|v| {
            Journey::deserialize(v).err().map(|e| e.to_string())
        }),
        message,
    }
}

/// The path (`effects[0].subject`) of the smallest part of `root` whose removal (for an object
/// field) or isolation (for an array element) still explains the error `fails` reports.
fn narrow(root: &Value, fails: &dyn Fn(&Value) -> Option<String>) -> String {
    let Some(original) = fails(root) else {
        return String::new();
    };
    // A missing or unknown field is already named by the message itself.
    let named = original.starts_with("missing field") || original.starts_with("unknown field");
    let mut path: Vec<Segment> = Vec::new();
    'deeper: while let Some(node) = get_path(root, &path) {
        match node {
            Value::Object(map) => {
                for key in map.keys() {
                    let mut probe = root.clone();
                    remove_at(&mut probe, &path, key);
                    let explained = match fails(&probe) {
                        None => true,
                        Some(m) => !named && m == format!("missing field `{key}`"),
                    };
                    if explained {
                        path.push(Segment::Key(key.clone()));
                        continue 'deeper;
                    }
                }
                break;
            }
            Value::Array(items) if items.len() > 1 => {
                for (i, item) in items.iter().enumerate() {
                    let mut probe = root.clone();
                    if let Some(slot) = get_path_mut(&mut probe, &path) {
                        *slot = Value::Array(vec![item.clone()]);
                    }
                    if fails(&probe).is_some() {
                        path.push(Segment::Index(i));
                        continue 'deeper;
                    }
                }
                break;
            }
            Value::Array(items) if items.len() == 1 => {
                path.push(Segment::Index(0));
            }
            _ => break,
        }
    }
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(k) if out.is_empty() => out.push_str(&k),
            Segment::Key(k) => {
                out.push('.');
                out.push_str(&k);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

enum Segment {
    Key(String),
    Index(usize),
}

fn get_path<'v>(root: &'v Value, path: &[Segment]) -> Option<&'v Value> {
    path.iter().try_fold(root, |v, seg| match seg {
        Segment::Key(k) => v.get(k),
        Segment::Index(i) => v.get(i),
    })
}

fn get_path_mut<'v>(root: &'v mut Value, path: &[Segment]) -> Option<&'v mut Value> {
    path.iter().try_fold(root, |v, seg| match seg {
        Segment::Key(k) => v.get_mut(k),
        Segment::Index(i) => v.get_mut(*i),
    })
}

fn remove_at(root: &mut Value, path: &[Segment], key: &str) {
    if let Some(Value::Object(map)) = get_path_mut(root, path) {
        map.remove(key);
    }
}

/// The checks every journey passes before it runs: ids unique and resolvable, every step
/// reachable, every path able to reach an outcome, both languages present, buttons that exist.
pub fn validate(journey: &Journey) -> Vec<JourneyError> {
    let mut problems = Vec::new();
    let mut err = |step: Option<&str>, field: &str, message: String| {
        problems.push(JourneyError {
            step: step.map(str::to_owned),
            field: field.to_owned(),
            message,
        })
    };

    if journey.id.trim().is_empty() {
        err(None, "id", "the journey needs an id".into());
    }
    check_text(&journey.title, None, "title", &mut err);
    if journey.steps.is_empty() {
        err(None, "steps", "a journey needs at least one step".into());
        return problems;
    }

    let mut ids = BTreeSet::new();
    for step in &journey.steps {
        if step.id.trim().is_empty() {
            err(Some(&step.id), "id", "a step needs an id".into());
        } else if !ids.insert(step.id.as_str()) {
            err(
                Some(&step.id),
                "id",
                "another step already has this id".into(),
            );
        }
    }
    if !ids.contains(journey.start.as_str()) {
        err(
            None,
            "start",
            format!("no step has the id \"{}\"", journey.start),
        );
    }

    let mails: BTreeSet<&str> = journey
        .steps
        .iter()
        .flat_map(|s| &s.effects)
        .filter_map(|e| match e {
            Effect::Mail { id, .. } => Some(id.as_str()),
            _ => None,
        })
        .collect();

    for step in &journey.steps {
        let id = Some(step.id.as_str());
        check_text(&step.title, id, "title", &mut err);
        check_text(&step.body, id, "body", &mut err);
        check_text(&step.source.name, id, "source.name", &mut err);
        if step.source.era.trim().is_empty() {
            err(
                id,
                "source.era",
                "say when this was true, e.g. \"2025\"".into(),
            );
        }
        for (i, effect) in step.effects.iter().enumerate() {
            let field = format!("effects[{i}]");
            match effect {
                Effect::Mail {
                    subject,
                    body,
                    link,
                    ..
                } => {
                    check_text(subject, id, &format!("{field}.subject"), &mut err);
                    check_text(body, id, &format!("{field}.body"), &mut err);
                    if let Some(link) = link {
                        check_text(&link.label, id, &format!("{field}.link.label"), &mut err);
                    }
                }
                Effect::Call { says, .. } => {
                    check_text(says, id, &format!("{field}.says"), &mut err)
                }
                Effect::Sms { text, .. } => {
                    check_text(text, id, &format!("{field}.text"), &mut err)
                }
                _ => {}
            }
        }
        for (i, phrase) in step.phrases.iter().enumerate() {
            let gloss = Text::new(phrase.ja.as_str(), phrase.en.as_str());
            check_text(&gloss, id, &format!("phrases[{i}]"), &mut err);
        }
        if let Some(decision) = &step.decision {
            if let Some(text) = &decision.text {
                check_text(text, id, "decision.text", &mut err);
            }
            if decision.rule.is_none() && (decision.verdict.is_none() || decision.text.is_none()) {
                err(
                    id,
                    "decision",
                    "a decision needs a rule, or both a verdict and a text".into(),
                );
            }
        }
        for (i, t) in step.on.iter().enumerate() {
            let field = format!("on[{i}]");
            for target in t.targets() {
                if !ids.contains(target) {
                    err(id, &field, format!("no step has the id \"{target}\""));
                }
            }
            match t {
                Transition::Choice { label, .. } => {
                    check_text(label, id, &format!("{field}.label"), &mut err)
                }
                Transition::Action { action, .. }
                    if !step.screen.actions().contains(&action.as_str()) =>
                {
                    err(
                        id,
                        &format!("{field}.action"),
                        format!(
                            "the screen \"{}\" has no button \"{action}\"; it has: {}",
                            screen_name(step.screen),
                            step.screen.actions().join(", ")
                        ),
                    )
                }
                Transition::Link { mail, .. } if !mails.contains(mail.as_str()) => err(
                    id,
                    &format!("{field}.mail"),
                    format!("no step sends a mail with the id \"{mail}\""),
                ),
                _ => {}
            }
        }
        let is_rule_step = step.on.iter().any(|t| matches!(t, Transition::Rule { .. }));
        if is_rule_step && step.on.len() > 1 {
            err(
                id,
                "on",
                "a step decided by a rule can have no other transition".into(),
            );
        }
        match (&step.outcome, step.on.is_empty()) {
            (Some(_), false) => err(
                id,
                "outcome",
                "a step with an outcome ends the journey: remove its \"on\"".into(),
            ),
            (None, true) => err(
                id,
                "on",
                "this step has no way on and no outcome: the reader would be stuck".into(),
            ),
            _ => {}
        }
        if let Some(outcome) = &step.outcome
            && outcome.kind == OutcomeKind::Handoff
            && outcome.journey.is_none()
        {
            err(
                id,
                "outcome.journey",
                "a hand-off names the journey to continue in".into(),
            );
        }
    }

    if !problems.is_empty() {
        return problems;
    }
    check_graph(journey, &mut problems);
    problems
}

fn screen_name(screen: Screen) -> String {
    serde_json::to_value(screen)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn check_text(
    text: &Text,
    step: Option<&str>,
    field: &str,
    err: &mut impl FnMut(Option<&str>, &str, String),
) {
    if text.ja.trim().is_empty() {
        err(
            step,
            &format!("{field}.ja"),
            "the Japanese text is missing".into(),
        );
    }
    if text.en.trim().is_empty() {
        err(
            step,
            &format!("{field}.en"),
            "the English text is missing".into(),
        );
    }
}

/// Reachability from the start, and from every reachable step a path to an outcome; rule steps
/// must not form a loop (they are followed without the reader doing anything).
fn check_graph(journey: &Journey, problems: &mut Vec<JourneyError>) {
    let edges: BTreeMap<&str, Vec<&str>> = journey
        .steps
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.on.iter().flat_map(Transition::targets).collect(),
            )
        })
        .collect();

    let mut reachable = BTreeSet::new();
    let mut queue = VecDeque::from([journey.start.as_str()]);
    while let Some(id) = queue.pop_front() {
        if reachable.insert(id) {
            queue.extend(edges.get(id).into_iter().flatten().copied());
        }
    }
    for step in &journey.steps {
        if !reachable.contains(step.id.as_str()) {
            problems.push(JourneyError {
                step: Some(step.id.clone()),
                field: "id".into(),
                message: format!(
                    "no path from the start step \"{}\" leads here",
                    journey.start
                ),
            });
        }
    }

    // Steps from which an outcome can be reached: fixed point over reversed edges.
    let mut can_end: BTreeSet<&str> = journey
        .steps
        .iter()
        .filter(|s| s.outcome.is_some())
        .map(|s| s.id.as_str())
        .collect();
    loop {
        let before = can_end.len();
        for (id, targets) in &edges {
            if targets.iter().any(|t| can_end.contains(t)) {
                can_end.insert(id);
            }
        }
        if can_end.len() == before {
            break;
        }
    }
    for step in &journey.steps {
        if reachable.contains(step.id.as_str()) && !can_end.contains(step.id.as_str()) {
            problems.push(JourneyError {
                step: Some(step.id.clone()),
                field: "on".into(),
                message: "every way on from here loops without reaching an outcome".into(),
            });
        }
    }

    // Rule steps are followed without the reader doing anything, so they must not loop.
    let rule_edges: BTreeMap<&str, Vec<&str>> = journey
        .steps
        .iter()
        .filter(|s| s.on.iter().any(|t| matches!(t, Transition::Rule { .. })))
        .map(|s| {
            (
                s.id.as_str(),
                s.on.iter().flat_map(Transition::targets).collect(),
            )
        })
        .collect();
    for start in rule_edges.keys() {
        let mut stack = vec![*start];
        let mut seen = BTreeSet::new();
        while let Some(id) = stack.pop() {
            for next in rule_edges.get(id).into_iter().flatten() {
                if next == start {
                    problems.push(JourneyError {
                        step: Some((*start).to_owned()),
                        field: "on".into(),
                        message: "rule steps lead back here without the reader doing anything"
                            .into(),
                    });
                    stack.clear();
                    break;
                }
                if seen.insert(*next) {
                    stack.push(next);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
      "id": "mini", "title": {"ja": "ミニ", "en": "Mini"}, "start": "a",
      "steps": [
        {"id": "a", "title": {"ja": "あ", "en": "A"}, "body": {"ja": "本文", "en": "Body"},
         "source": {"name": {"ja": "出典", "en": "Source"}, "era": "2025", "confidence": "aws-doc"},
         "on": [{"on": "continue", "next": "b"}]},
        {"id": "b", "title": {"ja": "い", "en": "B"}, "body": {"ja": "本文", "en": "Body"},
         "source": {"name": {"ja": "出典", "en": "Source"}, "era": "2025", "confidence": "aws-doc"},
         "outcome": {"id": "done", "kind": "recovered"}}
      ]
    }"#;

    #[test]
    fn a_minimal_journey_loads() {
        let j = load(MINIMAL).unwrap();
        assert_eq!(j.steps.len(), 2);
        assert_eq!(j.index_of("b"), Some(1));
    }

    #[test]
    fn type_errors_name_the_step_and_the_field() {
        let bad = MINIMAL.replace(
            r#""era": "2025", "confidence": "aws-doc"},
         "outcome""#,
            r#""era": 2025, "confidence": "aws-doc"},
         "outcome""#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs[0].step.as_deref(), Some("b"));
        assert_eq!(errs[0].field, "source.era");
    }

    #[test]
    fn unknown_fields_and_screens_are_named() {
        let bad = MINIMAL.replace(
            r#""on": [{"on": "continue""#,
            r#""screen": "lobby", "on": [{"on": "continue""#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs[0].step.as_deref(), Some("a"));
        assert_eq!(errs[0].field, "screen");
        assert!(errs[0].message.contains("lobby"), "{}", errs[0].message);
    }

    #[test]
    fn errors_inside_effects_name_the_element_and_its_field() {
        let bad = MINIMAL.replace(
            r#""on": [{"on": "continue", "next": "b"}]"#,
            r#""effects": [{"type": "wipe-authenticator"}, {"type": "mial"}], "on": [{"on": "continue", "next": "b"}]"#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (Some("a"), "effects[1].type")
        );
        assert!(errs[0].message.contains("mial"), "{}", errs[0].message);
    }

    #[test]
    fn missing_translation_is_reported_per_language() {
        let bad = MINIMAL.replace(
            r#""title": {"ja": "い", "en": "B"}"#,
            r#""title": {"ja": "", "en": "B"}"#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(
            (errs[0].step.as_deref(), errs[0].field.as_str()),
            (Some("b"), "title.ja")
        );
    }

    #[test]
    fn dangling_ids_unreachable_steps_and_dead_ends_are_reported() {
        let dangling = MINIMAL.replace(r#""next": "b""#, r#""next": "c""#);
        let errs = load(&dangling).unwrap_err();
        assert!(
            errs.iter()
                .any(|e| e.field == "on[0]" && e.message.contains("\"c\"")),
            "{errs:?}"
        );

        let loop_only = MINIMAL.replace(r#""next": "b""#, r#""next": "a""#);
        let errs = load(&loop_only).unwrap_err();
        assert!(
            errs.iter()
                .any(|e| e.step.as_deref() == Some("b") && e.message.contains("no path"))
        );
        assert!(
            errs.iter()
                .any(|e| e.step.as_deref() == Some("a") && e.message.contains("loops"))
        );
    }

    #[test]
    fn buttons_must_exist_on_the_screen() {
        let bad = MINIMAL.replace(
            r#""on": [{"on": "continue", "next": "b"}]"#,
            r#""screen": "sign-in", "on": [{"on": "action", "action": "call-me-now", "next": "b"}]"#,
        );
        let errs = load(&bad).unwrap_err();
        assert_eq!(errs[0].field, "on[0].action");
        assert!(errs[0].message.contains("sign-in"));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for input in [
            "",
            "{",
            "[]",
            "null",
            "{\"id\": 1}",
            "\u{0}",
            "😀",
            &"[".repeat(10_000),
        ] {
            assert!(load(input).is_err(), "{input:?}");
        }
    }
}
