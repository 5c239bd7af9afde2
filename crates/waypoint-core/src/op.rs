//! The op log's data model and the merge rule that turns a row's ops into its state.
//!
//! Every change is an immutable [`Op`]. The tables the UI reads are a pure function of the
//! set of ops ([`materialize`]), which is what makes a sync merge a set union: the same ops
//! in any order, imported any number of times, give the same rows.
//!
//! The rule, per (row, field), from DESIGN.md: write *a* is dominated by write *b* when
//! `b.deps[a.stream] ≥ a.seq`. Among the undominated writes the highest HLC wins the display;
//! if undominated writes disagree, the field has an open conflict and every candidate is kept.
//! A delete is a write of `_deleted`; a delete that is concurrent with an edit keeps the row.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

use crate::hlc::Hlc;
use crate::stream::StreamId;

/// The field that tombstone and restore ops write.
pub const DELETED_FIELD: &str = "_deleted";

/// An op's identity: the stream it was written in and its sequence number there
/// (contiguous from 1). Written as `origin` in bundles: formats 1 and 2 named the device,
/// which reads as that device's legacy stream.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, specta::Type,
)]
pub struct OpId {
    /// The stream that holds the op.
    #[serde(rename = "origin")]
    pub stream: StreamId,
    /// 1, 2, 3, … per stream, with no gaps.
    pub seq: u64,
}

/// What an op does to its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    /// Sets the fields in the payload.
    Set,
    /// Marks the row deleted (writes `_deleted = true`). Never cascades.
    Tombstone,
    /// Undeletes the row (writes `_deleted = false`).
    Restore,
    /// Legal erasure: the row's values are blanked everywhere, its op ids kept.
    Purge,
}

impl OpKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            OpKind::Set => "set",
            OpKind::Tombstone => "tombstone",
            OpKind::Restore => "restore",
            OpKind::Purge => "purge",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "set" => OpKind::Set,
            "tombstone" => OpKind::Tombstone,
            "restore" => OpKind::Restore,
            "purge" => OpKind::Purge,
            _ => return None,
        })
    }
}

/// A version vector: for each stream, the highest seq seen with nothing missing below it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(transparent)]
pub struct VersionVector(pub BTreeMap<StreamId, u64>);

impl VersionVector {
    /// The seq this vector covers for `stream` (0 when none).
    pub fn get(&self, stream: StreamId) -> u64 {
        self.0.get(&stream).copied().unwrap_or(0)
    }

    /// True when this vector has seen `op`.
    pub fn covers(&self, op: OpId) -> bool {
        self.get(op.stream) >= op.seq
    }

    /// Raises the entry for `stream` to `seq` if that is higher.
    pub fn advance(&mut self, stream: StreamId, seq: u64) {
        let e = self.0.entry(stream).or_insert(0);
        *e = (*e).max(seq);
    }

    /// The entries whose stream `keep` accepts.
    pub fn restricted(&self, keep: impl Fn(&StreamId) -> bool) -> VersionVector {
        VersionVector(
            self.0
                .iter()
                .filter(|(s, _)| keep(s))
                .map(|(s, q)| (*s, *q))
                .collect(),
        )
    }
}

/// The field values an op sets, by field name.
pub type Fields = BTreeMap<String, Value>;

/// [`Fields`] from `(name, value)` pairs, as each input type's `to_fields` writes them.
pub fn fields<const N: usize>(pairs: [(&str, Value); N]) -> Fields {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// One immutable change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Op {
    /// (origin, seq).
    pub id: OpId,
    /// When, in HLC time.
    pub hlc: Hlc,
    /// The author's version vector just before this op: everything it had seen.
    pub deps: VersionVector,
    /// The materialized table the row lives in.
    pub table: String,
    /// The row's id (a UUIDv7 in text form).
    pub row_id: String,
    /// What the op does.
    pub kind: OpKind,
    /// For `Set`, the fields it writes; empty for the other kinds.
    pub fields: Fields,
}

impl Op {
    /// The (field, value) pairs this op writes, tombstone and restore included.
    fn writes(&self) -> Vec<(&str, &Value)> {
        const DELETED: &Value = &Value::Bool(true);
        const KEPT: &Value = &Value::Bool(false);
        match self.kind {
            OpKind::Set => self.fields.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            OpKind::Tombstone => vec![(DELETED_FIELD, DELETED)],
            OpKind::Restore => vec![(DELETED_FIELD, KEPT)],
            OpKind::Purge => vec![],
        }
    }
}

/// One value that an undominated write proposes for a field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Candidate {
    /// The value written.
    pub value: Value,
    /// The op that wrote it.
    pub op: OpId,
    /// When.
    pub hlc: Hlc,
}

