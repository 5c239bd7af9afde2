//! Learning progressions: which competencies come before which, and from that, for each
//! student, what they are ready to learn next and why.
//!
//! A **prerequisite** says competency `c` builds on competency `r` (`c` requires `r`). The
//! prerequisites of a framework form a directed graph that must have no loop: [`check_edge`]
//! refuses an edge that would close one and names the loop. Two laptops can still each add
//! half of a loop and sync; everything here reads the graph without assuming it is acyclic.
//!
//! # Readiness
//!
//! For one student, each competency is in one [`Readiness`] state:
//!
//! * **mastered**: its shown status (the method's, or the teacher's override) is mastered,
//!   whatever its prerequisites say (*testing out*); or, when its framework allows credit from
//!   later competencies, some competency that requires it, directly or through others, is
//!   mastered that way;
//! * **ready**: not mastered, and every prerequisite mastered (or none);
//! * **working on it**: ready, and it already has evidence;
//! * **not yet**: some prerequisite is not mastered; those are listed.
//!
//! Only direct prerequisites decide readiness: a competency whose prerequisite was credited
//! or tested out is ready even if an earlier one is not mastered. Prerequisites on a
//! competency that is not among the class's columns (archived, or in a framework the class
//! does not use) are left out: nothing can be known about them.
//!
//! Every state carries a one-line reason in words, like the groups' reasons.
//!
//! # Next steps
//!
//! [`next_steps`] orders a student's ready and working competencies nearest to mastery first
//! (highest level first, those with no level last, then in column order) and suggests for
//! each the class's activities for that competency, not already done: those in the student's
//! preferred way of learning first, then those tagged with one of their interests, then the
//! rest, each group in the activities' own order. [`propose_board`] drafts a choice board from
//! those suggestions.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::ids::{ActivityId, NodeId};
use crate::mastery::Status;
use crate::messages::{Decimal, Message, MessageArg};
use crate::playlists::{Modality, PlaylistInput, PlaylistKind};
use crate::roster::LearnBy;
use crate::{Error, Result, msg};

pub use crate::table::PREREQUISITE;

#[cfg(test)]
mod tests;

/// Competency `competency` requires `requires` first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "camelCase")]
pub struct Prerequisite {
    /// The later competency.
    pub competency: NodeId,
    /// The competency it builds on.
    pub requires: NodeId,
}

/// Refuses `edge` when it would make a competency require itself, directly or through
/// others, with a message naming the loop by `name` (a code, or a label). Adding an edge
/// that is already there is not a loop.
pub fn check_edge(
    edges: &[Prerequisite],
    edge: Prerequisite,
    name: impl Fn(NodeId) -> String,
) -> Result<()> {
    if edge.competency == edge.requires {
        return Err(Error::invalid(
            "requires",
            msg!("core-own-prerequisite", name = name(edge.competency)),
        ));
    }
    // A loop closes when `requires` already (transitively) requires `competency`.
    let mut needs: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
    for e in edges {
        needs.entry(e.competency).or_default().push(e.requires);
    }
    for list in needs.values_mut() {
        list.sort();
    }
    if let Some(path) = path_between(&needs, edge.requires, edge.competency) {
        let mut names: Vec<String> = Vec::with_capacity(path.len() + 1);
        names.push(name(edge.competency));
        names.extend(path.iter().map(|&n| name(n)));
        return Err(Error::invalid(
            "requires",
            msg!("core-prerequisite-loop", path = loop_words(&names)),
        ));
    }
    Ok(())
}

/// "A needs B, which needs C, which needs A" from `[A, B, C, A]`.
fn loop_words(names: &[String]) -> Message {
    // Built from the end: `A needs (B, which needs (C))`.
    let mut out = msg!("core-needs-last", name = names[names.len() - 1].as_str());
    for n in names[1..names.len() - 1].iter().rev() {
        out = msg!("core-needs-which", name = n.as_str(), rest = out);
    }
    msg!("core-needs-first", name = names[0].as_str(), rest = out)
}

