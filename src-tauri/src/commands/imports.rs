//! The import flow's commands: choosing or dropping a file, what a roster holds, the
//! preview of the teacher's choice, applying it with progress, and undoing the last import.
//! Each calls a use case in `waypoint-import` or the store.

use std::path::Path;

use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use waypoint_core::imports::roster_plan::{RosterChoice, RosterPlan};
use waypoint_import::roster::RosterColumns;
use waypoint_import::roster_import::{self, RosterInspection};
use waypoint_store::imports::roster::RosterOutcome;
use waypoint_store::imports::{self, FileImportView};

use super::frameworks::ImportProgress;
use crate::error::IpcError;
use crate::file_drops::FileDrops;
use crate::state::AppState;

/// Asks for a file to import (CSV, Excel, zip or CASE JSON); `None` if cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_import_file(app: AppHandle) -> Result<Option<String>, IpcError> {
    Ok(super::dialogs::import_path(&app)?.map(|p| p.display().to_string()))
}

/// Asks for a folder of roster files; `None` if cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_import_folder(app: AppHandle) -> Result<Option<String>, IpcError> {
    Ok(super::dialogs::folder_path(&app)?.map(|p| p.display().to_string()))
}

/// Sends the paths of files dropped on the window down `on_drop` from now on.
#[tauri::command]
#[specta::specta]
pub fn listen_file_drops(drops: State<'_, FileDrops>, on_drop: Channel<Vec<String>>) {
    drops.listen(on_drop);
}

/// What the roster at `path` holds: its format, teachers and sections (or, for a
/// spreadsheet, the columns still to map).
#[tauri::command(async)]
#[specta::specta]
pub fn inspect_roster_import(
    state: State<'_, AppState>,
    path: String,
    columns: Option<RosterColumns>,
) -> Result<RosterInspection, IpcError> {
    Ok(roster_import::inspect_roster(
        &*state.db()?,
        Path::new(&path),
        columns.as_ref(),
    )?)
}

/// What importing the chosen sections would change; writes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_roster_import(
    state: State<'_, AppState>,
    path: String,
    columns: Option<RosterColumns>,
    choice: RosterChoice,
) -> Result<RosterPlan, IpcError> {
    Ok(roster_import::preview_roster(
        &*state.db()?,
        Path::new(&path),
        columns.as_ref(),
        &choice,
    )?)
}

/// Imports the chosen sections in one transaction, reporting progress per student.
#[tauri::command(async)]
#[specta::specta]
pub fn apply_roster_import(
    state: State<'_, AppState>,
    path: String,
    columns: Option<RosterColumns>,
    choice: RosterChoice,
    on_progress: Channel<ImportProgress>,
) -> Result<RosterOutcome, IpcError> {
    let mut report = |done, total| drop(on_progress.send(ImportProgress { done, total }));
    Ok(roster_import::apply_roster(
        &mut *state.db()?,
        Path::new(&path),
        columns.as_ref(),
        &choice,
        super::now_ms(),
        &mut report,
    )?)
}

/// The last import of a file on this laptop, for its result and undo.
#[tauri::command(async)]
#[specta::specta]
pub fn last_file_import(state: State<'_, AppState>) -> Result<Option<FileImportView>, IpcError> {
    Ok(imports::last_file_import(&*state.db()?)?)
}

/// Undoes import `id`, while nothing else has been written since.
#[tauri::command(async)]
#[specta::specta]
pub fn undo_file_import(state: State<'_, AppState>, id: u32) -> Result<FileImportView, IpcError> {
    Ok(imports::undo_file_import(&mut *state.db()?, id)?)
}
