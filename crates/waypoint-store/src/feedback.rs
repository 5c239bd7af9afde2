//! Use cases for peer feedback: the teacher opens a portfolio item for review (and decides
//! whether its owner may read what classmates say), edits the protocol's prompts and reads
//! the feedback; a student in student mode sees the classmates' items open for review and
//! gives feedback on one.
//!
//! Student mode reaches only what this module lets it: [`give_feedback`] refuses, as "not
//! found", any item that is not open for review, not in the author's class, or the author's
//! own, so a student cannot even learn that such an item exists.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};
use waypoint_core::feedback::{
    DEFAULT_PROMPTS, FEEDBACK_PROTOCOL, FeedbackInput, FeedbackView, PEER_FEEDBACK, PROTOCOL_ROW,
    ReceivedFeedback, ReviewItem, check_prompts,
};
use waypoint_core::ids::{ArtifactId, FeedbackId, StudentId};
use waypoint_core::portfolio::{ARTIFACT, ArtifactView};
use waypoint_core::roster::changed_fields;

use crate::device::random10;
use crate::portfolio::{get_artifact, list_artifacts};
use crate::roster::{get_student, list_students};
use crate::rows::{live_fields, not_found, string_list, text};
use crate::{Db, Result};

/// The protocol's prompts: the teacher's, else the defaults.
pub fn feedback_prompts(conn: &Connection) -> Result<Vec<String>> {
    let raw: Option<Option<String>> = conn
        .query_row(
            "SELECT prompts FROM feedback_protocol WHERE id = ?1 AND _deleted = 0",
            [PROTOCOL_ROW],
            |r| r.get(0),
        )
        .optional()?;
    let prompts = string_list(raw.flatten())?;
    Ok(if prompts.len() == DEFAULT_PROMPTS.len() {
        prompts
    } else {
        DEFAULT_PROMPTS.iter().map(|p| (*p).to_owned()).collect()
    })
}

/// Changes the protocol's prompts (feedback already given keeps the prompts it answered).
pub fn set_feedback_prompts(db: &mut Db, prompts: &[String]) -> Result<Vec<String>> {
    let prompts = check_prompts(prompts)?;
    db.write(|w| {
        let old = crate::oplog::row_fields(w.conn(), &FEEDBACK_PROTOCOL, PROTOCOL_ROW)?
            .unwrap_or_default();
        let new = [("prompts".to_owned(), json!(prompts))]
            .into_iter()
            .collect();
        w.set(&FEEDBACK_PROTOCOL, PROTOCOL_ROW, changed_fields(&old, &new))
    })?;
    feedback_prompts(db.conn())
}

/// Opens or closes an item for peer review, and lets its owner read the feedback or not.
pub fn set_peer_review(
    db: &mut Db,
    id: ArtifactId,
    open: bool,
    share_with_owner: bool,
) -> Result<ArtifactView> {
    db.write(|w| {
        let old = live_fields(w.conn(), &ARTIFACT, "portfolio item", &id.to_string())?;
        let new = [
            ("peer_review".to_owned(), json!(open)),
            ("share_feedback".to_owned(), json!(share_with_owner)),
        ]
        .into_iter()
        .collect();
        w.set(&ARTIFACT, &id.to_string(), changed_fields(&old, &new))
    })?;
    get_artifact(db.conn(), db.path(), id)
}

const FEEDBACK_COLUMNS: &str = "id, artifact_id, author_name, date, prompts, answers";

fn feedback_row(r: &Row<'_>) -> rusqlite::Result<Result<FeedbackView>> {
    let (id, artifact, author, date) = (text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?);
    let (prompts, answers): (Option<String>, Option<String>) = (r.get(4)?, r.get(5)?);
    Ok((|| {
        Ok(FeedbackView {
            id: id.parse()?,
            artifact_id: artifact.parse()?,
            author_name: author,
            date,
            prompts: string_list(prompts)?,
            answers: string_list(answers)?,
        })
    })())
}

