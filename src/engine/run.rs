//! A journey in progress: the current step, the world and history for Back (resume replays a
//! recording of the events instead of saving this state; see [`super::resume`]). The UI sends [`Event`]s; [`Run::handle`] returns what changed or
//! why the event does not apply, never panics, and never leaves the run inconsistent.

use super::authenticator::Enrollment;
use super::entropy::{Entropy, EntropyUnavailable};
use super::guard::{self, Expect};
use super::journey::{
    Action, Effect, Hours, Journey, Outcome, Place, Rule, Screen, Step, Transition,
};
use super::phone::check_as_stored;
use super::rules::{japanese_support_open, next_japanese_support_opening};
use super::totp::{CODE_DIGITS, PairError, SecretError, normalise_code};
use super::world::{Call, KeyCheck, LinkState, Mail, Sms, World};

/// Rule steps followed in a row before giving up (validation forbids loops; this is a backstop).
const MAX_RULE_HOPS: usize = 64;
/// Back history kept (a long rehearsal should not grow sessionStorage without bound).
const MAX_HISTORY: usize = 200;
/// Steps kept in the trail (the map's path and the timeline); later steps are not noted.
const MAX_TRAIL: usize = 400;

/// When an `after` transition entered at `entered_at` fires: `minutes` later, moved on to the
/// next opening when it is held to hours that are closed at that moment.
fn after_due(entered_at: i64, minutes: u32, within: Option<Hours>) -> i64 {
    let due = entered_at.saturating_add(i64::from(minutes).saturating_mul(60));
    match within {
        None => due,
        Some(Hours::JapaneseSupport) => next_japanese_support_opening(due),
    }
}

/// The steps on a shortest way from the journey's start to `target`, each with the transition
/// taken out of it (breadth first, transitions in file order; empty when `target` is the start or
/// cannot be reached).
fn path_to<'j>(journey: &'j Journey, target: &str) -> Vec<(&'j Step, &'j Transition)> {
    use std::collections::{BTreeMap, VecDeque};
    let mut came_from: BTreeMap<&str, (&Step, &Transition)> = BTreeMap::new();
    let mut queue = VecDeque::from([journey.start.as_str()]);
    while let Some(id) = queue.pop_front() {
        if id == target {
            break;
        }
        let Some(step) = journey.step(id) else {
            continue;
        };
        for t in &step.on {
            for next in t.targets() {
                if next != journey.start && !came_from.contains_key(next) {
                    came_from.insert(next, (step, t));
                    queue.push_back(next);
                }
            }
        }
    }
    let mut path = Vec::new();
    let mut at = target;
    while let Some((step, t)) = came_from.get(at) {
        path.push((*step, *t));
        at = &step.id;
        if path.len() > journey.steps.len() {
            break; // a backstop: a path never visits a step twice
        }
    }
    path.reverse();
    path
}

/// What the reader did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Picked an answer (`Transition::Choice::id`).
    Choose(String),
    /// Pressed a console button.
    Action(Action),
    /// Opened the link in the mail at this position of the inbox (0: the first to arrive). An
    /// older copy of a resent mail has a spent link.
    OpenLink(usize),
    /// Pressed a digit on the phone keypad during a call.
    Keypad(char),
    /// Typed a code on the console (the SMS variant).
    ConsoleCode(String),
    /// "Add MFA" with the two codes typed as MFA code 1 and MFA code 2: AWS's check that the
    /// new device produces two consecutive codes.
    Enroll { first: String, second: String },
    /// Pressed Next.
    Continue,
    /// Went back one step.
    Back,
    /// Went back to an earlier step of the path (the map's passed steps): Back, repeated until
    /// that step; never forward.
    BackTo(String),
    /// Replaced the phone: the authenticator app comes back empty.
    WipeApp,
    /// Scanned the console's QR code with the authenticator app.
    ScanQr,
    /// Typed a saved secret key into the authenticator app's restore form. Only a key this
    /// rehearsal made is accepted; the resume record keeps [`Event::RestorePractice`] instead,
    /// never the typed text.
    RestoreApp(String),
    /// Restored the app from practice device `n` of [`World::made`](super::world::World::made)
    /// (what the resume record keeps of a [`Event::RestoreApp`]).
    RestorePractice(usize),
}

