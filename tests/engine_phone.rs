//! Phone numbers as people type them → the E.164 form AWS calls, and what is wrong with a number
//! as it is stored on the account.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mfa_rescue::engine::phone::{E164, PhoneProblem, StoredCheck, check_as_stored, normalise};
use mfa_rescue::i18n::{Lang, Tr};
use mfa_rescue::ui::words;

/// The reader's words for a problem, from the catalogue (as the widget shows them).
trait Explain {
    fn explain_ja(&self) -> String;
    fn explain_en(&self) -> String;
}

impl Explain for PhoneProblem {
    fn explain_ja(&self) -> String {
        words::phone_problem(self, Tr::plain(Lang::Ja))
    }
    fn explain_en(&self) -> String {
        words::phone_problem(self, Tr::plain(Lang::En))
    }
}

impl Explain for StoredCheck {
    fn explain_ja(&self) -> String {
        words::stored_check(self, Tr::plain(Lang::Ja))
    }
    fn explain_en(&self) -> String {
        words::stored_check(self, Tr::plain(Lang::En))
    }
}

fn e164(input: &str) -> String {
    match normalise(input) {
        Ok(n) => n.as_str().to_string(),
        Err(p) => panic!("{input:?} should normalise, got {p:?}"),
    }
}

fn number(s: &str) -> E164 {
    normalise(s).expect("valid number")
}

// --- normalise: what people type ----------------------------------------------------------------

#[test]
fn japanese_mobile_with_hyphens() {
    assert_eq!(e164("090-1234-5678"), "+819012345678");
    assert_eq!(e164("09012345678"), "+819012345678");
    assert_eq!(e164("080 1234 5678"), "+818012345678");
    assert_eq!(e164("070.1234.5678"), "+817012345678");
    assert_eq!(e164("050-1234-5678"), "+815012345678");
}

#[test]
fn full_width_digits_and_hyphens() {
    assert_eq!(e164("０９０－１２３４－５６７８"), "+819012345678");
    assert_eq!(e164("０９０ー１２３４ー５６７８"), "+819012345678");
    assert_eq!(e164("＋８１　９０　１２３４　５６７８"), "+819012345678");
}

#[test]
fn every_kind_of_hyphen_and_space() {
    for sep in [
        "-", "‐", "‑", "‒", "–", "—", "―", "−", "－", "ー", "ｰ", " ", "\u{3000}", "\u{a0}", ".",
    ] {
        let input = format!("090{sep}1234{sep}5678");
        assert_eq!(e164(&input), "+819012345678", "{input:?}");
    }
}

#[test]
fn invisible_characters_from_copy_and_paste_are_ignored() {
    assert_eq!(e164("\u{feff}090\u{200b}1234\u{2060}5678"), "+819012345678");
    assert!(matches!(
        check_as_stored("\u{200b}+819012345678"),
        StoredCheck::HasSpacesOrSymbols { .. }
    ));
}

#[test]
fn international_forms_with_plus() {
    assert_eq!(e164("+81 90 1234 5678"), "+819012345678");
    assert_eq!(e164("+81-90-1234-5678"), "+819012345678");
    assert_eq!(e164("+819012345678"), "+819012345678");
    assert_eq!(e164("+81 3 1234 5678"), "+81312345678");
}

#[test]
fn international_call_prefixes() {
    assert_eq!(e164("0081901234567 8"), "+819012345678");
    assert_eq!(e164("00 81 90 1234 5678"), "+819012345678");
    // 010 is Japan's own international prefix.
    assert_eq!(e164("010-81-90-1234-5678"), "+819012345678");
    assert_eq!(e164("010 1 202 555 0179"), "+12025550179");
}

#[test]
fn trunk_zero_after_the_country_code_is_dropped() {
    assert_eq!(e164("+81 (0)90 1234 5678"), "+819012345678");
    assert_eq!(e164("+81（0）90-1234-5678"), "+819012345678");
    assert_eq!(e164("+810901234 5678"), "+819012345678");
    assert_eq!(e164("+81-090-1234-5678"), "+819012345678");
    assert_eq!(e164("+44 (0)7911 123456"), "+447911123456");
}

#[test]
fn japanese_landline_in_parentheses() {
    assert_eq!(e164("(03) 1234-5678"), "+81312345678");
    assert_eq!(e164("（０３）１２３４－５６７８"), "+81312345678");
    assert_eq!(e164("06-1234-5678"), "+81612345678");
    assert_eq!(e164("045-123-4567"), "+81451234567");
    assert_eq!(e164("0422-12-3456"), "+81422123456");
}

#[test]
fn the_plus_81_form_with_the_plus_forgotten() {
    assert_eq!(e164("819012345678"), "+819012345678");
    assert_eq!(e164("81 90 1234 5678"), "+819012345678");
}

