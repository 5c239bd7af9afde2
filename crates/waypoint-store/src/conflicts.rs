//! Open conflicts as the teacher reviews them, and their resolution.
//!
//! A conflict is kept by materialization in `field_conflict`: every undominated value of a
//! (row, field) when they disagree. Resolving it is an ordinary op whose deps cover every
//! candidate (this laptop's version vector does, once it holds them all), so it dominates
//! them and closes the conflict the same way on every laptop that receives it.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;
use waypoint_core::Error as Core;
use waypoint_core::messages::{Message, english_has};
use waypoint_core::msg;
use waypoint_core::op::{Candidate, DELETED_FIELD, Fields};
use waypoint_core::roster::display_name;
use waypoint_core::table::{RowLabel, table_spec};
use waypoint_core::validate;

use crate::{Db, Error, Result};

/// One value a conflict's field could take.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ConflictCandidate {
    /// The raw value.
    pub value: Value,
    /// The value as the teacher reads it: what was typed, as it is, or a word such as
    /// "Deleted" or "(empty)" in the teacher's language.
    pub display: Message,
    /// The device that wrote it.
    pub device: String,
    /// "This laptop", the co-teacher's label, or "Laptop" and a short device id.
    pub who: Message,
    /// When it was written (HLC wall time), Unix milliseconds.
    pub at_ms: u64,
    /// True for the value shown now.
    pub current: bool,
}

/// One open conflict.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ConflictView {
    /// The table.
    pub table: String,
    /// The row.
    pub row_id: String,
    /// The field; `_deleted` for a delete that raced an edit.
    pub field: String,
    /// The field for people, e.g. "Given name".
    pub field_label: Message,
    /// The row for people, e.g. "Student Ana Ruiz".
    pub row_label: Message,
    /// Every value, the shown one first.
    pub candidates: Vec<ConflictCandidate>,
    /// True when the teacher may type a new value instead of keeping one.
    pub editable: bool,
}

/// Every open conflict, by table, row and field.
pub fn list_conflicts(db: &Db) -> Result<Vec<ConflictView>> {
    let conn = db.conn();
    let mut stmt = conn.prepare(
        "SELECT tbl, row_id, field, candidates FROM field_conflict ORDER BY tbl, row_id, field",
    )?;
    let raw = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let own = db.device_id().to_string();
    let mut out = Vec::with_capacity(raw.len());
    for (table, row_id, field, cands) in raw {
        let cands: Vec<Candidate> = serde_json::from_str(&cands)?;
        let shown = shown_value(conn, &table, &row_id, &field)?;
        let mut candidates: Vec<ConflictCandidate> = cands
            .iter()
            .map(|c| {
                let device = c.op.stream.device.to_string();
                Ok(ConflictCandidate {
                    display: display_value(&field, &c.value),
                    who: who(conn, &device, &own)?,
                    at_ms: c.hlc.wall_ms,
                    current: c.value == shown,
                    value: c.value.clone(),
                    device,
                })
            })
            .collect::<Result<_>>()?;
        candidates.sort_by_key(|c| !c.current);
        out.push(ConflictView {
            field_label: field_label(&field),
            row_label: row_label(conn, &table, &row_id)?,
            editable: editable(&table, &field),
            table,
            row_id,
            field,
            candidates,
        });
    }
    Ok(out)
}