/// The feedback on an item, oldest first (the teacher's view).
pub fn list_feedback(conn: &Connection, artifact: ArtifactId) -> Result<Vec<FeedbackView>> {
    live_fields(conn, &ARTIFACT, "portfolio item", &artifact.to_string())?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {FEEDBACK_COLUMNS} FROM peer_feedback WHERE artifact_id = ?1 AND _deleted = 0
         ORDER BY date, id"
    ))?;
    let rows = stmt
        .query_map([artifact.to_string()], feedback_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// Removes a piece of feedback (the teacher's call, e.g. an unkind one).
pub fn delete_feedback(db: &mut Db, id: FeedbackId) -> Result<()> {
    db.write(|w| {
        live_fields(w.conn(), &PEER_FEEDBACK, "feedback", &id.to_string())?;
        w.tombstone(&PEER_FEEDBACK, &id.to_string())
    })
}

/// The items of `student`'s classmates open for review, newest first, each saying whether
/// `student` has answered it already. Current classmates only; never the student's own.
pub fn review_items(
    conn: &Connection,
    db_path: &Path,
    student: StudentId,
) -> Result<Vec<ReviewItem>> {
    let me = get_student(conn, student)?;
    let mut out = Vec::new();
    for classmate in list_students(conn, me.class_id, false)? {
        if classmate.id == student {
            continue;
        }
        let first = first_name(&classmate.given_name, &classmate.preferred_name);
        for a in list_artifacts(conn, db_path, classmate.id)? {
            if !a.peer_review {
                continue;
            }
            out.push(ReviewItem {
                artifact_id: a.id,
                owner_name: first.clone(),
                answered: has_answered(conn, a.id, student)?,
                title: a.title,
                date: a.date,
                reflection: a.reflection,
                kind: a.kind,
                thumbnail: a.thumbnail,
            });
        }
    }
    out.sort_by(|a, b| b.date.cmp(&a.date).then(b.artifact_id.cmp(&a.artifact_id)));
    Ok(out)
}

fn has_answered(conn: &Connection, artifact: ArtifactId, student: StudentId) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM peer_feedback
                        WHERE artifact_id = ?1 AND author_id = ?2 AND _deleted = 0)",
        params![artifact.to_string(), student.to_string()],
        |r| r.get(0),
    )?)
}

/// What a classmate calls a student in feedback: their preferred name, else their given name.
fn first_name(given: &str, preferred: &str) -> String {
    if preferred.trim().is_empty() {
        given.trim().to_owned()
    } else {
        preferred.trim().to_owned()
    }
}

/// Feedback from `author` (student mode) on a classmate's item open for review, on `today`.
/// An item that is not open, not in the author's class, or the author's own is reported as
/// not found, and nothing is written.
pub fn give_feedback(
    db: &mut Db,
    author: StudentId,
    artifact: ArtifactId,
    input: &FeedbackInput,
    today: &str,
) -> Result<FeedbackView> {
    let input = input.validate()?;
    let me = get_student(db.conn(), author)?;
    let name = first_name(&me.given_name, &me.preferred_name);
    let prompts = feedback_prompts(db.conn())?;
    let key = artifact.to_string();
    let id = db.write(|w| {
        let item = live_fields(w.conn(), &ARTIFACT, "portfolio item", &key)?;
        let owner = item
            .get("student_id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let open = item
            .get("peer_review")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let owner_class = match owner.parse::<StudentId>() {
            Ok(o) => Some(get_student(w.conn(), o)?)
                .filter(|s| !s.archived)
                .map(|s| s.class_id),
            Err(_) => None,
        };
        if !open || owner == author.to_string() || owner_class != Some(me.class_id) {
            return Err(not_found("portfolio item", &key));
        }
        let id = FeedbackId::mint(w.wall_ms(), random10());
        let fields = input.to_fields(artifact, &author.to_string(), &name, today, &prompts);
        w.set(&PEER_FEEDBACK, &id.to_string(), fields)?;
        Ok(id)
    })?;
    db.conn()
        .query_row(
            &format!("SELECT {FEEDBACK_COLUMNS} FROM peer_feedback WHERE id = ?1"),
            [id.to_string()],
            feedback_row,
        )
        .optional()?
        .unwrap_or_else(|| Err(not_found("feedback", id)))
}

/// The feedback on `student`'s own items that the teacher shares with them, newest first.
pub fn received_feedback(
    conn: &Connection,
    db_path: &Path,
    student: StudentId,
) -> Result<Vec<ReceivedFeedback>> {
    let mut out = Vec::new();
    for a in list_artifacts(conn, db_path, student)? {
        if !a.share_feedback {
            continue;
        }
        for feedback in list_feedback(conn, a.id)? {
            out.push(ReceivedFeedback {
                title: a.title.clone(),
                feedback,
            });
        }
    }
    out.sort_by(|a, b| {
        b.feedback
            .date
            .cmp(&a.feedback.date)
            .then(b.feedback.id.cmp(&a.feedback.id))
    });
    Ok(out)
}
