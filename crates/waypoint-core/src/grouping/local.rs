//! The local search for classes too big to enumerate: seeded restarts, descent by best
//! move or swap, and random kicks (see the parent module's doc, "The search").

use super::problem::{Agg, Dfs, Found, Problem};
use super::{EPS, GroupingMode, KICK_STRENGTH, KICKS, RESTARTS, START_BUDGET};

/// A seeded SplitMix64 generator: tiny, fast and the same on every platform.
pub(super) struct SplitMix64(pub(super) u64);

impl SplitMix64 {
    pub(super) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub(super) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// A grouping of blocks under local search.
#[derive(Clone)]
pub(super) struct State {
    pub(super) grp: Vec<usize>,
    pub(super) agg: Vec<Agg>,
    pub(super) cost: Vec<f64>,
}

pub(super) enum Step {
    Move(usize, usize),
    Swap(usize, usize),
}

impl State {
    pub(super) fn new(p: &Problem, grp: Vec<usize>) -> State {
        let mut agg = vec![Agg::default(); p.shape.k];
        for (b, &g) in grp.iter().enumerate() {
            agg[g].add(&p.block_agg[b]);
        }
        let cost = agg.iter().map(|a| p.costing.cost(a)).collect();
        State { grp, agg, cost }
    }

    pub(super) fn total(&self) -> f64 {
        self.cost.iter().sum()
    }

    /// Whether block `b` may join group `g`, ignoring block `except` (a swap partner).
    pub(super) fn can_host(&self, p: &Problem, b: usize, g: usize, except: usize) -> bool {
        p.st.adj[b]
            .iter()
            .all(|&nb| nb == except || self.grp[nb] != g)
    }

    pub(super) fn move_ok(&self, p: &Problem, b: usize, g: usize) -> bool {
        let a = self.grp[b];
        let bs = p.block_agg[b].size;
        a != g
            && p.shape.size_ok(self.agg[a].size - bs)
            && p.shape.size_ok(self.agg[g].size + bs)
            && self.can_host(p, b, g, usize::MAX)
    }

    pub(super) fn swap_ok(&self, p: &Problem, b1: usize, b2: usize) -> bool {
        let (a1, a2) = (self.grp[b1], self.grp[b2]);
        let (s1, s2) = (p.block_agg[b1].size, p.block_agg[b2].size);
        a1 != a2
            && (s1 == s2
                || (p.shape.size_ok(self.agg[a1].size - s1 + s2)
                    && p.shape.size_ok(self.agg[a2].size - s2 + s1)))
            && self.can_host(p, b1, a2, b2)
            && self.can_host(p, b2, a1, b1)
    }

    pub(super) fn apply(&mut self, p: &Problem, step: &Step) {
        match *step {
            Step::Move(b, g) => {
                let a = self.grp[b];
                self.agg[a].sub(&p.block_agg[b]);
                self.agg[g].add(&p.block_agg[b]);
                self.grp[b] = g;
                self.cost[a] = p.costing.cost(&self.agg[a]);
                self.cost[g] = p.costing.cost(&self.agg[g]);
            }
            Step::Swap(b1, b2) => {
                let (a1, a2) = (self.grp[b1], self.grp[b2]);
                self.agg[a1].sub(&p.block_agg[b1]);
                self.agg[a1].add(&p.block_agg[b2]);
                self.agg[a2].sub(&p.block_agg[b2]);
                self.agg[a2].add(&p.block_agg[b1]);
                self.grp[b1] = a2;
                self.grp[b2] = a1;
                self.cost[a1] = p.costing.cost(&self.agg[a1]);
                self.cost[a2] = p.costing.cost(&self.agg[a2]);
            }
        }
    }

    /// Best-improvement descent over every feasible move and swap.
    pub(super) fn descend(&mut self, p: &Problem) {
        let nb = self.grp.len();
        let k = p.shape.k;
        // Each step improves by more than EPS, so this only guards against the unforeseen.
        for _ in 0..100_000 {
            let mut best = -EPS;
            let mut step = None;
            for b in 0..nb {
                let a = self.grp[b];
                let blk = &p.block_agg[b];
                let rest = self.agg[a].minus(blk);
                if !p.shape.size_ok(rest.size) {
                    continue;
                }
                let base = p.costing.cost(&rest) - self.cost[a];
                for g in 0..k {
                    if g == a || !p.shape.size_ok(self.agg[g].size + blk.size) {
                        continue;
                    }
                    let d = base + p.costing.cost(&self.agg[g].plus(blk)) - self.cost[g];
                    if d < best && self.can_host(p, b, g, usize::MAX) {
                        best = d;
                        step = Some(Step::Move(b, g));
                    }
                }
            }
            for b1 in 0..nb {
                let a1 = self.grp[b1];
                let k1 = &p.block_agg[b1];
                for b2 in b1 + 1..nb {
                    let a2 = self.grp[b2];
                    if a1 == a2 {
                        continue;
                    }
                    let k2 = &p.block_agg[b2];
                    let n1 = self.agg[a1].minus(k1).plus(k2);
                    let n2 = self.agg[a2].minus(k2).plus(k1);
                    if !p.shape.size_ok(n1.size) || !p.shape.size_ok(n2.size) {
                        continue;
                    }
                    let d =
                        p.costing.cost(&n1) + p.costing.cost(&n2) - self.cost[a1] - self.cost[a2];
                    if d < best && self.swap_ok(p, b1, b2) {
                        best = d;
                        step = Some(Step::Swap(b1, b2));
                    }
                }
            }
            match step {
                Some(s) => self.apply(p, &s),
                None => break,
            }
        }
        // Refresh the sums so rounding never accumulates across descents.
        *self = State::new(p, std::mem::take(&mut self.grp));
    }

