//! Bundle integration tests: round trips, idempotent import, corrupted and truncated
//! bundles refused with the database unchanged, newer formats refused, and the golden
//! bundle of every format version still read.

use anyhow::Result;
use proptest::prelude::*;
use serde_json::json;
use std::path::Path;
use waypoint_core::hlc::Hlc;
use waypoint_core::ids::DeviceId;
use waypoint_core::op::{Op, OpId, OpKind, VersionVector};
use waypoint_core::roster::{ClassInput, StudentInput};
use waypoint_core::stream::StreamId;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, roster};
use waypoint_sync::bundle::{self, Counts, Manifest, Source};
use waypoint_sync::{Error, file};

fn small_db(dir: &Path, name: &str) -> Result<Db> {
    let mut db = Db::open(&dir.join(format!("{name}.sqlite3")))?;
    let c = roster::create_class(
        &mut db,
        &ClassInput {
            name: "Period 1".into(),
            ..Default::default()
        },
    )?;
    for g in ["Ana", "Bo"] {
        let s = StudentInput {
            given_name: g.into(),
            family_name: "Test".into(),
            ..Default::default()
        };
        roster::create_student(&mut db, &c.id.to_string(), &s)?;
    }
    Ok(db)
}

/// Imports a bundle, choosing to receive every class in it (as a teacher does the first
/// time a co-teacher's class arrives).
fn receive(
    db: &mut Db,
    b: &bundle::Bundle,
) -> waypoint_sync::Result<waypoint_store::exchange::ImportCounts> {
    bundle::import(db, b, false, &b.manifest.class_ids)
}

/// Decodes and imports, the way the app does.
fn import(db: &mut Db, bytes: &[u8]) -> waypoint_sync::Result<u64> {
    let b = bundle::decode(bytes)?;
    Ok(db.import_ops(&b.ops)?.new)
}

#[test]
fn a_full_bundle_round_trips_and_importing_it_again_changes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    roster::load_demo_class(&mut a)?;
    let path = dir.path().join("handoff.waypoint.json");
    let written = file::write_bundle(&path, &bundle::export(&a, None, "Ms. Rivera", 1)?, None)?;
    assert_eq!(
        written.ops.len(),
        a.ops()?.len(),
        "a full bundle carries every op"
    );
    assert!(
        std::fs::read_dir(dir.path())?.all(|e| e
            .map(|e| !e.file_name().to_string_lossy().ends_with(".tmp"))
            .unwrap_or(true)),
        "no temp file is left behind"
    );
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let (read, _) = file::read_bundle(&path, None)?;
    assert_eq!(
        b.import_ops(&read.ops)?.new as usize,
        read.ops.len(),
        "all new the first time"
    );
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "the receiver equals the sender"
    );
    let again = b.import_ops(&read.ops)?;
    assert_eq!(
        again.new, 0,
        "importing the same bundle again brings nothing new"
    );
    let since = bundle::decode(&bundle::export(&a, Some(&b.version_vector()?), "", 2)?)?;
    assert!(
        since.ops.is_empty(),
        "an incremental bundle to a peer that has everything is empty"
    );
    Ok(())
}

#[test]
fn a_bundle_cut_at_any_byte_is_refused_and_changes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let a = small_db(dir.path(), "a")?;
    let bytes = bundle::export(&a, None, "", 1)?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let before = dump_materialized(b.conn())?;
    for cut in 0..bytes.len() - 1 {
        // The last byte is the newline; without it the bundle is still whole.
        assert!(
            import(&mut b, &bytes[..cut]).is_err(),
            "a bundle cut at byte {cut} is refused"
        );
    }
    assert_eq!(
        dump_materialized(b.conn())?,
        before,
        "no refused bundle changed anything"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_flipped_bit_anywhere_is_refused(at in any::<prop::sample::Index>(), bit in 0..8u8) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let a = small_db(dir.path(), "a").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut bytes = bundle::export(&a, None, "", 1).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let i = at.index(bytes.len());
        bytes[i] ^= 1 << bit;
        prop_assert!(bundle::decode(&bytes).is_err(), "flipping bit {} of byte {} must be caught", bit, i);
    }
}

#[test]
fn a_bundle_from_a_newer_waypoint_is_refused_with_a_clear_message() -> Result<()> {
    let manifest = Manifest {
        format: bundle::FORMAT.into(),
        // One past the newest version this build reads.
        format_version: bundle::FORMAT_VERSION + 1,
        min_reader_version: bundle::FORMAT_VERSION + 1,
        schema_version: 2,
        bundle_id: "00000000-0000-4000-8000-000000000000".into(),
        class_ids: vec![],
        source: Source {
            device: DeviceId::mint(1, [1; 10]),
            label: String::new(),
        },
        created_hlc: Hlc {
            wall_ms: 1,
            counter: 0,
            device: DeviceId::mint(1, [1; 10]),
        },
        created_wall_ms: 1,
        ranges: vec![],
        sender_vv: VersionVector::default(),
        counts: Counts {
            ops: 0,
            files: None,
        },
        payload_sha256: String::new(),
        files_sha256: None,
    };
    let err = bundle::decode(&bundle::encode(&[], manifest.clone())?)
        .expect_err("a newer format is too new");
    assert!(
        matches!(err, Error::TooNew { found, .. } if found == bundle::FORMAT_VERSION + 1),
        "refused as too new: {err}"
    );
    assert!(
        err.to_string().contains("Update Waypoint"),
        "the message says what to do: {err}"
    );
    let mut grown = bundle::encode(&[], manifest)?;
    grown.truncate(grown.len() - 2);
    grown.extend_from_slice(b",\"future\":[]}\n");
    let err = bundle::decode(&grown).expect_err("a newer format with a new outer key");
    assert!(
        matches!(err, Error::TooNew { .. }),
        "a later version may add outer keys; it is still refused as newer, not as not a bundle: {err}"
    );
    let err = bundle::decode(br#"{"class":"not a bundle"}"#).expect_err("another JSON file");
    assert!(
        matches!(err, Error::NotABundle { .. }),
        "not a bundle: {err}"
    );
    Ok(())
}

#[test]
fn an_oversized_bundle_is_refused_before_it_is_read() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("huge.json");
    std::fs::File::create(&path)?.set_len(file::MAX_BUNDLE_BYTES + 1)?;
    let err = file::read_bundle(&path, None).expect_err("over 512 MB");
    assert!(
        matches!(err, Error::TooBig { limit_mb: 512, .. }),
        "refused by size: {err}"
    );
    Ok(())
}

