//! Which streams a bundle carries, and the classes a set of ops touches.
//!
//! A bundle for a share carries that class's streams (every device's), the shared streams,
//! and nothing else. A legacy stream (one device's single stream from bundle formats 1 and
//! 2) holds rows of any class and cannot be split without leaving holes in its seqs, so it
//! travels all-or-nothing: whole when every op in it is the share's class or shared data,
//! otherwise not at all. Its rows still reach the co-teacher: before such a bundle is cut,
//! this laptop writes the current values of each of the class's (and the shared) rows that
//! have ops only in a left-out legacy stream again, in its own class or shared stream
//! ([`Db::rehome`]).
//!
//! The classes a set of ops touches are worked out from the ops themselves, by each row's
//! scope ([`waypoint_core::table::Scope`]): never from what a bundle's manifest says.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, params};
use waypoint_core::ids::ClassId;
use waypoint_core::op::{Fields, Op, OpKind, VersionVector, materialize_refs};
use waypoint_core::stream::{StreamId, StreamScope};
use waypoint_core::table::{Scope, TABLES, TableSpec, table_spec};

use crate::oplog::load_ops_where;
use crate::{Db, Error, Result};

/// What a bundle is for: everything this laptop holds, or a share's classes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Every stream (the teacher moving her own data, or a full readable export).
    Everything,
    /// These classes' streams and the shared ones.
    Classes(Vec<ClassId>),
}

impl Reach {
    fn takes_class(&self, class: &str) -> bool {
        match self {
            Reach::Everything => true,
            Reach::Classes(cs) => cs.iter().any(|c| c.to_string() == class),
        }
    }
}

/// The streams a bundle for `reach` carries, and the legacy streams it leaves out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamChoice {
    /// The streams it carries, in order.
    pub carried: Vec<StreamId>,
    /// Legacy streams that hold rows of other classes, so travel not at all.
    pub left_out: Vec<StreamId>,
}

impl StreamChoice {
    /// `vv` restricted to the carried streams and the left-out legacy ones: the sender's
    /// vector a bundle states. Legacy streams name only a device, never a class, and the
    /// ops it carries were written having seen them.
    pub fn restrict(&self, vv: &VersionVector) -> VersionVector {
        vv.restricted(|s| self.carried.contains(s) || self.left_out.contains(s))
    }
}

impl Db {
    /// The streams a bundle for `reach` carries.
    pub fn choose_streams(&self, reach: &Reach) -> Result<StreamChoice> {
        let mut choice = StreamChoice::default();
        for stream in self.streams()? {
            let take = match (reach, stream.scope) {
                (Reach::Everything, _) => true,
                (Reach::Classes(_), StreamScope::Shared) => true,
                (Reach::Classes(cs), StreamScope::Class(c)) => cs.contains(&c),
                (Reach::Classes(_), StreamScope::Legacy) => {
                    let whole = legacy_stream_within(&self.conn, stream, reach)?;
                    if !whole {
                        choice.left_out.push(stream);
                    }
                    whole
                }
            };
            if take {
                choice.carried.push(stream);
            }
        }
        Ok(choice)
    }

