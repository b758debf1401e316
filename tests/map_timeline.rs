//! The map's layout and the timeline's facts, natively: layers follow the transitions, the
//! barycentre order crosses fewer edges than file order, the trail is what the reader passed
//! (Back and the map's "go back" cut it), the timeline's times, waits, total and the other
//! answer's first call come from the engine's own rules, and a replayed recording gives the same
//! timeline back.

mod common;

use common::{all_journeys, jst};
use mfa_rescue::engine::builtin;
use mfa_rescue::engine::clock::Clock;
use mfa_rescue::engine::entropy::Entropy;
use mfa_rescue::engine::graph_layout::{Layout, layout};
use mfa_rescue::engine::journey::{Action, Journey};
use mfa_rescue::engine::resume::Recording;
use mfa_rescue::engine::rules::next_japanese_support_opening;
use mfa_rescue::engine::run::{Arrival, Event, Refusal, Run};
use mfa_rescue::engine::timeline::timeline;

/// The journey's steps as indices and its transitions as index pairs (file order).
fn edges_of(j: &Journey) -> Vec<(usize, usize)> {
    let index = |id: &str| j.steps.iter().position(|s| s.id == id);
    let mut edges = Vec::new();
    for (a, step) in j.steps.iter().enumerate() {
        for t in &step.on {
            for target in t.targets() {
                if let Some(b) = index(target)
                    && !edges.contains(&(a, b))
                {
                    edges.push((a, b));
                }
            }
        }
    }
    edges
}

fn reaches(edges: &[(usize, usize)], from: usize, to: usize) -> bool {
    let mut seen = vec![from];
    let mut todo = vec![from];
    while let Some(v) = todo.pop() {
        if v == to {
            return true;
        }
        for &(a, b) in edges {
            if a == v && !seen.contains(&b) {
                seen.push(b);
                todo.push(b);
            }
        }
    }
    false
}

/// Crossings between edges joining adjacent layers, with columns from `column`.
fn crossings(l: &Layout, column: &[usize], edges: &[(usize, usize)]) -> usize {
    let adjacent: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|&(a, b)| l.layer[b] == l.layer[a] + 1)
        .collect();
    let mut n = 0;
    for (i, &(a, b)) in adjacent.iter().enumerate() {
        for &(c, d) in &adjacent[i + 1..] {
            if l.layer[a] == l.layer[c] {
                let (x1, y1, x2, y2) = (column[a], column[b], column[c], column[d]);
                if (x1 < x2 && y1 > y2) || (x1 > x2 && y1 < y2) {
                    n += 1;
                }
            }
        }
    }
    n
}

#[test]
fn every_edge_goes_down_unless_it_closes_a_loop() {
    for j in all_journeys() {
        let edges = edges_of(&j);
        let l = layout(j.steps.len(), &edges);
        assert_eq!(l.layer.len(), j.steps.len());
        assert_eq!(l.layer[0], 0, "{}: the start is on top", j.id);
        for &(a, b) in &edges {
            assert!(
                l.layer[b] > l.layer[a] || reaches(&edges, b, a),
                "{}: {} → {} goes up without closing a loop",
                j.id,
                j.steps[a].id,
                j.steps[b].id
            );
        }
        // Longest path: a step one row lower than all its parents has a parent just above it.
        for b in 1..j.steps.len() {
            let parents: Vec<usize> = edges
                .iter()
                .filter(|&&(a, t)| t == b && l.layer[a] < l.layer[b])
                .map(|&(a, _)| a)
                .collect();
            if !parents.is_empty() {
                assert!(
                    parents.iter().any(|&a| l.layer[a] + 1 == l.layer[b]),
                    "{}: {} sits lower than its longest path",
                    j.id,
                    j.steps[b].id
                );
            }
        }
        // One node per cell, the rows as wide as the layout says.
        let rows = l.rows.clone();
        assert_eq!(rows.len(), l.layers);
        assert_eq!(rows.iter().map(Vec::len).sum::<usize>(), j.steps.len());
        assert_eq!(rows.iter().map(Vec::len).max().unwrap(), l.columns);
        for row in &rows {
            let mut cols: Vec<usize> = row.iter().map(|&n| l.column[n]).collect();
            cols.dedup();
            assert_eq!(cols, (0..row.len()).collect::<Vec<_>>(), "{}", j.id);
        }
    }
}

