//! The grouping problem as the searches see it: placed students' scores and bands, together
//! sets and the teacher-led set glued into blocks, apart pairs as conflicts between blocks,
//! the groups' shape, the objective's running costs, and the feasibility check that runs
//! before any search.

use std::collections::HashMap;

use super::explain::{apart_in_block, gave_up, infeasible, join_names};
use super::{
    DIVERSITY_WEIGHT, FEASIBILITY_BUDGET, GroupCount, GroupingInput, GroupingMode, SIZE_WEIGHT,
    band_index, mean_threshold, score,
};
use crate::evidence::{Band, band};
use crate::messages::Message;
use crate::{Error, Result, msg};

/// What the objective needs to know about a set of students.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Agg {
    pub(super) size: usize,
    pub(super) sum: f64,
    pub(super) sumsq: f64,
    pub(super) bands: [usize; 3],
}

impl Agg {
    pub(super) fn one(score: f64, b: Band) -> Agg {
        let mut bands = [0; 3];
        bands[band_index(b)] = 1;
        Agg {
            size: 1,
            sum: score,
            sumsq: score * score,
            bands,
        }
    }
    pub(super) fn add(&mut self, o: &Agg) {
        self.size += o.size;
        self.sum += o.sum;
        self.sumsq += o.sumsq;
        for (a, b) in self.bands.iter_mut().zip(o.bands) {
            *a += b;
        }
    }
    pub(super) fn sub(&mut self, o: &Agg) {
        self.size -= o.size;
        self.sum -= o.sum;
        self.sumsq -= o.sumsq;
        for (a, b) in self.bands.iter_mut().zip(o.bands) {
            *a -= b;
        }
    }
    pub(super) fn plus(mut self, o: &Agg) -> Agg {
        self.add(o);
        self
    }
    pub(super) fn minus(mut self, o: &Agg) -> Agg {
        self.sub(o);
        self
    }
}

/// The objective, one group at a time.
#[derive(Debug, Clone, Copy)]
pub(super) struct Costing {
    pub(super) mode: GroupingMode,
    pub(super) size_term: bool,
    pub(super) ideal: f64,
    pub(super) class_mean: f64,
}

impl Costing {
    pub(super) fn new(
        mode: GroupingMode,
        count: GroupCount,
        students: &[Agg],
        groups: usize,
    ) -> Costing {
        let n = students.len();
        let total: f64 = students.iter().map(|a| a.sum).sum();
        Costing {
            mode,
            size_term: matches!(count, GroupCount::Groups { .. }),
            ideal: n as f64 / groups as f64,
            class_mean: if n == 0 { 0.0 } else { total / n as f64 },
        }
    }

    pub(super) fn cost(&self, a: &Agg) -> f64 {
        let size_pen = if self.size_term {
            let d = a.size as f64 - self.ideal;
            SIZE_WEIGHT * d * d
        } else {
            0.0
        };
        if a.size == 0 {
            return size_pen;
        }
        let n = a.size as f64;
        let mean = a.sum / n;
        match self.mode {
            GroupingMode::Like => {
                let within = a.sumsq - a.sum * mean;
                let majority = a.bands.iter().copied().max().unwrap_or(0);
                within + (a.size - majority) as f64 + size_pen
            }
            GroupingMode::Mixed => {
                let d = mean - self.class_mean;
                let distinct = a.bands.iter().filter(|&&c| c > 0).count() as f64;
                n * d * d - DIVERSITY_WEIGHT * distinct + size_pen
            }
        }
    }
}

/// The number of groups and the size rule.
#[derive(Debug, Clone, Copy)]
pub(super) struct Shape {
    pub(super) n: usize,
    pub(super) k: usize,
    /// `Some((min, max))` with [`GroupCount::Size`].
    pub(super) bounds: Option<(usize, usize)>,
}

