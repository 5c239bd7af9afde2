//! Exchanging ops between replicas: convergence against an oracle, idempotency, order
//! independence, gaps that fill, and tampering refused.

use anyhow::Result;
use proptest::prelude::*;
use std::sync::Arc;
use waypoint_core::op::{Op, OpKind, materialize};
use waypoint_core::roster::{LearnerProfile, STUDENT};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, Error, OpenOptions, roster};

use super::{class, student};

/// How far ahead the `ahead` replica's clock runs: well within what an import accepts
/// (`waypoint_core::admission::MAX_CLOCK_AHEAD_MS`), far enough that its HLC always wins.
const SKEW_MS: u64 = 20 * 3600 * 1000;

/// A replica on its own temp file; `ahead` puts its wall clock 20 hours in the future.
fn replica(dir: &std::path::Path, name: &str, ahead: bool) -> Result<Db> {
    let options = OpenOptions {
        wall_clock: Arc::new(move || {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis() as u64)
                .unwrap_or(0);
            if ahead { now + SKEW_MS } else { now }
        }),
    };
    Ok(Db::open_with(
        &dir.join(format!("{name}.sqlite3")),
        options,
    )?)
}

/// Sends `to` everything `from` has that `to` lacks.
fn hand_over(from: &Db, to: &mut Db) -> Result<()> {
    let ops = from.ops_since(&to.version_vector()?)?;
    to.import_ops(&ops)?;
    Ok(())
}

