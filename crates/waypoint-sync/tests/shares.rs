//! Per-class sharing: a share carries its class and the shared data and nothing else, every
//! laptop converges per class on what an oracle holding every op shows, forged and plain
//! bundles are refused with nothing changed, and the golden format 3 bundle is pinned.

use anyhow::Result;
use proptest::prelude::*;
use serde_json::{Value, json};
use std::path::Path;
use waypoint_core::hlc::Hlc;
use waypoint_core::ids::{ClassId, DeviceId};
use waypoint_core::op::{Op, OpId, OpKind, VersionVector};
use waypoint_core::roster::{ClassInput, StudentInput};
use waypoint_core::stream::StreamId;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, reflections, roster};
use waypoint_sync::bundle::{self, Manifest};
use waypoint_sync::{Error, crypto};

mod common;

use common::{golden_manifest, golden_op, read_golden};

fn class_input(name: &str) -> ClassInput {
    ClassInput {
        name: name.into(),
        ..Default::default()
    }
}

fn student_input(given: &str) -> StudentInput {
    StudentInput {
        given_name: given.into(),
        family_name: "Test".into(),
        ..Default::default()
    }
}

/// Exports `class` from `from` and imports it into `to` as a share member would (the
/// bundle counted as encrypted: the passphrase's work is tested elsewhere, and scrypt would
/// make hundreds of cases crawl).
fn hand_class(from: &mut Db, to: &mut Db, class: ClassId) -> Result<()> {
    let bytes = bundle::export_class(from, class, None, "", 1)?;
    let b = bundle::decode(&bytes)?;
    bundle::import(to, &b, true, &[class.to_string()])?;
    Ok(())
}

/// Every class id mentioned anywhere in a database's op log and class-bearing rows.
fn classes_held(db: &Db) -> Result<Vec<String>> {
    let mut out: Vec<String> = db
        .streams()?
        .iter()
        .filter_map(|s| s.class_id())
        .map(|c| c.to_string())
        .collect();
    let mut stmt = db
        .conn()
        .prepare("SELECT id FROM class UNION SELECT class_id FROM student")?;
    out.extend(
        stmt.query_map([], |r| r.get::<_, Option<String>>(0))?
            .filter_map(|r| r.ok().flatten()),
    );
    out.sort();
    out.dedup();
    Ok(out)
}

/// One class's rows (the class, its students, their profiles) and the shared prompt bank,
/// from a dump.
fn class_view(dump: &Value, class: &str) -> Value {
    let rows = |t: &str| dump[t].as_array().cloned().unwrap_or_default();
    let students: Vec<Value> = rows("student")
        .into_iter()
        .filter(|r| r["class_id"] == json!(class))
        .collect();
    let ids: Vec<&Value> = students.iter().map(|s| &s["id"]).collect();
    json!({
        "class": rows("class").into_iter().filter(|r| r["id"] == json!(class)).collect::<Vec<_>>(),
        "student": students,
        "learner_profile": rows("learner_profile").into_iter().filter(|r| ids.contains(&&r["id"])).collect::<Vec<_>>(),
        "reflection_prompt": rows("reflection_prompt"),
    })
}

