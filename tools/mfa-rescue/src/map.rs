//! `mfa-rescue map FILE [--lang ja|en]`: the journey's graph as a Mermaid flowchart. The nodes
//! and edges are [`Graph::of`]'s, the one graph the widget's Map draws too, and the edge labels
//! are [`edge_label`]'s, in the catalogue's words: this file only writes Mermaid.

use crate::Report;
use crate::check::parse;
use crate::engine::graph::Graph;
use crate::engine::journey::OutcomeKind;
use crate::i18n::labels::edge_label;
use crate::i18n::{Lang, Tr};

/// How each kind of outcome looks: green, red and blue, each dark text on a light fill.
const CLASSES: &str = concat!(
    "  classDef recovered fill:#e6f4ea,stroke:#1e7e34,color:#0b3d17\n",
    "  classDef blocked fill:#fdecea,stroke:#b3261e,color:#5c1410\n",
    "  classDef handoff fill:#e8f0fe,stroke:#1a56db,color:#0b2a66\n",
    "  classDef start stroke-width:3px\n",
);

/// The flowchart of the journey in `text`; a journey the loader refuses gets its problems (as
/// `check` prints them) on standard error and exit status 1, a file that is no journey file 2.
pub fn map(name: &str, text: &str, lang: Lang) -> Report {
    let journey = match parse(name, text) {
        Err(report) => return report,
        Ok(Err(problems)) => {
            let mut stderr: String = problems.iter().map(|p| format!("{name}: {p}\n")).collect();
            stderr.push_str(&format!(
                "mfa-rescue: {name}: not drawn, the journey has {} problem(s) (see above)\n",
                problems.len()
            ));
            return Report {
                code: 1,
                stdout: String::new(),
                stderr,
            };
        }
        Ok(Ok(journey)) => journey,
    };
    let tr = Tr::plain(lang);
    let graph = Graph::of(&journey);
    // Mermaid ids by position (`s0`, `s1`…): a step id may be a word Mermaid reserves (`end`)
    // or hold characters its ids cannot.
    let node_id = |step: &str| {
        graph
            .index_of(step)
            .map_or_else(String::new, |i| format!("s{i}"))
    };

    let mut out = String::new();
    out.push_str(&format!(
        "---\ntitle: \"{}\"\n---\nflowchart TD\n",
        journey
            .title
            .get(tr.ja())
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
    ));
    for (i, node) in graph.nodes.iter().enumerate() {
        let mut label = format!(
            "{}<br/>({})",
            escape(node.title.get(tr.ja())),
            escape(node.id)
        );
        if let Some(target) = journey
            .step(node.id)
            .and_then(|s| s.outcome.as_ref())
            .and_then(|o| o.journey.as_deref())
        {
            label.push_str(&format!("<br/>→ {}", escape(target)));
        }
        // Outcomes are stadiums, the other steps rectangles.
        let (open, close) = if node.outcome.is_some() {
            ("([", "])")
        } else {
            ("[", "]")
        };
        out.push_str(&format!("  s{i}{open}\"{label}\"{close}\n"));
    }
    for edge in &graph.edges {
        out.push_str(&format!(
            "  {} -->|\"{}\"| {}\n",
            node_id(edge.from),
            escape(&edge_label(&edge.kind, tr)),
            node_id(edge.to)
        ));
    }
    out.push_str(CLASSES);
    for kind in OutcomeKind::ALL {
        let ids: Vec<String> = graph
            .nodes
            .iter()
            .filter(|n| n.outcome == Some(*kind))
            .map(|n| node_id(n.id))
            .collect();
        if !ids.is_empty() {
            out.push_str(&format!("  class {} {}\n", ids.join(","), kind.keyword()));
        }
    }
    out.push_str(&format!("  class {} start\n", node_id(&journey.start)));
    Report {
        code: 0,
        stdout: out,
        stderr: String::new(),
    }
}