/// The golden bundle of format version 1, built from fixed ops; every later version must
/// still read it. `WAYPOINT_BLESS=1 cargo test -p waypoint-sync golden` rewrites it.
fn golden_v1() -> Result<Vec<u8>> {
    let device = DeviceId::mint(1_790_000_000_000, [7; 10]);
    let hlc = |n: u32| Hlc {
        wall_ms: 1_790_000_000_000,
        counter: n,
        device,
    };
    let class_id = "019a6b4e-0000-7000-8000-000000000001";
    let student_id = "019a6b4e-0000-7000-8000-000000000002";
    let set = |seq: u64, table: &str, row: &str, fields: serde_json::Value| -> Result<Op> {
        let mut deps = VersionVector::default();
        if seq > 1 {
            deps.advance(StreamId::legacy(device), seq - 1);
        }
        Ok(Op {
            id: OpId {
                stream: StreamId::legacy(device),
                seq,
            },
            hlc: hlc(seq as u32),
            deps,
            table: table.into(),
            row_id: row.into(),
            kind: OpKind::Set,
            fields: serde_json::from_value(fields)?,
        })
    };
    let ops = vec![
        set(
            1,
            "class",
            class_id,
            json!({"name": "Golden class", "subject": "", "grade_level": "6", "archived": false}),
        )?,
        set(
            2,
            "student",
            student_id,
            json!({"class_id": class_id, "given_name": "Zoë", "family_name": "Ñúñez", "preferred_name": "", "birth_date": "", "archived": false}),
        )?,
        set(3, "student", student_id, json!({"preferred_name": "Zo"}))?,
    ];
    let mut vv = VersionVector::default();
    vv.advance(StreamId::legacy(device), 3);
    Ok(bundle::encode(
        &ops,
        Manifest {
            format: bundle::FORMAT.into(),
            format_version: 1,
            min_reader_version: 1,
            schema_version: 2,
            bundle_id: "6f1c2a52-8d3e-4b7a-9c1d-2e3f4a5b6c7d".into(),
            class_ids: vec![class_id.into()],
            source: Source {
                device,
                label: "Golden".into(),
            },
            created_hlc: hlc(3),
            created_wall_ms: 1_790_000_000_000,
            ranges: vec![],
            sender_vv: vv,
            counts: Counts {
                ops: 0,
                files: None,
            },
            payload_sha256: String::new(),
            files_sha256: None,
        },
    )?)
}

#[test]
fn the_golden_v1_bundle_is_still_read_and_imported() -> Result<()> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1-small.json");
    if std::env::var_os("WAYPOINT_BLESS").is_some() {
        std::fs::write(&path, golden_v1()?)?;
    }
    let golden = std::fs::read(&path)?;
    assert_eq!(
        golden,
        golden_v1()?,
        "this build still writes format 1 byte for byte"
    );
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("g.sqlite3"))?;
    assert_eq!(
        import(&mut db, &golden)?,
        3,
        "the golden bundle's three ops are imported"
    );
    let classes = roster::list_classes(db.conn(), false)?;
    assert_eq!(classes.len(), 1, "its class arrives");
    let students = roster::list_students(db.conn(), &classes[0].id.to_string(), false)?;
    assert_eq!(
        students[0].display_name, "Zo Ñúñez",
        "a later op's field wins and text survives intact"
    );
    Ok(())
}

#[test]
fn an_incremental_bundle_of_200_changes_is_small_and_the_import_is_logged() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let class = roster::load_demo_class(&mut a)?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    receive(&mut a, &bundle::decode(&bundle::export(&b, None, "B", 2)?)?)?;
    let student = roster::list_students(a.conn(), &class.id.to_string(), false)?[0].clone();
    for i in 0..200 {
        let input = StudentInput {
            given_name: format!("Name {i}"),
            family_name: student.family_name.clone(),
            ..Default::default()
        };
        roster::update_student(&mut a, &student.id.to_string(), &input)?;
    }
    let bytes = bundle::export_for_peer(&a, b.device_id(), "A", 3)?;
    let inc = bundle::decode(&bytes)?;
    assert_eq!(inc.ops.len(), 200, "only what B lacked: the 200 edits");
    assert!(
        bytes.len() <= 100 * 1024,
        "200 changes fit in 100 KB: {} bytes",
        bytes.len()
    );
    let counts = receive(&mut b, &inc)?;
    assert_eq!(counts.new, 200, "all of them are new to B");
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "then both agree"
    );
    let log = b.import_log()?;
    assert_eq!(log.len(), 2, "both imports are logged");
    assert_eq!(log[0].counts.new, 200, "newest first, with what it brought");
    assert_eq!(log[0].source_label, "A", "and who sent it");
    let stranger = DeviceId::mint(5, [5; 10]);
    let err = bundle::export_for_peer(&a, stranger, "A", 4).expect_err("never heard from it");
    assert!(matches!(err, Error::UnknownPeer { .. }), "refused: {err}");
    Ok(())
}

#[test]
fn the_last_import_can_be_undone_unless_changes_were_made_since() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let a = small_db(dir.path(), "a")?;
    let mut b = small_db(dir.path(), "b")?;
    let before = dump_materialized(b.conn())?;
    let clock_before = b.last_hlc();
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    assert_ne!(
        dump_materialized(b.conn())?,
        before,
        "the import brought A's class"
    );
    b.undo_last_import()?;
    assert_eq!(
        dump_materialized(b.conn())?,
        before,
        "undo puts everything back as it was"
    );
    assert!(
        b.import_log()?.is_empty(),
        "the undone import is gone from the log too"
    );
    assert!(b.last_hlc() >= clock_before, "the clock never goes back");
    let again = b
        .undo_last_import()
        .expect_err("only the last import can be undone");
    assert!(
        matches!(again, waypoint_store::Error::NoRestorePoint),
        "nothing left to undo: {again}"
    );

    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 2)?)?)?;
    let c = roster::list_classes(b.conn(), false)?[0].clone();
    roster::create_student(
        &mut b,
        &c.id.to_string(),
        &StudentInput {
            given_name: "New".into(),
            family_name: "Here".into(),
            ..Default::default()
        },
    )?;
    let after_edit = dump_materialized(b.conn())?;
    let refused = b
        .undo_last_import()
        .expect_err("a local change since the import");
    assert!(
        matches!(refused, waypoint_store::Error::ChangedSinceImport),
        "refused: {refused}"
    );
    assert_eq!(
        dump_materialized(b.conn())?,
        after_edit,
        "a refused undo changes nothing"
    );
    Ok(())
}

