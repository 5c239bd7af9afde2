//! Moving ops between databases: what a peer lacks, and taking in ops from elsewhere.
//!
//! This is the store's half of sync (the bundle format, encryption and sync folders belong
//! to `waypoint-sync`). Because the materialized tables are a pure function of the set of
//! ops, taking in ops is a set union followed by re-materializing the rows they touch:
//! importing the same ops twice, or in any order, gives the same tables.
//!
//! The version vector only advances over contiguous seqs, per stream. Ops held above a gap
//! (seq 5 arrived, seq 4 did not) are kept, counted by [`Db::gaps`], and do not count as
//! seen, so an op written here never claims to have seen what it has not; the vector catches
//! up as soon as the missing ops arrive.
//!
//! Imported ops are checked before anything is written ([`waypoint_core::admission`]), and
//! after they are materialized each op's stream must agree with its row's class: an op in
//! class A's stream that changes a row of class B, or shared data filed under a class (or
//! the reverse), refuses the whole import.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use waypoint_core::admission::{self, Refusal};
use waypoint_core::hlc::Hlc;
use waypoint_core::ids::DeviceId;
use waypoint_core::op::{Op, VersionVector};
use waypoint_core::stream::{StreamId, StreamScope};
use waypoint_core::table::table_spec;

use crate::oplog::{apply_row, insert_op_if_new, load_ops_where, row_has_ops, write_row};
use crate::{Db, Error, Result};

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportCounts {
    /// Ops this database did not have.
    pub new: u64,
    /// Ops it already had (identical).
    pub already: u64,
    /// Open field conflicts on the rows the new ops touched, after the import.
    pub conflicts: u64,
}

/// Where a bundle came from, for the import log and the peer's version vector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleSource {
    /// The bundle's id.
    pub bundle_id: String,
    /// Its payload hash.
    pub payload_sha256: String,
    /// The sending device.
    pub device: DeviceId,
    /// The sender's label.
    pub label: String,
    /// The sender's version vector when it made the bundle.
    pub sender_vv: VersionVector,
}

/// One line of the import log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportLogEntry {
    /// The bundle's id.
    pub bundle_id: String,
    /// The sending device.
    pub source_device: String,
    /// The sender's label.
    pub source_label: String,
    /// When it was imported, Unix milliseconds.
    pub imported_at_ms: u64,
    /// What it brought.
    pub counts: ImportCounts,
}

/// A co-teacher's laptop that has sent bundles here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Peer {
    /// Its device id.
    pub device: DeviceId,
    /// Its label.
    pub label: String,
    /// What it had when it last sent a bundle.
    pub their_vv: VersionVector,
    /// When that bundle was imported here, Unix milliseconds.
    pub last_import_ms: u64,
}

/// Ops held above a gap for one stream: the vector covers `covered`, and `held` ops with
/// higher seqs are here while some below them are missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Gap {
    /// The stream.
    pub origin: StreamId,
    /// The highest contiguous seq held.
    pub covered: u64,
    /// Ops held above it.
    pub held: u64,
}

impl Db {
    /// Every op this database holds that a peer whose version vector is `seen` lacks,
    /// ordered by stream and seq. Ops the peer holds above its own gaps are sent again;
    /// the receiver counts them as already had.
    pub fn ops_since(&self, seen: &VersionVector) -> Result<Vec<Op>> {
        self.ops_since_in(seen, &streams(&self.conn)?)
    }

    /// [`Db::ops_since`] over the streams in `only`.
    pub fn ops_since_in(&self, seen: &VersionVector, only: &[StreamId]) -> Result<Vec<Op>> {
        let mut out = Vec::new();
        for stream in only {
            out.extend(load_ops_where(
                &self.conn,
                "origin = ?1 AND seq > ?2 ORDER BY seq",
                params![stream.to_string(), seen.get(*stream) as i64],
            )?);
        }
        Ok(out)
    }

    /// Every stream the log holds ops of, in order.
    pub fn streams(&self) -> Result<Vec<StreamId>> {
        streams(&self.conn)
    }

