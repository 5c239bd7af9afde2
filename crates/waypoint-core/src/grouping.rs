//! The grouping engine: proposes small groups for a lesson from students' calculated levels
//! on one or more target competencies, under a teacher's constraints.
//!
//! # Scores and bands
//!
//! A student's **score** is the mean of their known levels on the targets; a student with no
//! level on any target scores 0 (no evidence is treated as needing the most teaching). Their
//! **band** is [`band`]`(score, T)`, where `T` is the mean of the targets' proficient
//! thresholds. Only *placed* students count: everyone not marked absent, in input order.
//!
//! # The objective (lower is better)
//!
//! Write `s_i` for student `i`'s score, `b_i` for their band, `n` for the number of placed
//! students, `k` for the number of groups, `G_g` for the members of group `g`, `n_g = |G_g|`,
//! `m_g` for the mean score of `G_g` and `m` for the mean score of all placed students.
//!
//! * **Like** (groups of similar need):
//!   `Σ_g Σ_{i∈G_g} (s_i − m_g)²` (within-group spread)
//!   `+ Σ_g (n_g − max_b |{i ∈ G_g : b_i = b}|)` (1 for each student outside their group's
//!   majority band) `+ S`.
//! * **Mixed** (groups that each span the class):
//!   `Σ_g n_g (m_g − m)²` (how far each group's mean sits from the class mean; this is the
//!   between-group sum of squares, so minimizing it maximizes the spread inside groups)
//!   `− 0.1 × Σ_g |{b_i : i ∈ G_g}|` (a small reward for each distinct band in a group) `+ S`.
//! * **Size term** `S = 10 × Σ_g (n_g − n/k)²` with [`GroupCount::Groups`] (balanced sizes
//!   are strongly preferred but a together set may force imbalance); `S = 0` with
//!   [`GroupCount::Size`], where the sizes are a hard constraint instead.
//!
//! An empty group contributes only its size term (and is never a valid grouping). The
//! objective depends on the partition only, not on how groups are numbered.
//!
//! # Hard constraints
//!
//! Absent students are left out. Every together set, and the teacher-led set, is glued into
//! one **block** (union–find), so the search moves whole blocks and can never split them.
//! Apart pairs become conflicts between blocks. Every group is non-empty; with
//! [`GroupCount::Size`] every group holds `min..=max` students and the number of groups is
//! the fewest that can, `⌈n / max⌉`.
//!
//! Before searching, a depth-first search over blocks (the most-constrained first, with the
//! symmetry of empty groups broken) decides whether the constraints can hold at all. If they
//! can't, a deletion filter shrinks them to a minimal conflicting set, which the error names
//! with the students' names.
//!
//! # The search
//!
//! * **Exact** when the number of ways to split the blocks into exactly `k` non-empty groups
//!   (the Stirling number `S(blocks, k)`) is at most 50,000 — always the case for 10 or fewer
//!   students. Partitions are enumerated once each as restricted growth strings (a block may
//!   open only the next unused group), pruning on apart conflicts and sizes; the first
//!   partition with the lowest objective wins.
//! * **Local search** otherwise: 20 restarts from a seeded SplitMix64 generator. The first
//!   starts from a constructive grouping (like: blocks sorted by score and cut into runs;
//!   mixed: a snake draft); the others from random feasible groupings. Each start descends
//!   by best improvement over every feasible move (one block to another group) and swap
//!   (two blocks between groups), then tries a few random kicks, keeping a kick only if the
//!   descent after it improves. The best grouping over all restarts wins.
//!
//! Everything is deterministic: the same input, seed included, gives the same result;
//! different seeds can differ only in the local search.
//!
//! # The result
//!
//! Groups come teacher-led first, then by mean score ascending (neediest first). The
//! teacher-led group is the one holding the teacher-led students, or else the neediest
//! group. Each placed student gets a plain-language reason.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::competency::{Band, band};
use crate::{Error, Result};

/// Whether groups gather students of similar need or span the class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum GroupingMode {
    /// Similar scores together: reteach, practice and extend groups.
    Like,
    /// Each group spans the class, for peer support.
    Mixed,
}

/// How many groups: an exact count, or sizes within `[min, max]`. With sizes the engine picks
/// the fewest groups whose sizes can all lie within the range, `⌈n / max⌉`, and that count
/// must satisfy `n ≥ count × min`, else the error names the numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum GroupCount {
    /// Exactly this many groups, sizes as balanced as the constraints allow.
    Groups {
        /// The number of groups, from 1 to the number of students present.
        count: usize,
    },
    /// Every group holds between `min` and `max` students.
    Size {
        /// The smallest group allowed, at least 1.
        min: usize,
        /// The largest group allowed, at least `min`.
        max: usize,
    },
}

/// A competency to group on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TargetCompetency {
    /// The competency's id.
    pub id: String,
    /// Its code, as shown to the teacher, for example `6.RP.A.1`.
    pub code: String,
    /// The scale's proficient threshold.
    pub threshold: f64,
}

/// A student and their calculated levels on the targets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupingStudent {
    /// The student's id.
    pub id: String,
    /// The name the teacher sees.
    pub name: String,
    /// `levels[i]` is the calculated level on `targets[i]`; `None` means no evidence yet.
    pub levels: Vec<Option<f64>>,
}

/// What the teacher asks for beyond the levels. Constraints that mention an absent student
/// are ignored (that student is not placed), but every id must still be in the class.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct Constraints {
    /// Pairs of student ids never to share a group.
    pub apart: Vec<(String, String)>,
    /// Sets of student ids each to be all in one group.
    pub together: Vec<Vec<String>>,
    /// Student ids that must all be in the teacher-led group.
    pub teacher_led: Vec<String>,
    /// Student ids left out entirely.
    pub absent: Vec<String>,
}

/// Everything the engine needs to propose groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupingInput {
    /// The class.
    pub students: Vec<GroupingStudent>,
    /// The competencies to group on: at least one.
    pub targets: Vec<TargetCompetency>,
    /// How many groups.
    pub count: GroupCount,
    /// Like or mixed.
    pub mode: GroupingMode,
    /// The teacher's constraints.
    pub constraints: Constraints,
    /// Seeds the local search; the same seed gives the same groups.
    pub seed: u64,
}

/// One proposed group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProposedGroup {
    /// Student ids, by score descending, then name.
    pub members: Vec<String>,
    /// A suggested focus: "Reteach 6.RP.A.1", "Practice 6.RP.A.1, 6.RP.A.2", "Extend …" in
    /// like mode (the targets whose group mean is in the group's band, or all of them);
    /// "Mixed: peer practice on 6.RP.A.1" in mixed mode (the target with the lowest group
    /// mean).
    pub focus: String,
    /// Like mode: the band of the group's mean score. Mixed mode: `None`.
    pub band: Option<Band>,
    /// The mean of the members' scores, or `None` if no member has any level.
    pub mean_level: Option<f64>,
    /// Whether this is the teacher-led group; exactly one group is.
    pub teacher_led: bool,
}

/// Why a student was placed where they were.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentReason {
    /// The student's id.
    pub student_id: String,
    /// The index of their group in [`GroupingResult::groups`].
    pub group: usize,
    /// A plain-language reason, for example "level 1.5 on 6.RP.A.1: reteach".
    pub reason: String,
}

/// The proposed grouping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupingResult {
    /// Teacher-led group first, then by mean score ascending (neediest first); never empty.
    pub groups: Vec<ProposedGroup>,
    /// One per placed (non-absent) student, in input order.
    pub reasons: Vec<StudentReason>,
    /// The objective of this grouping (see the module documentation; lower is better).
    pub objective: f64,
    /// Which search ran.
    pub method: SearchMethod,
}

/// Which search produced a grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SearchMethod {
    /// Every partition was considered: the result is optimal.
    Exact,
    /// Seeded local search with restarts: good, not proven optimal.
    LocalSearch,
}

/// Proposes groups: validates the input, checks the constraints can all hold (else an error
/// naming the conflicting ones), then searches (see the module documentation).
pub fn form_groups(input: &GroupingInput) -> Result<GroupingResult> {
    form_groups_with(input, Search::Auto)
}

/// The objective of an assignment, as defined in the module documentation. `assignment[i]`
/// is the group (`0..groups`) of the `i`-th placed student (non-absent, input order). Returns
/// infinity if the assignment has the wrong length, names a group out of range, or `groups`
/// is 0. Exposed so tests and a brute-force oracle can score any partition.
pub fn objective(input: &GroupingInput, assignment: &[usize], groups: usize) -> f64 {
    let placed = placed_students(input);
    if groups == 0 || assignment.len() != placed.len() || assignment.iter().any(|&g| g >= groups) {
        return f64::INFINITY;
    }
    let threshold = mean_threshold(&input.targets);
    let aggs: Vec<Agg> = placed
        .iter()
        .map(|s| {
            let (value, _) = score(&s.levels);
            Agg::one(value, band(value, threshold))
        })
        .collect();
    let costing = Costing::new(input.mode, input.count, &aggs, groups);
    let mut per_group = vec![Agg::default(); groups];
    for (a, &g) in aggs.iter().zip(assignment) {
        per_group[g].add(a);
    }
    per_group.iter().map(|a| costing.cost(a)).sum()
}

