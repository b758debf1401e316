//! The journey file format as Rust types: what a journey *is*. Reading a file is
//! [`super::load`], checking it [`super::validate`].

use serde::Deserialize;

use super::keyword::keyword_enum;

/// Text in both of the widget's languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Text {
    /// Japanese (required, not empty).
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub ja: String,
    /// English (required, not empty).
    #[cfg_attr(test, schemars(length(min = 1)))]
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

keyword_enum! {
    /// How sure we are of a step's facts (shown next to its sources). A step's confidence follows
    /// from its sources ([`Journey::confidence`]): it can be stated lower, never higher.
    pub enum Confidence {
        /// AWS documentation or AWS re:Post Knowledge Center.
        AwsDoc = "aws-doc",
        /// The documentation of the app's own maker (e.g. Google on Google Authenticator).
        VendorDoc = "vendor-doc",
        /// A user's blog or Q&A post: one person's experience at one time.
        ThirdParty = "third-party",
        /// Not confirmed by any source, sources disagree, or seen once in 2026.
        Uncertain = "uncertain",
    }
}

impl Confidence {
    /// Higher is surer; the step takes the lowest of its sources'.
    pub fn rank(self) -> u8 {
        match self {
            Confidence::AwsDoc => 3,
            Confidence::VendorDoc => 2,
            Confidence::ThirdParty => 1,
            Confidence::Uncertain => 0,
        }
    }
}

keyword_enum! {
    /// What kind of source a fact comes from.
    pub enum SourceKind {
        /// AWS's own documentation, Knowledge Center, blog or forms.
        AwsDoc = "aws-doc",
        /// Documentation by another vendor about its own product.
        VendorDoc = "vendor-doc",
        /// A reader's blog, article or note: one person's report.
        ThirdParty = "third-party",
        /// Seen in 2026 in a public record, not in any documentation.
        Observed = "observed",
    }
}

impl SourceKind {
    /// The confidence a fact from this kind of source has.
    pub fn confidence(self) -> Confidence {
        match self {
            SourceKind::AwsDoc => Confidence::AwsDoc,
            SourceKind::VendorDoc => Confidence::VendorDoc,
            SourceKind::ThirdParty => Confidence::ThirdParty,
            SourceKind::Observed => Confidence::Uncertain,
        }
    }
}

/// One source in the registry (`journeys/sources.json`, or a journey's own `sources`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    /// Stable id steps cite, e.g. `doc-lost-2025`, `seed-003`.
    pub id: String,
    pub kind: SourceKind,
    /// e.g. "AWS IAM User Guide: …" / 「AWS IAM ユーザーガイド…」.
    pub name: Text,
    /// When it was written or true: "2025", "2017-01", "2014".
    pub era: String,
    /// Where a reader can read it (opened outside the widget, never fetched by it): an
    /// `http://` or `https://` address, nothing else (a `javascript:` link would run on the page).
    #[serde(default)]
    #[cfg_attr(test, schemars(regex(pattern = r"^[Hh][Tt][Tt][Pp][Ss]?://")))]
    pub url: Option<String>,
}

keyword_enum! {
    /// The practice console's screens. Each has fixed buttons (see [`Screen::actions`]).
    #[derive(Default)]
    pub enum Screen {
        /// Nothing on the console (the story is elsewhere: the phone, a choice).
        #[default]
        None = "none",
        /// Root user sign-in, fake account pre-filled.
        SignIn = "sign-in",
        /// "Additional verification required": MFA code, Troubleshoot MFA.
        MfaPrompt = "mfa-prompt",
        /// "Troubleshoot your authentication device".
        Troubleshoot = "troubleshoot",
        /// Alternative factors, step 1: email verification.
        AltEmail = "alt-email",
        /// Alternative factors, step 2: phone, documented variant (Call me now, code on screen).
        AltPhoneCall = "alt-phone-call",
        /// Alternative factors, step 2: phone, 2026 variant (SMS / voice, code typed on the site).
        AltPhoneSms = "alt-phone-sms",
        /// 「電話の確認を完了できませんでした。」
        AltPhoneFailed = "alt-phone-failed",
        /// Alternative factors, step 3: sign in to the console.
        AltDone = "alt-done",
        /// Signed in as a root user without MFA: the prompt to register a device (required
        /// since 2024; it can be postponed for up to 35 days).
        MfaRequired = "mfa-required",
        /// Security credentials, with the old device listed.
        SecurityCredentials = "security-credentials",
        /// Assign MFA device: the authenticator panel's QR and two codes.
        AssignMfa = "assign-mfa",
        /// Signed in, MFA set up.
        ConsoleHome = "console-home",
        /// The AWS Support form for a lost MFA device.
        SupportForm = "support-form",
    }
}