#[derive(Debug, Clone)]
enum Step {
    /// teacher, class, new student's name
    AddStudent(usize, usize, &'static str),
    /// teacher, class, student index, new name
    Rename(usize, usize, usize, &'static str),
    /// teacher, prompt text (shared data)
    Prompt(usize, &'static str),
    /// from, to, class, dropped, duplicated
    Sync(usize, usize, usize, bool, bool),
}

fn step(teachers: usize, classes: usize) -> impl Strategy<Value = Step> {
    let t = 0..teachers;
    let c = 0..classes;
    let name = prop_oneof![Just("Ana"), Just("Bo"), Just("Cy"), Just("Dee")];
    prop_oneof![
        (t.clone(), c.clone(), name.clone()).prop_map(|(t, c, n)| Step::AddStudent(t, c, n)),
        (t.clone(), c.clone(), 0..3usize, name.clone())
            .prop_map(|(t, c, s, n)| Step::Rename(t, c, s, n)),
        (
            t.clone(),
            prop_oneof![Just("What helped?"), Just("What next?")]
        )
            .prop_map(|(t, p)| Step::Prompt(t, p)),
        (t.clone(), t, c, any::<bool>(), any::<bool>())
            .prop_map(|(a, b, c, d, u)| Step::Sync(a, b, c, d, u)),
    ]
}

/// A world: `teachers` laptops, `classes` classes each made by teacher `c % teachers`, and
/// per class the teachers who share it (the maker always does).
fn world() -> impl Strategy<Value = (usize, usize, Vec<Vec<bool>>, Vec<Step>)> {
    (2usize..=4, 2usize..=3).prop_flat_map(|(t, c)| {
        (
            Just(t),
            Just(c),
            proptest::collection::vec(proptest::collection::vec(any::<bool>(), t), c),
            proptest::collection::vec(step(t, c), 1..24),
        )
    })
}

fn cases() -> u32 {
    std::env::var("WAYPOINT_SHARE_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500)
}

fn fail(e: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(e.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// 2–4 teachers, 2–3 classes, each shared by a random subset: random edits and syncs
    /// with dropped and duplicated bundles. No laptop ever holds an op or a row of a class
    /// it does not share, and per class every member converges on the oracle.
    #[test]
    fn shares_carry_only_their_class_and_converge(w in world()) {
        let (teachers, _classes, mut members, steps) = w;
        let dir = tempfile::tempdir().map_err(fail)?;
        let mut dbs: Vec<Db> = (0..teachers)
            .map(|t| Db::open(&dir.path().join(format!("t{t}.sqlite3"))))
            .collect::<std::result::Result<_, _>>()
            .map_err(fail)?;
        let mut class_ids = Vec::new();
        for (c, member) in members.iter_mut().enumerate() {
            let maker = c % teachers;
            member[maker] = true;
            let view = roster::create_class(&mut dbs[maker], &class_input(&format!("Class {c}"))).map_err(fail)?;
            roster::create_student(&mut dbs[maker], view.id, &student_input("First")).map_err(fail)?;
            class_ids.push(view.id);
        }
        // Every member joins: the maker hands the class over once.
        for (c, member) in members.iter().enumerate() {
            let maker = c % teachers;
            for t in (0..teachers).filter(|t| member[*t] && *t != maker) {
                let (from, to) = pair(&mut dbs, maker, t);
                to.add_share(class_ids[c], "folder").map_err(fail)?;
                hand_class(from, to, class_ids[c]).map_err(fail)?;
            }
        }
        for s in &steps {
            match *s {
                Step::AddStudent(t, c, name) if members[c][t] => {
                    roster::create_student(&mut dbs[t], class_ids[c], &student_input(name)).map_err(fail)?;
                }
                Step::Rename(t, c, i, name) if members[c][t] => {
                    let students = roster::list_students(dbs[t].conn(), class_ids[c], false).map_err(fail)?;
                    if let Some(st) = students.get(i % students.len().max(1)) {
                        roster::update_student(&mut dbs[t], st.id, &student_input(name)).map_err(fail)?;
                    }
                }
                Step::Prompt(t, text) => {
                    reflections::create_prompt(&mut dbs[t], text).map_err(fail)?;
                }
                Step::Sync(a, b, c, dropped, duplicated) if a != b && members[c][a] && members[c][b] && !dropped => {
                    let (from, to) = pair(&mut dbs, a, b);
                    hand_class(from, to, class_ids[c]).map_err(fail)?;
                    if duplicated {
                        hand_class(from, to, class_ids[c]).map_err(fail)?;
                    }
                }
                _ => {}
            }
            for (t, db) in dbs.iter().enumerate() {
                let held = classes_held(db).map_err(fail)?;
                for (c, id) in class_ids.iter().enumerate() {
                    prop_assert!(
                        members[c][t] || !held.contains(&id.to_string()),
                        "teacher {} does not share class {} but holds it", t, c
                    );
                }
            }
        }
        // Everyone syncs every shared class until nothing is missing (two full rounds).
        for _ in 0..2 {
            for (c, member) in members.iter().enumerate() {
                for a in (0..teachers).filter(|t| member[*t]) {
                    for b in (0..teachers).filter(|t| member[*t] && *t != a) {
                        let (from, to) = pair(&mut dbs, a, b);
                        hand_class(from, to, class_ids[c]).map_err(fail)?;
                    }
                }
            }
        }
        // The oracle holds every op of every laptop.
        let mut oracle = Db::open(&dir.path().join("oracle.sqlite3")).map_err(fail)?;
        for db in &dbs {
            oracle.import_ops(&db.ops().map_err(fail)?).map_err(fail)?;
        }
        let want = dump_materialized(oracle.conn()).map_err(fail)?;
        for (c, member) in members.iter().enumerate() {
            let id = class_ids[c].to_string();
            for t in (0..teachers).filter(|t| member[*t]) {
                let got = dump_materialized(dbs[t].conn()).map_err(fail)?;
                let mut got_view = class_view(&got, &id);
                let mut want_view = class_view(&want, &id);
                // The prompt bank is shared by everyone who shares anything with the
                // prompt's writer, so it is compared among the class's members only.
                got_view["reflection_prompt"] = Value::Null;
                want_view["reflection_prompt"] = Value::Null;
                prop_assert_eq!(got_view, want_view, "teacher {} converged on class {}", t, c);
            }
        }
        for (t, db) in dbs.iter().enumerate() {
            let held = classes_held(db).map_err(fail)?;
            for (c, id) in class_ids.iter().enumerate() {
                prop_assert!(members[c][t] || !held.contains(&id.to_string()), "teacher {} holds unshared class {} at the end", t, c);
            }
        }
    }
}

/// Two distinct databases out of a slice, mutably.
fn pair(dbs: &mut [Db], a: usize, b: usize) -> (&mut Db, &mut Db) {
    assert_ne!(a, b, "a laptop does not sync with itself");
    if a < b {
        let (x, y) = dbs.split_at_mut(b);
        (&mut x[a], &mut y[0])
    } else {
        let (x, y) = dbs.split_at_mut(a);
        (&mut y[0], &mut x[b])
    }
}

/// A laptop with one class of two students, and a receiver that has joined its share.
fn two_laptops(dir: &Path) -> Result<(Db, Db, ClassId)> {
    let mut a = Db::open(&dir.join("a.sqlite3"))?;
    let c = roster::create_class(&mut a, &class_input("Period 2"))?;
    for g in ["Ana", "Bo"] {
        roster::create_student(&mut a, c.id, &student_input(g))?;
    }
    let mut b = Db::open(&dir.join("b.sqlite3"))?;
    b.add_share(c.id, "folder")?;
    Ok((a, b, c.id))
}

/// Re-encodes `ops` with `manifest` (hashes, counts and ranges filled in again), as a
/// forger would.
fn reseal(ops: &[Op], manifest: Manifest) -> Result<bundle::Bundle> {
    Ok(bundle::decode(&bundle::encode(ops, manifest)?)?)
}

fn refused_unchanged(
    b: &mut Db,
    forged: &bundle::Bundle,
    class: ClassId,
    why: &str,
) -> Result<String> {
    let before = dump_materialized(b.conn())?;
    let ops_before = b.ops()?.len();
    let err = bundle::import(b, forged, true, &[class.to_string()])
        .expect_err("a forged bundle must be refused");
    assert_eq!(
        dump_materialized(b.conn())?,
        before,
        "{why}: nothing changes"
    );
    assert_eq!(b.ops()?.len(), ops_before, "{why}: no op is kept");
    Ok(err.to_string())
}

#[test]
fn forged_bundles_are_refused_and_change_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut a, mut b, class) = two_laptops(dir.path())?;
    hand_class(&mut a, &mut b, class)?;
    roster::create_student(&mut a, class, &student_input("Cy"))?;
    let honest = bundle::decode(&bundle::export_class(&mut a, class, None, "A", 1)?)?;

    // Forged deps: the last op claims to have seen far more of another stream than exists.
    let mut ops = honest.ops.clone();
    let last = ops.len() - 1;
    let other = StreamId::class(DeviceId::mint(1, [3; 10]), class);
    ops[last].deps.advance(other, 999_999);
    let msg = refused_unchanged(
        &mut b,
        &reseal(&ops, honest.manifest.clone())?,
        class,
        "forged deps",
    )?;
    assert!(
        msg.contains("claims to have seen"),
        "the message says why: {msg}"
    );

    // A claimed seq: an op numbered as the peer's next one with deps that skip its own past.
    let mut ops = honest.ops.clone();
    let mut claim = ops[last].clone();
    claim.id.seq += 5;
    ops.push(claim);
    let msg = refused_unchanged(
        &mut b,
        &reseal(&ops, honest.manifest.clone())?,
        class,
        "a claimed seq",
    )?;
    assert!(
        msg.contains("can't be imported"),
        "the message says it is refused: {msg}"
    );

    // A far-future HLC would drag this laptop's clock forward for good.
    let mut ops = honest.ops.clone();
    ops[last].hlc.wall_ms += 400 * 24 * 3600 * 1000;
    let msg = refused_unchanged(
        &mut b,
        &reseal(&ops, honest.manifest.clone())?,
        class,
        "a far-future HLC",
    )?;
    assert!(
        msg.contains("ahead of this laptop's clock"),
        "the message says why: {msg}"
    );

    // A manifest that hides a class its ops touch.
    let mut manifest = honest.manifest.clone();
    manifest.class_ids.clear();
    let msg = refused_unchanged(
        &mut b,
        &reseal(&honest.ops, manifest)?,
        class,
        "a lying manifest",
    )?;
    assert!(
        msg.contains("list of classes"),
        "the message says why: {msg}"
    );

    // An op filed under this class's stream that changes a row of another class.
    let other_class = roster::create_class(&mut a, &class_input("Period 4"))?;
    let stranger = roster::create_student(&mut a, other_class.id, &student_input("Zed"))?;
    let mut ops = honest.ops.clone();
    let mut moved = a
        .ops()?
        .into_iter()
        .find(|o| o.row_id == stranger.id.to_string())
        .expect("the stranger's op");
    moved.id = OpId {
        stream: ops[last].id.stream,
        seq: ops[last].id.seq + 1,
    };
    moved.deps = ops[last].deps.clone();
    moved.deps.advance(ops[last].id.stream, ops[last].id.seq);
    moved.hlc.device = ops[last].id.stream.device;
    ops.push(moved);
    let mut manifest = honest.manifest.clone();
    manifest.class_ids.push(other_class.id.to_string());
    manifest.class_ids.sort();
    manifest
        .sender_vv
        .advance(ops[last + 1].id.stream, ops[last + 1].id.seq);
    let msg = refused_unchanged(
        &mut b,
        &reseal(&ops, manifest)?,
        class,
        "a row smuggled into a class stream",
    )?;
    assert!(!msg.is_empty(), "refused with a message: {msg}");

    // The honest bundle still goes in afterwards.
    assert!(
        bundle::import(&mut b, &honest, true, &[])?.new > 0,
        "refusals left the receiver able to take the real bundle"
    );
    Ok(())
}

#[test]
fn a_plain_bundle_for_a_shared_class_is_refused() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut a, mut b, class) = two_laptops(dir.path())?;
    let plain = bundle::decode(&bundle::export_class(&mut a, class, None, "A", 1)?)?;
    let before = dump_materialized(b.conn())?;
    let err = bundle::import(&mut b, &plain, false, &[class.to_string()])
        .expect_err("a plain bundle under a share's passphrase");
    assert!(
        matches!(err, Error::PlainForShare { .. }),
        "the refusal says the bundle is plain: {err}"
    );
    assert_eq!(dump_materialized(b.conn())?, before, "nothing changes");
    Ok(())
}

#[test]
fn a_share_bundle_carries_one_class_and_the_shared_data_only() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    let p2 = roster::create_class(&mut a, &class_input("Period 2"))?;
    let p4 = roster::create_class(&mut a, &class_input("Period 4 Secret"))?;
    roster::create_student(&mut a, p2.id, &student_input("Ana"))?;
    let hidden = roster::create_student(&mut a, p4.id, &student_input("Quillon"))?;
    reflections::create_prompt(&mut a, "What surprised you?")?;
    let bytes = bundle::export_class(&mut a, p2.id, None, "A", 1)?;
    let text = String::from_utf8(bytes.clone())?;
    for secret in [
        p4.id.to_string(),
        hidden.id.to_string(),
        "Quillon".into(),
        "Period 4".into(),
    ] {
        assert!(
            !text.contains(&secret),
            "{secret} is in another class and must not travel"
        );
    }
    let b = bundle::decode(&bytes)?;
    assert_eq!(
        b.manifest.format_version, 3,
        "per-class streams are format 3"
    );
    assert_eq!(b.manifest.class_ids, vec![p2.id.to_string()], "one class");
    assert!(
        b.ops.iter().any(|o| o.table == "reflection_prompt"),
        "shared data travels with every share"
    );
    Ok(())
}