/// Whether an assignment (as for [`objective`]) satisfies every hard constraint: apart pairs
/// in different groups, each together set in one group, the teacher-led students in one
/// group, no empty group, `groups` equal to the count asked for with [`GroupCount::Groups`]
/// and every size within `min..=max` with [`GroupCount::Size`]. Constraints that
/// [`form_groups`] would refuse (an id not in the class, a student kept apart from
/// themselves) make every assignment unsatisfying.
pub fn satisfies(input: &GroupingInput, assignment: &[usize], groups: usize) -> bool {
    let placed = placed_students(input);
    if groups == 0 || assignment.len() != placed.len() || assignment.iter().any(|&g| g >= groups) {
        return false;
    }
    let mut sizes = vec![0usize; groups];
    for &g in assignment {
        sizes[g] += 1;
    }
    if sizes.contains(&0) {
        return false;
    }
    match input.count {
        GroupCount::Groups { count } if count != groups => return false,
        GroupCount::Size { min, max } if sizes.iter().any(|&s| s < min || s > max) => {
            return false;
        }
        _ => {}
    }
    let known: HashSet<&str> = input.students.iter().map(|s| s.id.as_str()).collect();
    let group_of: HashMap<&str, usize> = placed
        .iter()
        .zip(assignment)
        .map(|(s, &g)| (s.id.as_str(), g))
        .collect();
    let c = &input.constraints;
    let all_known = c
        .apart
        .iter()
        .all(|(a, b)| known.contains(a.as_str()) && known.contains(b.as_str()) && a != b)
        && c.together
            .iter()
            .flatten()
            .all(|id| known.contains(id.as_str()))
        && c.teacher_led.iter().all(|id| known.contains(id.as_str()))
        && c.absent.iter().all(|id| known.contains(id.as_str()));
    if !all_known {
        return false;
    }
    let apart_ok =
        c.apart.iter().all(
            |(a, b)| match (group_of.get(a.as_str()), group_of.get(b.as_str())) {
                (Some(ga), Some(gb)) => ga != gb,
                _ => true,
            },
        );
    let one_group = |ids: &[String]| {
        let mut gs = ids.iter().filter_map(|id| group_of.get(id.as_str()));
        match gs.next() {
            Some(first) => gs.all(|g| g == first),
            None => true,
        }
    };
    apart_ok && c.together.iter().all(|set| one_group(set)) && one_group(&c.teacher_led)
}

/// The naive baseline used in benchmarks and tests: a snake draft. Placed students are
/// sorted by score descending (then input order) and dealt to the groups 0, 1, …, k−1,
/// k−1, …, 0, 0, 1, … Ignores every constraint except absence and ignores the mode. `k` is
/// the count asked for clamped to `1..=n`, or `⌈n / max⌉` for sizes. Returns the group of
/// each placed student, as for [`objective`].
pub fn snake_draft_baseline(input: &GroupingInput) -> Vec<usize> {
    let placed = placed_students(input);
    let n = placed.len();
    let k = match input.count {
        GroupCount::Groups { count } => count.clamp(1, n.max(1)),
        GroupCount::Size { max, .. } => n.div_ceil(max.max(1)).max(1),
    };
    let scores: Vec<f64> = placed.iter().map(|s| score(&s.levels).0).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut out = vec![0; n];
    for (pos, &i) in order.iter().enumerate() {
        let (round, within) = (pos / k, pos % k);
        out[i] = if round % 2 == 0 {
            within
        } else {
            k - 1 - within
        };
    }
    out
}

// ---------------------------------------------------------------------------------------
// Tuning. Changing these changes results, so they are fixed.

/// The largest number of partitions the exact search enumerates.
const EXACT_LIMIT: u64 = 50_000;
/// Local-search restarts (the first from the constructive start).
const RESTARTS: usize = 20;
/// Kicks tried after each restart's first descent.
const KICKS: usize = 6;
/// Random moves or swaps in one kick.
const KICK_STRENGTH: usize = 3;
/// Weight of the size term.
const SIZE_WEIGHT: f64 = 10.0;
/// Weight of the mixed-mode band diversity reward.
const DIVERSITY_WEIGHT: f64 = 0.1;
/// Depth-first nodes allowed when deciding feasibility.
const FEASIBILITY_BUDGET: u64 = 2_000_000;
/// Depth-first nodes allowed when building one start.
const START_BUDGET: u64 = 20_000;
/// Improvements smaller than this are treated as none.
const EPS: f64 = 1e-12;

/// Which search to run; tests force one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Search {
    /// Exact if the partitions are few, else local search.
    Auto,
    /// Exact, whatever the size (tests only: can be slow).
    #[cfg_attr(not(test), allow(dead_code))]
    Exact,
    /// Local search, whatever the size.
    #[cfg_attr(not(test), allow(dead_code))]
    Local,
}

/// [`form_groups`] with the search chosen by the caller.
pub(crate) fn form_groups_with(input: &GroupingInput, strategy: Search) -> Result<GroupingResult> {
    let p = Problem::new(input)?;
    let k = p.shape.k;
    let exact = match strategy {
        Search::Auto => stirling2(p.st.blocks.len(), k) <= EXACT_LIMIT,
        Search::Exact => true,
        Search::Local => false,
    };
    let (block_groups, method) = if exact {
        match exact_search(&p) {
            Some(g) => (g, SearchMethod::Exact),
            None => return Err(p.gave_up()),
        }
    } else {
        (local_search(&p), SearchMethod::LocalSearch)
    };
    let assignment: Vec<usize> = p.st.block_of.iter().map(|&b| block_groups[b]).collect();
    Ok(p.result(&assignment, objective(input, &assignment, k), method))
}

/// Non-absent students, in input order.
fn placed_students(input: &GroupingInput) -> Vec<&GroupingStudent> {
    let absent: HashSet<&str> = input
        .constraints
        .absent
        .iter()
        .map(String::as_str)
        .collect();
    input
        .students
        .iter()
        .filter(|s| !absent.contains(s.id.as_str()))
        .collect()
}

/// A student's score (the mean of their known levels, 0 if none) and whether they have any.
fn score(levels: &[Option<f64>]) -> (f64, bool) {
    let known: Vec<f64> = levels.iter().flatten().copied().collect();
    if known.is_empty() {
        (0.0, false)
    } else {
        (known.iter().sum::<f64>() / known.len() as f64, true)
    }
}

/// The mean of the targets' thresholds.
fn mean_threshold(targets: &[TargetCompetency]) -> f64 {
    targets.iter().map(|t| t.threshold).sum::<f64>() / targets.len() as f64
}

fn band_index(b: Band) -> usize {
    match b {
        Band::Reteach => 0,
        Band::Practice => 1,
        Band::Extend => 2,
    }
}

/// What the objective needs to know about a set of students.
#[derive(Debug, Clone, Copy, Default)]
struct Agg {
    size: usize,
    sum: f64,
    sumsq: f64,
    bands: [usize; 3],
}

impl Agg {
    fn one(score: f64, b: Band) -> Agg {
        let mut bands = [0; 3];
        bands[band_index(b)] = 1;
        Agg {
            size: 1,
            sum: score,
            sumsq: score * score,
            bands,
        }
    }
    fn add(&mut self, o: &Agg) {
        self.size += o.size;
        self.sum += o.sum;
        self.sumsq += o.sumsq;
        for (a, b) in self.bands.iter_mut().zip(o.bands) {
            *a += b;
        }
    }
    fn sub(&mut self, o: &Agg) {
        self.size -= o.size;
        self.sum -= o.sum;
        self.sumsq -= o.sumsq;
        for (a, b) in self.bands.iter_mut().zip(o.bands) {
            *a -= b;
        }
    }
    fn plus(mut self, o: &Agg) -> Agg {
        self.add(o);
        self
    }
    fn minus(mut self, o: &Agg) -> Agg {
        self.sub(o);
        self
    }
}

/// The objective, one group at a time.
#[derive(Debug, Clone, Copy)]
struct Costing {
    mode: GroupingMode,
    size_term: bool,
    ideal: f64,
    class_mean: f64,
}

