//! The widget's own words (buttons, labels, messages) in Japanese and English.
//!
//! Every string the UI shows comes from here through a typed [`Key`], so a missing translation is
//! a compile error rather than an English word in a Japanese screen. The Japanese is written for
//! someone who is locked out and worried: short sentences, the next action first.

use serde::{Deserialize, Serialize};

/// The reader's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    Ja,
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag for `lang` attributes, so screen readers pick the right voice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Reads a language tag: `ja`, `ja-JP`, `EN-us`, … ; `None` for anything else.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("ja") {
            Some(Lang::Ja)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The other language, for the language switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }
}

macro_rules! catalogue {
    ($($key:ident { en: $en:expr, ja: $ja:expr $(,)? })*) => {
        /// A piece of the widget's chrome.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key),* }

        impl Key {
            /// The text of this key in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $(Key::$key => match lang { Lang::En => $en, Lang::Ja => $ja }),*
                }
            }

            /// Every key, for the completeness test.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }
    };
}

catalogue! {
    WidgetTitle { en: "MFA recovery rehearsal", ja: "MFA 復旧のリハーサル" }
    PracticeBanner {
        en: "Practice screen. Nothing you type leaves this page. Never type a real AWS password, access key or code here.",
        ja: "練習用の画面です。入力した内容はこのページの外へ送られません。本物の AWS のパスワード・アクセスキー・コードは入力しないでください。",
    }
    SwitchLanguage { en: "日本語", ja: "English" }
    SwitchLanguageLabel { en: "Switch to Japanese", ja: "英語に切り替える" }

    PhoneTitle { en: "Your phone: authenticator app", ja: "あなたのスマホ：認証アプリ" }
    CurrentCode { en: "Current code", ja: "現在のコード" }
    CodeTurnsOverIn { en: "New code in", ja: "次のコードまで" }
    SecondsUnit { en: "s", ja: "秒" }
    AppEmptyTitle { en: "No accounts", ja: "アカウントがありません" }
    AppEmptyBody {
        en: "This is what Google Authenticator can look like after a new phone is restored from a backup: the AWS entry is gone, and with it the codes.",
        ja: "新しいスマホをバックアップから復元すると、Google Authenticator がこのように空になることがあります。AWS の項目が消え、コードも出なくなります。",
    }
    ReplacePhone { en: "Replace the phone (restore from backup)", ja: "スマホを機種変更する（バックアップから復元）" }
    ScanQr { en: "Scan the QR code on the console", ja: "コンソールの QR コードを読み取る" }
    RestoreTitle { en: "Restore from your saved secret key", ja: "保存しておいたシークレットキーから復元する" }
    RestoreHint {
        en: "Type or paste the key you saved when you set up MFA. Spaces and lower case are fine.",
        ja: "MFA を設定したときに保存したキーを入力または貼り付けてください。空白や小文字が混ざっていても大丈夫です。",
    }
    RestoreField { en: "Secret key", ja: "シークレットキー" }
    RestoreButton { en: "Restore", ja: "復元する" }
    Restored { en: "Restored. The app shows the same codes as before.", ja: "復元しました。以前と同じコードが表示されます。" }

    ConsoleTitle { en: "Assign MFA device (practice console)", ja: "MFA デバイスの割り当て（練習用コンソール）" }
    ConsoleIntro {
        en: "Scan this QR code with the authenticator app, or type the secret key by hand.",
        ja: "認証アプリでこの QR コードを読み取るか、シークレットキーを手で入力します。",
    }
    QrLabel { en: "QR code for the practice MFA device", ja: "練習用 MFA デバイスの QR コード" }
    ShowSecret { en: "Show secret key", ja: "シークレットキーを表示" }
    HideSecret { en: "Hide secret key", ja: "シークレットキーを隠す" }
    SaveCopy {
        en: "Save a copy of this key somewhere safe, such as printed in a locked drawer or in a password manager. With it you can set up a new phone yourself. AWS asks you to treat it like any other secret.",
        ja: "このキーのコピーを安全な場所に保管してください（印刷して鍵のかかる引き出しへ、またはパスワード管理ソフトへ）。これがあれば、新しいスマホを自分で設定し直せます。AWS はこのキーを他の秘密情報と同じように厳重に扱うよう求めています。",
    }
    ShowUri { en: "Show the otpauth URI", ja: "otpauth URI を表示" }
    HideUri { en: "Hide the otpauth URI", ja: "otpauth URI を隠す" }
    MfaCode1 { en: "MFA code 1", ja: "MFA コード 1" }
    MfaCode2 { en: "MFA code 2", ja: "MFA コード 2" }
    EnrollHint {
        en: "Type the code the app shows now, wait for the next one (up to 30 seconds), type it too, then add the device straight away.",
        ja: "今アプリに出ているコードを入力し、次のコードに切り替わるのを待って（最大 30 秒）それも入力したら、すぐに追加してください。",
    }
    AddMfa { en: "Add MFA", ja: "MFA を追加" }
    Enrolled {
        en: "MFA device assigned. The app and the practice account now agree.",
        ja: "MFA デバイスを割り当てました。アプリと練習用アカウントのコードが一致しています。",
    }
    ErrCode1NotDigits {
        en: "MFA code 1 must be the 6 digits the app shows.",
        ja: "MFA コード 1 には、アプリに表示されている 6 桁の数字を入力してください。",
    }
    ErrCode2NotDigits {
        en: "MFA code 2 must be the 6 digits the app shows.",
        ja: "MFA コード 2 には、アプリに表示されている 6 桁の数字を入力してください。",
    }
    ErrSameCode {
        en: "You typed the same code twice. Wait until the app shows the next code, then type that one as MFA code 2.",
        ja: "同じコードが 2 回入力されています。アプリのコードが切り替わるのを待ち、次に出たコードを MFA コード 2 に入力してください。",
    }
    ErrNotConsecutive {
        en: "Both codes come from this key, but they are not one right after the other. Type the current code, wait for the next one, and type that.",
        ja: "どちらもこのキーのコードですが、連続していません。今のコードを入力し、次に切り替わったコードを続けて入力してください。",
    }
    ErrExpired {
        en: "These codes are a few minutes old. AWS needs them sent right after they appear: type the current code and the next one, then add the device at once.",
        ja: "数分前のコードです。AWS にはコードが出てすぐに送る必要があります。今のコードと次のコードを入力したら、すぐに追加してください。",
    }
    ErrNoMatch {
        en: "These codes do not come from this key. Check that the app shows the account you just scanned, not an old one.",
        ja: "このキーのコードではありません。アプリに表示されているのが、いま読み取ったアカウント（古いものではなく）か確認してください。",
    }
    ErrSecretEmpty { en: "Type the secret key first.", ja: "先にシークレットキーを入力してください。" }
    ErrSecretNotBase32 {
        en: "A secret key uses only the letters A–Z and the digits 2–7. This character cannot be part of one:",
        ja: "シークレットキーに使われるのは英字 A〜Z と数字 2〜7 だけです。次の文字は含まれません：",
    }
    ErrSecretTooShort {
        en: "This key is too short to be an AWS secret key (AWS keys are 64 characters). Check that you copied all of it.",
        ja: "AWS のシークレットキーとしては短すぎます（AWS のキーは 64 文字です）。すべてコピーできているか確認してください。",
    }
    ErrSecretTooLong {
        en: "This is longer than any secret key. Paste only the key itself.",
        ja: "シークレットキーとしては長すぎます。キーの部分だけを貼り付けてください。",
    }
    ErrNoRandomness {
        en: "This browser could not create a random key. Reload the page, or set a seed on the widget.",
        ja: "このブラウザーではランダムなキーを作れませんでした。ページを再読み込みするか、ウィジェットに seed を設定してください。",
    }
    ErrQrTooLong {
        en: "The QR code could not be drawn. Use the secret key instead.",
        ja: "QR コードを表示できませんでした。代わりにシークレットキーを使ってください。",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages() {
        for key in Key::ALL {
            for lang in [Lang::Ja, Lang::En] {
                assert!(
                    !key.text(lang).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
            assert_ne!(
                key.text(Lang::Ja),
                key.text(Lang::En),
                "{key:?} is untranslated"
            );
        }
    }

    #[test]
    fn japanese_text_is_japanese() {
        let is_kana_or_kanji =
            |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}');
        for key in Key::ALL {
            if *key == Key::SwitchLanguage {
                continue; // names the *other* language, in that language
            }
            assert!(
                key.text(Lang::Ja).chars().any(is_kana_or_kanji),
                "{key:?} has no Japanese"
            );
        }
    }

    #[test]
    fn language_tags_parse_loosely() {
        assert_eq!(Lang::parse("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::parse(" EN_us "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