const PASS: &str = "maple syrup 42";

/// The first class and its first student on `db`.
fn first_student(db: &Db) -> Result<(String, waypoint_core::roster::StudentView)> {
    let c = roster::list_classes(db.conn(), true)?[0].clone();
    let s = roster::list_students(db.conn(), &c.id.to_string(), true)?[0].clone();
    Ok((c.id.to_string(), s))
}

fn rename(db: &mut Db, s: &waypoint_core::roster::StudentView, given: &str) -> Result<()> {
    let input = StudentInput {
        given_name: given.into(),
        family_name: s.family_name.clone(),
        ..Default::default()
    };
    roster::update_student(db, &s.id.to_string(), &input)?;
    Ok(())
}

#[test]
fn an_encrypted_bundle_opens_only_with_the_class_passphrase() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let path = dir.path().join("handoff.bundle");
    file::write_bundle(&path, &bundle::export(&a, None, "A", 1)?, Some(PASS))?;
    let bytes = std::fs::read(&path)?;
    assert!(
        waypoint_sync::crypto::is_encrypted(&bytes),
        "a bundle written with a passphrase is an age file"
    );
    assert!(
        !String::from_utf8_lossy(&bytes).contains("Period 1"),
        "no class name is readable in an encrypted bundle"
    );
    let before = dump_materialized(b.conn())?;
    for (passphrase, what) in [
        (None, "no passphrase"),
        (Some("not the one"), "a wrong one"),
    ] {
        let err = file::read_bundle(&path, passphrase).expect_err(what);
        let expected = if passphrase.is_none() {
            matches!(err, Error::NeedsPassphrase)
        } else {
            matches!(err, Error::WrongPassphrase)
        };
        assert!(expected, "{what} gets its own clear message: {err}");
    }
    assert_eq!(
        dump_materialized(b.conn())?,
        before,
        "a refused bundle changes nothing"
    );
    let (read, encrypted) = file::read_bundle(&path, Some(PASS))?;
    assert!(encrypted, "the reader says it was encrypted");
    receive(&mut b, &read)?;
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "the right passphrase hands everything over"
    );
    Ok(())
}

#[test]
fn a_class_not_chosen_is_refused_until_the_teacher_chooses_it() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let read = bundle::decode(&bundle::export(&a, None, "A", 1)?)?;
    let before = dump_materialized(b.conn())?;
    let err = bundle::import(&mut b, &read, false, &[]).expect_err("class not chosen");
    match &err {
        Error::ClassNotChosen { classes } => {
            assert_eq!(classes.len(), 1, "the one class is named");
            assert_eq!(classes[0].name, "Period 1", "by its name from the bundle");
        }
        other => panic!("expected ClassNotChosen, got {other}"),
    }
    assert!(
        err.to_string().contains("\u{201c}Period 1\u{201d}"),
        "the message names the class: {err}"
    );
    assert_eq!(dump_materialized(b.conn())?, before, "nothing was imported");
    let counts = bundle::import(&mut b, &read, false, &read.manifest.class_ids)?;
    assert!(counts.new > 0, "once chosen, it comes in");
    let (class_id, s) = first_student(&a)?;
    assert_eq!(
        b.handoff_settings()?.received_classes,
        vec![class_id],
        "the choice is remembered for the next handoff"
    );
    let mut a = a;
    rename(&mut a, &s, "Later")?;
    let next = bundle::decode(&bundle::export(&a, Some(&b.version_vector()?), "A", 2)?)?;
    assert_eq!(
        bundle::import(&mut b, &next, false, &[])?.new,
        1,
        "later bundles of a chosen class need no new choice"
    );
    Ok(())
}

#[test]
fn three_laptops_sync_through_a_folder_with_one_file_each() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder)?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let mut c = Db::open(&dir.path().join("c.sqlite3"))?;
    let (class_id, s) = first_student(&a)?;
    for db in [&mut b, &mut c] {
        db.receive_classes(std::slice::from_ref(&class_id))?;
    }
    let sync = |db: &mut Db, label: &str| {
        waypoint_sync::folder::sync_folder(db, &folder, Some(PASS), label, 1, None, &mut |_| {})
    };
    let first = sync(&mut a, "A")?;
    assert!(first.files.is_empty(), "A is alone in the folder at first");
    let from_a = sync(&mut b, "B")?;
    assert!(from_a.totals.new > 0, "B takes in A's file");
    rename(&mut b, &s, "From B")?;
    sync(&mut b, "B")?;
    // C never exchanges with A's database directly after this: it gets B's edit from B's
    // file and A's class from A's file.
    let at_c = sync(&mut c, "C")?;
    assert_eq!(at_c.files.len(), 2, "C reads both other files: {at_c:?}");
    assert!(
        at_c.files.iter().all(|f| f.error.is_none()),
        "both open with the class passphrase"
    );
    sync(&mut a, "A")?;
    let names: Vec<String> = std::fs::read_dir(&folder)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names.len(),
        3,
        "one file per laptop and nothing else: {names:?}"
    );
    for db in [&a, &b, &c] {
        assert!(
            names.contains(&waypoint_sync::folder::device_file_name(
                &db.device_id().to_string()
            )),
            "each laptop's own file is named by its device id"
        );
    }
    let again = sync(&mut c, "C")?;
    assert_eq!(
        again.totals.new, 0,
        "a second sync with no changes brings nothing new"
    );
    let dump = dump_materialized(a.conn())?;
    assert_eq!(dump_materialized(b.conn())?, dump, "B agrees with A");
    assert_eq!(dump_materialized(c.conn())?, dump, "C agrees with A");
    assert_eq!(
        roster::get_student(a.conn(), s.id)?.given_name,
        "From B",
        "A got B's edit"
    );
    Ok(())
}

