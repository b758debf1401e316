//! Phone numbers in the form AWS can call: E.164, i.e. `+`, the country code, and the national
//! number without its leading 0, with nothing else in between (`+819012345678`).
//!
//! Why this matters: during self-service MFA recovery AWS calls the account's primary contact
//! number. Two readers (2020, 2022) who had a Japanese number stored as `090-1234-5678` (no `+81`)
//! got 「電話の確認を完了できませんでした。」 and no call, and believed the missing +81 was the
//! cause (fact sheet §1.6: a third-party report, not an AWS statement). AWS's documented format
//! rules: start with `+` and the country code, no leading zeros or spaces after the country code,
//! no symbols, and no toll-free numbers. The words for each problem are in the i18n catalogue.
//!
//! Two questions are answered here:
//! - [`normalise`]: what people type (full-width digits, hyphens of every kind, spaces,
//!   parentheses, `00`/`010` international prefixes, a domestic `0…`) → the E.164 form.
//! - [`check_as_stored`]: would AWS accept this exact string as it is stored on the account,
//!   and if not, what is wrong with it and what it should be.
//!
//! A number that starts with a single `0` is read as a **Japanese** domestic number (+81): this
//! tool is for readers in Japan, and a domestic number carries no country of its own. So the UK
//! number `07911 123456` is *not* turned into `+447911123456`; it is read as Japanese and rejected
//! as too long, with an explanation that foreign numbers must be entered with `+` and their
//! country code. Toll-free numbers are recognised for Japan (0120, 0800) and the North American
//! Numbering Plan (+1 800, 833, 844, 855, 866, 877, 888) only.

use std::fmt;

/// Two-digit ITU-T country codes. Country codes are prefix-free: `1` and `7` are the only
/// one-digit codes, these are the two-digit ones, and every other code has three digits. That is
/// enough to find where the country code ends without a full table of countries.
const TWO_DIGIT_COUNTRY_CODES: [&str; 44] = [
    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
    "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
    "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
];

/// Japan's country code.
pub const JAPAN_COUNTRY_CODE: &str = "81";

/// Beginnings of Japanese national numbers (after the 0 is dropped) that have 10 digits: M2M (20),
/// IP phones (50), UPT (60) and mobiles (70, 80, 90). All other Japanese numbers have 9.
const JAPANESE_TEN_DIGIT_PREFIXES: [&str; 6] = ["20", "50", "60", "70", "80", "90"];

/// Japanese toll-free prefixes without the 0: 0120 and 0800.
const JAPANESE_TOLL_FREE_PREFIXES: [&str; 2] = ["120", "800"];

/// North American toll-free area codes.
const NANP_TOLL_FREE_AREA_CODES: [&str; 7] = ["800", "833", "844", "855", "866", "877", "888"];

/// E.164 allows at most 15 digits including the country code.
const E164_MAX_DIGITS: usize = 15;

/// Fewest digits (with the country code) accepted as a plausible number outside Japan.
const E164_MIN_DIGITS: usize = 7;

/// A phone number in E.164 form: `+`, a country code that does not start with 0, and the
/// national number with no leading 0 (except for Italy, whose landline numbers keep their 0),
/// 7 to 15 digits in all. Only [`normalise`] makes one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct E164(String);