keyword_enum! {
    /// A button of the practice console, as `action` transitions name it.
    pub enum Action {
        SignIn = "sign-in",
        SubmitMfa = "submit-mfa",
        TroubleshootMfa = "troubleshoot-mfa",
        TryAnotherMethod = "try-another-method",
        AlternativeFactors = "alternative-factors",
        Resync = "resync",
        SendEmail = "send-email",
        ResendEmail = "resend-email",
        CallMeNow = "call-me-now",
        SendSms = "send-sms",
        VoiceCall = "voice-call",
        StartOver = "start-over",
        ContactSupport = "contact-support",
        SignInConsole = "sign-in-console",
        RegisterMfa = "register-mfa",
        SkipMfa = "skip-mfa",
        RemoveDevice = "remove-device",
        AssignDevice = "assign-device",
        SubmitSupport = "submit-support",
    }
}

impl Screen {
    /// The buttons a screen offers, in the order it shows them. The console renders exactly
    /// these, and the loader refuses an `action` transition naming any other.
    pub fn actions(self) -> &'static [Action] {
        use Action as A;
        match self {
            Screen::None | Screen::ConsoleHome | Screen::AssignMfa => &[],
            Screen::SignIn => &[A::SignIn],
            Screen::MfaPrompt => &[A::SubmitMfa, A::TroubleshootMfa, A::TryAnotherMethod],
            Screen::Troubleshoot => &[A::AlternativeFactors, A::Resync],
            Screen::AltEmail => &[A::SendEmail, A::ResendEmail],
            Screen::AltPhoneCall => &[A::CallMeNow],
            Screen::AltPhoneSms => &[A::SendSms, A::VoiceCall],
            Screen::AltPhoneFailed => &[A::StartOver, A::ContactSupport],
            Screen::AltDone => &[A::SignInConsole],
            Screen::MfaRequired => &[A::RegisterMfa, A::SkipMfa],
            Screen::SecurityCredentials => &[A::RemoveDevice, A::AssignDevice],
            Screen::SupportForm => &[A::SubmitSupport],
        }
    }
}

keyword_enum! {
    /// The language a call is held in. Calls with Japanese-language support are in Japanese:
    /// their phrasebook is the flow of the call, not English to hear and say.
    #[derive(Default)]
    pub enum CallLanguage {
        #[default]
        En = "en",
        Ja = "ja",
    }
}

/// What entering a step does to the simulated world.
// Read by hand (super::tagged); the `serde` attributes are for the schema only.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(
    test,
    serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)
)]
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
        #[cfg_attr(test, serde(default))]
        link: Option<MailLink>,
        /// The mail carries a freshly generated 6-digit code (a support PIN), shown in its body.
        #[cfg_attr(test, serde(default))]
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
        #[cfg_attr(test, serde(default))]
        keypad: bool,
        /// The language of the call (`says` in that language is the original).
        #[cfg_attr(test, serde(default))]
        language: CallLanguage,
    },
    /// The call ends.
    HangUp,
    /// An SMS with a fresh 6-digit code arrives.
    Sms { from: String, text: Text },
    /// Simulated time moves forward.
    Advance { minutes: u32 },
    /// The old device is removed from the account.
    RemoveDevice,
    /// "Assign MFA device": a new secret, QR and two-code check, for a device with this name
    /// (AWS refuses a second device with the name of one already assigned).
    NewEnrollment {
        #[cfg_attr(test, serde(default))]
        device_name: Option<String>,
    },
}

/// A link inside a mail.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MailLink {
    pub label: Text,
    /// Minutes until the link stops working; `None` if it does not expire.
    #[serde(default)]
    pub expires_after_minutes: Option<u32>,
}