    /// Takes in ops from another database, in one transaction: new ops are appended, an op
    /// id already held with different content refuses the whole import as tampered, the
    /// version vector advances over contiguous seqs only, the clock observes the newest
    /// HLC, and every touched row is re-materialized. On any error nothing changes.
    pub fn import_ops(&mut self, ops: &[Op]) -> Result<ImportCounts> {
        self.import_logged(ops, None)
    }

    /// [`Db::import_ops`] for a bundle: in the same transaction, the import is logged and
    /// the sender's version vector is kept as what that peer has, for incremental export.
    ///
    /// A restore point is taken first. It replaces the previous one only when the import
    /// brought something new, so importing a bundle already had never costs the teacher the
    /// undo of the import that mattered.
    pub fn import_bundle_ops(&mut self, ops: &[Op], from: &BundleSource) -> Result<ImportCounts> {
        let point = restore_point_path(&self.path);
        let mut fresh = point.clone().into_os_string();
        fresh.push(".new");
        let fresh = std::path::PathBuf::from(fresh);
        // Read before the import: once it commits, the purged records name no file.
        let arriving_purge = self.arriving_purge_files(ops)?;
        self.backup_to(&fresh)?;
        let result = self.import_logged(ops, Some(from));
        let keep = matches!(&result, Ok(c) if c.new > 0);
        let settled = if keep {
            std::fs::rename(&fresh, &point)
        } else {
            std::fs::remove_file(&fresh)
        };
        let counts = result?;
        settled.map_err(|source| Error::Io {
            path: point.clone(),
            source,
        })?;
        // A student purged on another laptop is erased from this one's copies too, the
        // restore point included: undoing this import must not bring them back.
        if let Some(files) = arriving_purge {
            self.erase_copies(&files)?;
        }
        Ok(counts)
    }

    fn import_logged(&mut self, ops: &[Op], from: Option<&BundleSource>) -> Result<ImportCounts> {
        self.with_bulk_cache(|db| db.import_logged_in(ops, from))
    }