impl E164 {
    /// The canonical text, e.g. `+819012345678`: exactly what to store on the AWS account.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn digits(&self) -> &str {
        self.0.get(1..).unwrap_or("")
    }

    /// The country code without `+`, e.g. `81`.
    pub fn country_code(&self) -> &str {
        let digits = self.digits();
        digits.get(..country_code_len(digits)).unwrap_or("")
    }

    /// The national number after the country code, e.g. `9012345678`.
    pub fn national_number(&self) -> &str {
        let digits = self.digits();
        digits.get(country_code_len(digits)..).unwrap_or("")
    }

    /// Whether this is a Japanese (+81) number.
    pub fn is_japanese(&self) -> bool {
        self.country_code() == JAPAN_COUNTRY_CODE
    }

    /// Spaced out for reading, e.g. `+81 90 1234 5678`, `+81 3 1234 5678`, `+1 202 555 0179`.
    /// Only for display: AWS needs [`E164::as_str`]. Japanese landline area codes vary in
    /// length, so apart from Tokyo (3) and Osaka (6) the grouping assumes a two-digit area code.
    pub fn grouped(&self) -> String {
        let cc = self.country_code();
        let national = self.national_number();
        let sizes: &[usize] = match (cc, national.len()) {
            ("81", 10) => &[2, 4, 4],
            ("81", 9) if national.starts_with('3') || national.starts_with('6') => &[1, 4, 4],
            ("81", 9) => &[2, 3, 4],
            ("1", 10) => &[3, 3, 4],
            _ => &[],
        };
        let mut out = format!("+{cc}");
        let mut rest = national;
        for &size in sizes {
            let (head, tail) = rest.split_at_checked(size).unwrap_or((rest, ""));
            out.push(' ');
            out.push_str(head);
            rest = tail;
        }
        if !rest.is_empty() {
            out.push(' ');
            out.push_str(rest);
        }
        out
    }

    /// The Japanese domestic form with hyphens, e.g. `090-1234-5678`, for a +81 number: the way
    /// a reader in Japan knows their own number. `None` for other countries.
    // Only the tests use this today (the widget shows numbers in the E.164 form).
    #[doc(hidden)]
    pub fn japanese_domestic(&self) -> Option<String> {
        if !self.is_japanese() {
            return None;
        }
        let grouped = self.grouped();
        let national = grouped.strip_prefix("+81 ")?;
        Some(format!("0{}", national.replace(' ', "-")))
    }
}

impl fmt::Display for E164 {
    /// Writes the canonical form (`+819012345678`), the one to store.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why some text could not be turned into an E.164 number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneProblem {
    /// No digits at all.
    Empty,
    /// A character that cannot be part of a phone number: a letter, an emoji, …
    UnexpectedCharacter {
        /// The first such character.
        found: char,
    },
    /// A `+` that is not at the start.
    MisplacedPlus,
    /// `+` (or `00`) followed by 0: no country code starts with 0. Usually a domestic number with
    /// a `+` put in front.
    CountryCodeStartsWithZero {
        /// The number read as a Japanese domestic number instead, if that works.
        suggestion: Option<E164>,
    },
    /// Neither `+`, an international prefix, nor a leading 0, so the country is unknown.
    NoCountryCode,
    /// A toll-free number (Japan 0120/0800, North America 800 etc.): AWS does not accept them.
    TollFree,
    /// Too few digits.
    TooShort {
        /// Judged by Japanese numbering rules (+81, or a domestic number).
        japanese: bool,
    },
    /// Too many digits.
    TooLong {
        /// Judged by Japanese numbering rules (+81, or a domestic number).
        japanese: bool,
    },
}

/// Shows a character the reader can recognise, spelling out invisible ones.
/// A character as a reader can see it in a message (`U+0009` for a tab).
pub fn visible(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    }
}

/// For logs only; the reader sees the catalogue's words (`ui::words::phone_problem`).
impl fmt::Display for PhoneProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for PhoneProblem {}

/// Whether AWS would accept a stored string as it is, and if not, why and what to store instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredCheck {
    /// Already in the exact form AWS needs.
    Ok,
    /// Nothing stored.
    Empty,
    /// No country code: a domestic number such as `090-1234-5678`. The trap behind most failed
    /// Japanese self-service recoveries.
    MissingCountryCode {
        /// The E.164 form, if the number can be read as Japanese.
        suggestion: Option<E164>,
    },
    /// The country code is there but the `+` is not (`0081…`, `81…`).
    MissingPlus {
        /// The E.164 form.
        suggestion: E164,
    },
    /// The domestic 0 was kept after the country code (`+81090…`, `+81 (0)90…`).
    LeadingZeroAfterCountryCode {
        /// The E.164 form.
        suggestion: E164,
    },
    /// Right number, but with spaces, hyphens, parentheses or full-width characters.
    HasSpacesOrSymbols {
        /// The E.164 form.
        suggestion: E164,
    },
    /// A toll-free number.
    TollFree,
    /// Too few digits.
    TooShort {
        /// Judged by Japanese numbering rules.
        japanese: bool,
    },
    /// Too many digits.
    TooLong {
        /// Judged by Japanese numbering rules.
        japanese: bool,
    },
    /// Not a phone number at all (letters, emoji, a `+` in the middle).
    NotAPhoneNumber {
        /// What is wrong with it.
        problem: PhoneProblem,
    },
}