#[test]
fn other_countries() {
    assert_eq!(e164("+1 202 555 0179"), "+12025550179");
    assert_eq!(e164("+1 (202) 555-0179"), "+12025550179");
    assert_eq!(e164("+44 7911 123456"), "+447911123456");
    assert_eq!(e164("+852 1234 5678"), "+85212345678");
    // Italy keeps its 0 in international form.
    assert_eq!(e164("+39 06 1234 5678"), "+390612345678");
}

#[test]
fn domestic_numbers_are_assumed_japanese_even_if_they_are_british() {
    // 07911 123456 is a UK mobile written the UK way; read as Japanese it has too many digits.
    assert_eq!(
        normalise("07911 123456"),
        Err(PhoneProblem::TooLong { japanese: true })
    );
    let explanation = PhoneProblem::TooLong { japanese: true }.explain_en();
    assert!(explanation.contains("+447911123456"), "{explanation}");
}

#[test]
fn toll_free_numbers_are_refused() {
    for input in [
        "0120-123-456",
        "0120123456",
        "０１２０－１２３－４５６",
        "0800-123-4567",
        "+81 120 123 456",
        "+81-120-123-456",
        "+81 800 123 4567",
        "+81 (0)120 123 456",
        "0081 120 123 456",
        "+1 800 555 0199",
        "+1 888 555 0199",
    ] {
        assert_eq!(normalise(input), Err(PhoneProblem::TollFree), "{input}");
    }
    // A mobile starting 080 is not toll-free 0800.
    assert_eq!(e164("080-1234-5678"), "+818012345678");
}

#[test]
fn japanese_lengths() {
    use PhoneProblem::{TooLong, TooShort};
    assert_eq!(normalise("090-1234-567"), Err(TooShort { japanese: true }));
    assert_eq!(normalise("090-1234-56789"), Err(TooLong { japanese: true }));
    assert_eq!(normalise("03-1234-567"), Err(TooShort { japanese: true }));
    assert_eq!(normalise("03-1234-56789"), Err(TooLong { japanese: true }));
    assert_eq!(
        normalise("+81 90 1234 567"),
        Err(TooShort { japanese: true })
    );
    assert_eq!(normalise("0"), Err(TooShort { japanese: true }));
    assert_eq!(normalise("+81"), Err(TooShort { japanese: true }));
}

#[test]
fn other_country_lengths() {
    use PhoneProblem::{TooLong, TooShort};
    assert_eq!(normalise("+44 1234"), Err(TooShort { japanese: false }));
    assert_eq!(normalise("+1"), Err(TooShort { japanese: false }));
    assert_eq!(normalise("+"), Err(PhoneProblem::Empty));
    assert_eq!(normalise("00"), Err(TooShort { japanese: false }));
    // 16 digits: one over the E.164 limit.
    assert_eq!(
        normalise("+44 1234 5678 9012 34"),
        Err(TooLong { japanese: false })
    );
    assert_eq!(e164("+44 1234 5678 9012 3"), "+441234567890123");
    // Seven digits with the country code is the plausible minimum.
    assert_eq!(e164("+44 12345"), "+4412345");
}

#[test]
fn things_that_are_not_phone_numbers() {
    assert_eq!(normalise(""), Err(PhoneProblem::Empty));
    assert_eq!(normalise("   "), Err(PhoneProblem::Empty));
    assert_eq!(normalise("- ( ) ."), Err(PhoneProblem::Empty));
    assert_eq!(
        normalise("090-abcd-5678"),
        Err(PhoneProblem::UnexpectedCharacter { found: 'a' })
    );
    assert_eq!(
        normalise("TEL 090-1234-5678"),
        Err(PhoneProblem::UnexpectedCharacter { found: 'T' })
    );
    assert_eq!(
        normalise("090-1234-5678 📱"),
        Err(PhoneProblem::UnexpectedCharacter { found: '📱' })
    );
    assert_eq!(normalise("81+90"), Err(PhoneProblem::MisplacedPlus));
    assert_eq!(
        normalise("++819012345678"),
        Err(PhoneProblem::MisplacedPlus)
    );
    assert_eq!(normalise("9012345678"), Err(PhoneProblem::NoCountryCode));
    assert_eq!(normalise("2025550179"), Err(PhoneProblem::NoCountryCode));
    assert_eq!(
        normalise("+090-1234-5678"),
        Err(PhoneProblem::CountryCodeStartsWithZero {
            suggestion: Some(number("+819012345678"))
        })
    );
}

