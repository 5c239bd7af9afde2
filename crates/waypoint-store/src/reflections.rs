//! Use cases and queries for the reflection prompt bank (with its starter set) and
//! reflections. A reflection's self-rating is written as evidence of kind `self_assessment`
//! in the same transaction, through [`crate::evidence`]'s own checks, and the reflection keeps
//! the evidence's id so an edit or a delete keeps the two in step.

use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::{Value, json};
use waypoint_core::author::Author;
use waypoint_core::evidence::{EVIDENCE, EvidenceInput, EvidenceKind, NOTE_MAX};
use waypoint_core::ids::{EvidenceId, PromptId, ReflectionId, StudentId};
use waypoint_core::msg;
use waypoint_core::op::Fields;
use waypoint_core::reflections::{
    PromptView, REFLECTION, REFLECTION_PROMPT, ReflectionInput, ReflectionView, STARTER_PROMPTS,
    prompt_text,
};
use waypoint_core::roster::{STUDENT, changed_fields};

use crate::device::random10;
use crate::evidence::write_evidence;
use crate::goals::goal_competencies;
use crate::oplog::{Writer, row_fields};
use crate::roster::get_student;
use crate::rows::{live_fields, not_found, text};
use crate::{Db, Error, Result};

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
pub fn get_prompt(conn: &Connection, id: PromptId) -> Result<PromptView> {
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
    get_prompt(db.conn(), id)
}

/// Rewords a prompt. Reflections already written keep the words they answered.
pub fn update_prompt(db: &mut Db, id: PromptId, text: &str) -> Result<PromptView> {
    let key = id.to_string();
    let text = prompt_text(text)?;
    db.write(|w| {
        let old = live_fields(w.conn(), &REFLECTION_PROMPT, "prompt", &key)?;
        let new: Fields = [("text".to_owned(), json!(text))].into_iter().collect();
        w.set(&REFLECTION_PROMPT, &key, changed_fields(&old, &new))
    })?;
    get_prompt(db.conn(), id)
}

/// Archives or unarchives a prompt: archived prompts are not offered for new reflections.
pub fn set_prompt_archived(db: &mut Db, id: PromptId, archived: bool) -> Result<PromptView> {
    let key = id.to_string();
    db.write(|w| crate::rows::set_archived(w, &REFLECTION_PROMPT, "prompt", &key, archived))?;
    get_prompt(db.conn(), id)
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
pub fn list_reflections(conn: &Connection, student: StudentId) -> Result<Vec<ReflectionView>> {
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
pub fn get_reflection(conn: &Connection, id: ReflectionId) -> Result<ReflectionView> {
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
        .ok_or_else(|| waypoint_core::Error::invalid("promptId", msg!("store-prompt-gone")))?;
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
    student_id: StudentId,
    input: &ReflectionInput,
) -> Result<ReflectionView> {
    let student = student_id.to_string();
    let input = input.validate()?;
    let id = db.write(|w| write_reflection(w, &student, &input))?;
    get_reflection(db.conn(), id)
}

/// Writes a new reflection from a validated input (and its self-assessment evidence),
/// inside the caller's write.
pub(crate) fn write_reflection(
    w: &mut Writer<'_>,
    student: &str,
    input: &ReflectionInput,
) -> Result<ReflectionId> {
    live_fields(w.conn(), &STUDENT, "student", student)?;
    let mut input = input.clone();
    let prompt_text = answered_prompt(w.conn(), &input.prompt_id)?;
    input.competency_id = reflection_competency(w.conn(), &input.competency_id)?;
    let evidence = match input.self_rating {
        Some(rating) => Some(write_rating(
            w,
            None,
            &rating_evidence(student, &input, rating, &prompt_text),
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
}

/// Edits a reflection; only changed fields are written. The prompt's text stays as it was
/// answered unless the prompt itself changes. The self-assessment evidence follows: its
/// level, date and competency are updated; it is deleted when the rating is removed and
/// made when one is added. Evidence a teacher deleted from the grid stays deleted unless
/// the rating or its competency changes, which is a new claim.
pub fn update_reflection(
    db: &mut Db,
    id: ReflectionId,
    input: &ReflectionInput,
) -> Result<ReflectionView> {
    let key = id.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &REFLECTION, "reflection", &key)?;
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
        w.set(&REFLECTION, &key, changed_fields(&old, &fields))
    })?;
    get_reflection(db.conn(), id)
}

/// Deletes a reflection and, with it, its self-assessment evidence (both tombstones).
pub fn delete_reflection(db: &mut Db, id: ReflectionId) -> Result<()> {
    let key = id.to_string();
    db.write(|w| {
        let old = live_fields(w.conn(), &REFLECTION, "reflection", &key)?;
        let evidence = old
            .get("evidence_id")
            .and_then(Value::as_str)
            .and_then(|e| e.parse::<EvidenceId>().ok());
        if let Some(e) = evidence
            && row_fields(w.conn(), &EVIDENCE, &e.to_string())?.is_some()
        {
            w.tombstone(&EVIDENCE, &e.to_string())?;
        }
        w.tombstone(&REFLECTION, &key)
    })
}