impl StoredCheck {
    /// Whether AWS can call the number as stored.
    pub fn is_ok(&self) -> bool {
        matches!(self, StoredCheck::Ok)
    }

    /// The form to store instead, when there is one.
    pub fn suggestion(&self) -> Option<&E164> {
        match self {
            StoredCheck::MissingCountryCode { suggestion } => suggestion.as_ref(),
            StoredCheck::MissingPlus { suggestion }
            | StoredCheck::LeadingZeroAfterCountryCode { suggestion }
            | StoredCheck::HasSpacesOrSymbols { suggestion } => Some(suggestion),
            _ => None,
        }
    }
}

/// Length of the country code at the start of `digits` (1, 2 or 3; less if `digits` is shorter).
fn country_code_len(digits: &str) -> usize {
    let len = match digits.as_bytes().first() {
        None => 0,
        Some(b'1' | b'7') => 1,
        Some(_) => match digits.get(..2) {
            Some(two) if TWO_DIGIT_COUNTRY_CODES.contains(&two) => 2,
            _ => 3,
        },
    };
    len.min(digits.len())
}

/// How the digits were introduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    /// `+` or `＋`.
    Plus,
    /// An international call prefix, `00` or Japan's `010`.
    International,
    /// A single `0`: a Japanese domestic number.
    Domestic,
    /// Digits only, starting with 1–9.
    Bare,
}

/// What [`analyse`] learnt besides the number, so [`check_as_stored`] can say what was wrong.
struct Analysis {
    number: E164,
    prefix: Prefix,
    /// Zeros were dropped right after the country code (`+81090…`, `+81 (0)90…`).
    dropped_zero_after_country_code: bool,
}

/// Hyphens and dashes people (and Japanese IMEs) type between digit groups.
fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' // ‐ hyphen
            | '\u{2011}' // non-breaking hyphen
            | '\u{2012}' // ‒ figure dash
            | '\u{2013}' // – en dash
            | '\u{2014}' // — em dash
            | '\u{2015}' // ― horizontal bar
            | '\u{2212}' // − minus sign
            | '\u{FE63}' // small hyphen-minus
            | '\u{FF0D}' // － full-width hyphen-minus
            | '\u{30FC}' // ー katakana prolonged sound mark, a common IME slip
            | '\u{FF70}' // ｰ half-width prolonged sound mark
    )
}

/// Spaces, including the invisible ones that copying from web pages and documents brings along
/// (a reader cannot see them, so an error naming them would only confuse).
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\u{A0}' // no-break space
            | '\u{3000}' // ideographic (full-width) space
            | '\u{200B}' // zero-width space
            | '\u{2060}' // word joiner
            | '\u{FEFF}' // byte-order mark / zero-width no-break space
    )
}

/// The ASCII digit for an ASCII or full-width digit.
fn digit_value(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        // Full-width ０–９ are U+FF10–U+FF19, in the same order.
        '\u{FF10}'..='\u{FF19}' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')),
        _ => None,
    }
}