/// Closes the conflict on (`table`, `row_id`, `field`) with `value`: one of its candidates'
/// values, or, for an editable text field, a new value the teacher typed (validated like
/// the field's own form). Refused when there is no such conflict, or when a candidate is
/// held above a gap (the resolution could not cover it; the next handoff fills the gap).
pub fn resolve_conflict(
    db: &mut Db,
    table: &str,
    row_id: &str,
    field: &str,
    value: &Value,
) -> Result<()> {
    let spec = table_spec(table).ok_or_else(|| not_open(field))?;
    let raw: Option<String> = db
        .conn()
        .query_row(
            "SELECT candidates FROM field_conflict WHERE tbl = ?1 AND row_id = ?2 AND field = ?3",
            params![table, row_id, field],
            |r| r.get(0),
        )
        .optional()?;
    let cands: Vec<Candidate> = serde_json::from_str(&raw.ok_or_else(|| not_open(field))?)?;
    let vv = db.version_vector()?;
    if cands.iter().any(|c| !vv.covers(c.op)) {
        return Err(Core::invalid("value", msg!("store-conflict-gap")).into());
    }
    let value = if cands.iter().any(|c| &c.value == value) {
        value.clone()
    } else {
        let &waypoint_core::table::Editable { max, required, .. } = spec
            .editable(field)
            .ok_or_else(|| Core::invalid("value", msg!("store-conflict-choose-value")))?;
        let typed = value
            .as_str()
            .ok_or_else(|| Core::invalid("value", msg!("store-conflict-value-text")))?;
        let checked = if matches!(field, "notes" | "note" | "statement") {
            validate::notes("value", msg!("store-label-the-value"), typed, max)?
        } else {
            validate::text("value", msg!("store-label-the-value"), typed, required, max)?
        };
        Value::String(checked)
    };
    db.write(|w| {
        if field == DELETED_FIELD {
            if value == Value::Bool(true) {
                w.tombstone(spec, row_id)
            } else {
                w.restore(spec, row_id)
            }
        } else {
            let mut fields = Fields::new();
            fields.insert(field.to_owned(), value);
            w.set(spec, row_id, fields)
        }
    })
}

fn not_open(field: &str) -> Error {
    Core::invalid(
        "field",
        msg!("store-conflict-not-open", field = field_label(field)),
    )
    .into()
}

/// True when the teacher may type a new value for `field` (the table's spec says which).
fn editable(table: &str, field: &str) -> bool {
    table_spec(table).is_some_and(|s| s.editable(field).is_some())
}

/// The value the row shows now for `field`.
fn shown_value(conn: &Connection, table: &str, row_id: &str, field: &str) -> Result<Value> {
    let Some(spec) = table_spec(table) else {
        return Ok(Value::Null);
    };
    if field == DELETED_FIELD {
        let deleted: Option<bool> = conn
            .query_row(
                &format!("SELECT _deleted FROM {} WHERE id = ?1", spec.name),
                [row_id],
                |r| r.get(0),
            )
            .optional()?;
        return Ok(Value::Bool(deleted.unwrap_or(false)));
    }
    let Some((_, kind)) = spec.fields.iter().find(|(f, _)| *f == field) else {
        return Ok(Value::Null);
    };
    let v: rusqlite::types::Value = conn
        .query_row(
            &format!("SELECT {field} FROM {} WHERE id = ?1", spec.name),
            [row_id],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(rusqlite::types::Value::Null);
    Ok(crate::oplog::sql_to_json(v, *kind))
}

/// A value as the teacher reads it: text as it was typed; a delete, a blank or a yes/no in
/// the teacher's words.
fn display_value(field: &str, v: &Value) -> Message {
    match (field, v) {
        (DELETED_FIELD, Value::Bool(true)) => msg!("store-value-deleted"),
        (DELETED_FIELD, _) => msg!("store-value-kept"),
        (_, Value::Null) => msg!("store-value-empty"),
        (_, Value::String(s)) if s.is_empty() => msg!("store-value-empty"),
        (_, Value::String(s)) => Message::untranslated(s.clone()),
        (_, Value::Bool(true)) => msg!("store-value-yes"),
        (_, Value::Bool(false)) => msg!("store-value-no"),
        (_, Value::Number(n)) => Message::untranslated(n.to_string()),
        (_, Value::Array(items)) if items.iter().all(Value::is_string) => {
            let parts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            if parts.is_empty() {
                msg!("store-value-none")
            } else {
                Message::untranslated(parts.join(", "))
            }
        }
        (_, other) => Message::untranslated(other.to_string()),
    }
}

/// The field for people: its own message (`given_name` → `store-field-given-name`) when the
/// catalog has one, as it does for every field the teacher can edit; otherwise the column's
/// name in words, as it is.
fn field_label(field: &str) -> Message {
    if field == DELETED_FIELD {
        return msg!("store-field-deleted");
    }
    let id = format!("store-field-{}", field.replace('_', "-"));
    if english_has(&id) {
        return Message::new(id);
    }
    let words = field.replace('_', " ");
    let mut chars = words.chars();
    Message::untranslated(match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    })
}

