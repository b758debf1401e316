//! The virtual authenticator's arithmetic: totp-rs behind a small API that always takes the
//! time as an argument. (totp-rs's `*_current` helpers read `SystemTime::now()`, which panics
//! on wasm32; the widget's own clock is the only source of "now".)
//!
//! AWS virtual MFA is RFC 6238 with the Key URI defaults: HMAC-SHA1, 6 digits, 30-second step.

use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::entropy::{Entropy, EntropyUnavailable};

/// Seconds per code.
pub const STEP_SECS: i64 = 30;
/// Digits per code.
pub const CODE_DIGITS: usize = 6;
/// AWS's console secrets are 64 Base32 characters: 40 bytes.
pub const AWS_SECRET_BYTES: usize = 40;
/// RFC 4226 requires at least 128 bits.
const MIN_SECRET_BYTES: usize = 16;
/// Generous upper bound for a pasted secret, so a pasted novel is refused rather than hashed.
const MAX_SECRET_BYTES: usize = 128;
/// How far back a typed pair is looked for when explaining why it was refused.
const LOOKBACK_STEPS: i64 = 20;

/// The shared secret behind a virtual MFA device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MfaSecret(Vec<u8>);

/// Why a typed or pasted secret cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretError {
    /// Nothing was typed.
    Empty,
    /// A character outside the Base32 alphabet (A–Z, 2–7).
    NotBase32 { bad: char },
    /// Fewer than 128 bits: not a secret AWS would have issued.
    TooShort { bits: usize },
    /// Longer than any authenticator secret.
    TooLong,
}

/// For logs only; the reader sees translated text from the i18n catalogue.
impl core::fmt::Display for SecretError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            SecretError::Empty => f.write_str("empty secret"),
            SecretError::NotBase32 { bad } => write!(f, "{bad:?} is not a Base32 character"),
            SecretError::TooShort { bits } => {
                write!(f, "secret has {bits} bits, at least 128 needed")
            }
            SecretError::TooLong => f.write_str("secret too long"),
        }
    }
}

impl MfaSecret {
    /// A fresh secret of AWS's length from `entropy`.
    pub fn generate(entropy: &mut Entropy) -> Result<Self, EntropyUnavailable> {
        let mut bytes = vec![0u8; AWS_SECRET_BYTES];
        entropy.fill("mfa-secret", &mut bytes)?;
        Ok(MfaSecret(bytes))
    }

    /// Reads a secret as a person would paste it from a backup: spaces, hyphens, lower case,
    /// full-width letters and trailing `=` padding are all tolerated.
    pub fn parse(input: &str) -> Result<Self, SecretError> {
        let mut clean = String::with_capacity(input.len());
        for c in input.chars() {
            let c = fold_full_width(c);
            match c {
                ' ' | '\u{3000}' | '-' | '\t' | '\n' | '\r' | '=' => {}
                'a'..='z' | 'A'..='Z' | '2'..='7' => clean.push(c.to_ascii_uppercase()),
                other => return Err(SecretError::NotBase32 { bad: other }),
            }
        }
        if clean.is_empty() {
            return Err(SecretError::Empty);
        }
        // 8 Base32 characters carry 5 bytes; refuse before decoding anything huge.
        if clean.len() > MAX_SECRET_BYTES * 8 / 5 + 8 {
            return Err(SecretError::TooLong);
        }
        let secret =
            Secret::try_from_base32(&clean).map_err(|_| SecretError::NotBase32 { bad: '?' })?;
        let bytes = secret.as_bytes().to_vec();
        if bytes.len() < MIN_SECRET_BYTES {
            return Err(SecretError::TooShort {
                bits: bytes.len() * 8,
            });
        }
        if bytes.len() > MAX_SECRET_BYTES {
            return Err(SecretError::TooLong);
        }
        Ok(MfaSecret(bytes))
    }

    /// Unpadded RFC 4648 Base32, as AWS shows it under "Show secret key".
    pub fn to_base32(&self) -> String {
        Secret::from(self.0.clone()).to_base32()
    }

    /// The Base32 text in groups of four, the way it is easiest to copy by hand.
    pub fn groups(&self) -> Vec<String> {
        let text = self.to_base32();
        text.as_bytes()
            .chunks(4)
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect()
    }

    /// The raw key bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl From<MfaSecret> for String {
    fn from(secret: MfaSecret) -> String {
        secret.to_base32()
    }
}

impl TryFrom<String> for MfaSecret {
    type Error = SecretError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        MfaSecret::parse(&value)
    }
}

/// Full-width ASCII (as typed with a Japanese IME) to half-width.
pub(crate) fn fold_full_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        other => other,
    }
}

/// A TOTP generator for one secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Otp {
    totp: Totp,
    digits: usize,
}

/// Which of the two enrollment fields a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeField {
    First,
    Second,
}

