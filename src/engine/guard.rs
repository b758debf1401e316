//! Refusing what looks like a real AWS credential.
//!
//! This is a practice screen, but a reader who is locked out and stressed may paste whatever is
//! on the clipboard: an access key id, a secret access key, their real password. The widget must
//! not keep such a value anywhere (signals, the run, the resume record in sessionStorage), so
//! every field a reader can type into asks [`refuse`] first and, when it answers, clears the field
//! and shows a warning. Nothing is sent anywhere either way; this only keeps secrets out of the
//! page's memory and storage, and tells the reader never to do that on a real-looking screen.
//!
//! What is recognised:
//! - an access key id: `AKIA` (long-term) or `ASIA` (temporary) and 16 upper-case letters or
//!   digits, anywhere in the text;
//! - a secret access key: a run of exactly 40 characters from `A–Z a–z 0–9 / +` with both upper-
//!   and lower-case letters (40 Base64 characters drawn at random all share a case with a chance
//!   of about one in a billion, while a Base32 TOTP key is all one case, so a 40-character TOTP
//!   key typed into the restore field is not mistaken for one);
//! - password-like text where only a code or a Base32 key belongs (see [`Expect`]).

/// What a field expects, for the password heuristic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A 6-digit code (spaces and full-width digits tolerated by the engine).
    Digits,
    /// A Base32 TOTP key (A–Z, 2–7, spaces, hyphens, `=`; either case).
    Base32,
}

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Credential {
    /// `AKIA…` / `ASIA…`.
    AccessKeyId,
    /// 40 Base64 characters.
    SecretAccessKey,
    /// Looks like a password rather than what the field expects.
    Password,
}

/// Length of a secret access key.
const SECRET_KEY_LEN: usize = 40;
/// Characters after `AKIA`/`ASIA` in an access key id.
const KEY_ID_TAIL: usize = 16;
/// Shortest text read as a password (shorter text is an ordinary typo, explained by the field).
const MIN_PASSWORD_LEN: usize = 8;

/// Whether `value`, typed into a field that expects `expect`, looks like a real credential.
pub fn refuse(value: &str, expect: Expect) -> Option<Credential> {
    if has_access_key_id(value) {
        Some(Credential::AccessKeyId)
    } else if has_secret_access_key(value) {
        Some(Credential::SecretAccessKey)
    } else if password_like(value, expect) {
        Some(Credential::Password)
    } else {
        None
    }
}

/// `AKIA` or `ASIA` followed by 16 upper-case ASCII letters or digits.
pub fn has_access_key_id(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.windows(4 + KEY_ID_TAIL).any(|w| {
        let (head, tail) = w.split_at(4);
        (head == b"AKIA" || head == b"ASIA")
            && tail
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    })
}

/// A maximal run of exactly 40 Base64 characters (`A–Z a–z 0–9 / +`) with both cases.
pub fn has_secret_access_key(value: &str) -> bool {
    let is_b64 = |c: char| c.is_ascii_alphanumeric() || c == '/' || c == '+';
    value
        .split(|c: char| !is_b64(c))
        .any(|run| run.len() == SECRET_KEY_LEN && mixed_case(run))
}

fn mixed_case(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_uppercase()) && s.chars().any(|c| c.is_ascii_lowercase())
}