impl Shape {
    /// Whether a finished group of this size is allowed.
    pub(super) fn size_ok(&self, size: usize) -> bool {
        match self.bounds {
            Some((lo, hi)) => lo <= size && size <= hi,
            None => size >= 1,
        }
    }
    /// The most a group may hold.
    pub(super) fn cap(&self) -> usize {
        self.bounds.map_or(usize::MAX, |(_, hi)| hi)
    }
    /// The fewest a group must hold.
    pub(super) fn floor(&self) -> usize {
        self.bounds.map_or(1, |(lo, _)| lo)
    }
    /// The size a balanced group has.
    pub(super) fn balanced(&self) -> usize {
        self.n.div_ceil(self.k)
    }
    /// "with 3 groups" or "with 3 groups of 4 to 5".
    pub(super) fn with(&self) -> Message {
        match self.bounds {
            None => msg!("core-shape-groups", count = self.k),
            Some((lo, hi)) if lo == hi => msg!("core-shape-groups-of", count = self.k, size = lo),
            Some((lo, hi)) => msg!(
                "core-shape-groups-of-range",
                count = self.k,
                min = lo,
                max = hi
            ),
        }
    }
}

/// A hard constraint over placed students (indices into the placed list).
#[derive(Debug, Clone)]
pub(super) enum Con {
    Apart(usize, usize),
    Together(Vec<usize>),
    Teacher(Vec<usize>),
}

/// Placed students glued into blocks, and the apart conflicts between blocks.
#[derive(Debug, Clone)]
pub(super) struct Structure {
    /// Members of each block, ascending; blocks ordered by their first member.
    pub(super) blocks: Vec<Vec<usize>>,
    /// The block of each placed student.
    pub(super) block_of: Vec<usize>,
    /// Blocks each block must not share a group with, ascending.
    pub(super) adj: Vec<Vec<usize>>,
    /// The block holding the teacher-led students, if any were named.
    pub(super) teacher_block: Option<usize>,
}

/// Union–find over placed students.
pub(super) struct Dsu(pub(super) Vec<usize>);

impl Dsu {
    pub(super) fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut c = x;
        while self.0[c] != r {
            let next = self.0[c];
            self.0[c] = r;
            c = next;
        }
        r
    }
    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Glues the blocks; `Err(i)` if `cons[i]` is an apart pair inside one block.
pub(super) fn build_structure(n: usize, cons: &[&Con]) -> std::result::Result<Structure, usize> {
    let mut dsu = Dsu((0..n).collect());
    for c in cons {
        if let Con::Together(set) | Con::Teacher(set) = c {
            for w in set.windows(2) {
                dsu.union(w[0], w[1]);
            }
        }
    }
    let mut block_of = vec![0; n];
    let mut root_block: HashMap<usize, usize> = HashMap::new();
    let mut blocks: Vec<Vec<usize>> = Vec::new();
    for (i, slot) in block_of.iter_mut().enumerate() {
        let r = dsu.find(i);
        let b = *root_block.entry(r).or_insert_with(|| {
            blocks.push(Vec::new());
            blocks.len() - 1
        });
        blocks[b].push(i);
        *slot = b;
    }
    let mut adj = vec![Vec::new(); blocks.len()];
    let mut teacher_block = None;
    for (ci, c) in cons.iter().enumerate() {
        match c {
            Con::Apart(a, b) => {
                let (ba, bb) = (block_of[*a], block_of[*b]);
                if ba == bb {
                    return Err(ci);
                }
                adj[ba].push(bb);
                adj[bb].push(ba);
            }
            Con::Teacher(set) => {
                if let Some(&first) = set.first() {
                    teacher_block = Some(block_of[first]);
                }
            }
            Con::Together(_) => {}
        }
    }
    for a in &mut adj {
        a.sort_unstable();
        a.dedup();
    }
    Ok(Structure {
        blocks,
        block_of,
        adj,
        teacher_block,
    })
}

/// What a bounded depth-first search found.
pub(super) enum Found {
    Yes(Vec<usize>),
    No,
    GaveUp,
}

/// A depth-first search for any grouping of blocks that keeps the hard constraints.
pub(super) struct Dfs<'a> {
    pub(super) st: &'a Structure,
    pub(super) shape: Shape,
    /// The order blocks are placed in.
    pub(super) order: Vec<usize>,
    /// Preference rank of group `g` for block `b` at `b * k + g` (lower first).
    pub(super) rank: Vec<u64>,
    /// Prefer groups with room for a balanced size first.
    pub(super) balance: bool,
    /// Offer a block only the first empty group (for proofs: empty groups are alike).
    pub(super) symmetry: bool,
    pub(super) budget: u64,
    pub(super) grp: Vec<usize>,
    pub(super) sizes: Vec<usize>,
}

