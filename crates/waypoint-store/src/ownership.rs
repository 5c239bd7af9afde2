//! Use cases and queries for student ownership of learning: goals and their check-ins, the
//! reflection prompt bank, reflections (a self-rating is also self-assessment evidence),
//! conference records, the teacher PIN, and student mode's one-student view.
//!
//! A check-in is a row of its own, so a student checking in in student mode and a teacher
//! on another laptop never touch the same field. A reflection's self-rating is written as
//! evidence of kind `self_assessment` in the same transaction as the reflection, through
//! [`crate::evidence`]'s own checks, and the reflection keeps the evidence's id so an edit
//! or a delete keeps the two in step. Mastery is never stored, so the rating shows in the
//! grid at once.
//!
//! The teacher PIN (its hash and the throttle on wrong guesses) lives in [`crate::pin`] and
//! is re-exported here; like student mode's own setting it is local bookkeeping in
//! `handoff_setting` (never an op, never synced).

use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::{Value, json};
use waypoint_core::author::Author;
use waypoint_core::conferences::{CONFERENCE, ConferenceInput, ConferenceView};
use waypoint_core::evidence::{EVIDENCE, EvidenceInput, EvidenceKind, NOTE_MAX};
use waypoint_core::frameworks::NodeKind;
use waypoint_core::goals::{
    CheckInInput, CheckInView, GOAL, GOAL_CHECKIN, GoalInput, GoalOverview, GoalOverviewEntry,
    GoalRecord, GoalStatus, GoalView, StudentRef,
};
use waypoint_core::ids::{
    CheckInId, ConferenceId, EvidenceId, GoalId, NodeId, PromptId, ReflectionId, StudentId,
};
use waypoint_core::op::Fields;
use waypoint_core::reflections::{
    PromptView, REFLECTION, REFLECTION_PROMPT, ReflectionInput, ReflectionView, STARTER_PROMPTS,
    prompt_text,
};
use waypoint_core::roster::{STUDENT, changed_fields};
use waypoint_core::student_mode::StudentModeView;
use waypoint_core::validate;

use crate::device::random10;
use crate::evidence::write_evidence;
use crate::frameworks::{get_node, parse_json};
use crate::oplog::{Writer, row_fields};
use crate::roster::{get_student, list_students};
use crate::rows::{live_fields, not_found, parse_id, text};
use crate::{Db, Error, Result};

// ---- goals ----

const GOAL_COLUMNS: &str = "id, student_id, title, why, steps, target_date, status,
    competency_ids, profile_links, created_date";

/// A student's goals on `today` (`YYYY-MM-DD`): active ones first, then newest first.
pub fn list_goals(conn: &Connection, student_id: &str, today: &str) -> Result<Vec<GoalView>> {
    let student = parse_id::<StudentId>("student", student_id)?;
    get_student(conn, student)?;
    student_goals(conn, student, today)
}

