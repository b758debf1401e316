//! The `otpauth://` URI of the practice QR code, and the shape of the one AWS's console shows.
//!
//! AWS's console QR codes hold
//! `otpauth://totp/Amazon%20Web%20Services:<device>@<account>?secret=<BASE32>&issuer=Amazon%20Web%20Services`
//! (Key URI Format; issuer prefix and parameter as in current console QR codes). The practice QR
//! code has the same shape with a **PRACTICE** issuer and label: readers do scan it with their
//! real authenticator app, and it must never add a real-looking "Amazon Web Services" entry that
//! they would later face beside the real one in a real incident.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// The issuer AWS writes into its QR codes.
pub const AWS_ISSUER: &str = "Amazon Web Services";
/// The issuer of the practice QR code.
pub const PRACTICE_ISSUER: &str = "mfa-rescue PRACTICE";
/// Put before the practice device's `device@account` label.
pub const PRACTICE_LABEL_PREFIX: &str = "PRACTICE-";

/// Everything but RFC 3986 unreserved characters is escaped in query values (space as `%20`,
/// never `+`, which some authenticator apps would show literally).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// In the label, `@` stays literal (AWS writes `device@account`); `:` must be escaped because it
/// separates the issuer from the account name.
const LABEL_PART: &AsciiSet = &QUERY_VALUE.remove(b'@');

/// The practice URI for the account name `label` (e.g. `PRACTICE-root-account-mfa-device@111122223333`)
/// with the Base32 `secret`.
pub fn otpauth_uri(label: &str, secret_base32: &str) -> String {
    uri(PRACTICE_ISSUER, label, secret_base32)
}

/// What AWS's own QR code holds for `device@account`, with the secret left out: shown beside the
/// practice QR code to explain it, never encoded.
pub fn aws_uri_shape(device_name: &str, account: &str) -> String {
    let label = format!("{device_name}@{account}");
    uri(AWS_ISSUER, &label, "…")
}

fn uri(issuer: &str, label: &str, secret_base32: &str) -> String {
    format!(
        "otpauth://totp/{issuer_l}:{label}?secret={secret}&issuer={issuer_q}",
        issuer_l = utf8_percent_encode(issuer, LABEL_PART),
        label = utf8_percent_encode(label, LABEL_PART),
        secret = utf8_percent_encode(secret_base32, QUERY_VALUE),
        issuer_q = utf8_percent_encode(issuer, QUERY_VALUE),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_aws_shape_matches_the_console_format() {
        assert_eq!(
            aws_uri_shape("root-account-mfa-device", "123456789012"),
            "otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012\
             ?secret=%E2%80%A6&issuer=Amazon%20Web%20Services"
        );
    }

    #[test]
    fn practice_uris_say_practice_and_escape_names() {
        let uri = otpauth_uri("my phone: 2@経理 account&x=1", "AAAA");
        assert!(uri.starts_with("otpauth://totp/mfa-rescue%20PRACTICE:my%20phone%3A%202@"));
        assert!(uri.contains("@%E7%B5%8C%E7%90%86%20account%26x%3D1?secret=AAAA&"));
        assert!(uri.ends_with("&issuer=mfa-rescue%20PRACTICE"));
        // Exactly one unescaped ':' after the scheme, exactly one '?'.
        let after_scheme = &uri["otpauth:".len()..];
        assert_eq!(after_scheme.matches(':').count(), 1);
        assert_eq!(uri.matches('?').count(), 1);
    }
}
