//! Encrypted backups through the public API: a round trip with portfolio files, the preview,
//! every refusal (wrong passphrase, cut, altered, too new) leaving the database as it was,
//! and the app's "Back up to a folder…", which holds the database only while it is copied.

use anyhow::{Context, Result, anyhow};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use waypoint_core::portfolio::ArtifactInput;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, portfolio, roster};
use waypoint_sync::Error;
use waypoint_sync::backup::{self, BackupPhase, BackupProgress};

const PASS: &str = "backup passphrase 1";

/// The portfolio files in the database's store (not the thumbnails made beside them).
fn portfolio_files(db: &Db) -> Result<usize> {
    let dir = portfolio::artifacts_dir(db.path());
    if !dir.exists() {
        return Ok(0);
    }
    let mut count = 0;
    for e in std::fs::read_dir(dir)? {
        if !e?.file_name().to_string_lossy().ends_with(".thumb.png") {
            count += 1;
        }
    }
    Ok(count)
}

/// A database with the demo class (which has portfolio items of its own) and one more
/// portfolio file, and a backup of it.
fn backed_up(dir: &Path) -> Result<(Db, PathBuf, Vec<BackupProgress>)> {
    let mut db = Db::open(&dir.join("data/w.sqlite3"))?;
    let class = roster::load_demo_class(&mut db)?;
    let demo_files = portfolio_files(&db)?;
    let student = roster::list_students(db.conn(), class.id, false)?[0]
        .id
        .to_string();
    let png = dir.join("drawing.png");
    // A PNG signature is enough for the portfolio's type check.
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend(std::iter::repeat_n(7u8, 3 << 20));
    std::fs::write(&png, &bytes)?;
    portfolio::attach_artifact(
        &mut db,
        student.parse()?,
        &png,
        &ArtifactInput {
            title: "Drawing".into(),
            date: "2026-03-02".into(),
            ..Default::default()
        },
    )?;
    let files = portfolio_files(&db)?;
    assert_eq!(files, demo_files + 1, "the drawing is one more file");
    let out = dir.join(backup::default_file_name("2026-03-04"));
    let mut seen = Vec::new();
    let manifest = backup::back_up(&db, &out, PASS, 1_772_600_000_000, &mut |p| seen.push(p))?;
    assert_eq!(
        manifest.counts.students, 24,
        "the manifest counts the students"
    );
    assert_eq!(
        manifest.counts.files,
        1 + files as u64,
        "the database and every portfolio file"
    );
    Ok((db, out, seen))
}

#[test]
fn a_backup_restores_the_same_data_and_files_under_a_new_device_id() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, out, progress) = backed_up(dir.path())?;
    assert!(
        progress.iter().any(|p| p.phase == BackupPhase::Writing)
            && progress.iter().any(|p| p.phase == BackupPhase::Checking),
        "progress is reported while writing and while checking"
    );
    let last = progress.last().context("some progress")?;
    assert_eq!(last.done, last.total, "progress ends at the total");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())?
        .chain(std::fs::read_dir(dir.path().join("data"))?)
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temp file or plain copy is left: {leftovers:?}"
    );
    let raw = std::fs::read(&out)?;
    assert!(
        waypoint_sync::crypto::is_encrypted(&raw),
        "the backup is an age file"
    );

    let preview = backup::preview(&out, PASS)?;
    assert_eq!(preview.classes.len(), 1, "the preview lists the class");
    assert_eq!(preview.classes[0].students, 24, "with its students");
    assert_eq!(preview.created_wall_ms, 1_772_600_000_000, "and the date");

    let before = dump_materialized(db.conn())?;
    let old_device = db.device_id();
    roster::create_class(
        &mut db,
        &waypoint_core::roster::ClassInput {
            name: "Made after the backup".into(),
            ..Default::default()
        },
    )?;
    let files = portfolio_files(&db)?;
    let art = portfolio::artifacts_dir(db.path());
    std::fs::remove_dir_all(&art)?;
    let mut restoring = Vec::new();
    backup::restore(&mut db, &out, PASS, &mut |p| restoring.push(p))?;
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "the restored database holds exactly what was backed up"
    );
    assert_ne!(db.device_id(), old_device, "and has a new device id");
    assert_eq!(
        portfolio_files(&db)?,
        files,
        "every portfolio file is back in artifacts/"
    );
    assert!(
        restoring.iter().all(|p| p.phase == BackupPhase::Restoring) && !restoring.is_empty(),
        "restoring reports its progress"
    );

    // Onto a new laptop: no database there yet.
    let fresh = dir.path().join("other/w.sqlite3");
    backup::restore_new(&fresh, &out, PASS, &mut |_| {})?;
    let other = Db::open(&fresh)?;
    assert_eq!(
        dump_materialized(other.conn())?,
        before,
        "a restore onto a new path gives the same data"
    );
    assert_ne!(other.device_id(), old_device, "under its own new device id");
    Ok(())
}

