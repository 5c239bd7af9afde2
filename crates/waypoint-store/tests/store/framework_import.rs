//! Frameworks from publishers' files: lenient CASE import with its warnings, the preview that
//! writes nothing, and framework CSV.

use anyhow::Result;
use std::path::Path;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, frameworks, roster};

use super::class;

const CCSS_MATH: &[u8] =
    include_bytes!("../../../waypoint-core/tests/fixtures/case/opensalt-ccss-math-trimmed.json");
const WHAT_STANDARDS: &[u8] = include_bytes!(
    "../../../waypoint-core/tests/fixtures/case/opensalt-what-standards-could-be.json"
);
const LSDOC: &[u8] =
    include_bytes!("../../../waypoint-core/tests/fixtures/case/lsdoc-pre-1.0.json");

fn open() -> Result<(tempfile::TempDir, Db)> {
    let dir = tempfile::tempdir()?;
    let db = Db::open(&dir.path().join("w.sqlite3"))?;
    Ok((dir, db))
}

/// CFItems with an identifier, counted from the JSON without the reader.
fn item_count(bytes: &[u8]) -> Result<u32> {
    let v: serde_json::Value = serde_json::from_slice(bytes)?;
    Ok(v["CFItems"]
        .as_array()
        .map(|a| a.iter().filter(|i| i["identifier"].is_string()).count())
        .unwrap_or(0)
        .try_into()?)
}

#[test]
fn real_opensalt_exports_import_with_their_warnings() -> Result<()> {
    let (_dir, mut db) = open()?;
    for (name, bytes, field) in [
        ("ccss-math.json", CCSS_MATH, "subject"),
        ("what-standards.json", WHAT_STANDARDS, "sequenceNumber"),
    ] {
        let report =
            frameworks::import_case_bytes(&mut db, Path::new(name), bytes, None, &mut |_, _| {})?;
        assert_eq!(
            report.created,
            item_count(bytes)?,
            "{name}: one node per item in the file"
        );
        assert!(
            report.warnings.iter().any(|w| w.field == field),
            "{name}: the {field} deviation is reported: {:#?}",
            report.warnings
        );
        assert!(!report.dry_run, "{name}: a real import is not a preview");
    }
    Ok(())
}

#[test]
fn a_preview_reports_the_import_and_writes_nothing() -> Result<()> {
    let (_dir, mut db) = open()?;
    let c = roster::create_class(&mut db, &class("6A"))?;
    let ops = db.ops()?.len();
    let dump = dump_materialized(db.conn())?;
    let name = Path::new("ccss-math.json");
    let preview = frameworks::preview_case_bytes(&mut db, name, CCSS_MATH, Some(c.id))?;
    assert!(preview.dry_run, "the preview says it is one");
    assert_eq!(db.ops()?.len(), ops, "a preview writes no op");
    assert_eq!(
        dump_materialized(db.conn())?,
        dump,
        "a preview changes no row"
    );
    let real = frameworks::import_case_bytes(&mut db, name, CCSS_MATH, Some(c.id), &mut |_, _| {})?;
    assert_eq!(
        (
            preview.created,
            preview.updated,
            preview.unchanged,
            preview.retired
        ),
        (real.created, real.updated, real.unchanged, real.retired),
        "the preview's counts are the import's"
    );
    assert_eq!(preview.warnings, real.warnings, "and so are its warnings");

    let again = frameworks::preview_case_bytes(&mut db, name, CCSS_MATH, Some(c.id))?;
    assert_eq!(
        (
            again.created,
            again.updated,
            again.unchanged,
            again.updated_existing
        ),
        (0, 0, real.created, true),
        "previewing the same file again shows nothing would change"
    );
    assert_eq!(
        again.framework_id, real.framework_id,
        "and names the framework it would update"
    );
    Ok(())
}

#[test]
fn the_pre_one_format_is_refused_and_changes_nothing() -> Result<()> {
    let (_dir, mut db) = open()?;
    let dump = dump_materialized(db.conn())?;
    for preview in [true, false] {
        let name = Path::new("old-export.json");
        let err = if preview {
            frameworks::preview_case_bytes(&mut db, name, LSDOC, None)
        } else {
            frameworks::import_case_bytes(&mut db, name, LSDOC, None, &mut |_, _| {})
        }
        .expect_err("the lsDoc format is refused");
        assert!(
            err.to_string().contains("pre-1.0"),
            "the message says it is the old format: {err}"
        );
    }
    assert_eq!(dump_materialized(db.conn())?, dump, "nothing changed");
    Ok(())
}