keyword_enum! {
    /// A named rule the engine evaluates (the journey only names it).
    pub enum Rule {
        /// Weekday 09:00–18:00 JST, not a Japanese public holiday (holidays: an assumption).
        JapaneseSupportOpen = "japanese-support-open",
        /// The account phone is stored in the form AWS can call (+81…, no leading 0).
        StoredPhoneReachable = "stored-phone-reachable",
    }
}

keyword_enum! {
    /// Opening hours an `after` transition can be held to.
    pub enum Hours {
        /// Japanese-language support: weekdays 09:00–18:00 JST, public holidays assumed closed.
        JapaneseSupport = "japanese-support",
    }
}

/// What moves the reader from a step to another.
// Read by hand (super::tagged); the `serde` attributes are for the schema only.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(
    test,
    serde(tag = "on", rename_all = "kebab-case", deny_unknown_fields)
)]
pub enum Transition {
    /// An answer to the step's question.
    Choice {
        id: String,
        label: Text,
        next: String,
    },
    /// A button on the console screen (see [`Screen::actions`]).
    Action { action: Action, next: String },
    /// The link in mail `mail` is clicked; `expired` is where a stale click leads.
    Link {
        mail: String,
        next: String,
        #[cfg_attr(test, serde(default))]
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
        #[cfg_attr(test, serde(rename = "else"))]
        otherwise: String,
    },
    /// After this much simulated time on the step (the reader can fast-forward); with `within`,
    /// a moment outside those hours moves on to the next time they open.
    After {
        minutes: u32,
        #[cfg_attr(test, serde(default))]
        within: Option<Hours>,
        next: String,
    },
    /// A plain "Next".
    Continue { next: String },
}

impl Transition {
    /// The steps this transition can lead to (both for rules and links).
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
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
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

keyword_enum! {
    /// Decisions computed from the world and the clock.
    pub enum DecisionRule {
        /// Japanese or English support, right now.
        SupportLanguage = "support-language",
        /// Is the verification link still valid, and until when.
        LinkExpiry = "link-expiry",
        /// Will AWS be able to call the stored phone number.
        PhoneFormat = "phone-format",
    }
}

keyword_enum! {
    /// How a journey ends; the keyword is `data-outcome` and the `complete` event's `kind`.
    pub enum OutcomeKind {
        /// Signed in again with a new device.
        Recovered = "recovered",
        /// Stopped here; the step says what to do next.
        Blocked = "blocked",
        /// Continue in another journey.
        Handoff = "handoff",
    }
}

/// A terminal step's outcome.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    pub kind: OutcomeKind,
    /// For hand-offs: the journey to continue in.
    #[serde(default)]
    pub journey: Option<String>,
}

/// One step of a journey.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Text,
    pub body: Text,
    /// Ids of the sources the step's facts come from (the registry, or the journey's own).
    pub sources: Vec<String>,
    /// A confidence lower than the sources give (e.g. a figure one article states but nothing
    /// confirms); the loader refuses one that claims more than the sources.
    #[serde(default)]
    pub confidence: Option<Confidence>,
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
    /// The call phrasebook: what is said on a call at this step.
    #[serde(default)]
    pub phrases: Vec<Phrase>,
    /// The language of the call the phrases belong to. English calls show English lines to hear
    /// and say with a Japanese gloss; Japanese calls show the flow of the call, no English.
    #[serde(default)]
    pub call_language: CallLanguage,
    /// The step's text is a checklist worth printing: the card offers "Print".
    #[serde(default)]
    pub printable: bool,
}

/// Where in the practice world a step happens: the three panels beside the step card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Console,
    Inbox,
    Phone,
}

impl Place {
    /// In the order the widget lists them.
    pub const ALL: [Place; 3] = [Place::Console, Place::Inbox, Place::Phone];
}

impl Transition {
    /// Where the reader acts to trigger this transition, if not on the step card.
    pub fn place(&self) -> Option<Place> {
        match self {
            Transition::Action { .. }
            | Transition::ConsoleCode { .. }
            | Transition::Enrolled { .. } => Some(Place::Console),
            Transition::Link { .. } => Some(Place::Inbox),
            Transition::Keypad { .. } => Some(Place::Phone),
            Transition::Choice { .. }
            | Transition::Rule { .. }
            | Transition::After { .. }
            | Transition::Continue { .. } => None,
        }
    }
}