impl Dfs<'_> {
    pub(super) fn run(mut self) -> Found {
        self.grp = vec![usize::MAX; self.st.blocks.len()];
        self.sizes = vec![0; self.shape.k];
        let remaining = self.shape.n;
        match self.place(0, remaining) {
            Some(true) => Found::Yes(self.grp),
            Some(false) => Found::No,
            None => Found::GaveUp,
        }
    }

    /// `Some(true)` when found, `Some(false)` when this branch has none, `None` out of budget.
    pub(super) fn place(&mut self, pos: usize, remaining: usize) -> Option<bool> {
        if self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        let shape = self.shape;
        let empties = self.sizes.iter().filter(|&&s| s == 0).count();
        if empties > self.order.len() - pos {
            return Some(false);
        }
        let deficit: usize = self
            .sizes
            .iter()
            .map(|&s| shape.floor().saturating_sub(s))
            .sum();
        if deficit > remaining {
            return Some(false);
        }
        let Some(&b) = self.order.get(pos) else {
            return Some(self.sizes.iter().all(|&s| shape.size_ok(s)));
        };
        let bs = self.st.blocks[b].len();
        let k = shape.k;
        let balanced = shape.balanced();
        let mut offered_empty = false;
        let mut cands: Vec<(bool, u64, usize)> = Vec::with_capacity(k);
        for g in 0..k {
            if self.sizes[g] + bs > shape.cap() {
                continue;
            }
            if self.st.adj[b].iter().any(|&nb| self.grp[nb] == g) {
                continue;
            }
            if self.symmetry && self.sizes[g] == 0 {
                if offered_empty {
                    continue;
                }
                offered_empty = true;
            }
            let over = self.balance && self.sizes[g] + bs > balanced;
            cands.push((over, self.rank[b * k + g], g));
        }
        cands.sort_unstable();
        for (_, _, g) in cands {
            self.grp[b] = g;
            self.sizes[g] += bs;
            let r = self.place(pos + 1, remaining - bs);
            if r != Some(false) {
                return r;
            }
            self.sizes[g] -= bs;
            self.grp[b] = usize::MAX;
        }
        Some(false)
    }
}

/// Blocks, most constrained first: apart degree, then size, descending.
pub(super) fn constrained_order(st: &Structure) -> Vec<usize> {
    let mut order: Vec<usize> = (0..st.blocks.len()).collect();
    order.sort_by_key(|&b| {
        (
            std::cmp::Reverse(st.adj[b].len()),
            std::cmp::Reverse(st.blocks[b].len()),
            b,
        )
    });
    order
}

/// Decides whether these constraints can all hold.
pub(super) fn feasible(shape: Shape, cons: &[&Con]) -> Found {
    let Ok(st) = build_structure(shape.n, cons) else {
        return Found::No;
    };
    if st.blocks.iter().any(|b| b.len() > shape.cap()) {
        return Found::No;
    }
    let order = constrained_order(&st);
    let rank = vec![0; st.blocks.len() * shape.k];
    Dfs {
        st: &st,
        shape,
        order,
        rank,
        balance: false,
        symmetry: true,
        budget: FEASIBILITY_BUDGET,
        grp: Vec::new(),
        sizes: Vec::new(),
    }
    .run()
}

/// `S(n, k)`, the number of ways to split `n` things into `k` non-empty groups, saturating.
pub(super) fn stirling2(n: usize, k: usize) -> u64 {
    if k > n {
        return 0;
    }
    // row[j] = S(i, j) as i grows.
    let mut row = vec![0u64; k + 1];
    row[0] = 1;
    for _ in 0..n {
        for j in (1..=k).rev() {
            row[j] = (j as u64).saturating_mul(row[j]).saturating_add(row[j - 1]);
        }
        row[0] = 0;
    }
    row[k]
}