impl Costing {
    fn new(mode: GroupingMode, count: GroupCount, students: &[Agg], groups: usize) -> Costing {
        let n = students.len();
        let total: f64 = students.iter().map(|a| a.sum).sum();
        Costing {
            mode,
            size_term: matches!(count, GroupCount::Groups { .. }),
            ideal: n as f64 / groups as f64,
            class_mean: if n == 0 { 0.0 } else { total / n as f64 },
        }
    }

    fn cost(&self, a: &Agg) -> f64 {
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
struct Shape {
    n: usize,
    k: usize,
    /// `Some((min, max))` with [`GroupCount::Size`].
    bounds: Option<(usize, usize)>,
}

impl Shape {
    /// Whether a finished group of this size is allowed.
    fn size_ok(&self, size: usize) -> bool {
        match self.bounds {
            Some((lo, hi)) => lo <= size && size <= hi,
            None => size >= 1,
        }
    }
    /// The most a group may hold.
    fn cap(&self) -> usize {
        self.bounds.map_or(usize::MAX, |(_, hi)| hi)
    }
    /// The fewest a group must hold.
    fn floor(&self) -> usize {
        self.bounds.map_or(1, |(lo, _)| lo)
    }
    /// The size a balanced group has.
    fn balanced(&self) -> usize {
        self.n.div_ceil(self.k)
    }
    /// "with 3 groups" or "with 3 groups of 4 to 5".
    fn with(&self) -> String {
        let groups = if self.k == 1 { "group" } else { "groups" };
        match self.bounds {
            None => format!("with {} {groups}", self.k),
            Some((lo, hi)) if lo == hi => format!("with {} {groups} of {lo}", self.k),
            Some((lo, hi)) => format!("with {} {groups} of {lo} to {hi}", self.k),
        }
    }
}

/// A hard constraint over placed students (indices into the placed list).
#[derive(Debug, Clone)]
enum Con {
    Apart(usize, usize),
    Together(Vec<usize>),
    Teacher(Vec<usize>),
}

/// Placed students glued into blocks, and the apart conflicts between blocks.
#[derive(Debug, Clone)]
struct Structure {
    /// Members of each block, ascending; blocks ordered by their first member.
    blocks: Vec<Vec<usize>>,
    /// The block of each placed student.
    block_of: Vec<usize>,
    /// Blocks each block must not share a group with, ascending.
    adj: Vec<Vec<usize>>,
    /// The block holding the teacher-led students, if any were named.
    teacher_block: Option<usize>,
}

/// Union–find over placed students.
struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, x: usize) -> usize {
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
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Glues the blocks; `Err(i)` if `cons[i]` is an apart pair inside one block.
fn build_structure(n: usize, cons: &[&Con]) -> std::result::Result<Structure, usize> {
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
enum Found {
    Yes(Vec<usize>),
    No,
    GaveUp,
}

/// A depth-first search for any grouping of blocks that keeps the hard constraints.
struct Dfs<'a> {
    st: &'a Structure,
    shape: Shape,
    /// The order blocks are placed in.
    order: Vec<usize>,
    /// Preference rank of group `g` for block `b` at `b * k + g` (lower first).
    rank: Vec<u64>,
    /// Prefer groups with room for a balanced size first.
    balance: bool,
    /// Offer a block only the first empty group (for proofs: empty groups are alike).
    symmetry: bool,
    budget: u64,
    grp: Vec<usize>,
    sizes: Vec<usize>,
}

impl Dfs<'_> {
    fn run(mut self) -> Found {
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
    fn place(&mut self, pos: usize, remaining: usize) -> Option<bool> {
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
fn constrained_order(st: &Structure) -> Vec<usize> {
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
fn feasible(shape: Shape, cons: &[&Con]) -> Found {
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
fn stirling2(n: usize, k: usize) -> u64 {
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
struct Problem<'a> {
    input: &'a GroupingInput,
    /// Input index of each placed student.
    placed: Vec<usize>,
    scores: Vec<f64>,
    has_level: Vec<bool>,
    bands: Vec<Band>,
    /// Named in the teacher-led constraint.
    teacher_named: Vec<bool>,
    shape: Shape,
    costing: Costing,
    st: Structure,
    block_agg: Vec<Agg>,
    /// A feasible block grouping found while checking the constraints.
    hint: Vec<usize>,
}

impl<'a> Problem<'a> {
    fn new(input: &'a GroupingInput) -> Result<Problem<'a>> {
        if input.targets.is_empty() {
            return Err(Error::invalid(
                "competencies",
                "Choose at least one competency to group on.",
            ));
        }
        if let Some(t) = input.targets.iter().find(|t| !t.threshold.is_finite()) {
            return Err(Error::invalid(
                "competencies",
                format!("{} has no usable proficient threshold.", t.code),
            ));
        }
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, s) in input.students.iter().enumerate() {
            if s.levels.len() != input.targets.len() {
                return Err(Error::invalid(
                    "students",
                    format!(
                        "{} has {} levels for {} competencies; there should be one for each.",
                        s.name,
                        s.levels.len(),
                        input.targets.len()
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
                    format!("{}'s level on {} is not a number.", s.name, t.code),
                ));
            }
            if index.insert(s.id.as_str(), i).is_some() {
                return Err(Error::invalid(
                    "students",
                    format!("{} appears twice in the class list.", s.name),
                ));
            }
        }
        let lookup = |field: &str, list: &str, id: &str| {
            index.get(id).copied().ok_or_else(|| {
                Error::invalid(
                    field,
                    format!("{list} names a student who isn't in this class ({id})."),
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
                    format!(
                        "{} can't be kept apart from themselves.",
                        input.students[ia].name
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
                "No students are present to group.",
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
            let what = if block.iter().all(|&i| teacher_named[i]) {
                "are all to be placed with the teacher"
            } else {
                "are to be kept together"
            };
            return Err(Error::invalid(
                "constraints",
                format!("{list} {what}, but groups hold at most {hi}."),
            ));
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

    fn gave_up(&self) -> Error {
        gave_up(self.shape)
    }

    fn block_mean(&self, b: usize) -> f64 {
        let a = &self.block_agg[b];
        a.sum / a.size as f64
    }

    /// Builds the result from the group of each placed student.
    fn result(&self, assignment: &[usize], objective: f64, method: SearchMethod) -> GroupingResult {
        let input = self.input;
        let k = self.shape.k;
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
        for (p, &g) in assignment.iter().enumerate() {
            members[g].push(p);
        }
        members.retain(|m| !m.is_empty());
        let mean = |m: &[usize]| m.iter().map(|&p| self.scores[p]).sum::<f64>() / m.len() as f64;
        members.sort_by(|a, b| mean(a).total_cmp(&mean(b)).then(a[0].cmp(&b[0])));
        if let Some(tb) = self.st.teacher_block {
            let first = self.st.blocks[tb][0];
            if let Some(pos) = members.iter().position(|m| m.contains(&first)) {
                let g = members.remove(pos);
                members.insert(0, g);
            }
        }
        let threshold = mean_threshold(&input.targets);
        let mut group_of = vec![0; self.placed.len()];
        let mut groups = Vec::with_capacity(members.len());
        for (gi, m) in members.iter_mut().enumerate() {
            for &p in m.iter() {
                group_of[p] = gi;
            }
            m.sort_by(|&a, &b| {
                let (sa, sb) = (
                    &input.students[self.placed[a]],
                    &input.students[self.placed[b]],
                );
                self.scores[b]
                    .total_cmp(&self.scores[a])
                    .then_with(|| sa.name.cmp(&sb.name))
                    .then_with(|| sa.id.cmp(&sb.id))
            });
            let group_mean = mean(m);
            // Per-target means over members with a level there; 0 if none has one.
            let target_means: Vec<f64> = (0..input.targets.len())
                .map(|t| {
                    let known: Vec<f64> = m
                        .iter()
                        .filter_map(|&p| input.students[self.placed[p]].levels[t])
                        .collect();
                    if known.is_empty() {
                        0.0
                    } else {
                        known.iter().sum::<f64>() / known.len() as f64
                    }
                })
                .collect();
            let (focus, group_band) = match input.mode {
                GroupingMode::Like => {
                    let b = band(group_mean, threshold);
                    let mut codes: Vec<&str> = input
                        .targets
                        .iter()
                        .zip(&target_means)
                        .filter(|(t, tm)| band(**tm, t.threshold) == b)
                        .map(|(t, _)| t.code.as_str())
                        .collect();
                    if codes.is_empty() {
                        codes = input.targets.iter().map(|t| t.code.as_str()).collect();
                    }
                    (
                        format!("{} {}", band_word(b, true), codes.join(", ")),
                        Some(b),
                    )
                }
                GroupingMode::Mixed => {
                    let mut lowest = 0;
                    for (t, tm) in target_means.iter().enumerate() {
                        if *tm < target_means[lowest] {
                            lowest = t;
                        }
                    }
                    (
                        format!("Mixed: peer practice on {}", input.targets[lowest].code),
                        None,
                    )
                }
            };
            groups.push(ProposedGroup {
                members: m
                    .iter()
                    .map(|&p| input.students[self.placed[p]].id.clone())
                    .collect(),
                focus,
                band: group_band,
                mean_level: m.iter().any(|&p| self.has_level[p]).then_some(group_mean),
                teacher_led: gi == 0,
            });
        }
        let reasons = (0..self.placed.len())
            .map(|p| StudentReason {
                student_id: input.students[self.placed[p]].id.clone(),
                group: group_of[p],
                reason: self.reason(p),
            })
            .collect();
        GroupingResult {
            groups,
            reasons,
            objective,
            method,
        }
    }

    /// "levels 1.5 on 6.RP.A.1, 3 on 6.RP.A.2 (mean 2.3): practice" and the like.
    fn reason(&self, p: usize) -> String {
        let input = self.input;
        let s = &input.students[self.placed[p]];
        let mut known = Vec::new();
        let mut missing = Vec::new();
        for (l, t) in s.levels.iter().zip(&input.targets) {
            match l {
                Some(v) => known.push(format!("{} on {}", fmt_num(*v, 2), t.code)),
                None => missing.push(t.code.as_str()),
            }
        }
        let mut text = match known.len() {
            0 => String::new(),
            1 => format!("level {}", known[0]),
            _ => format!("levels {}", known.join(", ")),
        };
        if !missing.is_empty() {
            if !text.is_empty() {
                text.push_str(", ");
            }
            text.push_str("no evidence yet on ");
            text.push_str(&missing.join(", "));
        }
        if known.len() >= 2 {
            text.push_str(&format!(" (mean {})", fmt_num(self.scores[p], 1)));
        }
        let b = self.bands[p];
        text.push_str(": ");
        text.push_str(band_word(b, false));
        if input.mode == GroupingMode::Mixed {
            text.push_str(match b {
                Band::Reteach => " — mixed group, gets peer support",
                Band::Practice => " — mixed group, practices alongside peers",
                Band::Extend => " — mixed group, can support peers",
            });
        }
        if self.teacher_named[p] {
            text.push_str("; placed with the teacher as asked");
        }
        text
    }
}

/// The number of groups and size rule, or an error a teacher can act on.
fn shape_for(count: GroupCount, n: usize) -> Result<Shape> {
    let present = if n == 1 {
        "1 student present".to_string()
    } else {
        format!("{n} students present")
    };
    match count {
        GroupCount::Groups { count: 0 } => Err(Error::invalid("count", "Make at least one group.")),
        GroupCount::Groups { count } if count > n => Err(Error::invalid(
            "count",
            format!("Can't make {count} groups from {present}."),
        )),
        GroupCount::Groups { count } => Ok(Shape {
            n,
            k: count,
            bounds: None,
        }),
        GroupCount::Size { min: 0, .. } => Err(Error::invalid(
            "count",
            "Groups need room for at least one student.",
        )),
        GroupCount::Size { min, max } if min > max => Err(Error::invalid(
            "count",
            format!("The smallest group size ({min}) is larger than the largest ({max})."),
        )),
        GroupCount::Size { min, max } => {
            let k = n.div_ceil(max);
            if k * min > n {
                let sizes = if min == max {
                    format!("{min}")
                } else {
                    format!("{min} to {max}")
                };
                Err(Error::invalid(
                    "count",
                    format!("{present} can't be split into groups of {sizes}."),
                ))
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

/// The error for an apart pair that other constraints glue into one group.
fn apart_in_block(cons: &[Con], ci: usize, names: &[&str], teacher_named: &[bool]) -> Error {
    let Some(&Con::Apart(a, b)) = cons.get(ci) else {
        return Error::invalid(
            "constraints",
            "Some of these constraints contradict each other.",
        );
    };
    // The block holding both, from the gluing constraints only.
    let glue: Vec<&Con> = cons
        .iter()
        .filter(|c| !matches!(c, Con::Apart(..)))
        .collect();
    let others: Vec<&str> = match build_structure(names.len(), &glue) {
        Ok(st) => st.blocks[st.block_of[a]]
            .iter()
            .filter(|&&i| i != a && i != b)
            .map(|&i| names[i])
            .collect(),
        Err(_) => Vec::new(),
    };
    let why = if teacher_named[a] && teacher_named[b] {
        "both are to be placed with the teacher".to_string()
    } else if others.is_empty() {
        "they are also to be kept together".to_string()
    } else {
        format!(
            "they are also to be kept together (with {})",
            join_names(others.into_iter())
        )
    };
    Error::invalid(
        "constraints",
        format!(
            "{} and {} are to be kept apart, but {why}.",
            names[a], names[b]
        ),
    )
}

/// The error for constraints that can't all hold: a minimal conflicting set, by deletion.
fn infeasible(shape: Shape, cons: &[Con], names: &[&str]) -> Error {
    let mut keep: Vec<bool> = vec![true; cons.len()];
    for i in 0..cons.len() {
        keep[i] = false;
        let subset: Vec<&Con> = cons
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(c, _)| c)
            .collect();
        if !matches!(feasible(shape, &subset), Found::No) {
            keep[i] = true;
        }
    }
    let core: Vec<&Con> = cons
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(c, _)| c)
        .collect();
    let text: Vec<String> = core
        .iter()
        .map(|c| match c {
            Con::Apart(a, b) => format!("keep apart {} and {}", names[*a], names[*b]),
            Con::Together(set) => format!(
                "keep together {}",
                join_names(set.iter().map(|&i| names[i]))
            ),
            Con::Teacher(set) => format!(
                "place {} with the teacher",
                join_names(set.iter().map(|&i| names[i]))
            ),
        })
        .collect();
    let advice = if shape.bounds.is_some() {
        "Change the group sizes"
    } else if core.iter().any(|c| matches!(c, Con::Apart(..))) {
        "Make more groups"
    } else {
        "Make fewer groups"
    };
    let message = match text.len() {
        0 => format!(
            "The students present can't be grouped {}. {advice}.",
            shape.with()
        ),
        1 => format!(
            "This can't hold {}: {}. {advice} or drop it.",
            shape.with(),
            text[0]
        ),
        _ => format!(
            "These can't all hold {}: {}. {advice} or drop one of them.",
            shape.with(),
            text.join("; ")
        ),
    };
    Error::invalid("constraints", message)
}

fn gave_up(shape: Shape) -> Error {
    Error::invalid(
        "constraints",
        format!(
            "Couldn't find a grouping that keeps every constraint {}. Make more groups or drop some constraints.",
            shape.with()
        ),
    )
}

/// "Ana", "Ana and Ben", "Ana, Ben and Cy".
fn join_names<'s>(names: impl Iterator<Item = &'s str>) -> String {
    let v: Vec<&str> = names.collect();
    match v.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn band_word(b: Band, capital: bool) -> &'static str {
    match (b, capital) {
        (Band::Reteach, true) => "Reteach",
        (Band::Practice, true) => "Practice",
        (Band::Extend, true) => "Extend",
        (Band::Reteach, false) => "reteach",
        (Band::Practice, false) => "practice",
        (Band::Extend, false) => "extend",
    }
}

/// A number rounded to at most `decimals` places, without trailing zeros: 1, 1.5, 2.33.
fn fmt_num(x: f64, decimals: i32) -> String {
    let scale = 10f64.powi(decimals);
    let r = (x * scale).round() / scale;
    let r = if r == 0.0 { 0.0 } else { r };
    let s = format!("{r:.*}", decimals.max(0) as usize);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

// ---------------------------------------------------------------------------------------
// Exact search.

struct Exact<'p, 'a> {
    p: &'p Problem<'a>,
    order: Vec<usize>,
    grp: Vec<usize>,
    agg: Vec<Agg>,
    used: usize,
    best: f64,
    best_grp: Option<Vec<usize>>,
}

/// The optimal grouping of blocks, or `None` if there is none.
fn exact_search(p: &Problem) -> Option<Vec<usize>> {
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
    fn place(&mut self, pos: usize, remaining: usize) {
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

// ---------------------------------------------------------------------------------------
// Local search.

/// A seeded SplitMix64 generator: tiny, fast and the same on every platform.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// A grouping of blocks under local search.
#[derive(Clone)]
struct State {
    grp: Vec<usize>,
    agg: Vec<Agg>,
    cost: Vec<f64>,
}

enum Step {
    Move(usize, usize),
    Swap(usize, usize),
}

impl State {
    fn new(p: &Problem, grp: Vec<usize>) -> State {
        let mut agg = vec![Agg::default(); p.shape.k];
        for (b, &g) in grp.iter().enumerate() {
            agg[g].add(&p.block_agg[b]);
        }
        let cost = agg.iter().map(|a| p.costing.cost(a)).collect();
        State { grp, agg, cost }
    }

    fn total(&self) -> f64 {
        self.cost.iter().sum()
    }

    /// Whether block `b` may join group `g`, ignoring block `except` (a swap partner).
    fn can_host(&self, p: &Problem, b: usize, g: usize, except: usize) -> bool {
        p.st.adj[b]
            .iter()
            .all(|&nb| nb == except || self.grp[nb] != g)
    }

    fn move_ok(&self, p: &Problem, b: usize, g: usize) -> bool {
        let a = self.grp[b];
        let bs = p.block_agg[b].size;
        a != g
            && p.shape.size_ok(self.agg[a].size - bs)
            && p.shape.size_ok(self.agg[g].size + bs)
            && self.can_host(p, b, g, usize::MAX)
    }

    fn swap_ok(&self, p: &Problem, b1: usize, b2: usize) -> bool {
        let (a1, a2) = (self.grp[b1], self.grp[b2]);
        let (s1, s2) = (p.block_agg[b1].size, p.block_agg[b2].size);
        a1 != a2
            && (s1 == s2
                || (p.shape.size_ok(self.agg[a1].size - s1 + s2)
                    && p.shape.size_ok(self.agg[a2].size - s2 + s1)))
            && self.can_host(p, b1, a2, b2)
            && self.can_host(p, b2, a1, b1)
    }

    fn apply(&mut self, p: &Problem, step: &Step) {
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
    fn descend(&mut self, p: &Problem) {
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
    fn kick(&mut self, p: &Problem, rng: &mut SplitMix64) {
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
fn local_search(p: &Problem) -> Vec<usize> {
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
fn constructive_start(p: &Problem) -> Option<Vec<usize>> {
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
fn random_start(p: &Problem, rng: &mut SplitMix64) -> Option<Vec<usize>> {
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

fn dfs_start(p: &Problem, order: Vec<usize>, rank: Vec<u64>) -> Option<Vec<usize>> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NAMES: [&str; 8] = [
        "Ana Ruiz",
        "Ben Ode",
        "Cy Li",
        "Dee Fox",
        "Eve Moss",
        "Finn Hale",
        "Gus Ito",
        "Hana Cole",
    ];

    fn target(code: &str) -> TargetCompetency {
        TargetCompetency {
            id: format!("t-{code}"),
            code: code.to_string(),
            threshold: 3.0,
        }
    }

    fn student(i: usize, levels: Vec<Option<f64>>) -> GroupingStudent {
        GroupingStudent {
            id: format!("s{i}"),
            name: NAMES
                .get(i)
                .map_or_else(|| format!("Student {i}"), |n| (*n).to_string()),
            levels,
        }
    }

    fn id(i: usize) -> String {
        format!("s{i}")
    }

    /// `n` students with one level each on one target, from `levels`.
    fn class(levels: &[f64], count: GroupCount, mode: GroupingMode) -> GroupingInput {
        GroupingInput {
            students: levels
                .iter()
                .enumerate()
                .map(|(i, &l)| student(i, vec![Some(l)]))
                .collect(),
            targets: vec![target("6.RP.A.1")],
            count,
            mode,
            constraints: Constraints::default(),
            seed: 7,
        }
    }

    fn groups(count: usize) -> GroupCount {
        GroupCount::Groups { count }
    }

    fn message(e: &Error) -> (&str, &str) {
        match e {
            Error::Invalid { field, message } => (field.as_str(), message.as_str()),
            _ => ("", ""),
        }
    }

    fn placed_count(input: &GroupingInput) -> usize {
        placed_students(input).len()
    }

    /// The number of groups the engine uses for this input.
    fn k_for(input: &GroupingInput) -> usize {
        match input.count {
            GroupCount::Groups { count } => count,
            GroupCount::Size { max, .. } => placed_count(input).div_ceil(max.max(1)),
        }
    }

    /// The group (index into `result.groups`) of each placed student.
    fn assignment_of(input: &GroupingInput, result: &GroupingResult) -> Vec<usize> {
        let group_of: HashMap<&str, usize> = result
            .groups
            .iter()
            .enumerate()
            .flat_map(|(g, grp)| grp.members.iter().map(move |m| (m.as_str(), g)))
            .collect();
        placed_students(input)
            .iter()
            .map(|s| group_of.get(s.id.as_str()).copied().unwrap_or(usize::MAX))
            .collect()
    }

    /// The lowest objective over every assignment of placed students to `k` groups that
    /// satisfies the constraints, or `None` if none does.
    fn brute_force(input: &GroupingInput, k: usize) -> Option<f64> {
        let n = placed_count(input);
        if k == 0 {
            return None;
        }
        let total = k.checked_pow(n as u32)?;
        let mut a = vec![0usize; n];
        let mut best: Option<f64> = None;
        for code in 0..total {
            let mut c = code;
            for slot in a.iter_mut() {
                *slot = c % k;
                c /= k;
            }
            if satisfies(input, &a, k) {
                let o = objective(input, &a, k);
                if best.is_none_or(|b| o < b) {
                    best = Some(o);
                }
            }
        }
        best
    }

    /// Checks a result against the input without using `satisfies`.
    fn check_valid(input: &GroupingInput, result: &GroupingResult) {
        let absent: HashSet<&str> = input
            .constraints
            .absent
            .iter()
            .map(String::as_str)
            .collect();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (g, grp) in result.groups.iter().enumerate() {
            assert!(
                !grp.members.is_empty(),
                "group {g} is empty: empty groups are never returned"
            );
            for m in &grp.members {
                assert!(
                    !absent.contains(m.as_str()),
                    "absent student {m} was placed"
                );
                assert!(
                    seen.insert(m.as_str(), g).is_none(),
                    "student {m} is placed twice"
                );
            }
        }
        for s in &input.students {
            if !absent.contains(s.id.as_str()) {
                assert!(
                    seen.contains_key(s.id.as_str()),
                    "present student {} is not placed",
                    s.id
                );
            }
        }
        let c = &input.constraints;
        for (a, b) in &c.apart {
            if let (Some(ga), Some(gb)) = (seen.get(a.as_str()), seen.get(b.as_str())) {
                assert_ne!(ga, gb, "{a} and {b} are to be kept apart");
            }
        }
        for set in &c.together {
            let gs: HashSet<usize> = set
                .iter()
                .filter_map(|m| seen.get(m.as_str()).copied())
                .collect();
            assert!(
                gs.len() <= 1,
                "together set {set:?} is split over groups {gs:?}"
            );
        }
        let teacher_groups: Vec<usize> = result
            .groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.teacher_led)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(
            teacher_groups,
            vec![0],
            "exactly one group, the first, is teacher-led"
        );
        for m in &c.teacher_led {
            if let Some(&g) = seen.get(m.as_str()) {
                assert_eq!(g, 0, "{m} is to be in the teacher-led group");
            }
        }
        if let GroupCount::Size { min, max } = input.count {
            for grp in &result.groups {
                assert!(
                    (min..=max).contains(&grp.members.len()),
                    "a group of {} breaks the size rule {min} to {max}",
                    grp.members.len()
                );
            }
        } else {
            assert_eq!(
                result.groups.len(),
                k_for(input),
                "the number of groups asked for"
            );
        }
        assert_eq!(
            result.reasons.len(),
            seen.len(),
            "one reason per placed student"
        );
        let k = result.groups.len();
        let a = assignment_of(input, result);
        assert!(
            satisfies(input, &a, k),
            "satisfies agrees the result is valid"
        );
        assert!(
            (objective(input, &a, k) - result.objective).abs() < 1e-9,
            "the reported objective is the grouping's objective"
        );
    }

    prop_compose! {
        fn arb_input(max_students: usize, max_groups: usize)
            (n in 1..=max_students, t in 1..=2usize)
            (levels in prop::collection::vec(
                prop::collection::vec(
                    prop::option::weighted(0.85, (0u8..=8).prop_map(|x| f64::from(x) / 2.0)),
                    t,
                ),
                n,
            ),
             groups_count in 1..=max_groups,
             by_size in prop::bool::weighted(0.3),
             size_max in n.div_ceil(max_groups).max(1)..=n,
             size_min_frac in 0.0..=1.0f64,
             apart in prop::collection::vec((0..n, 0..n), 0..=3),
             together in prop::collection::vec(prop::collection::vec(0..n, 2..=3), 0..=2),
             teacher in prop::collection::vec(0..n, 0..=2),
             absent in prop::collection::vec(0..n, 0..=2),
             mixed in any::<bool>(),
             seed in any::<u64>(),
             t in Just(t))
            -> GroupingInput
        {
            let size_min = 1 + ((size_max - 1) as f64 * size_min_frac * 0.6) as usize;
            GroupingInput {
                students: levels.into_iter().enumerate().map(|(i, l)| student(i, l)).collect(),
                targets: (0..t).map(|i| target(&format!("6.RP.A.{}", i + 1))).collect(),
                count: if by_size {
                    GroupCount::Size { min: size_min, max: size_max }
                } else {
                    GroupCount::Groups { count: groups_count }
                },
                mode: if mixed { GroupingMode::Mixed } else { GroupingMode::Like },
                constraints: Constraints {
                    apart: apart.into_iter().filter(|(a, b)| a != b).map(|(a, b)| (id(a), id(b))).collect(),
                    together: together.into_iter().map(|s| s.into_iter().map(id).collect()).collect(),
                    teacher_led: teacher.into_iter().map(id).collect(),
                    absent: absent.into_iter().map(id).collect(),
                },
                seed,
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// On small classes the engine's objective is the brute-force optimum, and it errs
        /// exactly when no assignment satisfies the constraints.
        #[test]
        fn matches_brute_force(input in arb_input(8, 3)) {
            let k = k_for(&input);
            let best = brute_force(&input, k);
            match (form_groups(&input), best) {
                (Ok(r), Some(b)) => {
                    check_valid(&input, &r);
                    prop_assert!((r.objective - b).abs() < 1e-9,
                        "objective {} should equal the brute-force optimum {}", r.objective, b);
                    prop_assert_eq!(r.method, SearchMethod::Exact, "8 students or fewer are searched exactly");
                }
                (Err(e), None) => {
                    let (field, text) = message(&e);
                    prop_assert!(!field.is_empty() && !text.is_empty(), "an infeasible input gets a field-named error: {:?}", e);
                }
                (Ok(r), None) => prop_assert!(false, "brute force finds no valid grouping but the engine returned {:?}", r),
                (Err(e), Some(b)) => prop_assert!(false, "brute force finds a grouping with objective {} but the engine erred: {:?}", b, e),
            }
        }

        /// Whatever the input, a grouping the engine returns keeps every constraint.
        #[test]
        fn results_keep_every_constraint(input in arb_input(40, 8)) {
            if let Ok(r) = form_groups(&input) {
                check_valid(&input, &r);
            }
        }

        /// The same input, seed included, gives the same result.
        #[test]
        fn same_seed_same_result(input in arb_input(40, 8)) {
            prop_assert_eq!(form_groups(&input), form_groups(&input), "the engine is deterministic");
        }
    }

    /// Deterministic pseudo-random classes for the fixed-case tests.
    fn random_class(
        rng: &mut SplitMix64,
        n: usize,
        targets: usize,
        count: GroupCount,
        mode: GroupingMode,
    ) -> GroupingInput {
        GroupingInput {
            students: (0..n)
                .map(|i| {
                    let levels = (0..targets)
                        .map(|_| (rng.below(10) > 0).then(|| rng.below(9) as f64 / 2.0))
                        .collect();
                    student(i, levels)
                })
                .collect(),
            targets: (0..targets)
                .map(|i| target(&format!("6.RP.A.{}", i + 1)))
                .collect(),
            count,
            mode,
            constraints: Constraints::default(),
            seed: rng.next_u64(),
        }
    }

    /// Adds `apart` random apart pairs and `together` random pairs to keep together.
    fn add_constraints(
        rng: &mut SplitMix64,
        input: &mut GroupingInput,
        apart: usize,
        together: usize,
    ) {
        let n = input.students.len();
        for _ in 0..apart {
            let (a, b) = (rng.below(n), rng.below(n));
            if a != b {
                input.constraints.apart.push((id(a), id(b)));
            }
        }
        for _ in 0..together {
            let (a, b) = (rng.below(n), rng.below(n));
            if a != b {
                input.constraints.together.push(vec![id(a), id(b)]);
            }
        }
    }

    /// Local search finds the exact optimum on every one of 200 small fixed cases (9 to 11
    /// students, 2 to 4 groups, with constraints), both modes.
    #[test]
    fn local_search_finds_the_optimum_on_small_cases() {
        let mut rng = SplitMix64(2024);
        let mut compared = 0;
        for case in 0..200 {
            let n = 9 + rng.below(3);
            let k = 2 + rng.below(3);
            let count = if case % 4 == 3 {
                GroupCount::Size {
                    min: 2,
                    max: n.div_ceil(k),
                }
            } else {
                groups(k)
            };
            let mode = if case % 2 == 0 {
                GroupingMode::Like
            } else {
                GroupingMode::Mixed
            };
            let targets = 1 + rng.below(2);
            let mut input = random_class(&mut rng, n, targets, count, mode);
            let (apart, together) = (rng.below(4), rng.below(3));
            add_constraints(&mut rng, &mut input, apart, together);
            let exact = form_groups_with(&input, Search::Exact);
            let local = form_groups_with(&input, Search::Local);
            match (exact, local) {
                (Ok(e), Ok(l)) => {
                    assert_eq!(
                        l.method,
                        SearchMethod::LocalSearch,
                        "case {case}: local search was forced"
                    );
                    check_valid(&input, &l);
                    assert!(
                        (e.objective - l.objective).abs() < 1e-9,
                        "case {case}: local search found {} but the optimum is {}",
                        l.objective,
                        e.objective
                    );
                    compared += 1;
                }
                (Err(e), Err(l)) => assert_eq!(e, l, "case {case}: both searches refuse alike"),
                (e, l) => panic!("case {case}: exact gave {e:?} but local gave {l:?}"),
            }
        }
        assert!(
            compared > 150,
            "most fixed cases are feasible, so the comparison means something ({compared})"
        );
    }

    /// On 36 students and 6 groups, local search matches or beats the snake draft.
    #[test]
    fn local_search_beats_the_snake_draft_on_a_class() {
        for mode in [GroupingMode::Like, GroupingMode::Mixed] {
            let mut rng = SplitMix64(36);
            let input = random_class(&mut rng, 36, 2, groups(6), mode);
            let r = form_groups(&input).expect("36 unconstrained students can be grouped");
            assert_eq!(
                r.method,
                SearchMethod::LocalSearch,
                "36 students into 6 groups is too many partitions to enumerate"
            );
            check_valid(&input, &r);
            let snake = snake_draft_baseline(&input);
            let baseline = objective(&input, &snake, 6);
            assert!(
                satisfies(&input, &snake, 6),
                "the snake draft is a valid grouping when nothing is constrained"
            );
            assert!(
                r.objective <= baseline + 1e-9,
                "{mode:?}: local search ({}) should be no worse than the snake draft ({baseline})",
                r.objective
            );
        }
    }

    /// A 36-student class with the benchmark's mix of constraints is grouped validly, the
    /// same way twice, and a different seed still gives a valid grouping.
    #[test]
    fn constrained_class_is_deterministic() {
        let mut rng = SplitMix64(99);
        let mut input = random_class(&mut rng, 36, 2, groups(6), GroupingMode::Like);
        add_constraints(&mut rng, &mut input, 4, 3);
        input.constraints.teacher_led = vec![id(5), id(6)];
        input.constraints.absent = vec![id(7)];
        let a = form_groups(&input).expect("feasible");
        let b = form_groups(&input).expect("feasible");
        assert_eq!(a, b, "the same input and seed give the same groups");
        check_valid(&input, &a);
        input.seed ^= 0xDEAD_BEEF;
        let c = form_groups(&input).expect("feasible");
        check_valid(&input, &c);
    }

    #[test]
    fn like_groups_are_ordered_neediest_first_with_focus_and_band() {
        let input = class(
            &[1.0, 3.5, 2.0, 1.5, 4.0, 2.5],
            groups(3),
            GroupingMode::Like,
        );
        let r = form_groups(&input).expect("six students into three groups");
        let members: Vec<Vec<&str>> = r
            .groups
            .iter()
            .map(|g| g.members.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            members,
            vec![vec!["s3", "s0"], vec!["s5", "s2"], vec!["s4", "s1"]],
            "pairs of similar levels, neediest first, members by level descending"
        );
        assert_eq!(
            r.groups
                .iter()
                .map(|g| g.focus.as_str())
                .collect::<Vec<_>>(),
            vec!["Reteach 6.RP.A.1", "Practice 6.RP.A.1", "Extend 6.RP.A.1"],
            "the focus names the band and the target"
        );
        assert_eq!(
            r.groups.iter().map(|g| g.band).collect::<Vec<_>>(),
            vec![
                Some(Band::Reteach),
                Some(Band::Practice),
                Some(Band::Extend)
            ],
            "like groups carry their mean's band"
        );
        assert_eq!(r.groups[0].mean_level, Some(1.25), "the mean of 1 and 1.5");
        assert!(
            r.groups[0].teacher_led,
            "with nobody asked for, the neediest group is teacher-led"
        );
        assert!(
            !r.groups[1].teacher_led && !r.groups[2].teacher_led,
            "only one group is teacher-led"
        );
        assert_eq!(r.reasons[0].group, 0, "Ana (level 1) is in the first group");
        assert_eq!(r.reasons[4].group, 2, "Eve (level 4) is in the last group");
    }

    #[test]
    fn teacher_led_students_make_their_group_first() {
        let mut input = class(
            &[1.0, 3.5, 2.0, 1.5, 4.0, 2.5],
            groups(3),
            GroupingMode::Like,
        );
        input.constraints.teacher_led = vec![id(4)];
        let r = form_groups(&input).expect("feasible");
        assert!(
            r.groups[0].members.contains(&id(4)),
            "Eve's group is the teacher-led one"
        );
        assert!(r.groups[0].teacher_led, "and it comes first");
        assert!(
            r.reasons[4]
                .reason
                .ends_with("; placed with the teacher as asked"),
            "Eve's reason says why she is with the teacher: {}",
            r.reasons[4].reason
        );
        assert!(
            !r.reasons[1].reason.contains("teacher"),
            "Ben was not asked for: {}",
            r.reasons[1].reason
        );
    }

    #[test]
    fn mixed_groups_span_the_class() {
        let mut input = class(
            &[1.0, 3.5, 2.0, 1.5, 4.0, 2.5],
            groups(2),
            GroupingMode::Mixed,
        );
        input.targets.push(target("6.RP.A.2"));
        for (i, s) in input.students.iter_mut().enumerate() {
            s.levels.push(Some(if i % 2 == 0 { 4.0 } else { 0.5 }));
        }
        let r = form_groups(&input).expect("feasible");
        for g in &r.groups {
            assert_eq!(g.band, None, "mixed groups have no band");
            assert!(
                g.focus.starts_with("Mixed: peer practice on 6.RP.A."),
                "mixed focus: {}",
                g.focus
            );
        }
        let bands: Vec<usize> = r
            .groups
            .iter()
            .map(|g| {
                let set: std::collections::BTreeSet<Band> = g
                    .members
                    .iter()
                    .map(|m| {
                        let s = input
                            .students
                            .iter()
                            .find(|s| &s.id == m)
                            .expect("member is a student");
                        band(score(&s.levels).0, 3.0)
                    })
                    .collect();
                set.len()
            })
            .collect();
        assert!(
            bands.iter().all(|&b| b >= 2),
            "each mixed group spans at least two bands: {bands:?}"
        );
    }

    #[test]
    fn mixed_focus_names_the_target_with_the_lowest_group_mean() {
        let mut input = class(&[2.0, 3.0], groups(1), GroupingMode::Mixed);
        input.targets.push(target("6.RP.A.2"));
        input.students[0].levels.push(Some(1.0));
        input.students[1].levels.push(None);
        let r = form_groups(&input).expect("one group");
        assert_eq!(
            r.groups[0].focus, "Mixed: peer practice on 6.RP.A.2",
            "6.RP.A.2's mean is 1, below 2.5"
        );
    }

    #[test]
    fn reasons_are_plain_language() {
        let mut input = GroupingInput {
            students: vec![
                student(0, vec![Some(1.5), Some(3.0)]),
                student(1, vec![Some(1.0), None]),
                student(2, vec![None, None]),
                student(3, vec![Some(3.5), Some(4.0)]),
            ],
            targets: vec![target("6.RP.A.1"), target("6.RP.A.2")],
            count: groups(2),
            mode: GroupingMode::Like,
            constraints: Constraints::default(),
            seed: 1,
        };
        let r = form_groups(&input).expect("feasible");
        let texts: Vec<&str> = r.reasons.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "levels 1.5 on 6.RP.A.1, 3 on 6.RP.A.2 (mean 2.3): practice",
                "level 1 on 6.RP.A.1, no evidence yet on 6.RP.A.2: reteach",
                "no evidence yet on 6.RP.A.1, 6.RP.A.2: reteach",
                "levels 3.5 on 6.RP.A.1, 4 on 6.RP.A.2 (mean 3.8): extend",
            ],
            "levels without trailing .0, the mean to one place, then the band"
        );
        assert_eq!(
            r.reasons
                .iter()
                .map(|r| r.student_id.as_str())
                .collect::<Vec<_>>(),
            vec!["s0", "s1", "s2", "s3"],
            "reasons come in input order"
        );
        input.mode = GroupingMode::Mixed;
        input.targets.truncate(1);
        for s in &mut input.students {
            s.levels.truncate(1);
        }
        input.constraints.teacher_led = vec![id(3)];
        let r = form_groups(&input).expect("feasible");
        let texts: Vec<&str> = r.reasons.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "level 1.5 on 6.RP.A.1: reteach — mixed group, gets peer support",
                "level 1 on 6.RP.A.1: reteach — mixed group, gets peer support",
                "no evidence yet on 6.RP.A.1: reteach — mixed group, gets peer support",
                "level 3.5 on 6.RP.A.1: extend — mixed group, can support peers; placed with the teacher as asked",
            ],
            "mixed mode adds the student's role; a teacher-led request is acknowledged"
        );
    }

    #[test]
    fn numbers_print_without_trailing_zeros() {
        assert_eq!(fmt_num(1.0, 2), "1", "whole numbers have no decimals");
        assert_eq!(fmt_num(1.5, 2), "1.5", "halves keep one place");
        assert_eq!(fmt_num(7.0 / 3.0, 2), "2.33", "at most two places");
        assert_eq!(fmt_num(2.25, 1), "2.3", "means round half away from zero");
        assert_eq!(fmt_num(-0.0001, 2), "0", "no negative zero");
    }

    fn err_of(input: &GroupingInput) -> (String, String) {
        let e = form_groups(input).expect_err("this input can't be grouped");
        let (f, m) = message(&e);
        (f.to_string(), m.to_string())
    }

    fn eight(count: GroupCount) -> GroupingInput {
        class(
            &[1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 0.5],
            count,
            GroupingMode::Like,
        )
    }

    #[test]
    fn apart_inside_a_together_set_is_refused_by_name() {
        let mut input = eight(groups(2));
        input.constraints.together = vec![vec![id(0), id(1), id(2)]];
        input.constraints.apart = vec![(id(0), id(1))];
        assert_eq!(
            err_of(&input),
            (
                "constraints".to_string(),
                "Ana Ruiz and Ben Ode are to be kept apart, but they are also to be kept together (with Cy Li).".to_string()
            ),
            "the message names both students and the set that binds them"
        );
        input.constraints.together = vec![];
        input.constraints.teacher_led = vec![id(0), id(1)];
        let (_, m) = err_of(&input);
        assert_eq!(
            m,
            "Ana Ruiz and Ben Ode are to be kept apart, but both are to be placed with the teacher.",
            "a teacher-led clash says so"
        );
    }

    #[test]
    fn a_together_set_larger_than_groups_is_refused_by_name() {
        let mut input = eight(GroupCount::Size { min: 2, max: 3 });
        input.constraints.together = vec![vec![id(0), id(1)], vec![id(2), id(3), id(1)]];
        assert_eq!(
            err_of(&input),
            (
                "constraints".to_string(),
                "Ana Ruiz, Ben Ode, Cy Li and Dee Fox are to be kept together, but groups hold at most 3.".to_string()
            ),
            "overlapping together sets join into one block of four"
        );
    }

    #[test]
    fn an_apart_clique_larger_than_the_groups_is_refused_by_name() {
        let mut input = eight(groups(2));
        input.constraints.apart = vec![
            (id(0), id(1)),
            (id(4), id(5)),
            (id(1), id(2)),
            (id(0), id(2)),
        ];
        assert_eq!(
            err_of(&input),
            (
                "constraints".to_string(),
                "These can't all hold with 2 groups: keep apart Ana Ruiz and Ben Ode; keep apart Ben Ode and Cy Li; keep apart Ana Ruiz and Cy Li. Make more groups or drop one of them.".to_string()
            ),
            "only the conflicting pairs are named, in the order given"
        );
        input.count = groups(3);
        assert!(
            form_groups(&input).is_ok(),
            "three groups can separate three students"
        );
    }

    #[test]
    fn together_sets_that_leave_too_few_blocks_are_refused() {
        let mut input = class(&[1.0, 2.0, 3.0, 4.0], groups(2), GroupingMode::Like);
        input.constraints.together = vec![vec![id(0), id(1), id(2), id(3)]];
        let (f, m) = err_of(&input);
        assert_eq!(f, "constraints", "a constraint problem");
        assert_eq!(
            m,
            "This can't hold with 2 groups: keep together Ana Ruiz, Ben Ode, Cy Li and Dee Fox. Make fewer groups or drop it.",
            "one whole-class set can't fill two groups"
        );
    }

    #[test]
    fn sizes_and_constraints_that_conflict_are_refused() {
        // Two groups of exactly 4 can't hold blocks of 3, 2 and 3.
        let mut input = eight(GroupCount::Size { min: 4, max: 4 });
        input.constraints.together = vec![
            vec![id(0), id(1), id(2)],
            vec![id(3), id(4)],
            vec![id(5), id(6), id(7)],
        ];
        assert_eq!(
            err_of(&input),
            (
                "constraints".to_string(),
                "These can't all hold with 2 groups of 4: keep together Ana Ruiz, Ben Ode and Cy Li; keep together Dee Fox and Eve Moss; keep together Finn Hale, Gus Ito and Hana Cole. Change the group sizes or drop one of them.".to_string()
            ),
            "names every set involved and the sizes"
        );
        input.constraints.together.remove(1);
        assert!(
            form_groups(&input).is_ok(),
            "without the pair, 3 + 1 and 3 + 1 fit"
        );
    }

    #[test]
    fn impossible_sizes_and_counts_are_refused() {
        let seven = class(
            &[1.0; 7],
            GroupCount::Size { min: 4, max: 5 },
            GroupingMode::Like,
        );
        assert_eq!(
            err_of(&seven),
            (
                "count".to_string(),
                "7 students present can't be split into groups of 4 to 5.".to_string()
            ),
            "two groups need at least 8"
        );
        let mut six = class(&[1.0; 6], groups(6), GroupingMode::Like);
        six.constraints.absent = vec![id(0), id(1)];
        assert_eq!(
            err_of(&six),
            (
                "count".to_string(),
                "Can't make 6 groups from 4 students present.".to_string()
            ),
            "absent students don't count"
        );
        let zero = class(&[1.0; 3], groups(0), GroupingMode::Like);
        assert_eq!(err_of(&zero).0, "count", "zero groups is refused");
        let inverted = class(
            &[1.0; 3],
            GroupCount::Size { min: 3, max: 2 },
            GroupingMode::Like,
        );
        assert_eq!(
            err_of(&inverted).1,
            "The smallest group size (3) is larger than the largest (2).",
            "min above max is refused"
        );
        let empty_size = class(
            &[1.0; 3],
            GroupCount::Size { min: 0, max: 2 },
            GroupingMode::Like,
        );
        assert_eq!(
            err_of(&empty_size).0,
            "count",
            "a minimum of zero is refused"
        );
        let mut nobody = class(&[1.0], groups(1), GroupingMode::Like);
        nobody.constraints.absent = vec![id(0)];
        assert_eq!(err_of(&nobody).0, "students", "nobody present is refused");
    }

    #[test]
    fn bad_inputs_name_the_field() {
        let mut no_targets = eight(groups(2));
        no_targets.targets.clear();
        assert_eq!(
            err_of(&no_targets),
            (
                "competencies".to_string(),
                "Choose at least one competency to group on.".to_string()
            ),
            "at least one target"
        );
        let mut unknown = eight(groups(2));
        unknown.constraints.apart = vec![(id(0), "nobody".to_string())];
        assert_eq!(
            err_of(&unknown).0,
            "constraints.apart",
            "an unknown id in apart"
        );
        unknown.constraints.apart.clear();
        unknown.constraints.together = vec![vec!["nobody".to_string()]];
        assert_eq!(
            err_of(&unknown).0,
            "constraints.together",
            "an unknown id in together"
        );
        unknown.constraints.together.clear();
        unknown.constraints.teacher_led = vec!["nobody".to_string()];
        assert_eq!(
            err_of(&unknown).0,
            "constraints.teacherLed",
            "an unknown id in teacher-led"
        );
        unknown.constraints.teacher_led.clear();
        unknown.constraints.absent = vec!["nobody".to_string()];
        assert_eq!(
            err_of(&unknown).0,
            "constraints.absent",
            "an unknown id in absent"
        );
        let mut selfish = eight(groups(2));
        selfish.constraints.apart = vec![(id(2), id(2))];
        assert_eq!(
            err_of(&selfish).1,
            "Cy Li can't be kept apart from themselves.",
            "a pair of one student"
        );
        let mut short = eight(groups(2));
        short.students[0].levels.clear();
        assert_eq!(err_of(&short).0, "students", "one level per target");
    }

    #[test]
    fn constraints_on_absent_students_are_ignored() {
        let mut input = class(&[1.0, 2.0, 3.0], groups(1), GroupingMode::Like);
        input.constraints.apart = vec![(id(0), id(1))];
        input.constraints.teacher_led = vec![id(1)];
        input.constraints.absent = vec![id(1)];
        let r = form_groups(&input).expect("Ben is absent, so nothing forbids one group");
        assert_eq!(r.groups.len(), 1, "one group");
        assert_eq!(r.groups[0].members, vec![id(2), id(0)], "Ben is not placed");
        assert_eq!(r.reasons.len(), 2, "no reason for an absent student");
    }

    #[test]
    fn objective_and_satisfies_handle_bad_assignments() {
        let input = class(&[1.0, 2.0, 3.0], groups(2), GroupingMode::Like);
        assert!(objective(&input, &[0, 1], 2).is_infinite(), "too short");
        assert!(
            objective(&input, &[0, 1, 2], 2).is_infinite(),
            "group out of range"
        );
        assert!(!satisfies(&input, &[0, 0, 0], 2), "an empty group");
        assert!(
            !satisfies(&input, &[0, 1, 2], 3),
            "three groups when two were asked for"
        );
        assert!(satisfies(&input, &[0, 0, 1], 2), "a valid split");
        // Like: {1, 2} spread 0.5, two bands (reteach 1, practice 2) → 1 off-majority; {3}
        // spread 0; sizes 2 and 1 against 1.5 → 10 × (0.25 + 0.25).
        assert!(
            (objective(&input, &[0, 0, 1], 2) - (0.5 + 1.0 + 5.0)).abs() < 1e-12,
            "the like objective as documented"
        );
        let mixed = class(&[1.0, 2.0, 3.0], groups(2), GroupingMode::Mixed);
        // Class mean 2. {1, 3}: mean 2, two bands; {2}: mean 2, one band; sizes as above.
        assert!(
            (objective(&mixed, &[0, 1, 0], 2) - (0.0 - 0.1 * 3.0 + 5.0)).abs() < 1e-12,
            "the mixed objective as documented"
        );
    }

    #[test]
    fn snake_draft_deals_in_snake_order() {
        let input = class(
            &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
            groups(3),
            GroupingMode::Mixed,
        );
        assert_eq!(
            snake_draft_baseline(&input),
            vec![0, 1, 2, 2, 1, 0],
            "6, 5, 4 go to groups 0, 1, 2; then 3, 2, 1 to 2, 1, 0"
        );
    }

    #[test]
    fn exact_is_used_when_partitions_are_few() {
        assert_eq!(stirling2(10, 5), 42_525, "S(10, 5)");
        assert_eq!(stirling2(4, 2), 7, "S(4, 2)");
        assert_eq!(stirling2(3, 4), 0, "more groups than things");
        assert_eq!(stirling2(200, 100), u64::MAX, "saturates");
        let big_one_group = class(&[2.0; 30], groups(1), GroupingMode::Like);
        assert_eq!(
            form_groups(&big_one_group).expect("one group").method,
            SearchMethod::Exact,
            "one group has one partition"
        );
    }

    #[test]
    fn json_shape_is_camel_case() {
        let count = serde_json::to_value(GroupCount::Size { min: 3, max: 4 }).expect("serializes");
        assert_eq!(
            count,
            serde_json::json!({"kind": "size", "min": 3, "max": 4}),
            "tagged by kind"
        );
        let count: GroupCount =
            serde_json::from_value(serde_json::json!({"kind": "groups", "count": 6}))
                .expect("parses");
        assert_eq!(count, groups(6), "groups by count");
        let c: Constraints = serde_json::from_value(serde_json::json!({"teacherLed": ["a"]}))
            .expect("missing lists default");
        assert_eq!(
            c.teacher_led,
            vec!["a".to_string()],
            "teacherLed in camelCase"
        );
        let r =
            form_groups(&class(&[1.0, 2.0], groups(1), GroupingMode::Mixed)).expect("one group");
        let v = serde_json::to_value(&r).expect("serializes");
        assert_eq!(v["method"], "exact", "snake_case method");
        assert_eq!(v["groups"][0]["teacherLed"], true, "teacherLed");
        assert_eq!(v["groups"][0]["meanLevel"], 1.5, "meanLevel");
        assert_eq!(v["reasons"][0]["studentId"], "s0", "studentId");
    }
}