#[test]
fn a_file_that_cannot_be_opened_is_reported_and_the_others_still_come_in() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder)?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = small_db(dir.path(), "b")?;
    let mut c = Db::open(&dir.path().join("c.sqlite3"))?;
    let class_ids: Vec<String> = [&a, &b]
        .iter()
        .map(|db| Ok(first_student(db)?.0))
        .collect::<Result<_>>()?;
    c.receive_classes(&class_ids)?;
    waypoint_sync::folder::sync_folder(&mut a, &folder, Some(PASS), "A", 1, None, &mut |_| {})?;
    waypoint_sync::folder::sync_folder(
        &mut b,
        &folder,
        Some("another one!"),
        "B",
        1,
        None,
        &mut |_| {},
    )?;
    std::fs::write(
        folder.join("waypoint-half-copied.bundle"),
        b"{\"manifest\":{",
    )?;
    let report =
        waypoint_sync::folder::sync_folder(&mut c, &folder, Some(PASS), "C", 1, None, &mut |_| {})?;
    assert_eq!(
        report.files.len(),
        3,
        "every other file is reported: {report:?}"
    );
    let from_a = report
        .files
        .iter()
        .find(|f| f.label == "A")
        .expect("A's file");
    assert!(from_a.counts.is_some_and(|c| c.new > 0), "A's file came in");
    let failed: Vec<&String> = report
        .files
        .iter()
        .filter_map(|f| f.error.as_ref())
        .collect();
    assert_eq!(failed.len(), 2, "B's and the broken file are reported");
    assert!(
        failed.iter().any(|e| e.contains("passphrase")),
        "the other passphrase is said plainly: {failed:?}"
    );
    assert!(
        failed.iter().any(|e| e.contains("cut short")),
        "the half-copied file is said plainly: {failed:?}"
    );
    let err = waypoint_sync::folder::sync_folder(
        &mut c,
        &dir.path().join("unplugged"),
        Some(PASS),
        "C",
        1,
        None,
        &mut |_| {},
    )
    .expect_err("no such folder");
    assert!(
        matches!(err, Error::NoFolder { .. }),
        "a missing folder: {err}"
    );
    Ok(())
}

#[test]
fn a_conflict_resolved_on_one_laptop_closes_on_both() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (_, s) = first_student(&a)?;
    rename(&mut a, &s, "Anita")?;
    rename(&mut b, &s, "Anna")?;
    let exchange = |from: &Db, to: &mut Db| -> Result<()> {
        receive(
            to,
            &bundle::decode(&bundle::export(from, Some(&to.version_vector()?), "x", 2)?)?,
        )?;
        Ok(())
    };
    exchange(&a, &mut b)?;
    exchange(&b, &mut a)?;
    let open = waypoint_store::conflicts::list_conflicts(&a)?;
    assert_eq!(
        open.len(),
        1,
        "the same field edited on both is one conflict"
    );
    assert_eq!(open[0].field, "given_name", "on the given name");
    let values: Vec<&str> = open[0]
        .candidates
        .iter()
        .map(|c| c.display.as_str())
        .collect();
    assert!(
        values.contains(&"Anita") && values.contains(&"Anna"),
        "both values are kept: {values:?}"
    );
    assert!(
        open[0].candidates.iter().any(|c| c.who == "This laptop"),
        "who wrote each value is said"
    );
    let err = waypoint_store::conflicts::resolve_conflict(
        &mut a,
        "student",
        &s.id.to_string(),
        "given_name",
        &json!("   "),
    )
    .expect_err("a blank name");
    assert!(
        err.to_string().contains("blank"),
        "an edit is validated: {err}"
    );
    waypoint_store::conflicts::resolve_conflict(
        &mut a,
        "student",
        &s.id.to_string(),
        "given_name",
        &json!("Ana María"),
    )?;
    assert!(
        waypoint_store::conflicts::list_conflicts(&a)?.is_empty(),
        "resolved here"
    );
    exchange(&a, &mut b)?;
    assert!(
        waypoint_store::conflicts::list_conflicts(&b)?.is_empty(),
        "and closed on the other laptop by the same op"
    );
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(b.conn())?,
        "both show the same"
    );
    assert_eq!(
        roster::get_student(b.conn(), s.id)?.given_name,
        "Ana María",
        "with the value the teacher typed"
    );
    Ok(())
}

#[test]
fn a_purge_travels_and_blanks_the_values_on_the_other_laptop() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (_, s) = first_student(&a)?;
    roster::purge_student(&mut a, &s.id.to_string())?;
    let bytes = bundle::export(&a, Some(&b.version_vector()?), "A", 2)?;
    assert!(
        !String::from_utf8_lossy(&bundle::export(&a, None, "A", 3)?).contains(&s.given_name),
        "after a purge, not even a full bundle carries the student's name"
    );
    receive(&mut b, &bundle::decode(&bytes)?)?;
    assert!(
        b.ops()?
            .iter()
            .filter(|o| o.row_id == s.id.to_string())
            .all(|o| o.fields.is_empty()),
        "the receiver's log is blanked too"
    );
    assert!(
        roster::get_student(b.conn(), s.id).is_err(),
        "the student is gone on both laptops"
    );
    // The receiver still holds the old, unblanked ops in older bundles: importing one again
    // is the same change, not tampering.
    let counts = receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 4)?)?)?;
    assert_eq!(counts.new, 0, "nothing new, and no tampering claimed");
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(b.conn())?,
        "both agree"
    );
    Ok(())
}

