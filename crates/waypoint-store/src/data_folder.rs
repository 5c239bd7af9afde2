//! Every file Waypoint keeps beside its database, in one list, and the erasure of the copies
//! of the database that a purge must not leave behind.
//!
//! For a database at `<dir>/<db>` (the app's is `waypoint.sqlite3` in the OS data folder),
//! the data folder holds:
//!
//! | path | what | holds student data |
//! |---|---|---|
//! | `<db>` | the SQLite database | yes |
//! | `<db>-wal`, `<db>-shm` | SQLite's write-ahead log and its index (WAL mode) | the WAL, until checkpointed |
//! | `<db>.install` (`.install.tmp` while written) | the install marker: a token and a high-water seq ([`crate::device::marker_path`]) | no |
//! | `<db>.lock`, `<db>.sock` | the desktop app's one-instance lock and socket | no |
//! | `<db>.before-import` (`.before-import.new` while taken) | the restore point taken before the last import ([`crate::exchange::restore_point_path`]) | yes: a whole copy |
//! | `artifacts/<sha256>` | portfolio files, named by the SHA-256 of their bytes ([`crate::portfolio::artifacts_dir`]) | yes |
//! | `artifacts/<sha256>.thumb.png` | their cached thumbnails | yes |
//! | `artifacts/.incoming-*.tmp`, `.thumb-*.tmp`, `.pdf-*.png` | a copy or thumbnail being written | yes, briefly |
//! | `snapshots/` ([`snapshots_dir`]) | rotating snapshots of the database (backups) | yes: every file is a whole copy |
//!
//! A purge ([`crate::roster::purge_student`]) blanks the student in the database and then
//! calls [`Db::erase_copies`], which removes every whole copy listed above (the restore point
//! and every file in `snapshots/`), and removes the student's portfolio files and thumbnails
//! that no other record names. A purge that arrives in a bundle does the same on the
//! receiving laptop once the import is in ([`Db::import_bundle_ops`]). Whoever adds a file here adds it to this table, and to
//! [`Db::erase_copies`] when it can hold a student.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, params};
use waypoint_core::op::{Op, OpKind};
use waypoint_core::portfolio::ARTIFACT;

use crate::{Db, Error, Result};

/// The folder of rotating database snapshots for the database at `db_path`: `snapshots/`
/// beside it. Every file in it is a whole copy of the database, so a purge deletes them all.
pub fn snapshots_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join("snapshots")
}

/// The restore-point files of the database at `db_path` that may exist: the restore point,
/// the one being taken (`.new`), and the SQLite journals either of them may have beside it.
pub fn restore_point_files(db_path: &Path) -> Vec<PathBuf> {
    let point = crate::exchange::restore_point_path(db_path);
    let mut taking = point.clone().into_os_string();
    taking.push(".new");
    let mut files = Vec::new();
    for base in [point.into_os_string(), taking] {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = base.clone();
            name.push(suffix);
            files.push(PathBuf::from(name));
        }
    }
    files
}

