//! Use cases for learning progressions and next steps: a framework's prerequisites, the
//! credit-from-later setting, each student's next steps (with activities that fit), the
//! class's view of who is ready for what, and personal choice boards proposed from them.
//!
//! The rules live in `waypoint_core::progressions`; this module gathers their inputs (the
//! class's mastery grid, the prerequisites, activities, profiles and finished activities) and
//! names things for the UI. Proposing a board writes nothing; approving it writes the board and
//! its assignment in one transaction.

use std::collections::{HashMap, HashSet};
use waypoint_core::msg;

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use serde_json::json;
use waypoint_core::evidence::{GridCompetency, MasteryGrid};
use waypoint_core::frameworks::{FRAMEWORK, FrameworkView, NodeKind, short_label};
use waypoint_core::grouping::{GroupingMode, TargetCompetency};
use waypoint_core::ids::{ActivityId, ClassId, FrameworkId, NodeId, PrerequisiteId, StudentId};
use waypoint_core::messages::Message;
use waypoint_core::playlists::{
    ActivityView, AssignTarget, Modality, PlaylistInput, PlaylistView, TargetKind,
};
use waypoint_core::progressions::{
    self, Candidate, Column, CompetencyState, Fit, PREREQUISITE, Preferences, Prerequisite,
    Readiness, Standing,
};
use waypoint_core::roster::changed_fields;

use crate::device::random10;
use crate::evidence::mastery_grid;
use crate::frameworks::{class_frameworks, get_framework, get_node, list_nodes};
use crate::groups::{GroupProposal, GroupRequest};
use crate::oplog::Writer;
use crate::playlists::{get_playlist, list_activities, write_assignment, write_playlist};
use crate::roster::{get_profile, get_student};
use crate::rows::{live_fields, text};
use crate::{Db, Result};

/// A framework's prerequisites, each pair once, in a stable order.
pub fn list_prerequisites(conn: &Connection, framework: FrameworkId) -> Result<Vec<Prerequisite>> {
    get_framework(conn, framework)?;
    framework_edges(conn, &[framework])
}