#[test]
fn a_clock_hours_ahead_does_not_beat_a_later_edit_that_saw_it() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let ahead = waypoint_store::OpenOptions {
        wall_clock: std::sync::Arc::new(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                // Within what an import accepts (a day ahead), far enough to win on time.
                .map(|d| d.as_millis() as u64 + 20 * 3600 * 1000)
                .unwrap_or(0)
        }),
    };
    let mut b = Db::open_with(&dir.path().join("b.sqlite3"), ahead)?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (_, s) = first_student(&a)?;
    rename(&mut b, &s, "From the future")?;
    receive(&mut a, &bundle::decode(&bundle::export(&b, None, "B", 2)?)?)?;
    rename(&mut a, &s, "Now")?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 3)?)?)?;
    for db in [&a, &b] {
        assert_eq!(
            roster::get_student(db.conn(), s.id)?.given_name,
            "Now",
            "the edit made after seeing the other wins, whatever the clocks say"
        );
        assert!(
            waypoint_store::conflicts::list_conflicts(db)?.is_empty(),
            "and it is no conflict"
        );
    }
    Ok(())
}

#[test]
fn a_copied_database_syncs_as_a_laptop_of_its_own() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder)?;
    let mut a = small_db(dir.path(), "a")?;
    waypoint_sync::folder::sync_folder(&mut a, &folder, Some(PASS), "A", 1, None, &mut |_| {})?;
    let copy_path = dir.path().join("copy.sqlite3");
    a.conn()
        .execute("VACUUM INTO ?1", [copy_path.to_string_lossy()])?;
    let mut copy = Db::open(&copy_path)?;
    assert_ne!(
        copy.device_id(),
        a.device_id(),
        "a copied database gets a new device id"
    );
    let (_, s) = first_student(&copy)?;
    rename(&mut copy, &s, "Copy")?;
    rename(&mut a, &s, "Original")?;
    waypoint_sync::folder::sync_folder(
        &mut copy,
        &folder,
        Some(PASS),
        "Copy",
        1,
        None,
        &mut |_| {},
    )?;
    waypoint_sync::folder::sync_folder(&mut a, &folder, Some(PASS), "A", 1, None, &mut |_| {})?;
    waypoint_sync::folder::sync_folder(
        &mut copy,
        &folder,
        Some(PASS),
        "Copy",
        1,
        None,
        &mut |_| {},
    )?;
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(copy.conn())?,
        "the copy's changes never collide with the original's op ids"
    );
    assert_eq!(
        waypoint_store::conflicts::list_conflicts(&a)?.len(),
        1,
        "both renamed the student: one conflict, both values kept"
    );
    Ok(())
}

#[test]
fn a_float_reads_back_exactly_so_a_second_import_is_nothing_new() -> Result<()> {
    // Found by the fuzz target: without exact float parsing, 3.0311e60 read back as
    // 3.0311000000000003e60, and the same bundle imported twice was called altered.
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let (_, student) = first_student(&a)?;
    a.write(|w| {
        let mut f = waypoint_core::op::Fields::new();
        f.insert("student_id".into(), json!(student.id.to_string()));
        f.insert("level".into(), json!(3.0311e60));
        w.set(&waypoint_core::evidence::EVIDENCE, "e1", f)
    })?;
    let bytes = bundle::export(&a, None, "A", 1)?;
    let all = a.ops()?.len() as u64;
    assert_eq!(import(&mut b, &bytes)?, all, "the first time it is new");
    let again = bundle::export(&b, None, "B", 2)?;
    assert_eq!(
        import(&mut a, &again)?,
        0,
        "the op came back through a database and a bundle unchanged: nothing new, not altered"
    );
    assert_eq!(
        import(&mut b, &bytes)?,
        0,
        "and the same bundle twice is nothing new"
    );
    Ok(())
}

#[test]
fn undo_refuses_a_restore_point_older_than_the_last_import() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let point = waypoint_store::exchange::restore_point_path(b.path());
    let older = dir.path().join("older-point");
    std::fs::copy(&point, &older)?;
    let (_, s) = first_student(&a)?;
    rename(&mut a, &s, "Second")?;
    let seen = b.version_vector()?;
    receive(
        &mut b,
        &bundle::decode(&bundle::export(&a, Some(&seen), "A", 2)?)?,
    )?;
    assert!(b.can_undo_import()?, "the last import can be undone");
    // A crash between the second import's commit and its restore point's rename leaves the
    // first import's restore point in place.
    std::fs::copy(&older, &point)?;
    assert!(
        !b.can_undo_import()?,
        "the Sync page must not offer to undo two imports as one"
    );
    let before = dump_materialized(b.conn())?;
    let err = b.undo_last_import().expect_err("a stale restore point");
    assert!(
        matches!(err, waypoint_store::Error::NoRestorePoint),
        "refused: {err}"
    );
    assert_eq!(dump_materialized(b.conn())?, before, "and nothing changed");
    Ok(())
}

/// The demo class with a saved group set, four stations, a rotation and a playlist given to
/// the first group, as one teacher would leave it before a handoff.
fn classroom_day(db: &mut Db) -> Result<(String, String)> {
    use waypoint_core::grouping::{Constraints, GroupCount, GroupingMode};
    use waypoint_core::groups::GroupBasis;
    use waypoint_core::playlists::{ActivityInput, AssignTarget, Modality, PlaylistInput};
    use waypoint_core::playlists::{PlaylistKind, TargetKind};
    use waypoint_core::rotations::RotationInput;
    use waypoint_core::rotations::{StationInput, StationKind};
    use waypoint_store::{evidence, groups, playlists, rotations};
    let class = roster::load_demo_class(db)?.id.to_string();
    let competency = evidence::mastery_grid(db.conn(), &class)?.competencies[0]
        .id
        .to_string();
    let proposal = groups::suggest_groups(
        db.conn(),
        &class,
        &groups::GroupRequest {
            competency_ids: vec![competency.clone()],
            count: GroupCount::Groups { count: 4 },
            mode: GroupingMode::Like,
            constraints: Constraints::default(),
            seed: 3,
            keep: Vec::new(),
        },
    )?;
    let basis = GroupBasis {
        competency_ids: vec![competency.clone()],
        competency_codes: Vec::new(),
        mode: "like".into(),
        seed: 3,
    };
    let set = groups::save_group_set(
        db,
        &class,
        &proposal.to_input("2026-11-24", "Monday", basis),
    )?;
    let mut station_ids = Vec::new();
    for (name, kind) in [
        ("Teacher", StationKind::TeacherLed),
        ("Online", StationKind::Online),
        ("Pairs", StationKind::Collaborative),
        ("Solo", StationKind::Independent),
    ] {
        let input = StationInput {
            name: name.into(),
            kind,
            capacity: Some(8),
            materials: String::new(),
            instructions: String::new(),
        };
        station_ids.push(rotations::create_station(db, &class, &input)?.id);
    }
    let plan = rotations::build_rotation(
        db,
        &class,
        &RotationInput {
            date: "2026-11-24".into(),
            group_set_id: set.id.clone(),
            station_ids,
            block_minutes: 15,
            transition_minutes: 2,
        },
    )?;
    let activity = playlists::create_activity(
        db,
        &class,
        &ActivityInput {
            competency_id: competency,
            title: "Ratio tables".into(),
            modality: Modality::Practice,
            minutes: 15.0,
            instructions: String::new(),
            link: String::new(),
        },
    )?;
    let playlist = playlists::create_playlist(
        db,
        &class,
        &PlaylistInput {
            title: "Ratios path".into(),
            kind: PlaylistKind::Playlist,
            activity_ids: vec![activity.id.to_string()],
            pick_count: 1.0,
        },
    )?;
    playlists::assign_playlist(
        db,
        &playlist.id.to_string(),
        &AssignTarget {
            kind: TargetKind::Group,
            id: set.groups[0].id.clone(),
        },
    )?;
    Ok((class, plan.id))
}