/// Why AWS's enrollment check ("MFA code 1" + "MFA code 2") refuses a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairError {
    /// A field does not hold exactly six digits.
    NotSixDigits(CodeField),
    /// The same code was typed twice; the second must be the *next* code.
    SameCode,
    /// Both codes belong to this secret, but they are not one after the other (a code was
    /// skipped, or they were typed in the wrong order).
    NotConsecutive,
    /// The pair is consecutive but from a few minutes ago: codes must be sent right away.
    Expired,
    /// The codes do not come from this secret at all (another account, or mistyped).
    NoMatch,
}

impl Otp {
    /// AWS's parameters: SHA1, 6 digits, 30 s.
    pub fn new(secret: &MfaSecret) -> Result<Self, SecretError> {
        Self::with_params(secret.as_bytes(), CODE_DIGITS)
    }

    /// Any digit count from 6 to 8 (RFC 6238's test vectors use 8).
    pub fn with_params(secret: &[u8], digits: usize) -> Result<Self, SecretError> {
        let digits_u8 = u8::try_from(digits).map_err(|_| SecretError::TooLong)?;
        let totp = Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(digits_u8)
            .with_skew(0)
            .with_step_duration(STEP_SECS.unsigned_abs())
            .with_secret(secret.to_vec())
            .build()
            .map_err(|_| SecretError::TooShort {
                bits: secret.len() * 8,
            })?;
        Ok(Otp { totp, digits })
    }

    /// The code shown at Unix time `t` (seconds). Times before 1970 read as 1970.
    pub fn code_at(&self, t: i64) -> String {
        self.totp.generate(t.max(0).unsigned_abs()).to_string()
    }

    /// The code of step number `step` (t / 30).
    fn code_of_step(&self, step: i64) -> Option<String> {
        (step >= 0).then(|| self.code_at(step.saturating_mul(STEP_SECS)))
    }

    /// AWS's enrollment check: `first` and `second` must be two consecutive codes, the second
    /// being current (one step of clock drift either way is forgiven, as AWS does).
    /// Returns the step of the second code.
    pub fn verify_pair(&self, first: &str, second: &str, now: i64) -> Result<i64, PairError> {
        let first =
            normalise_code(first, self.digits).ok_or(PairError::NotSixDigits(CodeField::First))?;
        let second = normalise_code(second, self.digits)
            .ok_or(PairError::NotSixDigits(CodeField::Second))?;
        if first == second {
            return Err(PairError::SameCode);
        }
        let now_step = step_of(now);
        let oldest = now_step.saturating_sub(LOOKBACK_STEPS);
        let mut first_seen = false;
        let mut second_seen = false;
        for k in (oldest..=now_step.saturating_add(1)).rev() {
            let Some(code_k) = self.code_of_step(k) else {
                continue;
            };
            let next = self.code_of_step(k.saturating_add(1));
            if code_k == first && next.as_deref() == Some(second.as_str()) {
                let second_step = k.saturating_add(1);
                return if second_step >= now_step.saturating_sub(1) {
                    Ok(second_step)
                } else {
                    Err(PairError::Expired)
                };
            }
            first_seen |= code_k == first;
            second_seen |= code_k == second;
        }
        if first_seen && second_seen {
            Err(PairError::NotConsecutive)
        } else {
            Err(PairError::NoMatch)
        }
    }
}

/// The 30-second step that `t` falls in.
pub fn step_of(t: i64) -> i64 {
    t.div_euclid(STEP_SECS)
}

/// Seconds until the code turns over: 30 right after a boundary, 1 just before the next.
pub fn seconds_left(t: i64) -> i64 {
    STEP_SECS - t.rem_euclid(STEP_SECS)
}