/// The first path `from → … → to` along `needs` (depth first, in id order), as the nodes
/// after `from`, ending with `to`.
fn path_between(
    needs: &HashMap<NodeId, Vec<NodeId>>,
    from: NodeId,
    to: NodeId,
) -> Option<Vec<NodeId>> {
    let mut seen = HashSet::new();
    let mut stack: Vec<(NodeId, usize)> = vec![(from, 0)];
    let mut path: Vec<NodeId> = vec![from];
    seen.insert(from);
    if from == to {
        return Some(path);
    }
    while let Some((node, next)) = stack.last_mut() {
        let children = needs.get(node).map(Vec::as_slice).unwrap_or(&[]);
        if *next >= children.len() {
            stack.pop();
            path.pop();
            continue;
        }
        let child = children[*next];
        *next += 1;
        if child == to {
            path.push(child);
            return Some(path);
        }
        if seen.insert(child) {
            stack.push((child, 0));
            path.push(child);
        }
    }
    None
}

/// One competency as readiness sees it: a column of the class's grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The competency.
    pub id: NodeId,
    /// What to call it in a reason: its code, else its label.
    pub name: String,
    /// Its framework lets a later competency's mastery credit this one.
    pub credit_from_later: bool,
}

/// One student's standing on one column.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Standing {
    /// The shown status (an override's, else the method's).
    pub status: Option<Status>,
    /// The calculated level, if any.
    pub level: Option<f64>,
    /// Pieces of evidence.
    pub evidence: u32,
}

/// Where a student stands with a competency, as far as what comes next.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "snake_case")]
pub enum Readiness {
    /// Mastered (shown, tested out, or credited from a later competency).
    Mastered,
    /// Every prerequisite mastered, no evidence yet.
    Ready,
    /// Every prerequisite mastered, and some evidence already.
    WorkingOnIt,
    /// A prerequisite is not mastered yet.
    NotYet,
}

/// A competency's state for one student, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyState {
    /// The competency.
    pub competency: NodeId,
    /// Its state.
    pub state: Readiness,
    /// The prerequisites not mastered yet (for `not_yet`), in column order.
    pub missing: Vec<NodeId>,
    /// The later competency whose mastery credited this one, if that is how it is mastered.
    pub credited_from: Option<NodeId>,
    /// The reason in one line, e.g. "ready: 6.RP.A.1 and 6.RP.A.2 mastered" (a `reason-*`
    /// message).
    pub reason: Message,
}

/// Each column's state for one student, in column order. `standing[i]` is the student on
/// `columns[i]`; `edges` are every prerequisite known (those naming other competencies are
/// left out).
pub fn readiness(
    columns: &[Column],
    edges: &[Prerequisite],
    standing: &[Standing],
) -> Vec<CompetencyState> {
    let index: HashMap<NodeId, usize> =
        columns.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    // Prerequisites (and dependents) by column index, deduplicated, in column order.
    let mut needs: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); columns.len()];
    let mut needed_by: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); columns.len()];
    for e in edges {
        if let (Some(&c), Some(&r)) = (index.get(&e.competency), index.get(&e.requires))
            && c != r
        {
            needs[c].insert(r);
            needed_by[r].insert(c);
        }
    }
    let shown: Vec<bool> = (0..columns.len())
        .map(|i| standing.get(i).and_then(|s| s.status) == Some(Status::Mastered))
        .collect();
    let credit: Vec<Option<usize>> = (0..columns.len())
        .map(|i| {
            if shown[i] || !columns[i].credit_from_later {
                None
            } else {
                mastered_later(i, &needed_by, &shown)
            }
        })
        .collect();
    let mastered = |i: usize| shown[i] || credit[i].is_some();
    (0..columns.len())
        .map(|i| {
            let column = &columns[i];
            let s = standing.get(i).copied().unwrap_or_default();
            let prerequisites: Vec<usize> = needs[i].iter().copied().collect();
            if shown[i] {
                let reason = if prerequisites.iter().any(|&p| !mastered(p)) {
                    msg!("reason-mastered-tested-out")
                } else {
                    msg!("reason-mastered")
                };
                return state(column, Readiness::Mastered, vec![], None, reason);
            }
            if let Some(later) = credit[i] {
                let reason = msg!("reason-mastered-credited", name = &columns[later].name);
                return state(
                    column,
                    Readiness::Mastered,
                    vec![],
                    Some(columns[later].id),
                    reason,
                );
            }
            let missing: Vec<usize> = prerequisites
                .iter()
                .copied()
                .filter(|&p| !mastered(p))
                .collect();
            if !missing.is_empty() {
                let reason = msg!(
                    "reason-not-yet",
                    names = and_list_arg(&names(columns, &missing))
                );
                let missing = missing.iter().map(|&m| columns[m].id).collect();
                return state(column, Readiness::NotYet, missing, None, reason);
            }
            let basis = if prerequisites.is_empty() {
                msg!("reason-basis-none")
            } else {
                msg!(
                    "reason-basis-mastered",
                    names = and_list_arg(&names(columns, &prerequisites))
                )
            };
            if s.evidence > 0 {
                let reason = match s.level {
                    Some(l) => msg!(
                        "reason-working-on-it-level",
                        basis = basis,
                        count = s.evidence,
                        level = Decimal::rounded(l, 2)
                    ),
                    None => msg!("reason-working-on-it", basis = basis, count = s.evidence),
                };
                state(column, Readiness::WorkingOnIt, vec![], None, reason)
            } else {
                state(
                    column,
                    Readiness::Ready,
                    vec![],
                    None,
                    msg!("reason-ready", basis = basis),
                )
            }
        })
        .collect()
}