#[test]
fn groups_rotations_and_playlists_travel_with_their_class() -> Result<()> {
    use waypoint_store::rotations;
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    // B already receives one class; the classroom comes in a second, new to B.
    roster::load_demo_class(&mut a)?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (class, plan) = classroom_day(&mut a)?;
    let bytes = bundle::export(&a, Some(&b.version_vector()?), "A", 2)?;
    let read = bundle::decode(&bytes)?;
    assert_eq!(
        read.manifest.class_ids,
        vec![class.clone()],
        "groups, stations, rotations and playlists name the class they belong to"
    );
    let err =
        bundle::import(&mut b, &read, false, &[]).expect_err("the new class is not chosen yet");
    assert!(
        matches!(err, Error::ClassNotChosen { .. }),
        "a class's classroom is refused until the class is chosen: {err}"
    );
    receive(&mut b, &read)?;
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(b.conn())?,
        "both laptops hold the same classroom"
    );
    assert_eq!(
        rotations::get_rotation(b.conn(), &plan)?,
        rotations::get_rotation(a.conn(), &plan)?,
        "the co-teacher sees the same rotation, cell for cell"
    );
    Ok(())
}

// ---- Portfolio files in bundles (format version 2) ----

use waypoint_core::portfolio::ArtifactInput;
use waypoint_store::portfolio::{self, MISSING_FILE, artifacts_dir};

/// A laptop with the demo class in a folder of its own (`artifacts/` is beside the
/// database, so two laptops in one folder would share their files and prove nothing), and a
/// small text file attached to its first student. Returns the database, the student's id
/// and the file's SHA-256.
fn laptop_with_a_file(root: &Path, name: &str) -> Result<(Db, String, String)> {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir)?;
    let mut db = Db::open(&dir.join("w.sqlite3"))?;
    let class = roster::load_demo_class(&mut db)?;
    let student = roster::list_students(db.conn(), &class.id.to_string(), false)?[0]
        .id
        .to_string();
    let source = root.join(format!("{name}-notes.txt"));
    std::fs::write(&source, "Bridge notes: the truss held 4 kg.\n".repeat(10))?;
    let view = portfolio::attach_artifact(
        &mut db,
        &student,
        &source,
        &ArtifactInput {
            title: "Bridge notes".into(),
            date: "2026-03-02".into(),
            ..Default::default()
        },
    )?;
    Ok((db, student, view.sha256))
}

/// An empty laptop in a folder of its own.
fn empty_laptop(root: &Path, name: &str) -> Result<Db> {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir)?;
    Ok(Db::open(&dir.join("w.sqlite3"))?)
}

/// The names and contents of the files in a laptop's `artifacts/`, to show nothing changed.
fn artifact_files(db: &Db) -> Result<Vec<(String, Vec<u8>)>> {
    let dir = artifacts_dir(db.path());
    if !dir.exists() {
        return Ok(vec![]);
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        out.push((
            e.file_name().to_string_lossy().into_owned(),
            std::fs::read(e.path())?,
        ));
    }
    out.sort();
    Ok(out)
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn a_portfolio_file_travels_in_the_bundle_and_lands_on_the_other_laptop() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, student, sha) = laptop_with_a_file(root.path(), "a")?;
    let mut b = empty_laptop(root.path(), "b")?;
    let bytes = bundle::export(&a, None, "A", 1)?;
    let read = bundle::decode(&bytes)?;
    assert_eq!(
        read.manifest.format_version,
        bundle::STREAMS_VERSION,
        "a bundle of per-class streams carrying a file is written in version 3, which has files"
    );
    assert_eq!(
        read.manifest.min_reader_version, 3,
        "a reader that knows no streams must refuse it as newer rather than misread it"
    );
    assert_eq!(read.files.len(), 1, "the one attached file is carried");
    assert_eq!(
        read.files[0].sha256, sha,
        "the file carried is the one attached"
    );
    assert_eq!(
        bundle::preview(&b, &read, false)?.files,
        1,
        "the preview tells the teacher a file comes with it"
    );
    receive(&mut b, &read)?;
    let items = portfolio::list_artifacts(b.conn(), b.path(), &student)?;
    assert_eq!(items.len(), 1, "the record arrives with the ops");
    assert!(
        items[0].present && items[0].problem.is_none(),
        "the file arrived with its record, so the item is whole: {:?}",
        items[0].problem
    );
    let landed = std::fs::read(artifacts_dir(b.path()).join(&sha))?;
    assert_eq!(
        sha256_hex(&landed),
        sha,
        "the bytes on the receiving laptop hash to the record's SHA-256"
    );
    let before = (dump_materialized(b.conn())?, artifact_files(&b)?);
    let again = receive(&mut b, &read)?;
    assert_eq!(again.new, 0, "the same bundle again brings nothing new");
    assert_eq!(
        (dump_materialized(b.conn())?, artifact_files(&b)?),
        before,
        "importing the same bundle again changes neither the rows nor the files"
    );
    Ok(())
}