/// A validated problem.
pub(super) struct Problem<'a> {
    pub(super) input: &'a GroupingInput,
    /// Input index of each placed student.
    pub(super) placed: Vec<usize>,
    pub(super) scores: Vec<f64>,
    pub(super) has_level: Vec<bool>,
    pub(super) bands: Vec<Band>,
    /// Named in the teacher-led constraint.
    pub(super) teacher_named: Vec<bool>,
    pub(super) shape: Shape,
    pub(super) costing: Costing,
    pub(super) st: Structure,
    pub(super) block_agg: Vec<Agg>,
    /// A feasible block grouping found while checking the constraints.
    pub(super) hint: Vec<usize>,
}

impl<'a> Problem<'a> {
    pub(super) fn new(input: &'a GroupingInput) -> Result<Problem<'a>> {
        if input.targets.is_empty() {
            return Err(Error::invalid(
                "competencies",
                msg!("core-grouping-no-competencies"),
            ));
        }
        if let Some(t) = input.targets.iter().find(|t| !t.threshold.is_finite()) {
            return Err(Error::invalid(
                "competencies",
                msg!("core-grouping-no-threshold", code = t.code.as_str()),
            ));
        }
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, s) in input.students.iter().enumerate() {
            if s.levels.len() != input.targets.len() {
                return Err(Error::invalid(
                    "students",
                    msg!(
                        "core-grouping-level-count",
                        name = s.name.as_str(),
                        levels = s.levels.len(),
                        competencies = input.targets.len()
                    ),
                ));
            }
            if let Some(t) = s
                .levels
                .iter()
                .zip(&input.targets)
                .find(|(l, _)| l.is_some_and(|v| !v.is_finite()))
                .map(|(_, t)| t)
            {
                return Err(Error::invalid(
                    "students",
                    msg!(
                        "core-grouping-level-not-a-number",
                        name = s.name.as_str(),
                        code = t.code.as_str()
                    ),
                ));
            }
            if index.insert(s.id.as_str(), i).is_some() {
                return Err(Error::invalid(
                    "students",
                    msg!("core-grouping-student-twice", name = s.name.as_str()),
                ));
            }
        }
        let lookup = |field: &str, list: &str, id: &str| {
            index.get(id).copied().ok_or_else(|| {
                Error::invalid(
                    field,
                    msg!("core-grouping-unknown-student", list = list, id = id),
                )
            })
        };
        let c = &input.constraints;
        let mut absent = vec![false; input.students.len()];
        for id in &c.absent {
            absent[lookup("constraints.absent", "Absent", id)?] = true;
        }
        let mut apart = Vec::new();
        for (a, b) in &c.apart {
            let ia = lookup("constraints.apart", "Keep apart", a)?;
            let ib = lookup("constraints.apart", "Keep apart", b)?;
            if ia == ib {
                return Err(Error::invalid(
                    "constraints.apart",
                    msg!(
                        "core-grouping-apart-from-self",
                        name = input.students[ia].name.as_str()
                    ),
                ));
            }
            apart.push((ia, ib));
        }
        let mut together = Vec::new();
        for set in &c.together {
            let ids = set
                .iter()
                .map(|id| lookup("constraints.together", "Keep together", id))
                .collect::<Result<Vec<usize>>>()?;
            together.push(ids);
        }
        let teacher = c
            .teacher_led
            .iter()
            .map(|id| lookup("constraints.teacherLed", "With the teacher", id))
            .collect::<Result<Vec<usize>>>()?;

        let placed: Vec<usize> = (0..input.students.len()).filter(|&i| !absent[i]).collect();
        let mut pos_of = vec![None; input.students.len()];
        for (p, &i) in placed.iter().enumerate() {
            pos_of[i] = Some(p);
        }
        let n = placed.len();
        if n == 0 {
            return Err(Error::invalid(
                "students",
                msg!("core-grouping-nobody-present"),
            ));
        }
        let shape = shape_for(input.count, n)?;

        // Constraints over placed students, in the order the teacher gave them.
        let to_placed = |ids: &[usize]| {
            let mut v: Vec<usize> = ids.iter().filter_map(|&i| pos_of[i]).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let mut cons = Vec::new();
        for &(a, b) in &apart {
            if let (Some(pa), Some(pb)) = (pos_of[a], pos_of[b]) {
                cons.push(Con::Apart(pa, pb));
            }
        }
        for set in &together {
            let v = to_placed(set);
            if v.len() >= 2 {
                cons.push(Con::Together(v));
            }
        }
        let teacher_placed = to_placed(&teacher);
        let mut teacher_named = vec![false; n];
        for &p in &teacher_placed {
            teacher_named[p] = true;
        }
        if !teacher_placed.is_empty() {
            cons.push(Con::Teacher(teacher_placed));
        }

        let names: Vec<&str> = placed
            .iter()
            .map(|&i| input.students[i].name.as_str())
            .collect();
        let refs: Vec<&Con> = cons.iter().collect();
        let st = match build_structure(n, &refs) {
            Ok(st) => st,
            Err(ci) => {
                return Err(apart_in_block(&cons, ci, &names, &teacher_named));
            }
        };
        if let Some((_, hi)) = shape.bounds
            && let Some(block) = st.blocks.iter().find(|b| b.len() > hi)
        {
            let list = join_names(block.iter().map(|&i| names[i]));
            let message = if block.iter().all(|&i| teacher_named[i]) {
                msg!(
                    "core-grouping-teacher-block-too-big",
                    names = list,
                    max = hi
                )
            } else {
                msg!("core-grouping-block-too-big", names = list, max = hi)
            };
            return Err(Error::invalid("constraints", message));
        }
        let hint = match feasible(shape, &refs) {
            Found::Yes(h) => h,
            Found::No => return Err(infeasible(shape, &cons, &names)),
            Found::GaveUp => return Err(gave_up(shape)),
        };

        let threshold = mean_threshold(&input.targets);
        let mut scores = Vec::with_capacity(n);
        let mut has_level = Vec::with_capacity(n);
        let mut bands = Vec::with_capacity(n);
        for &i in &placed {
            let (s, any) = score(&input.students[i].levels);
            scores.push(s);
            has_level.push(any);
            bands.push(band(s, threshold));
        }
        let students: Vec<Agg> = scores
            .iter()
            .zip(&bands)
            .map(|(&s, &b)| Agg::one(s, b))
            .collect();
        let costing = Costing::new(input.mode, input.count, &students, shape.k);
        let block_agg = st
            .blocks
            .iter()
            .map(|members| {
                let mut a = Agg::default();
                for &m in members {
                    a.add(&students[m]);
                }
                a
            })
            .collect();
        Ok(Problem {
            input,
            placed,
            scores,
            has_level,
            bands,
            teacher_named,
            shape,
            costing,
            st,
            block_agg,
            hint,
        })
    }

    pub(super) fn gave_up(&self) -> Error {
        gave_up(self.shape)
    }

    pub(super) fn block_mean(&self, b: usize) -> f64 {
        let a = &self.block_agg[b];
        a.sum / a.size as f64
    }
}

/// The number of groups and size rule, or an error a teacher can act on.
pub(super) fn shape_for(count: GroupCount, n: usize) -> Result<Shape> {
    match count {
        GroupCount::Groups { count: 0 } => {
            Err(Error::invalid("count", msg!("core-grouping-no-groups")))
        }
        GroupCount::Groups { count } if count > n => Err(Error::invalid(
            "count",
            msg!("core-grouping-too-many-groups", count = count, present = n),
        )),
        GroupCount::Groups { count } => Ok(Shape {
            n,
            k: count,
            bounds: None,
        }),
        GroupCount::Size { min: 0, .. } => {
            Err(Error::invalid("count", msg!("core-grouping-size-zero")))
        }
        GroupCount::Size { min, max } if min > max => Err(Error::invalid(
            "count",
            msg!("core-grouping-sizes-reversed", min = min, max = max),
        )),
        GroupCount::Size { min, max } => {
            let k = n.div_ceil(max);
            if k * min > n {
                let message = if min == max {
                    msg!("core-grouping-cannot-split", present = n, size = min)
                } else {
                    msg!(
                        "core-grouping-cannot-split-range",
                        present = n,
                        min = min,
                        max = max
                    )
                };
                Err(Error::invalid("count", message))
            } else {
                Ok(Shape {
                    n,
                    k,
                    bounds: Some((min, max)),
                })
            }
        }
    }
}
