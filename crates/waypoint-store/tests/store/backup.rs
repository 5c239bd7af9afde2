//! Snapshots and putting a restored copy in place: through the public API, on real files.

use anyhow::Result;
use chrono::NaiveDate;
use waypoint_store::backup::{self, SnapshotKind};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, roster};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
}

#[test]
fn one_snapshot_a_day_taken_while_open_and_old_ones_pruned() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    roster::load_demo_class(&mut db)?;
    let first = db.take_daily_snapshot(date("2026-01-01"))?;
    assert!(first.is_some(), "the day's first check takes a snapshot");
    assert!(
        db.take_daily_snapshot(date("2026-01-01"))?.is_none(),
        "the second check the same day takes none"
    );
    let copy = Db::open(&first.clone().expect("taken"))?;
    assert_eq!(
        dump_materialized(copy.conn())?,
        dump_materialized(db.conn())?,
        "the snapshot, taken with the database open, holds the same data"
    );
    drop(copy);
    // The copy was opened as a database of its own; only the snapshot files count here.
    for day in 2..=60 {
        let today = date("2026-01-01") + chrono::Duration::days(day);
        db.take_daily_snapshot(today)?;
    }
    let listed = backup::list_snapshots(&path)?;
    let dailies: Vec<&str> = listed
        .iter()
        .filter(|s| s.kind == SnapshotKind::Daily)
        .map(|s| s.date.as_str())
        .collect();
    assert!(
        dailies.len() <= 11 && dailies.len() >= 7,
        "a week of days plus a few weeks are kept, not sixty: {dailies:?}"
    );
    assert_eq!(
        dailies.first().copied(),
        Some("2026-03-02"),
        "newest first, and the newest is today's"
    );
    assert!(
        !dailies.contains(&"2026-01-01"),
        "two months back is gone: {dailies:?}"
    );
    Ok(())
}

#[test]
fn a_replaced_database_has_the_copy_s_data_and_a_new_device_id() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    roster::load_demo_class(&mut db)?;
    let copy = dir.path().join("copy.sqlite3");
    db.copy_to(&copy)?;
    let before = dump_materialized(db.conn())?;
    let old_device = db.device_id();
    let summary = backup::check_restored_file(&copy)?;
    assert_eq!(summary.classes.len(), 1, "the copy holds the demo class");
    assert_eq!(summary.students, 24, "and its 24 students");
    // Something written after the copy is what the restore takes away.
    roster::create_class(
        &mut db,
        &waypoint_core::roster::ClassInput {
            name: "Later".into(),
            ..Default::default()
        },
    )?;
    db.replace_with(&copy)?;
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "the open database now holds what the copy held"
    );
    assert_ne!(
        db.device_id(),
        old_device,
        "and writes under a new device id, so no op id is reused"
    );
    assert!(!copy.exists(), "the staged copy was moved, not left behind");
    drop(db);
    let again = Db::open(&path)?;
    assert_ne!(
        again.device_id(),
        old_device,
        "the new id stays after a restart"
    );
    Ok(())
}

#[test]
fn a_damaged_copy_is_refused_and_the_database_is_untouched() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    roster::load_demo_class(&mut db)?;
    let bad = dir.path().join("bad.sqlite3");
    std::fs::write(&bad, b"not a database at all, just text")?;
    assert!(
        backup::check_restored_file(&bad).is_err(),
        "a file that is not a database fails the check"
    );
    let before = dump_materialized(db.conn())?;
    let device = db.device_id();
    assert!(
        db.replace_with(&dir.path().join("missing.sqlite3"))
            .is_err(),
        "a staged file that is not there is refused"
    );
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "and the open database is as it was"
    );
    assert_eq!(db.device_id(), device, "with the same device id");
    Ok(())
}