/// Text inside a quoted Mermaid label: Mermaid's entity codes for what would end the label, start
/// HTML or a Markdown string; a line break becomes a space.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::builtin;

    fn builtin_text(id: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/../../journeys/{id}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn every_step_and_every_edge_of_every_builtin_journey_is_drawn() {
        for id in builtin::IDS {
            let journey = builtin::journey(id).unwrap().unwrap();
            let graph = Graph::of(&journey);
            for lang in [Lang::Ja, Lang::En] {
                let report = map("j.json", &builtin_text(id), lang);
                assert_eq!(report.code, 0, "{id}: {report:?}");
                let lines: Vec<&str> = report.stdout.lines().collect();
                assert_eq!(lines[3], "flowchart TD");
                let nodes = lines
                    .iter()
                    .filter(|l| l.starts_with("  s") && !l.contains("-->"))
                    .count();
                let edges = lines.iter().filter(|l| l.contains(" -->|\"")).count();
                assert_eq!(
                    (nodes, edges),
                    (graph.nodes.len(), graph.edges.len()),
                    "{id}"
                );
                for node in &graph.nodes {
                    assert!(
                        report.stdout.contains(&format!("<br/>({})", node.id)),
                        "{id}: {}",
                        node.id
                    );
                }
            }
        }
    }

    #[test]
    fn outcomes_are_classed_by_kind_and_labels_follow_the_language() {
        let text = builtin_text("root-self-service");
        let en = map("r.json", &text, Lang::En).stdout;
        let ja = map("r.json", &text, Lang::Ja).stdout;
        for kind in ["recovered", "handoff"] {
            assert!(en.contains(&format!("\n  classDef {kind} fill:")), "{en}");
            assert!(
                en.lines()
                    .any(|l| l.starts_with("  class s") && l.ends_with(&format!(" {kind}"))),
                "{en}"
            );
        }
        assert!(
            en.contains("<br/>→ support"),
            "the hand-off names its journey"
        );
        let journey = builtin::journey("root-self-service").unwrap().unwrap();
        let first = &journey.steps[0];
        assert!(en.contains(&escape(&first.title.en)) && ja.contains(&escape(&first.title.ja)));
        assert!(
            en.contains("\"Next\"") || en.contains("|\"after "),
            "English edge words"
        );
        assert_ne!(en, ja);
    }

    #[test]
    fn titles_and_ids_cannot_break_out_of_their_labels() {
        assert_eq!(
            escape(r#"a "b" <i>#1 & `x`"#),
            "a #quot;b#quot; #lt;i#gt;#35;1 #amp; #96;x#96;"
        );
        let text = r#"{"id": "x", "title": {"ja": "タイトル \"引用\"", "en": "T"}, "start": "end",
          "steps": [{"id": "end", "title": {"ja": "終わり", "en": "Say \"hi\" <b>"}, "body": {"ja": "本文", "en": "B"},
            "sources": ["seed-003"], "outcome": {"id": "o", "kind": "blocked"}}]}"#;
        let report = map("x.json", text, Lang::En);
        assert_eq!(report.code, 0, "{report:?}");
        assert!(
            report
                .stdout
                .contains("  s0([\"Say #quot;hi#quot; #lt;b#gt;<br/>(end)\"])\n"),
            "{}",
            report.stdout
        );
        assert!(
            report
                .stdout
                .contains("  class s0 blocked\n  class s0 start\n")
        );
    }

    #[test]
    fn a_journey_with_problems_is_not_drawn() {
        let report = map(
            "b.json",
            &builtin_text("triage").replacen("\"start\": \"", "\"start\": \"x", 1),
            Lang::En,
        );
        assert_eq!(report.code, 1);
        assert!(report.stdout.is_empty());
        assert!(
            report.stderr.contains("b.json: field \"start\""),
            "{}",
            report.stderr
        );
        assert!(report.stderr.ends_with("(see above)\n"));
        assert_eq!(map("e.json", "", Lang::En).code, 2);
    }
}