#[test]
fn barycentre_order_crosses_no_more_edges_than_file_order() {
    let mut fewer = 0;
    for j in all_journeys() {
        let edges = edges_of(&j);
        let l = layout(j.steps.len(), &edges);
        // File order within each row, the same rows.
        let mut naive = vec![0; j.steps.len()];
        for row in l.rows.clone() {
            let mut sorted = row.clone();
            sorted.sort_unstable();
            for (c, n) in sorted.into_iter().enumerate() {
                naive[n] = c;
            }
        }
        let (ours, theirs) = (
            crossings(&l, &l.column, &edges),
            crossings(&l, &naive, &edges),
        );
        assert!(
            ours <= theirs,
            "{}: {ours} crossings, file order {theirs}",
            j.id
        );
        fewer += usize::from(ours < theirs);
    }
    assert!(fewer > 0, "the ordering changes nothing on any journey");
}

#[test]
fn layout_takes_any_edges_without_panicking() {
    assert_eq!(layout(0, &[]).layers, 0);
    let l = layout(3, &[(0, 9), (9, 0), (1, 1), (2, 0)]);
    assert_eq!(l.layer.len(), 3);
    assert_eq!(l.column.len(), 3);
    assert_eq!(l.rows.iter().map(Vec::len).sum::<usize>(), 3);
}

fn support() -> Journey {
    builtin::journey("support").unwrap().unwrap()
}

/// Plays `events` (each at its second) and records them as the widget would.
fn play(j: &Journey, start: i64, events: &[(i64, Event)]) -> (Run, Recording) {
    let mut rec = Recording::new(&j.id, None, "timeline", start);
    let mut run = rec.start_run(j).unwrap();
    for (at, event) in events {
        run.handle(j, event.clone(), *at)
            .unwrap_or_else(|e| panic!("{event:?} at {}: {e:?}", run.step_id()));
        rec.event(*at, event.clone(), &run);
    }
    (run, rec)
}

/// Friday 27 Nov 2026, 22:50 in Japan: support is closed until Monday 09:00.
fn friday_night() -> i64 {
    jst(2026, 11, 27, 22, 50)
}

fn to_english(t0: i64) -> Vec<(i64, Event)> {
    vec![
        (t0 + 60, Event::Choose("root".into())),
        (t0 + 120, Event::Continue),
        (jst(2026, 11, 27, 23, 0), Event::Choose("english".into())),
        (
            jst(2026, 11, 27, 23, 1),
            Event::Action(Action::SubmitSupport),
        ),
    ]
}

#[test]
fn the_other_answer_at_the_support_language_step_is_the_engines_own_figure() {
    let j = support();
    let t0 = friday_night();
    let (mut run, _) = play(&j, t0, &to_english(t0));
    assert_eq!(run.step_id(), "en-ack");
    // The acknowledgement waits five minutes for the call.
    let due = run.next_due(&j).unwrap();
    run.tick(&j, due).unwrap();
    assert_eq!(run.step_id(), "en-call");
    run.handle(&j, Event::Choose("english-ok".into()), due + 60)
        .unwrap();
    run.handle(&j, Event::Choose("cannot-read".into()), due + 120)
        .unwrap();
    assert!(run.outcome(&j).is_some(), "affidavit ends the journey");

    let tl = timeline(&j, &run);
    let steps: Vec<&str> = tl.entries.iter().map(|e| e.step.as_str()).collect();
    assert_eq!(
        steps,
        [
            "why-support",
            "support-form",
            "support-language",
            "submit-english",
            "en-ack",
            "en-call",
            "en-confirm-email",
            "affidavit"
        ]
    );
    let ack = &tl.entries[4];
    assert_eq!(ack.at, jst(2026, 11, 27, 23, 1));
    let call = &tl.entries[5];
    assert_eq!(call.by, Arrival::Waited);
    assert_eq!(call.since_previous, 5 * 60);
    assert_eq!(tl.entries[0].by, Arrival::Start);
    assert_eq!(tl.total_secs(), due + 120 - t0);

    // Japanese would have been: submit, then the closed-hours acknowledgement, whose call waits
    // 30 minutes held to support hours: Monday 30 Nov, 09:00, 58 hours after the answer.
    assert_eq!(tl.other_choices.len(), 1, "{:?}", tl.other_choices);
    let other = &tl.other_choices[0];
    assert_eq!(
        (other.step.as_str(), other.choice.as_str()),
        ("support-language", "japanese")
    );
    let decided = jst(2026, 11, 27, 23, 0);
    assert_eq!(other.decided_at, decided);
    assert_eq!(
        other.call_at,
        Some(next_japanese_support_opening(decided + 30 * 60))
    );
    assert_eq!(other.call_at, Some(jst(2026, 11, 30, 9, 0)));
    assert_eq!(other.wait_secs(), Some(58 * 3600));
}

