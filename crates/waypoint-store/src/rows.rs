//! The small pieces every use case shares: reading an optional text column, a live row's
//! fields or "not found", parsing an id that arrives as text, and archiving a row. They live
//! here, not in one aggregate's module, so the aggregates do not import each other for them.

use rusqlite::{Connection, Row};
use serde_json::{Value, json};
use waypoint_core::op::Fields;
use waypoint_core::roster::changed_fields;
use waypoint_core::table::TableSpec;

use crate::oplog::{Writer, row_fields};
use crate::{Error, Result};

/// A nullable TEXT column as a string ("" for NULL). A wrongly typed value is an error,
/// not a silent blank.
pub(crate) fn text(r: &Row<'_>, i: usize) -> rusqlite::Result<String> {
    Ok(r.get::<_, Option<String>>(i)?.unwrap_or_default())
}

/// Archives or unarchives a row: one op when the flag changes, none when it does not.
pub(crate) fn set_archived(
    w: &mut Writer<'_>,
    spec: &TableSpec,
    what: &'static str,
    id: &str,
    archived: bool,
) -> Result<()> {
    let old = live_fields(w.conn(), spec, what, id)?;
    let new: Fields = [("archived".to_owned(), json!(archived))]
        .into_iter()
        .collect();
    w.set(spec, id, changed_fields(&old, &new))
}

/// A live (not deleted) row's fields, or `NotFound` naming `what`.
pub(crate) fn live_fields(
    conn: &Connection,
    spec: &TableSpec,
    what: &'static str,
    id: &str,
) -> Result<Fields> {
    row_fields(conn, spec, id)?.ok_or_else(|| Error::NotFound {
        what,
        id: id.to_owned(),
    })
}

/// An id that arrives as text inside an input record (a form's chosen competency, an
/// activity list, an assignment's target), or `NotFound` naming `what`. Use cases take ids
/// as their newtypes; ids inside a record stay text because a form may send an empty
/// choice, which must get the record's own message ("Choose a competency") rather than a
/// parse error.
pub(crate) fn parse_id<T: std::str::FromStr>(what: &'static str, id: &str) -> Result<T> {
    id.parse::<T>().map_err(|_| Error::NotFound {
        what,
        id: id.chars().take(60).collect(),
    })
}

/// `NotFound` for `what` with this id.
pub(crate) fn not_found(what: &'static str, id: impl ToString) -> Error {
    Error::NotFound {
        what,
        id: id.to_string(),
    }
}

/// A JSON list of strings from a nullable column; NULL is an empty list.
pub(crate) fn string_list(raw: Option<String>) -> Result<Vec<String>> {
    Ok(match parse_json(raw)? {
        Some(v) => serde_json::from_value(v)?,
        None => Vec::new(),
    })
}

/// A nullable JSON column, parsed.
pub(crate) fn parse_json(raw: Option<String>) -> Result<Option<Value>> {
    raw.map(|s| serde_json::from_str(&s))
        .transpose()
        .map_err(Error::from)
}