    fn import_logged_in(
        &mut self,
        ops: &[Op],
        from: Option<&BundleSource>,
    ) -> Result<ImportCounts> {
        let wall_ms = (self.wall)();
        let empty = VersionVector::default();
        let sender_vv = from.map_or(&empty, |f| &f.sender_vv);
        admit(&self.conn, ops, sender_vv, from.is_some(), wall_ms)?;
        let tx = self.conn.transaction()?;
        let mut counts = ImportCounts::default();
        let mut touched: BTreeSet<(String, String)> = BTreeSet::new();
        let mut origins_seen: BTreeSet<StreamId> = BTreeSet::new();
        let mut newest: Option<Hlc> = None;
        // Rows the log knew nothing about before this import are materialized straight
        // from the ops in hand: for an import into an empty or distant database (most
        // rows new) that skips reading every op back and decoding it again.
        let mut fresh_rows: BTreeMap<(&str, &str), Vec<&Op>> = BTreeMap::new();
        let mut known_rows: BTreeSet<(&str, &str)> = BTreeSet::new();
        // Into an empty log every row is new, and the probe per row can be skipped.
        let log_was_empty: bool =
            tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM op)", [], |r| r.get(0))?;
        // A large first import (a new co-teacher's laptop) fills the log in one go: its
        // by-row index is built once afterwards instead of row by row (nothing reads it
        // in between, since no probe runs into an empty log).
        let op_indexes = if log_was_empty && ops.len() >= BULK_ROWS {
            drop_indexes(&tx, "op")?
        } else {
            vec![]
        };
        for op in ops {
            let key = (op.table.as_str(), op.row_id.as_str());
            if !log_was_empty
                && !fresh_rows.contains_key(&key)
                && !known_rows.contains(&key)
                && row_has_ops(&tx, key.0, key.1)?
            {
                known_rows.insert(key);
            }
            if insert_op_if_new(&tx, op)? {
                counts.new += 1;
                if known_rows.contains(&key) {
                    touched.insert((op.table.clone(), op.row_id.clone()));
                } else {
                    fresh_rows.entry(key).or_default().push(op);
                }
                origins_seen.insert(op.id.stream);
                if newest.is_none_or(|h| op.hlc > h) {
                    newest = Some(op.hlc);
                }
                continue;
            }
            let held = load_ops_where(
                &tx,
                "origin = ?1 AND seq = ?2",
                params![op.id.stream.to_string(), op.id.seq as i64],
            )?;
            match held.first() {
                Some(existing) if existing == op => counts.already += 1,
                // One side has erased the row (purge blanks the values an op set, keeping
                // its id): the same op, blanked or not, is the same change.
                Some(existing) if same_but_blanked(existing, op) => {
                    counts.already += 1;
                    touched.insert((op.table.clone(), op.row_id.clone()));
                }
                _ => {
                    return Err(Error::Tampered {
                        origin: op.id.stream.to_string(),
                        seq: op.id.seq,
                    });
                }
            }
        }
        for sql in op_indexes {
            tx.execute(&sql, [])?;
        }
        for origin in &origins_seen {
            advance_contiguous(&tx, *origin)?;
        }
        let mut clock = self.clock;
        if let Some(h) = newest {
            clock.observe(h, wall_ms);
            let last = clock.last();
            tx.execute(
                "INSERT INTO hlc_state (id, wall_ms, counter) VALUES (1, ?1, ?2)
                 ON CONFLICT(id) DO UPDATE SET wall_ms = excluded.wall_ms, counter = excluded.counter",
                params![last.wall_ms as i64, last.counter as i64],
            )?;
        }
        for (table, row) in &touched {
            // Ops for a table this build does not know stay in the log for a newer build.
            if let Some(spec) = table_spec(table) {
                counts.conflicts += apply_row(&tx, spec, row)?;
            }
        }
        let rebuilt = drop_indexes_for_bulk(&tx, &fresh_rows)?;
        for ((table, row), row_ops) in &fresh_rows {
            if let Some(spec) = table_spec(table) {
                // A duplicate in the bundle itself was inserted once and counted once.
                let mut mine = row_ops.clone();
                mine.sort_by_key(|o| o.id);
                mine.dedup_by_key(|o| o.id);
                counts.conflicts += write_row(&tx, spec, row, &mine, false)?;
            }
        }
        for sql in rebuilt {
            tx.execute(&sql, [])?;
        }
        check_streams_match_rows(&tx, ops)?;
        if let Some(from) = from {
            tx.execute(
                "INSERT INTO import_log (bundle_id, payload_sha256, source_device, source_label,
                     imported_at_ms, new_ops, already_ops, conflicts)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    from.bundle_id,
                    from.payload_sha256,
                    from.device.to_string(),
                    from.label,
                    wall_ms as i64,
                    counts.new as i64,
                    counts.already as i64,
                    counts.conflicts as i64
                ],
            )?;
            tx.execute(
                "INSERT INTO peer (device, label, their_vv, last_import_ms) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(device) DO UPDATE SET label = excluded.label,
                     their_vv = excluded.their_vv, last_import_ms = excluded.last_import_ms",
                params![
                    from.device.to_string(),
                    from.label,
                    serde_json::to_string(&from.sender_vv)?,
                    wall_ms as i64
                ],
            )?;
        }
        tx.commit()?;
        self.clock = clock;
        Ok(counts)
    }

    /// What a peer had when it last sent a bundle here: cut an incremental export from it.
    pub fn peer_vv(&self, device: DeviceId) -> Result<Option<VersionVector>> {
        let raw: Option<String> = self
            .conn
            .query_row(
                "SELECT their_vv FROM peer WHERE device = ?1",
                [device.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(raw.map(|r| serde_json::from_str(&r)).transpose()?)
    }

    /// Every laptop that has sent a bundle here, most recent first.
    pub fn peers(&self) -> Result<Vec<Peer>> {
        let mut stmt = self.conn.prepare(
            "SELECT device, label, their_vv, last_import_ms FROM peer ORDER BY last_import_ms DESC",
        )?;
        let raw = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        raw.into_iter()
            .map(|(device, label, vv, at)| {
                Ok(Peer {
                    device: device.parse()?,
                    label,
                    their_vv: serde_json::from_str(&vv)?,
                    last_import_ms: at as u64,
                })
            })
            .collect()
    }

    /// How many fields have an open conflict.
    pub fn open_conflict_count(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM field_conflict", [], |r| {
                r.get::<_, i64>(0)
            })? as u64)
    }

    /// True when "Undo last import" would run: a restore point exists and this laptop has
    /// written nothing since it was taken.
    pub fn can_undo_import(&self) -> Result<bool> {
        let src = restore_point_path(&self.path);
        if !src.exists() {
            return Ok(false);
        }
        match self.check_restore_point(&src) {
            Ok(()) => Ok(true),
            Err(Error::ChangedSinceImport | Error::NoRestorePoint) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Refuses the restore point at `src` when this laptop wrote changes after it (they
    /// would be lost, and their op ids may already have been handed on), or when it is not
    /// the one taken before the *last* import: a crash between an import's commit and its
    /// restore point's rename leaves the previous one, and undoing to it would undo two.
    fn check_restore_point(&self, src: &std::path::Path) -> Result<()> {
        if self.own_op_count()? != self.own_seq_at(src)? {
            return Err(Error::ChangedSinceImport);
        }
        // Imports that brought nothing keep the restore point, so only the others count.
        const BROUGHT: &str = "SELECT count(*) FROM import_log WHERE new_ops > 0";
        let imports_then: i64 =
            Connection::open_with_flags(src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?
                .query_row(BROUGHT, [], |r| r.get(0))?;
        let imports_now: i64 = self.conn.query_row(BROUGHT, [], |r| r.get(0))?;
        if imports_then + 1 != imports_now {
            return Err(Error::NoRestorePoint);
        }
        Ok(())
    }

    /// How many ops this device had written in the database file at `src` (a restore
    /// point), over all its streams.
    fn own_seq_at(&self, src: &std::path::Path) -> Result<u64> {
        let point = Connection::open_with_flags(src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        Ok(crate::oplog::own_op_count(
            &crate::oplog::version_vector(&point)?,
            self.device,
        ))
    }

    /// Copies the whole database to `dst` with SQLite's online backup.
    fn backup_to(&self, dst: &std::path::Path) -> Result<()> {
        if dst.exists() {
            std::fs::remove_file(dst).map_err(|source| Error::Io {
                path: dst.to_owned(),
                source,
            })?;
        }
        self.conn.backup(rusqlite::MAIN_DB, dst, None)?;
        Ok(())
    }

    /// Puts the database back as it was before the last import. Refused when there is no
    /// restore point, or when this laptop wrote changes after it (they would be lost, and
    /// their op ids may already have been handed on).
    pub fn undo_last_import(&mut self) -> Result<()> {
        let src = restore_point_path(&self.path);
        if !src.exists() {
            return Err(Error::NoRestorePoint);
        }
        self.check_restore_point(&src)?;
        self.conn.restore(
            rusqlite::MAIN_DB,
            &src,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
        // The clock never goes back, even though the restored file holds an older one.
        let last = self.clock.last();
        self.conn.execute(
            "INSERT INTO hlc_state (id, wall_ms, counter) VALUES (1, ?1, ?2)
             ON CONFLICT(id) DO UPDATE SET wall_ms = excluded.wall_ms, counter = excluded.counter",
            params![last.wall_ms as i64, last.counter as i64],
        )?;
        std::fs::remove_file(&src).map_err(|source| Error::Io {
            path: src.clone(),
            source,
        })?;
        Ok(())
    }

    /// Every bundle imported, newest first.
    pub fn import_log(&self) -> Result<Vec<ImportLogEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT bundle_id, source_device, source_label, imported_at_ms, new_ops, already_ops, conflicts
             FROM import_log ORDER BY id DESC",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(ImportLogEntry {
                    bundle_id: r.get(0)?,
                    source_device: r.get(1)?,
                    source_label: r.get(2)?,
                    imported_at_ms: r.get::<_, i64>(3)? as u64,
                    counts: ImportCounts {
                        new: r.get::<_, i64>(4)? as u64,
                        already: r.get::<_, i64>(5)? as u64,
                        conflicts: r.get::<_, i64>(6)? as u64,
                    },
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Streams with ops held above a gap in their seqs.
    pub fn gaps(&self) -> Result<Vec<Gap>> {
        let vv = self.version_vector()?;
        let mut out = Vec::new();
        for origin in streams(&self.conn)? {
            let covered = vv.get(origin);
            let held: i64 = self.conn.query_row(
                "SELECT count(*) FROM op WHERE origin = ?1 AND seq > ?2",
                params![origin.to_string(), covered as i64],
                |r| r.get(0),
            )?;
            if held > 0 {
                out.push(Gap {
                    origin,
                    covered,
                    held: held as u64,
                });
            }
        }
        Ok(out)
    }
}

/// Below this many new rows in a table, its indexes are kept and updated row by row.
const BULK_ROWS: usize = 10_000;

/// For a table about to receive many new rows (at least [`BULK_ROWS`], and at least as many
/// as it holds), drops its indexes and returns the SQL that recreates them: building an
/// index once over sorted keys is several times faster than inserting into it row by row
/// in random order. All inside the import's transaction, so a failure restores them.
fn drop_indexes_for_bulk(
    conn: &Connection,
    fresh_rows: &BTreeMap<(&str, &str), Vec<&Op>>,
) -> Result<Vec<String>> {
    let mut per_table: BTreeMap<&str, usize> = BTreeMap::new();
    for (table, _) in fresh_rows.keys() {
        *per_table.entry(table).or_default() += 1;
    }
    let mut recreate = Vec::new();
    for (table, n) in per_table {
        let Some(spec) = table_spec(table) else {
            continue;
        };
        if n < BULK_ROWS {
            continue;
        }
        let held: i64 =
            conn.query_row(&format!("SELECT count(*) FROM {}", spec.name), [], |r| {
                r.get(0)
            })?;
        if (n as i64) < held {
            continue;
        }
        recreate.extend(drop_indexes(conn, spec.name)?);
    }
    Ok(recreate)
}

/// Drops `table`'s own indexes (those made by CREATE INDEX; the primary key's stays) and
/// returns the SQL that recreates them.
fn drop_indexes(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL",
    )?;
    let indexes = stmt
        .query_map([table], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut recreate = Vec::new();
    for (name, sql) in indexes {
        conn.execute(&format!("DROP INDEX \"{name}\""), [])?;
        recreate.push(sql);
    }
    Ok(recreate)
}

/// True when `a` and `b` are one op, but one of them has had its values blanked by a purge.
fn same_but_blanked(a: &Op, b: &Op) -> bool {
    (a.fields.is_empty() || b.fields.is_empty())
        && a.id == b.id
        && a.hlc == b.hlc
        && a.deps == b.deps
        && a.table == b.table
        && a.row_id == b.row_id
        && a.kind == b.kind
}

/// Where the restore point of the database at `db_path` is kept: beside it.
pub fn restore_point_path(db_path: &std::path::Path) -> std::path::PathBuf {
    let mut name = db_path.file_name().unwrap_or_default().to_owned();
    name.push(".before-import");
    db_path.with_file_name(name)
}

fn streams(conn: &Connection) -> Result<Vec<StreamId>> {
    let mut stmt = conn.prepare("SELECT DISTINCT origin FROM op ORDER BY origin")?;
    let raw = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    raw.iter().map(|o| o.parse().map_err(Error::from)).collect()
}

/// The highest seq held per stream, gaps or not.
fn held_seqs(conn: &Connection) -> Result<BTreeMap<StreamId, u64>> {
    let mut stmt = conn.prepare("SELECT origin, max(seq) FROM op GROUP BY origin")?;
    let raw = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    raw.into_iter()
        .map(|(s, q)| Ok((s.parse()?, q as u64)))
        .collect()
}

/// The checks of [`waypoint_core::admission`] over every op, before anything is written.
/// `whole_bundle` is true for a bundle, whose sender's vector is checked too.
fn admit(
    conn: &Connection,
    ops: &[Op],
    sender_vv: &VersionVector,
    whole_bundle: bool,
    now_ms: u64,
) -> Result<()> {
    let refused = |op: &Op, reason: Refusal| Error::RefusedOp {
        stream: op.id.stream.to_string(),
        seq: op.id.seq,
        reason,
    };
    // A bundle carries a contiguous range of each stream (tests and tools may hand in ops in
    // any order through `import_ops`).
    if whole_bundle && let Err((stream, seq, reason)) = admission::check_contiguous(ops) {
        return Err(Error::RefusedOp {
            stream: stream.to_string(),
            seq,
            reason,
        });
    }
    let carried = admission::highest_seqs(ops);
    let held = held_seqs(conn)?;
    if whole_bundle && let Err(reason) = admission::check_sender_vv(sender_vv, &carried, &held) {
        let (stream, seq) = match &reason {
            Refusal::DepsTooFar { stream, claimed } => (stream.to_string(), *claimed),
            _ => (String::new(), 0),
        };
        return Err(Error::RefusedOp {
            stream,
            seq,
            reason,
        });
    }
    let reach = whole_bundle.then_some(admission::Reach {
        sender_vv,
        carried: &carried,
        held: &held,
    });
    for op in ops {
        admission::check_op(op, reach, now_ms).map_err(|r| refused(op, r))?;
    }
    Ok(())
}

/// After an import's rows are materialized (inside its transaction): each op in a class's
/// stream must change a row of that class (or one whose class can't be told yet, an orphan),
/// each op in a shared stream shared data, and no op in a class's stream shared data.
fn check_streams_match_rows(conn: &Connection, ops: &[Op]) -> Result<()> {
    let mut seen: BTreeSet<(StreamId, &str, &str)> = BTreeSet::new();
    for op in ops {
        if op.id.stream.scope == StreamScope::Legacy
            || !seen.insert((op.id.stream, op.table.as_str(), op.row_id.as_str()))
        {
            continue;
        }
        // A table this build does not know stays in the log for a newer one.
        let Some(spec) = table_spec(&op.table) else {
            continue;
        };
        let class = crate::schema::row_class(conn, spec, &op.row_id, None)?;
        let refusal = match (op.id.stream.scope, class) {
            (StreamScope::Shared, Some(_)) => Some(Refusal::NotShared),
            (StreamScope::Class(_), None) => Some(Refusal::SharedInClass),
            (StreamScope::Class(c), Some(Some(row_class))) if row_class != c.to_string() => {
                Some(Refusal::WrongClass)
            }
            _ => None,
        };
        if let Some(reason) = refusal {
            return Err(Error::RefusedOp {
                stream: op.id.stream.to_string(),
                seq: op.id.seq,
                reason,
            });
        }
    }
    Ok(())
}

/// Raises `origin`'s entry to the end of the contiguous run of seqs held from it.
fn advance_contiguous(conn: &Connection, origin: StreamId) -> Result<()> {
    let key = origin.to_string();
    let mut seq: i64 = conn
        .query_row(
            "SELECT seq FROM version_vector WHERE origin = ?1",
            [&key],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0);
    let mut stmt =
        conn.prepare("SELECT seq FROM op WHERE origin = ?1 AND seq > ?2 ORDER BY seq")?;
    let above = stmt
        .query_map(params![key, seq], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for s in above {
        if s != seq + 1 {
            break;
        }
        seq = s;
    }
    conn.execute(
        "INSERT INTO version_vector (origin, seq) VALUES (?1, ?2)
         ON CONFLICT(origin) DO UPDATE SET seq = max(seq, excluded.seq)",
        params![key, seq],
    )?;
    Ok(())
}

/// Per stream, the ops in `ops`, for tests and callers that group what they send.
pub fn by_stream(ops: &[Op]) -> BTreeMap<StreamId, Vec<&Op>> {
    let mut out: BTreeMap<StreamId, Vec<&Op>> = BTreeMap::new();
    for op in ops {
        out.entry(op.id.stream).or_default().push(op);
    }
    out
}