/// Restoring `file` into `db` fails, and `db` is exactly as it was.
fn refused(db: &mut Db, file: &Path, passphrase: &str) -> Result<Error> {
    let before = dump_materialized(db.conn())?;
    let device = db.device_id();
    let err = backup::restore(db, file, passphrase, &mut |_| {})
        .err()
        .context("the restore is refused")?;
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "a refused restore leaves the database as it was ({err})"
    );
    assert_eq!(db.device_id(), device, "and its device id ({err})");
    let staged: Vec<_> = std::fs::read_dir(db.path().parent().context("a folder")?)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".restore"))
        .collect();
    assert!(staged.is_empty(), "no staging folder is left: {staged:?}");
    Ok(err)
}

#[test]
fn a_wrong_passphrase_a_cut_file_and_an_altered_one_are_refused() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, out, _) = backed_up(dir.path())?;
    let err = refused(&mut db, &out, "not the passphrase")?;
    assert!(
        matches!(err, Error::WrongBackupPassphrase),
        "a wrong passphrase says so: {err}"
    );
    assert!(
        matches!(
            backup::preview(&out, "not the passphrase"),
            Err(Error::WrongBackupPassphrase)
        ),
        "the preview says so too"
    );

    let raw = std::fs::read(&out)?;
    for cut_at in [raw.len() / 2, raw.len() - 1, 100, 10] {
        let cut = dir.path().join(format!("cut-{cut_at}.waypoint-backup"));
        std::fs::write(&cut, &raw[..cut_at])?;
        let err = refused(&mut db, &cut, PASS)?;
        assert!(
            matches!(err, Error::BackupDamaged { .. } | Error::NotABackup { .. }),
            "a backup cut at byte {cut_at} is refused as damaged: {err}"
        );
    }

    let mut flipped = raw.clone();
    let at = raw.len() * 3 / 4;
    flipped[at] ^= 0x40;
    let altered = dir.path().join("altered.waypoint-backup");
    std::fs::write(&altered, &flipped)?;
    let err = refused(&mut db, &altered, PASS)?;
    assert!(
        matches!(err, Error::BackupDamaged { .. }),
        "a flipped bit is refused as damaged: {err}"
    );

    let bundle = dir.path().join("plain.json");
    std::fs::write(&bundle, b"{\"not\":\"a backup\"}")?;
    let err = refused(&mut db, &bundle, PASS)?;
    assert!(
        matches!(err, Error::NotABackup { .. }),
        "another kind of file is not a backup: {err}"
    );
    Ok(())
}

#[test]
fn a_backup_from_a_newer_waypoint_is_refused_before_anything_is_read() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    roster::load_demo_class(&mut db)?;
    let manifest = serde_json::json!({
        "format": "waypoint-backup", "version": 1, "createdWallMs": 0,
        "schemaVersion": Db::schema_version() + 1, "sourceDevice": "x", "classes": [],
        "counts": {"classes": 0, "students": 0, "evidence": 0, "artifacts": 0, "files": 0, "bytes": 0}
    });
    let mut plain = serde_json::to_vec(&manifest)?;
    plain.push(b'\n');
    let newer = dir.path().join("newer.waypoint-backup");
    std::fs::write(&newer, waypoint_sync::crypto::encrypt(&plain, PASS)?)?;
    let err = refused(&mut db, &newer, PASS)?;
    assert!(
        matches!(err, Error::BackupTooNew { .. }),
        "a newer schema is refused with its own message: {err}"
    );
    assert!(
        backup::check_passphrase("short").is_err(),
        "a short backup passphrase is refused"
    );
    Ok(())
}

