//! The exact search: every partition of the blocks into the groups, once each, as restricted
//! growth strings, pruned on apart conflicts and sizes; the first with the lowest objective
//! wins.

use super::problem::{Agg, Problem, constrained_order};

pub(super) struct Exact<'p, 'a> {
    pub(super) p: &'p Problem<'a>,
    pub(super) order: Vec<usize>,
    pub(super) grp: Vec<usize>,
    pub(super) agg: Vec<Agg>,
    pub(super) used: usize,
    pub(super) best: f64,
    pub(super) best_grp: Option<Vec<usize>>,
}

/// The optimal grouping of blocks, or `None` if there is none.
pub(super) fn exact_search(p: &Problem) -> Option<Vec<usize>> {
    let mut e = Exact {
        p,
        order: constrained_order(&p.st),
        grp: vec![usize::MAX; p.st.blocks.len()],
        agg: vec![Agg::default(); p.shape.k],
        used: 0,
        best: f64::INFINITY,
        best_grp: None,
    };
    e.place(0, p.shape.n);
    e.best_grp
}

impl Exact<'_, '_> {
    pub(super) fn place(&mut self, pos: usize, remaining: usize) {
        let shape = self.p.shape;
        let k = shape.k;
        if k - self.used > self.order.len() - pos {
            return;
        }
        let Some(&b) = self.order.get(pos) else {
            let total: f64 = self.agg.iter().map(|a| self.p.costing.cost(a)).sum();
            if total < self.best {
                self.best = total;
                self.best_grp = Some(self.grp.clone());
            }
            return;
        };
        let block = self.p.block_agg[b];
        let bs = block.size;
        let open = (self.used + 1).min(k);
        for g in 0..open {
            if self.agg[g].size + bs > shape.cap() {
                continue;
            }
            if self.p.st.adj[b].iter().any(|&nb| self.grp[nb] == g) {
                continue;
            }
            let opened = g == self.used;
            let used = self.used + usize::from(opened);
            if shape.bounds.is_some() {
                let lo = shape.floor();
                let deficit: usize = self.agg[..used]
                    .iter()
                    .enumerate()
                    .map(|(h, a)| lo.saturating_sub(a.size + if h == g { bs } else { 0 }))
                    .sum::<usize>()
                    + (k - used) * lo;
                if deficit > remaining - bs {
                    continue;
                }
            }
            self.grp[b] = g;
            self.agg[g].add(&block);
            self.used = used;
            self.place(pos + 1, remaining - bs);
            self.used -= usize::from(opened);
            self.agg[g].sub(&block);
            self.grp[b] = usize::MAX;
        }
    }
}
