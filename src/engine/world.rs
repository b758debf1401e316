//! The simulated world a journey acts on: the phone (authenticator app, calls, SMS), the inbox,
//! the practice console's screen, and what is registered on the practice account.

use super::authenticator::{
    AuthenticatorApp, DEFAULT_DEVICE_NAME, Enrollment, PRACTICE_ACCOUNT_ID,
};
use super::entropy::{Entropy, EntropyUnavailable};
use super::journey::{CallLanguage, Screen, Text};

/// The practice account's root email (a reserved example domain: never a real mailbox).
pub const PRACTICE_EMAIL: &str = "root@example.com";
/// The practice account's phone, as AWS needs it stored.
pub const PRACTICE_PHONE: &str = "+819012345678";

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

/// A link in a mail and whether it still works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState {
    pub label: Text,
    pub expires_at: Option<i64>,
    pub used: bool,
}

impl LinkState {
    /// Whether the link has expired at `now`.
    pub fn expired(&self, now: i64) -> bool {
        self.expires_at.is_some_and(|t| now >= t)
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

    /// The label a secret typed into the app gets: the device being assigned, or AWS's usual one.
    pub fn restore_label(&self) -> String {
        self.enrollment.as_ref().map_or_else(
            || format!("{DEFAULT_DEVICE_NAME}@{PRACTICE_ACCOUNT_ID}"),
            Enrollment::label,
        )
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
