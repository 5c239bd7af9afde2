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

use serde::Serialize;
use std::path::{Path, PathBuf};
use waypoint_core::ids::ClassId;
use waypoint_core::messages::Message;
use waypoint_store::Db;
use waypoint_store::exchange::ImportCounts;

use crate::bundle::{self, BundleClass};
use crate::{Error, Result, file};

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

/// The extension Waypoint gives the bundles it writes, here and in handoffs.
pub const EXTENSION: &str = "waypoint";

/// Extensions older versions gave bundles; files named so are still read.
pub const LEGACY_EXTENSIONS: &[&str] = &["bundle"];

/// The name of a device's file in a sync folder.
pub fn device_file_name(device: &str) -> String {
    format!("waypoint-{device}.{EXTENSION}")
}

/// The name of a device's file for the share of `class` in a sync folder: one folder can
/// carry several shares, each file readable only with its class's passphrase.
pub fn share_file_name(device: &str, class: ClassId) -> String {
    format!("waypoint-{device}-class-{class}.{EXTENSION}")
}

/// The part of a sync folder file's name between `waypoint-` and its bundle extension
/// (current or legacy), if the name is a sync file's at all.
fn sync_file_stem(name: &str) -> Option<&str> {
    let rest = name.strip_prefix("waypoint-")?;
    std::iter::once(EXTENSION)
        .chain(LEGACY_EXTENSIONS.iter().copied())
        .find_map(|ext| rest.strip_suffix(ext)?.strip_suffix('.'))
}

/// The class a share file is for, from its name, if it is one.
pub fn share_file_class(name: &str) -> Option<ClassId> {
    sync_file_stem(name)?.split_once("-class-")?.1.parse().ok()
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

/// Syncs `db` through the folder `dir`: imports every other laptop's file (each in its own
/// transaction, with the store's restore point), then writes this laptop's file with all
/// it holds. Plain files are written when `passphrase` is `None` (the CLI's choice; the app
/// always sets one). `label` is this laptop's label, `wall_ms` the time to stamp.
///
/// With `share` set to a class, only that class's share files are read (a file that holds
/// any other class is refused), and this laptop's file for it carries that class and the
/// shared data only ([`bundle::export_class`]).
pub fn sync_folder(
    db: &mut Db,
    dir: &Path,
    passphrase: Option<&str>,
    label: &str,
    wall_ms: u64,
    share: Option<ClassId>,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<SyncReport> {
    if !dir.is_dir() {
        return Err(Error::NoFolder {
            path: dir.to_owned(),
        });
    }
    let own = match share {
        Some(class) => share_file_name(&db.device_id().to_string(), class),
        None => device_file_name(&db.device_id().to_string()),
    };
    let mut others: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| Error::Io {
            path: dir.to_owned(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let for_us = match share {
                Some(class) => share_file_class(name) == Some(class),
                None => share_file_class(name).is_none(),
            };
            // This laptop's own file, under either name, is what it writes, not an input.
            for_us
                && sync_file_stem(name).is_some_and(|stem| Some(stem) != sync_file_stem(&own))
                && p.is_file()
        })
        .collect();
    others.sort();
    let mut files = Vec::new();
    let mut totals = ImportCounts::default();
    for path in others {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut report = FileReport {
            file: name.clone(),
            label: String::new(),
            counts: None,
            error: None,
            refused_classes: vec![],
        };
        let read = file::read_bundle(&path, passphrase);
        let result = match read {
            Ok((b, encrypted)) => {
                report.label = b.manifest.source.label.clone();
                progress(SyncProgress {
                    stage: "import",
                    file: name.clone(),
                    done: 0,
                    total: b.manifest.counts.ops,
                });
                let accept: Vec<String> = share.iter().map(|c| c.to_string()).collect();
                let r = bundle::import(db, &b, encrypted, &accept);
                progress(SyncProgress {
                    stage: "import",
                    file: name.clone(),
                    done: b.manifest.counts.ops,
                    total: b.manifest.counts.ops,
                });
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
            Err(e) => report.error = Some(e.message()),
        }
        files.push(report);
    }
    // The total is known once the bundle is made; until then the stage has none.
    progress(SyncProgress {
        stage: "export",
        file: own.clone(),
        done: 0,
        total: 0,
    });
    let wrote = dir.join(&own);
    let bytes = match share {
        Some(class) => bundle::export_class(db, class, None, label, wall_ms)?,
        None => bundle::export(db, None, label, wall_ms)?,
    };
    let written = file::write_bundle(&wrote, &bytes, passphrase)?;
    remove_legacy_own_files(dir, &own);
    let ops = written.manifest.counts.ops;
    progress(SyncProgress {
        stage: "export",
        file: own,
        done: ops,
        total: ops,
    });
    Ok(SyncReport {
        wrote,
        files,
        totals,
    })
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
            sync_file_stem("waypoint-d1.bundle"),
            sync_file_stem(&device_file_name("d1")),
            "both names of one laptop's file are the same laptop's"
        );
        for other in [
            "waypoint-d1.json",
            "notes-d1.waypoint",
            "waypoint-d1waypoint",
        ] {
            assert_eq!(
                sync_file_stem(other),
                None,
                "{other} is not a sync file and must not be read as one"
            );
        }
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
