//! The import flow's commands: choosing or dropping a file; for a roster, scores or a
//! framework, what the file holds, the preview of the teacher's choice and applying it with
//! progress; and undoing the last import.
//! Each calls a use case in `waypoint-import` or the store.

use std::path::Path;

use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use waypoint_core::ids::ClassId;
use waypoint_core::imports::roster_plan::{RosterChoice, RosterPlan};
use waypoint_core::imports::scores::{ScoresMap, ScoresPlan};
use waypoint_import::frameworks::{self, FrameworkFileReport};
use waypoint_import::roster::RosterColumns;
use waypoint_import::roster_import::{self, RosterInspection};
use waypoint_import::scores::{self, ScoresInspection};
use waypoint_store::imports::maps::SavedMap;
use waypoint_store::imports::roster::RosterOutcome;
use waypoint_store::imports::scores::ScoresOutcome;
use waypoint_store::imports::{self, FileImportView};

use super::frameworks::ImportProgress;
use crate::error::IpcError;
use crate::file_drops::FileDrops;
use crate::state::AppState;

/// Asks for a file to import (CSV, Excel, zip or CASE JSON), its filter named
/// `filter_name` in the teacher's language; `None` if cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_import_file(app: AppHandle, filter_name: String) -> Result<Option<String>, IpcError> {
    Ok(super::dialogs::import_path(&app, &filter_name)?.map(|p| p.display().to_string()))
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
    let (db, path, now) = (&mut *state.db()?, Path::new(&path), super::now_ms());
    let (columns, mut report) = (columns.as_ref(), super::report_to(&on_progress));
    let done = roster_import::apply_roster(db, path, columns, &choice, now, &mut report)?;
    Ok(done)
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

/// What the scores file at `path` holds, and the saved map its header fits (or comes close
/// to, with what changed).
#[tauri::command(async)]
#[specta::specta]
pub fn inspect_scores_import(
    state: State<'_, AppState>,
    path: String,
) -> Result<ScoresInspection, IpcError> {
    let db = state.db()?;
    Ok(scores::inspect_scores_with_saved_maps(
        &db,
        Path::new(&path),
    )?)
}

/// The evidence the scores file would give the class through `map`; writes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_scores_import(
    state: State<'_, AppState>,
    path: String,
    class_id: ClassId,
    map: ScoresMap,
) -> Result<ScoresPlan, IpcError> {
    Ok(scores::preview_scores(
        &*state.db()?,
        Path::new(&path),
        class_id,
        &map,
    )?)
}

/// Writes the scores file's evidence in one transaction, reporting progress.
#[tauri::command(async)]
#[specta::specta]
pub fn apply_scores_import(
    state: State<'_, AppState>,
    path: String,
    class_id: ClassId,
    map: ScoresMap,
    on_progress: Channel<ImportProgress>,
) -> Result<ScoresOutcome, IpcError> {
    let (db, path) = (&mut *state.db()?, Path::new(&path));
    let mut report = super::report_to(&on_progress);
    let done = scores::apply_scores(db, path, class_id, &map, &mut report)?;
    Ok(done)
}

/// Saves `map` under `name` with the header it was made for, so the next file with that
/// header is recognized.
#[tauri::command(async)]
#[specta::specta]
pub fn save_scores_map(
    state: State<'_, AppState>,
    name: String,
    headers: Vec<String>,
    map: ScoresMap,
) -> Result<SavedMap, IpcError> {
    Ok(scores::save_scores_map(
        &*state.db()?,
        &name,
        &headers,
        &map,
        super::now_ms(),
    )?)
}

/// What importing the framework file at `path` (CASE JSON or a table) would do; writes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_framework_import(
    state: State<'_, AppState>,
    path: String,
    class_id: Option<ClassId>,
) -> Result<FrameworkFileReport, IpcError> {
    let done = frameworks::import_framework_file(
        &mut *state.db()?,
        Path::new(&path),
        class_id,
        true,
        &mut |_, _| {},
    )?;
    Ok(done)
}

/// Imports the framework file at `path` in one transaction, reporting progress.
#[tauri::command(async)]
#[specta::specta]
pub fn apply_framework_import(
    state: State<'_, AppState>,
    path: String,
    class_id: Option<ClassId>,
    on_progress: Channel<ImportProgress>,
) -> Result<FrameworkFileReport, IpcError> {
    let (db, path) = (&mut *state.db()?, Path::new(&path));
    let mut report = super::report_to(&on_progress);
    let done = frameworks::import_framework_file(db, path, class_id, false, &mut report)?;
    Ok(done)
}
