//! The widget's own words (buttons, labels, messages) in Japanese and English.
//!
//! Every string the UI shows comes from here through a typed [`Key`], so a missing translation is
//! a compile error rather than an English word in a Japanese screen. The Japanese is written for
//! someone who is locked out and worried: short sentences, the next action first.

/// The reader's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
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

pub mod labels;
mod overrides;
pub use overrides::{Overrides, Tr};

/// `text` with each `{name}` replaced by its value.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(text.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

/// The `{name}` placeholders in `text`, in order, each once (a name is ASCII letters).
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = rest.get(open + 1..).unwrap_or_default();
        match after.find('}') {
            Some(close) => {
                let name = after.get(..close).unwrap_or_default();
                if !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_alphanumeric())
                    && !found.contains(&name)
                {
                    found.push(name);
                }
                rest = after.get(close + 1..).unwrap_or_default();
            }
            None => break,
        }
    }
    found
}

macro_rules! catalogue {
    ($($key:ident { en: $en:expr, ja: $ja:expr $(,)? })*) => {
        /// A piece of the widget's chrome.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key),* }

        /// Every key's text, `[Japanese, English]`, in the order of [`Key`]: a table rather
        /// than a `match`, so the wasm holds data instead of code.
        const TEXTS: &[[&str; 2]] = &[$([$ja, $en]),*];
        /// Every key's name, as hosts write it in `src-strings` and `dist/strings.json` lists it.
        const NAMES: &[&str] = &[$(stringify!($key)),*];

        impl Key {
            /// The text of this key in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                let [ja, en] = TEXTS.get(self as usize).copied().unwrap_or_default();
                match lang {
                    Lang::Ja => ja,
                    Lang::En => en,
                }
            }

            /// Every key, for the completeness test.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            /// The key's stable name (`"OutcomeBlocked"`): what hosts write in `src-strings`.
            pub fn name(self) -> &'static str {
                NAMES.get(self as usize).copied().unwrap_or_default()
            }

            /// The key with this name.
            pub fn from_name(name: &str) -> Option<Key> {
                NAMES.iter().position(|n| *n == name).and_then(|i| Key::ALL.get(i).copied())
            }

            /// The text in `lang` with its `{name}` placeholders filled in.
            pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
                fill(self.text(lang), values)
            }

            /// The `{name}` placeholders the key's text may use: those of either language (a
            /// language may leave one out: English moments name no month).
            pub fn placeholders(self) -> Vec<&'static str> {
                let mut all = placeholders(self.text(Lang::Ja));
                for p in placeholders(self.text(Lang::En)) {
                    if !all.contains(&p) {
                        all.push(p);
                    }
                }
                all
            }
        }
    };
}

