//! Sync page commands for shares: one class shared with a co-teacher through a sync folder
//! under that class's own passphrase ("Share this class", "Join a shared class", "Sync now"
//! per share or for all, "Forget this class"). Each calls a use case in
//! `waypoint_sync::shares`; the passphrases live in the state's secret store, never the
//! database.

use std::path::Path;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use waypoint_core::ids::ClassId;
use waypoint_store::shares::Share;
use waypoint_sync::folder::{SyncProgress, SyncReport};
use waypoint_sync::shares::{self, JoinedShares, KeptShare, ShareSync};

use crate::error::IpcError;
use crate::state::AppState;

use super::now_ms;

/// This laptop's shares, with whether each passphrase is known this session.
#[tauri::command(async)]
#[specta::specta]
pub fn list_shares(state: State<'_, AppState>) -> Result<Vec<KeptShare>, IpcError> {
    Ok(shares::kept_shares(&*state.db()?, state.secrets())?)
}

/// A new passphrase of six words, to show once and read to the co-teacher.
#[tauri::command(async)]
#[specta::specta]
pub fn generate_share_passphrase() -> String {
    shares::generate_passphrase()
}

/// Picks a folder for a share with the native dialog; `None` when cancelled. The page can
/// also take a typed path (a USB stick's mount point), as for the sync folder.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_share_folder(app: AppHandle) -> Result<Option<String>, IpcError> {
    Ok(super::dialogs::folder_path(&app)?.map(|d| d.display().to_string()))
}

/// "Share this class" through `folder` with `passphrase`.
#[tauri::command(async)]
#[specta::specta]
pub fn share_class(
    state: State<'_, AppState>,
    class_id: ClassId,
    folder: String,
    passphrase: String,
) -> Result<Share, IpcError> {
    let db = &mut *state.db()?;
    Ok(shares::share_class_kept(
        db,
        state.secrets(),
        class_id,
        Path::new(&folder),
        &passphrase,
        now_ms(),
    )?)
}

/// "Join a shared class": every class in `folder` that `passphrase` opens.
#[tauri::command(async)]
#[specta::specta]
pub fn join_share(
    state: State<'_, AppState>,
    folder: String,
    passphrase: String,
) -> Result<JoinedShares, IpcError> {
    let db = &mut *state.db()?;
    Ok(shares::join_share_kept(
        db,
        state.secrets(),
        Path::new(&folder),
        &passphrase,
        now_ms(),
    )?)
}

/// "Sync now" for one share.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_share(
    state: State<'_, AppState>,
    class_id: ClassId,
    on_progress: Channel<SyncProgress>,
) -> Result<SyncReport, IpcError> {
    let mut report = |p: SyncProgress| drop(on_progress.send(p));
    let db = &mut *state.db()?;
    Ok(shares::sync_share_kept(
        db,
        state.secrets(),
        class_id,
        now_ms(),
        &mut report,
    )?)
}

/// "Sync all": every share in turn, each with its outcome.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_all_shares(
    state: State<'_, AppState>,
    on_progress: Channel<SyncProgress>,
) -> Result<Vec<ShareSync>, IpcError> {
    let mut report = |p: SyncProgress| drop(on_progress.send(p));
    let db = &mut *state.db()?;
    Ok(shares::sync_all_kept(
        db,
        state.secrets(),
        now_ms(),
        &mut report,
    )?)
}

/// Keeps a share's passphrase (typed once per session where there is no password store).
#[tauri::command(async)]
#[specta::specta]
pub fn set_share_passphrase(
    state: State<'_, AppState>,
    class_id: ClassId,
    passphrase: String,
) -> Result<(), IpcError> {
    let db = state.db()?;
    Ok(shares::set_share_passphrase(
        &db,
        state.secrets(),
        class_id,
        &passphrase,
    )?)
}

/// "Forget this class": removes it from this laptop only; nothing is sent.
#[tauri::command(async)]
#[specta::specta]
pub fn forget_class(state: State<'_, AppState>, class_id: ClassId) -> Result<(), IpcError> {
    let db = &mut *state.db()?;
    Ok(shares::forget_class_kept(db, state.secrets(), class_id)?)
}