#[test]
fn a_bundle_whose_file_was_altered_is_refused_and_changes_nothing() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, _, _) = laptop_with_a_file(root.path(), "a")?;
    let b = empty_laptop(root.path(), "b")?;
    let bytes = bundle::export(&a, None, "A", 1)?;
    let text = String::from_utf8(bytes.clone())?;
    // The first character of the file's base64: "Bridge" encodes as "QnJp…". Swapping it for
    // another base64 character changes one byte of the file and nothing else.
    let at = text.find("\"data\":\"").ok_or(anyhow::anyhow!("no data"))? + 8;
    let mut altered = bytes.clone();
    altered[at] = if altered[at] == b'Q' { b'R' } else { b'Q' };
    let before = (dump_materialized(b.conn())?, artifact_files(&b)?);
    let err = bundle::decode(&altered).expect_err("an altered file must be caught");
    assert!(
        matches!(err, Error::Damaged { .. }),
        "refused as damaged or altered: {err}"
    );
    assert!(
        err.to_string().contains("altered"),
        "the message says so in the usual words: {err}"
    );
    assert_eq!(
        (dump_materialized(b.conn())?, artifact_files(&b)?),
        before,
        "a refused bundle changes neither the rows nor the files"
    );
    for cut in 0..bytes.len() - 1 {
        assert!(
            bundle::decode(&bytes[..cut]).is_err(),
            "a bundle with a file, cut at byte {cut}, is refused"
        );
    }
    Ok(())
}

#[test]
fn a_bundle_of_legacy_streams_without_files_is_still_written_as_version_1() -> Result<()> {
    // A database whose ops are all from format 1 bundles (one stream per device) hands
    // them on as version 1; anything written since is in per-class streams (version 3).
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    import(&mut a, &golden_v1()?)?;
    let bytes = bundle::export(&a, None, "", 1)?;
    let read = bundle::decode(&bytes)?;
    assert_eq!(
        (
            read.manifest.format_version,
            read.manifest.min_reader_version
        ),
        (1, 1),
        "with no files, every reader of version 1 can still read it"
    );
    let text = String::from_utf8(bytes)?;
    assert!(
        !text.contains("\"files") && !text.contains("filesSha256"),
        "a version 1 bundle has no trace of files: {text}"
    );
    Ok(())
}

#[test]
fn a_file_over_the_budget_is_left_out_and_the_item_says_it_is_not_here_yet() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, student, _) = laptop_with_a_file(root.path(), "a")?;
    let mut b = empty_laptop(root.path(), "b")?;
    let bytes = bundle::export_with_file_budget(&a, None, "A", 1, 10)?;
    let read = bundle::decode(&bytes)?;
    assert!(
        read.files.is_empty(),
        "a 350-byte file does not fit in a 10-byte budget"
    );
    assert_eq!(
        (read.manifest.format_version, read.manifest.counts.files),
        (3, Some(0)),
        "with every file left out, its files section is there and empty"
    );
    receive(&mut b, &read)?;
    let items = portfolio::list_artifacts(b.conn(), b.path(), &student)?;
    assert_eq!(items.len(), 1, "the record still syncs");
    assert!(!items[0].present, "its bytes did not come");
    assert_eq!(
        items[0].problem.as_deref(),
        Some(MISSING_FILE),
        "the item says its file is not on this laptop yet"
    );
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 2)?)?)?;
    assert!(
        portfolio::list_artifacts(b.conn(), b.path(), &student)?[0].present,
        "a later full bundle within the budget brings the file"
    );
    Ok(())
}

#[test]
fn files_out_of_order_or_in_a_version_1_bundle_are_refused() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, _, _) = laptop_with_a_file(root.path(), "a")?;
    let good = bundle::decode(&bundle::export(&a, None, "A", 1)?)?;
    let text = String::from_utf8(bundle::export(&a, None, "A", 1)?)?;
    let mut outer: serde_json::Value = serde_json::from_str(&text)?;
    // Two entries, both valid, written in the wrong order with every hash recomputed: only
    // the order is wrong, and the order is part of the format (one bundle, one byte form).
    let entry = outer["files"][0].clone();
    let other = b"another file";
    use base64::Engine;
    let second = json!({
        "sha256": sha256_hex(other),
        "size": other.len(),
        "data": base64::engine::general_purpose::STANDARD.encode(other),
    });
    let (first, last) = if sha256_hex(other) > good.files[0].sha256 {
        (second, entry)
    } else {
        (entry, second)
    };
    let files = serde_json::to_string(&json!([first, last]))?;
    let mut manifest: Manifest = serde_json::from_value(outer["manifest"].take())?;
    manifest.files_sha256 = Some(sha256_hex(files.as_bytes()));
    manifest.counts.files = Some(2);
    let manifest_json = serde_json::to_string(&manifest)?;
    // The ops exactly as written (re-serializing them could change their bytes, and their
    // hash is in the manifest): between `","ops":` after the manifest hash and the files.
    let ops_at = text.find("\",\"ops\":").ok_or(anyhow::anyhow!("no ops"))? + 8;
    let files_at = text
        .rfind(",\"files\":")
        .ok_or(anyhow::anyhow!("no files"))?;
    let ops = &text[ops_at..files_at];
    let rebuilt = format!(
        "{{\"manifest\":{manifest_json},\"manifestSha256\":\"{}\",\"ops\":{ops},\"files\":{files}}}\n",
        sha256_hex(manifest_json.as_bytes())
    );
    let err = bundle::decode(rebuilt.as_bytes()).expect_err("files out of order");
    assert!(
        err.to_string().contains("out of order"),
        "refused for the order, every hash being right: {err}"
    );
    // A version 1 manifest with a files section tacked on: version 1 has no files.
    let mut v1_text = String::from_utf8(golden_v1()?)?;
    v1_text.truncate(v1_text.len() - 2);
    v1_text.push_str(",\"files\":[]}\n");
    let err = bundle::decode(v1_text.as_bytes()).expect_err("files in version 1");
    assert!(
        matches!(err, Error::Damaged { .. }),
        "a version 1 bundle with files is refused as altered: {err}"
    );
    Ok(())
}

