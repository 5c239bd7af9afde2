//! Copies of the whole database: the rotating snapshots in `snapshots/` beside it, the
//! consistent copy an encrypted backup is made from, and putting a restored database in
//! place of the open one.
//!
//! Every copy is written with `VACUUM INTO` to a temp name in the target folder and renamed
//! only once complete, so a half-written copy is never taken for a good one, and it works
//! while the app has the database open (it reads one consistent snapshot of it). Which
//! snapshots to keep is decided by [`waypoint_core::snapshot`]; this module only does the
//! file work. Snapshots are local bookkeeping: nothing here writes an op.
//!
//! A restored database must never reuse this laptop's device id (its op ids may already
//! be with co-teachers): [`Db::replace_with`] clears the device row in the staged copy and
//! removes the install marker, so the next open mints a new id (see [`crate::device`]).

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use waypoint_core::msg;
use waypoint_core::snapshot::{self, SnapshotName};

use crate::db::{Db, OpenOptions};
use crate::migrations::LATEST;
use crate::{Error, Result, device, exchange};

/// A temp file older than this in `snapshots/` was left by a crash, and is removed.
const STALE_TEMP: Duration = Duration::from_secs(3600);

/// Taking a snapshot and a purge's erasure of the copies ([`Db::erase_copies`]) never overlap
/// in this process. A snapshot reads the database as it was when its copy began; one begun
/// just before a purge committed and renamed into `snapshots/` just after the erasure emptied
/// that folder would keep the erased student. With the gate a snapshot either lands before
/// the erasure (which deletes it) or begins after the purge committed (and has no trace).
static SNAPSHOT_GATE: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Holds [`SNAPSHOT_GATE`]. A panic while it was held poisons nothing it guards (it guards
/// files, not data), so a poisoned gate is taken as it is.
pub(crate) fn snapshot_gate() -> std::sync::MutexGuard<'static, ()> {
    SNAPSHOT_GATE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Where the snapshots are kept: `snapshots/` beside the database (see [`crate::data_folder`]).
pub use crate::data_folder::snapshots_dir;

/// One snapshot on disk, as the Backups card lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotInfo {
    /// The file's name in `snapshots/`.
    pub file_name: String,
    /// `daily` or `beforeMigration`.
    pub kind: SnapshotKind,
    /// Its date, `YYYY-MM-DD` (local for a daily one, UTC for one before a migration).
    pub date: String,
    /// Its size in bytes.
    pub bytes: u64,
}

/// Why a snapshot was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum SnapshotKind {
    /// The day's snapshot.
    Daily,
    /// Taken before the schema was migrated.
    BeforeMigration,
}

/// What a copy of the database holds, for a backup's manifest and its preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CopySummary {
    /// The schema version of the copy.
    pub schema_version: u32,
    /// The device that wrote the copy (the original's device id).
    pub device: String,
    /// Every live class, by name, with its number of live students.
    pub classes: Vec<ClassCount>,
    /// Live students in all.
    pub students: u64,
    /// Live pieces of evidence.
    pub evidence: u64,
    /// Live portfolio items.
    pub artifacts: u64,
}

/// A class and how many students it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClassCount {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its live students.
    pub students: u64,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A temp file name in `dir` that nothing else uses.
pub fn temp_path(dir: &Path, what: &str) -> PathBuf {
    let random: String = device::random10()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    dir.join(format!(".{what}-{random}.tmp"))
}

