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
    // Depth first from the start, then from each node not reached yet: an edge to a node still
    // on the stack closes a loop and is set aside; `finished` lists the nodes as the search
    // leaves them (reversed, every edge kept points forward). `state`: 0 not seen, 1 on the
    // stack, 2 done; `next[v]` is the first of `v`'s edges not looked at yet.
    let mut state = vec![0usize; n];
    let mut next = vec![0usize; n];
    let mut forward = Vec::with_capacity(edges.len());
    let mut finished = Vec::with_capacity(n);
    let mut stack = Vec::new();
    for root in 0..n {
        if at(&state, root) == 0 {
            set(&mut state, root, 1);
            stack.push(root);
        }
        while let Some(&v) = stack.last() {
            match edges
                .iter()
                .enumerate()
                .skip(at(&next, v))
                .find(|(_, e)| e.0 == v)
            {
                Some((i, &(_, b))) => {
                    set(&mut next, v, i.saturating_add(1));
                    let seen = at(&state, b);
                    if seen != 1 {
                        forward.push((v, b));
                    }
                    if seen == 0 {
                        set(&mut state, b, 1);
                        stack.push(b);
                    }
                }
                None => {
                    set(&mut state, v, 2);
                    finished.push(v);
                    stack.pop();
                }
            }
        }
    }
    // Longest paths: in the finishing order reversed, each edge puts its target at least one
    // layer below its source.
    let mut layer = vec![0usize; n];
    for &v in finished.iter().rev() {
        let below = at(&layer, v).saturating_add(1);
        for &(a, b) in &forward {
            if a == v {
                let lower = at(&layer, b).max(below);
                set(&mut layer, b, lower);
            }
        }
    }
    let layers = layer.iter().max().map_or(0, |m| m.saturating_add(1));
    // Each row first in file order, then ordered by barycentres, row by row, down and up.
    let mut width = vec![0usize; layers];
    let mut column = vec![0usize; n];
    for v in 0..n {
        let l = at(&layer, v);
        set(&mut column, v, at(&width, l));
        let wider = at(&width, l).saturating_add(1);
        set(&mut width, l, wider);
    }
    for sweep in 0..SWEEPS {
        let down = sweep % 2 == 0;
        for k in 0..layers {
            let l = if down { k } else { layers - 1 - k };
            let mut row: Vec<(usize, usize, usize)> = (0..n)
                .filter(|&v| at(&layer, v) == l)
                .map(|v| {
                    // Twice the mean column of the neighbours above (down) or below (up), in
                    // integers; a node without any keeps its place.
                    let (mut sum, mut count) = (0usize, 0usize);
                    for &(a, b) in &forward {
                        let m = if down {
                            (b == v).then_some(a)
                        } else {
                            (a == v).then_some(b)
                        };
                        if let Some(m) = m {
                            sum = sum.saturating_add(at(&column, m));
                            count += 1;
                        }
                    }
                    let here = at(&column, v);
                    let key = (sum * 2).checked_div(count).unwrap_or(here * 2);
                    (key, here, v)
                })
                .collect();
            sort(&mut row);
            for (c, &(_, _, v)) in row.iter().enumerate() {
                set(&mut column, v, c);
            }
        }
    }
    let mut rows: Vec<Vec<usize>> = width.iter().map(|&w| vec![0; w]).collect();
    for v in 0..n {
        if let Some(row) = rows.get_mut(at(&layer, v)) {
            set(row, at(&column, v), v);
        }
    }
    Layout {
        layer,
        column,
        layers,
        columns: width.iter().copied().max().unwrap_or(0),
        rows,
    }
}

/// `v[i]`, or 0 past the end (never, for the indices above: nodes below `n`, layers below
/// `layers`).
fn at(v: &[usize], i: usize) -> usize {
    v.get(i).copied().unwrap_or(0)
}

/// `v[i] = x`, or nothing past the end.
fn set(v: &mut [usize], i: usize, x: usize) {
    if let Some(slot) = v.get_mut(i) {
        *slot = x;
    }
}

/// Sorts a row (a handful of nodes) in place. An insertion sort: the standard library's sorts
/// are several kilobytes of wasm for each element type, and rows are a few nodes long.
fn sort(v: &mut [(usize, usize, usize)]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v.get(j - 1) > v.get(j) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
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
