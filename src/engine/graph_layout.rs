//! Where the map draws each step: a layered layout (Sugiyama's first steps, enough for journeys
//! of a few dozen steps). Edges that close a loop are set aside (depth first from the start),
//! each node's layer is its longest path from the start over the others, and the nodes of a
//! layer are ordered by the barycentre of their neighbours in the layers above and below, a few
//! sweeps down and up. No crate: the layout-rs and dagre ports are far larger than these few
//! dozen lines, and the map's whole budget is 8 KB.

/// Sweeps of barycentre ordering (down and up count as one each).
const SWEEPS: usize = 8;

/// The layout of a graph of `n` nodes: node `i` is in row `layer[i]`, column `column[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub layer: Vec<usize>,
    pub column: Vec<usize>,
    /// Rows in use.
    pub layers: usize,
    /// The widest row's nodes.
    pub columns: usize,
    /// Node indices by row, each row left to right (`column` is the position in it).
    pub rows: Vec<Vec<usize>>,
}

/// Lays out nodes `0..n` (node 0 is the start) joined by `edges` (`from`, `to`); edges naming
/// a node outside `0..n` are ignored. (The loader refuses steps the start cannot reach, so
/// every node of a journey hangs below the start.)
pub fn layout(n: usize, edges: &[(usize, usize)]) -> Layout {
    let edges: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|&(a, b)| a < n && b < n && a != b)
        .collect();
    let (forward, finished) = without_loops(n, &edges);
    // Longest paths: in the finishing order reversed (every edge left points forward in it), each
    // edge puts its target at least one layer below its source.
    let mut layer = vec![0usize; n];
    for &v in finished.iter().rev() {
        let here = layer.get(v).copied().unwrap_or(0).saturating_add(1);
        for &(_, b) in forward.iter().filter(|e| e.0 == v) {
            if let Some(l) = layer.get_mut(b) {
                *l = (*l).max(here);
            }
        }
    }
    let layers = layer
        .iter()
        .copied()
        .max()
        .map_or(0, |m| m.saturating_add(1));
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for (node, &l) in layer.iter().enumerate() {
        if let Some(row) = rows.get_mut(l) {
            row.push(node);
        }
    }
    let mut column = vec![0usize; n];
    for row in &rows {
        for (c, &node) in row.iter().enumerate() {
            if let Some(slot) = column.get_mut(node) {
                *slot = c;
            }
        }
    }
    for sweep in 0..SWEEPS {
        let down = sweep % 2 == 0;
        let order: Vec<usize> = if down {
            (1..layers).collect()
        } else {
            (0..layers.saturating_sub(1)).rev().collect()
        };
        for l in order {
            let Some(row) = rows.get_mut(l) else {
                continue;
            };
            let mut keyed: Vec<(usize, usize, usize)> = row
                .iter()
                .map(|&node| {
                    let neighbours = forward.iter().filter_map(|&(a, b)| {
                        if down && b == node {
                            Some(a)
                        } else if !down && a == node {
                            Some(b)
                        } else {
                            None
                        }
                    });
                    let (sum, count) = neighbours.fold((0, 0), |(s, c), m| {
                        (s + column.get(m).copied().unwrap_or(0), c + 1)
                    });
                    // Twice the mean, in integers; a node without neighbours keeps its place.
                    let here = column.get(node).copied().unwrap_or(0);
                    let key = (sum * 2).checked_div(count).unwrap_or(here * 2);
                    (key, here, node)
                })
                .collect();
            sort(&mut keyed);
            *row = keyed.into_iter().map(|(_, _, node)| node).collect();
            for (c, &node) in row.iter().enumerate() {
                if let Some(slot) = column.get_mut(node) {
                    *slot = c;
                }
            }
        }
    }
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    Layout {
        layer,
        column,
        layers,
        columns,
        rows,
    }
}

/// Sorts a row (a handful of nodes) in place. An insertion sort: the standard library's sorts
/// are several kilobytes of wasm for each element type, and rows are a few nodes long.
fn sort(v: &mut [(usize, usize, usize)]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v.get(j.wrapping_sub(1)) > v.get(j) {
            v.swap(j.wrapping_sub(1), j);
            j = j.wrapping_sub(1);
        }
    }
}

/// The edges without those that close a loop (an edge to a node still on the depth-first
/// stack from the start, then from each node not reached yet, in order), and the nodes in the
/// order the search finished them (reversed, every edge left points forward).
fn without_loops(n: usize, edges: &[(usize, usize)]) -> (Vec<(usize, usize)>, Vec<usize>) {
    // 0: not seen, 1: on the stack, 2: done.
    let mut state = vec![0u8; n];
    let mut back = vec![false; edges.len()];
    let mut finished = Vec::with_capacity(n);
    for root in 0..n {
        if state.get(root) != Some(&0) {
            continue;
        }
        // (node, next edge index to look at)
        let mut stack = vec![(root, 0usize)];
        if let Some(s) = state.get_mut(root) {
            *s = 1;
        }
        while let Some(top) = stack.last_mut() {
            let node = top.0;
            let found = edges
                .iter()
                .enumerate()
                .skip(top.1)
                .find(|(_, (a, _))| *a == node);
            match found {
                Some((i, &(_, to))) => {
                    top.1 = i.saturating_add(1);
                    match state.get(to) {
                        Some(0) => {
                            if let Some(s) = state.get_mut(to) {
                                *s = 1;
                            }
                            stack.push((to, 0));
                        }
                        Some(1) => {
                            if let Some(b) = back.get_mut(i) {
                                *b = true;
                            }
                        }
                        _ => {}
                    }
                }
                None => {
                    if let Some(s) = state.get_mut(node) {
                        *s = 2;
                    }
                    finished.push(node);
                    stack.pop();
                }
            }
        }
    }
    let forward = edges
        .iter()
        .zip(back)
        .filter(|(_, b)| !b)
        .map(|(e, _)| *e)
        .collect();
    (forward, finished)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_is_one_column() {
        let l = layout(3, &[(0, 1), (1, 2)]);
        assert_eq!(l.layer, vec![0, 1, 2]);
        assert_eq!(l.columns, 1);
    }

    #[test]
    fn a_loop_does_not_lift_the_start() {
        let l = layout(3, &[(0, 1), (1, 2), (2, 0)]);
        assert_eq!(l.layer, vec![0, 1, 2]);
    }
}
