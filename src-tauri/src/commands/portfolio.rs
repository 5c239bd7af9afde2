//! Portfolio commands: attaching a student's file (through the native picker, or by path for
//! drag and drop and tests), listing the portfolio with thumbnails, editing and deleting.
//! The bytes go beside the database; see `waypoint_store::portfolio`.

use std::path::Path;
use waypoint_core::ids::{ArtifactId, StudentId};

use tauri::{AppHandle, State};
use waypoint_core::portfolio::{ArtifactInput, ArtifactView};
use waypoint_store::portfolio;

use crate::error::IpcError;
use crate::state::AppState;

/// Opens the native file picker (its filter named `filter_name` in the teacher's language)
/// and attaches the chosen file; `None` if cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn attach_artifact(
    app: AppHandle,
    state: State<'_, AppState>,
    student_id: StudentId,
    input: ArtifactInput,
    filter_name: String,
) -> Result<Option<ArtifactView>, IpcError> {
    // The database is locked only once the picker has closed.
    let Some(path) = super::dialogs::pick_artifact(&app, &input, &filter_name)? else {
        return Ok(None);
    };
    let (db, id) = (&mut *state.db()?, student_id);
    Ok(Some(portfolio::attach_artifact(db, id, &path, &input)?))
}

/// Attaches the file at `path` (drag and drop, tests).
#[tauri::command(async)]
#[specta::specta]
pub fn attach_artifact_path(
    state: State<'_, AppState>,
    student_id: StudentId,
    path: String,
    input: ArtifactInput,
) -> Result<ArtifactView, IpcError> {
    let mut db = state.db()?;
    Ok(portfolio::attach_artifact(
        &mut db,
        student_id,
        Path::new(&path),
        &input,
    )?)
}

/// A student's portfolio, newest first, each item with its file's state and thumbnail.
#[tauri::command(async)]
#[specta::specta]
pub fn list_artifacts(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<Vec<ArtifactView>, IpcError> {
    let db = state.db()?;
    Ok(portfolio::list_artifacts(db.conn(), db.path(), student_id)?)
}

/// Edits an artifact's record (not its file).
#[tauri::command(async)]
#[specta::specta]
pub fn update_artifact(
    state: State<'_, AppState>,
    id: ArtifactId,
    input: ArtifactInput,
) -> Result<ArtifactView, IpcError> {
    Ok(portfolio::update_artifact(&mut *state.db()?, id, &input)?)
}

/// Deletes an artifact's record; its bytes stay.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_artifact(state: State<'_, AppState>, id: ArtifactId) -> Result<(), IpcError> {
    Ok(portfolio::delete_artifact(&mut *state.db()?, id)?)
}