impl Db {
    /// Erases what a purge leaves outside the database's live rows: rewrites the file
    /// (`VACUUM`), checkpoints the WAL into it and truncates the WAL, so no old page is left
    /// in either; then deletes the restore point, every snapshot, and the portfolio files
    /// (and thumbnails) named `sha256s` that no artifact record still names (a purged record
    /// names none).
    ///
    /// Every step is tried even when one fails, and the first failure is returned: the
    /// purge itself is already committed, and the more of it that reaches the disk the
    /// better. Running the purge again finishes what is left.
    pub fn erase_copies(&mut self, sha256s: &[String]) -> Result<()> {
        // No snapshot is being copied while this runs (see `backup::snapshot_gate`).
        let _gate = crate::backup::snapshot_gate();
        let mut first: Option<Error> = None;
        let mut note = |r: Result<()>| {
            if let Err(e) = r
                && first.is_none()
            {
                first = Some(e);
            }
        };
        // `secure_delete` zeroes what is freed from now on, but a database written before it
        // was set may still hold old copies of a row in free space; VACUUM rewrites the file
        // from the live rows only. A purge is rare, and this costs about a second a year's
        // data, so it is always done.
        // An import's undo log holds the values rows had before it: a purged student's too.
        note(
            self.conn
                .execute("UPDATE file_import SET undo_log = '[]'", [])
                .map(drop)
                .map_err(Error::from),
        );
        note(self.conn.execute_batch("VACUUM").map_err(Error::from));
        note(self.checkpoint_truncate());
        for file in restore_point_files(&self.path) {
            note(remove_file(&file));
        }
        note(empty_folder(&snapshots_dir(&self.path)));
        for sha256 in sha256s {
            let named: bool = match self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM artifact WHERE sha256 = ?1)",
                [sha256],
                |r| r.get(0),
            ) {
                Ok(named) => named,
                Err(e) => {
                    note(Err(e.into()));
                    continue;
                }
            };
            if !named {
                for file in crate::portfolio::files_of(&self.path, sha256) {
                    note(remove_file(&file));
                }
            }
        }
        match first {
            None => Ok(()),
            Some(e) => Err(e),
        }
    }

    /// When `ops` hold a purge this database does not have yet, the portfolio files the
    /// purged artifact records name here (for [`Db::erase_copies`] once the import is in);
    /// `None` when they purge nothing new.
    pub(crate) fn arriving_purge_files(&self, ops: &[Op]) -> Result<Option<Vec<String>>> {
        let mut any = false;
        let mut files = Vec::new();
        for op in ops.iter().filter(|o| o.kind == OpKind::Purge) {
            let held: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM op WHERE origin = ?1 AND seq = ?2)",
                params![op.id.stream.to_string(), op.id.seq as i64],
                |r| r.get(0),
            )?;
            if held {
                continue;
            }
            any = true;
            if op.table == ARTIFACT.name {
                let sha256: Option<String> = self
                    .conn
                    .query_row(
                        "SELECT sha256 FROM artifact WHERE id = ?1",
                        [&op.row_id],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten();
                files.extend(sha256);
            }
        }
        Ok(any.then_some(files))
    }

    /// Copies every page in the WAL into the database file and truncates the WAL to zero
    /// bytes (`PRAGMA wal_checkpoint(TRUNCATE)`). Refused as [`Error::NotErased`] when a
    /// reader kept it from finishing, since the WAL may then still hold old pages.
    pub(crate) fn checkpoint_truncate(&self) -> Result<()> {
        let (busy, _, _): (i64, i64, i64) =
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
        if busy != 0 {
            let mut wal = self.path.clone().into_os_string();
            wal.push("-wal");
            return Err(Error::NotErased {
                path: wal.into(),
                source: io::Error::new(
                    io::ErrorKind::ResourceBusy,
                    "another program is reading the database",
                ),
            });
        }
        Ok(())
    }
}

/// Removes `path`; one that is not there is already erased.
fn remove_file(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(Error::NotErased {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Removes everything inside `dir` (files and folders), keeping `dir` itself so whoever
/// writes there need not make it again. A missing folder is already empty.
fn empty_folder(dir: &Path) -> Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(Error::NotErased {
                path: dir.to_owned(),
                source,
            });
        }
    };
    let mut first = Ok(());
    for entry in entries {
        let removed = match entry {
            Err(source) => Err(Error::NotErased {
                path: dir.to_owned(),
                source,
            }),
            Ok(entry) if entry.file_type().is_ok_and(|t| t.is_dir()) => {
                match fs::remove_dir_all(entry.path()) {
                    Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::NotErased {
                        path: entry.path(),
                        source: e,
                    }),
                    _ => Ok(()),
                }
            }
            Ok(entry) => remove_file(&entry.path()),
        };
        if first.is_ok() {
            first = removed;
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshots_are_in_a_folder_beside_the_database() {
        assert_eq!(
            snapshots_dir(Path::new("/data/waypoint/w.sqlite3")),
            Path::new("/data/waypoint/snapshots"),
            "the backups code writes snapshots here, and a purge empties this folder"
        );
    }

    #[test]
    fn the_restore_point_files_include_the_one_being_taken_and_journals() {
        let files = restore_point_files(Path::new("/d/w.sqlite3"));
        for want in [
            "/d/w.sqlite3.before-import",
            "/d/w.sqlite3.before-import-wal",
            "/d/w.sqlite3.before-import.new",
            "/d/w.sqlite3.before-import.new-journal",
        ] {
            assert!(
                files.contains(&PathBuf::from(want)),
                "{want} can hold a copy of the database, so a purge removes it"
            );
        }
    }

    #[test]
    fn emptying_a_folder_removes_files_and_folders_and_keeps_it() -> std::io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("snapshots");
        fs::create_dir_all(dir.join("weekly"))?;
        fs::write(dir.join("daily.sqlite3"), b"copy")?;
        fs::write(dir.join("weekly").join("w.sqlite3"), b"copy")?;
        let emptied = empty_folder(&dir);
        assert!(emptied.is_ok(), "emptying succeeds: {emptied:?}");
        assert_eq!(
            fs::read_dir(&dir)?.count(),
            0,
            "every snapshot, in subfolders too, is removed"
        );
        assert!(
            dir.is_dir(),
            "the folder itself stays for the next snapshot"
        );
        assert!(
            empty_folder(&tmp.path().join("none")).is_ok(),
            "a snapshots folder that is not there is already empty"
        );
        Ok(())
    }
}