#[test]
fn random_unicode_never_panics() {
    let samples = [
        "🙂",
        "👨‍👩‍👧‍👦",
        "\u{0}",
        "\u{FEFF}090",
        "e\u{301}",
        "٠٩٠١٢٣٤٥٦٧٨",
        "〇九〇",
        "①②③",
        "+８１（０）９０",
        "((((((",
        "))))))0",
        "+(0)",
        "(0)",
        "+81 (0",
        "+81 0)",
        "+81 (00) 90 1234 5678",
        "\u{10FFFF}",
        "𝟘𝟡𝟘",
        "ｰ－ー",
        "+＋",
        "＋",
    ];
    for s in samples {
        let _ = normalise(s);
        let check = check_as_stored(s);
        assert!(!check.explain_ja().is_empty());
        assert!(!check.explain_en().is_empty());
    }
    // Every character from a spread of the Unicode range, alone and inside a number.
    let mut cp = 0u32;
    while cp <= 0x10FFFF {
        if let Some(c) = char::from_u32(cp) {
            let _ = normalise(&c.to_string());
            let _ = check_as_stored(&format!("+81 90{c}1234 5678"));
        }
        cp += 97;
    }
    // A very long input.
    let long = "9".repeat(100_000);
    assert_eq!(
        normalise(&format!("+{long}")),
        Err(PhoneProblem::TooLong { japanese: false })
    );
}

// --- the E164 type ------------------------------------------------------------------------------

#[test]
fn e164_parts_and_display_forms() {
    let n = number("090-1234-5678");
    assert_eq!(n.as_str(), "+819012345678");
    assert_eq!(n.to_string(), "+819012345678");
    assert_eq!(n.country_code(), "81");
    assert_eq!(n.national_number(), "9012345678");
    assert!(n.is_japanese());
    assert_eq!(n.grouped(), "+81 90 1234 5678");
    assert_eq!(n.japanese_domestic().as_deref(), Some("090-1234-5678"));

    let tokyo = number("03-1234-5678");
    assert_eq!(tokyo.grouped(), "+81 3 1234 5678");
    assert_eq!(tokyo.japanese_domestic().as_deref(), Some("03-1234-5678"));
    assert_eq!(number("045-123-4567").grouped(), "+81 45 123 4567");

    let us = number("+1 202 555 0179");
    assert_eq!(us.country_code(), "1");
    assert_eq!(us.grouped(), "+1 202 555 0179");
    assert_eq!(us.japanese_domestic(), None);

    let uk = number("+44 7911 123456");
    assert_eq!(uk.country_code(), "44");
    assert_eq!(uk.grouped(), "+44 7911123456");
    assert_eq!(number("+852 1234 5678").country_code(), "852");
}

// --- check_as_stored: would AWS accept it as it is? ---------------------------------------------

#[test]
fn correct_e164_is_accepted_as_stored() {
    assert_eq!(check_as_stored("+819012345678"), StoredCheck::Ok);
    assert_eq!(check_as_stored("+81312345678"), StoredCheck::Ok);
    assert_eq!(check_as_stored("+12025550179"), StoredCheck::Ok);
    assert_eq!(check_as_stored("+447911123456"), StoredCheck::Ok);
    assert!(check_as_stored("+819012345678").is_ok());
}

#[test]
fn domestic_number_without_plus_81_is_the_classic_trap() {
    let check = check_as_stored("090-1234-5678");
    assert_eq!(
        check,
        StoredCheck::MissingCountryCode {
            suggestion: Some(number("+819012345678"))
        }
    );
    assert_eq!(check.suggestion().map(E164::as_str), Some("+819012345678"));
    let ja = check.explain_ja();
    assert!(ja.contains("+81"), "{ja}");
    assert!(ja.contains("+819012345678"), "{ja}");
    assert!(check.explain_en().contains("+819012345678"));
    // Without hyphens it is still missing the country code.
    assert!(matches!(
        check_as_stored("09012345678"),
        StoredCheck::MissingCountryCode {
            suggestion: Some(_)
        }
    ));
}

#[test]
fn plus_in_front_of_a_domestic_number_is_a_missing_country_code() {
    assert_eq!(
        check_as_stored("+09012345678"),
        StoredCheck::MissingCountryCode {
            suggestion: Some(number("+819012345678"))
        }
    );
}

#[test]
fn bare_number_of_unknown_country() {
    assert_eq!(
        check_as_stored("2025550179"),
        StoredCheck::MissingCountryCode { suggestion: None }
    );
}

#[test]
fn country_code_without_plus() {
    for stored in ["819012345678", "00819012345678", "0081-90-1234-5678"] {
        assert_eq!(
            check_as_stored(stored),
            StoredCheck::MissingPlus {
                suggestion: number("+819012345678")
            },
            "{stored}"
        );
    }
}

