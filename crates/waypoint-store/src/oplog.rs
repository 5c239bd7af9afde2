//! The op log: the one write path, materialization, and rebuild.
//!
//! A use case calls [`Db::write`] with a closure that describes its change through a
//! [`Writer`]: `set`, `tombstone`, `restore`. Each call becomes one op in the stream of the
//! row's class (or this device's shared stream for shared data; see
//! [`waypoint_core::stream`]), numbered with that stream's next seq, stamped with the HLC
//! and with the version vector as its deps, appended to `op`, and applied at once to the
//! materialized row (so later reads in the same closure see it). The closure, the ops, the
//! clock and the version vector commit together or not at all.
//!
//! An op's deps are the version vector restricted to the streams its row can have ops in:
//! those of its own class (or the shared streams) and the legacy streams. That is all the
//! merge rule needs (a row's writes are all in those streams), and it keeps one class's
//! stream ids, which name the class, out of every other class's ops.
//!
//! A row is always materialized by [`waypoint_core::op::materialize`] over *all* its ops,
//! so the incremental path and [`Db::rebuild`] share one rule and cannot drift apart; the
//! rebuild-equivalence property test checks that the SQL around it agrees too.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, Transaction, params, params_from_iter};
use serde_json::Value;
use std::collections::BTreeMap;
use waypoint_core::hlc::{Hlc, HlcClock};
use waypoint_core::ids::{ClassId, DeviceId};
use waypoint_core::op::{Fields, Op, OpId, OpKind, VersionVector, materialize_refs};
use waypoint_core::stream::{StreamId, StreamScope};
use waypoint_core::table::{FieldKind, TABLES, TableSpec, table_spec};

use crate::{Db, Error, Result};

/// Appends ops inside one write transaction. Obtained from [`Db::write`].
pub struct Writer<'a> {
    tx: &'a Transaction<'a>,
    device: DeviceId,
    clock: &'a mut HlcClock,
    wall_ms: u64,
    vv: VersionVector,
    undo: Option<crate::imports::UndoLog>,
}

impl Writer<'_> {
    /// From now on, notes each row's state before it is first written, so the whole write
    /// can be undone by one later write (an import's undo).
    pub(crate) fn start_undo_log(&mut self) {
        self.undo.get_or_insert_with(Default::default);
    }

    /// The undo log kept since [`Writer::start_undo_log`], if it was started.
    pub(crate) fn undo_log(&self) -> Option<&crate::imports::UndoLog> {
        self.undo.as_ref()
    }

    /// The transaction's connection, for reads that must see this write's own changes.
    pub fn conn(&self) -> &Connection {
        self.tx
    }

    /// The wall time this write runs at (for minting ids).
    pub fn wall_ms(&self) -> u64 {
        self.wall_ms
    }

    /// How many ops this device has written, this write's included so far.
    pub(crate) fn own_op_count(&self) -> u64 {
        own_op_count(&self.vv, self.device)
    }

    /// Writes `fields` on the row. Nothing is written when `fields` is empty.
    pub fn set(&mut self, table: &TableSpec, row_id: &str, fields: Fields) -> Result<()> {
        if let Some(field) = fields.keys().find(|f| !table.has(f)) {
            return Err(Error::UnknownField {
                table: table.name.into(),
                field: field.clone(),
            });
        }
        if fields.is_empty() {
            return Ok(());
        }
        self.append(table, row_id, OpKind::Set, fields)
    }

    /// Marks the row deleted. It stays in the log and can be restored.
    pub fn tombstone(&mut self, table: &TableSpec, row_id: &str) -> Result<()> {
        self.append(table, row_id, OpKind::Tombstone, Fields::new())
    }

    /// Undeletes the row.
    pub fn restore(&mut self, table: &TableSpec, row_id: &str) -> Result<()> {
        self.append(table, row_id, OpKind::Restore, Fields::new())
    }

    /// Erases the row for good (legal erasure): it is deleted everywhere and every value it
    /// ever had is blanked, here and in the stored ops, on every laptop that gets this op.
    pub fn purge(&mut self, table: &TableSpec, row_id: &str) -> Result<()> {
        self.append(table, row_id, OpKind::Purge, Fields::new())
    }

    fn append(
        &mut self,
        table: &TableSpec,
        row_id: &str,
        kind: OpKind,
        fields: Fields,
    ) -> Result<()> {
        let stream = self.stream_for(table, row_id, &fields)?;
        if let Some(log) = &mut self.undo {
            log.note(self.tx, table, row_id, kind, &fields)?;
        }
        let seq = self.vv.get(stream) + 1;
        let op = Op {
            id: OpId { stream, seq },
            hlc: self.clock.tick(self.wall_ms),
            deps: deps_for(&self.vv, stream),
            table: table.name.to_owned(),
            row_id: row_id.to_owned(),
            kind,
            fields,
        };
        insert_op(self.tx, &op)?;
        self.vv.advance(stream, seq);
        apply_row(self.tx, table, row_id)?;
        Ok(())
    }

    /// The stream this device writes the row's ops in: its class's, or the shared one.
    fn stream_for(&self, table: &TableSpec, row_id: &str, fields: &Fields) -> Result<StreamId> {
        let no_class = || Error::NoClass {
            table: table.name.to_owned(),
            row_id: row_id.to_owned(),
        };
        match crate::schema::row_class(self.tx, table, row_id, Some(fields))? {
            None => Ok(StreamId::shared(self.device)),
            Some(None) => Err(no_class()),
            Some(Some(class)) => {
                let class: ClassId = class.parse().map_err(|_| no_class())?;
                Ok(StreamId::class(self.device, class))
            }
        }
    }
}