#[test]
fn choosing_japanese_shows_when_english_would_have_called() {
    let j = support();
    let t0 = friday_night();
    let mut events = to_english(t0);
    events[2].1 = Event::Choose("japanese".into());
    let (run, _) = play(&j, t0, &events);
    // The rule step decided at once: closed on a Friday night.
    assert_eq!(run.step_id(), "jp-ack-closed");
    let tl = timeline(&j, &run);
    let jp_hours = tl.entries.iter().find(|e| e.step == "jp-hours").unwrap();
    let ack = tl
        .entries
        .iter()
        .find(|e| e.step == "jp-ack-closed")
        .unwrap();
    assert_eq!(ack.by, Arrival::Rule);
    assert_eq!(ack.at, jp_hours.at);
    let other = tl
        .other_choices
        .iter()
        .find(|o| o.step == "support-language")
        .unwrap();
    assert_eq!(other.choice, "english");
    assert_eq!(other.wait_secs(), Some(5 * 60), "{other:?}");
    // The what-if left the reader's run alone.
    assert_eq!(run.step_id(), "jp-ack-closed");
}

#[test]
fn going_back_to_a_passed_step_cuts_the_trail_and_replays_on_reload() {
    let j = support();
    let t0 = friday_night();
    let (mut run, mut rec) = play(&j, t0, &to_english(t0));
    assert!(run.can_go_back_to("support-form"));
    assert!(!run.can_go_back_to("en-call"), "never forward");
    let before = run.clone();
    assert_eq!(
        run.handle(&j, Event::BackTo("en-call".into()), t0 + 900),
        Err(Refusal::NothingBefore)
    );
    assert_eq!(run, before, "a refused jump changes nothing");
    let back = Event::BackTo("support-form".into());
    run.handle(&j, back.clone(), t0 + 900).unwrap();
    rec.event(t0 + 900, back, &run);
    assert_eq!(run.step_id(), "support-form");
    let trail: Vec<&str> = run.trail().iter().map(|v| v.step.as_str()).collect();
    assert_eq!(trail, ["why-support", "support-form"]);
    assert_eq!(run.position(), 2);

    let text = rec.encode(&Clock::Real);
    assert!(text.contains("back-to support-form"), "{text}");
    let (read, _) = Recording::decode(&text).unwrap();
    let replayed = read.replay(&j).unwrap();
    assert_eq!(replayed, run);
    assert_eq!(timeline(&j, &replayed), timeline(&j, &run));
}

#[test]
fn a_reloaded_run_gives_the_same_timeline() {
    let j = support();
    let t0 = friday_night();
    let (mut run, mut rec) = play(&j, t0, &to_english(t0));
    let due = run.next_due(&j).unwrap();
    run.tick(&j, due).unwrap();
    rec.tick(due);
    let (read, _) = Recording::decode(&rec.encode(&Clock::Real)).unwrap();
    let replayed = read.replay(&j).unwrap();
    let tl = timeline(&j, &replayed);
    assert_eq!(tl, timeline(&j, &run));
    assert_eq!(tl.entries.last().unwrap().step, "en-call");
    assert_eq!(tl.other_choices.len(), 1);
}

#[test]
fn time_jumps_of_a_step_are_on_its_entry_and_in_the_total() {
    // A step whose effect says two hours pass.
    let text = common::two_steps(r#"{"on": "continue", "next": "b"}"#).replace(
        r#""outcome": {"id": "done""#,
        r#""effects": [{"type": "advance", "minutes": 120}], "outcome": {"id": "done""#,
    );
    let j = mfa_rescue::engine::journey::load(&text).unwrap();
    let t0 = jst(2026, 11, 24, 10, 0);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("jump")), t0).unwrap();
    run.handle(&j, Event::Continue, t0 + 30).unwrap();
    let tl = timeline(&j, &run);
    assert_eq!(tl.entries[1].advanced, 2 * 3600);
    assert_eq!(tl.entries[1].at, t0 + 30);
    assert_eq!(tl.total_secs(), 30 + 2 * 3600);
    assert!(tl.other_choices.is_empty());
}

#[test]
fn every_journeys_trail_starts_at_its_start() {
    for j in all_journeys() {
        let run = Run::start(&j, None, Entropy::from_seed(Some("t")), friday_night()).unwrap();
        let tl = timeline(&j, &run);
        assert_eq!(tl.entries.len(), run.trail().len());
        assert_eq!(tl.entries[0].step, j.start, "{}", j.id);
    }
}