#[test]
fn rows_written_before_streams_still_reach_a_co_teacher() -> Result<()> {
    // A database from before per-class streams: its ops are in the device's one legacy
    // stream, holding two classes, so that stream cannot travel for one class.
    let dir = tempfile::tempdir()?;
    let device = DeviceId::mint(1_780_000_000_000, [5; 10]);
    let stream = StreamId::legacy(device);
    let p2 = "019a6b4e-0000-7000-8000-0000000000a2";
    let p4 = "019a6b4e-0000-7000-8000-0000000000a4";
    let rows = [
        ("class", p2, json!({"name": "Period 2"})),
        ("class", p4, json!({"name": "Period 4"})),
        (
            "student",
            "019a6b4e-0000-7000-8000-0000000000b1",
            json!({"class_id": p2, "given_name": "Ana", "family_name": "Ruiz"}),
        ),
        (
            "student",
            "019a6b4e-0000-7000-8000-0000000000b2",
            json!({"class_id": p4, "given_name": "Hidden", "family_name": "Four"}),
        ),
    ];
    let ops: Vec<Op> = rows
        .iter()
        .enumerate()
        .map(|(i, (table, row, fields))| {
            let seq = i as u64 + 1;
            let mut deps = VersionVector::default();
            deps.advance(stream, seq - 1);
            Ok(Op {
                id: OpId { stream, seq },
                hlc: Hlc {
                    wall_ms: 1_780_000_000_000,
                    counter: seq as u32,
                    device,
                },
                deps,
                table: (*table).into(),
                row_id: (*row).into(),
                kind: OpKind::Set,
                fields: serde_json::from_value(fields.clone())?,
            })
        })
        .collect::<Result<_>>()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    a.import_ops(&ops)?;
    let class: ClassId = p2.parse()?;
    let bytes = bundle::export_class(&mut a, class, None, "A", 1)?;
    let text = String::from_utf8(bytes.clone())?;
    assert!(
        !text.contains(p4) && !text.contains("Hidden"),
        "the mixed legacy stream stays home"
    );
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    b.add_share(class, "folder")?;
    bundle::import(&mut b, &bundle::decode(&bytes)?, true, &[])?;
    let students = roster::list_students(b.conn(), p2.parse()?, false)?;
    assert_eq!(
        students
            .iter()
            .map(|s| s.display_name.as_str())
            .collect::<Vec<_>>(),
        vec!["Ana Ruiz"],
        "the class's rows were written again in this laptop's own stream, so they arrive"
    );
    Ok(())
}

