//! Imports of a school's files, as the store sees them: each is one write through the op
//! log, recorded in local bookkeeping with an undo log, and undone with one action while
//! nothing else has been written since.
//!
//! Undo writes ops too: a row the import made is deleted (a tombstone) and a row it changed
//! gets its earlier values back. So an import and its undo travel to a co-teacher like any
//! other change, and the live rows after an undo are exactly those before the import.
//!
//! - `roster`: preview and apply a roster ([`roster::preview_roster`], [`roster::apply_roster`]).
//! - `scores`: preview and apply a scores file read through a column map
//!   ([`scores::preview_scores`], [`scores::apply_scores`]).
//! - `maps`: column maps a teacher saved, recognized again from a file's header.

pub mod maps;
pub mod roster;
pub mod scores;

use std::collections::{BTreeMap, HashMap};

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use waypoint_core::op::{Fields, OpKind};
use waypoint_core::table::{TableSpec, table_spec};

use crate::oplog::{Writer, row_fields};
use crate::{Db, Error, Result};

/// What kind of file an import brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum ImportKind {
    /// A roster: classes and students.
    Roster,
    /// Scores: evidence.
    Scores,
    /// A framework.
    Framework,
}

impl ImportKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ImportKind::Roster => "roster",
            ImportKind::Scores => "scores",
            ImportKind::Framework => "framework",
        }
    }

    fn parse(s: &str) -> ImportKind {
        match s {
            "scores" => ImportKind::Scores,
            "framework" => ImportKind::Framework,
            _ => ImportKind::Roster,
        }
    }
}

/// An import applied, as its result screen and "Undo" need it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FileImportView {
    /// Its number on this laptop.
    pub id: u32,
    /// What it brought in.
    pub kind: ImportKind,
    /// The file's name.
    pub source: String,
    /// When, in ms since the epoch.
    pub at_ms: u64,
    /// Counts, as the import reported them (a JSON object of numbers).
    pub summary: BTreeMap<String, u32>,
    /// True while "Undo" would run: it is the last import, not undone, and nothing has been
    /// written on this laptop since.
    pub can_undo: bool,
    /// True once undone.
    pub undone: bool,
}

/// The prior state of each row a write touches, noted by the [`Writer`] once
/// [`Writer::start_undo_log`] is called, so one undo can put every row back.
#[derive(Default)]
pub(crate) struct UndoLog {
    rows: Vec<UndoEntry>,
    index: HashMap<(String, String), usize>,
}

#[derive(Serialize, Deserialize)]
struct UndoEntry {
    table: String,
    row: String,
    /// False when the write made the row.
    existed: bool,
    /// Whether it was deleted before.
    #[serde(default)]
    was_deleted: bool,
    /// The values the fields it changed had before.
    prior: Fields,
}