    /// Writes again, in this laptop's own class or shared stream, the current values of
    /// every live row of `classes` (and every live shared row) that has ops in the legacy
    /// streams `left_out` not yet covered by an op in a newer stream, so a bundle that
    /// leaves those streams out still carries the rows. Returns how many rows it wrote.
    pub fn rehome(&mut self, left_out: &[StreamId], classes: &[ClassId]) -> Result<u64> {
        if left_out.is_empty() {
            return Ok(0);
        }
        let mut todo: Vec<(&'static TableSpec, String, Fields)> = Vec::new();
        for spec in TABLES {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT id FROM {} WHERE _deleted = 0", spec.name))?;
            let ids = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for id in ids {
                let class = crate::schema::row_class(&self.conn, spec, &id, None)?;
                let wanted = match class {
                    None => true,
                    Some(Some(c)) => classes.iter().any(|k| k.to_string() == c),
                    Some(None) => false,
                };
                if !wanted {
                    continue;
                }
                let ops = load_ops_where(
                    &self.conn,
                    "tbl = ?1 AND row_id = ?2",
                    params![spec.name, id],
                )?;
                if !needs_rehome(spec, &id, &ops, left_out) {
                    continue;
                }
                if let Some(fields) = crate::oplog::row_fields(&self.conn, spec, &id)? {
                    let fields: Fields = fields.into_iter().filter(|(_, v)| !v.is_null()).collect();
                    todo.push((spec, id, fields));
                }
            }
        }
        let n = todo.len() as u64;
        if n > 0 {
            // Parents first (the table order), so each row's class is found from rows
            // already written in this same transaction.
            self.write(|w| {
                for (spec, id, fields) in todo {
                    w.set(spec, &id, fields)?;
                }
                Ok(())
            })?;
        }
        Ok(n)
    }

    /// The classes whose rows `ops` change, sorted, worked out from the ops: the class of a
    /// class stream, and for a legacy op its row's class by the table's scope, from the
    /// op's own fields, the other ops in hand, or the rows held here. Shared data names no
    /// class.
    pub fn classes_of_ops(&self, ops: &[Op]) -> Result<Vec<String>> {
        let mut in_hand: BTreeMap<(&str, &str), Fields> = BTreeMap::new();
        let mut sorted: Vec<&Op> = ops.iter().filter(|o| o.kind == OpKind::Set).collect();
        sorted.sort_by_key(|o| o.hlc);
        for op in sorted {
            let e = in_hand.entry((&op.table, &op.row_id)).or_default();
            e.extend(op.fields.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        let mut out = BTreeSet::new();
        for op in ops {
            match op.id.stream.scope {
                StreamScope::Class(c) => {
                    out.insert(c.to_string());
                }
                StreamScope::Shared => {}
                StreamScope::Legacy => {
                    if let Some(class) = self.class_in_hand(&in_hand, &op.table, &op.row_id)? {
                        out.insert(class);
                    }
                }
            }
        }
        Ok(out.into_iter().collect())
    }

    /// A row's class from the ops in hand, falling back to the rows held here.
    fn class_in_hand(
        &self,
        in_hand: &BTreeMap<(&str, &str), Fields>,
        table: &str,
        row_id: &str,
    ) -> Result<Option<String>> {
        let Some(mut spec) = table_spec(table) else {
            return Ok(None);
        };
        let mut row = row_id.to_owned();
        for _ in 0..=TABLES.len() {
            let here = in_hand.get(&(spec.name, row.as_str()));
            let value = |column: &str| -> Result<Option<String>> {
                if let Some(v) = here.and_then(|f| f.get(column)) {
                    return Ok(v.as_str().map(str::to_owned));
                }
                crate::schema::column_value(&self.conn, spec, &row, column, None)
            };
            match spec.scope {
                Scope::Shared => return Ok(None),
                Scope::ClassItself => return Ok(Some(row)),
                Scope::Column(c) => return value(c),
                Scope::Parent { column, parent } => {
                    let next = if column == "id" {
                        Some(row.clone())
                    } else {
                        value(column)?
                    };
                    match (next, table_spec(parent)) {
                        (Some(next), Some(p)) => {
                            row = next;
                            spec = p;
                        }
                        _ => return Ok(None),
                    }
                }
            }
        }
        Ok(None)
    }

    /// Removes a received class from this laptop only: every stream of the class (every
    /// device's), the class's rows and the legacy ops that wrote them, its share and its
    /// "received" mark. No op is written, so nothing of this travels: a co-teacher keeps
    /// the class, and this laptop no longer holds it. Returns the portfolio files' hashes
    /// the class's artifacts named, for the caller to remove if nothing else names them.
    pub fn forget_class(&mut self, class: ClassId) -> Result<Vec<String>> {
        let class_text = class.to_string();
        let exists: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM class WHERE id = ?1)
                 OR EXISTS (SELECT 1 FROM op WHERE origin LIKE '%:c:' || ?1)",
            [&class_text],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(Error::NotFound {
                what: "class",
                id: class_text,
            });
        }
        // The rows first, found by scope before anything is deleted (children are found
        // through their parents).
        let mut rows: Vec<(&'static TableSpec, String)> = Vec::new();
        for spec in TABLES.iter().filter(|s| !s.is_shared()) {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT id FROM {}", spec.name))?;
            let ids = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for id in ids {
                if crate::schema::row_class(&self.conn, spec, &id, None)?
                    == Some(Some(class_text.clone()))
                {
                    rows.push((spec, id));
                }
            }
        }
        let files: Vec<String> = {
            let mut stmt = self.conn.prepare(
                "SELECT DISTINCT sha256 FROM artifact WHERE id = ?1 AND sha256 IS NOT NULL",
            )?;
            let mut out = Vec::new();
            for (spec, id) in &rows {
                if spec.name == "artifact" {
                    out.extend(
                        stmt.query_map([id], |r| r.get::<_, String>(0))?
                            .collect::<rusqlite::Result<Vec<_>>>()?,
                    );
                }
            }
            out
        };
        let tx = self.conn.transaction()?;
        let pattern = format!("%:c:{class_text}");
        tx.execute("DELETE FROM op WHERE origin LIKE ?1", [&pattern])?;
        tx.execute(
            "DELETE FROM version_vector WHERE origin LIKE ?1",
            [&pattern],
        )?;
        for (spec, id) in &rows {
            tx.execute(
                "DELETE FROM op WHERE tbl = ?1 AND row_id = ?2",
                params![spec.name, id],
            )?;
            tx.execute(&format!("DELETE FROM {} WHERE id = ?1", spec.name), [id])?;
            tx.execute(
                "DELETE FROM field_conflict WHERE tbl = ?1 AND row_id = ?2",
                params![spec.name, id],
            )?;
        }
        tx.execute("DELETE FROM share WHERE class_id = ?1", [&class_text])?;
        tx.execute(
            "DELETE FROM received_class WHERE class_id = ?1",
            [&class_text],
        )?;
        tx.commit()?;
        Ok(files)
    }
}

/// True when every row a legacy stream's ops change belongs to `reach` or is shared.
fn legacy_stream_within(conn: &Connection, stream: StreamId, reach: &Reach) -> Result<bool> {
    if *reach == Reach::Everything {
        return Ok(true);
    }
    let mut stmt = conn.prepare_cached("SELECT DISTINCT tbl, row_id FROM op WHERE origin = ?1")?;
    let rows = stmt
        .query_map([stream.to_string()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (table, row) in rows {
        let Some(spec) = table_spec(&table) else {
            return Ok(false);
        };
        match crate::schema::row_class(conn, spec, &row, None)? {
            None => {}
            Some(Some(c)) if reach.takes_class(&c) => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// True when the row, materialized without the left-out legacy streams, would show other
/// values than it does here: the co-teacher who gets only the carried streams would see
/// less, so its values are written again.
fn needs_rehome(spec: &TableSpec, row_id: &str, ops: &[Op], left_out: &[StreamId]) -> bool {
    if !ops.iter().any(|o| left_out.contains(&o.id.stream)) {
        return false;
    }
    let all: Vec<&Op> = ops.iter().collect();
    let carried: Vec<&Op> = ops
        .iter()
        .filter(|o| !left_out.contains(&o.id.stream))
        .collect();
    let values = |ops: &[&Op]| -> BTreeMap<String, serde_json::Value> {
        materialize_refs(spec.name, row_id, ops)
            .fields
            .into_iter()
            .map(|(f, s)| (f, s.value))
            .filter(|(_, v)| !v.is_null())
            .collect()
    };
    values(&all) != values(&carried)
}