fn state(
    column: &Column,
    state: Readiness,
    missing: Vec<NodeId>,
    credited_from: Option<NodeId>,
    reason: Message,
) -> CompetencyState {
    CompetencyState {
        competency: column.id,
        state,
        missing,
        credited_from,
        reason,
    }
}

/// The first (in column order) competency that requires `i`, directly or through others,
/// and is shown mastered.
fn mastered_later(i: usize, needed_by: &[BTreeSet<usize>], shown: &[bool]) -> Option<usize> {
    let mut seen: BTreeSet<usize> = BTreeSet::from([i]);
    let mut frontier: Vec<usize> = needed_by[i].iter().copied().collect();
    let mut found: Option<usize> = None;
    while let Some(next) = frontier.pop() {
        if !seen.insert(next) {
            continue;
        }
        if shown[next] && found.is_none_or(|f| next < f) {
            found = Some(next);
        }
        frontier.extend(needed_by[next].iter().copied());
    }
    found
}

fn names(columns: &[Column], idx: &[usize]) -> Vec<String> {
    idx.iter().map(|&i| columns[i].name.clone()).collect()
}

/// "A", "A and B", "A, B and C".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Names joined with "and" for a message: one name as it is, more as `reason-and-list`.
pub fn and_list_arg(items: &[String]) -> MessageArg {
    match items {
        [one] => MessageArg::Text(one.clone()),
        [init @ .., last] if !init.is_empty() => {
            msg!("reason-and-list", items = init.join(", "), last = last).into()
        }
        _ => MessageArg::Text(String::new()),
    }
}

/// An activity the class has, as next steps weigh it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The activity.
    pub id: ActivityId,
    /// The competency it practises.
    pub competency: NodeId,
    /// How it is done.
    pub modality: Modality,
    /// Interests it is tagged with (lowercase comparisons).
    pub interests: Vec<String>,
}

/// Which way of learning an activity suits: reading, listening or doing.
pub fn learn_by_of(modality: Modality) -> LearnBy {
    match modality {
        Modality::Read => LearnBy::Reading,
        Modality::Watch | Modality::Discuss => LearnBy::Listening,
        Modality::Practice | Modality::Create | Modality::HandsOn => LearnBy::Doing,
    }
}

/// Why an activity is suggested first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// It is done the way the student prefers to learn.
    WayOfLearning,
    /// It is tagged with one of the student's interests.
    Interest,
    /// It practises the competency.
    Competency,
}

/// A suggested activity and why it comes where it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    /// The activity.
    pub activity: ActivityId,
    /// Its best fit.
    pub fit: Fit,
    /// The interest it matches, for `interest`.
    pub interest: Option<String>,
}

