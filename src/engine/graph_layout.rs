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
///
/// Every index below is a node below `n` (the edges are filtered first) or a layer below
/// `layers`, so no indexing can fail.
pub fn layout(n: usize, edges: &[(usize, usize)]) -> Layout {
    let edges: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|&(a, b)| a < n && b < n && a != b)
        .collect();
    // Depth first from the start, then from each node not reached yet: an edge to a node still
    // on the stack closes a loop and is set aside; `finished` lists the nodes as the search
    // leaves them (reversed, every edge kept points forward). 0: not seen, 1: on the stack,
    // 2: done. `next[v]` is the first of `v`'s edges not looked at yet.
    let mut state = vec![0u8; n];
    let mut next = vec![0usize; n];
    let mut forward = Vec::with_capacity(edges.len());
    let mut finished = Vec::with_capacity(n);
    let mut stack = Vec::new();
    for root in 0..n {
        if state[root] == 0 {
            state[root] = 1;
            stack.push(root);
        }
        while let Some(&v) = stack.last() {
            match edges
                .iter()
                .enumerate()
                .skip(next[v])
                .find(|(_, e)| e.0 == v)
            {
                Some((i, &(_, b))) => {
                    next[v] = i + 1;
                    if state[b] != 1 {
                        forward.push((v, b));
                    }
                    if state[b] == 0 {
                        state[b] = 1;
                        stack.push(b);
                    }
                }
                None => {
                    state[v] = 2;
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
        for &(a, b) in &forward {
            if a == v {
                layer[b] = layer[b].max(layer[v] + 1);
            }
        }
    }
    let layers = layer.iter().max().map_or(0, |m| m + 1);
    // Each row first in file order, then ordered by barycentres, row by row, down and up.
    let mut width = vec![0usize; layers];
    let mut column = vec![0usize; n];
    for v in 0..n {
        column[v] = width[layer[v]];
        width[layer[v]] += 1;
    }
    for sweep in 0..SWEEPS {
        let down = sweep % 2 == 0;
        for k in 0..layers {
            let l = if down { k } else { layers - 1 - k };
            let mut row: Vec<(usize, usize, usize)> = (0..n)
                .filter(|&v| layer[v] == l)
                .map(|v| {
                    // Twice the mean column of the neighbours above (down) or below (up), in
                    // integers; a node without any keeps its place.
                    let (mut sum, mut count) = (0, 0);
                    for &(a, b) in &forward {
                        let m = if down {
                            (b == v).then_some(a)
                        } else {
                            (a == v).then_some(b)
                        };
                        if let Some(m) = m {
                            sum += column[m];
                            count += 1;
                        }
                    }
                    let here = column[v];
                    ((sum * 2).checked_div(count).unwrap_or(here * 2), here, v)
                })
                .collect();
            sort(&mut row);
            for (c, &(_, _, v)) in row.iter().enumerate() {
                column[v] = c;
            }
        }
    }
    let mut rows: Vec<Vec<usize>> = width.iter().map(|&w| vec![0; w]).collect();
    for v in 0..n {
        rows[layer[v]][column[v]] = v;
    }
    Layout {
        layer,
        column,
        layers,
        columns: width.iter().copied().max().unwrap_or(0),
        rows,
    }
}

/// Sorts a row (a handful of nodes) in place. An insertion sort: the standard library's sorts
/// are several kilobytes of wasm for each element type, and rows are a few nodes long.
fn sort(v: &mut [(usize, usize, usize)]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
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
