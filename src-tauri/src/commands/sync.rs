//! Sync page commands: status and settings, "Sync now", one-file handoff, import history
//! with undo, and conflict review. Each calls a use case in `waypoint-sync` or the store.

use std::path::Path;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use waypoint_core::ids::ClassId;
use waypoint_store::conflicts::{self, ConflictView};
use waypoint_store::exchange::{ImportCounts, ImportLogEntry};
use waypoint_sync::bundle::BundlePreview;
use waypoint_sync::folder::{SyncProgress, SyncReport};
use waypoint_sync::handoff::{self, SyncStatus};

use crate::error::IpcError;
use crate::state::AppState;

use super::now_ms;

/// The Sync page's status.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, IpcError> {
    Ok(handoff::status(&*state.db()?, state.secrets())?)
}

/// Sets this laptop's label.
#[tauri::command(async)]
#[specta::specta]
pub fn set_sync_label(state: State<'_, AppState>, label: String) -> Result<SyncStatus, IpcError> {
    Ok(handoff::set_label(
        &mut *state.db()?,
        state.secrets(),
        &label,
    )?)
}

/// Sets the sync folder by path, or clears it.
#[tauri::command(async)]
#[specta::specta]
pub fn set_sync_folder(
    state: State<'_, AppState>,
    path: Option<String>,
) -> Result<SyncStatus, IpcError> {
    Ok(handoff::set_folder(
        &mut *state.db()?,
        state.secrets(),
        path.as_deref(),
    )?)
}

/// Picks the sync folder with the native dialog.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_sync_folder(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<SyncStatus, IpcError> {
    let picked = super::dialogs::folder_path(&app)?;
    let db = &mut *state.db()?;
    Ok(handoff::choose_folder(
        db,
        state.secrets(),
        picked.as_deref(),
    )?)
}

/// Sets or changes the class passphrase, in the OS credential store (or, where there is
/// none, this session's memory).
#[tauri::command(async)]
#[specta::specta]
pub fn set_passphrase(
    state: State<'_, AppState>,
    passphrase: String,
) -> Result<SyncStatus, IpcError> {
    let db = state.db()?;
    Ok(handoff::set_passphrase(&db, state.secrets(), &passphrase)?)
}

/// Chooses to receive classes from co-teachers.
#[tauri::command(async)]
#[specta::specta]
pub fn receive_classes(
    state: State<'_, AppState>,
    class_ids: Vec<ClassId>,
) -> Result<SyncStatus, IpcError> {
    let db = &mut *state.db()?;
    Ok(handoff::receive_classes(
        db,
        state.secrets(),
        &class_ids.iter().map(ClassId::to_string).collect::<Vec<_>>(),
    )?)
}

/// "Sync now": this laptop's file out, every other laptop's file in.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_now(
    state: State<'_, AppState>,
    on_progress: Channel<SyncProgress>,
) -> Result<SyncReport, IpcError> {
    let mut report = |p: SyncProgress| drop(on_progress.send(p));
    let db = &mut *state.db()?;
    Ok(handoff::sync_now(
        db,
        state.secrets(),
        now_ms(),
        &mut report,
    )?)
}

/// Writes a bundle of everything where the teacher picks; `None` when cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn export_bundle(
    app: AppHandle,
    state: State<'_, AppState>,
    readable: bool,
) -> Result<Option<String>, IpcError> {
    let name = handoff::export_file_name(readable);
    let Some(path) = super::dialogs::save_path(&app, name, None)? else {
        return Ok(None);
    };
    handoff::export_to(&*state.db()?, state.secrets(), &path, readable, now_ms())?;
    Ok(Some(path.display().to_string()))
}

/// Picks a bundle file to import; `None` when cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_bundle_file(app: AppHandle) -> Result<Option<String>, IpcError> {
    Ok(super::dialogs::open_path(&app)?.map(|p| p.display().to_string()))
}

/// Sends the bundles the app is asked to open (a double-clicked `.waypoint` file) down
/// `on_open`: the one given at launch at once, later ones as they come.
#[tauri::command]
#[specta::specta]
pub fn listen_opened_bundles(
    opened: State<'_, crate::opened_bundles::OpenedBundles>,
    on_open: Channel<String>,
) {
    opened.listen(on_open);
}

/// Reads a bundle file without importing it.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_bundle(state: State<'_, AppState>, path: String) -> Result<BundlePreview, IpcError> {
    let db = state.db()?;
    Ok(handoff::preview_file(
        &db,
        state.secrets(),
        Path::new(&path),
    )?)
}

/// Imports a bundle file, receiving the classes chosen in the preview.
#[tauri::command(async)]
#[specta::specta]
pub fn import_bundle(
    state: State<'_, AppState>,
    path: String,
    accept_classes: Vec<String>,
) -> Result<ImportCounts, IpcError> {
    let db = &mut *state.db()?;
    Ok(handoff::import_file(
        db,
        state.secrets(),
        Path::new(&path),
        &accept_classes,
    )?)
}

/// Every bundle imported, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn import_history(state: State<'_, AppState>) -> Result<Vec<ImportLogEntry>, IpcError> {
    Ok(state.db()?.import_log()?)
}

/// Puts the database back as it was before the last import.
#[tauri::command(async)]
#[specta::specta]
pub fn undo_last_import(state: State<'_, AppState>) -> Result<(), IpcError> {
    Ok(state.db()?.undo_last_import()?)
}

/// Every open conflict.
#[tauri::command(async)]
#[specta::specta]
pub fn list_conflicts(state: State<'_, AppState>) -> Result<Vec<ConflictView>, IpcError> {
    Ok(conflicts::list_conflicts(&*state.db()?)?)
}

/// Closes a conflict with the value the teacher kept or typed.
#[tauri::command(async)]
#[specta::specta]
pub fn resolve_conflict(
    state: State<'_, AppState>,
    table: String,
    row_id: String,
    field: String,
    value: serde_json::Value,
) -> Result<(), IpcError> {
    let db = &mut *state.db()?;
    Ok(conflicts::resolve_conflict(
        db, &table, &row_id, &field, &value,
    )?)
}