/// What a person typed, as exactly `digits` ASCII digits, or `None`. Spaces (as authenticator
/// apps show codes, "123 456") and full-width digits are accepted.
pub fn normalise_code(input: &str, digits: usize) -> Option<String> {
    // Capped: `digits` is the caller's, and a huge one must not abort on allocation (found by
    // tests/robustness.rs). Codes have 6 to 8 digits; the string still grows if needed.
    let mut out = String::with_capacity(digits.min(8));
    for c in input.chars() {
        match fold_full_width(c) {
            ' ' | '\t' => {}
            d @ '0'..='9' => out.push(d),
            _ => return None,
        }
        if out.len() > digits {
            return None;
        }
    }
    (out.len() == digits).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc_secret() -> Vec<u8> {
        b"12345678901234567890".to_vec()
    }

    /// RFC 6238 Appendix B, SHA1 column.
    const RFC_VECTORS: [(i64, &str); 6] = [
        (59, "94287082"),
        (1_111_111_109, "07081804"),
        (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"),
        (20_000_000_000, "65353130"),
    ];

    #[test]
    fn rfc6238_appendix_b_sha1_eight_digits() {
        let otp = Otp::with_params(&rfc_secret(), 8).unwrap();
        for (t, expected) in RFC_VECTORS {
            assert_eq!(otp.code_at(t), expected, "t = {t}");
        }
    }

    #[test]
    fn rfc6238_appendix_b_sha1_six_digits_are_the_last_six() {
        let otp = Otp::with_params(&rfc_secret(), 6).unwrap();
        for (t, expected) in RFC_VECTORS {
            assert_eq!(otp.code_at(t), expected[2..], "t = {t}");
        }
    }

    #[test]
    fn countdown_turns_over_on_the_thirty_second_boundary() {
        assert_eq!(seconds_left(60), 30);
        assert_eq!(seconds_left(89), 1);
        assert_eq!(seconds_left(90), 30);
        assert_eq!(step_of(89), 2);
        assert_eq!(step_of(90), 3);
        assert_eq!(seconds_left(-1), 1);
        let otp = Otp::with_params(&rfc_secret(), 6).unwrap();
        assert_eq!(otp.code_at(60), otp.code_at(89));
        assert_ne!(otp.code_at(89), otp.code_at(90));
    }

    #[test]
    fn secrets_are_forty_bytes_and_seeds_repeat() {
        let a = MfaSecret::generate(&mut Entropy::from_seed(Some("demo"))).unwrap();
        let b = MfaSecret::generate(&mut Entropy::from_seed(Some("demo"))).unwrap();
        let c = MfaSecret::generate(&mut Entropy::Crypto).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.as_bytes().len(), 40);
        assert_eq!(a.to_base32().len(), 64);
        assert_eq!(a.groups().len(), 16);
        assert!(a.groups().iter().all(|g| g.len() == 4));
    }

    #[test]
    fn pasted_secret_round_trips_through_tolerant_parse() {
        let s = MfaSecret::generate(&mut Entropy::from_seed(Some("paste"))).unwrap();
        let messy = format!(" {} ", s.groups().join(" ").to_lowercase());
        assert_eq!(MfaSecret::parse(&messy).unwrap(), s);
        let full_width: String = s
            .to_base32()
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap())
            .collect();
        assert_eq!(MfaSecret::parse(&full_width).unwrap(), s);
    }

    #[test]
    fn bad_secrets_are_explained() {
        assert_eq!(MfaSecret::parse("  "), Err(SecretError::Empty));
        assert_eq!(
            MfaSecret::parse("ABCD1"),
            Err(SecretError::NotBase32 { bad: '1' })
        );
        assert_eq!(
            MfaSecret::parse("JBSWY3DP"),
            Err(SecretError::TooShort { bits: 40 })
        );
        assert_eq!(
            MfaSecret::parse(&"A".repeat(5000)),
            Err(SecretError::TooLong)
        );
        assert!(matches!(
            MfaSecret::parse("秘密"),
            Err(SecretError::NotBase32 { .. })
        ));
    }

    fn otp() -> Otp {
        Otp::new(&MfaSecret::generate(&mut Entropy::from_seed(Some("pair"))).unwrap()).unwrap()
    }

    #[test]
    fn two_consecutive_codes_enroll() {
        let otp = otp();
        let now = 1_800_000_015;
        let prev = otp.code_at(now - 30);
        let cur = otp.code_at(now);
        assert_eq!(otp.verify_pair(&prev, &cur, now), Ok(step_of(now)));
        // Spaces, as the app shows them, are fine.
        let spaced = format!("{} {}", &cur[..3], &cur[3..]);
        assert!(otp.verify_pair(&prev, &spaced, now).is_ok());
    }

    #[test]
    fn enrollment_errors_say_what_was_wrong() {
        let otp = otp();
        let now = 1_800_000_015;
        let c = |k: i64| otp.code_at(now + k * 30);
        assert_eq!(
            otp.verify_pair("12a456", &c(0), now),
            Err(PairError::NotSixDigits(CodeField::First))
        );
        assert_eq!(
            otp.verify_pair(&c(-1), "12345", now),
            Err(PairError::NotSixDigits(CodeField::Second))
        );
        assert_eq!(otp.verify_pair(&c(0), &c(0), now), Err(PairError::SameCode));
        assert_eq!(
            otp.verify_pair(&c(0), &c(-1), now),
            Err(PairError::NotConsecutive)
        );
        assert_eq!(
            otp.verify_pair(&c(-3), &c(0), now),
            Err(PairError::NotConsecutive)
        );
        assert_eq!(
            otp.verify_pair(&c(-6), &c(-5), now),
            Err(PairError::Expired)
        );
        let other =
            Otp::new(&MfaSecret::generate(&mut Entropy::from_seed(Some("x"))).unwrap()).unwrap();
        assert_eq!(
            otp.verify_pair(&other.code_at(now - 30), &other.code_at(now), now),
            Err(PairError::NoMatch)
        );
    }

    #[test]
    fn a_huge_digit_count_is_an_answer_not_an_allocation_abort() {
        // Found by tests/robustness.rs: this aborted the process (capacity overflow).
        assert_eq!(normalise_code("123456", usize::MAX), None);
        assert_eq!(normalise_code("123456", 1 << 40), None);
    }

    #[test]
    fn typed_codes_accept_full_width_and_refuse_anything_else() {
        assert_eq!(
            normalise_code("１２３ ４５６", 6).as_deref(),
            Some("123456")
        );
        assert_eq!(normalise_code("1234567", 6), None);
        assert_eq!(normalise_code("", 6), None);
        assert_eq!(normalise_code("١٢٣٤٥٦", 6), None);
        assert_eq!(normalise_code(&"9".repeat(10_000), 6), None);
    }
}