#[derive(Debug, Clone)]
enum Step {
    Rename(usize, usize, &'static str),
    Archive(usize, usize, bool),
    Notes(usize, usize, &'static str),
    Delete(usize, usize),
    Restore(usize, usize),
    /// Legal erasure of a shared student on one replica.
    Purge(usize, usize),
    /// A new student, made on one replica only until it is handed on.
    Create(usize, &'static str),
    /// from, to, keep mask (bit i keeps op i), duplicate, reverse.
    Exchange(usize, usize, u64, bool, bool),
}

fn step(replicas: usize) -> impl Strategy<Value = Step> {
    let r = 0..replicas;
    let s = 0..3usize;
    let name = prop_oneof![Just("Ana"), Just("Bo"), Just("Cy")];
    prop_oneof![
        (r.clone(), s.clone(), name.clone()).prop_map(|(r, s, n)| Step::Rename(r, s, n)),
        (r.clone(), s.clone(), any::<bool>()).prop_map(|(r, s, a)| Step::Archive(r, s, a)),
        (r.clone(), s.clone(), name).prop_map(|(r, s, n)| Step::Notes(r, s, n)),
        (r.clone(), s.clone()).prop_map(|(r, s)| Step::Delete(r, s)),
        (r.clone(), s.clone()).prop_map(|(r, s)| Step::Restore(r, s)),
        (r.clone(), s).prop_map(|(r, s)| Step::Purge(r, s)),
        (r.clone(), prop_oneof![Just("Di"), Just("Ed")]).prop_map(|(r, n)| Step::Create(r, n)),
        (r.clone(), r, any::<u64>(), any::<bool>(), any::<bool>())
            .prop_map(|(a, b, m, d, v)| Step::Exchange(a, b, m, d, v)),
    ]
}

fn run(replicas: usize, steps: &[Step]) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut dbs = (0..replicas)
        .map(|i| replica(dir.path(), &format!("r{i}"), i == 1))
        .collect::<Result<Vec<_>>>()?;
    // One replica makes the class; everyone starts from its ops, so they share rows.
    let c = roster::create_class(&mut dbs[0], &class("Shared"))?;
    let students = ["A", "B", "C"]
        .iter()
        .map(|g| {
            Ok(roster::create_student(&mut dbs[0], c.id, &student(g, "X"))?
                .id
                .to_string())
        })
        .collect::<Result<Vec<_>>>()?;
    let seed = dbs[0].ops_since(&Default::default())?;
    for db in dbs.iter_mut().skip(1) {
        db.import_ops(&seed)?;
    }
    for s in steps {
        match s {
            Step::Rename(r, k, n) => {
                let _ =
                    roster::update_student(&mut dbs[*r], students[*k].parse()?, &student(n, "X"));
            }
            Step::Archive(r, k, on) => {
                let _ = roster::set_student_archived(&mut dbs[*r], students[*k].parse()?, *on);
            }
            Step::Notes(r, k, n) => {
                let p = LearnerProfile {
                    notes: (*n).into(),
                    ..Default::default()
                };
                let _ = roster::save_profile(&mut dbs[*r], students[*k].parse()?, &p);
            }
            Step::Delete(r, k) => dbs[*r].write(|w| w.tombstone(&STUDENT, &students[*k]))?,
            Step::Restore(r, k) => dbs[*r].write(|w| w.restore(&STUDENT, &students[*k]))?,
            Step::Purge(r, k) => roster::purge_student(&mut dbs[*r], students[*k].parse()?)?,
            Step::Create(r, n) => {
                roster::create_student(&mut dbs[*r], c.id, &student(n, "New"))?;
            }
            Step::Exchange(a, b, mask, dup, rev) if a != b => {
                let mut ops: Vec<Op> = dbs[*a]
                    .ops_since(&dbs[*b].version_vector()?)?
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| mask >> (i % 64) & 1 == 1)
                    .map(|(_, o)| o)
                    .collect();
                if *dup {
                    ops.extend(ops.clone());
                }
                if *rev {
                    ops.reverse();
                }
                dbs[*b].import_ops(&ops)?;
            }
            Step::Exchange(..) => {}
        }
    }
    // Full gossip: every pair, twice, fills every gap.
    for _ in 0..2 {
        for a in 0..replicas {
            for b in 0..replicas {
                if a != b {
                    let (from, to) = pair(&mut dbs, a, b);
                    hand_over(from, to)?;
                }
            }
        }
    }
    let dumps = dbs
        .iter()
        .map(|d| Ok(dump_materialized(d.conn())?))
        .collect::<Result<Vec<_>>>()?;
    for (i, d) in dumps.iter().enumerate().skip(1) {
        anyhow::ensure!(
            *d == dumps[0],
            "replica {i} differs from replica 0 after full gossip"
        );
    }
    for db in &dbs {
        anyhow::ensure!(db.gaps()?.is_empty(), "full gossip leaves no gap");
    }
    // The oracle: core's materialize over the union of every replica's ops, with no SQL
    // involved, must give exactly the dump every replica shows.
    let mut union: Vec<Op> = dbs
        .iter()
        .map(|d| Ok(d.ops()?))
        .collect::<Result<Vec<_>>>()?
        .concat();
    anyhow::ensure!(
        oracle_dump(&union) == dumps[0],
        "the replicas equal the oracle computed from the union of all ops"
    );
    // And a fresh database fed the union in a scrambled order agrees too.
    union.sort_by_key(|o| (o.id.seq * 7919 + o.row_id.len() as u64) % 13);
    let mut fresh = replica(dir.path(), "oracle", false)?;
    fresh.import_ops(&union)?;
    anyhow::ensure!(
        dump_materialized(fresh.conn())? == dumps[0],
        "a fresh database fed the union equals the replicas"
    );
    // Erasure reaches the log: no op about a purged row keeps a value anywhere.
    for db in &dbs {
        for op in db.ops()? {
            let purged = union
                .iter()
                .any(|o| o.kind == OpKind::Purge && o.row_id == op.row_id && o.table == op.table);
            anyhow::ensure!(
                !purged || op.fields.is_empty(),
                "a purged row's values are blanked in every replica's log"
            );
        }
    }
    Ok(())
}

/// The dump `dump_materialized` must produce for `ops`, computed by core alone: every row
/// materialized from its ops, values typed as their columns keep them.
fn oracle_dump(ops: &[Op]) -> serde_json::Value {
    use serde_json::{Map, Value, json};
    use std::collections::BTreeMap;
    use waypoint_core::table::{FieldKind, TABLES};
    let mut unique: BTreeMap<(String, u64), &Op> = BTreeMap::new();
    for op in ops {
        unique
            .entry((op.id.stream.to_string(), op.id.seq))
            .or_insert(op);
    }
    let mut rows: BTreeMap<(&str, &str), Vec<Op>> = BTreeMap::new();
    for op in unique.values() {
        rows.entry((op.table.as_str(), op.row_id.as_str()))
            .or_default()
            .push((*op).clone());
    }
    let mut out = Map::new();
    let mut conflicts = Vec::new();
    for spec in TABLES {
        let mut list = Vec::new();
        for ((table, row_id), row_ops) in &rows {
            if *table != spec.name {
                continue;
            }
            let state = materialize(table, row_id, row_ops);
            let mut row = Map::new();
            row.insert("id".into(), json!(row_id));
            row.insert("_deleted".into(), json!(state.deleted));
            for (field, kind) in spec.fields {
                let v = state
                    .fields
                    .get(*field)
                    .map(|f| f.value.clone())
                    .unwrap_or(Value::Null);
                let typed = match (kind, v) {
                    (FieldKind::Number, Value::Number(n)) => n
                        .as_i64()
                        .map(Value::from)
                        .unwrap_or_else(|| Value::from(n.as_f64())),
                    (_, v) => v,
                };
                row.insert((*field).into(), typed);
            }
            list.push(Value::Object(row));
            let mut fields: BTreeMap<&str, &Vec<waypoint_core::op::Candidate>> = state
                .fields
                .iter()
                .filter(|(_, f)| !f.conflict.is_empty())
                .map(|(k, f)| (k.as_str(), &f.conflict))
                .collect();
            if !state.delete_conflict.is_empty() {
                fields.insert(waypoint_core::op::DELETED_FIELD, &state.delete_conflict);
            }
            for (field, cands) in fields {
                conflicts.push(json!({
                    "table": table, "rowId": row_id, "field": field,
                    "candidates": serde_json::to_value(cands).unwrap_or(Value::Null),
                }));
            }
        }
        out.insert(spec.name.into(), Value::Array(list));
    }
    // The store lists conflicts by table name, row and field.
    conflicts.sort_by_key(|c| {
        ["table", "rowId", "field"].map(|k| c[k].as_str().unwrap_or("").to_owned())
    });
    out.insert("conflicts".into(), Value::Array(conflicts));
    Value::Object(out)
}

/// Two distinct replicas, one to read and one to write.
fn pair(dbs: &mut [Db], a: usize, b: usize) -> (&Db, &mut Db) {
    if a < b {
        let (left, right) = dbs.split_at_mut(b);
        (&left[a], &mut right[0])
    } else {
        let (left, right) = dbs.split_at_mut(a);
        (&right[0], &mut left[b])
    }
}

/// 1,000 cases in `make test`; `WAYPOINT_CONVERGENCE_CASES=10000` for the long run
/// recorded in docs/sync.md.
fn convergence_cases() -> u32 {
    std::env::var("WAYPOINT_CONVERGENCE_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: convergence_cases(), ..ProptestConfig::default() })]

    #[test]
    fn replicas_converge_to_the_union_of_their_ops(
        (replicas, steps) in (2..=5usize).prop_flat_map(|n| (Just(n), proptest::collection::vec(step(n), 1..30)))
    ) {
        run(replicas, &steps).map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
    }
}

#[test]
fn importing_twice_changes_nothing_and_a_tampered_op_is_refused() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = replica(dir.path(), "a", false)?;
    let mut b = replica(dir.path(), "b", false)?;
    roster::load_demo_class(&mut a)?;
    let ops = a.ops()?;
    let first = b.import_ops(&ops)?;
    assert_eq!(
        first.new as usize,
        ops.len(),
        "every op is new the first time"
    );
    let dump = dump_materialized(b.conn())?;
    let again = b.import_ops(&ops)?;
    assert_eq!(
        (again.new, again.already),
        (0, ops.len() as u64),
        "the second time nothing is new"
    );
    assert_eq!(
        dump_materialized(b.conn())?,
        dump,
        "importing again changes nothing"
    );
    assert_eq!(
        dump,
        dump_materialized(a.conn())?,
        "the copy equals the original"
    );
    let mut bad = ops[3].clone();
    bad.row_id = "someone-else".into();
    let err = b
        .import_ops(&[ops[0].clone(), bad])
        .expect_err("same id, other content");
    assert!(
        matches!(err, Error::Tampered { .. }),
        "refused as tampered: {err}"
    );
    assert_eq!(
        dump_materialized(b.conn())?,
        dump,
        "a refused import changes nothing"
    );
    Ok(())
}

#[test]
fn a_gap_is_held_and_fills_when_the_missing_ops_arrive() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = replica(dir.path(), "a", false)?;
    let mut b = replica(dir.path(), "b", false)?;
    let c = roster::create_class(&mut a, &class("Gaps"))?;
    for g in ["A", "B", "C"] {
        roster::create_student(&mut a, c.id, &student(g, "X"))?;
    }
    let ops = a.ops()?;
    let (first, rest) = ops.split_at(1);
    b.import_ops(&rest[1..])?;
    let gaps = b.gaps()?;
    assert_eq!(gaps.len(), 1, "ops above a missing one are held: {gaps:?}");
    assert_eq!(
        b.version_vector()?.get(gaps[0].origin),
        0,
        "the vector does not skip the gap"
    );
    b.import_ops(&[first[0].clone(), rest[0].clone()])?;
    assert!(
        b.gaps()?.is_empty(),
        "the gap fills when the missing ops arrive"
    );
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "then both agree"
    );
    Ok(())
}

