//! Class commands.

use tauri::State;
use waypoint_core::ids::ClassId;
use waypoint_core::roster::{ClassInput, ClassView};
use waypoint_store::roster;

use crate::error::IpcError;
use crate::state::AppState;

/// Classes, sorted by name.
#[tauri::command(async)]
#[specta::specta]
pub fn list_classes(
    state: State<'_, AppState>,
    include_archived: bool,
) -> Result<Vec<ClassView>, IpcError> {
    Ok(roster::list_classes(state.db()?.conn(), include_archived)?)
}

/// Creates a class.
#[tauri::command(async)]
#[specta::specta]
pub fn create_class(state: State<'_, AppState>, input: ClassInput) -> Result<ClassView, IpcError> {
    Ok(roster::create_class(&mut *state.db()?, &input)?)
}

/// Renames or edits a class.
#[tauri::command(async)]
#[specta::specta]
pub fn update_class(
    state: State<'_, AppState>,
    id: ClassId,
    input: ClassInput,
) -> Result<ClassView, IpcError> {
    Ok(roster::update_class(&mut *state.db()?, id, &input)?)
}

/// Archives or unarchives a class.
#[tauri::command(async)]
#[specta::specta]
pub fn set_class_archived(
    state: State<'_, AppState>,
    id: ClassId,
    archived: bool,
) -> Result<ClassView, IpcError> {
    Ok(roster::set_class_archived(&mut *state.db()?, id, archived)?)
}

/// Creates the demo class of 24 fictional students.
#[tauri::command(async)]
#[specta::specta]
pub fn load_demo_class(state: State<'_, AppState>) -> Result<ClassView, IpcError> {
    Ok(roster::load_demo_class(&mut *state.db()?)?)
}
