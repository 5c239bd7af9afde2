//! Use cases and queries for goals and their check-ins, and the class overview of overdue
//! and stale goals. A check-in is a row of its own, so a student checking in in student mode
//! and a teacher on another laptop never touch the same field.

use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::json;
use waypoint_core::author::Author;
use waypoint_core::frameworks::NodeKind;
use waypoint_core::goals::{
    CheckInInput, CheckInView, GOAL, GOAL_CHECKIN, GoalInput, GoalOverview, GoalOverviewEntry,
    GoalRecord, GoalStatus, GoalView, StudentRef,
};
use waypoint_core::ids::{CheckInId, ClassId, GoalId, NodeId, StudentId};
use waypoint_core::msg;
use waypoint_core::roster::{STUDENT, changed_fields};
use waypoint_core::validate;

use crate::device::random10;
use crate::frameworks::get_node;
use crate::oplog::Writer;
use crate::roster::{get_student, list_students};
use crate::rows::{live_fields, not_found, string_list, text};
use crate::{Db, Error, Result};

const GOAL_COLUMNS: &str = "id, student_id, title, why, steps, target_date, status,
    competency_ids, profile_links, created_date";

/// A student's goals on `today` (`YYYY-MM-DD`): active ones first, then newest first.
pub fn list_goals(conn: &Connection, student: StudentId, today: &str) -> Result<Vec<GoalView>> {
    get_student(conn, student)?;
    student_goals(conn, student, today)
}

pub(crate) fn student_goals(
    conn: &Connection,
    student: StudentId,
    today: &str,
) -> Result<Vec<GoalView>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {GOAL_COLUMNS} FROM goal WHERE student_id = ?1 AND _deleted = 0
         ORDER BY coalesce(status, 'active') = 'active' DESC, created_date DESC, id DESC"
    ))?;
    let rows = stmt
        .query_map([student.to_string()], goal_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|row| Ok(goal_record(conn, row?)?.view(today)))
        .collect()
}

/// One live goal on `today`.
pub fn get_goal(conn: &Connection, id: GoalId, today: &str) -> Result<GoalView> {
    let row = conn
        .query_row(
            &format!("SELECT {GOAL_COLUMNS} FROM goal WHERE id = ?1 AND _deleted = 0"),
            [id.to_string()],
            goal_row,
        )
        .optional()?
        .unwrap_or_else(|| Err(not_found("goal", id)))?;
    Ok(goal_record(conn, row)?.view(today))
}

/// A goal row with its JSON lists decoded, before its check-ins and codes are read.
struct GoalRow {
    id: GoalId,
    student_id: StudentId,
    input: GoalInput,
    created_date: String,
}

fn goal_row(r: &Row<'_>) -> rusqlite::Result<Result<GoalRow>> {
    let (id, student_id, title, why) = (text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?);
    let steps: Option<String> = r.get(4)?;
    let (target_date, status) = (text(r, 5)?, text(r, 6)?);
    let competency_ids: Option<String> = r.get(7)?;
    let profile_links: Option<String> = r.get(8)?;
    let created_date = text(r, 9)?;
    Ok((|| {
        Ok(GoalRow {
            id: id.parse()?,
            student_id: student_id.parse()?,
            input: GoalInput {
                title,
                why,
                steps: string_list(steps)?,
                target_date,
                status: GoalStatus::parse(&status),
                competency_ids: string_list(competency_ids)?,
                profile_links: string_list(profile_links)?,
            },
            created_date,
        })
    })())
}

fn goal_record(conn: &Connection, row: GoalRow) -> Result<GoalRecord> {
    let competency_codes = row
        .input
        .competency_ids
        .iter()
        .map(|id| competency_code(conn, id))
        .collect::<Result<Vec<_>>>()?;
    Ok(GoalRecord {
        check_ins: check_ins(conn, row.id)?,
        id: row.id,
        student_id: row.student_id,
        input: row.input,
        competency_codes,
        created_date: row.created_date,
    })
}

fn check_ins(conn: &Connection, goal: GoalId) -> Result<Vec<CheckInView>> {
    let mut stmt = conn.prepare(
        "SELECT id, date, progress, note, author FROM goal_checkin
         WHERE goal_id = ?1 AND _deleted = 0 ORDER BY date DESC, id DESC",
    )?;
    let rows = stmt
        .query_map([goal.to_string()], |r| {
            let progress = r.get::<_, Option<f64>>(2)?.unwrap_or(0.0);
            Ok((text(r, 0)?, text(r, 1)?, progress, text(r, 3)?, text(r, 4)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, date, progress, note, author)| {
            Ok(CheckInView {
                id: id.parse()?,
                date,
                progress: progress.clamp(0.0, 100.0).round() as u32,
                note,
                author: Author::parse(&author),
            })
        })
        .collect()
}

/// A competency's code, else its short label; "" when it is not on this laptop (deleted,
/// or its ops still on their way), so the codes stay in step with the ids.
fn competency_code(conn: &Connection, id: &str) -> Result<String> {
    let row = conn
        .query_row(
            "SELECT code, label, statement FROM competency_node WHERE id = ?1 AND _deleted = 0",
            [id],
            |r| Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?)),
        )
        .optional()?;
    Ok(match row {
        Some((code, _, _)) if !code.trim().is_empty() => code,
        Some((_, label, statement)) => waypoint_core::frameworks::short_label(&label, &statement),
        None => String::new(),
    })
}