fn student_goals(conn: &Connection, student: StudentId, today: &str) -> Result<Vec<GoalView>> {
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
pub fn get_goal(conn: &Connection, id: &str, today: &str) -> Result<GoalView> {
    let id = parse_id::<GoalId>("goal", id)?;
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

/// A JSON list of strings from a nullable column; NULL is an empty list.
fn string_list(raw: Option<String>) -> Result<Vec<String>> {
    Ok(match parse_json(raw)? {
        Some(v) => serde_json::from_value(v)?,
        None => Vec::new(),
    })
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
fn goal_competencies(conn: &Connection, ids: &[String], current: &[String]) -> Result<Vec<String>> {
    ids.iter()
        .map(|id| {
            let gone = || {
                Error::from(waypoint_core::Error::invalid(
                    "competencyIds",
                    "One of the chosen competencies no longer exists; choose again.",
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
                    "A goal is about competencies, not strands.",
                )
                .into());
            }
            let id = node.id.to_string();
            if node.archived && !current.contains(&id) {
                return Err(waypoint_core::Error::invalid(
                    "competencyIds",
                    "That competency is archived; choose a current one.",
                )
                .into());
            }
            Ok(id)
        })
        .collect()
}

/// `today` checked as a date, for the use cases that store it.
fn today_date(today: &str) -> Result<String> {
    let d = validate::date("today", "Today", today)?;
    if d.is_empty() {
        return Err(waypoint_core::Error::invalid("today", "Today can't be blank.").into());
    }
    Ok(d)
}

/// Creates a goal for a student, created today.
pub fn create_goal(
    db: &mut Db,
    student_id: &str,
    input: &GoalInput,
    today: &str,
) -> Result<GoalView> {
    let student = parse_id::<StudentId>("student", student_id)?.to_string();
    let input = input.validate()?;
    let created = today_date(today)?;
    let id = db.write(|w| {
        live_fields(w.conn(), &STUDENT, "student", &student)?;
        let mut input = input.clone();
        input.competency_ids = goal_competencies(w.conn(), &input.competency_ids, &[])?;
        let id = GoalId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields();
        fields.insert("student_id".into(), json!(student));
        fields.insert("created_date".into(), json!(created));
        w.set(&GOAL, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_goal(db.conn(), &id.to_string(), today)
}

/// Edits a goal; only changed fields are written.
pub fn update_goal(db: &mut Db, id: &str, input: &GoalInput, today: &str) -> Result<GoalView> {
    let id = parse_id::<GoalId>("goal", id)?.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &GOAL, "goal", &id)?;
        let current: Vec<String> = old
            .get("competency_ids")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let mut input = input.clone();
        input.competency_ids = goal_competencies(w.conn(), &input.competency_ids, &current)?;
        w.set(&GOAL, &id, changed_fields(&old, &input.to_fields()))
    })?;
    get_goal(db.conn(), &id, today)
}

/// Deletes a goal (a tombstone: [`restore_goal`] brings it back with its check-ins, which
/// are left as they are).
pub fn delete_goal(db: &mut Db, id: &str) -> Result<()> {
    let id = parse_id::<GoalId>("goal", id)?.to_string();
    db.write(|w| {
        live_fields(w.conn(), &GOAL, "goal", &id)?;
        w.tombstone(&GOAL, &id)
    })
}

/// Brings back a deleted goal (undo).
pub fn restore_goal(db: &mut Db, id: &str, today: &str) -> Result<GoalView> {
    let id = parse_id::<GoalId>("goal", id)?.to_string();
    db.write(|w| {
        let deleted: Option<bool> = w
            .conn()
            .query_row("SELECT _deleted FROM goal WHERE id = ?1", [&id], |r| {
                r.get(0)
            })
            .optional()?;
        match deleted {
            None => Err(not_found("goal", &id)),
            Some(false) => Ok(()),
            Some(true) => w.restore(&GOAL, &id),
        }
    })?;
    get_goal(db.conn(), &id, today)
}

/// Adds a check-in to a goal and returns the goal as it now stands.
pub fn add_check_in(
    db: &mut Db,
    goal_id: &str,
    input: &CheckInInput,
    today: &str,
) -> Result<GoalView> {
    let goal = parse_id::<GoalId>("goal", goal_id)?.to_string();
    let input = input.validate()?;
    db.write(|w| {
        live_fields(w.conn(), &GOAL, "goal", &goal)?;
        write_check_in(w, &goal, &input)
    })?;
    get_goal(db.conn(), &goal, today)
}

fn write_check_in(w: &mut Writer<'_>, goal: &str, input: &CheckInInput) -> Result<()> {
    let id = CheckInId::mint(w.wall_ms(), random10());
    let mut fields = input.to_fields();
    fields.insert("goal_id".into(), json!(goal));
    w.set(&GOAL_CHECKIN, &id.to_string(), fields)
}

/// The class's goals that need the teacher on `today`: active goals that are overdue or
/// stale, and students with no active goal. Only live, current (non-archived) students,
/// in the roster's name order.
pub fn goal_overview(conn: &Connection, class_id: &str, today: &str) -> Result<GoalOverview> {
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

// ---- the prompt bank ----

/// The starter prompts' ids are fixed (this time and their index), so two laptops that
/// each seeded a new bank write the same rows with the same values, and a sync merges
/// them into one bank instead of two copies.
const STARTER_MS: u64 = 1_767_225_600_000;

fn starter_id(index: usize) -> PromptId {
    let mut random = [0u8; 10];
    random[..2].copy_from_slice(b"WP");
    random[9] = index as u8;
    PromptId::mint(STARTER_MS, random)
}

/// Writes the starter prompts once, when the bank has never had a prompt (no row at all,
/// deleted ones included). Returns whether it wrote them. The shell calls it at startup;
/// the prompt use cases that write call it too, so a teacher's first own prompt never
/// keeps the starters out.
pub fn ensure_starter_prompts(db: &mut Db) -> Result<bool> {
    if bank_has_prompts(db.conn())? {
        // Checked before the write so an app start on a seeded bank writes nothing, not
        // even an empty transaction.
        return Ok(false);
    }
    db.write(seed_starter_prompts)
}

fn bank_has_prompts(conn: &Connection) -> Result<bool> {
    Ok(
        conn.query_row("SELECT EXISTS (SELECT 1 FROM reflection_prompt)", [], |r| {
            r.get(0)
        })?,
    )
}

fn seed_starter_prompts(w: &mut Writer<'_>) -> Result<bool> {
    if bank_has_prompts(w.conn())? {
        return Ok(false);
    }
    for (i, text) in STARTER_PROMPTS.iter().enumerate() {
        let fields: Fields = [
            ("text".to_owned(), json!(text)),
            ("position".to_owned(), json!(i as f64)),
            ("archived".to_owned(), json!(false)),
        ]
        .into_iter()
        .collect();
        w.set(&REFLECTION_PROMPT, &starter_id(i).to_string(), fields)?;
    }
    Ok(true)
}

/// The bank's prompts in order; archived ones only when asked for.
pub fn list_prompts(conn: &Connection, include_archived: bool) -> Result<Vec<PromptView>> {
    let mut stmt = conn.prepare(
        "SELECT id, text, archived FROM reflection_prompt
         WHERE _deleted = 0 AND (?1 OR coalesce(archived, 0) = 0) ORDER BY position, id",
    )?;
    let rows = stmt
        .query_map([include_archived], prompt_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

fn prompt_row(r: &Row<'_>) -> rusqlite::Result<Result<PromptView>> {
    let (id, text) = (text(r, 0)?, text(r, 1)?);
    let archived = r.get::<_, Option<bool>>(2)?.unwrap_or(false);
    Ok(id
        .parse()
        .map_err(Error::from)
        .map(|id| PromptView { id, text, archived }))
}

/// One live prompt, archived or not.
pub fn get_prompt(conn: &Connection, id: &str) -> Result<PromptView> {
    let id = parse_id::<PromptId>("prompt", id)?;
    conn.query_row(
        "SELECT id, text, archived FROM reflection_prompt WHERE id = ?1 AND _deleted = 0",
        [id.to_string()],
        prompt_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("prompt", id)))
}

/// Adds a prompt at the end of the bank (after seeding the starters if the bank is new).
pub fn create_prompt(db: &mut Db, text: &str) -> Result<PromptView> {
    let text = prompt_text(text)?;
    let id = db.write(|w| {
        seed_starter_prompts(w)?;
        let last: Option<f64> = w.conn().query_row(
            "SELECT max(position) FROM reflection_prompt WHERE _deleted = 0",
            [],
            |r| r.get(0),
        )?;
        let id = PromptId::mint(w.wall_ms(), random10());
        let fields: Fields = [
            ("text".to_owned(), json!(text)),
            (
                "position".to_owned(),
                json!(last.map_or(0.0, |p| p.floor() + 1.0)),
            ),
            ("archived".to_owned(), json!(false)),
        ]
        .into_iter()
        .collect();
        w.set(&REFLECTION_PROMPT, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_prompt(db.conn(), &id.to_string())
}

/// Rewords a prompt. Reflections already written keep the words they answered.
pub fn update_prompt(db: &mut Db, id: &str, text: &str) -> Result<PromptView> {
    let id = parse_id::<PromptId>("prompt", id)?.to_string();
    let text = prompt_text(text)?;
    db.write(|w| {
        let old = live_fields(w.conn(), &REFLECTION_PROMPT, "prompt", &id)?;
        let new: Fields = [("text".to_owned(), json!(text))].into_iter().collect();
        w.set(&REFLECTION_PROMPT, &id, changed_fields(&old, &new))
    })?;
    get_prompt(db.conn(), &id)
}

/// Archives or unarchives a prompt: archived prompts are not offered for new reflections.
pub fn set_prompt_archived(db: &mut Db, id: &str, archived: bool) -> Result<PromptView> {
    let id = parse_id::<PromptId>("prompt", id)?.to_string();
    db.write(|w| crate::rows::set_archived(w, &REFLECTION_PROMPT, "prompt", &id, archived))?;
    get_prompt(db.conn(), &id)
}

// ---- reflections ----

const REFLECTION_COLUMNS: &str = "r.id, r.student_id, r.prompt_id, r.prompt_text, r.response,
    r.date, r.competency_id, r.self_rating, e.id, r.for_conference, r.author,
    n.code, n.label, n.statement";

/// Reflections joined to their competency (for the code) and to their evidence, which is
/// shown only while it is live: evidence deleted from the grid is no longer claimed.
const REFLECTION_FROM: &str = "reflection r
    LEFT JOIN competency_node n ON n.id = r.competency_id AND n._deleted = 0
    LEFT JOIN evidence e ON e.id = r.evidence_id AND e._deleted = 0";

/// A student's reflections, newest first (by date, then id).
pub fn list_reflections(conn: &Connection, student_id: &str) -> Result<Vec<ReflectionView>> {
    let student = parse_id::<StudentId>("student", student_id)?;
    get_student(conn, student)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {REFLECTION_COLUMNS} FROM {REFLECTION_FROM}
         WHERE r.student_id = ?1 AND r._deleted = 0 ORDER BY r.date DESC, r.id DESC"
    ))?;
    let rows = stmt
        .query_map([student.to_string()], reflection_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// One live reflection.
pub fn get_reflection(conn: &Connection, id: &str) -> Result<ReflectionView> {
    let id = parse_id::<ReflectionId>("reflection", id)?;
    conn.query_row(
        &format!(
            "SELECT {REFLECTION_COLUMNS} FROM {REFLECTION_FROM} WHERE r.id = ?1 AND r._deleted = 0"
        ),
        [id.to_string()],
        reflection_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("reflection", id)))
}

fn reflection_row(r: &Row<'_>) -> rusqlite::Result<Result<ReflectionView>> {
    let (id, student_id, prompt_id) = (text(r, 0)?, text(r, 1)?, text(r, 2)?);
    let (prompt_text, response, date) = (text(r, 3)?, text(r, 4)?, text(r, 5)?);
    let competency_id = text(r, 6)?;
    let self_rating: Option<f64> = r.get(7)?;
    let evidence_id: Option<String> = r.get(8)?;
    let for_conference = r.get::<_, Option<bool>>(9)?.unwrap_or(false);
    let author = text(r, 10)?;
    let (code, label, statement) = (text(r, 11)?, text(r, 12)?, text(r, 13)?);
    let competency_code = if code.trim().is_empty() {
        waypoint_core::frameworks::short_label(&label, &statement)
    } else {
        code
    };
    Ok((|| {
        Ok(ReflectionView {
            id: id.parse()?,
            student_id: student_id.parse()?,
            prompt_id,
            prompt_text,
            response,
            date,
            competency_id,
            competency_code,
            self_rating,
            for_conference,
            author: Author::parse(&author),
            evidence_id: evidence_id.map(|e| e.parse::<EvidenceId>()).transpose()?,
        })
    })())
}

/// The text of the prompt a reflection answers ("" for a free reflection). The prompt must
/// be live; an archived one is accepted, since a reflection may answer it late.
fn answered_prompt(conn: &Connection, prompt_id: &str) -> Result<String> {
    if prompt_id.is_empty() {
        return Ok(String::new());
    }
    let fields = prompt_id
        .parse::<PromptId>()
        .ok()
        .map(|id| row_fields(conn, &REFLECTION_PROMPT, &id.to_string()))
        .transpose()?
        .flatten()
        .ok_or_else(|| {
            waypoint_core::Error::invalid("promptId", "That prompt is no longer in the bank.")
        })?;
    Ok(fields
        .get("text")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned())
}

/// The reflection's competency, checked to be a live competency (not a strand), as its
/// canonical id; "" for none.
fn reflection_competency(conn: &Connection, id: &str) -> Result<String> {
    if id.is_empty() {
        return Ok(String::new());
    }
    let canonical = goal_competencies(conn, &[id.to_owned()], &[id.to_owned()])
        .map_err(|e| renamed_field(e, "competencyIds", "competencyId"))?;
    Ok(canonical.into_iter().next().unwrap_or_default())
}

/// `e` with its field renamed from `from` to `to`, so a check shared with another form
/// names this form's field.
fn renamed_field(e: Error, from: &str, to: &str) -> Error {
    match e {
        Error::Domain(waypoint_core::Error::Invalid { field, message }) if field == from => {
            waypoint_core::Error::invalid(to, message).into()
        }
        other => other,
    }
}

/// The self-assessment evidence a rating becomes.
fn rating_evidence(
    student: &str,
    input: &ReflectionInput,
    rating: f64,
    prompt_text: &str,
) -> EvidenceInput {
    let note = if prompt_text.is_empty() {
        "Self-rating in a reflection.".to_owned()
    } else {
        format!("Self-rating in a reflection on \"{prompt_text}\"")
    };
    EvidenceInput {
        student_id: student.to_owned(),
        competency_id: input.competency_id.clone(),
        level: rating,
        date: input.date.clone(),
        kind: EvidenceKind::SelfAssessment,
        note: note.chars().take(NOTE_MAX).collect(),
    }
}

/// Writes the rating's evidence through the evidence module's own checks (the level must
/// be on the competency's scale), with its errors named for the reflection form.
fn write_rating(
    w: &mut Writer<'_>,
    id: Option<EvidenceId>,
    evidence: &EvidenceInput,
) -> Result<EvidenceId> {
    write_evidence(w, id, evidence).map_err(|e| renamed_field(e, "level", "selfRating"))
}

/// Adds a reflection for a student. With a self-rating on a competency, it is also
/// self-assessment evidence, written in the same transaction.
pub fn add_reflection(
    db: &mut Db,
    student_id: &str,
    input: &ReflectionInput,
) -> Result<ReflectionView> {
    let student = parse_id::<StudentId>("student", student_id)?.to_string();
    let input = input.validate()?;
    let id = db.write(|w| {
        live_fields(w.conn(), &STUDENT, "student", &student)?;
        let mut input = input.clone();
        let prompt_text = answered_prompt(w.conn(), &input.prompt_id)?;
        input.competency_id = reflection_competency(w.conn(), &input.competency_id)?;
        let evidence = match input.self_rating {
            Some(rating) => Some(write_rating(
                w,
                None,
                &rating_evidence(&student, &input, rating, &prompt_text),
            )?),
            None => None,
        };
        let id = ReflectionId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields(&prompt_text);
        fields.insert("student_id".into(), json!(student));
        fields.insert(
            "evidence_id".into(),
            json!(evidence.map(|e| e.to_string()).unwrap_or_default()),
        );
        w.set(&REFLECTION, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_reflection(db.conn(), &id.to_string())
}

/// Edits a reflection; only changed fields are written. The prompt's text stays as it was
/// answered unless the prompt itself changes. The self-assessment evidence follows: its
/// level, date and competency are updated; it is deleted when the rating is removed and
/// made when one is added. Evidence a teacher deleted from the grid stays deleted unless
/// the rating or its competency changes, which is a new claim.
pub fn update_reflection(db: &mut Db, id: &str, input: &ReflectionInput) -> Result<ReflectionView> {
    let id = parse_id::<ReflectionId>("reflection", id)?.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &REFLECTION, "reflection", &id)?;
        let old_str = |k: &str| {
            old.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let student = old_str("student_id");
        let mut input = input.clone();
        let prompt_text = if input.prompt_id == old_str("prompt_id") {
            old_str("prompt_text")
        } else {
            answered_prompt(w.conn(), &input.prompt_id)?
        };
        input.competency_id = reflection_competency(w.conn(), &input.competency_id)?;
        let old_evidence = old_str("evidence_id").parse::<EvidenceId>().ok();
        let live = |w: &Writer<'_>, e: EvidenceId| -> Result<bool> {
            Ok(row_fields(w.conn(), &EVIDENCE, &e.to_string())?.is_some())
        };
        let claim_changed = input.self_rating != old.get("self_rating").and_then(Value::as_f64)
            || input.competency_id != old_str("competency_id");
        let evidence = match (input.self_rating, old_evidence) {
            (Some(rating), Some(e)) if live(w, e)? => {
                let ev = rating_evidence(&student, &input, rating, &prompt_text);
                Some(write_rating(w, Some(e), &ev)?)
            }
            (Some(_), Some(e)) if !claim_changed => Some(e),
            (Some(rating), _) => {
                let ev = rating_evidence(&student, &input, rating, &prompt_text);
                Some(write_rating(w, None, &ev)?)
            }
            (None, Some(e)) => {
                if live(w, e)? {
                    w.tombstone(&EVIDENCE, &e.to_string())?;
                }
                None
            }
            (None, None) => None,
        };
        let mut fields = input.to_fields(&prompt_text);
        fields.insert(
            "evidence_id".into(),
            json!(evidence.map(|e| e.to_string()).unwrap_or_default()),
        );
        w.set(&REFLECTION, &id, changed_fields(&old, &fields))
    })?;
    get_reflection(db.conn(), &id)
}

/// Deletes a reflection and, with it, its self-assessment evidence (both tombstones).
pub fn delete_reflection(db: &mut Db, id: &str) -> Result<()> {
    let id = parse_id::<ReflectionId>("reflection", id)?.to_string();
    db.write(|w| {
        let old = live_fields(w.conn(), &REFLECTION, "reflection", &id)?;
        let evidence = old
            .get("evidence_id")
            .and_then(Value::as_str)
            .and_then(|e| e.parse::<EvidenceId>().ok());
        if let Some(e) = evidence
            && row_fields(w.conn(), &EVIDENCE, &e.to_string())?.is_some()
        {
            w.tombstone(&EVIDENCE, &e.to_string())?;
        }
        w.tombstone(&REFLECTION, &id)
    })
}

// ---- conferences ----

const CONFERENCE_COLUMNS: &str =
    "id, student_id, date, attendees, notes, next_steps, follow_ups, student_led";

/// A student's conference records, newest first (by date, then id).
pub fn list_conferences(conn: &Connection, student_id: &str) -> Result<Vec<ConferenceView>> {
    let student = parse_id::<StudentId>("student", student_id)?;
    get_student(conn, student)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {CONFERENCE_COLUMNS} FROM conference WHERE student_id = ?1 AND _deleted = 0
         ORDER BY date DESC, id DESC"
    ))?;
    let rows = stmt
        .query_map([student.to_string()], conference_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// One live conference record.
pub fn get_conference(conn: &Connection, id: &str) -> Result<ConferenceView> {
    let id = parse_id::<ConferenceId>("conference", id)?;
    conn.query_row(
        &format!("SELECT {CONFERENCE_COLUMNS} FROM conference WHERE id = ?1 AND _deleted = 0"),
        [id.to_string()],
        conference_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("conference", id)))
}

fn conference_row(r: &Row<'_>) -> rusqlite::Result<Result<ConferenceView>> {
    let (id, student_id, date) = (text(r, 0)?, text(r, 1)?, text(r, 2)?);
    let attendees: Option<String> = r.get(3)?;
    let notes = text(r, 4)?;
    let next_steps: Option<String> = r.get(5)?;
    let follow_ups: Option<String> = r.get(6)?;
    let student_led = r.get::<_, Option<bool>>(7)?.unwrap_or(false);
    Ok((|| {
        Ok(ConferenceView {
            id: id.parse()?,
            student_id: student_id.parse()?,
            date,
            attendees: string_list(attendees)?,
            notes,
            next_steps: string_list(next_steps)?,
            follow_ups: string_list(follow_ups)?,
            student_led,
        })
    })())
}

/// Records a conference with a student.
pub fn create_conference(
    db: &mut Db,
    student_id: &str,
    input: &ConferenceInput,
) -> Result<ConferenceView> {
    let student = parse_id::<StudentId>("student", student_id)?.to_string();
    let input = input.validate()?;
    let id = db.write(|w| {
        live_fields(w.conn(), &STUDENT, "student", &student)?;
        let id = ConferenceId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields();
        fields.insert("student_id".into(), json!(student));
        w.set(&CONFERENCE, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_conference(db.conn(), &id.to_string())
}

/// Edits a conference record; only changed fields are written.
pub fn update_conference(db: &mut Db, id: &str, input: &ConferenceInput) -> Result<ConferenceView> {
    let id = parse_id::<ConferenceId>("conference", id)?.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &CONFERENCE, "conference", &id)?;
        w.set(&CONFERENCE, &id, changed_fields(&old, &input.to_fields()))
    })?;
    get_conference(db.conn(), &id)
}

/// Deletes a conference record (a tombstone).
pub fn delete_conference(db: &mut Db, id: &str) -> Result<()> {
    let id = parse_id::<ConferenceId>("conference", id)?.to_string();
    db.write(|w| {
        live_fields(w.conn(), &CONFERENCE, "conference", &id)?;
        w.tombstone(&CONFERENCE, &id)
    })
}

// ---- the teacher PIN and student mode ----

pub use crate::pin::{check_teacher_pin, has_teacher_pin, set_teacher_pin};

/// The `handoff_setting` key that holds the student whose page student mode has open.
const STUDENT_MODE_KEY: &str = "student_mode";

/// The student student mode was left on for, if any. Kept in the local settings so that
/// quitting and restarting the app does not end student mode without the PIN.
pub fn student_mode_student(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT value FROM handoff_setting WHERE key = ?1",
            [STUDENT_MODE_KEY],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .filter(|v| !v.is_empty()))
}

/// Records that student mode is on for `student` (or, with `None`, off). Local only.
pub fn set_student_mode_student(db: &mut Db, student: Option<&str>) -> Result<()> {
    db.set_handoff_setting(STUDENT_MODE_KEY, student)
}

/// Student mode's page on `today`: that student's goals, the prompts they may answer, and
/// their own reflections. Nothing about any other student.
pub fn student_mode_view(
    conn: &Connection,
    student_id: &str,
    today: &str,
) -> Result<StudentModeView> {
    let student = get_student(conn, parse_id::<StudentId>("student", student_id)?)?;
    Ok(StudentModeView {
        student_id: student.id,
        display_name: student.display_name,
        goals: student_goals(conn, student.id, today)?,
        prompts: list_prompts(conn, false)?,
        reflections: list_reflections(conn, student_id)?,
    })
}

/// A check-in from student mode: only on a goal of `student_id` (any other goal is
/// reported not found and nothing is written), and always by the student.
pub fn student_check_in(
    db: &mut Db,
    student_id: &str,
    goal_id: &str,
    input: &CheckInInput,
    today: &str,
) -> Result<StudentModeView> {
    let student = parse_id::<StudentId>("student", student_id)?.to_string();
    let goal = parse_id::<GoalId>("goal", goal_id)?.to_string();
    let input = CheckInInput {
        author: Author::Student,
        ..input.validate()?
    };
    db.write(|w| {
        let fields = live_fields(w.conn(), &GOAL, "goal", &goal)?;
        // Another student's goal is reported exactly like a missing one, so student mode
        // cannot even learn that it exists.
        if fields.get("student_id").and_then(Value::as_str) != Some(student.as_str()) {
            return Err(not_found("goal", &goal));
        }
        write_check_in(w, &goal, &input)
    })?;
    student_mode_view(db.conn(), &student, today)
}

/// A reflection from student mode: for `student_id` only, always by the student.
pub fn student_reflect(
    db: &mut Db,
    student_id: &str,
    input: &ReflectionInput,
    today: &str,
) -> Result<StudentModeView> {
    let input = ReflectionInput {
        author: Author::Student,
        ..input.clone()
    };
    add_reflection(db, student_id, &input)?;
    student_mode_view(db.conn(), student_id, today)
}
