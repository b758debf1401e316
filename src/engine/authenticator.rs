//! The two sides of a virtual MFA device: the enrollment AWS's console shows (a secret, its QR
//! code, the check of two consecutive codes) and the authenticator app on the reader's phone,
//! which can be wiped by a phone change and restored from a saved key.

use super::entropy::{Entropy, EntropyUnavailable};
use super::otpauth::{ISSUER, otpauth_uri};
use super::qr::{QrSvg, qr_svg};
use super::totp::{MfaSecret, Otp, PairError, SecretError};

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

    /// Adds the account from a secret the reader kept, typed or pasted by hand.
    pub fn restore(&mut self, typed_secret: &str, label: &str) -> Result<(), SecretError> {
        let secret = MfaSecret::parse(typed_secret)?;
        self.entry = Some(AppEntry {
            issuer: ISSUER.to_owned(),
            account: label.to_owned(),
            secret,
        });
        Ok(())
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

    /// `device@account`, the label authenticator apps show under the issuer.
    pub fn label(&self) -> String {
        format!("{}@{}", self.device_name, self.account)
    }

    /// The URI inside the QR code.
    pub fn uri(&self) -> String {
        otpauth_uri(&self.device_name, &self.account, &self.secret.to_base32())
    }

    /// The QR code of [`Self::uri`].
    pub fn qr(&self) -> Option<QrSvg> {
        qr_svg(&self.uri())
    }

    /// What the app stores after scanning.
    pub fn app_entry(&self) -> AppEntry {
        AppEntry {
            issuer: ISSUER.to_owned(),
            account: self.label(),
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
        let saved = e.secret.groups().join(" ");
        app.restore(&saved, &e.label()).unwrap();
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
    fn restore_with_a_bad_key_leaves_the_app_as_it_was() {
        let mut app = AuthenticatorApp::default();
        assert!(app.restore("not a key!", "x").is_err());
        assert!(app.entry.is_none());
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
    fn label_and_uri_name_the_practice_account() {
        let e = enrollment();
        assert_eq!(e.label(), "root-account-mfa-device@111122223333");
        assert!(
            e.uri()
                .contains(":root-account-mfa-device@111122223333?secret=")
        );
        assert!(e.qr().is_some());
    }
}