/// The golden bundle of format version 3, built from fixed ops in a class stream and a
/// shared stream. `WAYPOINT_BLESS=1 cargo test -p waypoint-sync golden` rewrites it.
fn golden_v3() -> Result<Vec<u8>> {
    const WALL_MS: u64 = 1_795_000_000_000;
    let device = DeviceId::mint(WALL_MS, [9; 10]);
    let class: ClassId = "019a6b4e-0000-7000-8000-000000000031".parse()?;
    let in_class = StreamId::class(device, class);
    let shared = StreamId::shared(device);
    let op = |stream: StreamId, seq: u64, table: &str, row: &str, fields: Value| {
        let mut deps = VersionVector::default();
        deps.advance(stream, seq - 1);
        let hlc = Hlc {
            wall_ms: WALL_MS,
            counter: seq as u32,
            device,
        };
        golden_op(stream, seq, deps, hlc, table, row, fields)
    };
    let student = "019a6b4e-0000-7000-8000-000000000032";
    let ops = vec![
        op(
            in_class,
            1,
            "class",
            &class.to_string(),
            json!({"name": "Golden share", "archived": false}),
        )?,
        op(
            in_class,
            2,
            "student",
            student,
            json!({"class_id": class.to_string(), "given_name": "Zoë", "family_name": "Ñúñez"}),
        )?,
        op(
            shared,
            1,
            "reflection_prompt",
            "019a6b4e-0000-7000-8000-000000000033",
            json!({"text": "What did you try?", "position": 1}),
        )?,
    ];
    let mut vv = VersionVector::default();
    vv.advance(in_class, 2);
    vv.advance(shared, 1);
    Ok(bundle::encode_with_files(
        &ops,
        &[],
        golden_manifest(
            3,
            7,
            "8d0b7a52-3f7e-4b43-9c55-6b1f0f4f3a03",
            &class.to_string(),
            Hlc {
                wall_ms: WALL_MS,
                counter: 9,
                device,
            },
            vv,
        ),
    )?)
}

#[test]
fn the_golden_v3_bundle_is_pinned_and_imported() -> Result<()> {
    let golden = read_golden("v3-small.json", golden_v3)?;
    assert_eq!(
        golden,
        golden_v3()?,
        "this build writes format 3 byte for byte"
    );
    let b = bundle::decode(&golden)?;
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("g.sqlite3"))?;
    let class = b.manifest.class_ids[0].clone();
    let counts = bundle::import(&mut db, &b, false, std::slice::from_ref(&class))?;
    assert_eq!(counts.new, 3, "its three ops are imported");
    let students = roster::list_students(db.conn(), class.parse()?, false)?;
    assert_eq!(
        students[0].display_name, "Zoë Ñúñez",
        "the class and its student arrive"
    );
    Ok(())
}

#[test]
fn a_generated_passphrase_is_six_words_and_strong_enough() {
    let p = waypoint_sync::shares::generate_passphrase();
    assert_eq!(p.split(' ').count(), 6, "six words to read aloud: {p}");
    assert!(
        crypto::check_passphrase(&p).is_ok(),
        "a generated passphrase passes the strength check"
    );
    assert_ne!(
        p,
        waypoint_sync::shares::generate_passphrase(),
        "each is drawn afresh"
    );
}