/// The prerequisites of `frameworks`, each pair once.
pub(crate) fn framework_edges(
    conn: &Connection,
    frameworks: &[FrameworkId],
) -> Result<Vec<Prerequisite>> {
    let mut stmt = conn.prepare_cached(
        "SELECT competency_id, requires_id FROM prerequisite
         WHERE framework_id = ?1 AND _deleted = 0",
    )?;
    let mut out: Vec<Prerequisite> = Vec::new();
    for fw in frameworks {
        let rows = stmt
            .query_map([fw.to_string()], |r| Ok((text(r, 0)?, text(r, 1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (c, r) in rows {
            // A row whose ids don't parse came from a damaged bundle; it is left out.
            if let (Ok(competency), Ok(requires)) = (c.parse(), r.parse()) {
                out.push(Prerequisite {
                    competency,
                    requires,
                });
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// What a node is called in a message: its code, else its short label.
fn node_name(code: &str, label: &str, statement: &str) -> String {
    if code.trim().is_empty() {
        short_label(label, statement)
    } else {
        code.to_owned()
    }
}

/// Adds "`competency` requires `requires`" (nothing when it is already there). Both must be
/// live competencies of the same framework, and the new edge must not close a loop; the
/// refusal names the loop. Returns the framework's prerequisites.
pub fn add_prerequisite(
    db: &mut Db,
    competency: NodeId,
    requires: NodeId,
) -> Result<Vec<Prerequisite>> {
    let later = get_node(db.conn(), competency)?;
    let earlier = get_node(db.conn(), requires)?;
    for (node, field) in [(&later, "competencyId"), (&earlier, "requires")] {
        if node.kind != NodeKind::Competency {
            return Err(waypoint_core::Error::invalid(
                field,
                msg!("store-prerequisite-not-strand"),
            )
            .into());
        }
        if node.archived {
            return Err(waypoint_core::Error::invalid(
                field,
                msg!(
                    "store-prerequisite-archived",
                    name = node_name(&node.code, &node.label, &node.statement)
                ),
            )
            .into());
        }
    }
    if later.framework_id != earlier.framework_id {
        return Err(waypoint_core::Error::invalid(
            "requires",
            msg!("store-prerequisite-other-framework"),
        )
        .into());
    }
    let framework = later.framework_id;
    let edge = Prerequisite {
        competency,
        requires,
    };
    let edges = framework_edges(db.conn(), &[framework])?;
    if !edges.contains(&edge) {
        let names: HashMap<NodeId, String> = list_nodes(db.conn(), framework, true)?
            .into_iter()
            .map(|n| (n.id, node_name(&n.code, &n.label, &n.statement)))
            .collect();
        progressions::check_edge(&edges, edge, |n| {
            names.get(&n).cloned().unwrap_or_else(|| n.to_string())
        })?;
        db.write(|w| write_prerequisite(w, framework, edge))?;
    }
    framework_edges(db.conn(), &[framework])
}

/// Writes one prerequisite row (the caller has checked it).
pub(crate) fn write_prerequisite(
    w: &mut Writer<'_>,
    framework: FrameworkId,
    edge: Prerequisite,
) -> Result<()> {
    let id = PrerequisiteId::mint(w.wall_ms(), random10());
    let fields = [
        ("framework_id", json!(framework.to_string())),
        ("competency_id", json!(edge.competency.to_string())),
        ("requires_id", json!(edge.requires.to_string())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    w.set(&PREREQUISITE, &id.to_string(), fields)
}

/// Removes "`competency` requires `requires`" (every row for the pair, as two laptops may
/// each have added it). Returns the framework's prerequisites.
pub fn remove_prerequisite(
    db: &mut Db,
    competency: NodeId,
    requires: NodeId,
) -> Result<Vec<Prerequisite>> {
    let framework = get_node(db.conn(), competency)?.framework_id;
    db.write(|w| {
        let ids: Vec<String> = {
            let mut stmt = w.conn().prepare(
                "SELECT id FROM prerequisite
                 WHERE competency_id = ?1 AND requires_id = ?2 AND _deleted = 0",
            )?;
            stmt.query_map(params![competency.to_string(), requires.to_string()], |r| {
                text(r, 0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
        };
        for id in ids {
            w.tombstone(&PREREQUISITE, &id)?;
        }
        Ok(())
    })?;
    framework_edges(db.conn(), &[framework])
}

/// Turns on or off crediting a competency from the mastery of a later one that requires it.
pub fn set_framework_credit(db: &mut Db, id: FrameworkId, on: bool) -> Result<FrameworkView> {
    db.write(|w| {
        let old = live_fields(w.conn(), &FRAMEWORK, "framework", &id.to_string())?;
        let new = [("credit_from_later".to_owned(), json!(on))]
            .into_iter()
            .collect();
        w.set(&FRAMEWORK, &id.to_string(), changed_fields(&old, &new))
    })?;
    get_framework(db.conn(), id)
}

/// An activity suggested for a next step, with what the student sees of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SuggestedActivity {
    /// The activity.
    pub id: ActivityId,
    /// Its title.
    pub title: String,
    /// How it is done.
    pub modality: Modality,
    /// About how long it takes.
    pub minutes: u32,
    /// Why it comes where it does.
    pub fit: Fit,
    /// The interest it matches, for `interest`.
    pub interest: Option<String>,
}

/// One competency in a student's progression, named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyLine {
    /// The competency.
    pub competency_id: NodeId,
    /// Its code, else its short label.
    pub code: String,
    /// Its full statement.
    pub statement: String,
    /// Where the student stands.
    pub state: Readiness,
    /// Why, in one line (a `reason-*` message).
    pub reason: Message,
    /// The calculated level, if any.
    pub level: Option<f64>,
}

/// A next step: a competency the student is ready for, with the activities that fit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NextStepView {
    /// The competency and why it is next.
    pub competency: CompetencyLine,
    /// Activities for it, best fit first, none already done.
    pub activities: Vec<SuggestedActivity>,
}

/// One student's next steps and the rest of their progression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentNextSteps {
    /// The student.
    pub student_id: StudentId,
    /// What to call them.
    pub display_name: String,
    /// Ready and working-on-it competencies, nearest to mastery first.
    pub steps: Vec<NextStepView>,
    /// Competencies waiting on a prerequisite, in the grid's order.
    pub not_yet: Vec<CompetencyLine>,
    /// How many competencies are mastered (shown, tested out or credited).
    pub mastered: u32,
    /// The class's competencies in all.
    pub total: u32,
}

/// A student ready for a competency, in the class view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReadyStudent {
    /// The student.
    pub student_id: StudentId,
    /// What to call them.
    pub display_name: String,
    /// Ready, or working on it.
    pub state: Readiness,
    /// Their level on it, if any.
    pub level: Option<f64>,
}

/// Who is ready for one competency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyReadiness {
    /// The competency.
    pub competency_id: NodeId,
    /// Its code, else its short label.
    pub code: String,
    /// Its full statement.
    pub statement: String,
    /// Students ready for it or working on it, in roster order.
    pub students: Vec<ReadyStudent>,
}

/// A student's first next step, in one line (the Today view's teacher-led group).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FirstStep {
    /// The student.
    pub student_id: StudentId,
    /// What to call them.
    pub display_name: String,
    /// Their nearest next step, if they have one.
    pub next: Option<CompetencyLine>,
}

/// The class's next steps: per competency, who is ready; per student, their first step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClassNextSteps {
    /// Competencies someone is ready for, in the grid's order.
    pub competencies: Vec<CompetencyReadiness>,
    /// Every current student, in roster order.
    pub students: Vec<FirstStep>,
}

/// The class's grid with what readiness needs from it.
struct Progression {
    grid: MasteryGrid,
    columns: Vec<Column>,
    edges: Vec<Prerequisite>,
    /// Column index by competency.
    index: HashMap<NodeId, usize>,
}

fn class_progression(conn: &Connection, class: ClassId) -> Result<Progression> {
    let grid = mastery_grid(conn, class)?;
    let frameworks = class_frameworks(conn, class)?;
    let credit: HashSet<FrameworkId> = frameworks
        .iter()
        .filter(|f| f.credit_from_later)
        .map(|f| f.id)
        .collect();
    let ids: Vec<FrameworkId> = frameworks.iter().map(|f| f.id).collect();
    let edges = framework_edges(conn, &ids)?;
    let columns = grid
        .competencies
        .iter()
        .map(|c| Column {
            id: c.id,
            name: column_name(c),
            credit_from_later: credit.contains(&c.framework_id),
        })
        .collect();
    let index = grid
        .competencies
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id, i))
        .collect();
    Ok(Progression {
        grid,
        columns,
        edges,
        index,
    })
}

fn column_name(c: &GridCompetency) -> String {
    node_name(&c.code, &c.label, &c.statement)
}

impl Progression {
    /// Row `row`'s standing, its states, and its nearest next step as (column, step).
    fn student(
        &self,
        row: usize,
    ) -> (
        Vec<Standing>,
        Vec<CompetencyState>,
        Option<(usize, progressions::NextStep)>,
    ) {
        let standing = self.standing(row);
        let states = progressions::readiness(&self.columns, &self.edges, &standing);
        let first = progressions::next_steps(
            &states,
            &standing,
            &[],
            &Preferences::default(),
            &HashSet::new(),
        )
        .into_iter()
        .next()
        .and_then(|step| Some((*self.index.get(&step.competency)?, step)));
        (standing, states, first)
    }

    fn standing(&self, row: usize) -> Vec<Standing> {
        self.grid.cells[row]
            .iter()
            .map(|cell| Standing {
                status: Some(cell.status),
                level: cell.level,
                evidence: cell.count,
            })
            .collect()
    }

    fn line(&self, col: usize, state: &CompetencyState, level: Option<f64>) -> CompetencyLine {
        let c = &self.grid.competencies[col];
        CompetencyLine {
            competency_id: c.id,
            code: column_name(c),
            statement: c.statement.clone(),
            state: state.state,
            reason: state.reason.clone(),
            level,
        }
    }
}

/// A student's next steps, with the class's activities that fit them.
pub fn student_next_steps(conn: &Connection, student_id: StudentId) -> Result<StudentNextSteps> {
    let student = get_student(conn, student_id)?;
    let p = class_progression(conn, student.class_id)?;
    let row = p
        .grid
        .students
        .iter()
        .position(|s| s.id == student_id)
        .ok_or_else(|| {
            waypoint_core::Error::invalid(
                "studentId",
                msg!(
                    "store-next-steps-student-archived",
                    name = &student.display_name
                ),
            )
        })?;
    let standing = p.standing(row);
    let states = progressions::readiness(&p.columns, &p.edges, &standing);
    let profile = get_profile(conn, student_id)?;
    let preferences = Preferences {
        learn_by: profile.learn_by,
        interests: profile.interests,
    };
    let activities = list_activities(conn, student.class_id, false)?;
    let candidates: Vec<Candidate> = activities
        .iter()
        .filter_map(|a| {
            Some(Candidate {
                id: a.id,
                competency: a.competency_id.parse().ok()?,
                modality: a.modality,
                interests: a.interests.clone(),
            })
        })
        .collect();
    let done = done_activities(conn, student_id)?;
    let steps = progressions::next_steps(&states, &standing, &candidates, &preferences, &done);
    let by_id: HashMap<ActivityId, &ActivityView> = activities.iter().map(|a| (a.id, a)).collect();
    let steps = steps
        .into_iter()
        .filter_map(|step| {
            let col = *p.index.get(&step.competency)?;
            let activities = step
                .activities
                .iter()
                .filter_map(|s| {
                    let a = by_id.get(&s.activity)?;
                    Some(SuggestedActivity {
                        id: a.id,
                        title: a.title.clone(),
                        modality: a.modality,
                        minutes: a.minutes,
                        fit: s.fit,
                        interest: s.interest.clone(),
                    })
                })
                .collect();
            Some(NextStepView {
                competency: p.line(col, &states[col], step.level),
                activities,
            })
        })
        .collect();
    let not_yet = states
        .iter()
        .enumerate()
        .filter(|(_, s)| s.state == Readiness::NotYet)
        .map(|(i, s)| p.line(i, s, standing[i].level))
        .collect();
    let mastered = states
        .iter()
        .filter(|s| s.state == Readiness::Mastered)
        .count() as u32;
    Ok(StudentNextSteps {
        student_id,
        display_name: student.display_name,
        steps,
        not_yet,
        mastered,
        total: p.columns.len() as u32,
    })
}

/// The activities a student has finished, in any playlist.
fn done_activities(conn: &Connection, student: StudentId) -> Result<HashSet<ActivityId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT activity_id FROM activity_progress
         WHERE student_id = ?1 AND status = 'done' AND _deleted = 0",
    )?;
    let ids = stmt
        .query_map([student.to_string()], |r| text(r, 0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids.into_iter().filter_map(|id| id.parse().ok()).collect())
}

/// The class's next steps: who is ready for which competency, and each student's nearest.
pub fn class_next_steps(conn: &Connection, class: ClassId) -> Result<ClassNextSteps> {
    let p = class_progression(conn, class)?;
    let mut competencies: Vec<CompetencyReadiness> = p
        .grid
        .competencies
        .iter()
        .map(|c| CompetencyReadiness {
            competency_id: c.id,
            code: column_name(c),
            statement: c.statement.clone(),
            students: Vec::new(),
        })
        .collect();
    let mut students = Vec::with_capacity(p.grid.students.len());
    for (row, s) in p.grid.students.iter().enumerate() {
        let (standing, states, first) = p.student(row);
        for (col, state) in states.iter().enumerate() {
            if matches!(state.state, Readiness::Ready | Readiness::WorkingOnIt) {
                competencies[col].students.push(ReadyStudent {
                    student_id: s.id,
                    display_name: s.display_name.clone(),
                    state: state.state,
                    level: standing[col].level,
                });
            }
        }
        let next = first.map(|(col, step)| p.line(col, &states[col], step.level));
        students.push(FirstStep {
            student_id: s.id,
            display_name: s.display_name.clone(),
            next,
        });
    }
    competencies.retain(|c| !c.students.is_empty());
    Ok(ClassNextSteps {
        competencies,
        students,
    })
}

/// A draft choice board for a student from their next steps, for the teacher to edit;
/// `None` when no next step has an activity to offer. Writes nothing.
pub fn propose_playlist(conn: &Connection, student: StudentId) -> Result<Option<PlaylistInput>> {
    let next = student_next_steps(conn, student)?;
    let steps: Vec<progressions::NextStep> = next
        .steps
        .iter()
        .map(|s| progressions::NextStep {
            competency: s.competency.competency_id,
            state: s.competency.state,
            reason: s.competency.reason.clone(),
            level: s.competency.level,
            activities: s
                .activities
                .iter()
                .map(|a| progressions::Suggestion {
                    activity: a.id,
                    fit: a.fit,
                    interest: a.interest.clone(),
                })
                .collect(),
        })
        .collect();
    Ok(progressions::propose_board(&next.display_name, &steps))
}

/// Saves a (proposed, then edited) board and assigns it to the student, in one transaction.
pub fn approve_playlist(
    db: &mut Db,
    student: StudentId,
    input: &PlaylistInput,
) -> Result<PlaylistView> {
    let class = get_student(db.conn(), student)?.class_id;
    let input = input.validate()?;
    let target = AssignTarget {
        kind: TargetKind::Student,
        id: student.to_string(),
    };
    let id = db.write(|w| {
        let id = write_playlist(w, class, &input)?;
        write_assignment(w, id, &target)?;
        Ok(id)
    })?;
    get_playlist(db.conn(), id)
}

/// How far apart two focuses sit on the engine's scale: far enough that like-ability grouping
/// never mixes two focuses to even out a level, so only sizes and constraints can.
const FOCUS_GAP: f64 = 10.0;

/// Groups by readiness: each student's nearest next step is their focus, and the grouping
/// engine (with the request's count, constraints, locked groups and seed; like-ability mode)
/// puts students with the same focus together. Each group's focus names its competency, and
/// each member's reason is their readiness reason. Students with nothing ready share a focus
/// of their own. Nothing is written.
pub fn readiness_groups(
    conn: &Connection,
    class: ClassId,
    req: &GroupRequest,
) -> Result<GroupProposal> {
    let p = class_progression(conn, class)?;
    let mut focus: HashMap<String, Option<usize>> = HashMap::new();
    let mut reasons: HashMap<String, (Message, Option<f64>)> = HashMap::new();
    for (row, s) in p.grid.students.iter().enumerate() {
        let (_, _, first) = p.student(row);
        let first = first.map(|(col, step)| (col, step.reason, step.level));
        let key = s.id.to_string();
        match first {
            Some((col, reason, level)) => {
                focus.insert(key.clone(), Some(col));
                reasons.insert(key, (reason, level));
            }
            None => {
                focus.insert(key.clone(), None);
                reasons.insert(key, (msg!("reason-nothing-ready"), None));
            }
        }
    }
    let mut cols: Vec<usize> = focus.values().flatten().copied().collect();
    cols.sort_unstable();
    cols.dedup();
    if cols.is_empty() {
        return Err(
            waypoint_core::Error::invalid("byReadiness", msg!("store-nobody-ready")).into(),
        );
    }
    let rank = |c: Option<usize>| {
        c.map_or(cols.len(), |c| {
            cols.iter().position(|&x| x == c).unwrap_or(0)
        })
    };
    let levels: HashMap<String, Vec<Option<f64>>> = focus
        .iter()
        .map(|(id, c)| (id.clone(), vec![Some(rank(*c) as f64 * FOCUS_GAP)]))
        .collect();
    let target = TargetCompetency {
        id: "readiness".to_owned(),
        code: "next steps".to_owned(),
        threshold: FOCUS_GAP,
    };
    let like = GroupRequest {
        mode: GroupingMode::Like,
        ..req.clone()
    };
    let mut proposal = crate::groups::propose(conn, class, vec![target], &levels, &like)?;
    for g in proposal.groups.iter_mut().filter(|g| !g.locked) {
        let mut counts: HashMap<Option<usize>, usize> = HashMap::new();
        for m in &g.members {
            *counts
                .entry(focus.get(&m.student_id).copied().flatten())
                .or_default() += 1;
        }
        // The most common focus; a tie goes to the competency that comes first.
        let main = counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(rank(*b.0).cmp(&rank(*a.0))))
            .and_then(|(c, _)| *c);
        g.focus = Some(match main {
            Some(c) => {
                let comp = &p.grid.competencies[c];
                msg!(
                    "reason-focus-ready",
                    code = column_name(comp),
                    label = short_label(&comp.label, &comp.statement)
                )
            }
            None => msg!("reason-focus-nothing-ready"),
        });
        g.band = None;
        g.mean_level = None;
        for m in &mut g.members {
            if let Some((reason, level)) = reasons.get(&m.student_id) {
                m.reason = reason.clone();
                m.level = *level;
            }
        }
    }
    Ok(proposal)
}
