//! The simulated world a journey acts on: the phone (authenticator app, calls, SMS), the inbox,
//! the practice console's screen, and what is registered on the practice account.

use super::authenticator::{AuthenticatorApp, Enrollment};
use super::entropy::{Entropy, EntropyUnavailable};
use super::journey::{CallLanguage, Screen, Text};
use super::totp::{MfaSecret, SecretError};

/// The practice account's root email (a reserved example domain: never a real mailbox).
pub const PRACTICE_EMAIL: &str = "root@example.com";
/// The name on the practice support form.
pub const PRACTICE_NAME: &str = "Practice User";
/// The practice account's phone, as AWS needs it stored.
pub const PRACTICE_PHONE: &str = "+819012345678";

/// What a key typed into the app's restore form is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyCheck {
    /// The key of practice device `n` of [`World::made`].
    Practice(usize),
    /// A well-formed key this rehearsal did not make.
    NotPractice,
    /// Not a key at all.
    Unreadable(SecretError),
}

/// A mail in the inbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub id: String,
    pub from: String,
    pub subject: Text,
    pub body: Text,
    /// Simulated Unix time it arrived.
    pub received_at: i64,
    pub link: Option<LinkState>,
    /// A code the mail carries (e.g. a one-time PIN to read aloud).
    pub code: Option<String>,
}

/// The only published figure for how long the verification link works: 15 minutes, from one
/// 2017 article (seed 004); no AWS document gives one. A journey may set another lifetime, which
/// the widget then calls this rehearsal's parameter.
pub const ARTICLE_LINK_MINUTES: i64 = 15;

/// Whether a link that expires at `expires_at` has expired at `now`: from that second on.
pub fn link_expired(expires_at: Option<i64>, now: i64) -> bool {
    expires_at.is_some_and(|t| now >= t)
}

/// A link in a mail and whether it still works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState {
    pub label: Text,
    /// How long it works after the mail arrives; `None`: it does not expire.
    pub lifetime_secs: Option<i64>,
    pub expires_at: Option<i64>,
    pub used: bool,
}

impl LinkState {
    /// A fresh link in a mail that arrives at `received_at`.
    pub fn new(label: Text, lifetime_secs: Option<i64>, received_at: i64) -> Self {
        LinkState {
            label,
            lifetime_secs,
            expires_at: lifetime_secs.map(|d| received_at.saturating_add(d)),
            used: false,
        }
    }

    /// Whether the link has expired at `now` (the one rule for every panel and the helper).
    pub fn expired(&self, now: i64) -> bool {
        link_expired(self.expires_at, now)
    }
}

/// A call on the phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub caller: String,
    pub says: Text,
    /// The call is waiting for the console's code on the keypad.
    pub keypad: bool,
    /// The language the call is held in.
    pub language: CallLanguage,
    pub rang_at: i64,
    /// Digits typed on the keypad so far.
    pub typed: String,
}

/// A text message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sms {
    pub from: String,
    pub text: Text,
    pub code: String,
    pub received_at: i64,
}

/// Everything the panels show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct World {
    /// The account's phone number exactly as stored on the account.
    pub stored_phone: String,
    /// The reader's authenticator app.
    pub app: AuthenticatorApp,
    /// The lost phone's device is still registered on the account.
    pub old_device: bool,
    /// The device being assigned on the console, if any.
    pub enrollment: Option<Enrollment>,
    /// Every practice device the console showed in this rehearsal, in order: the only keys the
    /// app may be restored from (a real AWS key is never turned into codes here).
    pub made: Vec<Enrollment>,
    /// A new device was assigned with two consecutive codes.
    pub enrolled: bool,
    /// What the console shows.
    pub screen: Screen,
    /// The 6-digit code the console shows for the keypad (documented variant).
    pub console_code: Option<String>,
    pub mails: Vec<Mail>,
    pub call: Option<Call>,
    pub sms: Vec<Sms>,
}

impl World {
    /// The world before the story: the old phone's app holds the account's device.
    pub fn new(entropy: &mut Entropy) -> Result<Self, EntropyUnavailable> {
        let old = Enrollment::new(entropy, None)?;
        let mut app = AuthenticatorApp::default();
        app.scan(&old);
        Ok(World {
            stored_phone: PRACTICE_PHONE.to_owned(),
            app,
            old_device: true,
            enrollment: None,
            made: Vec::new(),
            enrolled: false,
            screen: Screen::None,
            console_code: None,
            mails: Vec::new(),
            call: None,
            sms: Vec::new(),
        })
    }

    /// The code of the newest SMS, which the console expects (2026 variant).
    pub fn expected_sms_code(&self) -> Option<&str> {
        self.sms.last().map(|s| s.code.as_str())
    }

    /// The newest mail with a link, for the link-expiry helper.
    pub fn latest_link(&self) -> Option<(&Mail, &LinkState)> {
        self.mails
            .iter()
            .rev()
            .find_map(|m| m.link.as_ref().map(|l| (m, l)))
    }

    /// Which practice device (its place in [`World::made`]) the typed key belongs to. A key that
    /// reads but is not one of them is [`KeyCheck::NotPractice`]: possibly a real AWS key, which
    /// the widget must refuse and warn about, never use.
    pub fn practice_secret(&self, typed: &str) -> KeyCheck {
        match MfaSecret::parse(typed) {
            Err(e) => KeyCheck::Unreadable(e),
            Ok(secret) => self
                .made
                .iter()
                .position(|e| e.secret == secret)
                .map_or(KeyCheck::NotPractice, KeyCheck::Practice),
        }
    }

    /// The last four digits of the stored phone, as the console shows them.
    pub fn phone_last_four(&self) -> String {
        let digits: Vec<char> = self
            .stored_phone
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        digits.iter().skip(digits.len().saturating_sub(4)).collect()
    }
}
