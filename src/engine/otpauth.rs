//! The `otpauth://` URI that AWS's console puts in the enrollment QR code:
//! `otpauth://totp/Amazon%20Web%20Services:<device>@<account>?secret=<BASE32>&issuer=Amazon%20Web%20Services`
//! (Key URI Format; issuer prefix and parameter as in current console QR codes).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// The issuer AWS writes into its QR codes.
pub const ISSUER: &str = "Amazon Web Services";

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

/// The URI for a device named `device_name` on the account `account` (its 12-digit id or its
/// alias), with the Base32 `secret`.
pub fn otpauth_uri(device_name: &str, account: &str, secret_base32: &str) -> String {
    format!(
        "otpauth://totp/{issuer}:{device}@{account}?secret={secret}&issuer={issuer_q}",
        issuer = utf8_percent_encode(ISSUER, LABEL_PART),
        device = utf8_percent_encode(device_name, LABEL_PART),
        account = utf8_percent_encode(account, LABEL_PART),
        secret = utf8_percent_encode(secret_base32, QUERY_VALUE),
        issuer_q = utf8_percent_encode(ISSUER, QUERY_VALUE),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_console_format() {
        assert_eq!(
            otpauth_uri(
                "root-account-mfa-device",
                "123456789012",
                "JBSWY3DPEHPK3PXP"
            ),
            "otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012\
             ?secret=JBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services"
        );
    }

    #[test]
    fn escapes_colons_spaces_and_non_ascii_in_names() {
        let uri = otpauth_uri("my phone: 2", "経理 account&x=1", "AAAA");
        assert!(uri.starts_with("otpauth://totp/Amazon%20Web%20Services:my%20phone%3A%202@"));
        assert!(uri.contains("@%E7%B5%8C%E7%90%86%20account%26x%3D1?secret=AAAA&"));
        // Exactly one unescaped ':' after the scheme, exactly one '?'.
        let after_scheme = &uri["otpauth:".len()..];
        assert_eq!(after_scheme.matches(':').count(), 1);
        assert_eq!(uri.matches('?').count(), 1);
    }
}