fn who(conn: &Connection, device: &str, own: &str) -> Result<Message> {
    if device == own {
        return Ok(msg!("store-who-this-laptop"));
    }
    let label: Option<String> = conn
        .query_row("SELECT label FROM peer WHERE device = ?1", [device], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(match label.filter(|l| !l.trim().is_empty()) {
        Some(l) => Message::untranslated(l),
        None => msg!("store-who-laptop", id = short(device)),
    })
}

/// The first eight characters (ids come from bundles and need not be ASCII).
fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

fn student_name(conn: &Connection, id: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT given_name, family_name, preferred_name FROM student WHERE id = ?1",
            [id],
            |r| {
                Ok(display_name(
                    &r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    &r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    &r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                ))
            },
        )
        .optional()?)
}

fn text_of(conn: &Connection, sql: &str, id: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(sql, [id], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

/// What the row is, for people, as its table's spec says to label it: the spec's English
/// prefix names the message (`Conference with` → `store-row-conference-with`), with the
/// row's name or short id as its argument.
fn row_label(conn: &Connection, table: &str, row_id: &str) -> Result<Message> {
    let Some(spec) = table_spec(table) else {
        return Ok(msg!("store-row-other", table = table, id = short(row_id)));
    };
    let column = |column: &str| -> Result<Option<String>> {
        if column == "id" {
            return Ok(Some(row_id.to_owned()));
        }
        text_of(
            conn,
            &format!("SELECT {column} FROM {} WHERE id = ?1", spec.name),
            row_id,
        )
    };
    let (prefix, name) = match spec.label {
        RowLabel::Column { prefix, column: c } => (prefix, column(c)?),
        RowLabel::Student { prefix, column: c } => {
            let name = match column(c)? {
                Some(student) => student_name(conn, &student)?,
                None => None,
            };
            (prefix, name)
        }
        RowLabel::Id { prefix } => (prefix, Some(short(row_id))),
    };
    let name = match name {
        Some(n) => Message::untranslated(n),
        None => msg!("store-row-unnamed"),
    };
    Ok(Message::new(row_message_id(prefix)).with("name", name))
}

/// `Conference with` → `store-row-conference-with`.
fn row_message_id(prefix: &str) -> String {
    let words: Vec<String> = prefix
        .split_whitespace()
        .map(|w| {
            w.to_lowercase()
                .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
        })
        .collect();
    format!("store-row-{}", words.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_read_as_a_teacher_would_say_them() {
        let english =
            |field: &str, v: Value| waypoint_core::messages::english(&display_value(field, &v));
        assert_eq!(
            english("given_name", json!("")),
            "(empty)",
            "blank is said, not hidden"
        );
        assert_eq!(
            english(DELETED_FIELD, json!(true)),
            "Deleted",
            "a delete reads as one"
        );
        assert_eq!(
            english("strengths", json!(["art", "music"])),
            "art, music",
            "a list reads as a list"
        );
        assert_eq!(
            english("archived", json!(false)),
            "No",
            "booleans read as yes/no"
        );
        assert!(
            display_value("notes", &json!("Ana's notes")).is_untranslated(),
            "what was typed is shown as it is, in every language"
        );
    }

    #[test]
    fn field_names_read_as_labels() {
        let english = |field: &str| waypoint_core::messages::english(&field_label(field));
        assert_eq!(
            english("given_name"),
            "Given name",
            "an editable field has its label"
        );
        assert_eq!(
            english(DELETED_FIELD),
            "Deleted or kept",
            "the delete field has its own label"
        );
        assert_eq!(
            english("coverage_days"),
            "Coverage days",
            "a field with no label of its own reads as its name in words"
        );
    }

    #[test]
    fn every_row_kind_and_editable_field_has_a_message() {
        for spec in waypoint_core::table::TABLES {
            let prefix = match spec.label {
                RowLabel::Column { prefix, .. }
                | RowLabel::Student { prefix, .. }
                | RowLabel::Id { prefix } => prefix,
            };
            let id = row_message_id(prefix);
            assert!(
                english_has(&id),
                "{}'s rows are named by {id}, which the English catalog must have",
                spec.name
            );
            for e in spec.editable {
                assert!(
                    !field_label(e.field).is_untranslated(),
                    "{}.{} can be edited in conflict review, so it needs store-field-{}",
                    spec.name,
                    e.field,
                    e.field.replace('_', "-")
                );
            }
        }
    }
}
