//! Sync folders: one file per laptop, files that cannot be opened reported while the others
//! come in, a copied database as a laptop of its own, and a killed export's temp file.

use anyhow::Result;
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, roster};
use waypoint_sync::folder::SyncReport;
use waypoint_sync::{Error, bundle};

use crate::common::{PASS, first_student, rename, small_db};

/// A temp dir holding an empty folder, `shared`, that the laptops sync through.
fn with_a_shared_folder() -> Result<(TempDir, PathBuf)> {
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder)?;
    Ok((dir, folder))
}

/// One "Sync now" of `db` through `folder`, as the Sync page runs it, with no progress shown.
fn sync_now(
    db: &mut Db,
    folder: &Path,
    passphrase: Option<&str>,
    label: &str,
) -> waypoint_sync::Result<SyncReport> {
    waypoint_sync::folder::sync_folder(db, folder, passphrase, label, 1, None, &mut |_| {})
}

#[test]
fn three_laptops_sync_through_a_folder_with_one_file_each() -> Result<()> {
    let (dir, folder) = with_a_shared_folder()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let mut c = Db::open(&dir.path().join("c.sqlite3"))?;
    let (class_id, s) = first_student(&a)?;
    for db in [&mut b, &mut c] {
        db.receive_classes(std::slice::from_ref(&class_id))?;
    }
    let sync = |db: &mut Db, label: &str| sync_now(db, &folder, Some(PASS), label);
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

/// A folder from before the `.waypoint` extension: another laptop's `.bundle` file is still
/// read, and this laptop's own old file gives way to its `.waypoint` one.
#[test]
fn files_an_older_version_named_bundle_are_still_read_and_replaced() -> Result<()> {
    let (dir, folder) = with_a_shared_folder()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let (class_id, _) = first_student(&a)?;
    b.receive_classes(std::slice::from_ref(&class_id))?;
    let a_new = waypoint_sync::folder::device_file_name(&a.device_id().to_string());
    let a_old = a_new.replace(".waypoint", ".bundle");
    sync_now(&mut a, &folder, Some(PASS), "A")?;
    // What an older Waypoint on A left: the same file under the old name.
    std::fs::rename(folder.join(&a_new), folder.join(&a_old))?;
    let at_b = sync_now(&mut b, &folder, Some(PASS), "B")?;
    assert_eq!(
        at_b.files
            .iter()
            .map(|f| f.file.as_str())
            .collect::<Vec<_>>(),
        [a_old.as_str()],
        "B reads A's old-named file: {at_b:?}"
    );
    assert!(at_b.totals.new > 0, "and takes in what it holds");
    let at_a = sync_now(&mut a, &folder, Some(PASS), "A")?;
    assert!(
        at_a.files.iter().all(|f| f.file != a_old),
        "A never reads its own old file as another laptop's: {at_a:?}"
    );
    let mut names: Vec<String> = std::fs::read_dir(&folder)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let b_new = waypoint_sync::folder::device_file_name(&b.device_id().to_string());
    let mut want = vec![a_new, b_new];
    want.sort();
    assert_eq!(names, want, "A's old file is replaced by its .waypoint one");
    Ok(())
}

#[test]
fn a_file_that_cannot_be_opened_is_reported_and_the_others_still_come_in() -> Result<()> {
    let (dir, folder) = with_a_shared_folder()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = small_db(dir.path(), "b")?;
    let mut c = Db::open(&dir.path().join("c.sqlite3"))?;
    let class_ids: Vec<String> = [&a, &b]
        .iter()
        .map(|db| Ok(first_student(db)?.0))
        .collect::<Result<_>>()?;
    c.receive_classes(&class_ids)?;
    sync_now(&mut a, &folder, Some(PASS), "A")?;
    sync_now(&mut b, &folder, Some("another one!"), "B")?;
    std::fs::write(
        folder.join("waypoint-half-copied.bundle"),
        b"{\"manifest\":{",
    )?;
    let report = sync_now(&mut c, &folder, Some(PASS), "C")?;
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
    let failed: Vec<String> = report
        .files
        .iter()
        .filter_map(|f| f.error.as_ref().map(ToString::to_string))
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
    let err = sync_now(&mut c, &dir.path().join("unplugged"), Some(PASS), "C")
        .expect_err("no such folder");
    assert!(
        matches!(err, Error::NoFolder { .. }),
        "a missing folder: {err}"
    );
    Ok(())
}

#[test]
fn a_copied_database_syncs_as_a_laptop_of_its_own() -> Result<()> {
    let (dir, folder) = with_a_shared_folder()?;
    let mut a = small_db(dir.path(), "a")?;
    sync_now(&mut a, &folder, Some(PASS), "A")?;
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
    sync_now(&mut copy, &folder, Some(PASS), "Copy")?;
    sync_now(&mut a, &folder, Some(PASS), "A")?;
    sync_now(&mut copy, &folder, Some(PASS), "Copy")?;
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
fn a_killed_exports_temp_file_is_never_read_as_a_bundle_and_the_next_sync_removes_it() -> Result<()>
{
    let (dir, folder) = with_a_shared_folder()?;
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
    let report = sync_now(&mut c, &folder, None, "C")?;
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