/// Password-like text where a code or a key belongs. Separators the fields accept (spaces,
/// hyphens, `=`) are ignored; shorter text is left to the field's own message.
/// - Digits: at least 8 characters with a letter in them (a code has none).
/// - Base32: at least 8 characters with a symbol (`!`, `@`, `#`, …) or with both cases and a
///   digit (keys are one case; a key typed with `0` for `O` stays a typo, not a password).
fn password_like(value: &str, expect: Expect) -> bool {
    let compact: Vec<char> = value
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '=' | '\u{FF0D}')))
        .collect();
    if compact.len() < MIN_PASSWORD_LEN {
        return false;
    }
    let letter = compact.iter().any(|c| c.is_alphabetic());
    match expect {
        Expect::Digits => letter,
        Expect::Base32 => {
            let symbol = compact.iter().any(|c| c.is_ascii_punctuation());
            let upper = compact.iter().any(char::is_ascii_uppercase);
            let lower = compact.iter().any(char::is_ascii_lowercase);
            let digit = compact.iter().any(char::is_ascii_digit);
            symbol || (upper && lower && digit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS's documented example credentials (not real).
    const KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    #[test]
    fn access_key_ids_are_refused_anywhere_in_any_field() {
        for expect in [Expect::Digits, Expect::Base32] {
            assert_eq!(refuse(KEY_ID, expect), Some(Credential::AccessKeyId));
            assert_eq!(
                refuse("ASIAY34FZKBOKMUTVV7A", expect),
                Some(Credential::AccessKeyId)
            );
            assert_eq!(
                refuse(&format!("aws_access_key_id = {KEY_ID}\n"), expect),
                Some(Credential::AccessKeyId)
            );
        }
        // Too short, lower case, or another prefix: not an access key id.
        assert!(!has_access_key_id("AKIAIOSFODNN7EXAMPL"));
        assert!(!has_access_key_id("akiaiosfodnn7example"));
        assert!(!has_access_key_id("AKIBIOSFODNN7EXAMPLE"));
        assert!(!has_access_key_id("AKIAIOSFODNN7exampLE"));
    }

    #[test]
    fn secret_access_keys_are_refused() {
        for expect in [Expect::Digits, Expect::Base32] {
            assert_eq!(refuse(SECRET, expect), Some(Credential::SecretAccessKey));
            assert_eq!(
                refuse(&format!("aws_secret_access_key={SECRET}"), expect),
                Some(Credential::SecretAccessKey)
            );
        }
        // 39 or 41 characters, or all one case (a Base32 TOTP key of that length): not one.
        assert!(!has_secret_access_key(&SECRET[..39]));
        assert!(!has_secret_access_key(&format!("{SECRET}A")));
        assert!(!has_secret_access_key(&"JBSWY3DPEHPK3PXP".repeat(3)[..40]));
        assert!(!has_secret_access_key(&"jbswy3dpehpk3pxp".repeat(3)[..40]));
    }

    #[test]
    fn passwords_are_refused_where_codes_belong() {
        assert_eq!(
            refuse("correcthorse", Expect::Digits),
            Some(Credential::Password)
        );
        assert_eq!(
            refuse("Passw0rd!", Expect::Digits),
            Some(Credential::Password)
        );
        // Codes, typos in codes and short text are left to the field's own message.
        for ok in [
            "123456",
            "123 456",
            "１２３４５６",
            "12a456",
            "1234567",
            "12345678",
            "",
        ] {
            assert_eq!(refuse(ok, Expect::Digits), None, "{ok:?}");
        }
    }

    #[test]
    fn passwords_are_refused_where_keys_belong_but_keys_and_typos_are_not() {
        for password in ["Passw0rd!", "hunter2hunter2!", "Summer2024x", "p@ssword"] {
            assert_eq!(
                refuse(password, Expect::Base32),
                Some(Credential::Password),
                "{password:?}"
            );
        }
        let key = "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP";
        for ok in [
            key.to_owned(),
            key.to_lowercase(),
            key.replace(' ', "-"),
            "JBSWY3DPEHPK3PX0".to_owned(), // 0 for O: a typo the field explains
            "ABC1".to_owned(),
            "MFRGGZDFMZTWQ2LK====".to_owned(),
        ] {
            assert_eq!(refuse(&ok, Expect::Base32), None, "{ok:?}");
        }
    }

    #[test]
    fn any_text_gets_an_answer() {
        for s in [
            "😀".repeat(50),
            "\u{0}".repeat(41),
            "Ａ".repeat(40),
            "A".repeat(100_000),
        ] {
            let _ = refuse(&s, Expect::Digits);
            let _ = refuse(&s, Expect::Base32);
        }
    }
}
