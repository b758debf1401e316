//! A journey as a graph: one node per step, one edge per step a transition can lead to.
//!
//! The widget's Map and the authors' `mfa-rescue map` both draw this graph, so the two always
//! show the same nodes and edges. It holds no words: `i18n::labels` names the edges in the
//! reader's language.

use super::journey::{Action, Hours, Journey, OutcomeKind, Rule, Text, Transition};

/// The whole journey: its steps in file order and every way between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graph<'j> {
    pub nodes: Vec<Node<'j>>,
    pub edges: Vec<Edge<'j>>,
}

/// One step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node<'j> {
    pub id: &'j str,
    pub title: &'j Text,
    /// `Some` for a terminal step.
    pub outcome: Option<OutcomeKind>,
}

/// One way from a step to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge<'j> {
    pub from: &'j str,
    pub to: &'j str,
    pub kind: EdgeKind<'j>,
}

/// What takes the reader along an edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EdgeKind<'j> {
    /// An answer to the step's question, with its label.
    Choice(&'j Text),
    /// A console button.
    Action(Action),
    /// The mail's link, opened in time.
    Link,
    /// The mail's link, opened after it expired.
    LinkExpired,
    /// The console's code typed on the phone keypad.
    Keypad,
    /// The SMS code typed on the console.
    ConsoleCode,
    /// A new device enrolled with two consecutive codes.
    Enrolled,
    /// A rule that held.
    RuleHolds(Rule),
    /// A rule that did not hold.
    RuleFails(Rule),
    /// Simulated time passing on the step.
    After { minutes: u32, within: Option<Hours> },
    /// A plain "Next".
    Continue,
}

impl<'j> Graph<'j> {
    /// The graph of `journey`: nodes in the order of its steps, edges in the order of each step's
    /// transitions (a link's expired branch right after its in-time one).
    pub fn of(journey: &'j Journey) -> Graph<'j> {
        let nodes = journey
            .steps
            .iter()
            .map(|step| Node {
                id: &step.id,
                title: &step.title,
                outcome: step.outcome.as_ref().map(|o| o.kind),
            })
            .collect();
        let mut edges = Vec::new();
        for step in &journey.steps {
            let from = step.id.as_str();
            for t in &step.on {
                let mut edge = |to: &'j str, kind| edges.push(Edge { from, to, kind });
                match t {
                    Transition::Choice { label, next, .. } => edge(next, EdgeKind::Choice(label)),
                    Transition::Action { action, next } => edge(next, EdgeKind::Action(*action)),
                    Transition::Link { next, expired, .. } => {
                        edge(next, EdgeKind::Link);
                        if let Some(expired) = expired {
                            edge(expired, EdgeKind::LinkExpired);
                        }
                    }
                    Transition::Keypad { next } => edge(next, EdgeKind::Keypad),
                    Transition::ConsoleCode { next } => edge(next, EdgeKind::ConsoleCode),
                    Transition::Enrolled { next } => edge(next, EdgeKind::Enrolled),
                    Transition::Rule {
                        rule,
                        then,
                        otherwise,
                    } => {
                        edge(then, EdgeKind::RuleHolds(*rule));
                        edge(otherwise, EdgeKind::RuleFails(*rule));
                    }
                    Transition::After {
                        minutes,
                        within,
                        next,
                    } => edge(
                        next,
                        EdgeKind::After {
                            minutes: *minutes,
                            within: *within,
                        },
                    ),
                    Transition::Continue { next } => edge(next, EdgeKind::Continue),
                }
            }
        }
        Graph { nodes, edges }
    }

    /// The node of step `id`.
    pub fn node(&self, id: &str) -> Option<&Node<'j>> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The position of step `id` in [`Graph::nodes`].
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    /// The edges leaving step `id`, in order.
    pub fn edges_from<'g>(&'g self, id: &'g str) -> impl Iterator<Item = &'g Edge<'j>> + 'g {
        self.edges.iter().filter(move |e| e.from == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::builtin;

    #[test]
    fn every_transition_target_is_one_edge_and_every_step_one_node() {
        for id in builtin::IDS {
            let journey = builtin::journey(id).unwrap().unwrap();
            let graph = Graph::of(&journey);
            assert_eq!(graph.nodes.len(), journey.steps.len(), "{id}");
            let targets: usize = journey
                .steps
                .iter()
                .flat_map(|s| &s.on)
                .map(|t| t.targets().len())
                .sum();
            assert_eq!(graph.edges.len(), targets, "{id}");
            for edge in &graph.edges {
                assert!(graph.node(edge.from).is_some(), "{id}: {edge:?}");
                assert!(graph.node(edge.to).is_some(), "{id}: {edge:?}");
            }
            for step in &journey.steps {
                let node = graph.node(&step.id).unwrap();
                assert_eq!(node.outcome, step.outcome.as_ref().map(|o| o.kind));
                assert_eq!(graph.edges_from(&step.id).count() == 0, step.on.is_empty());
            }
        }
    }

    #[test]
    fn a_link_with_an_expiry_is_two_edges_and_a_rule_is_two() {
        let journey = builtin::journey("root-self-service").unwrap().unwrap();
        let graph = Graph::of(&journey);
        let expired = graph
            .edges
            .iter()
            .position(|e| e.kind == EdgeKind::LinkExpired)
            .expect("root-self-service has a link that can expire");
        assert_eq!(graph.edges[expired - 1].kind, EdgeKind::Link);
        assert_eq!(graph.edges[expired - 1].from, graph.edges[expired].from);
        let support = builtin::journey("support").unwrap().unwrap();
        let graph = Graph::of(&support);
        let holds = graph
            .edges
            .iter()
            .position(|e| e.kind == EdgeKind::RuleHolds(Rule::JapaneseSupportOpen))
            .expect("support decides on Japanese support's hours");
        let fails = &graph.edges[holds + 1];
        assert_eq!(fails.kind, EdgeKind::RuleFails(Rule::JapaneseSupportOpen));
        assert_eq!(fails.from, graph.edges[holds].from);
        assert_ne!(fails.to, graph.edges[holds].to);
    }
}
