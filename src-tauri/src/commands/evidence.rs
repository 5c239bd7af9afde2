//! Evidence, status override and mastery view commands.

use tauri::{AppHandle, State};
use waypoint_core::evidence::{
    EvidenceInput, EvidenceView, MasteryGrid, OverrideInput, OverrideView,
};
use waypoint_core::ids::{ClassId, EvidenceId, NodeId, StudentId};
use waypoint_store::evidence::{self, CellDetail, CompetencySummary};

use crate::error::IpcError;
use crate::state::AppState;

/// Records a piece of evidence.
#[tauri::command(async)]
#[specta::specta]
pub fn record_evidence(
    state: State<'_, AppState>,
    input: EvidenceInput,
) -> Result<EvidenceView, IpcError> {
    Ok(evidence::record_evidence(&mut *state.db()?, &input)?)
}

/// Edits a piece of evidence.
#[tauri::command(async)]
#[specta::specta]
pub fn update_evidence(
    state: State<'_, AppState>,
    id: EvidenceId,
    input: EvidenceInput,
) -> Result<EvidenceView, IpcError> {
    Ok(evidence::update_evidence(&mut *state.db()?, id, &input)?)
}

/// Deletes a piece of evidence.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_evidence(state: State<'_, AppState>, id: EvidenceId) -> Result<(), IpcError> {
    Ok(evidence::delete_evidence(&mut *state.db()?, id)?)
}

/// Brings back deleted evidence (undo).
#[tauri::command(async)]
#[specta::specta]
pub fn restore_evidence(
    state: State<'_, AppState>,
    id: EvidenceId,
) -> Result<EvidenceView, IpcError> {
    Ok(evidence::restore_evidence(&mut *state.db()?, id)?)
}

/// Overrides a student's status on a competency, or clears the override.
#[tauri::command(async)]
#[specta::specta]
pub fn set_status_override(
    state: State<'_, AppState>,
    student_id: StudentId,
    competency_id: NodeId,
    input: OverrideInput,
) -> Result<Vec<OverrideView>, IpcError> {
    let mut db = state.db()?;
    Ok(evidence::set_status_override(
        &mut db,
        student_id,
        competency_id,
        &input,
    )?)
}

/// The class's mastery grid.
#[tauri::command(async)]
#[specta::specta]
pub fn mastery_grid(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<MasteryGrid, IpcError> {
    Ok(evidence::mastery_grid(state.db()?.conn(), class_id)?)
}

/// One student on one competency: evidence, every method's result, status history.
#[tauri::command(async)]
#[specta::specta]
pub fn cell_detail(
    state: State<'_, AppState>,
    student_id: StudentId,
    competency_id: NodeId,
) -> Result<CellDetail, IpcError> {
    Ok(evidence::cell_detail(
        state.db()?.conn(),
        student_id,
        competency_id,
    )?)
}

/// One competency across the class.
#[tauri::command(async)]
#[specta::specta]
pub fn competency_summary(
    state: State<'_, AppState>,
    class_id: ClassId,
    competency_id: NodeId,
) -> Result<CompetencySummary, IpcError> {
    Ok(evidence::competency_summary(
        state.db()?.conn(),
        class_id,
        competency_id,
    )?)
}

/// Asks where to save, then writes the class's mastery grid as CSV. `None` if cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn export_grid_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    class_id: ClassId,
    file_name: String,
) -> Result<Option<String>, IpcError> {
    let filter = Some(("CSV", &["csv"][..]));
    let Some(path) = super::dialogs::save_path(&app, &file_name, filter)? else {
        return Ok(None);
    };
    evidence::export_grid_csv(state.db()?.conn(), class_id, &path)?;
    Ok(Some(path.display().to_string()))
}