/// Writes a consistent copy of the database open on `conn` to `dst` (which must not exist):
/// `VACUUM INTO` a temp name beside it, fsync, then rename. A failure leaves no file at `dst`.
pub(crate) fn copy_to(conn: &Connection, dst: &Path) -> Result<()> {
    let dir = dst.parent().unwrap_or_else(|| Path::new(""));
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    let temp = temp_path(dir, "copy");
    let result = (|| {
        let name = temp.to_str().ok_or_else(|| Error::Io {
            path: temp.clone(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the folder's name is not valid text",
            ),
        })?;
        conn.execute("VACUUM INTO ?1", [name])?;
        fs::File::open(&temp)
            .and_then(|f| f.sync_all())
            .map_err(io_err(&temp))?;
        fs::rename(&temp, dst).map_err(io_err(dst))?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

impl Db {
    /// Writes a consistent copy of this database to `dst` while it stays open (see the
    /// module docs). `dst` must not exist yet.
    pub fn copy_to(&self, dst: &Path) -> Result<()> {
        copy_to(&self.conn, dst)
    }

    /// Takes today's snapshot if there is none for `today` yet, then deletes the snapshots
    /// the retention rule no longer keeps. Returns the new snapshot's path, if one was taken.
    pub fn take_daily_snapshot(&self, today: NaiveDate) -> Result<Option<PathBuf>> {
        let dir = snapshots_dir(&self.path);
        let path = dir.join(SnapshotName::Daily(today).file_name());
        let taken = {
            let _gate = snapshot_gate();
            if path.exists() {
                None
            } else {
                copy_to(&self.conn, &path)?;
                Some(path)
            }
        };
        prune_snapshots(&self.path, today)?;
        Ok(taken)
    }

    /// Puts the database file `staged` (a restored copy, already checked with
    /// [`check_restored_file`]) in place of this one, and reopens it with a new device id.
    ///
    /// In order: the open connection is checkpointed and closed; the staged copy's device row
    /// is cleared; stale `-wal`/`-shm` files are removed; the copy is renamed over the
    /// database; then the install marker and the restore point of the last import (both
    /// belong to the replaced database) are removed, and the database is reopened. If
    /// anything fails before the rename, the original is reopened unchanged and the staged
    /// file removed.
    pub fn replace_with(&mut self, staged: &Path) -> Result<()> {
        let path = self.path.clone();
        let options = OpenOptions {
            wall_clock: self.wall.clone(),
        };
        // A clean close deletes the WAL; checkpoint first so nothing is left in it.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        if let Err((_, e)) = old.close() {
            let _ = fs::remove_file(staged);
            *self = Db::open_with(&path, options)?;
            return Err(e.into());
        }
        let swapped = install(&path, staged);
        let reopened = Db::open_with(&path, options);
        match (swapped, reopened) {
            (Ok(()), Ok(db)) => {
                *self = db;
                Ok(())
            }
            (Err(e), Ok(db)) => {
                *self = db;
                Err(e)
            }
            (_, Err(e)) => Err(e),
        }
    }
}

/// Takes today's snapshot of the database at `db_path` through a connection of its own (so
/// the app's connection is not held while it is written), if there is none for `today`
/// yet, then prunes. Returns the new snapshot's path, if one was taken.
pub fn take_daily_snapshot_of(db_path: &Path, today: NaiveDate) -> Result<Option<PathBuf>> {
    let path = snapshots_dir(db_path).join(SnapshotName::Daily(today).file_name());
    let taken = {
        let _gate = snapshot_gate();
        if path.exists() {
            None
        } else {
            let conn = Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            conn.busy_timeout(Duration::from_secs(5))?;
            copy_to(&conn, &path)?;
            Some(path)
        }
    };
    prune_snapshots(db_path, today)?;
    Ok(taken)
}

/// Puts `staged` at `db_path`, where no database is open (the CLI restoring to a new path,
/// or [`Db::replace_with`] after closing it). See [`Db::replace_with`] for the order.
pub fn install(db_path: &Path, staged: &Path) -> Result<()> {
    let result = (|| {
        // The restored database must not believe it is this installation.
        let conn = Connection::open(staged)?;
        conn.execute("DELETE FROM local_device", [])?;
        conn.close().map_err(|(_, e)| e)?;
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = db_path.as_os_str().to_owned();
            name.push(suffix);
            let side = PathBuf::from(name);
            match fs::remove_file(&side) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_err(&side)(e)),
            }
        }
        fs::File::open(staged)
            .and_then(|f| f.sync_all())
            .map_err(io_err(staged))?;
        fs::rename(staged, db_path).map_err(io_err(db_path))
    })();
    if result.is_err() {
        let _ = fs::remove_file(staged);
        return result;
    }
    if let Some(dir) = db_path.parent()
        && let Ok(d) = fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
    for stale in [
        device::marker_path(db_path),
        exchange::restore_point_path(db_path),
    ] {
        match fs::remove_file(&stale) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(&stale)(e)),
        }
    }
    Ok(())
}

/// Checks a restored database file before it replaces anything: SQLite's integrity check
/// passes, it is a Waypoint database, and its schema is not newer than this build. Returns
/// what it holds.
pub fn check_restored_file(path: &Path) -> Result<CopySummary> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > LATEST as i64 {
        return Err(Error::TooNew {
            found,
            known: LATEST,
        });
    }
    let check: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
    if found < 1 {
        return Err(Error::RestoredDamaged {
            reason: msg!("store-restore-not-waypoint"),
        });
    }
    if check != "ok" {
        return Err(Error::RestoredDamaged {
            reason: msg!("store-restore-integrity", check = check),
        });
    }
    summarize(&conn)
}