fn analyse(input: &str) -> Result<Analysis, PhoneProblem> {
    let mut digits = String::new();
    let mut plus = false;
    // Digit count when the current '(' opened, to spot a lone trunk "(0)".
    let mut paren_start: Option<usize> = None;
    let mut trunk_zero_in_parens = false;
    for c in input.chars() {
        if let Some(d) = digit_value(c) {
            digits.push(d);
        } else if c == '+' || c == '＋' {
            if plus || !digits.is_empty() {
                return Err(PhoneProblem::MisplacedPlus);
            }
            plus = true;
        } else if c == '(' || c == '（' {
            paren_start = Some(digits.len());
        } else if c == ')' || c == '）' {
            // "+81 (0)90…": a 0 alone in parentheses after the country code is the domestic
            // trunk prefix that the writer meant to be skipped when dialling from abroad.
            if let Some(start) = paren_start.take()
                && start > 0
                && (plus || digits.starts_with("00") || digits.starts_with("010"))
                && digits.get(start..) == Some("0")
            {
                digits.truncate(start);
                trunk_zero_in_parens = true;
            }
        } else if is_hyphen(c) || is_space(c) || c == '.' || c == '．' {
            // Separators carry no meaning.
        } else {
            return Err(PhoneProblem::UnexpectedCharacter { found: c });
        }
    }
    if digits.is_empty() {
        return Err(PhoneProblem::Empty);
    }

    let (prefix, international) = if plus {
        (Prefix::Plus, digits.as_str())
    } else if let Some(rest) = digits.strip_prefix("00") {
        (Prefix::International, rest)
    } else if let Some(rest) = digits.strip_prefix("010") {
        // Japan's international call prefix; no domestic number starts with 010.
        (Prefix::International, rest)
    } else if let Some(national) = digits.strip_prefix('0') {
        let number = japanese_from_national(national)?;
        return Ok(Analysis {
            number,
            prefix: Prefix::Domestic,
            dropped_zero_after_country_code: false,
        });
    } else if digits.starts_with(JAPAN_COUNTRY_CODE) {
        // "819012345678": the +81 form with the '+' forgotten. Any other bare number could be
        // from anywhere (or a Japanese number missing its 0), so it is not guessed.
        (Prefix::Bare, digits.as_str())
    } else {
        return Err(PhoneProblem::NoCountryCode);
    };

    if international.is_empty() {
        return Err(PhoneProblem::TooShort { japanese: false });
    }
    if international.starts_with('0') {
        // "+090…": someone put a '+' in front of a domestic number.
        let suggestion = international
            .strip_prefix('0')
            .and_then(|national| japanese_from_national(national).ok());
        return Err(PhoneProblem::CountryCodeStartsWithZero { suggestion });
    }
    let (cc, after_cc) = international
        .split_at_checked(country_code_len(international))
        .unwrap_or((international, ""));
    // AWS: "remove any leading zeros after the country code". Italy is the exception the rule
    // forgets: its landline numbers keep the 0 in international form (+39 06…).
    let national = if cc == "39" {
        after_cc
    } else {
        after_cc.trim_start_matches('0')
    };
    let dropped_zero = trunk_zero_in_parens || national.len() != after_cc.len();
    let number = if cc == JAPAN_COUNTRY_CODE {
        japanese_from_national(national)?
    } else {
        foreign(cc, national)?
    };
    Ok(Analysis {
        number,
        prefix,
        dropped_zero_after_country_code: dropped_zero,
    })
}

/// A Japanese national number (no leading 0) checked against the Japanese numbering plan.
fn japanese_from_national(national: &str) -> Result<E164, PhoneProblem> {
    if JAPANESE_TOLL_FREE_PREFIXES
        .iter()
        .any(|p| national.starts_with(p))
    {
        return Err(PhoneProblem::TollFree);
    }
    if national.starts_with('0') {
        // Japanese national numbers never start with 0. Only reachable from "+00…", whose
        // reading as a domestic number (for a suggestion) leaves a 0 in front.
        return Err(PhoneProblem::TooLong { japanese: true });
    }
    let expected = if JAPANESE_TEN_DIGIT_PREFIXES
        .iter()
        .any(|p| national.starts_with(p))
    {
        10
    } else {
        9
    };
    match national.len() {
        n if n < expected => Err(PhoneProblem::TooShort { japanese: true }),
        n if n > expected => Err(PhoneProblem::TooLong { japanese: true }),
        _ => Ok(E164(format!("+{JAPAN_COUNTRY_CODE}{national}"))),
    }
}

