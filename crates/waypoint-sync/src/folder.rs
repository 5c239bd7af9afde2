//! Sync folders: a USB stick, or a folder that Drive, OneDrive, Syncthing or a school share
//! keeps in step. Each laptop keeps one file there, `waypoint-<device id>.bundle`, which
//! only it writes; "Sync now" imports every other laptop's file, then rewrites its own with
//! everything it holds (so a third laptop gets the first one's changes through the second).
//!
//! A share of one class keeps its own file per laptop,
//! `waypoint-<device id>-class-<class id>.bundle`, holding that class and the shared data
//! only, encrypted with that class's passphrase.
//!
//! One file that cannot be read (half-copied by a cloud client, a different passphrase, a
//! class not chosen) is reported and skipped; the others are still imported.

use serde::Serialize;
use std::path::{Path, PathBuf};
use waypoint_core::ids::ClassId;
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
    pub error: Option<String>,
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
    format!("waypoint-{device}.bundle")
}

/// The name of a device's file for the share of `class` in a sync folder: one folder can
/// carry several shares, each file readable only with its class's passphrase.
pub fn share_file_name(device: &str, class: ClassId) -> String {
    format!("waypoint-{device}-class-{class}.bundle")
}

/// The class a share file is for, from its name, if it is one.
pub fn share_file_class(name: &str) -> Option<ClassId> {
    let rest = name.strip_prefix("waypoint-")?.strip_suffix(".bundle")?;
    rest.split_once("-class-")?.1.parse().ok()
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
            for_us
                && name.starts_with("waypoint-")
                && name.ends_with(".bundle")
                && name != own
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
                    .to_string(),
                );
                report.refused_classes = classes;
            }
            Err(
                e @ Error::Store(
                    waypoint_store::Error::Tampered { .. }
                    | waypoint_store::Error::RefusedOp { .. },
                ),
            ) => {
                report.error = Some(e.to_string());
            }
            // Any other store failure is not about one file: stop (each import is its own
            // transaction, so nothing half-done stays).
            Err(e @ Error::Store(_)) => return Err(e),
            Err(e) => report.error = Some(e.to_string()),
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
