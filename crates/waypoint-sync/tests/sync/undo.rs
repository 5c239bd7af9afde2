//! Undoing the last import: it puts everything back, and is refused after a local change or
//! with a restore point older than the last import.

use anyhow::Result;
use waypoint_core::roster::StudentInput;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, roster};
use waypoint_sync::bundle;

use crate::common::{first_student, receive, rename, small_db};

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
        c.id,
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