/// A non-Japanese number: only the generic E.164 limits and NANP toll-free codes are checked.
fn foreign(cc: &str, national: &str) -> Result<E164, PhoneProblem> {
    if cc == "1"
        && NANP_TOLL_FREE_AREA_CODES
            .iter()
            .any(|p| national.starts_with(p))
    {
        return Err(PhoneProblem::TollFree);
    }
    let total = cc.len().saturating_add(national.len());
    if national.is_empty() || total < E164_MIN_DIGITS {
        return Err(PhoneProblem::TooShort { japanese: false });
    }
    if total > E164_MAX_DIGITS {
        return Err(PhoneProblem::TooLong { japanese: false });
    }
    Ok(E164(format!("+{cc}{national}")))
}

/// Turns what a person typed into the E.164 form AWS needs.
///
/// Accepted: ASCII or full-width digits; hyphens and dashes of every kind (including `ー`, which
/// Japanese IMEs often produce); spaces including the ideographic space U+3000; parentheses and
/// dots; a leading `+` or `＋`; the `00` or `010` international prefixes; a domestic number with
/// its leading 0 (read as Japanese, see the module docs); `+81 (0)90…` and `+81090…`, whose 0
/// after the country code is dropped ([`check_as_stored`] reports that it was there).
///
/// # Errors
///
/// A [`PhoneProblem`] when the text is not a number AWS could call: no digits, a stray character,
/// an unknown country, a toll-free number, or the wrong number of digits.
pub fn normalise(input: &str) -> Result<E164, PhoneProblem> {
    analyse(input).map(|a| a.number)
}

/// Would AWS accept `stored` exactly as it is, with no clean-up? If not, says what is wrong and,
/// where possible, what to store instead. When several things are wrong, the one that stops the
/// call is reported first: an invalid number before a missing country code, that before a kept 0,
/// that before stray spaces or symbols.
pub fn check_as_stored(stored: &str) -> StoredCheck {
    match analyse(stored) {
        Ok(a) if a.number.as_str() == stored => StoredCheck::Ok,
        Ok(a) => match a.prefix {
            Prefix::Domestic => StoredCheck::MissingCountryCode {
                suggestion: Some(a.number),
            },
            Prefix::International | Prefix::Bare => StoredCheck::MissingPlus {
                suggestion: a.number,
            },
            Prefix::Plus if a.dropped_zero_after_country_code => {
                StoredCheck::LeadingZeroAfterCountryCode {
                    suggestion: a.number,
                }
            }
            Prefix::Plus => StoredCheck::HasSpacesOrSymbols {
                suggestion: a.number,
            },
        },
        Err(PhoneProblem::Empty) => StoredCheck::Empty,
        Err(PhoneProblem::CountryCodeStartsWithZero { suggestion }) => {
            StoredCheck::MissingCountryCode { suggestion }
        }
        Err(PhoneProblem::NoCountryCode) => StoredCheck::MissingCountryCode { suggestion: None },
        Err(PhoneProblem::TollFree) => StoredCheck::TollFree,
        Err(PhoneProblem::TooShort { japanese }) => StoredCheck::TooShort { japanese },
        Err(PhoneProblem::TooLong { japanese }) => StoredCheck::TooLong { japanese },
        Err(problem @ (PhoneProblem::UnexpectedCharacter { .. } | PhoneProblem::MisplacedPlus)) => {
            StoredCheck::NotAPhoneNumber { problem }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn country_code_lengths() {
        assert_eq!(country_code_len("819012345678"), 2);
        assert_eq!(country_code_len("12025550179"), 1);
        assert_eq!(country_code_len("74951234567"), 1);
        assert_eq!(country_code_len("447911123456"), 2);
        assert_eq!(country_code_len("85212345678"), 3);
        assert_eq!(country_code_len("35312345678"), 3);
        assert_eq!(country_code_len("8"), 1);
        assert_eq!(country_code_len(""), 0);
    }

    #[test]
    fn full_width_digits_map_to_ascii() {
        assert_eq!(digit_value('０'), Some('0'));
        assert_eq!(digit_value('９'), Some('9'));
        assert_eq!(digit_value('٣'), None);
    }
}