/// The golden bundle of format version 2: one class, one student, one artifact record and
/// its small file, built from fixed ops; every later version must still read it.
/// `WAYPOINT_BLESS=1 cargo test -p waypoint-sync golden` rewrites it.
fn golden_v2() -> Result<Vec<u8>> {
    let device = DeviceId::mint(1_800_000_000_000, [9; 10]);
    let hlc = |n: u32| Hlc {
        wall_ms: 1_800_000_000_000,
        counter: n,
        device,
    };
    let class_id = "019a6b4e-0000-7000-8000-000000000011";
    let student_id = "019a6b4e-0000-7000-8000-000000000012";
    let artifact_id = "019a6b4e-0000-7000-8000-000000000013";
    let data = GOLDEN_V2_FILE.to_vec();
    let sha = sha256_hex(&data);
    let set = |seq: u64, table: &str, row: &str, fields: serde_json::Value| -> Result<Op> {
        let mut deps = VersionVector::default();
        if seq > 1 {
            deps.advance(StreamId::legacy(device), seq - 1);
        }
        Ok(Op {
            id: OpId {
                stream: StreamId::legacy(device),
                seq,
            },
            hlc: hlc(seq as u32),
            deps,
            table: table.into(),
            row_id: row.into(),
            kind: OpKind::Set,
            fields: serde_json::from_value(fields)?,
        })
    };
    let ops = vec![
        set(
            1,
            "class",
            class_id,
            json!({"name": "Golden class 2", "subject": "", "grade_level": "7", "archived": false}),
        )?,
        set(
            2,
            "student",
            student_id,
            json!({"class_id": class_id, "given_name": "Amaru", "family_name": "Quispe", "preferred_name": "", "birth_date": "", "archived": false}),
        )?,
        set(
            3,
            "artifact",
            artifact_id,
            json!({"student_id": student_id, "title": "Field notes", "date": "2027-01-15",
                   "reflection": "", "competency_ids": [], "highlight": false,
                   "file_name": "notes.txt", "mime": "text/plain",
                   "size": data.len() as f64, "sha256": sha}),
        )?,
    ];
    let mut vv = VersionVector::default();
    vv.advance(StreamId::legacy(device), 3);
    Ok(bundle::encode_with_files(
        &ops,
        &[bundle::BundleFile { sha256: sha, data }],
        Manifest {
            format: bundle::FORMAT.into(),
            format_version: 2,
            min_reader_version: 2,
            schema_version: 6,
            bundle_id: "0b7e4c1d-2a3f-4e5b-8c6d-7e8f9a0b1c2d".into(),
            class_ids: vec![class_id.into()],
            source: Source {
                device,
                label: "Golden".into(),
            },
            created_hlc: hlc(3),
            created_wall_ms: 1_800_000_000_000,
            ranges: vec![],
            sender_vv: vv,
            counts: Counts {
                ops: 0,
                files: None,
            },
            payload_sha256: String::new(),
            files_sha256: None,
        },
    )?)
}

/// The golden v2 bundle's one file.
const GOLDEN_V2_FILE: &[u8] = b"Field notes: the seedlings grew 3 cm this week.\n";

#[test]
fn the_golden_v2_bundle_is_still_read_and_imported() -> Result<()> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v2-small.json");
    if std::env::var_os("WAYPOINT_BLESS").is_some() {
        std::fs::write(&path, golden_v2()?)?;
    }
    let golden = std::fs::read(&path)?;
    assert_eq!(
        golden,
        golden_v2()?,
        "this build still writes format 2 byte for byte"
    );
    let root = tempfile::tempdir()?;
    // Its ops are dated in 2027: a laptop takes ops at most a day ahead of its own clock,
    // so this one's clock reads a day after the golden bundle was made.
    let read = bundle::decode(&golden)?;
    let made = read.manifest.created_wall_ms;
    let mut db = Db::open_with(
        &root.path().join("g.sqlite3"),
        waypoint_store::OpenOptions {
            wall_clock: std::sync::Arc::new(move || made + 24 * 3600 * 1000),
        },
    )?;
    assert_eq!(read.files.len(), 1, "the golden bundle carries one file");
    assert_eq!(
        receive(&mut db, &read)?.new,
        3,
        "the golden bundle's three ops are imported"
    );
    let sha = sha256_hex(GOLDEN_V2_FILE);
    assert_eq!(
        std::fs::read(artifacts_dir(db.path()).join(&sha))?,
        GOLDEN_V2_FILE,
        "its file lands in artifacts/ under its SHA-256"
    );
    let items =
        portfolio::list_artifacts(db.conn(), db.path(), "019a6b4e-0000-7000-8000-000000000012")?;
    assert_eq!(items.len(), 1, "its record arrives");
    assert!(
        items[0].present && items[0].problem.is_none(),
        "and its file with it: {:?}",
        items[0].problem
    );
    Ok(())
}

#[test]
fn a_killed_exports_temp_file_is_never_read_as_a_bundle_and_the_next_sync_removes_it() -> Result<()>
{
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder)?;
    let a = small_db(dir.path(), "a")?;
    let mut c = Db::open(&dir.path().join("c.sqlite3"))?;
    // A whole, readable bundle under a temp name: an export of A's killed before its rename.
    let a_temp = folder.join(format!(
        ".{}.4000001.tmp",
        waypoint_sync::folder::device_file_name(&a.device_id().to_string())
    ));
    std::fs::write(&a_temp, bundle::export(&a, None, "A", 1)?)?;
    // C's own export, killed the same way.
    let c_temp = folder.join(format!(
        ".{}.4000002.tmp",
        waypoint_sync::folder::device_file_name(&c.device_id().to_string())
    ));
    std::fs::write(&c_temp, b"{\"manifest\":{")?;
    let report =
        waypoint_sync::folder::sync_folder(&mut c, &folder, None, "C", 1, None, &mut |_| {})?;
    assert!(
        report.files.is_empty(),
        "a temp file is not another laptop's bundle, whatever it holds: {report:?}"
    );
    assert!(
        !c_temp.exists(),
        "C's next export to the folder removes the temp file its killed export left"
    );
    assert!(
        a_temp.exists(),
        "another laptop's temp file is that laptop's to clean up"
    );
    Ok(())
}
