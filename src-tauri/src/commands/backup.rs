//! The Backups card: the local snapshots, "Back up to a folder…" and "Restore from
//! backup…". The pickers are called from Rust; the work is in `waypoint_sync::backup`.

use serde::Serialize;
use std::path::Path;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use waypoint_store::backup::{self as snapshots, SnapshotInfo};
use waypoint_sync::backup::{self, BackupManifest, BackupProgress};

use crate::error::IpcError;
use crate::state::AppState;

use super::now_ms;

/// A backup written: where, and what it holds.
#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupWritten {
    /// The backup file.
    pub path: String,
    /// Its manifest.
    pub manifest: BackupManifest,
}

/// A restore done: what came back, and the device id sync now goes on under.
#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RestoreDone {
    /// The backup's manifest.
    pub manifest: BackupManifest,
    /// This laptop's new device id.
    pub device_id: String,
}

/// The local snapshots beside the database, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_snapshots(state: State<'_, AppState>) -> Result<Vec<SnapshotInfo>, IpcError> {
    Ok(snapshots::list_snapshots(state.db()?.path())?)
}

/// Picks the folder to back up to; `None` when cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_backup_folder(app: AppHandle) -> Result<Option<String>, IpcError> {
    Ok(super::dialogs::folder_path(&app)?.map(|p| p.display().to_string()))
}

/// Writes a backup into `folder`, named by today's date. The database is held only while
/// its copy is made; the long encryption runs without it.
#[tauri::command(async)]
#[specta::specta]
pub fn write_backup(
    state: State<'_, AppState>,
    folder: String,
    passphrase: String,
    on_progress: Channel<BackupProgress>,
) -> Result<BackupWritten, IpcError> {
    let mut report = |p: BackupProgress| drop(on_progress.send(p));
    let (folder, today) = (Path::new(&folder), crate::state::today());
    let lock = || state.db();
    let (out, manifest) =
        backup::write_backup_into(folder, &passphrase, &today, now_ms(), lock, &mut report)?;
    Ok(BackupWritten {
        path: out.display().to_string(),
        manifest,
    })
}

/// Picks a backup file to restore; `None` when cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_backup_file(app: AppHandle) -> Result<Option<String>, IpcError> {
    Ok(super::dialogs::open_path(&app)?.map(|p| p.display().to_string()))
}

/// What a backup holds, from its manifest only; nothing is replaced.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_backup(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
) -> Result<BackupManifest, IpcError> {
    // Held only to refuse in student mode.
    drop(state.db()?);
    Ok(backup::preview(Path::new(&path), &passphrase)?)
}

/// Restores a backup in place of the open database, which reopens under a new device id.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_backup(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
    on_progress: Channel<BackupProgress>,
) -> Result<RestoreDone, IpcError> {
    let mut db = state.db()?;
    let mut report = |p: BackupProgress| drop(on_progress.send(p));
    let manifest = backup::restore(&mut db, Path::new(&path), &passphrase, &mut report)?;
    Ok(RestoreDone {
        manifest,
        device_id: db.device_id().to_string(),
    })
}
