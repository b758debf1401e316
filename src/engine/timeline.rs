//! The rehearsal's timeline: each step the reader passed with its simulated time, the waits and
//! time jumps between them, the total, and at the support-language decision what the other
//! answer would have meant. It is derived from the run's trail ([`Run::trail`]), so a run
//! replayed from its recording on reload gives the same timeline back; the other answer is
//! played by the engine itself ([`Run::handle`], [`Run::tick`]) on a run started at that step,
//! so its figure follows the same hours and calendar rules as the real path.

use super::entropy::Entropy;
use super::journey::{DecisionRule, Effect, Journey, Step, Transition};
use super::run::{Arrival, Event, Run, Visit};

/// Moves played at most when following an answer the reader did not give.
const MAX_WHAT_IF_MOVES: usize = 16;

/// One step of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub step: String,
    /// Simulated second of arrival.
    pub at: i64,
    pub by: Arrival,
    /// Seconds since the previous step was left behind (its arrival plus its own time jump):
    /// a wait the reader sat out or skipped, or time the reader spent.
    pub since_previous: i64,
    /// Seconds this step's own time jump moved the clock ("two hours later…").
    pub advanced: i64,
}

/// What an answer the reader did not give would have meant: when the first call would come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherChoice {
    /// The decision step.
    pub step: String,
    /// The answer not given (`Transition::Choice::id`).
    pub choice: String,
    /// When the reader answered.
    pub decided_at: i64,
    /// When the first call would have come on that way, if it comes at all.
    pub call_at: Option<i64>,
}

impl OtherChoice {
    /// Seconds from the answer to that call.
    pub fn wait_secs(&self) -> Option<i64> {
        self.call_at.map(|t| t.saturating_sub(self.decided_at))
    }
}

/// The whole timeline of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub entries: Vec<Entry>,
    pub other_choices: Vec<OtherChoice>,
    /// Simulated second the trail began.
    pub started_at: i64,
    /// Simulated second the last step was reached (after its own time jump).
    pub ended_at: i64,
}

impl Timeline {
    /// From the first step to the last.
    pub fn total_secs(&self) -> i64 {
        self.ended_at.saturating_sub(self.started_at)
    }
}

fn left_at(v: &Visit) -> i64 {
    v.at.saturating_add(v.advanced)
}

/// The timeline of `run` in `journey`.
pub fn timeline(journey: &Journey, run: &Run) -> Timeline {
    let trail = run.trail();
    let mut entries = Vec::with_capacity(trail.len());
    let mut other_choices = Vec::new();
    let mut previous: Option<&Visit> = None;
    for (i, visit) in trail.iter().enumerate() {
        entries.push(Entry {
            step: visit.step.clone(),
            at: visit.at,
            by: visit.by,
            since_previous: previous.map_or(0, |p| visit.at.saturating_sub(left_at(p)).max(0)),
            advanced: visit.advanced,
        });
        previous = Some(visit);
        let (Some(step), Some(next)) = (journey.step(&visit.step), trail.get(i.saturating_add(1)))
        else {
            continue;
        };
        if !asks_support_language(step) {
            continue;
        }
        for (choice, target) in choices(step) {
            if target == next.step {
                continue;
            }
            other_choices.push(OtherChoice {
                step: visit.step.clone(),
                choice: choice.to_owned(),
                decided_at: next.at,
                call_at: first_call_after(journey, &visit.step, choice, next.at),
            });
        }
    }
    Timeline {
        entries,
        other_choices,
        started_at: trail.first().map_or(run.entered_at(), |v| v.at),
        ended_at: trail.last().map_or(run.entered_at(), left_at),
    }
}

fn asks_support_language(step: &Step) -> bool {
    step.decision
        .as_ref()
        .is_some_and(|d| d.rule == Some(DecisionRule::SupportLanguage))
}

fn choices(step: &Step) -> impl Iterator<Item = (&str, &str)> {
    step.on.iter().filter_map(|t| match t {
        Transition::Choice { id, next, .. } => Some((id.as_str(), next.as_str())),
        _ => None,
    })
}

fn rings(step: &Step) -> bool {
    step.effects
        .iter()
        .any(|e| matches!(e, Effect::Call { .. }))
}

/// Plays `choice` on decision step `step` at `at`, then the way on with no further answers (the
/// first button or Next at once, a wait sat out to its end), and returns when the first call
/// rings: `None` if the way ends, asks a question or loops first. The run is a fresh one started
/// at the step (a deep link: the world of the way there), so the reader's own run is untouched
/// and its secrets are not drawn again.
fn first_call_after(journey: &Journey, step: &str, choice: &str, at: i64) -> Option<i64> {
    let mut run = Run::start(journey, Some(step), Entropy::from_seed(Some("what-if")), at).ok()?;
    run.handle(journey, Event::Choose(choice.to_owned()), at)
        .ok()?;
    for _ in 0..MAX_WHAT_IF_MOVES {
        let step = run.step(journey)?;
        if rings(step) {
            return Some(run.entered_at());
        }
        let now = run.entered_at();
        let event = step.on.iter().find_map(|t| match t {
            Transition::Action { action, .. } => Some(Event::Action(*action)),
            Transition::Continue { .. } => Some(Event::Continue),
            _ => None,
        });
        match event {
            Some(event) => {
                run.handle(journey, event, now).ok()?;
            }
            None => {
                let due = run.next_due(journey)?;
                run.tick(journey, due)?;
            }
        }
    }
    None
}
