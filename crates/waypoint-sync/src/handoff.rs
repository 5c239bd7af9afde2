//! The app's handoff use cases over this laptop's settings: the Sync page's status, the
//! folder, label and passphrase, "Sync now", and exporting or importing one bundle file.
//! The shell's commands call these and nothing else, so the CLI and the app share them.

use serde::Serialize;
use std::path::Path;
use waypoint_core::Error as Core;
use waypoint_store::Db;
use waypoint_store::exchange::{Gap, ImportCounts};

use crate::bundle::{self, Preview};
use crate::folder::{self, Progress, SyncReport};
use crate::{Result, crypto, file};

/// A co-teacher's laptop, as the Sync page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PeerView {
    /// Its device id.
    pub device: String,
    /// Its label.
    pub label: String,
    /// When its last bundle was imported here, Unix milliseconds.
    pub last_import_ms: u64,
    /// How many of this laptop's own changes it had then.
    pub they_have_of_ours: u64,
}

/// Everything the Sync page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// This laptop's device id.
    pub device_id: String,
    /// Its label.
    pub label: String,
    /// The sync folder.
    pub folder: Option<String>,
    /// True when a class passphrase is set.
    pub has_passphrase: bool,
    /// How many changes this laptop has written.
    pub own_changes: u64,
    /// Laptops that sent bundles here.
    pub peers: Vec<PeerView>,
    /// Fields with an open conflict.
    pub open_conflicts: u64,
    /// Origins with changes missing in between.
    pub gaps: Vec<Gap>,
    /// When "Sync now" last finished.
    pub last_sync_ms: Option<u64>,
    /// Classes chosen to be received.
    pub received_classes: Vec<String>,
    /// True when "Undo last import" can run.
    pub can_undo_import: bool,
}

/// The Sync page's status.
pub fn status(db: &Db) -> Result<SyncStatus> {
    let s = db.handoff_settings()?;
    let own = db.device_id();
    Ok(SyncStatus {
        device_id: own.to_string(),
        label: s.label,
        folder: s.folder,
        has_passphrase: s.passphrase.is_some(),
        own_changes: db.own_op_count()?,
        peers: db
            .peers()?
            .into_iter()
            .map(|p| PeerView {
                device: p.device.to_string(),
                label: p.label,
                last_import_ms: p.last_import_ms,
                they_have_of_ours: p
                    .their_vv
                    .0
                    .iter()
                    .filter(|(s, _)| s.device == own)
                    .map(|(_, q)| *q)
                    .sum(),
            })
            .collect(),
        open_conflicts: db.open_conflict_count()?,
        gaps: db.gaps()?,
        last_sync_ms: s.last_sync_ms,
        received_classes: s.received_classes,
        can_undo_import: db.can_undo_import()?,
    })
}

/// Sets this laptop's label (trimmed, at most 100 characters, one line).
pub fn set_label(db: &mut Db, label: &str) -> Result<SyncStatus> {
    let label = waypoint_core::validate::text(
        "label",
        "The label",
        label,
        false,
        waypoint_core::validate::NAME_MAX,
    )
    .map_err(waypoint_store::Error::from)?;
    db.set_handoff_setting("label", Some(&label))?;
    status(db)
}

/// Sets the sync folder (it must exist), or clears it with `None` or "".
pub fn set_folder(db: &mut Db, path: Option<&str>) -> Result<SyncStatus> {
    match path.map(str::trim).filter(|p| !p.is_empty()) {
        None => db.set_handoff_setting("folder", None)?,
        Some(p) => {
            if !Path::new(p).is_dir() {
                return Err(waypoint_store::Error::from(Core::invalid(
                    "folder",
                    format!("There is no folder at {p}. Check the path, or plug in the USB stick."),
                ))
                .into());
            }
            db.set_handoff_setting("folder", Some(p))?;
        }
    }
    status(db)
}

/// Sets or changes the class passphrase.
pub fn set_passphrase(db: &mut Db, passphrase: &str) -> Result<SyncStatus> {
    crypto::check_passphrase(passphrase)?;
    db.set_handoff_setting("passphrase", Some(passphrase))?;
    status(db)
}

/// "Sync now" with the saved folder, passphrase and label.
pub fn sync_now(
    db: &mut Db,
    wall_ms: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncReport> {
    let s = db.handoff_settings()?;
    let folder = s.folder.ok_or_else(|| {
        waypoint_store::Error::from(Core::invalid(
            "folder",
            "Choose a sync folder first: a USB stick, or a folder your co-teacher shares.",
        ))
    })?;
    let passphrase = s.passphrase.ok_or_else(|| {
        waypoint_store::Error::from(Core::invalid(
            "passphrase",
            "Set the class passphrase first; your co-teacher uses the same one.",
        ))
    })?;
    let report = folder::sync_folder(
        db,
        Path::new(&folder),
        Some(&passphrase),
        &s.label,
        wall_ms,
        None,
        progress,
    )?;
    db.set_handoff_setting("last_sync_ms", Some(&wall_ms.to_string()))?;
    Ok(report)
}

/// The file name offered when exporting a bundle.
pub fn export_file_name(readable: bool) -> &'static str {
    if readable {
        "waypoint-readable.bundle"
    } else {
        "waypoint-handoff.bundle"
    }
}

/// Writes a bundle of everything to `path`: encrypted with the class passphrase, or plain
/// when `readable`.
pub fn export_to(db: &Db, path: &Path, readable: bool, wall_ms: u64) -> Result<()> {
    let s = db.handoff_settings()?;
    let passphrase = if readable {
        None
    } else {
        Some(s.passphrase.ok_or_else(|| {
            waypoint_store::Error::from(Core::invalid(
                "passphrase",
                "Set the class passphrase first, or export a readable bundle.",
            ))
        })?)
    };
    let bytes = bundle::export(db, None, &s.label, wall_ms)?;
    file::write_bundle(path, &bytes, passphrase.as_deref())?;
    Ok(())
}

/// Reads a bundle file (with the saved passphrase) without importing it.
pub fn preview_file(db: &Db, path: &Path) -> Result<Preview> {
    let passphrase = db.handoff_settings()?.passphrase;
    let (b, encrypted) = file::read_bundle(path, passphrase.as_deref())?;
    bundle::preview(db, &b, encrypted)
}

/// Imports a bundle file (with the saved passphrase), receiving `accept` from now on.
pub fn import_file(db: &mut Db, path: &Path, accept: &[String]) -> Result<ImportCounts> {
    let passphrase = db.handoff_settings()?.passphrase;
    let (b, encrypted) = file::read_bundle(path, passphrase.as_deref())?;
    if passphrase.is_some() && !encrypted {
        return Err(crate::Error::PlainWithPassphrase);
    }
    bundle::import(db, &b, encrypted, accept)
}

/// Marks `classes` as received; the status after.
pub fn receive_classes(db: &mut Db, classes: &[String]) -> Result<SyncStatus> {
    db.receive_classes(classes)?;
    status(db)
}
