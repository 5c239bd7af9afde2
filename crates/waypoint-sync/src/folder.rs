//! Sync folders: a USB stick, or a folder that Drive, OneDrive, Syncthing or a school share
//! keeps in step. Each laptop keeps one file there, `waypoint-<device id>.waypoint`, which
//! only it writes; "Sync now" imports every other laptop's file, then rewrites its own with
//! everything it holds (so a third laptop gets the first one's changes through the second).
//!
//! A share of one class keeps its own file per laptop,
//! `waypoint-<device id>-class-<class id>.waypoint`, holding that class and the shared data
//! only, encrypted with that class's passphrase.
//!
//! Bundles are written with the `.waypoint` extension (the desktop's file type for them);
//! files an older Waypoint wrote as `.bundle` are still read, and a laptop's own old-named
//! file is removed once its `.waypoint` file is written.
//!
//! One file that cannot be read (half-copied by a cloud client, a different passphrase, a
//! class not chosen) is reported and skipped; the others are still imported.
//!
//! What the services that keep the folder in step do to it (temp files, conflict copies,
//! files half arrived or changing while read, older versions coming back; [`names`] reads
//! what each name is) is handled here and tested in `tests/sync/weather/`:
//! - This laptop's file is written *first*, with what it holds, and again at the end when
//!   something new came in. A folder that can't take it (read-only, a full disk, its name
//!   taken) fails the sync before anything is imported, so a failed sync changes nothing
//!   here; and a file of this laptop's that a service replaced with an older version or
//!   deleted is put back at once.
//! - Temp, lock and download files are never read. A copy of another laptop's file is read
//!   like its file (it may hold what the file does not yet), and reported as that laptop's,
//!   from the bundle's manifest. A copy of this laptop's own file (by its name, or by the
//!   manifest inside) is never imported: it is reported as one the teacher may delete.
//! - A file that has not fully arrived, or changes while it is read, is reported in its own
//!   sentence and read at a later sync; one that is gone by the time it is read is skipped.

use serde::Serialize;
use std::path::{Path, PathBuf};
use waypoint_core::ids::ClassId;
use waypoint_core::messages::Message;
use waypoint_store::Db;
use waypoint_store::exchange::ImportCounts;

use crate::bundle::{self, BundleClass};
use crate::{Error, Result, file};
use waypoint_core::ids::DeviceId;
use waypoint_core::msg;

pub mod names;

pub use names::{EXTENSION, LEGACY_EXTENSIONS};

/// What one other laptop's file brought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FileReport {
    /// The file's name in the folder.
    pub file: String,
    /// The sender's label ("" when the file could not be read).
    pub label: String,
    /// What came in, when it was imported.
    pub counts: Option<ImportCounts>,
    /// Why it was not, as a sentence.
    pub error: Option<Message>,
    /// Classes in it the teacher has not chosen to receive (then nothing was imported).
    pub refused_classes: Vec<BundleClass>,
}

/// What "Sync now" did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// This laptop's own file.
    pub wrote: PathBuf,
    /// Every other laptop's file, by name.
    pub files: Vec<FileReport>,
    /// The sum over the files imported.
    pub totals: ImportCounts,
}

/// Where "Sync now" is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncProgress {
    /// "import" while reading other laptops' files, "export" while writing this one's.
    pub stage: &'static str,
    /// The file being read, for "import".
    pub file: String,
    /// Changes handled so far in this stage.
    pub done: u64,
    /// Changes in this stage.
    pub total: u64,
}

/// The name of a device's file in a sync folder.
pub fn device_file_name(device: &str) -> String {
    format!("waypoint-{device}.{EXTENSION}")
}

/// The name of a device's file for the share of `class` in a sync folder: one folder can
/// carry several shares, each file readable only with its class's passphrase.
pub fn share_file_name(device: &str, class: ClassId) -> String {
    format!("waypoint-{device}-class-{class}.{EXTENSION}")
}

/// The class a share file (or a copy of one) is for, from its name, if it is one.
pub fn share_file_class(name: &str) -> Option<ClassId> {
    names::parse(name)?.class
}