/// What the database at `path` holds, read without changing it.
pub fn summarize_file(path: &Path) -> Result<CopySummary> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    summarize(&conn)
}

fn summarize(conn: &Connection) -> Result<CopySummary> {
    let count =
        |sql: &str| -> Result<u64> { Ok(conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
    let schema_version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let device: String = conn
        .query_row("SELECT device_id FROM local_device WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap_or_default();
    let mut stmt = conn.prepare(
        "SELECT c.id, coalesce(c.name, ''),
            (SELECT count(*) FROM student s WHERE s.class_id = c.id AND s._deleted = 0)
         FROM class c WHERE c._deleted = 0 ORDER BY c.name COLLATE NOCASE, c.id",
    )?;
    let classes = stmt
        .query_map([], |r| {
            Ok(ClassCount {
                id: r.get(0)?,
                name: r.get(1)?,
                students: r.get::<_, i64>(2)? as u64,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(CopySummary {
        schema_version: schema_version as u32,
        device,
        classes,
        students: count("SELECT count(*) FROM student WHERE _deleted = 0")?,
        evidence: count("SELECT count(*) FROM evidence WHERE _deleted = 0")?,
        artifacts: count("SELECT count(*) FROM artifact WHERE _deleted = 0")?,
    })
}

/// Takes a snapshot of the database on `conn` before migrating it from schema `from`, and
/// keeps only the newest few of those. Called by `open` before the migrations run.
pub(crate) fn snapshot_before_migration(
    conn: &Connection,
    db_path: &Path,
    from: i64,
    now_ms: u64,
) -> Result<()> {
    let name = SnapshotName::BeforeMigration {
        taken_ms: now_ms,
        from: from.max(0) as u32,
    };
    let path = snapshots_dir(db_path).join(name.file_name());
    if !path.exists() {
        copy_to(conn, &path)?;
    }
    // Dailies are pruned with today's date by the app; only the pre-migration rule applies
    // here, so the earliest possible date deletes no daily.
    prune_with(db_path, NaiveDate::MIN, true)
}

/// The snapshots beside the database at `db_path`, newest first.
pub fn list_snapshots(db_path: &Path) -> Result<Vec<SnapshotInfo>> {
    let dir = snapshots_dir(db_path);
    let mut out = Vec::new();
    for (name, meta) in files_in(&dir)? {
        let Some(parsed) = SnapshotName::parse(&name) else {
            continue;
        };
        let (kind, date) = match parsed {
            SnapshotName::Daily(d) => (SnapshotKind::Daily, d.to_string()),
            SnapshotName::BeforeMigration { taken_ms, .. } => (
                SnapshotKind::BeforeMigration,
                chrono::DateTime::from_timestamp_millis(taken_ms as i64)
                    .map(|t| t.date_naive().to_string())
                    .unwrap_or_default(),
            ),
        };
        out.push((
            parsed,
            SnapshotInfo {
                file_name: name,
                kind,
                date,
                bytes: meta.len(),
            },
        ));
    }
    out.sort_by(|a, b| (b.1.date.as_str(), b.0).cmp(&(a.1.date.as_str(), a.0)));
    Ok(out.into_iter().map(|(_, s)| s).collect())
}

/// Deletes the snapshots the retention rule does not keep on `today`, and temp files a
/// crash left behind. Returns nothing to report: what is left is what [`list_snapshots`]
/// shows.
pub fn prune_snapshots(db_path: &Path, today: NaiveDate) -> Result<()> {
    prune_with(db_path, today, false)
}

fn prune_with(db_path: &Path, today: NaiveDate, migrations_only: bool) -> Result<()> {
    let dir = snapshots_dir(db_path);
    let files = files_in(&dir)?;
    let names: Vec<String> = files
        .iter()
        .map(|(n, _)| n.clone())
        .filter(|n| {
            !migrations_only
                || matches!(
                    SnapshotName::parse(n),
                    Some(SnapshotName::BeforeMigration { .. })
                )
        })
        .collect();
    for name in snapshot::to_delete(&names, today) {
        let path = dir.join(&name);
        fs::remove_file(&path).map_err(io_err(&path))?;
    }
    let now = SystemTime::now();
    for (name, meta) in &files {
        let stale = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_TEMP);
        if name.starts_with('.') && name.ends_with(".tmp") && stale {
            let _ = fs::remove_file(dir.join(name));
        }
    }
    Ok(())
}

/// The plain files in `dir` (none when it does not exist).
fn files_in(dir: &Path) -> Result<Vec<(String, fs::Metadata)>> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err(dir)(e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_err(dir))?;
        let meta = entry.metadata().map_err(io_err(&entry.path()))?;
        if let (true, Some(name)) = (meta.is_file(), entry.file_name().to_str()) {
            out.push((name.to_owned(), meta));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::migrations::migrations;

    /// Long enough for a snapshot of an empty database, or an erasure, to finish when
    /// nothing holds it back.
    const WAIT: Duration = Duration::from_millis(400);

    #[test]
    fn a_snapshot_waits_while_an_erasure_holds_the_gate() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("w.sqlite3");
        drop(Db::open(&path).expect("a new database"));
        let today = NaiveDate::from_ymd_opt(2026, 3, 4).expect("a date");
        let expected = snapshots_dir(&path).join(SnapshotName::Daily(today).file_name());
        let gate = snapshot_gate();
        let from = path.clone();
        let taking = std::thread::spawn(move || take_daily_snapshot_of(&from, today));
        std::thread::sleep(WAIT);
        assert!(
            !expected.exists(),
            "no snapshot is written while a purge's erasure holds the gate"
        );
        drop(gate);
        let taken = taking
            .join()
            .expect("the snapshot thread ends")
            .expect("the snapshot is taken");
        assert_eq!(
            taken.as_deref(),
            Some(expected.as_path()),
            "once the erasure is done, the day's snapshot is taken"
        );
    }

    #[test]
    fn an_erasure_waits_while_a_snapshot_holds_the_gate() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("w.sqlite3");
        let db = Db::open(&path).expect("a new database");
        let today = NaiveDate::from_ymd_opt(2026, 3, 4).expect("a date");
        let snapshot = db
            .take_daily_snapshot(today)
            .expect("a snapshot")
            .expect("today's is new");
        let gate = snapshot_gate();
        let erasing = std::thread::spawn(move || {
            let mut db = db;
            db.erase_copies(&[])
        });
        std::thread::sleep(WAIT);
        assert!(
            snapshot.exists(),
            "the erasure does not empty snapshots/ while a snapshot is being copied"
        );
        drop(gate);
        erasing
            .join()
            .expect("the erasure thread ends")
            .expect("the erasure");
        assert!(
            !snapshot.exists(),
            "once the snapshot is done, the erasure deletes it"
        );
    }

    #[test]
    fn a_migration_is_preceded_by_a_snapshot_of_the_old_schema() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("w.sqlite3");
        {
            let mut conn = Connection::open(&path).expect("a new file");
            migrations()
                .to_version(&mut conn, LATEST - 1)
                .expect("the schema one version back");
        }
        let db = Db::open(&path).expect("the old database opens and is migrated");
        drop(db);
        let listed = list_snapshots(&path).expect("the snapshots list");
        assert_eq!(
            listed.len(),
            1,
            "one snapshot was taken before migrating: {listed:?}"
        );
        assert_eq!(
            listed[0].kind,
            SnapshotKind::BeforeMigration,
            "and it says why"
        );
        let copy = snapshots_dir(&path).join(&listed[0].file_name);
        let version: i64 = Connection::open(&copy)
            .and_then(|c| c.pragma_query_value(None, "user_version", |r| r.get(0)))
            .expect("the snapshot is a database");
        assert_eq!(
            version,
            (LATEST - 1) as i64,
            "the snapshot holds the schema from before the migration"
        );
        Db::open(&path).expect("opening again");
        assert_eq!(
            list_snapshots(&path).expect("listed").len(),
            1,
            "an up-to-date database is not snapshotted again on every open"
        );
    }

    #[test]
    fn only_the_newest_pre_migration_snapshots_are_kept() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("w.sqlite3");
        let db = Db::open(&path).expect("a new database");
        for ms in 1..=5u64 {
            snapshot_before_migration(&db.conn, &path, 2, ms * 1000).expect("a snapshot");
        }
        let today = NaiveDate::from_ymd_opt(2026, 3, 4).expect("a date");
        db.take_daily_snapshot(today).expect("today's snapshot");
        let names: Vec<String> = list_snapshots(&path)
            .expect("listed")
            .into_iter()
            .map(|s| s.file_name)
            .collect();
        assert_eq!(
            names.len(),
            snapshot::KEEP_BEFORE_MIGRATION + 1,
            "three pre-migration snapshots and today's are kept: {names:?}"
        );
        assert!(
            !names.iter().any(|n| n.contains("000000000001000")),
            "the oldest pre-migration snapshot went: {names:?}"
        );
    }
}