#[test]
fn a_concurrent_delete_and_edit_keeps_the_row_with_a_conflict() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = replica(dir.path(), "a", false)?;
    let mut b = replica(dir.path(), "b", true)?;
    let c = roster::create_class(&mut a, &class("Both"))?;
    let s = roster::create_student(&mut a, c.id, &student("Ana", "X"))?;
    hand_over(&a, &mut b)?;
    a.write(|w| w.tombstone(&STUDENT, &s.id.to_string()))?;
    roster::update_student(&mut b, s.id, &student("Anna", "X"))?;
    hand_over(&a, &mut b)?;
    hand_over(&b, &mut a)?;
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(b.conn())?,
        "both sides agree"
    );
    let kept = roster::get_student(a.conn(), s.id)?;
    assert_eq!(
        kept.given_name, "Anna",
        "the edit a delete did not see keeps the row"
    );
    let conflicts = dump_materialized(a.conn())?["conflicts"]
        .as_array()
        .map(Vec::len);
    assert_eq!(
        conflicts,
        Some(1),
        "the delete is shown as a conflict, not dropped"
    );
    Ok(())
}

#[test]
fn a_bulk_import_rebuilds_every_index_it_set_aside() -> Result<()> {
    use waypoint_core::evidence::EVIDENCE;
    use waypoint_core::op::Fields;
    let dir = tempfile::tempdir()?;
    let mut a = replica(dir.path(), "a", false)?;
    let mut b = replica(dir.path(), "b", false)?;
    let indexes = |db: &Db| -> Result<Vec<(String, String)>> {
        let mut stmt = db.conn().prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    };
    let before = indexes(&b)?;
    // Evidence is filed under its student's class, so the students come first.
    let c = roster::create_class(&mut a, &class("Bulk"))?;
    let students: Vec<String> = (0..7)
        .map(|i| {
            roster::create_student(&mut a, c.id, &student("S", &format!("{i}")))
                .map(|s| s.id.to_string())
        })
        .collect::<std::result::Result<_, _>>()?;
    // Enough new rows to take the bulk path: indexes dropped, rows written, rebuilt.
    a.write(|w| {
        for i in 0..10_050 {
            let mut f = Fields::new();
            f.insert("student_id".into(), serde_json::json!(students[i % 7]));
            f.insert("level".into(), serde_json::json!(2));
            w.set(&EVIDENCE, &format!("01900000-0000-7000-8000-{i:012}"), f)?;
        }
        Ok(())
    })?;
    b.import_ops(&a.ops()?)?;
    assert_eq!(
        indexes(&b)?,
        before,
        "every index is back, exactly as the schema made it"
    );
    let check: String = b
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    assert_eq!(check, "ok", "the rebuilt indexes agree with their tables");
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "and the bulk path materializes exactly what the row-by-row path did"
    );
    Ok(())
}

