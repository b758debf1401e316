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

macro_rules! catalogue {
    ($($key:ident { en: $en:expr, ja: $ja:expr $(,)? })*) => {
        /// A piece of the widget's chrome.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key),* }

        /// Every key's text, `[Japanese, English]`, in the order of [`Key`]: a table rather
        /// than a `match`, so the wasm holds data instead of code.
        const TEXTS: &[[&str; 2]] = &[$([$ja, $en]),*];

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

            /// The text in `lang` with its `{name}` placeholders filled in.
            pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
                values.iter().fold(self.text(lang).to_owned(), |text, (name, value)| {
                    text.replace(&format!("{{{name}}}"), value)
                })
            }
        }
    };
}

catalogue! {
    WidgetTitle { en: "MFA recovery rehearsal", ja: "MFA 復旧のリハーサル" }
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

    ConsoleTitle { en: "Practice console", ja: "練習用コンソール" }
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
    ProgressOf { en: " of {total}", ja: "／全 {total}" }
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
    PhraseAgent { en: "Agent", ja: "担当者" }
    PhraseYou { en: "You", ja: "あなた" }
    PhraseVoice { en: "Automated voice", ja: "自動音声" }
    Listen { en: "Listen", ja: "聞く" }
    ListenTo { en: "Listen: {line}", ja: "英語を聞く：{line}" }
    PractiseCode { en: "Practise reading a code aloud", ja: "6 桁のコードを英語で読む練習" }
    PractiseHint {
        en: "Say each digit on its own, slowly: “four, two, eight…”. Ask them to repeat it if you are unsure.",
        ja: "数字は 1 桁ずつ、ゆっくり区切って読みます（「four, two, eight…」）。聞き取れなかったら「Could you repeat that, please?」と頼んで大丈夫です。",
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
    ActResync { en: "Re-sync with AWS Servers", ja: "AWS サーバーと再同期" }
    ActSendEmail { en: "Send verification email", ja: "確認 E メールの送信" }
    ActResendEmail { en: "Resend the email", ja: "E メールを再送信" }
    ActCallMeNow { en: "Call me now", ja: "すぐに連絡を受ける" }
    ActSendSms { en: "SMS text", ja: "SMS テキスト" }
    ActVoiceCall { en: "Voice call", ja: "音声通話" }
    ActStartOver { en: "Sign in (start over)", ja: "サインイン（最初からやり直す）" }
    ActContactSupport { en: "AWS Support", ja: "AWS サポートに問い合わせる" }
    ActSignInConsole { en: "Sign in to the console", ja: "コンソールにサインイン" }
    ActRegisterMfa { en: "Register MFA device", ja: "MFA デバイスを登録" }
    ActSkipMfa { en: "Skip for now", ja: "今はスキップ" }
    ActRemoveDevice { en: "Remove", ja: "削除" }
    ActAssignDevice { en: "Assign MFA device", ja: "MFA デバイスの割り当て" }
    ActSubmitSupport { en: "Submit", ja: "送信" }

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
    ScreenSupportForm {
        en: "Request assistance with lost or unusable MFA device",
        ja: "紛失した、または使えない MFA デバイスについてのサポート依頼",
    }
    SupportProblem { en: "Problem", ja: "問題の種類" }
    SupportProblemLost { en: "My device was lost, stolen, or damaged", ja: "デバイスを紛失した、盗まれた、または壊れた" }
    SupportPhone { en: "Phone number listed on account", ja: "アカウントに登録されている電話番号" }

    // The phone.
    MessagesTitle { en: "Messages", ja: "メッセージ" }
    CallInProgress { en: "Call in progress", ja: "通話中" }
    CallArrived { en: "Incoming call:", ja: "電話がかかってきました：" }
    CallSays { en: "The voice says:", ja: "音声の内容：" }
    EnglishOriginal { en: "Show the English original", ja: "英語の原文を表示" }
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
