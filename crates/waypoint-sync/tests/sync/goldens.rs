//! The golden bundle of every format version is still read byte for byte and imported, and
//! a database of legacy streams without files still writes version 1.

use anyhow::Result;
use serde_json::{Value, json};
use waypoint_core::hlc::Hlc;
use waypoint_core::ids::DeviceId;
use waypoint_core::op::VersionVector;
use waypoint_core::stream::StreamId;
use waypoint_store::portfolio::{self, artifacts_dir};
use waypoint_store::{Db, roster};
use waypoint_sync::bundle;

use crate::common::{
    golden_manifest, golden_v1, import, legacy_golden_op, read_golden, receive, sha256_hex,
};

#[test]
fn the_golden_v1_bundle_is_still_read_and_imported() -> Result<()> {
    let golden = read_golden("v1-small.json", golden_v1)?;
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
    let students = roster::list_students(db.conn(), classes[0].id, false)?;
    assert_eq!(
        students[0].display_name, "Zo Ñúñez",
        "a later op's field wins and text survives intact"
    );
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

/// The golden bundle of format version 2: one class, one student, one artifact record and
/// its small file, built from fixed ops; every later version must still read it.
/// `WAYPOINT_BLESS=1 cargo test -p waypoint-sync golden` rewrites it.
fn golden_v2() -> Result<Vec<u8>> {
    const WALL_MS: u64 = 1_800_000_000_000;
    let device = DeviceId::mint(WALL_MS, [9; 10]);
    let class_id = "019a6b4e-0000-7000-8000-000000000011";
    let student_id = "019a6b4e-0000-7000-8000-000000000012";
    let artifact_id = "019a6b4e-0000-7000-8000-000000000013";
    let data = GOLDEN_V2_FILE.to_vec();
    let sha = sha256_hex(&data);
    let set = |seq: u64, table: &str, row: &str, fields: Value| {
        legacy_golden_op(device, WALL_MS, seq, table, row, fields)
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
    let created = Hlc {
        wall_ms: WALL_MS,
        counter: 3,
        device,
    };
    Ok(bundle::encode_with_files(
        &ops,
        &[bundle::BundleFile { sha256: sha, data }],
        golden_manifest(
            2,
            6,
            "0b7e4c1d-2a3f-4e5b-8c6d-7e8f9a0b1c2d",
            class_id,
            created,
            vv,
        ),
    )?)
}

/// The golden v2 bundle's one file.
const GOLDEN_V2_FILE: &[u8] = b"Field notes: the seedlings grew 3 cm this week.\n";

#[test]
fn the_golden_v2_bundle_is_still_read_and_imported() -> Result<()> {
    let golden = read_golden("v2-small.json", golden_v2)?;
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
    let items = portfolio::list_artifacts(
        db.conn(),
        db.path(),
        "019a6b4e-0000-7000-8000-000000000012".parse()?,
    )?;
    assert_eq!(items.len(), 1, "its record arrives");
    assert!(
        items[0].present && items[0].problem.is_none(),
        "and its file with it: {:?}",
        items[0].problem
    );
    Ok(())
}