/// A field's materialized state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct FieldState {
    /// The displayed value: the undominated write with the highest HLC.
    pub value: Value,
    /// Every undominated write when they disagree (an open conflict); empty otherwise.
    pub conflict: Vec<Candidate>,
}

/// A row's materialized state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct RowState {
    /// The table.
    pub table: String,
    /// The row id.
    pub row_id: String,
    /// Field values, `_deleted` excluded.
    pub fields: BTreeMap<String, FieldState>,
    /// True when the row is deleted (and no concurrent edit keeps it alive) or purged.
    pub deleted: bool,
    /// True when a purge op exists for the row: every value is blanked.
    pub purged: bool,
    /// The delete/edit conflict, when a delete raced an edit it had not seen.
    pub delete_conflict: Vec<Candidate>,
}

/// Materializes one row from all of its ops, in any order. Pure: same set, same answer.
///
/// `ops` must all belong to the same (table, row); ops for other rows are ignored.
pub fn materialize(table: &str, row_id: &str, ops: &[Op]) -> RowState {
    let ops: Vec<&Op> = ops.iter().collect();
    materialize_refs(table, row_id, &ops)
}

/// [`materialize`] over borrowed ops, for callers that hold them elsewhere (an import
/// materializes rows straight from the bundle it is reading).
pub fn materialize_refs(table: &str, row_id: &str, ops: &[&Op]) -> RowState {
    let ops: Vec<&Op> = ops
        .iter()
        .copied()
        .filter(|o| o.table == table && o.row_id == row_id)
        .collect();
    let purged = ops.iter().any(|o| o.kind == OpKind::Purge);
    let mut by_field: BTreeMap<&str, Vec<(&Op, &Value)>> = BTreeMap::new();
    for op in &ops {
        for (field, value) in op.writes() {
            by_field.entry(field).or_default().push((op, value));
        }
    }
    let mut state = RowState {
        table: table.to_owned(),
        row_id: row_id.to_owned(),
        fields: BTreeMap::new(),
        deleted: purged,
        purged,
        delete_conflict: vec![],
    };
    let mut tombstone: Option<&Op> = None;
    for (field, writes) in &by_field {
        let alive = undominated(writes);
        let Some(winner) = alive.iter().max_by_key(|(op, _)| op.hlc) else {
            continue;
        };
        let mut conflict: Vec<Candidate> = vec![];
        // An erased row keeps no values, not even the losing ones of a conflict.
        if !purged && alive.iter().any(|(_, v)| *v != winner.1) {
            conflict = alive
                .iter()
                .map(|(op, v)| Candidate {
                    value: (*v).clone(),
                    op: op.id,
                    hlc: op.hlc,
                })
                .collect();
            conflict.sort_by_key(|c| std::cmp::Reverse(c.hlc));
        }
        if *field == DELETED_FIELD {
            if *winner.1 == Value::Bool(true) {
                tombstone = Some(winner.0);
            }
            continue;
        }
        let value = if purged {
            Value::Null
        } else {
            winner.1.clone()
        };
        state
            .fields
            .insert((*field).to_owned(), FieldState { value, conflict });
    }
    if let Some(tomb) = tombstone {
        // A delete never wins silently: an edit the deleting device had not seen keeps the
        // row alive and records the conflict for the teacher.
        let unseen_edits: Vec<&Op> = ops
            .iter()
            .copied()
            .filter(|o| o.kind == OpKind::Set && !tomb.deps.covers(o.id) && o.id != tomb.id)
            .collect();
        if unseen_edits.is_empty() || purged {
            state.deleted = true;
        } else {
            let mut cands = vec![Candidate {
                value: Value::Bool(true),
                op: tomb.id,
                hlc: tomb.hlc,
            }];
            cands.extend(unseen_edits.iter().map(|o| Candidate {
                value: Value::Bool(false),
                op: o.id,
                hlc: o.hlc,
            }));
            state.delete_conflict = cands;
        }
    }
    state
}

