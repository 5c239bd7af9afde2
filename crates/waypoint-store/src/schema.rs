//! The materialized tables, built from their specs, and the class a row belongs to.
//!
//! Materialized tables are derived state: a pure function of the op log. So they are not
//! created by migrations (those cover only the op log and local bookkeeping) but from the
//! [`waypoint_core::table`] specs, and when the specs change (a field, a table, an index)
//! they are dropped, built again and filled from the log by [`Db::rebuild`]. The specs'
//! fingerprint is kept in `materialized_schema` to tell.

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};
use waypoint_core::op::Fields;
use waypoint_core::table::{FieldKind, Scope, TABLES, TableSpec, table_spec};

use crate::{Db, Result};

/// The column type a field kind is kept in.
fn column_type(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Text | FieldKind::Json => "TEXT",
        FieldKind::Bool => "INTEGER",
        FieldKind::Number => "REAL",
    }
}

/// The statements that create `spec`'s table and its indexes. No foreign keys: deletes
/// never cascade, and a row whose parent has not arrived yet is kept as an orphan.
pub(crate) fn create_sql(spec: &TableSpec) -> Vec<String> {
    let mut columns = vec![
        "id TEXT PRIMARY KEY".to_owned(),
        "_deleted INTEGER NOT NULL DEFAULT 0".to_owned(),
    ];
    columns.extend(
        spec.fields
            .iter()
            .map(|(f, k)| format!("{f} {}", column_type(*k))),
    );
    let mut out = vec![format!(
        "CREATE TABLE {} (\n    {}\n)",
        spec.name,
        columns.join(",\n    ")
    )];
    out.extend(spec.indexes.iter().map(|i| {
        format!(
            "CREATE INDEX {t}_{n} ON {t} ({c})",
            t = spec.name,
            n = i.name,
            c = i.columns.join(", ")
        )
    }));
    out
}

/// A fingerprint of every spec's table, for telling when they must be built again.
fn fingerprint() -> String {
    let mut h = Sha256::new();
    for spec in TABLES {
        for sql in create_sql(spec) {
            h.update(sql.as_bytes());
            h.update(b";\n");
        }
    }
    format!("{:x}", h.finalize())
}

/// Makes the materialized tables match the specs: when the stored fingerprint differs (a
/// new database, a database made by another build, one whose tables came from the old
/// migrations), every spec's table is dropped and created again, and the rows are
/// materialized from the op log. Returns true when it rebuilt.
pub(crate) fn ensure_materialized(db: &mut Db) -> Result<bool> {
    let want = fingerprint();
    let have: Option<String> = db
        .conn
        .query_row(
            "SELECT fingerprint FROM materialized_schema WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if have.as_deref() == Some(want.as_str()) {
        return Ok(false);
    }
    let tx = db.conn.transaction()?;
    for spec in TABLES {
        tx.execute(&format!("DROP TABLE IF EXISTS {}", spec.name), [])?;
        for sql in create_sql(spec) {
            tx.execute(&sql, [])?;
        }
    }
    tx.execute(
        "INSERT INTO materialized_schema (id, fingerprint) VALUES (1, ?1)
         ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint",
        [&want],
    )?;
    tx.commit()?;
    db.rebuild()?;
    Ok(true)
}

/// The class a row belongs to, by its table's scope: `None` for shared data, and
/// `Some(None)` when the class can't be found (a parent that has not arrived). `fields`
/// are values being written to the row now, which take precedence over what is stored.
pub(crate) fn row_class(
    conn: &Connection,
    spec: &TableSpec,
    row_id: &str,
    fields: Option<&Fields>,
) -> Result<Option<Option<String>>> {
    let mut spec = spec;
    let mut row_id = row_id.to_owned();
    let mut fields = fields;
    // Parent chains are checked to end by `check_specs`; the bound is only a backstop.
    for _ in 0..=TABLES.len() {
        match spec.scope {
            Scope::Shared => return Ok(None),
            Scope::ClassItself => return Ok(Some(Some(row_id))),
            Scope::Column(column) => {
                return Ok(Some(
                    match column_value(conn, spec, &row_id, column, fields)? {
                        Some(class) => Some(class),
                        None => class_of_streams(conn, spec, &row_id)?,
                    },
                ));
            }
            Scope::Parent { column, parent } => {
                let parent_id = if column == "id" {
                    Some(row_id.clone())
                } else {
                    column_value(conn, spec, &row_id, column, fields)?
                };
                let (Some(parent_id), Some(parent_spec)) = (parent_id, table_spec(parent)) else {
                    return Ok(Some(class_of_streams(conn, spec, &row_id)?));
                };
                spec = parent_spec;
                row_id = parent_id;
                fields = None;
            }
        }
    }
    Ok(Some(None))
}

/// The class of the class streams that hold the row's ops, if any do: a purged row has lost
/// the values that named its class, but not the streams its ops were written in.
fn class_of_streams(conn: &Connection, spec: &TableSpec, row_id: &str) -> Result<Option<String>> {
    let stream: Option<String> = conn
        .prepare_cached(
            "SELECT origin FROM op WHERE tbl = ?1 AND row_id = ?2 AND origin LIKE '%:c:%' LIMIT 1",
        )?
        .query_row(params![spec.name, row_id], |r| r.get(0))
        .optional()?;
    Ok(stream
        .and_then(|s| s.parse::<waypoint_core::stream::StreamId>().ok())
        .and_then(|s| s.class_id())
        .map(|c| c.to_string()))
}

/// One text column of a row: from the values being written, else from the table.
pub(crate) fn column_value(
    conn: &Connection,
    spec: &TableSpec,
    row_id: &str,
    column: &str,
    fields: Option<&Fields>,
) -> Result<Option<String>> {
    if let Some(v) = fields.and_then(|f| f.get(column)) {
        return Ok(v.as_str().map(str::to_owned));
    }
    Ok(conn
        .prepare_cached(&format!("SELECT {column} FROM {} WHERE id = ?1", spec.name))?
        .query_row(params![row_id], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_built_with_its_columns_and_indexes() {
        let sql = create_sql(&waypoint_core::table::STUDENT);
        assert!(
            sql[0].contains("class_id TEXT") && sql[0].contains("archived INTEGER"),
            "each field becomes a column of its kind: {sql:?}"
        );
        assert_eq!(
            sql[1], "CREATE INDEX student_by_class ON student (class_id)",
            "indexes are named after the table"
        );
    }
}
