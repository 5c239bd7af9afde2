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
    bundle::import(db, b, &b.manifest.class_ids)
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
        format_version: 2,
        min_reader_version: 2,
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
        counts: Counts { ops: 0 },
        payload_sha256: String::new(),
    };
    let err = bundle::decode(&bundle::encode(&[], manifest)?).expect_err("format 2 is too new");
    assert!(
        matches!(err, Error::TooNew { found: 2, .. }),
        "refused as too new: {err}"
    );
    assert!(
        err.to_string().contains("Update Waypoint"),
        "the message says what to do: {err}"
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
            deps.advance(device, seq - 1);
        }
        Ok(Op {
            id: OpId {
                origin: device,
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
    vv.advance(device, 3);
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
            counts: Counts { ops: 0 },
            payload_sha256: String::new(),
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