/// The writes that no other write in the set has seen.
fn undominated<'a>(writes: &'a [(&'a Op, &'a Value)]) -> Vec<&'a (&'a Op, &'a Value)> {
    // One write has nothing to be dominated by (an op's deps never cover itself): the
    // common case, and worth skipping the vector below for.
    if writes.len() == 1 {
        return writes.iter().collect();
    }
    // The highest seq each stream is covered to, over every write's deps. Deps never include
    // the op itself, so comparing against the maximum is the same as against "any other".
    let mut seen = VersionVector::default();
    for (op, _) in writes {
        for (stream, seq) in &op.deps.0 {
            seen.advance(*stream, *seq);
        }
    }
    writes
        .iter()
        .filter(|(op, _)| !seen.covers(op.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::DeviceId;
    use serde_json::json;

    fn dev(n: u8) -> DeviceId {
        DeviceId::mint(0, [n; 10])
    }

    fn stream(n: u8) -> StreamId {
        StreamId::legacy(dev(n))
    }

    fn op(origin: u8, seq: u64, wall: u64, deps: &[(u8, u64)], kind: OpKind, fields: Value) -> Op {
        Op {
            id: OpId {
                stream: stream(origin),
                seq,
            },
            hlc: Hlc {
                wall_ms: wall,
                counter: 0,
                device: dev(origin),
            },
            deps: VersionVector(deps.iter().map(|(d, s)| (stream(*d), *s)).collect()),
            table: "student".into(),
            row_id: "r1".into(),
            kind,
            fields: serde_json::from_value(fields).unwrap_or_default(),
        }
    }

    #[test]
    fn a_later_write_that_saw_the_earlier_one_replaces_it_without_conflict() {
        let a = op(1, 1, 10, &[], OpKind::Set, json!({"given_name": "Ana"}));
        let b = op(
            1,
            2,
            5,
            &[(1, 1)],
            OpKind::Set,
            json!({"given_name": "Ana María"}),
        );
        let s = materialize("student", "r1", &[a, b]);
        assert_eq!(
            s.fields["given_name"].value,
            json!("Ana María"),
            "causality beats a skewed clock"
        );
        assert!(
            s.fields["given_name"].conflict.is_empty(),
            "a dominated write is no conflict"
        );
    }

    #[test]
    fn concurrent_different_values_are_a_conflict_that_keeps_both() {
        let a = op(
            1,
            1,
            10,
            &[],
            OpKind::Set,
            json!({"given_name": "Ana", "family_name": "Ruiz"}),
        );
        let b = op(2, 1, 20, &[], OpKind::Set, json!({"given_name": "Anna"}));
        let s = materialize("student", "r1", &[b.clone(), a.clone()]);
        assert_eq!(
            s.fields["given_name"].value,
            json!("Anna"),
            "the highest HLC wins the display"
        );
        assert_eq!(
            s.fields["given_name"].conflict.len(),
            2,
            "the losing value must be kept"
        );
        assert!(
            s.fields["family_name"].conflict.is_empty(),
            "fields merge independently"
        );
        assert_eq!(
            s,
            materialize("student", "r1", &[a, b]),
            "op order must not matter"
        );
    }

    #[test]
    fn a_delete_that_did_not_see_an_edit_keeps_the_row_and_records_the_conflict() {
        let a = op(1, 1, 10, &[], OpKind::Set, json!({"given_name": "Ana"}));
        let edit = op(
            2,
            1,
            20,
            &[(1, 1)],
            OpKind::Set,
            json!({"given_name": "Anna"}),
        );
        let del = op(1, 2, 30, &[(1, 1)], OpKind::Tombstone, json!({}));
        let s = materialize("student", "r1", &[a.clone(), edit, del.clone()]);
        assert!(!s.deleted, "deletes never win silently over an unseen edit");
        assert_eq!(
            s.delete_conflict.len(),
            2,
            "the teacher sees both the delete and the edit"
        );
        let s = materialize("student", "r1", &[a, del]);
        assert!(s.deleted, "a delete that saw every edit deletes the row");
    }

    #[test]
    fn restore_after_delete_brings_the_row_back() {
        let a = op(1, 1, 10, &[], OpKind::Set, json!({"given_name": "Ana"}));
        let del = op(1, 2, 20, &[(1, 1)], OpKind::Tombstone, json!({}));
        let back = op(1, 3, 30, &[(1, 2)], OpKind::Restore, json!({}));
        assert!(
            !materialize("student", "r1", &[a, del, back]).deleted,
            "restore undoes a delete"
        );
    }

    #[test]
    fn purge_blanks_every_value() {
        let a = op(1, 1, 10, &[], OpKind::Set, json!({"given_name": "Ana"}));
        let p = op(1, 2, 20, &[(1, 1)], OpKind::Purge, json!({}));
        let s = materialize("student", "r1", &[a, p]);
        assert!(
            s.purged && s.deleted,
            "a purged row is gone from every view"
        );
        assert_eq!(
            s.fields["given_name"].value,
            Value::Null,
            "no value survives a purge"
        );
    }

    #[test]
    fn purge_keeps_no_losing_value_of_a_conflict_either() {
        let a = op(1, 1, 10, &[], OpKind::Set, json!({"given_name": "Ana"}));
        let b = op(2, 1, 20, &[], OpKind::Set, json!({"given_name": "Anna"}));
        let p = op(1, 2, 30, &[(1, 1)], OpKind::Purge, json!({}));
        let s = materialize("student", "r1", &[a, b, p]);
        assert!(
            s.fields["given_name"].conflict.is_empty(),
            "a conflict's candidates are values too, and erasure must remove them"
        );
    }
}
