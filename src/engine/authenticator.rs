//! The two sides of a virtual MFA device: the enrollment AWS's console shows (a secret, its QR
//! code, the check of two consecutive codes) and the authenticator app on the reader's phone,
//! which can be wiped by a phone change and restored from a saved key.
//!
//! Safety: this is a practice screen. Its QR code says PRACTICE in the issuer and the label, so a
//! real authenticator app that scans it never shows a second "Amazon Web Services" entry, and the
//! app can only be restored from a key this rehearsal made ([`super::world::World::practice_secret`]):
//! a real AWS key typed here is refused, never turned into codes, never kept.

use super::entropy::{Entropy, EntropyUnavailable};
use super::otpauth::{PRACTICE_ISSUER, PRACTICE_LABEL_PREFIX, otpauth_uri};
use super::qr::{QrSvg, qr_svg};
use super::totp::{MfaSecret, Otp, PairError};

/// The usual name AWS suggests for a root user's device.
pub const DEFAULT_DEVICE_NAME: &str = "root-account-mfa-device";
/// The account id AWS's documentation uses in examples: obviously not the reader's.
pub const PRACTICE_ACCOUNT_ID: &str = "111122223333";

/// An entry in the authenticator app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppEntry {
    pub issuer: String,
    pub account: String,
    pub secret: MfaSecret,
}

impl AppEntry {
    /// The generator for this entry's codes.
    pub fn otp(&self) -> Option<Otp> {
        Otp::new(&self.secret).ok()
    }
}

/// The authenticator app on the reader's phone (one AWS entry is all the story needs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuthenticatorApp {
    pub entry: Option<AppEntry>,
}

impl AuthenticatorApp {
    /// A new phone restored from a backup that did not carry the authenticator's keys.
    pub fn wipe(&mut self) {
        self.entry = None;
    }

    /// Adds the account by scanning the console's QR code.
    pub fn scan(&mut self, enrollment: &Enrollment) {
        self.entry = Some(enrollment.app_entry());
    }

    /// Adds the account of a practice device again from its key (the caller has checked that
    /// the key is one this rehearsal made).
    pub fn restore(&mut self, enrollment: &Enrollment) {
        self.entry = Some(enrollment.app_entry());
    }
}

/// A virtual MFA device being assigned in the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enrollment {
    pub device_name: String,
    pub account: String,
    pub secret: MfaSecret,
}

impl Enrollment {
    /// A new device with a fresh secret, as "Assign MFA device" creates one, named
    /// `device_name` (AWS's usual root device name when `None`).
    pub fn new(
        entropy: &mut Entropy,
        device_name: Option<&str>,
    ) -> Result<Self, EntropyUnavailable> {
        Ok(Enrollment {
            device_name: device_name.unwrap_or(DEFAULT_DEVICE_NAME).to_owned(),
            account: PRACTICE_ACCOUNT_ID.to_owned(),
            secret: MfaSecret::generate(entropy)?,
        })
    }

    /// `device@account`, as AWS's console names the device.
    pub fn label(&self) -> String {
        format!("{}@{}", self.device_name, self.account)
    }

    /// The account name the practice QR code gives authenticator apps: the label, marked as
    /// practice.
    pub fn practice_label(&self) -> String {
        format!("{PRACTICE_LABEL_PREFIX}{}", self.label())
    }

    /// The URI inside the practice QR code (issuer and label say PRACTICE; AWS's own QR holds
    /// the same shape with "Amazon Web Services": see [`super::otpauth::aws_uri_shape`]).
    pub fn uri(&self) -> String {
        otpauth_uri(&self.practice_label(), &self.secret.to_base32())
    }

    /// The QR code of [`Self::uri`].
    pub fn qr(&self) -> Option<QrSvg> {
        qr_svg(&self.uri())
    }

    /// What the app stores after scanning.
    pub fn app_entry(&self) -> AppEntry {
        AppEntry {
            issuer: PRACTICE_ISSUER.to_owned(),
            account: self.practice_label(),
            secret: self.secret.clone(),
        }
    }

    /// AWS's "MFA code 1 / MFA code 2" check at time `now`.
    pub fn verify(&self, code1: &str, code2: &str, now: i64) -> Result<i64, PairError> {
        let otp = Otp::new(&self.secret).map_err(|_| PairError::NoMatch)?;
        otp.verify_pair(code1, code2, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enrollment() -> Enrollment {
        Enrollment::new(&mut Entropy::from_seed(Some("story")), None).unwrap()
    }

    #[test]
    fn the_seeds_story_wipe_then_restore_from_the_saved_key() {
        let e = enrollment();
        let mut app = AuthenticatorApp::default();
        app.scan(&e);
        let before = app
            .entry
            .as_ref()
            .unwrap()
            .otp()
            .unwrap()
            .code_at(1_900_000_000);
        app.wipe();
        assert!(app.entry.is_none());
        app.restore(&e);
        let after = app
            .entry
            .as_ref()
            .unwrap()
            .otp()
            .unwrap()
            .code_at(1_900_000_000);
        assert_eq!(before, after);
    }

    #[test]
    fn codes_from_the_scanned_app_enroll() {
        let e = enrollment();
        let mut app = AuthenticatorApp::default();
        app.scan(&e);
        let otp = app.entry.as_ref().unwrap().otp().unwrap();
        let now = 1_900_000_007;
        assert!(
            e.verify(&otp.code_at(now - 30), &otp.code_at(now), now)
                .is_ok()
        );
    }

    #[test]
    fn the_qr_code_says_practice_in_its_issuer_and_label() {
        let e = enrollment();
        assert_eq!(e.label(), "root-account-mfa-device@111122223333");
        let uri = e.uri();
        assert!(
            uri.starts_with("otpauth://totp/mfa-rescue%20PRACTICE:PRACTICE-root-account-mfa-device@111122223333?secret="),
            "{uri}"
        );
        assert!(uri.ends_with("&issuer=mfa-rescue%20PRACTICE"), "{uri}");
        assert!(
            !uri.contains("Amazon"),
            "a real app must never file it under AWS: {uri}"
        );
        let entry = e.app_entry();
        assert!(entry.issuer.contains("PRACTICE") && entry.account.contains("PRACTICE"));
        assert!(e.qr().is_some());
    }
}