impl UndoLog {
    /// Notes the row's state before an op of `kind` with `fields` is appended to it.
    pub(crate) fn note(
        &mut self,
        conn: &Connection,
        spec: &TableSpec,
        row_id: &str,
        kind: OpKind,
        fields: &Fields,
    ) -> Result<()> {
        let key = (spec.name.to_owned(), row_id.to_owned());
        let at = match self.index.get(&key) {
            Some(i) => *i,
            None => {
                let deleted: Option<bool> = conn
                    .query_row(
                        &format!("SELECT _deleted FROM {} WHERE id = ?1", spec.name),
                        [row_id],
                        |r| r.get(0),
                    )
                    .optional()?;
                self.rows.push(UndoEntry {
                    table: key.0.clone(),
                    row: key.1.clone(),
                    existed: deleted.is_some(),
                    was_deleted: deleted.unwrap_or(false),
                    prior: Fields::new(),
                });
                self.index.insert(key, self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        let entry = &mut self.rows[at];
        if entry.existed && kind == OpKind::Set {
            let now = crate::oplog::row_fields_any(conn, spec, row_id)?.unwrap_or_default();
            for k in fields.keys() {
                entry
                    .prior
                    .entry(k.clone())
                    .or_insert_with(|| now.get(k).cloned().unwrap_or(Value::Null));
            }
        }
        Ok(())
    }

    /// True when nothing was noted.
    pub(crate) fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn to_json(&self) -> Result<String> {
        Ok(serde_json::to_string(&self.rows)?)
    }
}

/// Records an import applied in `w`'s transaction; returns its number.
///
/// The undo log is the one the writer kept since [`Writer::start_undo_log`].
pub(crate) fn record(
    w: &Writer<'_>,
    kind: ImportKind,
    source: &str,
    summary: &BTreeMap<String, u32>,
) -> Result<u32> {
    let empty = UndoLog::default();
    let undo = w.undo_log().unwrap_or(&empty);
    let summary = serde_json::to_string(summary)?;
    // Only the newest import can be undone, so older undo logs (old values of rows) go.
    w.conn()
        .execute("UPDATE file_import SET undo_log = '[]'", [])?;
    w.conn().execute(
        "INSERT INTO file_import (kind, source, at_ms, summary, own_ops_after, undo_log)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            kind.as_str(),
            source,
            w.wall_ms() as i64,
            summary,
            w.own_op_count() as i64,
            undo.to_json()?
        ],
    )?;
    Ok(w.conn().last_insert_rowid() as u32)
}

/// Records the import when the writer's undo log noted any row; an import that changed
/// nothing leaves the last one as it was (and undoable).
pub(crate) fn record_if_written(
    w: &Writer<'_>,
    kind: ImportKind,
    source: &str,
    counts: &[(&str, u32)],
) -> Result<Option<u32>> {
    if w.undo_log().is_none_or(UndoLog::is_empty) {
        return Ok(None);
    }
    let summary = counts.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect();
    record(w, kind, source, &summary).map(Some)
}

/// The last import applied on this laptop, if any.
pub fn last_file_import(db: &Db) -> Result<Option<FileImportView>> {
    let own = db.own_op_count()?;
    db.conn()
        .query_row(
            "SELECT id, kind, source, at_ms, summary, own_ops_after, undone_at_ms
             FROM file_import ORDER BY id DESC LIMIT 1",
            [],
            |r| {
                let undone = r.get::<_, Option<i64>>(6)?.is_some();
                let after: i64 = r.get(5)?;
                Ok(FileImportView {
                    id: r.get(0)?,
                    kind: ImportKind::parse(&r.get::<_, String>(1)?),
                    source: r.get(2)?,
                    at_ms: r.get::<_, i64>(3)? as u64,
                    summary: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
                    can_undo: !undone && after as u64 == own,
                    undone,
                })
            },
        )
        .optional()
        .map_err(Error::from)
}

/// Undoes import `id`: refused unless it is the last import, not yet undone, and nothing
/// has been written on this laptop since. One transaction.
pub fn undo_file_import(db: &mut Db, id: u32) -> Result<FileImportView> {
    let last = last_file_import(db)?;
    let Some(last) = last.filter(|l| l.id == id && !l.undone) else {
        return Err(Error::NoRestorePoint);
    };
    if !last.can_undo {
        return Err(Error::ChangedSinceImport);
    }
    let log: String = db.conn().query_row(
        "SELECT undo_log FROM file_import WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    let entries: Vec<UndoEntry> = serde_json::from_str(&log)?;
    db.write(|w| {
        for e in entries.iter().rev() {
            let spec = table_spec(&e.table).ok_or_else(|| Error::UnknownField {
                table: e.table.clone(),
                field: String::new(),
            })?;
            let live = row_fields(w.conn(), spec, &e.row)?.is_some();
            if !e.existed {
                if live {
                    w.tombstone(spec, &e.row)?;
                }
                continue;
            }
            if !e.prior.is_empty() {
                w.set(spec, &e.row, e.prior.clone())?;
            }
            match (e.was_deleted, live) {
                (true, true) => w.tombstone(spec, &e.row)?,
                (false, false) => w.restore(spec, &e.row)?,
                _ => {}
            }
        }
        w.conn().execute(
            "UPDATE file_import SET undone_at_ms = ?2, undo_log = '[]' WHERE id = ?1",
            params![id, w.wall_ms() as i64],
        )?;
        Ok(())
    })?;
    last_file_import(db)?.ok_or(Error::NoRestorePoint)
}
