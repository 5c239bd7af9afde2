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
    /// The value as the teacher reads it.
    pub display: String,
    /// The device that wrote it.
    pub device: String,
    /// "This laptop", the co-teacher's label, or a short device id.
    pub who: String,
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
    pub field_label: String,
    /// The row for people, e.g. "Student Ana Ruiz".
    pub row_label: String,
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
        return Err(Core::invalid(
            "value",
            "Some changes from your co-teacher are still missing on this laptop. Sync again, then resolve this conflict.",
        )
        .into());
    }
    let value = if cands.iter().any(|c| &c.value == value) {
        value.clone()
    } else {
        let &waypoint_core::table::Editable { max, required, .. } =
            spec.editable(field).ok_or_else(|| {
                Core::invalid("value", "Choose one of the values shown for this conflict.")
            })?;
        let typed = value
            .as_str()
            .ok_or_else(|| Core::invalid("value", "Type the new value as text."))?;
        let label = field_label(field);
        let checked = if matches!(field, "notes" | "note" | "statement") {
            validate::notes("value", &label, typed, max)?
        } else {
            validate::text("value", &label, typed, required, max)?
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
        format!(
            "There is no open conflict on {} here; it may have been resolved already.",
            field_label(field).to_lowercase()
        ),
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

/// A value as the teacher reads it.
fn display_value(field: &str, v: &Value) -> String {
    match (field, v) {
        (DELETED_FIELD, Value::Bool(true)) => "Deleted".into(),
        (DELETED_FIELD, _) => "Kept, with the edit".into(),
        (_, Value::Null) => "(empty)".into(),
        (_, Value::String(s)) if s.is_empty() => "(empty)".into(),
        (_, Value::String(s)) => s.clone(),
        (_, Value::Bool(b)) => if *b { "Yes" } else { "No" }.into(),
        (_, Value::Number(n)) => n.to_string(),
        (_, Value::Array(items)) if items.iter().all(Value::is_string) => {
            let parts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            if parts.is_empty() {
                "(none)".into()
            } else {
                parts.join(", ")
            }
        }
        (_, other) => other.to_string(),
    }
}

/// "given_name" → "Given name".
fn field_label(field: &str) -> String {
    if field == DELETED_FIELD {
        return "Deleted or kept".into();
    }
    let words = field.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn who(conn: &Connection, device: &str, own: &str) -> Result<String> {
    if device == own {
        return Ok("This laptop".into());
    }
    let label: Option<String> = conn
        .query_row("SELECT label FROM peer WHERE device = ?1", [device], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(label
        .filter(|l| !l.trim().is_empty())
        .unwrap_or_else(|| format!("Laptop {}", short(device))))
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

/// What the row is, for people, as its table's spec says to label it.
fn row_label(conn: &Connection, table: &str, row_id: &str) -> Result<String> {
    let unknown = || "an unnamed row".to_owned();
    let Some(spec) = table_spec(table) else {
        return Ok(format!("{table} {}", short(row_id)));
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
    Ok(match spec.label {
        RowLabel::Column { prefix, column: c } => {
            format!("{prefix} {}", column(c)?.unwrap_or_else(unknown))
        }
        RowLabel::Student { prefix, column: c } => {
            let name = match column(c)? {
                Some(student) => student_name(conn, &student)?.unwrap_or_else(unknown),
                None => unknown(),
            };
            format!("{prefix} {name}")
        }
        RowLabel::Id { prefix } => format!("{prefix} {}", short(row_id)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_read_as_a_teacher_would_say_them() {
        assert_eq!(
            display_value("given_name", &json!("")),
            "(empty)",
            "blank is said, not hidden"
        );
        assert_eq!(
            display_value(DELETED_FIELD, &json!(true)),
            "Deleted",
            "a delete reads as one"
        );
        assert_eq!(
            display_value("strengths", &json!(["art", "music"])),
            "art, music",
            "a list reads as a list"
        );
        assert_eq!(
            display_value("archived", &json!(false)),
            "No",
            "booleans read as yes/no"
        );
    }

    #[test]
    fn field_names_read_as_labels() {
        assert_eq!(
            field_label("given_name"),
            "Given name",
            "snake case becomes a label"
        );
        assert_eq!(
            field_label(DELETED_FIELD),
            "Deleted or kept",
            "the delete field has its own label"
        );
    }
}