/// The app's error as the backup use case sees it: its own refusal to lend the database,
/// or a backup error converted into it.
#[derive(Debug)]
enum AppError {
    /// The database was not lent (student mode, in the app).
    Refused,
    /// The backup failed.
    Backup(Error),
}

impl From<Error> for AppError {
    fn from(e: Error) -> Self {
        AppError::Backup(e)
    }
}

/// A database with the demo class in `dir/data`, behind a mutex as the app keeps it.
fn locked_demo(dir: &Path) -> Result<Mutex<Db>> {
    let mut db = Db::open(&dir.join("data/w.sqlite3"))?;
    roster::load_demo_class(&mut db)?;
    Ok(Mutex::new(db))
}

#[test]
fn a_backup_into_a_folder_holds_the_database_only_while_it_is_copied() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let db = locked_demo(dir.path())?;
    let taken = Cell::new(0);
    let lock = || {
        taken.set(taken.get() + 1);
        db.lock().map_err(|_| AppError::Refused)
    };
    // Each report records whether the database could be taken again at that moment.
    let mut reports: Vec<(BackupPhase, bool)> = Vec::new();
    let mut progress = |p: BackupProgress| reports.push((p.phase, db.try_lock().is_ok()));
    let (out, manifest) = backup::write_backup_into(
        dir.path(),
        PASS,
        "2026-03-04",
        1_772_600_000_000,
        lock,
        &mut progress,
    )
    .map_err(|e| anyhow!("the backup is written: {e:?}"))?;
    assert_eq!(taken.get(), 1, "the database is taken once, for its copy");
    assert!(
        reports
            .iter()
            .any(|(phase, _)| *phase == BackupPhase::Writing),
        "the write reports its progress: {reports:?}"
    );
    assert!(
        reports.iter().all(|(_, free)| *free),
        "the database is free again for the whole write and check, so the app keeps working: {reports:?}"
    );
    assert_eq!(
        out,
        dir.path().join(backup::default_file_name("2026-03-04")),
        "the backup is in the folder, named by the date"
    );
    assert_eq!(
        backup::preview(&out, PASS)?,
        manifest,
        "the file holds the manifest the use case returned"
    );
    assert_eq!(
        manifest.counts.students, 24,
        "the copy was made from the locked database"
    );
    Ok(())
}

#[test]
fn a_backup_into_a_folder_checks_before_it_takes_the_database_and_passes_a_refusal_through()
-> Result<()> {
    let dir = tempfile::tempdir()?;
    let db = locked_demo(dir.path())?;
    let taken = Cell::new(0);
    let lock = || {
        taken.set(taken.get() + 1);
        db.lock().map_err(|_| AppError::Refused)
    };
    let weak = backup::write_backup_into(dir.path(), "short", "2026-03-04", 0, lock, &mut |_| {});
    assert!(
        matches!(
            weak,
            Err(AppError::Backup(Error::WeakBackupPassphrase { .. }))
        ),
        "a short passphrase is refused: {weak:?}"
    );
    let gone = dir.path().join("no such folder");
    let lock = || {
        taken.set(taken.get() + 1);
        db.lock().map_err(|_| AppError::Refused)
    };
    let missing = backup::write_backup_into(&gone, PASS, "2026-03-04", 0, lock, &mut |_| {});
    assert!(
        matches!(missing, Err(AppError::Backup(Error::NoFolder { .. }))),
        "a folder that is not there is refused: {missing:?}"
    );
    assert_eq!(
        taken.get(),
        0,
        "neither check waits for the database, which is not even asked for"
    );

    let mut reported = 0;
    let refused = backup::write_backup_into(
        dir.path(),
        PASS,
        "2026-03-04",
        0,
        || Err::<std::sync::MutexGuard<'_, Db>, _>(AppError::Refused),
        &mut |_| reported += 1,
    );
    assert!(
        matches!(refused, Err(AppError::Refused)),
        "the caller's own refusal comes back unchanged: {refused:?}"
    );
    assert_eq!(
        reported, 0,
        "nothing is written when the database is not lent"
    );
    assert!(
        !dir.path()
            .join(backup::default_file_name("2026-03-04"))
            .exists(),
        "and no backup file appears"
    );
    Ok(())
}
