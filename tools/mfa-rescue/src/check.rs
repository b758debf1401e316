//! `mfa-rescue check FILE…`: the widget's loader on each file, every problem on a line of its
//! own that names the file, the step and the field.

use crate::Report;
use crate::engine::journey::{Journey, JourneyError, load};

/// Reads `text` as JSON, or says in one line why it is not a journey file at all (exit 2):
/// empty, or not JSON. Anything that is JSON goes to the loader, whose messages are the widget's.
pub fn parse(name: &str, text: &str) -> Result<Result<Journey, Vec<JourneyError>>, Report> {
    let bad = |why: String| Report {
        code: 2,
        stdout: String::new(),
        stderr: format!("mfa-rescue: {name}: {why}\n"),
    };
    if text.trim().is_empty() {
        return Err(bad(
            "the file is empty; a journey is a JSON object (docs/JOURNEYS.md)".into(),
        ));
    }
    if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
        return Err(bad(format!("not JSON: {e}")));
    }
    Ok(load(text))
}

/// The lines for one file.
pub fn check(name: &str, text: &str) -> Report {
    match parse(name, text) {
        Err(report) => report,
        Ok(Ok(journey)) => {
            let outcomes = journey.steps.iter().filter(|s| s.outcome.is_some()).count();
            Report {
                code: 0,
                stdout: format!(
                    "{name}: ok, journey \"{}\": {} steps, {outcomes} outcomes\n",
                    journey.id,
                    journey.steps.len()
                ),
                stderr: String::new(),
            }
        }
        Ok(Err(problems)) => Report {
            code: 1,
            stdout: problems.iter().map(|p| format!("{name}: {p}\n")).collect(),
            stderr: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

    fn builtin(name: &str) -> String {
        std::fs::read_to_string(format!("{ROOT}/journeys/{name}.json")).unwrap()
    }

    #[test]
    fn every_builtin_journey_checks_clean() {
        for name in [
            "iam-user",
            "org-member",
            "prevention",
            "root-self-service",
            "support",
            "triage",
        ] {
            let report = check(&format!("{name}.json"), &builtin(name));
            assert_eq!(report.code, 0, "{report:?}");
            assert!(
                report
                    .stdout
                    .starts_with(&format!("{name}.json: ok, journey \"{name}\"")),
                "{report:?}"
            );
            assert_eq!(report.stdout.lines().count(), 1);
        }
    }

    #[test]
    fn every_problem_gets_a_line_with_the_file_the_step_and_the_field() {
        let broken = builtin("triage")
            .replacen("\"start\": \"", "\"start\": \"nowhere-", 1)
            .replacen("\"ja\": \"", "\"ja\": \"\", \"x\": \"", 1);
        let report = check("t.json", &broken);
        assert_eq!(report.code, 1, "{report:?}");
        assert!(report.stderr.is_empty());
        let lines: Vec<&str> = report.stdout.lines().collect();
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| l.starts_with("t.json: ")), "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("t.json: field \"start\": no step has the id \"nowhere-")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("t.json: field \"title.ja\"")),
            "{lines:?}"
        );
    }

    #[test]
    fn not_json_and_empty_files_are_one_line_and_exit_2() {
        for (text, says) in [
            ("", "empty"),
            ("  \n", "empty"),
            ("{", "not JSON"),
            ("id: x", "not JSON"),
        ] {
            let report = check("x.json", text);
            assert_eq!(report.code, 2, "{text:?}");
            assert!(report.stdout.is_empty());
            assert_eq!(report.stderr.lines().count(), 1, "{report:?}");
            assert!(
                report.stderr.starts_with("mfa-rescue: x.json: "),
                "{report:?}"
            );
            assert!(report.stderr.contains(says), "{report:?}");
        }
    }

    #[test]
    fn json_that_is_not_a_journey_is_a_problem_not_bad_input() {
        let report = check("a.json", "[]");
        assert_eq!(report.code, 1);
        assert_eq!(report.stdout.lines().count(), 1);
    }
}