impl Event {
    /// Where the reader was when they did it (a refusal is explained there); `None`: the step
    /// card.
    pub fn place(&self) -> Option<Place> {
        match self {
            Event::Action(_) | Event::ConsoleCode(_) | Event::Enroll { .. } => Some(Place::Console),
            Event::OpenLink(_) => Some(Place::Inbox),
            Event::Keypad(_)
            | Event::WipeApp
            | Event::ScanQr
            | Event::RestoreApp(_)
            | Event::RestorePractice(_) => Some(Place::Phone),
            Event::Choose(_) | Event::Continue | Event::Back | Event::BackTo(_) => None,
        }
    }
}

/// Why an event changed nothing; the UI explains it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The event does not apply to this step (a stale button, a link from an earlier mail).
    NotNow,
    /// The code typed on the console does not match the SMS (the keypad's wrong code is a
    /// [`Change::KeypadCodeRejected`]: it resets the keypad).
    WrongCode,
    /// The link was already used.
    LinkUsed,
    /// The link expired, and the step has nowhere to send a late click.
    LinkExpired,
    /// Nothing to go back to.
    NothingBefore,
    /// The browser would not give random bytes for a code.
    NoRandomness,
    /// The typed text looks like a real AWS credential ([`guard::refuse`]): it is kept nowhere,
    /// not even in the resume record.
    Credential,
    /// The restore form's text is not a secret key at all.
    Secret(SecretError),
    /// The restore form's key is well formed but not one this rehearsal made: maybe the reader's
    /// real AWS key. It is refused, kept nowhere, and the reader is warned.
    NotPracticeKey,
    /// "Add MFA" refused the two codes, and why.
    Pair(PairError),
}

/// What an accepted event did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The world changed but the step did not (a keypad digit, a resent mail).
    World,
    /// The sixth keypad digit completed a code that is not the console's: the phone's keypad
    /// starts again (the world changed, so the event is kept for resume like any other; the
    /// widget tells the reader the code was wrong).
    KeypadCodeRejected,
    /// The reader is on a new step.
    Step { from: String, to: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Snapshot {
    step: String,
    entered_at: i64,
    world: World,
    /// The trail's length when the reader left the step (Back cuts the trail back to it).
    trail_len: usize,
}

/// How the reader came to a step of the trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// The run started here.
    Start,
    /// Something the reader did (an answer, a button, a link, a code).
    Reader,
    /// A rule step decided it, without the reader.
    Rule,
    /// The step before moved on by itself when its wait was over (`after`).
    Waited,
}

/// A step the reader passed, in the order they passed it (Back removes the steps it undoes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    pub step: String,
    /// Simulated second of arrival, before the step's own time jumps.
    pub at: i64,
    /// Seconds the step's `advance` effects moved time forward ("two hours later…").
    pub advanced: i64,
    pub by: Arrival,
}

/// A journey in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    journey: String,
    step: String,
    entered_at: i64,
    history: Vec<Snapshot>,
    pub world: World,
    entropy: Entropy,
    /// Seconds `advance` effects moved time forward that the widget's clock has not applied yet.
    clock_jump: i64,
    /// Rule steps passed through on the way to the current step (decided without the reader).
    passed: Vec<String>,
    /// Every step passed since the start, the current one last.
    trail: Vec<Visit>,
}

/// Why a saved run could not be resumed; the widget starts over and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Not a saved run at all (corrupted, truncated).
    Unreadable,
    /// Saved by an older version of the widget.
    OldFormat,
    /// Saved for a different journey.
    OtherJourney,
    /// The saved step no longer exists in this journey.
    StepGone(String),
    /// A recorded event no longer applies at this step (the journey changed since).
    NoLongerFits(String),
}

impl Run {
    /// Starts `journey` at `start` (or its first step) at simulated time `now`. A run that
    /// starts in the middle (a deep link) first lives through the way there: the effects of the
    /// steps on a shortest path from the journey's start, and what the transitions taken leave
    /// behind (a spent link, a scanned and enrolled device), so the world matches the step: the
    /// mail it talks about is in the inbox, the app is empty after the phone change.
    pub fn start(
        journey: &Journey,
        start: Option<&str>,
        mut entropy: Entropy,
        now: i64,
    ) -> Result<Run, EntropyUnavailable> {
        let world = World::new(&mut entropy)?;
        let first = start.unwrap_or(&journey.start).to_owned();
        let mut run = Run {
            journey: journey.id.clone(),
            step: first.clone(),
            entered_at: now,
            history: Vec::new(),
            world,
            entropy,
            clock_jump: 0,
            passed: Vec::new(),
            trail: Vec::new(),
        };
        if first != journey.start {
            for (step, taken) in path_to(journey, &first) {
                run.live_through(step, taken, now)?;
            }
        }
        run.enter(journey, &first, now, Arrival::Start)?;
        Ok(run)
    }