/// Removes this laptop's file under an older extension, now that the `.waypoint` one holds
/// everything it did: left there, it would go stale and be read by every other laptop at
/// each sync. Best effort: one that can't be removed is only read again, harmlessly.
fn remove_legacy_own_files(dir: &Path, own: &str) {
    let Some(stem) = own.strip_suffix(EXTENSION) else {
        return;
    };
    for ext in LEGACY_EXTENSIONS {
        let _ = std::fs::remove_file(dir.join(format!("{stem}{ext}")));
    }
}

/// What "Sync now" tells its caller as it goes.
#[derive(Debug)]
pub enum FolderEvent<'a> {
    /// Where it is, for a progress bar.
    Progress(SyncProgress),
    /// It is about to read this other laptop's file, found when the folder was listed.
    Reading(&'a Path),
    /// It is about to write this laptop's file through this temp file (see
    /// [`file::write_bundle`]).
    Writing(&'a Path),
}

/// Syncs `db` through the folder `dir`: writes this laptop's file with all it holds, imports
/// every other laptop's file (each in its own transaction, with the store's restore point),
/// then, when something new came in, writes this laptop's file again. Plain files are
/// written when `passphrase` is `None` (the CLI's choice; the app always sets one). `label`
/// is this laptop's label, `wall_ms` the time to stamp.
///
/// With `share` set to a class, only that class's share files are read (a file that holds
/// any other class is refused), and this laptop's file for it carries that class and the
/// shared data only ([`bundle::export_class`]).
///
/// Refused with nothing imported when this laptop's file can't be written:
/// [`Error::DiskFull`], [`Error::NotWritable`] (see the module's notes).
pub fn sync_folder(
    db: &mut Db,
    dir: &Path,
    passphrase: Option<&str>,
    label: &str,
    wall_ms: u64,
    share: Option<ClassId>,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<SyncReport> {
    sync_folder_with_events(db, dir, passphrase, label, wall_ms, share, &mut |event| {
        if let FolderEvent::Progress(p) = event {
            progress(p);
        }
    })
}

/// [`sync_folder`], telling `events` also which file it is about to read or write: the seam
/// through which the folder-weather tests play a sync client that replaces, rewrites or
/// removes a file between the folder's listing and its read, and a full disk.
pub fn sync_folder_with_events(
    db: &mut Db,
    dir: &Path,
    passphrase: Option<&str>,
    label: &str,
    wall_ms: u64,
    share: Option<ClassId>,
    events: &mut dyn FnMut(FolderEvent<'_>),
) -> Result<SyncReport> {
    if !dir.is_dir() {
        return Err(Error::NoFolder {
            path: dir.to_owned(),
        });
    }
    let device = db.device_id();
    let own = match share {
        Some(class) => share_file_name(&device.to_string(), class),
        None => device_file_name(&device.to_string()),
    };
    let wrote = dir.join(&own);
    let own_file = OwnFile {
        path: &wrote,
        passphrase,
        label,
        wall_ms,
        share,
    };
    // Before anything is read: see the module's notes.
    own_file.write(db, events)?;
    remove_legacy_own_files(dir, &own);
    let mut files = Vec::new();
    let mut totals = ImportCounts::default();
    for listed in list_folder(dir, device, share)? {
        let mut report = FileReport {
            file: listed.name.clone(),
            label: String::new(),
            counts: None,
            error: None,
            refused_classes: vec![],
        };
        if listed.own_copy {
            report.label = label.to_owned();
            report.error = Some(msg!("sync-folder-own-copy"));
            files.push(report);
            continue;
        }
        events(FolderEvent::Reading(&listed.path));
        let read = match file::read_bundle(&listed.path, passphrase) {
            // Gone since the listing (a copy deleted, a name replaced): nothing to read.
            Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                continue;
            }
            Ok((b, _)) if b.manifest.source.device == device => {
                // This laptop's own bundle under another laptop's name.
                report.label = label.to_owned();
                report.error = Some(msg!("sync-folder-own-copy"));
                files.push(report);
                continue;
            }
            read => read,
        };
        let result = match read {
            Ok((b, encrypted)) => {
                report.label = b.manifest.source.label.clone();
                let total = b.manifest.counts.ops;
                let at = |done| {
                    FolderEvent::Progress(SyncProgress {
                        stage: "import",
                        file: listed.name.clone(),
                        done,
                        total,
                    })
                };
                events(at(0));
                let accept: Vec<String> = share.iter().map(|c| c.to_string()).collect();
                let r = bundle::import(db, &b, encrypted, &accept);
                events(at(total));
                r
            }
            Err(e) => Err(e),
        };
        match result {
            Ok(c) => {
                totals.new += c.new;
                totals.already += c.already;
                totals.conflicts += c.conflicts;
                report.counts = Some(c);
            }
            Err(Error::ClassNotChosen { classes }) => {
                report.error = Some(
                    Error::ClassNotChosen {
                        classes: classes.clone(),
                    }
                    .message(),
                );
                report.refused_classes = classes;
            }
            Err(
                e @ Error::Store(
                    waypoint_store::Error::Tampered { .. }
                    | waypoint_store::Error::RefusedOp { .. },
                ),
            ) => {
                report.error = Some(e.message());
            }
            // Any other store failure is not about one file: stop (each import is its own
            // transaction, so nothing half-done stays).
            Err(e @ Error::Store(_)) => return Err(e),
            Err(e) if arrived_part_way(&e) => {
                report.error = Some(msg!("sync-folder-file-incomplete"));
            }
            Err(e) => report.error = Some(e.message()),
        }
        files.push(report);
    }
    if totals.new > 0 {
        // What came in goes out again, so a third laptop gets it through this one.
        own_file.write(db, events)?;
    }
    Ok(SyncReport {
        wrote,
        files,
        totals,
    })
}

/// This laptop's file in the folder, and how it is written.
struct OwnFile<'a> {
    path: &'a Path,
    passphrase: Option<&'a str>,
    label: &'a str,
    wall_ms: u64,
    share: Option<ClassId>,
}

impl OwnFile<'_> {
    /// Writes everything `db` holds (for the share, its class) to the file.
    fn write(&self, db: &mut Db, events: &mut dyn FnMut(FolderEvent<'_>)) -> Result<()> {
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // The total is known once the bundle is made; until then the stage has none.
        events(FolderEvent::Progress(SyncProgress {
            stage: "export",
            file: name.clone(),
            done: 0,
            total: 0,
        }));
        let bytes = match self.share {
            Some(class) => bundle::export_class(db, class, None, self.label, self.wall_ms)?,
            None => bundle::export(db, None, self.label, self.wall_ms)?,
        };
        let written = file::write_bundle_seen(self.path, &bytes, self.passphrase, &mut |temp| {
            events(FolderEvent::Writing(temp))
        })?;
        let ops = written.manifest.counts.ops;
        events(FolderEvent::Progress(SyncProgress {
            stage: "export",
            file: name,
            done: ops,
            total: ops,
        }));
        Ok(())
    }
}

/// A file in the folder to read, or to report unread.
struct Listed {
    path: PathBuf,
    name: String,
    /// A copy a sync service made of this laptop's own file, by its name.
    own_copy: bool,
}

/// The folder's files for this sync, sorted by name: every other laptop's (for `share`, its
/// class's share files; otherwise the laptops' own files), copies of them, and copies of
/// this laptop's own; never this laptop's own file, nor anything that is not Waypoint's.
fn list_folder(dir: &Path, device: DeviceId, share: Option<ClassId>) -> Result<Vec<Listed>> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        path: dir.to_owned(),
        source,
    })?;
    let mut out: Vec<Listed> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_owned();
            let parsed = names::parse(&name)?;
            if parsed.class != share || !path.is_file() {
                return None;
            }
            let own = parsed.is_of(device);
            // This laptop's own file, under either extension, is what it writes, not an input.
            (!own || parsed.copy).then_some(Listed {
                path,
                name,
                own_copy: own,
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// True for a refusal that says the file stops part-way: in a sync folder, a file the
/// service has not finished bringing (an encrypted one cut in its contents can't be told
/// from an altered one; in a sync folder, cut is by far the likelier).
fn arrived_part_way(e: &Error) -> bool {
    let reason = match e {
        Error::Damaged { reason } | Error::NotABundle { reason } => reason,
        _ => return false,
    };
    [
        "sync-why-cut-short-copying",
        "sync-why-empty",
        "sync-why-header-cut-short",
        "sync-why-contents-cut-or-altered",
    ]
    .contains(&reason.id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_written_as_waypoint_and_old_names_are_still_recognised() {
        let class = ClassId::mint(42, [7; 10]);
        assert_eq!(
            device_file_name("d1"),
            "waypoint-d1.waypoint",
            "a laptop's file gets the desktop's bundle extension"
        );
        assert_eq!(
            share_file_class(&share_file_name("d1", class)),
            Some(class),
            "a share file's class is read back from its new name"
        );
        assert_eq!(
            share_file_class(&format!("waypoint-d1-class-{class}.bundle")),
            Some(class),
            "a share file an older version wrote is still recognised"
        );
        assert_eq!(
            names::parse("waypoint-d1.bundle").map(|n| n.device),
            names::parse(&device_file_name("d1")).map(|n| n.device),
            "both names of one laptop's file are the same laptop's"
        );
    }

    #[test]
    fn the_listing_holds_other_laptops_files_and_copies_and_nothing_else() -> std::io::Result<()> {
        let me = DeviceId::mint(1, [1; 10]);
        let other = DeviceId::mint(2, [2; 10]);
        let class = ClassId::mint(3, [3; 10]);
        let mine = device_file_name(&me.to_string());
        let theirs = device_file_name(&other.to_string());
        let their_share = share_file_name(&other.to_string(), class);
        let dir = tempfile::tempdir()?;
        for name in [
            mine.clone(),
            mine.replace(".waypoint", ".bundle"),
            mine.replace(".waypoint", " (1).waypoint"),
            mine.replace(
                ".waypoint",
                ".sync-conflict-20250102-104015-RQSO2YC.waypoint",
            ),
            theirs.clone(),
            theirs.replace(".waypoint", " (1).waypoint"),
            their_share.clone(),
            their_share.replace(".waypoint", " (2).waypoint"),
            format!(".syncthing.{theirs}.tmp"),
            format!("~${theirs}"),
            format!("{theirs}.partial"),
            format!(".{mine}.77.tmp"),
            "lesson plan.docx".into(),
        ] {
            std::fs::write(dir.path().join(name), b"x")?;
        }
        // A folder is not a file, whatever its name.
        std::fs::create_dir(
            dir.path()
                .join(theirs.replace(".waypoint", " (3).waypoint")),
        )?;
        let listed = |share| -> std::io::Result<Vec<(String, bool)>> {
            Ok(list_folder(dir.path(), me, share)
                .map_err(std::io::Error::other)?
                .into_iter()
                .map(|l| (l.name, l.own_copy))
                .collect())
        };
        let mut want = vec![
            (theirs.replace(".waypoint", " (1).waypoint"), false),
            (theirs.clone(), false),
            (mine.replace(".waypoint", " (1).waypoint"), true),
            (
                mine.replace(
                    ".waypoint",
                    ".sync-conflict-20250102-104015-RQSO2YC.waypoint",
                ),
                true,
            ),
        ];
        want.sort();
        assert_eq!(
            listed(None)?,
            want,
            "the other laptop's file and its copy are read, this laptop's copies are reported, \
             and its own file, the share's files, temp and download files are left alone"
        );
        assert_eq!(
            listed(Some(class))?,
            vec![
                (their_share.replace(".waypoint", " (2).waypoint"), false),
                (their_share, false)
            ],
            "a share's sync lists its class's files and their copies only"
        );
        Ok(())
    }

    #[test]
    fn writing_the_new_file_removes_only_this_laptops_old_one() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        for name in ["waypoint-d1.bundle", "waypoint-d2.bundle", "d1.bundle"] {
            std::fs::write(dir.path().join(name), b"x")?;
        }
        remove_legacy_own_files(dir.path(), &device_file_name("d1"));
        let mut left: Vec<String> = std::fs::read_dir(dir.path())?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            ["d1.bundle", "waypoint-d2.bundle"],
            "only d1's own old-named file goes; another laptop's and the teacher's files stay"
        );
        Ok(())
    }
}