/// Checks that each id names a live competency (not a strand) and returns the canonical
/// ids. An archived competency is refused unless the goal already has it (`current`), so an
/// old goal can still be edited.
pub(crate) fn goal_competencies(
    conn: &Connection,
    ids: &[String],
    current: &[String],
) -> Result<Vec<String>> {
    ids.iter()
        .map(|id| {
            let gone = || {
                Error::from(waypoint_core::Error::invalid(
                    "competencyIds",
                    msg!("store-goal-competency-gone"),
                ))
            };
            let node_id = id.parse::<NodeId>().map_err(|_| gone())?;
            let node = match get_node(conn, node_id) {
                Err(Error::NotFound { .. }) => return Err(gone()),
                other => other?,
            };
            if node.kind != NodeKind::Competency {
                return Err(waypoint_core::Error::invalid(
                    "competencyIds",
                    msg!("store-goal-not-strand"),
                )
                .into());
            }
            let id = node.id.to_string();
            if node.archived && !current.contains(&id) {
                return Err(waypoint_core::Error::invalid(
                    "competencyIds",
                    msg!("store-competency-archived"),
                )
                .into());
            }
            Ok(id)
        })
        .collect()
}

/// `today` checked as a date, for the use cases that store it.
fn today_date(today: &str) -> Result<String> {
    let d = validate::date("today", msg!("store-label-today"), today)?;
    if d.is_empty() {
        return Err(waypoint_core::Error::invalid("today", msg!("store-today-blank")).into());
    }
    Ok(d)
}

/// Creates a goal for a student, created today.
pub fn create_goal(
    db: &mut Db,
    student_id: StudentId,
    input: &GoalInput,
    today: &str,
) -> Result<GoalView> {
    let student = student_id.to_string();
    let input = input.validate()?;
    let created = today_date(today)?;
    let id = db.write(|w| write_goal(w, &student, &input, &created))?;
    get_goal(db.conn(), id, today)
}

/// Writes a new goal from a validated input, inside the caller's write.
pub(crate) fn write_goal(
    w: &mut Writer<'_>,
    student: &str,
    input: &GoalInput,
    created: &str,
) -> Result<GoalId> {
    live_fields(w.conn(), &STUDENT, "student", student)?;
    let mut input = input.clone();
    input.competency_ids = goal_competencies(w.conn(), &input.competency_ids, &[])?;
    let id = GoalId::mint(w.wall_ms(), random10());
    let mut fields = input.to_fields();
    fields.insert("student_id".into(), json!(student));
    fields.insert("created_date".into(), json!(created));
    w.set(&GOAL, &id.to_string(), fields)?;
    Ok(id)
}

/// Edits a goal; only changed fields are written.
pub fn update_goal(db: &mut Db, id: GoalId, input: &GoalInput, today: &str) -> Result<GoalView> {
    let key = id.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &GOAL, "goal", &key)?;
        let current: Vec<String> = old
            .get("competency_ids")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let mut input = input.clone();
        input.competency_ids = goal_competencies(w.conn(), &input.competency_ids, &current)?;
        w.set(&GOAL, &key, changed_fields(&old, &input.to_fields()))
    })?;
    get_goal(db.conn(), id, today)
}

/// Deletes a goal (a tombstone: [`restore_goal`] brings it back with its check-ins, which
/// are left as they are).
pub fn delete_goal(db: &mut Db, id: GoalId) -> Result<()> {
    let key = id.to_string();
    db.write(|w| {
        live_fields(w.conn(), &GOAL, "goal", &key)?;
        w.tombstone(&GOAL, &key)
    })
}

/// Brings back a deleted goal (undo).
pub fn restore_goal(db: &mut Db, id: GoalId, today: &str) -> Result<GoalView> {
    let key = id.to_string();
    db.write(|w| {
        let deleted: Option<bool> = w
            .conn()
            .query_row("SELECT _deleted FROM goal WHERE id = ?1", [&key], |r| {
                r.get(0)
            })
            .optional()?;
        match deleted {
            None => Err(not_found("goal", &key)),
            Some(false) => Ok(()),
            Some(true) => w.restore(&GOAL, &key),
        }
    })?;
    get_goal(db.conn(), id, today)
}

/// Adds a check-in to a goal and returns the goal as it now stands.
pub fn add_check_in(
    db: &mut Db,
    goal_id: GoalId,
    input: &CheckInInput,
    today: &str,
) -> Result<GoalView> {
    let goal = goal_id.to_string();
    let input = input.validate()?;
    db.write(|w| {
        live_fields(w.conn(), &GOAL, "goal", &goal)?;
        write_check_in(w, &goal, &input)
    })?;
    get_goal(db.conn(), goal_id, today)
}

pub(crate) fn write_check_in(w: &mut Writer<'_>, goal: &str, input: &CheckInInput) -> Result<()> {
    let id = CheckInId::mint(w.wall_ms(), random10());
    let mut fields = input.to_fields();
    fields.insert("goal_id".into(), json!(goal));
    w.set(&GOAL_CHECKIN, &id.to_string(), fields)
}

/// The class's goals that need the teacher on `today`: active goals that are overdue or
/// stale, and students with no active goal. Only live, current (non-archived) students,
/// in the roster's name order.
pub fn goal_overview(conn: &Connection, class_id: ClassId, today: &str) -> Result<GoalOverview> {
    let mut overview = GoalOverview::default();
    for s in list_students(conn, class_id, false)? {
        let goals = student_goals(conn, s.id, today)?;
        let entry = |goal: &GoalView| GoalOverviewEntry {
            student_id: s.id,
            display_name: s.display_name.clone(),
            goal: goal.clone(),
        };
        overview
            .overdue
            .extend(goals.iter().filter(|g| g.overdue).map(entry));
        overview
            .stale
            .extend(goals.iter().filter(|g| g.stale).map(entry));
        if !goals.iter().any(|g| g.status == GoalStatus::Active) {
            overview.without_goal.push(StudentRef {
                student_id: s.id,
                display_name: s.display_name.clone(),
            });
        }
    }
    Ok(overview)
}