    /// On the way to a deep-linked step: `step`'s effects (time stays where the host set it),
    /// then what leaving it by `taken` leaves behind.
    fn live_through(
        &mut self,
        step: &Step,
        taken: &Transition,
        now: i64,
    ) -> Result<(), EntropyUnavailable> {
        if step.screen != Screen::None {
            self.world.screen = step.screen;
        }
        for effect in &step.effects {
            if !matches!(effect, Effect::Advance { .. }) {
                self.apply(effect, now)?;
            }
        }
        let w = &mut self.world;
        match taken {
            Transition::Link { mail, .. } => {
                if let Some(link) = w
                    .mails
                    .iter_mut()
                    .rev()
                    .find(|m| m.id == *mail)
                    .and_then(|m| m.link.as_mut())
                {
                    link.used = true;
                }
            }
            Transition::Enrolled { .. } => {
                if let Some(enrollment) = &w.enrollment {
                    w.app.scan(enrollment);
                    w.enrolled = true;
                }
            }
            Transition::Choice { .. }
            | Transition::Action { .. }
            | Transition::Keypad { .. }
            | Transition::ConsoleCode { .. }
            | Transition::Rule { .. }
            | Transition::After { .. }
            | Transition::Continue { .. } => {}
        }
        Ok(())
    }

    /// The current step's id.
    pub fn step_id(&self) -> &str {
        &self.step
    }