#[test]
fn a_student_that_arrives_before_its_class_is_kept_and_heals() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = replica(dir.path(), "a", false)?;
    let mut b = replica(dir.path(), "b", false)?;
    let c = roster::create_class(&mut a, &class("Later"))?;
    let s = roster::create_student(&mut a, c.id, &student("Orphan", "X"))?;
    let ops = a.ops()?;
    let (class_ops, student_ops): (Vec<Op>, Vec<Op>) =
        ops.into_iter().partition(|o| o.table == "class");
    b.import_ops(&student_ops)?;
    assert!(
        roster::get_student(b.conn(), s.id).is_ok(),
        "a student whose class has not arrived is kept, not dropped"
    );
    assert!(
        roster::list_classes(b.conn(), true)?.is_empty(),
        "its class is not there yet"
    );
    b.import_ops(&class_ops)?;
    let listed = roster::list_students(b.conn(), c.id, false)?;
    assert_eq!(
        listed.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![s.id],
        "once the class arrives, the student is in it"
    );
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "and both agree"
    );
    Ok(())
}

#[test]
fn imports_commute_whichever_bundle_comes_first() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = replica(dir.path(), "a", false)?;
    let mut b = replica(dir.path(), "b", false)?;
    let c = roster::create_class(&mut a, &class("Shared"))?;
    let s = roster::create_student(&mut a, c.id, &student("Ana", "X"))?;
    hand_over(&a, &mut b)?;
    roster::update_student(&mut a, s.id, &student("Anita", "X"))?;
    roster::update_student(&mut b, s.id, &student("Anna", "Y"))?;
    let (from_a, from_b) = (a.ops()?, b.ops()?);
    let mut one = replica(dir.path(), "one", false)?;
    let mut two = replica(dir.path(), "two", false)?;
    one.import_ops(&from_a)?;
    one.import_ops(&from_b)?;
    two.import_ops(&from_b)?;
    two.import_ops(&from_a)?;
    assert_eq!(
        dump_materialized(one.conn())?,
        dump_materialized(two.conn())?,
        "A then B equals B then A, conflicts included"
    );
    assert_eq!(
        dump_materialized(one.conn())?["conflicts"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "the given name edited on both is one conflict either way"
    );
    Ok(())
}
