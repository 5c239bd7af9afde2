//! What the bundle tests stand on: small databases to hand over, importing the way the app
//! does, renaming a student to make a change, and the golden bundles every later format
//! version must still read. `sync.rs` uses all of it; `shares.rs` builds its golden bundle
//! with the same parts.

// Each test binary that declares `mod common;` uses only its own part of it.
#![allow(dead_code)]

use anyhow::Result;
use serde_json::{Value, json};
use std::path::Path;
use waypoint_core::hlc::Hlc;
use waypoint_core::ids::DeviceId;
use waypoint_core::op::{Op, OpId, OpKind, VersionVector};
use waypoint_core::roster::{ClassInput, StudentInput, StudentView};
use waypoint_core::stream::StreamId;
use waypoint_store::{Db, roster};
use waypoint_sync::bundle::{self, Counts, Manifest, Source};

/// The class passphrase the tests seal their bundles and sync folders with.
pub const PASS: &str = "maple syrup 42";

/// A database at `<dir>/<name>.sqlite3` holding one class, "Period 1", of two students.
pub fn small_db(dir: &Path, name: &str) -> Result<Db> {
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
        roster::create_student(&mut db, c.id, &s)?;
    }
    Ok(db)
}

/// Imports a bundle, choosing to receive every class in it (as a teacher does the first
/// time a co-teacher's class arrives).
pub fn receive(
    db: &mut Db,
    b: &bundle::Bundle,
) -> waypoint_sync::Result<waypoint_store::exchange::ImportCounts> {
    bundle::import(db, b, false, &b.manifest.class_ids)
}

/// Decodes and imports, the way the app does.
pub fn import(db: &mut Db, bytes: &[u8]) -> waypoint_sync::Result<u64> {
    let b = bundle::decode(bytes)?;
    Ok(db.import_ops(&b.ops)?.new)
}

/// The first class and its first student on `db`.
pub fn first_student(db: &Db) -> Result<(String, StudentView)> {
    let c = roster::list_classes(db.conn(), true)?[0].clone();
    let s = roster::list_students(db.conn(), c.id, true)?[0].clone();
    Ok((c.id.to_string(), s))
}

/// Renames `s` to `given` on `db`: a local change to hand over.
pub fn rename(db: &mut Db, s: &StudentView, given: &str) -> Result<()> {
    let input = StudentInput {
        given_name: given.into(),
        family_name: s.family_name.clone(),
        ..Default::default()
    };
    roster::update_student(db, s.id, &input)?;
    Ok(())
}

/// The lowercase hex SHA-256 of `bytes`, as bundles and the store name files.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One `Set` op of a golden bundle, every part of it given, so that its bytes never depend on
/// a clock or a random id.
pub fn golden_op(
    stream: StreamId,
    seq: u64,
    deps: VersionVector,
    hlc: Hlc,
    table: &str,
    row: &str,
    fields: Value,
) -> Result<Op> {
    Ok(Op {
        id: OpId { stream, seq },
        hlc,
        deps,
        table: table.into(),
        row_id: row.into(),
        kind: OpKind::Set,
        fields: serde_json::from_value(fields)?,
    })
}

/// Op `seq` of a golden bundle in format 1 or 2, where a device writes one (legacy) stream:
/// it depends on the op before it and is stamped at `wall_ms` with `seq` as its counter.
pub fn legacy_golden_op(
    device: DeviceId,
    wall_ms: u64,
    seq: u64,
    table: &str,
    row: &str,
    fields: Value,
) -> Result<Op> {
    let stream = StreamId::legacy(device);
    let mut deps = VersionVector::default();
    if seq > 1 {
        deps.advance(stream, seq - 1);
    }
    let hlc = Hlc {
        wall_ms,
        counter: seq as u32,
        device,
    };
    golden_op(stream, seq, deps, hlc, table, row, fields)
}

/// The manifest of a golden bundle for one class, in format `version` (and readable by no
/// older one), sent by "Golden" from the device and at the time of `created`; encoding fills
/// in its counts and hashes.
pub fn golden_manifest(
    version: u32,
    schema_version: u32,
    bundle_id: &str,
    class_id: &str,
    created: Hlc,
    sender_vv: VersionVector,
) -> Manifest {
    let (device, created_wall_ms) = (created.device, created.wall_ms);
    Manifest {
        format: bundle::FORMAT.into(),
        format_version: version,
        min_reader_version: version,
        schema_version,
        bundle_id: bundle_id.into(),
        class_ids: vec![class_id.into()],
        source: Source {
            device,
            label: "Golden".into(),
        },
        created_hlc: created,
        created_wall_ms,
        ranges: vec![],
        sender_vv,
        counts: Counts {
            ops: 0,
            files: None,
        },
        payload_sha256: String::new(),
        files_sha256: None,
    }
}

/// The golden bundle `tests/golden/<name>`; with `WAYPOINT_BLESS` set, first rewritten with
/// what `build` makes today.
pub fn read_golden(name: &str, build: fn() -> Result<Vec<u8>>) -> Result<Vec<u8>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("WAYPOINT_BLESS").is_some() {
        std::fs::write(&path, build()?)?;
    }
    Ok(std::fs::read(&path)?)
}

/// The golden bundle of format version 1, built from fixed ops; every later version must
/// still read it. `WAYPOINT_BLESS=1 cargo test -p waypoint-sync golden` rewrites it.
pub fn golden_v1() -> Result<Vec<u8>> {
    const WALL_MS: u64 = 1_790_000_000_000;
    let device = DeviceId::mint(WALL_MS, [7; 10]);
    let class_id = "019a6b4e-0000-7000-8000-000000000001";
    let student_id = "019a6b4e-0000-7000-8000-000000000002";
    let set = |seq: u64, table: &str, row: &str, fields: Value| {
        legacy_golden_op(device, WALL_MS, seq, table, row, fields)
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
    let created = Hlc {
        wall_ms: WALL_MS,
        counter: 3,
        device,
    };
    Ok(bundle::encode(
        &ops,
        golden_manifest(
            1,
            2,
            "6f1c2a52-8d3e-4b7a-9c1d-2e3f4a5b6c7d",
            class_id,
            created,
            vv,
        ),
    )?)
}