    /// A few random feasible moves or swaps.
    pub(super) fn kick(&mut self, p: &Problem, rng: &mut SplitMix64) {
        let nb = self.grp.len();
        let k = p.shape.k;
        let mut done = 0;
        for _ in 0..KICK_STRENGTH * 20 {
            if done == KICK_STRENGTH {
                break;
            }
            let b = rng.below(nb);
            if rng.below(2) == 0 {
                let g = rng.below(k);
                if self.move_ok(p, b, g) {
                    self.apply(p, &Step::Move(b, g));
                    done += 1;
                }
            } else {
                let b2 = rng.below(nb);
                if self.swap_ok(p, b, b2) {
                    self.apply(p, &Step::Swap(b, b2));
                    done += 1;
                }
            }
        }
    }
}

/// The best grouping of blocks local search finds (see the module documentation).
pub(super) fn local_search(p: &Problem) -> Vec<usize> {
    let mut rng = SplitMix64(p.input.seed);
    let mut best: Option<State> = None;
    let mut best_total = f64::INFINITY;
    for restart in 0..RESTARTS {
        let start = if restart == 0 {
            constructive_start(p)
        } else {
            random_start(p, &mut rng)
        };
        let Some(grp) = start else { continue };
        let mut cur = State::new(p, grp);
        cur.descend(p);
        let mut cur_total = cur.total();
        for _ in 0..KICKS {
            let mut next = cur.clone();
            next.kick(p, &mut rng);
            next.descend(p);
            let t = next.total();
            if t < cur_total - EPS {
                cur = next;
                cur_total = t;
            }
        }
        if cur_total < best_total - EPS {
            best_total = cur_total;
            best = Some(cur);
        }
    }
    match best {
        Some(s) => s.grp,
        None => {
            // Every start failed its budget: descend from the grouping the check found.
            let mut s = State::new(p, p.hint.clone());
            s.descend(p);
            s.grp
        }
    }
}

/// Like: blocks by score, cut into runs of balanced size. Mixed: a snake draft of blocks by
/// score. Either way a depth-first search repairs what the constraints forbid.
pub(super) fn constructive_start(p: &Problem) -> Option<Vec<usize>> {
    let nb = p.st.blocks.len();
    let k = p.shape.k;
    let mut order: Vec<usize> = (0..nb).collect();
    let mut natural = vec![0usize; nb];
    match p.input.mode {
        GroupingMode::Like => {
            order.sort_by(|&a, &b| p.block_mean(a).total_cmp(&p.block_mean(b)).then(a.cmp(&b)));
            let per = p.shape.n as f64 / k as f64;
            let mut before = 0usize;
            for &b in &order {
                let bs = p.block_agg[b].size;
                let mid = before as f64 + bs as f64 / 2.0;
                natural[b] = ((mid / per) as usize).min(k - 1);
                before += bs;
            }
        }
        GroupingMode::Mixed => {
            order.sort_by(|&a, &b| p.block_mean(b).total_cmp(&p.block_mean(a)).then(a.cmp(&b)));
            for (pos, &b) in order.iter().enumerate() {
                let (round, within) = (pos / k, pos % k);
                natural[b] = if round % 2 == 0 {
                    within
                } else {
                    k - 1 - within
                };
            }
        }
    }
    let mut rank = vec![0u64; nb * k];
    for b in 0..nb {
        for g in 0..k {
            rank[b * k + g] = (g.abs_diff(natural[b]) * k + g) as u64;
        }
    }
    // Constrained blocks first so the search rarely backtracks; the rest in score order.
    order.sort_by_key(|&b| {
        std::cmp::Reverse(p.st.adj[b].len() + usize::from(p.st.blocks[b].len() > 1))
    });
    dfs_start(p, order, rank)
}

/// A random feasible grouping: constrained blocks first, random group preferences.
pub(super) fn random_start(p: &Problem, rng: &mut SplitMix64) -> Option<Vec<usize>> {
    let nb = p.st.blocks.len();
    let k = p.shape.k;
    let mut keyed: Vec<(std::cmp::Reverse<usize>, u64, usize)> = (0..nb)
        .map(|b| {
            let weight = p.st.adj[b].len() + usize::from(p.st.blocks[b].len() > 1);
            (std::cmp::Reverse(weight), rng.next_u64(), b)
        })
        .collect();
    keyed.sort_unstable();
    let order = keyed.into_iter().map(|(_, _, b)| b).collect();
    let rank = (0..nb * k).map(|_| rng.next_u64()).collect();
    dfs_start(p, order, rank)
}

pub(super) fn dfs_start(p: &Problem, order: Vec<usize>, rank: Vec<u64>) -> Option<Vec<usize>> {
    let found = Dfs {
        st: &p.st,
        shape: p.shape,
        order,
        rank,
        balance: true,
        symmetry: false,
        budget: START_BUDGET,
        grp: Vec::new(),
        sizes: Vec::new(),
    }
    .run();
    match found {
        Found::Yes(g) => Some(g),
        Found::No | Found::GaveUp => None,
    }
}