impl Step {
    /// The places the step waits on the reader, in the widget's order.
    pub fn waits_on(&self) -> Vec<Place> {
        Place::ALL
            .into_iter()
            .filter(|p| self.on.iter().any(|t| t.place() == Some(*p)))
            .collect()
    }

    /// The place a step is about: where something just arrived, or where the reader acts next.
    /// `None` when the step happens only on the step card.
    pub fn place(&self) -> Option<Place> {
        let waits = self.waits_on();
        let brings = |f: fn(&Effect) -> bool| self.effects.iter().any(f);
        if waits.contains(&Place::Phone)
            || brings(|e| matches!(e, Effect::Call { .. } | Effect::Sms { .. }))
        {
            Some(Place::Phone)
        } else if waits.contains(&Place::Inbox) || brings(|e| matches!(e, Effect::Mail { .. })) {
            Some(Place::Inbox)
        } else if self.screen != Screen::None || waits.contains(&Place::Console) {
            Some(Place::Console)
        } else if brings(|e| matches!(e, Effect::WipeAuthenticator)) {
            Some(Place::Phone)
        } else {
            None
        }
    }

    /// The step's answers: each choice's id and label, in order.
    pub fn choices(&self) -> impl Iterator<Item = (&str, &Text)> {
        self.on.iter().filter_map(|t| match t {
            Transition::Choice { id, label, .. } => Some((id.as_str(), label)),
            _ => None,
        })
    }

    /// The label of the answer `id`.
    pub fn choice_label(&self, id: &str) -> Option<&Text> {
        self.choices()
            .find(|(c, _)| *c == id)
            .map(|(_, label)| label)
    }

    /// Where the answer `id` leads.
    pub fn choice_target(&self, id: &str) -> Option<&str> {
        self.on.iter().find_map(|t| match t {
            Transition::Choice { id: c, next, .. } if c == id => Some(next.as_str()),
            _ => None,
        })
    }
}

keyword_enum! {
    /// Who says a phrase on a call.
    pub enum Speaker {
        /// The support agent.
        Agent = "agent",
        /// The reader.
        You = "you",
        /// An automated voice.
        Voice = "voice",
    }
}

/// One line of the call phrasebook. On an English call `en` is the line as said and `ja` its
/// gloss; on a Japanese call `ja` is the line as said and `en` its translation.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub who: Speaker,
    pub en: String,
    pub ja: String,
}

/// A whole journey.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Journey {
    /// The address of `journey.schema.json`, for editors' completion and checks; the widget
    /// reads nothing from it (it fetches nothing).
    #[serde(default, rename = "$schema")]
    pub schema: Option<String>,
    pub id: String,
    pub title: Text,
    pub start: String,
    pub steps: Vec<Step>,
    /// Sources this journey defines itself (a custom journey citing its own material). After
    /// [`super::load`], every source any step cites: these plus those from the registry.
    #[serde(default)]
    pub sources: Vec<SourceDef>,
}

impl SourceDef {
    /// Whether [`SourceDef::url`] is an address the widget may link to: `http://` or `https://`
    /// (any case), so an author's journey can never put a `javascript:` or `data:` link on a page.
    pub fn url_is_web(url: &str) -> bool {
        let scheme = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        scheme.starts_with("https://") || scheme.starts_with("http://")
    }
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

    /// The definition of a source this journey cites.
    pub fn source(&self, id: &str) -> Option<&SourceDef> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The lowest confidence among the step's sources (none cited: uncertain).
    pub fn sources_confidence(&self, step: &Step) -> Confidence {
        step.sources
            .iter()
            .filter_map(|id| self.source(id))
            .map(|s| s.kind.confidence())
            .min_by_key(|c| c.rank())
            .unwrap_or(Confidence::Uncertain)
    }

    /// How sure the step's facts are: [`Self::sources_confidence`], or the lower one the step
    /// states.
    pub fn confidence(&self, step: &Step) -> Confidence {
        let from_sources = self.sources_confidence(step);
        match step.confidence {
            Some(stated) if stated.rank() < from_sources.rank() => stated,
            _ => from_sources,
        }
    }
}