    /// The current step.
    pub fn step<'j>(&self, journey: &'j Journey) -> Option<&'j Step> {
        journey.step(&self.step)
    }

    /// 1-based position along the path taken so far.
    pub fn position(&self) -> usize {
        self.history.len().saturating_add(1)
    }

    /// Whether Back would do anything.
    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }

    /// The journey's outcome, once the reader reached one.
    pub fn outcome<'j>(&self, journey: &'j Journey) -> Option<&'j Outcome> {
        self.step(journey).and_then(|s| s.outcome.as_ref())
    }

    /// The rule steps the last move passed through, in order (for tests and for the source line:
    /// "decided by: stored phone reachable").
    pub fn passed_through(&self) -> &[String] {
        &self.passed
    }

    /// When the reader arrived on this step (simulated time).
    pub fn entered_at(&self) -> i64 {
        self.entered_at
    }

    /// Every step passed since the start (rule steps included), the current one last: the
    /// map's path and the timeline. A replayed recording gives the same trail back.
    pub fn trail(&self) -> &[Visit] {
        &self.trail
    }

    /// Whether [`Event::BackTo`] `step` would go back (it is an earlier step of the path).
    pub fn can_go_back_to(&self, step: &str) -> bool {
        self.history.iter().any(|s| s.step == step)
    }

    /// Total steps on this path, if what remains has no branches; `None` while it depends on
    /// what the reader does.
    pub fn total_if_known(&self, journey: &Journey) -> Option<usize> {
        let mut count = self.position();
        let mut current = self.step(journey)?;
        for _ in 0..journey.steps.len() {
            if current.outcome.is_some() {
                return Some(count);
            }
            let mut targets: Vec<&str> = current.on.iter().flat_map(Transition::targets).collect();
            targets.sort_unstable();
            targets.dedup();
            let [only] = targets.as_slice() else {
                return None;
            };
            current = journey.step(only)?;
            count = count.saturating_add(1);
        }
        None
    }

    /// Handles one event at simulated time `now`. Not inlined: the widget, the replay and the
    /// timeline's what-if all call it, and one copy of it is much smaller than one in each.
    #[inline(never)]
    pub fn handle(&mut self, journey: &Journey, event: Event, now: i64) -> Result<Change, Refusal> {
        if event == Event::Back {
            return self.back();
        }
        if let Event::BackTo(step) = &event {
            return self.back_to(step);
        }
        // A backstop behind the fields' own check: a refused event is never recorded for resume.
        let typed: &[(&str, Expect)] = match &event {
            Event::ConsoleCode(text) => &[(text, Expect::Digits)],
            Event::RestoreApp(text) => &[(text, Expect::Base32)],
            Event::Enroll { first, second } => &[(first, Expect::Digits), (second, Expect::Digits)],
            _ => &[],
        };
        if typed
            .iter()
            .any(|(text, expect)| guard::refuse(text, *expect).is_some())
        {
            return Err(Refusal::Credential);
        }
        let step = self.step(journey).ok_or(Refusal::NotNow)?;
        let target = match &event {
            Event::Choose(choice) => step.choice_target(choice).map(str::to_owned),
            Event::Action(action) => {
                let found = step.on.iter().find_map(|t| match t {
                    Transition::Action { action: a, next } if a == action => Some(next.clone()),
                    _ => None,
                });
                if found.is_none() && *action == Action::ResendEmail {
                    return self.resend_mail(now);
                }
                found
            }
            Event::OpenLink(index) => return self.open_link(journey, *index, now),
            Event::WipeApp | Event::ScanQr | Event::RestoreApp(_) | Event::RestorePractice(_) => {
                return self.phone_app(&event);
            }
            Event::Keypad(digit) => return self.keypad(journey, *digit, now),
            Event::ConsoleCode(code) => {
                let expected = self.world.expected_sms_code().map(str::to_owned);
                let wants = step.on.iter().find_map(|t| match t {
                    Transition::ConsoleCode { next } => Some(next.clone()),
                    _ => None,
                });
                match (wants, expected) {
                    (Some(next), Some(expected)) => {
                        if normalise_code(code, CODE_DIGITS).as_deref() == Some(expected.as_str()) {
                            Some(next)
                        } else {
                            return Err(Refusal::WrongCode);
                        }
                    }
                    _ => None,
                }
            }
            Event::Enroll { first, second } => {
                let next = step.on.iter().find_map(|t| match t {
                    Transition::Enrolled { next } => Some(next.clone()),
                    _ => None,
                });
                let enrollment = self.world.enrollment.as_ref();
                match (next, enrollment) {
                    (Some(next), Some(enrollment)) => {
                        enrollment
                            .verify(first, second, now)
                            .map_err(Refusal::Pair)?;
                        self.world.enrolled = true;
                        Some(next)
                    }
                    _ => None,
                }
            }
            Event::Continue => step.on.iter().find_map(|t| match t {
                Transition::Continue { next } => Some(next.clone()),
                _ => None,
            }),
            Event::Back | Event::BackTo(_) => None,
        };
        let target = target.ok_or(Refusal::NotNow)?;
        self.go(journey, &target, now, Arrival::Reader)
    }

    /// When the current step's `after` transition fires (simulated time), if it has one: the UI
    /// shows it and offers to jump there.
    pub fn next_due(&self, journey: &Journey) -> Option<i64> {
        self.due(journey).map(|(at, _)| at)
    }

    fn due(&self, journey: &Journey) -> Option<(i64, String)> {
        self.step(journey)?.on.iter().find_map(|t| match t {
            Transition::After {
                minutes,
                within,
                next,
            } => Some((after_due(self.entered_at, *minutes, *within), next.clone())),
            _ => None,
        })
    }

    /// Moves time-based transitions (`after`) when their time has come. Call on every tick.
    #[inline(never)]
    pub fn tick(&mut self, journey: &Journey, now: i64) -> Option<Change> {
        let (due, next) = self.due(journey)?;
        if now < due {
            return None;
        }
        self.go(journey, &next, now, Arrival::Waited).ok()
    }

    fn go(
        &mut self,
        journey: &Journey,
        target: &str,
        now: i64,
        by: Arrival,
    ) -> Result<Change, Refusal> {
        let from = self.step.clone();
        self.history.push(Snapshot {
            step: from.clone(),
            entered_at: self.entered_at,
            world: self.world.clone(),
            trail_len: self.trail.len(),
        });
        if self.history.len() > MAX_HISTORY {
            self.history.remove(0);
        }
        if self.enter(journey, target, now, by).is_err() {
            self.back()?;
            return Err(Refusal::NoRandomness);
        }
        Ok(Change::Step {
            from,
            to: self.step.clone(),
        })
    }

    /// Arrives on `id`: applies its effects, then follows rule steps.
    fn enter(
        &mut self,
        journey: &Journey,
        id: &str,
        now: i64,
        by: Arrival,
    ) -> Result<(), EntropyUnavailable> {
        let mut now = now;
        let mut current = id.to_owned();
        let mut by = by;
        self.passed.clear();
        for _ in 0..MAX_RULE_HOPS {
            let Some(step) = journey.step(&current) else {
                break;
            };
            self.step = current.clone();
            self.entered_at = now;
            if self.trail.len() < MAX_TRAIL {
                let advanced = step
                    .effects
                    .iter()
                    .map(|e| match e {
                        Effect::Advance { minutes } => i64::from(*minutes).saturating_mul(60),
                        _ => 0,
                    })
                    .fold(0i64, i64::saturating_add);
                self.trail.push(Visit {
                    step: current.clone(),
                    at: now,
                    advanced,
                    by: std::mem::replace(&mut by, Arrival::Rule),
                });
            }
            if let Some(screen) = Some(step.screen).filter(|s| *s != Screen::None) {
                self.world.screen = screen;
            }
            for effect in &step.effects {
                if let Effect::Advance { minutes } = effect {
                    let secs = i64::from(*minutes).saturating_mul(60);
                    now = now.saturating_add(secs);
                    self.entered_at = now;
                    self.clock_jump = self.clock_jump.saturating_add(secs);
                }
                self.apply(effect, now)?;
            }
            let Some(Transition::Rule {
                rule,
                then,
                otherwise,
            }) = step.on.first()
            else {
                break;
            };
            let next = if self.rule_holds(*rule, now) {
                then.clone()
            } else {
                otherwise.clone()
            };
            self.passed.push(std::mem::replace(&mut current, next));
        }
        Ok(())
    }

    fn rule_holds(&self, rule: Rule, now: i64) -> bool {
        match rule {
            Rule::JapaneseSupportOpen => japanese_support_open(now),
            Rule::StoredPhoneReachable => check_as_stored(&self.world.stored_phone).is_ok(),
        }
    }

    fn apply(&mut self, effect: &Effect, now: i64) -> Result<(), EntropyUnavailable> {
        let w = &mut self.world;
        match effect {
            Effect::WipeAuthenticator => w.app.wipe(),
            Effect::SetStoredPhone { number } => w.stored_phone = number.clone(),
            Effect::Mail {
                id,
                from,
                subject,
                body,
                link,
                code,
            } => {
                let code = if *code {
                    Some(self.entropy.digits("mail-code", CODE_DIGITS)?)
                } else {
                    None
                };
                self.world.mails.push(Mail {
                    id: id.clone(),
                    from: from.clone(),
                    subject: subject.clone(),
                    body: body.clone(),
                    received_at: now,
                    link: link.as_ref().map(|l| {
                        let lifetime = l
                            .expires_after_minutes
                            .map(|m| i64::from(m).saturating_mul(60));
                        LinkState::new(l.label.clone(), lifetime, now)
                    }),
                    code,
                });
            }
            Effect::ShowConsoleCode => {
                w.console_code = Some(self.entropy.digits("console-code", CODE_DIGITS)?)
            }
            Effect::Call {
                caller,
                says,
                keypad,
                language,
            } => {
                w.call = Some(Call {
                    caller: caller.clone(),
                    says: says.clone(),
                    keypad: *keypad,
                    language: *language,
                    rang_at: now,
                    typed: String::new(),
                })
            }
            Effect::HangUp => w.call = None,
            Effect::Sms { from, text } => {
                let code = self.entropy.digits("sms-code", CODE_DIGITS)?;
                let fill = |s: &str| s.replace("{code}", &code);
                self.world.sms.push(Sms {
                    from: from.clone(),
                    text: super::journey::Text::new(fill(&text.ja), fill(&text.en)),
                    code,
                    received_at: now,
                });
            }
            Effect::Advance { .. } => {} // applied to `now` in `enter`, and owed to the clock
            Effect::RemoveDevice => w.old_device = false,
            Effect::NewEnrollment { device_name } => {
                let made = Enrollment::new(&mut self.entropy, device_name.as_deref())?;
                let w = &mut self.world;
                w.made.push(made.clone());
                w.enrollment = Some(made);
                w.enrolled = false;
            }
        }
        Ok(())
    }

    /// Seconds the widget's clock must jump because a step said time passes ("two hours
    /// later…"). Taking it resets it, so each jump is applied once.
    pub fn take_clock_jump(&mut self) -> i64 {
        std::mem::take(&mut self.clock_jump)
    }

    fn back(&mut self) -> Result<Change, Refusal> {
        let snapshot = self.history.pop().ok_or(Refusal::NothingBefore)?;
        let from = std::mem::replace(&mut self.step, snapshot.step);
        self.entered_at = snapshot.entered_at;
        self.world = snapshot.world;
        self.trail.truncate(snapshot.trail_len);
        Ok(Change::Step {
            from,
            to: self.step.clone(),
        })
    }

    /// Back to the latest time the reader stood on `step` (never forward: only the path's
    /// earlier steps are there).
    fn back_to(&mut self, step: &str) -> Result<Change, Refusal> {
        let k = self
            .history
            .iter()
            .rposition(|s| s.step == step)
            .ok_or(Refusal::NothingBefore)?;
        let from = self.step.clone();
        self.history.truncate(k.saturating_add(1));
        self.back()?;
        Ok(Change::Step {
            from,
            to: self.step.clone(),
        })
    }

    /// "Resend the email": a copy of the newest link mail with a fresh expiry.
    fn resend_mail(&mut self, now: i64) -> Result<Change, Refusal> {
        let Some(last) = self
            .world
            .mails
            .iter()
            .rev()
            .find(|m| m.link.is_some())
            .cloned()
        else {
            return Err(Refusal::NotNow);
        };
        for mail in &mut self.world.mails {
            if let Some(link) = &mut mail.link {
                link.used = true; // a new mail voids the older links
            }
        }
        let mut fresh = last;
        fresh.received_at = now;
        if let Some(link) = &mut fresh.link {
            *link = LinkState::new(link.label.clone(), link.lifetime_secs, now);
        }
        self.world.mails.push(fresh);
        Ok(Change::World)
    }

    fn open_link(&mut self, journey: &Journey, index: usize, now: i64) -> Result<Change, Refusal> {
        let (mail_id, used, expired) = match self.world.mails.get(index) {
            Some(Mail {
                id,
                link: Some(link),
                ..
            }) => (id.clone(), link.used, link.expired(now)),
            _ => return Err(Refusal::NotNow),
        };
        if used {
            return Err(Refusal::LinkUsed);
        }
        let step = self.step(journey).ok_or(Refusal::NotNow)?;
        let (next, on_expiry) = step
            .on
            .iter()
            .find_map(|t| match t {
                Transition::Link {
                    mail,
                    next,
                    expired,
                } if *mail == mail_id => Some((next.clone(), expired.clone())),
                _ => None,
            })
            .ok_or(Refusal::NotNow)?;
        if expired {
            return match on_expiry {
                Some(target) => self.go(journey, &target, now, Arrival::Reader),
                None => Err(Refusal::LinkExpired),
            };
        }
        // Links are single-use (observed 2026). The link is marked before the step's snapshot is
        // taken, so Back returns to the mail with its link spent, as it would be for real.
        if let Some(link) = self
            .world
            .mails
            .get_mut(index)
            .and_then(|m| m.link.as_mut())
        {
            link.used = true;
        }
        self.go(journey, &next, now, Arrival::Reader)
    }

    fn keypad(&mut self, journey: &Journey, digit: char, now: i64) -> Result<Change, Refusal> {
        let expected = self.world.console_code.clone();
        let Some(call) = self.world.call.as_mut() else {
            return Err(Refusal::NotNow);
        };
        if !call.keypad || !digit.is_ascii_digit() {
            return Err(Refusal::NotNow);
        }
        call.typed.push(digit);
        if call.typed.len() < CODE_DIGITS {
            return Ok(Change::World);
        }
        let typed = std::mem::take(&mut call.typed);
        if Some(typed) != expected {
            return Ok(Change::KeypadCodeRejected);
        }
        let next = self
            .step(journey)
            .and_then(|s| {
                s.on.iter().find_map(|t| match t {
                    Transition::Keypad { next } => Some(next.clone()),
                    _ => None,
                })
            })
            .ok_or(Refusal::NotNow)?;
        self.go(journey, &next, now, Arrival::Reader)
    }

    /// The reader changed the authenticator app on the phone (not a step of the journey).
    fn phone_app(&mut self, event: &Event) -> Result<Change, Refusal> {
        let w = &mut self.world;
        match event {
            Event::WipeApp => w.app.wipe(),
            Event::ScanQr => {
                let enrollment = w.enrollment.as_ref().ok_or(Refusal::NotNow)?;
                w.app.scan(enrollment);
            }
            Event::RestoreApp(typed) => match w.practice_secret(typed) {
                KeyCheck::Practice(n) => return self.phone_app(&Event::RestorePractice(n)),
                KeyCheck::NotPractice => return Err(Refusal::NotPracticeKey),
                KeyCheck::Unreadable(e) => return Err(Refusal::Secret(e)),
            },
            Event::RestorePractice(n) => {
                let made = w.made.get(*n).ok_or(Refusal::NotNow)?;
                w.app.restore(made);
            }
            _ => return Err(Refusal::NotNow),
        }
        Ok(Change::World)
    }
}