catalogue! {
    WidgetTitle { en: "MFA recovery rehearsal", ja: "MFA 復旧のリハーサル" }
    // Shown by mfa-rescue.js in the box until the first step is there, before the wasm and this
    // catalogue have loaded: it carries a copy, which tests/package/drift.test.mjs keeps equal.
    Loading { en: "Loading the MFA recovery rehearsal…", ja: "MFA 復旧のリハーサルを読み込んでいます…" }
    PracticeBanner {
        en: "Practice screen. Nothing you type leaves this page. Never type a real AWS password, access key or code here.",
        ja: "練習用の画面です。入力した内容はこのページの外へ送られません。本物の AWS のパスワード・アクセスキー・コードは入力しないでください。",
    }
    CredentialRefused {
        en: "This is a practice screen. Never type a real access key or password here. What you entered has been cleared.",
        ja: "これは練習用の画面です。本物のアクセスキーやパスワードは絶対に入力しないでください。入力された内容は消去しました。",
    }
    SwitchLanguage { en: "日本語", ja: "English" }
    SwitchLanguageLabel { en: "Switch to Japanese", ja: "英語に切り替える" }

    PhoneTitle { en: "Your phone", ja: "あなたのスマホ" }
    AppTitle { en: "Authenticator app", ja: "認証アプリ" }
    CurrentCode { en: "Current code", ja: "現在のコード" }
    CodeTurnsOverIn { en: "New code in", ja: "次のコードまで" }
    SecondsUnit { en: "s", ja: "秒" }
    AppEmptyTitle { en: "No accounts", ja: "アカウントがありません" }
    AppEmptyBody {
        en: "What an authenticator app without cloud sync looks like after a new phone is restored from a backup (as in readers' reports from 2014–2022): the AWS entry is gone, and with it the codes. Since 2023 Google Authenticator can sync with a Google Account; if sync was on, signing in to it on the new phone may bring the codes back.",
        ja: "クラウド同期を使っていない認証アプリは、新しいスマホをバックアップから復元すると、このように空になることがあります（2014〜2022 年の体験記事の例）。AWS の項目もコードも消えます。Google Authenticator は 2023 年から Google アカウントと同期できるので、同期をオンにしていたなら、新しいスマホで同じアカウントにログインすると戻ることがあります。",
    }
    ReplacePhone { en: "Replace the phone (restore from backup)", ja: "スマホを機種変更する（バックアップから復元）" }
    ScanQr { en: "Scan the QR code on the console", ja: "コンソールの QR コードを読み取る" }
    RestoreTitle { en: "Restore from the practice key", ja: "練習用のシークレットキーから復元する" }
    RestoreHint {
        en: "Only a practice key this rehearsal showed you works here (the prevention rehearsal shows one). Never type or paste a real AWS key into a practice screen.",
        ja: "使えるのは、この練習で表示された練習用のキーだけです（「予防」の練習で表示されます）。本物の AWS のキーは、練習用の画面に絶対に入力・貼り付けしないでください。",
    }
    RestoreField { en: "Secret key", ja: "シークレットキー" }
    RestoreButton { en: "Restore", ja: "復元する" }
    Restored { en: "Restored. The app shows the same codes as before.", ja: "復元しました。以前と同じコードが表示されます。" }
    ErrNotPracticeKey {
        en: "This is not a practice key from this rehearsal, so nothing was restored. If it was a real AWS key: it was not used or kept, and the field is cleared. Never type a real key into a practice screen.",
        ja: "この練習で表示したキーではないため、復元していません。本物の AWS のキーだった場合も、使ったり保存したりはしていません（入力欄は消去しました）。練習用の画面に本物のキーは絶対に入力しないでください。",
    }

    ConsoleTitle { en: "Practice console", ja: "練習用コンソール" }
    ConsoleIntro {
        en: "Scan this QR code with the authenticator app, or type the secret key by hand. It is a practice code: a real app files it under “mfa-rescue PRACTICE”, never under Amazon Web Services.",
        ja: "認証アプリでこの QR コードを読み取るか、シークレットキーを手で入力します。これは練習用のコードです。本物のアプリで読み取っても「mfa-rescue PRACTICE」として登録され、Amazon Web Services の項目にはなりません。",
    }
    AwsQrHolds {
        en: "AWS's own QR code holds the same kind of address with “Amazon Web Services” as the issuer:",
        ja: "AWS の本物の QR コードには、発行元が「Amazon Web Services」の同じ形式のアドレスが入っています：",
    }
    QrLabel { en: "QR code for the practice MFA device", ja: "練習用 MFA デバイスの QR コード" }
    ShowSecret { en: "Show secret key", ja: "シークレットキーを表示" }
    HideSecret { en: "Hide secret key", ja: "シークレットキーを隠す" }
    SaveCopy {
        en: "For a real device, save a copy of its key somewhere safe (printed, in a locked drawer, or in a password manager): with it you can set up a new phone yourself, and AWS asks you to treat it like any other secret. This one is a practice key: in this rehearsal it is the only key the phone's restore form accepts.",
        ja: "本物のデバイスでは、このキーのコピーを安全な場所に保管しておくと（印刷して鍵のかかる引き出しへ、またはパスワード管理ソフトへ）、新しいスマホを自分で設定し直せます。AWS はこのキーを他の秘密情報と同じように厳重に扱うよう求めています。これは練習用のキーです。この練習では、スマホの復元フォームに使えるのはこのキーだけです。",
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
        en: "These codes have timed out. Type the code the app shows now, wait for the next one, type it, and choose Add MFA straight away.",
        ja: "コードの有効時間が過ぎました。今アプリに出ているコードを入れ、次のコードに変わったらそれも入れて、すぐに「MFA を追加」を押してください。",
    }
    ErrNoMatch {
        en: "These codes are not from this device. In the app, use the entry you just scanned: the one with this device's name.",
        ja: "このデバイスのコードではありません。アプリでは、いま読み取った項目（このデバイス名が入ったもの）のコードを使ってください。",
    }
    // Dates, times and durations: the one place their words live (see ui::words).
    WeekdayMon { en: "Monday", ja: "月" }
    WeekdayTue { en: "Tuesday", ja: "火" }
    WeekdayWed { en: "Wednesday", ja: "水" }
    WeekdayThu { en: "Thursday", ja: "木" }
    WeekdayFri { en: "Friday", ja: "金" }
    WeekdaySat { en: "Saturday", ja: "土" }
    WeekdaySun { en: "Sunday", ja: "日" }
    MonthJan { en: "Jan", ja: "1月" }
    MonthFeb { en: "Feb", ja: "2月" }
    MonthMar { en: "Mar", ja: "3月" }
    MonthApr { en: "Apr", ja: "4月" }
    MonthMay { en: "May", ja: "5月" }
    MonthJun { en: "Jun", ja: "6月" }
    MonthJul { en: "Jul", ja: "7月" }
    MonthAug { en: "Aug", ja: "8月" }
    MonthSep { en: "Sep", ja: "9月" }
    MonthOct { en: "Oct", ja: "10月" }
    MonthNov { en: "Nov", ja: "11月" }
    MonthDec { en: "Dec", ja: "12月" }
    DateLine { en: "{weekday} {day} {month}", ja: "{month}{day}日（{weekday}）" }
    MomentJst { en: "{weekday} {time}", ja: "{month}{day}日（{weekday}）{time}" }
    DurationMinutes { en: "{m} min", ja: "{m} 分" }
    DurationHours { en: "{h} h", ja: "{h} 時間" }
    DurationHoursMinutes { en: "{h} h {m} min", ja: "{h} 時間 {m} 分" }

    // The decision helper's verdicts (engine::decide), filled in by ui::words.
    VerdictJapaneseOpen {
        en: "It is {now} in Japan: Japanese support is open until 18:00 (another {left}). You can choose Japanese.",
        ja: "日本時間は今 {now}。日本語サポートの受付時間内です（18:00 まで、あと {left}）。日本語を選べます。",
    }
    VerdictEnglish {
        en: "It is {now} in Japan. {why}Japanese support opens {opens}, in {wait}: if you are in a hurry, choose English. Readers reported the first mail about 10 minutes after asking and the case solved in about 20 (2022), or a call within 15 minutes (around 2017).{assumed}",
        ja: "日本時間は今 {now}。{why}日本語サポートが開くのは {opens}、{wait}後です。急ぐなら英語を選んでください。英語の場合、メールまで約 10 分・解決まで約 20 分（2022 年）、電話まで 15 分弱（2017 年頃）という体験記事があります。{assumed}",
    }
    ClosedHoliday { en: "Today is a public holiday ({name}). ", ja: "今日は祝日（{name}）です。" }
    ClosedWeekend { en: "It is the weekend. ", ja: "今日は週末です。" }
    ClosedHours { en: "It is outside Japanese support hours. ", ja: "受付時間外です。" }
    HolidayAssumed {
        en: " (Assuming holidays are closed too; the sources only say \"weekdays\".)",
        ja: "（祝日も休みと仮定しています。資料は「平日」としか書いていません。）",
    }
    VerdictWaitForMail {
        en: "No verification mail yet. If it does not arrive, check spam, then choose \"Resend the email\".",
        ja: "確認メールはまだ届いていません。届かなければ迷惑メールフォルダーを確認し、「E メールを再送信」を押してください。",
    }
    VerdictLinkUsed {
        en: "The link has been used. Go on with the next step on the screen.",
        ja: "リンクは使用済みです。画面の次のステップに進んでください。",
    }
    VerdictLinkExpired {
        en: "The link expired at {time} JST. Resend the email and use the new link. {note}",
        ja: "リンクの期限（{time}）が過ぎました。メールを再送信して、新しいリンクを使ってください。{note}",
    }
    VerdictClickNow {
        en: "Open the link in the mail now: it stops working in {left} (at {time} JST). {note}",
        ja: "今すぐメールのリンクを開いてください。あと {left}（{time} まで）で使えなくなります。{note}",
    }
    VerdictClickNowNoExpiry { en: "Open the link in the mail.", ja: "メールのリンクを開いてください。" }
    VerdictCallWillWork {
        en: "The stored number {stored} is in the form AWS asks for: +, the country code, no leading 0.",
        ja: "登録されている電話番号 {stored} は、AWS の案内どおりの形（+ と国番号から始まり、先頭の 0 がない）です。",
    }
    VerdictFixPhone {
        en: "The stored number “{stored}” is not in the form AWS asks for, and readers who had it stored like this got no call (reports from 2020 and 2022). {explain}",
        ja: "登録されている電話番号「{stored}」は、AWS の案内どおりの形ではありません。この形のままで電話が来なかったという体験記事があります（2020 年・2022 年）。{explain}",
    }

    // What is wrong with a stored or typed phone number (engine::phone), by ui::words.
    StoredOk {
        en: "This is the form AWS asks for. (Whether it is really your number is for you to check.)",
        ja: "AWS の案内どおりの形です（番号そのものが合っているかは、ご自身で確かめてください）。",
    }
    StoredEmpty {
        en: "No phone number is stored. Store one that can take calls from AWS, such as +819012345678.",
        ja: "電話番号が登録されていません。AWS から電話を受けられる番号（例：+819012345678）を登録してください。",
    }
    StoredNoPlus81 {
        en: "The country code +81 is missing. AWS asks for the number with +81 and without the leading 0 (like +819012345678). Store this one as {suggestion}.",
        ja: "国番号 +81 が付いていません。AWS の案内では、+81 を付けて先頭の 0 を除いた形（例：+819012345678）で登録します。この番号なら {suggestion} と登録し直してください。",
    }
    StoredNoCountryCode {
        en: "The country code is missing. AWS asks for the number with “+” and the country code. Store this one as {suggestion}.",
        ja: "国番号が付いていません。AWS の案内では、「+」と国番号から始まる形で登録します。{suggestion} と登録し直してください。",
    }
    StoredNoCountryCodeUnknown {
        en: "The country code is missing. AWS asks for the number with “+” and the country code. For a Japanese number, add +81 and drop the leading 0 (090-1234-5678 becomes +819012345678).",
        ja: "国番号が付いていません。AWS の案内では、「+」と国番号から始まる形で登録します。日本の番号なら +81 を付けて、先頭の 0 を除いてください（例：090-1234-5678 → +819012345678）。",
    }
    StoredMissingPlus {
        en: "The “+” at the start is missing. AWS asks for the number with “+” and the country code. Store it as {suggestion}.",
        ja: "先頭に「+」がありません。AWS の案内では、「+」と国番号から始まる形で登録します。{suggestion} と登録し直してください。",
    }
    StoredLeadingZero {
        en: "There is a 0 right after the country code. With a country code, the leading 0 of the domestic number is dropped. Store it as {suggestion}.",
        ja: "国番号の後ろに 0 が残っています。国番号を付けるときは、先頭の 0 を除きます。{suggestion} と登録し直してください。",
    }
    StoredSpaces {
        en: "The number contains spaces, symbols (hyphens, parentheses) or full-width characters. AWS asks for “+” and digits only. Store it as {suggestion}.",
        ja: "番号にスペースや記号（ハイフン、かっこなど）、または全角の文字が入っています。AWS の案内では「+」と数字だけで登録します。{suggestion} と登録し直してください。",
    }
    PhoneEmpty {
        en: "No phone number was entered. For a Japanese mobile, type it like 090-1234-5678.",
        ja: "電話番号が入っていません。携帯電話なら 090-1234-5678 のように入力してください。",
    }
    PhoneBadCharacter {
        en: "The number contains “{found}”, which can't be part of a phone number. Use digits (hyphens, spaces and a leading + are fine).",
        ja: "電話番号には使えない文字「{found}」が入っています。数字だけで入力してください（ハイフンやスペース、先頭の + はそのままで大丈夫です）。",
    }
    PhoneMisplacedPlus {
        en: "A “+” can only come at the very start of the number. Remove the one in the middle.",
        ja: "「+」は番号の先頭にだけ付けます。途中にある「+」を消してください。",
    }
    PhoneCountryCodeZero {
        en: "The “+” is followed by 0, but no country code starts with 0. As a Japanese number it is {suggestion}: +81, then the number without its leading 0.",
        ja: "「+」のすぐ後に 0 が来ています。国番号は 0 では始まりません。日本の番号なら、+81 を付けて先頭の 0 を除いた {suggestion} になります。",
    }
    PhoneCountryCodeZeroUnknown {
        en: "The “+” is followed by 0, but no country code starts with 0. For a Japanese number, write +81 and drop the leading 0 (090-1234-5678 becomes +819012345678).",
        ja: "「+」のすぐ後に 0 が来ています。国番号は 0 では始まりません。日本の番号なら、+81 を付けて先頭の 0 を除いてください（例：090-1234-5678 → +819012345678）。",
    }
    PhoneNoCountryCode {
        en: "The country is unknown. Start with “+” and the country code (+81 for Japan, e.g. +819012345678). A number starting with 0 is read as Japanese.",
        ja: "どこの国の番号か分かりません。先頭に「+」と国番号を付けてください（日本なら +81。例：+819012345678）。0 から始まる番号は日本の番号として読み取ります。",
    }
    PhoneTollFree {
        en: "Toll-free numbers (such as Japan's 0120 and 0800) can't be used as the AWS account phone number. Use a number that can take calls and SMS, such as a mobile.",
        ja: "フリーダイヤル（0120 や 0800 で始まる番号など）は、AWS に登録する電話番号としては使えません。SMS や電話を受けられる携帯電話などの番号にしてください。",
    }
    PhoneTooShortJapanese {
        en: "Some digits are missing. A Japanese mobile number has 11 digits including the leading 0 (090-1234-5678); a landline has 10 (03-1234-5678).",
        ja: "桁数が足りません。日本の番号は、携帯電話なら 090-1234-5678 のように 0 を含めて 11 桁、固定電話なら 03-1234-5678 のように 10 桁です。抜けている数字がないか確かめてください。",
    }
    PhoneTooShort {
        en: "Some digits are missing: a phone number with its country code has at least 7 digits.",
        ja: "桁数が足りません。国番号を含めて 7 桁以上になるはずです。抜けている数字がないか確かめてください。",
    }
    PhoneTooLongJapanese {
        en: "There are too many digits for a Japanese number: 11 with the leading 0 for a mobile, 10 for a landline. Numbers starting with 0 are read as Japanese, so enter a foreign number with “+” and its country code (the UK's 07911 123456 is +447911123456).",
        ja: "桁数が多すぎます。日本の番号は、携帯電話なら 0 を含めて 11 桁、固定電話なら 10 桁です。0 から始まる番号は日本の番号として読み取るので、海外の番号は「+」と国番号から入力してください（例：イギリスの 07911 123456 なら +447911123456）。",
    }
    PhoneTooLong {
        en: "There are too many digits: an international number has at most 15, including the country code.",
        ja: "桁数が多すぎます。国際的な電話番号は、国番号を含めて 15 桁までです。余分な数字が入っていないか確かめてください。",
    }

    // The journey could not start (error panel).
    ErrTitle { en: "This rehearsal cannot start.", ja: "この練習を始められません。" }
    ErrUnknownJourney {
        en: "There is no journey called “{id}”.",
        ja: "「{id}」という名前のシナリオはありません。",
    }
    ErrValidJourneys { en: "Use one of these names in the journey attribute:", ja: "journey 属性には次のどれかを指定してください：" }
    ErrInvalidJourney {
        en: "The journey “{id}” has problems. Fix these first:",
        ja: "シナリオ「{id}」に問題があります。先に次の点を直してください：",
    }
    ErrInvalidPageJourney {
        en: "The journey given on this page has problems. Fix these first:",
        ja: "このページで指定されたシナリオに問題があります。先に次の点を直してください：",
    }
    ErrBadNow {
        en: "The now attribute “{value}” is not a time the widget can read. Write it like 2026-11-23T10:00:00+09:00 (RFC 3339, with the offset).",
        ja: "now 属性の「{value}」は日時として読み取れません。2026-11-23T10:00:00+09:00 のように、時差（+09:00 など）まで書いてください（RFC 3339 形式）。",
    }
    ErrBadClock {
        en: "The clock attribute “{value}” is not valid. Use one of these:",
        ja: "clock 属性の「{value}」は使えません。次のどちらかを指定してください：",
    }
    ErrNoPageJourney {
        en: "The src-journey attribute names “{id}”, but this page has no <script type=\"application/json\"> with that id.",
        ja: "src-journey 属性で「{id}」が指定されていますが、この id の <script type=\"application/json\"> がページにありません。",
    }
    ErrUnknownStep {
        en: "The journey “{journey}” has no step “{step}”. Check the start attribute.",
        ja: "シナリオ「{journey}」に「{step}」というステップはありません。start 属性を確認してください。",
    }

    // The step card.
    ProgressStep { en: "Step {n}", ja: "ステップ {n}" }
    ProgressStepOf { en: "Step {n} of {total}", ja: "ステップ {n} / {total}" }
    Back { en: "Back", ja: "戻る" }
    Next { en: "Next", ja: "次へ" }
    WhereNext { en: "Do the next part here:", ja: "次の操作はこちらで：" }
    GoToConsole { en: "Go to the practice console", ja: "練習用コンソールへ" }
    GoToInbox { en: "Go to the inbox", ja: "受信トレイへ" }
    GoToPhone { en: "Go to your phone", ja: "スマホへ" }
    WaitingFor {
        en: "This step moves on by itself in {min} min (simulated time).",
        ja: "このステップは {min} 分後（シミュレーション上の時間）に自動で進みます。",
    }
    SkipWait { en: "Skip the wait", ja: "待ち時間を飛ばす" }
    DecisionTitle { en: "What to do now", ja: "今どうするか" }
    SourceLabel { en: "Source:", ja: "出典：" }
    ConfidenceAwsDoc { en: "AWS documentation", ja: "AWS 公式ドキュメント" }
    ConfidenceVendorDoc { en: "the app maker's documentation", ja: "アプリ提供元の公式情報" }
    ConfidenceThirdParty { en: "personal account", ja: "個人の体験談" }
    ConfidenceUncertain { en: "unconfirmed", ja: "未確認" }
    OutcomeRecovered {
        en: "Recovered: you are back in, with a new MFA device.",
        ja: "復旧できました。新しい MFA デバイスでサインインできます。",
    }
    OutcomeBlocked {
        en: "This path stops here. The step above says what to do next.",
        ja: "この方法はここで止まります。次にすることは上の説明を見てください。",
    }
    OutcomeHandoff {
        en: "This rehearsal continues in another one.",
        ja: "この続きは別の練習で扱います。",
    }
    ContinueWith { en: "Continue: {title}", ja: "続ける：{title}" }
    StartAgain { en: "Start again", ja: "最初からやり直す" }

    // The timeline at an outcome (ui::timeline) and the map (ui::map).
    TimelineTitle { en: "How it went (practice time, Japan)", ja: "経過（練習の時間・日本時間）" }
    TimelineRule { en: "decided by a rule", ja: "ルールで自動的に決定" }
    TimelineWaited { en: "after a wait of {d}", ja: "{d} 待ったあと" }
    TimelineLater { en: "{d} after the step before", ja: "前の手順から {d} 後" }
    TimelineJump { en: "time moves on {d}", ja: "時間が {d} 進む" }
    TimelineTotal { en: "Total time: {d}", ja: "かかった時間の合計：{d}" }
    TimelineOtherChoice {
        en: "Had you answered “{choice}”: the first call on {when}, {wait} later.",
        ja: "「{choice}」と答えていたら、最初の電話は {when}（{wait}後）でした。",
    }
    TimelineOtherNoCall {
        en: "Had you answered “{choice}”: no call on that way.",
        ja: "「{choice}」と答えていたら、その先で電話は来ませんでした。",
    }
    MapTitle { en: "Map of this journey", ja: "この手順の全体図" }
    MapHint {
        en: "Choose a step you passed to go back to it.",
        ja: "通った手順を選ぶと、そこへ戻れます。",
    }
    MapHere { en: "you are here", ja: "今ここ" }
    MapPassed { en: "passed", ja: "通過済み" }
    MapGoBack { en: "go back to this step", ja: "この手順に戻る" }
    MapLeadsTo { en: "leads to {steps}", ja: "次は {steps}" }
    MapEndRecovered { en: "end: recovered", ja: "終わり：復旧" }
    MapEndBlocked { en: "end: stops here", ja: "終わり：ここで止まる" }
    MapEndHandoff { en: "end: on to another journey", ja: "終わり：別の手順へ" }

    // Why something the reader did changed nothing.
    NoticeNotNow {
        en: "Not at this point of the rehearsal. Follow what the step says.",
        ja: "この練習では、今この操作は使いません。ステップの説明に沿って進めてください。",
    }
    NoticeWrongKeypadCode {
        en: "That is not the code on the console. Type its 6 digits again.",
        ja: "コンソールに表示されたコードと違います。6 桁をもう一度入力してください。",
    }
    NoticeWrongSmsCode {
        en: "That is not the code in the text message. Check it and type it again.",
        ja: "SMS のコードと違います。メッセージを確認して、もう一度入力してください。",
    }
    NoticeLinkUsed {
        en: "This link has already been used. Use the newest mail, or resend the email.",
        ja: "このリンクは使用済みです。いちばん新しいメールを使うか、E メールを再送信してください。",
    }
    NoticeLinkExpired {
        en: "This link has expired. On the console, choose “Resend the email”.",
        ja: "このリンクは期限切れです。コンソールで「E メールを再送信」を押してください。",
    }
    NoticeNothingBefore { en: "This is the first step.", ja: "これが最初のステップです。" }

    // The call phrasebook and the printable kit.
    PhrasebookTitle { en: "On the call: what you will hear and say", ja: "電話で聞く英語・話す英語" }
    PhrasebookFlowTitle { en: "How the call goes (it is held in Japanese)", ja: "電話での流れ" }
    PhraseAgent { en: "Agent", ja: "担当者" }
    PhraseYou { en: "You", ja: "あなた" }
    PhraseVoice { en: "Automated voice", ja: "自動音声" }
    Listen { en: "Listen", ja: "聞く" }
    ListenTo { en: "Listen: {line}", ja: "英語を聞く：{line}" }
    PractiseCode { en: "Practise reading a code aloud", ja: "6 桁のコードを英語で読む練習" }
    PractiseHint {
        en: "Say each digit on its own, slowly: “four, two, eight…”. When the agent reads a code back, “oh” means 0 and “double seven” means 77. Ask them to repeat it if you are unsure.",
        ja: "数字は 1 桁ずつ、ゆっくり区切って読みます（「four, two, eight…」）。担当者が読み返すときは、0 を「oh」、77 を「double seven」と言うことがあります。聞き取れなかったら「Could you repeat that, please?」と頼んで大丈夫です。",
    }
    PrintKit { en: "Print this checklist", ja: "このチェックリストを印刷する" }

    // Resume after a reload.
    ResumeContinued {
        en: "You are back where you left off before the page reloaded.",
        ja: "ページを読み込み直す前の続きから再開しました。",
    }
    ResumeStartedOver {
        en: "Your earlier progress could not be restored ({why}), so the rehearsal starts over from the beginning.",
        ja: "前回の続きを復元できなかったため（{why}）、最初から練習をやり直します。",
    }
    ResumeWhyUnreadable { en: "the saved data was damaged", ja: "保存データが壊れていました" }
    ResumeWhyOldFormat {
        en: "it was saved by an older version of this widget",
        ja: "古い版のウィジェットで保存されたものでした",
    }
    ResumeWhyOtherJourney { en: "it belonged to another rehearsal", ja: "別の練習のデータでした" }
    ResumeWhyStepGone {
        en: "the step “{step}” no longer exists",
        ja: "ステップ「{step}」がなくなっていました",
    }
    ResumeWhyChanged {
        en: "this rehearsal has changed since, at “{step}”",
        ja: "練習の内容が「{step}」の所で変わっていました",
    }

    // The clock.
    ClockLabel { en: "Simulated time", ja: "シミュレーション上の時刻" }
    ClockJapan { en: "{date}, {time} JST", ja: "{date} {time}（日本時間）" }
    ClockLocal { en: "Your time: {date}, {time} ({offset})", ja: "あなたの地域：{date} {time}（{offset}）" }
    ClockLocalSame { en: "Your device is on Japan time too.", ja: "お使いの端末も日本時間です。" }
    Forward15 { en: "+15 min", ja: "+15 分" }
    Forward15Label { en: "(move the simulated time 15 minutes forward)", ja: "（シミュレーション上の時刻を 15 分進める）" }
    Forward60 { en: "+1 h", ja: "+1 時間" }
    Forward60Label { en: "(move the simulated time 1 hour forward)", ja: "（シミュレーション上の時刻を 1 時間進める）" }

    // Tabs on narrow screens.
    PanelsLabel { en: "Practice world", ja: "練習用の環境" }
    TabConsole { en: "Console", ja: "コンソール" }
    TabInbox { en: "Inbox", ja: "受信トレイ" }
    TabPhone { en: "Phone", ja: "スマホ" }
    UnreadCount { en: "{n} unread", ja: "未読 {n} 件" }
    PhoneRinging { en: "ringing", ja: "着信中" }

    // The practice console: marking and account.
    PracticeMark { en: "Practice screen — not AWS", ja: "練習用の画面です（AWS ではありません）" }
    AccountId { en: "Account", ja: "アカウント" }
    StepDone { en: "✓ done", ja: "✓ 完了" }

    // Console buttons, by action name (AWS's wording, fact sheet §9).
    ActSignIn { en: "Sign in", ja: "サインイン" }
    ActSubmitMfa { en: "Submit", ja: "送信" }
    ActTroubleshootMfa { en: "Troubleshoot MFA", ja: "MFA のトラブルシューティング" }
    ActTryAnotherMethod { en: "Try another MFA method", ja: "別の MFA 方法を試す" }
    ActAlternativeFactors { en: "Sign in using alternative factors", ja: "別の要素を使用したサインイン" }
    // Labels AWS shows only in English (no source gives a Japanese one) keep their English in
    // the Japanese console, with a gloss, so that the reader looks for what the page will show.
    ActResync { en: "Re-sync with AWS Servers", ja: "Re-sync with AWS Servers（AWS のサーバーと再同期）" }
    ActSendEmail { en: "Send verification email", ja: "確認 E メールの送信" }
    ActResendEmail { en: "Resend the email", ja: "E メールを再送信" }
    ActCallMeNow { en: "Call me now", ja: "すぐに連絡を受ける" }
    ActSendSms { en: "SMS text", ja: "SMS text（SMS で受け取る）" }
    ActVoiceCall { en: "Voice call", ja: "Voice call（音声通話で受け取る）" }
    ActStartOver { en: "Sign in (start over)", ja: "サインイン（最初からやり直す）" }
    ActContactSupport { en: "AWS Support", ja: "AWS サポートに問い合わせる" }
    ActSignInConsole { en: "Sign in to the console", ja: "コンソールにサインイン" }
    ActRegisterMfa { en: "Register MFA device", ja: "MFA デバイスを登録" }
    ActSkipMfa { en: "Skip for now", ja: "今はスキップ" }
    ActRemoveDevice { en: "Remove", ja: "削除" }
    ActAssignDevice { en: "Assign MFA device", ja: "MFA デバイスの割り当て" }
    ActSubmitSupport { en: "Submit", ja: "Submit（送信）" }
    EdgeLink { en: "the mail's link, opened in time", ja: "メールのリンクを期限内に開く" }
    EdgeLinkExpired { en: "the mail's link, opened too late", ja: "期限切れのリンクを開く" }
    EdgeKeypad { en: "the code typed on the phone's keypad", ja: "電話のキーパッドでコードを入力" }
    EdgeConsoleCode { en: "the SMS code typed on the console", ja: "SMS のコードをコンソールに入力" }
    EdgeEnrolled { en: "a new device registered", ja: "新しいデバイスを登録" }
    EdgeSupportOpen { en: "Japanese support is open", ja: "日本語サポートの受付時間内" }
    EdgeSupportClosed { en: "Japanese support is closed", ja: "日本語サポートの受付時間外" }
    EdgePhoneReachable { en: "AWS can call the stored number", ja: "登録済みの番号に電話が届く" }
    EdgePhoneUnreachable { en: "AWS cannot call the stored number", ja: "登録済みの番号に電話が届かない" }
    EdgeAfter { en: "after {duration}", ja: "{duration}後" }
    EdgeAfterSupportHours {
        en: "after {duration}, in Japanese support's hours",
        ja: "{duration}後（日本語サポートの受付時間内）",
    }

    // Console screens.
    ScreenIdle { en: "Nothing on the console right now.", ja: "今、コンソールには何も表示されていません。" }
    ScreenSignIn { en: "Sign in", ja: "サインイン" }
    RootUser { en: "Root user", ja: "ルートユーザー" }
    RootEmail { en: "Root user email address", ja: "ルートユーザーの E メールアドレス" }
    Password { en: "Password", ja: "パスワード" }
    PracticePasswordFilled {
        en: "practice password, filled in for you",
        ja: "練習用のパスワード（入力済み）",
    }
    ScreenMfaPrompt { en: "Additional verification required", ja: "追加の検証が必要" }
    MfaPromptText { en: "Enter the code from your MFA device.", ja: "MFA デバイスに表示されたコードを入力してください。" }
    MfaCode { en: "MFA code", ja: "MFA コード" }
    ScreenTroubleshoot { en: "Troubleshoot your authentication device", ja: "認証デバイスのトラブルシューティング" }
    ScreenAltFactors {
        en: "Sign in using alternative factors of authentication",
        ja: "別の認証要素を使用したサインイン",
    }
    AltFactorsText {
        en: "Verify the account's email address and phone number instead of the MFA code.",
        ja: "MFA コードの代わりに、アカウントの E メールアドレスと電話番号で本人確認をします。",
    }
    ResyncTitle { en: "Codes rejected although the app still has them?", ja: "アプリにコードはあるのに通らない場合" }
    AltStep1 { en: "Step 1: Email address verification", ja: "ステップ 1: E メールアドレスの確認" }
    AltStep2 { en: "Step 2: Phone number verification", ja: "ステップ 2: 電話番号の確認" }
    AltStep3 { en: "Step 3: Sign in", ja: "ステップ 3: サインイン" }
    EmailAddress { en: "Email address:", ja: "E メールアドレス：" }
    EmailSent { en: "Verification email sent. Check the inbox.", ja: "確認メールを送信しました。受信トレイを確認してください。" }
    PhoneEndingIn { en: "Phone number ending in {last4}", ja: "末尾が {last4} の電話番号" }
    ConsoleCodeLabel {
        en: "Answer the call, then type this code on the phone's keypad:",
        ja: "電話に出たら、このコードをスマホのキーパッドで入力してください：",
    }
    SmsWillSend {
        en: "We will now send a 6-digit code to your phone (ending in {last4}).",
        ja: "6 桁のコードをお使いの電話（末尾 {last4}）に送信します。",
    }
    SmsVariantNote {
        en: "This variant was seen in 2026; the AWS documentation still describes the call with the keypad.",
        ja: "この画面は 2026 年に確認された形です。AWS のドキュメントは今もキーパッド入力の電話を説明しています。",
    }
    VerificationCode { en: "Verification code", ja: "確認コード" }
    Verify { en: "Verify", ja: "確認" }
    PhoneFailed { en: "We could not complete phone verification.", ja: "電話の確認を完了できませんでした。" }
    WordingUnconfirmed {
        en: "(AWS's English wording of this message is unconfirmed.)",
        ja: "（このメッセージの英語の文言は未確認です。）",
    }
    ScreenMfaRequired { en: "Register an MFA device for the root user", ja: "ルートユーザーの MFA デバイスを登録する" }
    MfaRequiredText {
        en: "This account's root user has no MFA device. Since 2024 AWS asks you to register one when you sign in; you can postpone it for up to 35 days.",
        ja: "このアカウントのルートユーザーには MFA デバイスがありません。2024 年から、サインイン時に登録を求められます。登録は最大 35 日まで先送りできます。",
    }
    MfaRequiredWording {
        en: "(The exact wording of this page is unconfirmed.)",
        ja: "（この画面の実際の文言は未確認です。）",
    }
    ScreenSecurityCredentials { en: "Security credentials", ja: "セキュリティ認証情報" }
    MfaSection { en: "Multi-factor authentication (MFA)", ja: "多要素認証 (MFA)" }
    NoDevices { en: "No MFA devices. Assign one now.", ja: "MFA デバイスがありません。今すぐ割り当ててください。" }
    VirtualDevice { en: "Virtual MFA device", ja: "仮想 MFA デバイス" }
    OldDeviceNote {
        en: "This is the device on the lost phone. Remove it before you assign a new one.",
        ja: "なくしたスマホに入っていたデバイスです。新しいデバイスを割り当てる前に削除してください。",
    }
    CurrentDeviceNote {
        en: "This is the device in your phone's authenticator app now. Keep it, and assign a second one as a spare.",
        ja: "今のスマホの認証アプリに入っているデバイスです。削除せずに、予備としてもう 1 台を割り当てましょう。",
    }
    ScreenAssignMfa { en: "Assign MFA device", ja: "MFA デバイスの割り当て" }
    DeviceName { en: "Device name", ja: "デバイス名" }
    DeviceType { en: "MFA device", ja: "MFA デバイス" }
    AuthenticatorApp { en: "Authenticator app", ja: "認証アプリケーション" }
    NoEnrollment { en: "No device is being assigned.", ja: "割り当て中のデバイスはありません。" }
    ScreenConsoleHome { en: "Console Home", ja: "コンソールのホーム" }
    SignedInAsRoot { en: "Signed in as the root user of the practice account.", ja: "練習用アカウントのルートユーザーでサインインしています。" }
    MfaAssigned { en: "MFA: a new device is assigned.", ja: "MFA：新しいデバイスを割り当て済みです。" }
    MfaNotAssigned { en: "MFA: no device assigned yet.", ja: "MFA：まだデバイスが割り当てられていません。" }
    // The support form is shown in English (seed 002, 2017; the journeys teach its English
    // labels), so the Japanese console keeps them with a gloss.
    SupportExpander {
        en: "I'm still having problems and would like to contact AWS Support",
        ja: "I'm still having problems and would like to contact AWS Support（それでも解決しないので AWS サポートに連絡する）",
    }
    ScreenSupportForm {
        en: "Request assistance with lost or unusable MFA device",
        ja: "Request assistance with lost or unusable MFA device（MFA デバイスの紛失・故障についての依頼）",
    }
    SupportProblem { en: "Problem with authentication device", ja: "Problem with authentication device（認証デバイスの問題）" }
    SupportProblemLost { en: "My device was lost, stolen, or damaged", ja: "My device was lost, stolen, or damaged（紛失・盗難・故障）" }
    SupportName { en: "Name", ja: "Name（名前）" }
    SupportEmail { en: "Email address", ja: "Email address（E メールアドレス）" }
    SupportPhone { en: "Phone number listed on account", ja: "Phone number listed on account（アカウントに登録されている電話番号）" }
    SupportLanguage { en: "Support language", ja: "Support language（サポートの言語）" }
    SupportLanguageChoice { en: "English or Japanese: chosen on the step card", ja: "English または Japanese（ステップの説明で選びます）" }
    SupportFormAddress {
        en: "The real form: support.aws.amazon.com/#/contacts/aws-mfa-support (open it yourself, outside this practice).",
        ja: "本物のフォーム：support.aws.amazon.com/#/contacts/aws-mfa-support（この練習の外で、自分で開いてください）",
    }

    // The phone.
    MessagesTitle { en: "Messages", ja: "メッセージ" }
    CallInProgress { en: "Call in progress", ja: "通話中" }
    CallArrived { en: "Incoming call:", ja: "電話がかかってきました：" }
    CallSays { en: "The voice says:", ja: "音声の内容：" }
    EnglishOriginal { en: "Show the English original", ja: "英語の原文を表示" }
    JapaneseOriginal { en: "Show the Japanese original", ja: "日本語の原文を表示" }
    KeypadLabel { en: "Phone keypad", ja: "電話のキーパッド" }
    KeypadTyped { en: "Typed:", ja: "入力済み：" }
    KeypadHint {
        en: "Press the keys, or type the digits on your keyboard.",
        ja: "キーを押すか、キーボードで数字を入力してください。",
    }

    // The inbox.
    InboxTitle { en: "Inbox", ja: "受信トレイ" }
    NoMail { en: "No mail yet.", ja: "メールはまだありません。" }
    MailArrived { en: "Inbox: {n} mail(s); the newest:", ja: "受信トレイ：{n} 通。最新：" }
    Unread { en: "New", ja: "未読" }
    MailCode { en: "Code:", ja: "コード：" }
    LinkValidUntil { en: "Valid until {time} JST.", ja: "有効期限は日本時間 {time} までです。" }
    LinkExpiredAt { en: "Expired at {time} JST.", ja: "日本時間 {time} に期限が切れました。" }
    LinkExpiryArticle {
        en: "(15 minutes: the figure comes from a 2017 article; AWS does not confirm it.)",
        ja: "（15 分という期限は 2017 年の記事によるもので、AWS の資料では確認できていません。）",
    }
    LinkExpiryParameter {
        en: "({min} minutes in this rehearsal; AWS publishes no figure.)",
        ja: "（この練習では {min} 分。AWS は期限を公表していません。）",
    }
    LinkUsed { en: "This link has been used.", ja: "このリンクは使用済みです。" }
    ErrSecretEmpty { en: "Type the secret key first.", ja: "先にシークレットキーを入力してください。" }
    ErrSecretNotBase32 {
        en: "A secret key uses only the letters A–Z and the digits 2–7. This character cannot be part of one: “{bad}”",
        ja: "シークレットキーに使われるのは英字 A〜Z と数字 2〜7 だけです。次の文字は含まれません：「{bad}」",
    }
    ErrSecretTooShort {
        en: "This is too short to be a secret key. Copy the whole practice key shown by this rehearsal.",
        ja: "シークレットキーとしては短すぎます。この練習で表示された練習用のキーを、最後までコピーしてください。",
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
    fn names_are_unique_and_read_back() {
        for key in Key::ALL {
            assert_eq!(Key::from_name(key.name()), Some(*key));
        }
        assert_eq!(Key::from_name("NoSuchKey"), None);
        assert_eq!(Key::OutcomeBlocked.name(), "OutcomeBlocked");
    }

    #[test]
    fn language_tags_parse_loosely() {
        assert_eq!(Lang::parse("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::parse(" EN_us "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
