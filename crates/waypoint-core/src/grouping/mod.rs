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
//!
//! # Where things are
//!
//! This file holds the problem's public types and entry points, the objective and the
//! tuning; `problem` reduces a class to blocks and checks the constraints can hold, `exact`
//! and `local` are the two searches, `explain` the result's reasons and the errors, and
//! `tests` their tests.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::Result;
use crate::evidence::{Band, band};
use crate::messages::Message;

mod exact;
mod explain;
mod local;
mod problem;
#[cfg(test)]
mod tests;

use exact::exact_search;

use local::local_search;
use problem::{Agg, Costing, Problem, stirling2};

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
    /// mean). Rendered from the `reason-focus-*` messages.
    pub focus: Message,
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
    /// A plain-language reason, for example "level 1.5 on 6.RP.A.1: reteach" (a `reason-*`
    /// message).
    pub reason: Message,
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
