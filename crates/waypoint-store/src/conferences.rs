//! Use cases and queries for conference records.

use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::json;
use waypoint_core::conferences::{CONFERENCE, ConferenceInput, ConferenceView};
use waypoint_core::ids::{ConferenceId, StudentId};
use waypoint_core::roster::{STUDENT, changed_fields};

use crate::device::random10;
use crate::oplog::Writer;
use crate::roster::get_student;
use crate::rows::{live_fields, not_found, string_list, text};
use crate::{Db, Result};

const CONFERENCE_COLUMNS: &str =
    "id, student_id, date, attendees, notes, next_steps, follow_ups, student_led";

/// A student's conference records, newest first (by date, then id).
pub fn list_conferences(conn: &Connection, student: StudentId) -> Result<Vec<ConferenceView>> {
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
pub fn get_conference(conn: &Connection, id: ConferenceId) -> Result<ConferenceView> {
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
    student_id: StudentId,
    input: &ConferenceInput,
) -> Result<ConferenceView> {
    let student = student_id.to_string();
    let input = input.validate()?;
    let id = db.write(|w| write_conference(w, &student, &input))?;
    get_conference(db.conn(), id)
}

/// Writes a new conference record from a validated input, inside the caller's write.
pub(crate) fn write_conference(
    w: &mut Writer<'_>,
    student: &str,
    input: &ConferenceInput,
) -> Result<ConferenceId> {
    live_fields(w.conn(), &STUDENT, "student", student)?;
    let id = ConferenceId::mint(w.wall_ms(), random10());
    let mut fields = input.to_fields();
    fields.insert("student_id".into(), json!(student));
    w.set(&CONFERENCE, &id.to_string(), fields)?;
    Ok(id)
}

/// Edits a conference record; only changed fields are written.
pub fn update_conference(
    db: &mut Db,
    id: ConferenceId,
    input: &ConferenceInput,
) -> Result<ConferenceView> {
    let key = id.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &CONFERENCE, "conference", &key)?;
        w.set(&CONFERENCE, &key, changed_fields(&old, &input.to_fields()))
    })?;
    get_conference(db.conn(), id)
}

/// Deletes a conference record (a tombstone).
pub fn delete_conference(db: &mut Db, id: ConferenceId) -> Result<()> {
    let key = id.to_string();
    db.write(|w| {
        live_fields(w.conn(), &CONFERENCE, "conference", &key)?;
        w.tombstone(&CONFERENCE, &key)
    })
}