/// What one student could learn next: a ready or working competency with its suggestions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NextStep {
    /// The competency.
    pub competency: NodeId,
    /// Ready or working on it.
    pub state: Readiness,
    /// The reason, as in [`CompetencyState`].
    pub reason: Message,
    /// The calculated level, if any.
    pub level: Option<f64>,
    /// Activities that fit, best first.
    pub activities: Vec<Suggestion>,
}

/// What a student likes, for ordering suggestions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Preferences {
    /// Reading, listening, doing (any of them).
    pub learn_by: Vec<LearnBy>,
    /// Interests, as written in the profile.
    pub interests: Vec<String>,
}

/// The student's next steps from their `states` (as [`readiness`] gives them, in column
/// order) and `standing`, with `activities` (in the class's order) minus those in `done`.
pub fn next_steps(
    states: &[CompetencyState],
    standing: &[Standing],
    activities: &[Candidate],
    preferences: &Preferences,
    done: &HashSet<ActivityId>,
) -> Vec<NextStep> {
    let mut steps: Vec<(usize, NextStep)> = states
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s.state, Readiness::Ready | Readiness::WorkingOnIt))
        .map(|(i, s)| {
            let level = standing.get(i).and_then(|x| x.level);
            let step = NextStep {
                competency: s.competency,
                state: s.state,
                reason: s.reason.clone(),
                level,
                activities: suggestions(s.competency, activities, preferences, done),
            };
            (i, step)
        })
        .collect();
    // Nearest to mastery first: the highest level, then no level; ties in column order.
    steps.sort_by(|(ia, a), (ib, b)| match (a.level, b.level) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(ia.cmp(ib)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => ia.cmp(ib),
    });
    steps.into_iter().map(|(_, s)| s).collect()
}

fn suggestions(
    competency: NodeId,
    activities: &[Candidate],
    preferences: &Preferences,
    done: &HashSet<ActivityId>,
) -> Vec<Suggestion> {
    let interests: Vec<(String, &String)> = preferences
        .interests
        .iter()
        .map(|i| (i.trim().to_lowercase(), i))
        .filter(|(k, _)| !k.is_empty())
        .collect();
    let mut out: Vec<(u8, Suggestion)> = activities
        .iter()
        .filter(|a| a.competency == competency && !done.contains(&a.id))
        .map(|a| {
            let interest = a.interests.iter().find_map(|tag| {
                let tag = tag.trim().to_lowercase();
                interests
                    .iter()
                    .find(|(k, _)| *k == tag)
                    .map(|(_, shown)| (*shown).clone())
            });
            let (rank, fit) = if preferences.learn_by.contains(&learn_by_of(a.modality)) {
                (0, Fit::WayOfLearning)
            } else if interest.is_some() {
                (1, Fit::Interest)
            } else {
                (2, Fit::Competency)
            };
            let suggestion = Suggestion {
                activity: a.id,
                fit,
                interest,
            };
            (rank, suggestion)
        })
        .collect();
    // A stable sort keeps the class's own order within each rank.
    out.sort_by_key(|(rank, _)| *rank);
    out.into_iter().map(|(_, s)| s).collect()
}

/// Most activities on a proposed board: enough to choose from, few enough to choose.
pub const BOARD_MOST: usize = 6;

/// A draft choice board for a student from their next steps: each step's best suggestion in
/// turn, then each step's second, and so on, up to [`BOARD_MOST`], with one to pick.
/// `None` when no step has an activity to offer.
pub fn propose_board(student_name: &str, steps: &[NextStep]) -> Option<PlaylistInput> {
    let mut picked: Vec<ActivityId> = Vec::new();
    let deepest = steps.iter().map(|s| s.activities.len()).max().unwrap_or(0);
    'rounds: for round in 0..deepest {
        for step in steps {
            if let Some(s) = step.activities.get(round)
                && !picked.contains(&s.activity)
            {
                picked.push(s.activity);
                if picked.len() == BOARD_MOST {
                    break 'rounds;
                }
            }
        }
    }
    if picked.is_empty() {
        return None;
    }
    Some(PlaylistInput {
        title: format!("Next steps for {student_name}"),
        kind: PlaylistKind::ChoiceBoard,
        activity_ids: picked.iter().map(ActivityId::to_string).collect(),
        pick_count: 1.0,
    })
}
