//! The app's handoff use cases over this laptop's settings: the Sync page's status, the
//! folder, label and passphrase, "Sync now", and exporting or importing one bundle file.
//! The shell's commands call these and nothing else, so the CLI and the app share them.
//!
//! The passphrase is read from and written to a [`SecretStore`] (the OS credential store,
//! or memory for this session), never the database.

use serde::Serialize;
use std::path::Path;
use waypoint_core::Error as Core;
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_store::Db;
use waypoint_store::exchange::{Gap, ImportCounts};

use crate::bundle::{self, BundlePreview};
use crate::folder::{self, SyncProgress, SyncReport};
use crate::secrets::{SYNC_PASSPHRASE, SecretStore};
use crate::{Error, Result, crypto, file};

/// A co-teacher's laptop, as the Sync page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// This laptop's device id.
    pub device_id: String,
    /// Its label.
    pub label: String,
    /// The sync folder.
    pub folder: Option<String>,
    /// True when a class passphrase is set (for this session, when it is session-only).
    pub has_passphrase: bool,
    /// True when this laptop has no credential store, so the passphrase is kept only until
    /// the app quits and is asked for once per session.
    pub passphrase_session_only: bool,
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
pub fn status(db: &Db, secrets: &dyn SecretStore) -> Result<SyncStatus> {
    let s = db.handoff_settings()?;
    let own = db.device_id();
    Ok(SyncStatus {
        device_id: own.to_string(),
        label: s.label,
        folder: s.folder,
        has_passphrase: secrets.get(SYNC_PASSPHRASE)?.is_some(),
        passphrase_session_only: !secrets.persistent(),
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
pub fn set_label(db: &mut Db, secrets: &dyn SecretStore, label: &str) -> Result<SyncStatus> {
    let label = waypoint_core::validate::text(
        "label",
        waypoint_core::msg!("sync-label-the-label"),
        label,
        false,
        waypoint_core::validate::NAME_MAX,
    )
    .map_err(waypoint_store::Error::from)?;
    db.set_handoff_setting("label", Some(&label))?;
    status(db, secrets)
}

/// Sets the sync folder (it must exist), or clears it with `None` or "".
pub fn set_folder(
    db: &mut Db,
    secrets: &dyn SecretStore,
    path: Option<&str>,
) -> Result<SyncStatus> {
    match path.map(str::trim).filter(|p| !p.is_empty()) {
        None => db.set_handoff_setting("folder", None)?,
        Some(p) => {
            if !Path::new(p).is_dir() {
                return Err(waypoint_store::Error::from(Core::invalid(
                    "folder",
                    msg!("sync-no-folder-at", path = p),
                ))
                .into());
            }
            db.set_handoff_setting("folder", Some(p))?;
        }
    }
    status(db, secrets)
}

/// "Choose…" beside the sync folder: the folder picked becomes the sync folder (as
/// [`set_folder`]); a cancelled picker (`None`) changes nothing and gives the status.
pub fn choose_folder(
    db: &mut Db,
    secrets: &dyn SecretStore,
    picked: Option<&Path>,
) -> Result<SyncStatus> {
    match picked {
        Some(dir) => set_folder(db, secrets, Some(&dir.display().to_string())),
        None => status(db, secrets),
    }
}

/// Sets or changes the class passphrase, in `secrets` (never the database).
pub fn set_passphrase(db: &Db, secrets: &dyn SecretStore, passphrase: &str) -> Result<SyncStatus> {
    crypto::check_passphrase(passphrase)?;
    secrets.set(SYNC_PASSPHRASE, passphrase)?;
    status(db, secrets)
}

/// The class passphrase, or the error asking for it: on a laptop whose secrets last only a
/// session, a specific one saying it must be typed again.
fn required_passphrase(secrets: &dyn SecretStore, ask: Message) -> Result<String> {
    match secrets.get(SYNC_PASSPHRASE)? {
        Some(p) => Ok(p),
        None if !secrets.persistent() => Err(Error::PassphraseNotInSession),
        None => Err(waypoint_store::Error::from(Core::invalid("passphrase", ask)).into()),
    }
}

/// Reads a bundle file with the saved passphrase; an encrypted one with no passphrase in
/// this session asks for it to be typed again.
fn read_with_saved(secrets: &dyn SecretStore, path: &Path) -> Result<(bundle::Bundle, bool)> {
    let passphrase = secrets.get(SYNC_PASSPHRASE)?;
    match file::read_bundle(path, passphrase.as_deref()) {
        Err(Error::NeedsPassphrase) if !secrets.persistent() => Err(Error::PassphraseNotInSession),
        other => other,
    }
}

/// "Sync now" with the saved folder, passphrase and label.
pub fn sync_now(
    db: &mut Db,
    secrets: &dyn SecretStore,
    wall_ms: u64,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<SyncReport> {
    let s = db.handoff_settings()?;
    let folder = s.folder.ok_or_else(|| {
        waypoint_store::Error::from(Core::invalid("folder", msg!("sync-choose-folder-first")))
    })?;
    let passphrase = required_passphrase(secrets, msg!("sync-set-passphrase-first"))?;
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
        "waypoint-readable.waypoint"
    } else {
        "waypoint-handoff.waypoint"
    }
}

/// Writes a bundle of everything to `path`: encrypted with the class passphrase, or plain
/// when `readable`.
pub fn export_to(
    db: &Db,
    secrets: &dyn SecretStore,
    path: &Path,
    readable: bool,
    wall_ms: u64,
) -> Result<()> {
    let s = db.handoff_settings()?;
    let passphrase = if readable {
        None
    } else {
        Some(required_passphrase(
            secrets,
            msg!("sync-set-passphrase-or-readable"),
        )?)
    };
    let bytes = bundle::export(db, None, &s.label, wall_ms)?;
    file::write_bundle(path, &bytes, passphrase.as_deref())?;
    Ok(())
}

/// Reads a bundle file (with the saved passphrase) without importing it.
pub fn preview_file(db: &Db, secrets: &dyn SecretStore, path: &Path) -> Result<BundlePreview> {
    let (b, encrypted) = read_with_saved(secrets, path)?;
    bundle::preview(db, &b, encrypted)
}

/// Imports a bundle file (with the saved passphrase), receiving `accept` from now on.
pub fn import_file(
    db: &mut Db,
    secrets: &dyn SecretStore,
    path: &Path,
    accept: &[String],
) -> Result<ImportCounts> {
    let (b, encrypted) = read_with_saved(secrets, path)?;
    if !encrypted && secrets.get(SYNC_PASSPHRASE)?.is_some() {
        return Err(crate::Error::PlainWithPassphrase);
    }
    bundle::import(db, &b, encrypted, accept)
}

/// Marks `classes` as received; the status after.
pub fn receive_classes(
    db: &mut Db,
    secrets: &dyn SecretStore,
    classes: &[String],
) -> Result<SyncStatus> {
    db.receive_classes(classes)?;
    status(db, secrets)
}