#[test]
fn leading_zero_after_country_code() {
    for stored in ["+8109012345678", "+81 (0)90 1234 5678", "+81-090-1234-5678"] {
        let check = check_as_stored(stored);
        assert_eq!(
            check,
            StoredCheck::LeadingZeroAfterCountryCode {
                suggestion: number("+819012345678")
            },
            "{stored}"
        );
        assert!(check.explain_ja().contains("+819012345678"));
        assert!(check.explain_ja().contains('0'));
    }
    // Italy's 0 is part of the number.
    assert_eq!(check_as_stored("+390612345678"), StoredCheck::Ok);
}

#[test]
fn spaces_symbols_and_full_width_characters() {
    for stored in [
        "+81 90 1234 5678",
        "+81-90-1234-5678",
        "+819012345678 ",
        " +819012345678",
        "＋８１９０１２３４５６７８",
        "+81９０１２３４５６７８",
    ] {
        assert_eq!(
            check_as_stored(stored),
            StoredCheck::HasSpacesOrSymbols {
                suggestion: number("+819012345678")
            },
            "{stored:?}"
        );
    }
    assert_eq!(
        check_as_stored("+1 (202) 555-0179"),
        StoredCheck::HasSpacesOrSymbols {
            suggestion: number("+12025550179")
        }
    );
}

#[test]
fn invalid_stored_numbers() {
    assert_eq!(check_as_stored(""), StoredCheck::Empty);
    assert_eq!(check_as_stored("0120-123-456"), StoredCheck::TollFree);
    assert_eq!(check_as_stored("+81120123456"), StoredCheck::TollFree);
    assert_eq!(
        check_as_stored("+8190123456"),
        StoredCheck::TooShort { japanese: true }
    );
    assert_eq!(
        check_as_stored("+81901234567890"),
        StoredCheck::TooLong { japanese: true }
    );
    assert_eq!(
        check_as_stored("+1234567890123456"),
        StoredCheck::TooLong { japanese: false }
    );
    assert_eq!(
        check_as_stored("none"),
        StoredCheck::NotAPhoneNumber {
            problem: PhoneProblem::UnexpectedCharacter { found: 'n' }
        }
    );
    assert_eq!(check_as_stored("0120-123-456").suggestion(), None);
}

// --- explanations -------------------------------------------------------------------------------

#[test]
fn every_problem_has_both_explanations() {
    let problems = [
        PhoneProblem::Empty,
        PhoneProblem::UnexpectedCharacter { found: 'x' },
        PhoneProblem::UnexpectedCharacter { found: '\u{0}' },
        PhoneProblem::MisplacedPlus,
        PhoneProblem::CountryCodeStartsWithZero { suggestion: None },
        PhoneProblem::CountryCodeStartsWithZero {
            suggestion: Some(number("+819012345678")),
        },
        PhoneProblem::NoCountryCode,
        PhoneProblem::TollFree,
        PhoneProblem::TooShort { japanese: true },
        PhoneProblem::TooShort { japanese: false },
        PhoneProblem::TooLong { japanese: true },
        PhoneProblem::TooLong { japanese: false },
    ];
    for p in &problems {
        let ja = p.explain_ja();
        let en = p.explain_en();
        assert!(ja.ends_with('。'), "{ja}");
        assert!(en.ends_with('.') || en.ends_with(')'), "{en}");
    }
    // Invisible characters are named, not printed.
    assert!(
        PhoneProblem::UnexpectedCharacter { found: '\u{0}' }
            .explain_ja()
            .contains("U+0000")
    );
    assert!(
        PhoneProblem::CountryCodeStartsWithZero {
            suggestion: Some(number("+819012345678"))
        }
        .explain_ja()
        .contains("+819012345678")
    );
}

#[test]
fn every_stored_check_has_both_explanations() {
    let n = number("+819012345678");
    let checks = [
        StoredCheck::Ok,
        StoredCheck::Empty,
        StoredCheck::MissingCountryCode {
            suggestion: Some(n.clone()),
        },
        StoredCheck::MissingCountryCode {
            suggestion: Some(number("+12025550179")),
        },
        StoredCheck::MissingCountryCode { suggestion: None },
        StoredCheck::MissingPlus {
            suggestion: n.clone(),
        },
        StoredCheck::LeadingZeroAfterCountryCode {
            suggestion: n.clone(),
        },
        StoredCheck::HasSpacesOrSymbols {
            suggestion: n.clone(),
        },
        StoredCheck::TollFree,
        StoredCheck::TooShort { japanese: true },
        StoredCheck::TooLong { japanese: false },
        StoredCheck::NotAPhoneNumber {
            problem: PhoneProblem::MisplacedPlus,
        },
    ];
    for c in &checks {
        assert!(c.explain_ja().ends_with('。'), "{}", c.explain_ja());
        assert!(!c.explain_en().is_empty());
        if let Some(s) = c.suggestion() {
            assert!(c.explain_ja().contains(s.as_str()));
            assert!(c.explain_en().contains(s.as_str()));
        }
    }
}