/// The deps of an op in `stream`: the version vector over the streams that can hold ops of
/// the same rows (the same class's, or the shared ones, and the legacy streams).
pub(crate) fn deps_for(vv: &VersionVector, stream: StreamId) -> VersionVector {
    vv.restricted(|s| s.scope == StreamScope::Legacy || s.scope == stream.scope)
}

/// How many ops `device` has written, over all its streams: the install marker's
/// high-water mark, which only grows.
pub(crate) fn own_op_count(vv: &VersionVector, device: DeviceId) -> u64 {
    vv.0.iter()
        .filter(|(s, _)| s.device == device)
        .map(|(_, q)| *q)
        .sum()
}

impl Db {
    /// The one write path: runs `change` in a transaction, then persists the clock and the
    /// version vector. An error anywhere rolls everything back.
    pub fn write<T>(&mut self, change: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.run_write(change, true)
    }

    /// Runs `change` exactly as [`Db::write`] would, then rolls it back: nothing is kept,
    /// not even the clock. An import's preview runs its own apply this way, so what it shows
    /// is what applying would do, worked out by the same code.
    pub fn dry_run<T>(&mut self, change: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.run_write(change, false)
    }

    fn run_write<T>(
        &mut self,
        change: impl FnOnce(&mut Writer<'_>) -> Result<T>,
        commit: bool,
    ) -> Result<T> {
        let wall_ms = (self.wall)();
        let tx = self.conn.transaction()?;
        let vv = version_vector(&tx)?;
        let seq_before = own_op_count(&vv, self.device);
        let mut clock = self.clock;
        let mut writer = Writer {
            tx: &tx,
            device: self.device,
            clock: &mut clock,
            wall_ms,
            vv,
            undo: None,
        };
        let out = change(&mut writer)?;
        let vv = writer.vv;
        for (stream, seq) in &vv.0 {
            tx.execute(
                "INSERT INTO version_vector (origin, seq) VALUES (?1, ?2)
                 ON CONFLICT(origin) DO UPDATE SET seq = max(seq, excluded.seq)",
                params![stream.to_string(), *seq as i64],
            )?;
        }
        let last: Hlc = clock.last();
        tx.execute(
            "INSERT INTO hlc_state (id, wall_ms, counter) VALUES (1, ?1, ?2)
             ON CONFLICT(id) DO UPDATE SET wall_ms = excluded.wall_ms, counter = excluded.counter",
            params![last.wall_ms as i64, last.counter as i64],
        )?;
        let own_seq = own_op_count(&vv, self.device);
        let wrote = own_seq > seq_before;
        if !commit {
            // Dropping the transaction rolls it back; the clock in memory is left as it was.
            drop(tx);
            return Ok(out);
        }
        tx.commit()?;
        // Only a committed write moves the in-memory clock, so memory and disk agree.
        self.clock = clock;
        if wrote {
            crate::device::record_high_water(&self.path, &self.install_token, own_seq);
        }
        Ok(out)
    }

    /// Recomputes every materialized table from the op log alone.
    pub fn rebuild(&mut self) -> Result<()> {
        self.with_bulk_cache(Db::rebuild_in)
    }

    fn rebuild_in(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        for spec in TABLES {
            tx.execute(&format!("DELETE FROM {}", spec.name), [])?;
        }
        tx.execute("DELETE FROM field_conflict", [])?;
        let rows: Vec<(String, String)> = {
            let mut stmt =
                tx.prepare("SELECT DISTINCT tbl, row_id FROM op ORDER BY tbl, row_id")?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        for (table, row_id) in rows {
            // Ops for a table this build does not know (from a newer peer) stay in the log
            // and are materialized by a build that does.
            if let Some(spec) = table_spec(&table) {
                apply_row(&tx, spec, &row_id)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The version vector: per stream, the highest seq held with none missing below it.
    pub fn version_vector(&self) -> Result<VersionVector> {
        version_vector(&self.conn)
    }

    /// The HLC of the last op this device issued or observed.
    pub fn last_hlc(&self) -> Hlc {
        self.clock.last()
    }

    /// How many ops this device has written, over all its streams.
    pub fn own_op_count(&self) -> Result<u64> {
        Ok(own_op_count(&self.version_vector()?, self.device))
    }

    /// Every op in the log, ordered by stream and seq.
    pub fn ops(&self) -> Result<Vec<Op>> {
        load_ops(
            &self.conn,
            "SELECT origin, seq, hlc_wall, hlc_counter, deps, tbl, row_id, kind, fields FROM op ORDER BY origin, seq",
            [],
        )
    }
}

/// The materialized tables and open conflicts as one JSON value, rows sorted by id: two
/// databases holding the same ops give the same value.
pub fn dump_materialized(conn: &Connection) -> Result<Value> {
    let mut out = serde_json::Map::new();
    for spec in TABLES {
        let mut stmt = conn.prepare(&format!(
            "SELECT id, _deleted FROM {} ORDER BY id",
            spec.name
        ))?;
        let ids = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut rows = Vec::with_capacity(ids.len());
        for (id, deleted) in ids {
            let mut row = serde_json::Map::new();
            row.insert("id".into(), Value::String(id.clone()));
            row.insert("_deleted".into(), Value::Bool(deleted));
            row.extend(read_row(conn, spec, &id, true)?.unwrap_or_default());
            rows.push(Value::Object(row));
        }
        out.insert(spec.name.into(), Value::Array(rows));
    }
    let mut stmt = conn.prepare(
        "SELECT tbl, row_id, field, candidates FROM field_conflict ORDER BY tbl, row_id, field",
    )?;
    let conflicts = stmt
        .query_map([], |r| {
            let cands: String = r.get(3)?;
            Ok(serde_json::json!({
                "table": r.get::<_, String>(0)?, "rowId": r.get::<_, String>(1)?,
                "field": r.get::<_, String>(2)?,
                "candidates": serde_json::from_str::<Value>(&cands).unwrap_or(Value::Null),
            }))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    out.insert("conflicts".into(), Value::Array(conflicts));
    Ok(Value::Object(out))
}

/// The materialized fields of one live row (`_deleted` excluded), or `None` if there is
/// no such row or it is deleted.
pub(crate) fn row_fields(
    conn: &Connection,
    spec: &TableSpec,
    row_id: &str,
) -> Result<Option<Fields>> {
    read_row(conn, spec, row_id, false)
}

/// The materialized fields of a row, deleted or not, or `None` if there is no such row.
pub(crate) fn row_fields_any(
    conn: &Connection,
    spec: &TableSpec,
    row_id: &str,
) -> Result<Option<Fields>> {
    read_row(conn, spec, row_id, true)
}

fn read_row(
    conn: &Connection,
    spec: &TableSpec,
    row_id: &str,
    include_deleted: bool,
) -> Result<Option<Fields>> {
    let names: Vec<&str> = spec.fields.iter().map(|(f, _)| *f).collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?1 AND (?2 OR _deleted = 0)",
        names.join(", "),
        spec.name
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params![row_id, include_deleted])?;
    let Some(r) = rows.next()? else {
        return Ok(None);
    };
    let mut fields = Fields::new();
    for (i, (name, kind)) in spec.fields.iter().enumerate() {
        fields.insert((*name).to_owned(), sql_to_json(r.get(i)?, *kind));
    }
    Ok(Some(fields))
}

pub(crate) fn version_vector(conn: &Connection) -> Result<VersionVector> {
    let mut stmt = conn.prepare("SELECT origin, seq FROM version_vector")?;
    let mut vv = VersionVector::default();
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (stream, seq) = row?;
        vv.advance(stream.parse()?, seq as u64);
    }
    Ok(vv)
}

pub(crate) fn insert_op(conn: &Connection, op: &Op) -> Result<()> {
    insert_op_if_new(conn, op)?;
    Ok(())
}

/// The statement that writes a materialized row of `spec`'s table, built once per table.
fn upsert_sql(spec: &TableSpec) -> &'static str {
    static SQL: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    let all = SQL.get_or_init(|| {
        TABLES
            .iter()
            .map(|t| {
                let columns: Vec<&str> = std::iter::once("_deleted")
                    .chain(t.fields.iter().map(|(f, _)| *f))
                    .collect();
                let placeholders: Vec<String> =
                    (1..=columns.len() + 1).map(|i| format!("?{i}")).collect();
                let updates: Vec<String> = columns
                    .iter()
                    .map(|c| format!("{c} = excluded.{c}"))
                    .collect();
                let sql = format!(
                    "INSERT INTO {t} (id, {cols}) VALUES ({ph}) ON CONFLICT(id) DO UPDATE SET {up}",
                    t = t.name,
                    cols = columns.join(", "),
                    ph = placeholders.join(", "),
                    up = updates.join(", "),
                );
                (t.name, sql)
            })
            .collect()
    });
    all.iter()
        .find(|(name, _)| *name == spec.name)
        .map(|(_, sql)| sql.as_str())
        .unwrap_or_default()
}

/// True when the log holds any op for the row.
pub(crate) fn row_has_ops(conn: &Connection, table: &str, row_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM op WHERE tbl = ?1 AND row_id = ?2)")?
        .query_row(params![table, row_id], |r| r.get(0))?)
}

/// Appends `op` unless one with its id is held; true when it was new.
pub(crate) fn insert_op_if_new(conn: &Connection, op: &Op) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO op (origin, seq, hlc_wall, hlc_counter, deps, tbl, row_id, kind, fields)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let n = stmt.execute(params![
        op.id.stream.to_string(),
        op.id.seq as i64,
        op.hlc.wall_ms as i64,
        op.hlc.counter as i64,
        serde_json::to_string(&op.deps)?,
        op.table,
        op.row_id,
        op.kind.as_str(),
        serde_json::to_string(&op.fields)?,
    ])?;
    Ok(n == 1)
}

/// Ops matching a `WHERE` clause (and any `ORDER BY` after it) on the op table.
pub(crate) fn load_ops_where<P: rusqlite::Params>(
    conn: &Connection,
    clause: &str,
    params: P,
) -> Result<Vec<Op>> {
    load_ops(
        conn,
        &format!(
            "SELECT origin, seq, hlc_wall, hlc_counter, deps, tbl, row_id, kind, fields FROM op WHERE {clause}"
        ),
        params,
    )
}

fn load_ops<P: rusqlite::Params>(conn: &Connection, sql: &str, params: P) -> Result<Vec<Op>> {
    // Cached: an import re-materializes every row it touches with the same few queries.
    let mut stmt = conn.prepare_cached(sql)?;
    let raw = stmt
        .query_map(params, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    raw.into_iter()
        .map(
            |(origin, seq, wall, counter, deps, table, row_id, kind, fields)| {
                let damaged = |reason: String| Error::DamagedOp {
                    origin: origin.clone(),
                    seq,
                    reason,
                };
                let stream: StreamId = origin
                    .parse()
                    .map_err(|e: waypoint_core::Error| damaged(e.to_string()))?;
                Ok(Op {
                    id: OpId {
                        stream,
                        seq: seq as u64,
                    },
                    hlc: Hlc {
                        wall_ms: wall as u64,
                        counter: counter as u32,
                        device: stream.device,
                    },
                    deps: serde_json::from_str(&deps).map_err(|e| damaged(format!("deps: {e}")))?,
                    table,
                    row_id,
                    kind: OpKind::parse(&kind)
                        .ok_or_else(|| damaged(format!("unknown kind {kind}")))?,
                    fields: serde_json::from_str(&fields)
                        .map_err(|e| damaged(format!("fields: {e}")))?,
                })
            },
        )
        .collect()
}

/// Recomputes one row from all of its ops and writes the result into its table; returns
/// how many of its fields have an open conflict.
pub(crate) fn apply_row(conn: &Connection, spec: &TableSpec, row_id: &str) -> Result<u64> {
    let ops = load_ops(
        conn,
        "SELECT origin, seq, hlc_wall, hlc_counter, deps, tbl, row_id, kind, fields FROM op WHERE tbl = ?1 AND row_id = ?2",
        params![spec.name, row_id],
    )?;
    let refs: Vec<&Op> = ops.iter().collect();
    write_row(conn, spec, row_id, &refs, true)
}

/// Writes the row materialized from `ops`, which must be *all* of its ops; returns how
/// many of its fields have an open conflict. `had_conflicts` is false only for a row seen
/// for the first time, which cannot have conflict rows to clear.
///
/// A purged row's values are also blanked in the log itself, in every op that set them
/// (the ids stay), so erasure reaches the stored history and every bundle made after it.
pub(crate) fn write_row(
    conn: &Connection,
    spec: &TableSpec,
    row_id: &str,
    ops: &[&Op],
    had_conflicts: bool,
) -> Result<u64> {
    let state = materialize_refs(spec.name, row_id, ops);
    if state.purged && ops.iter().any(|o| !o.fields.is_empty()) {
        conn.prepare_cached(
            "UPDATE op SET fields = '{}' WHERE tbl = ?1 AND row_id = ?2 AND fields <> '{}'",
        )?
        .execute(params![spec.name, row_id])?;
    }
    let mut values: Vec<SqlValue> = Vec::with_capacity(spec.fields.len() + 2);
    values.push(SqlValue::Text(row_id.to_owned()));
    values.push(SqlValue::Integer(state.deleted as i64));
    values.extend(spec.fields.iter().map(|(f, _)| {
        state
            .fields
            .get(*f)
            .map(|s| json_to_sql(&s.value))
            .unwrap_or(SqlValue::Null)
    }));
    conn.prepare_cached(upsert_sql(spec))?
        .execute(params_from_iter(values))?;
    if had_conflicts {
        conn.prepare_cached("DELETE FROM field_conflict WHERE tbl = ?1 AND row_id = ?2")?
            .execute(params![spec.name, row_id])?;
    }
    let mut conflicts: BTreeMap<&str, &Vec<waypoint_core::op::Candidate>> = state
        .fields
        .iter()
        .filter(|(_, s)| !s.conflict.is_empty())
        .map(|(f, s)| (f.as_str(), &s.conflict))
        .collect();
    if !state.delete_conflict.is_empty() {
        conflicts.insert(waypoint_core::op::DELETED_FIELD, &state.delete_conflict);
    }
    if conflicts.is_empty() {
        return Ok(0);
    }
    let mut insert = conn.prepare_cached(
        "INSERT INTO field_conflict (tbl, row_id, field, candidates) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (field, cands) in &conflicts {
        insert.execute(params![
            spec.name,
            row_id,
            field,
            serde_json::to_string(cands)?
        ])?;
    }
    Ok(conflicts.len() as u64)
}

fn json_to_sql(v: &Value) -> SqlValue {
    match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(*b as i64),
        Value::Number(n) => n
            .as_i64()
            .map(SqlValue::Integer)
            .or_else(|| n.as_f64().map(SqlValue::Real))
            .unwrap_or(SqlValue::Null),
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// A materialized column value back as the JSON value its ops wrote, typed by its field kind
/// (the conflict review shows current values the same way).
pub(crate) fn sql_to_json(v: SqlValue, kind: FieldKind) -> Value {
    match (v, kind) {
        (SqlValue::Null, _) => Value::Null,
        (SqlValue::Integer(i), FieldKind::Bool) => Value::Bool(i != 0),
        (SqlValue::Text(t), FieldKind::Json) => {
            serde_json::from_str(&t).unwrap_or(Value::String(t))
        }
        (SqlValue::Integer(i), _) => Value::from(i),
        (SqlValue::Real(f), _) => Value::from(f),
        (SqlValue::Text(t), _) => Value::String(t),
        (SqlValue::Blob(b), _) => Value::from(b),
    }
}
