//! Competency framework commands: frameworks, their nodes, class attachments, CASE import.

use std::path::Path;
use waypoint_core::ids::{ClassId, FrameworkId, NodeId};

use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;
use waypoint_core::frameworks::{FrameworkInput, FrameworkView, NodeInput, NodeView};
use waypoint_core::mastery::{Method, Scale};
use waypoint_store::frameworks::{self, CaseImportReport};

use crate::error::IpcError;
use crate::state::AppState;

/// Frameworks, sorted by title.
#[tauri::command(async)]
#[specta::specta]
pub fn list_frameworks(
    state: State<'_, AppState>,
    include_archived: bool,
) -> Result<Vec<FrameworkView>, IpcError> {
    Ok(frameworks::list_frameworks(
        state.db()?.conn(),
        include_archived,
    )?)
}

/// The frameworks a class uses.
#[tauri::command(async)]
#[specta::specta]
pub fn class_frameworks(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<Vec<FrameworkView>, IpcError> {
    Ok(frameworks::class_frameworks(state.db()?.conn(), class_id)?)
}

/// Creates an empty framework.
#[tauri::command(async)]
#[specta::specta]
pub fn create_framework(
    state: State<'_, AppState>,
    input: FrameworkInput,
) -> Result<FrameworkView, IpcError> {
    Ok(frameworks::create_framework(&mut *state.db()?, &input)?)
}

/// Renames a framework.
#[tauri::command(async)]
#[specta::specta]
pub fn update_framework(
    state: State<'_, AppState>,
    id: FrameworkId,
    input: FrameworkInput,
) -> Result<FrameworkView, IpcError> {
    Ok(frameworks::update_framework(&mut *state.db()?, id, &input)?)
}

/// Archives or unarchives a framework.
#[tauri::command(async)]
#[specta::specta]
pub fn set_framework_archived(
    state: State<'_, AppState>,
    id: FrameworkId,
    archived: bool,
) -> Result<FrameworkView, IpcError> {
    Ok(frameworks::set_framework_archived(
        &mut *state.db()?,
        id,
        archived,
    )?)
}

/// Sets a framework's proficiency scale.
#[tauri::command(async)]
#[specta::specta]
pub fn set_framework_scale(
    state: State<'_, AppState>,
    id: FrameworkId,
    scale: Scale,
) -> Result<FrameworkView, IpcError> {
    Ok(frameworks::set_framework_scale(
        &mut *state.db()?,
        id,
        &scale,
    )?)
}

/// Sets a framework's mastery method.
#[tauri::command(async)]
#[specta::specta]
pub fn set_framework_method(
    state: State<'_, AppState>,
    id: FrameworkId,
    method: Method,
) -> Result<FrameworkView, IpcError> {
    Ok(frameworks::set_framework_method(
        &mut *state.db()?,
        id,
        &method,
    )?)
}

/// A framework's nodes in tree order.
#[tauri::command(async)]
#[specta::specta]
pub fn list_nodes(
    state: State<'_, AppState>,
    framework_id: FrameworkId,
    include_archived: bool,
) -> Result<Vec<NodeView>, IpcError> {
    Ok(frameworks::list_nodes(
        state.db()?.conn(),
        framework_id,
        include_archived,
    )?)
}

/// Adds a strand or competency.
#[tauri::command(async)]
#[specta::specta]
pub fn create_node(
    state: State<'_, AppState>,
    framework_id: FrameworkId,
    parent_id: Option<NodeId>,
    input: NodeInput,
) -> Result<NodeView, IpcError> {
    let mut db = state.db()?;
    Ok(frameworks::create_node(
        &mut db,
        framework_id,
        parent_id,
        &input,
    )?)
}

/// Edits a node.
#[tauri::command(async)]
#[specta::specta]
pub fn update_node(
    state: State<'_, AppState>,
    id: NodeId,
    input: NodeInput,
) -> Result<NodeView, IpcError> {
    Ok(frameworks::update_node(&mut *state.db()?, id, &input)?)
}

/// Moves a node to a place among a parent's children; returns the framework's nodes.
#[tauri::command(async)]
#[specta::specta]
pub fn move_node(
    state: State<'_, AppState>,
    id: NodeId,
    parent_id: Option<NodeId>,
    index: usize,
) -> Result<Vec<NodeView>, IpcError> {
    Ok(frameworks::move_node(
        &mut *state.db()?,
        id,
        parent_id,
        index,
    )?)
}

/// Archives or unarchives a node.
#[tauri::command(async)]
#[specta::specta]
pub fn set_node_archived(
    state: State<'_, AppState>,
    id: NodeId,
    archived: bool,
) -> Result<NodeView, IpcError> {
    Ok(frameworks::set_node_archived(
        &mut *state.db()?,
        id,
        archived,
    )?)
}

/// Sets or clears a competency's own mastery method.
#[tauri::command(async)]
#[specta::specta]
pub fn set_node_method(
    state: State<'_, AppState>,
    id: NodeId,
    method: Option<Method>,
) -> Result<NodeView, IpcError> {
    Ok(frameworks::set_node_method(
        &mut *state.db()?,
        id,
        method.as_ref(),
    )?)
}

/// Attaches a framework to a class.
#[tauri::command(async)]
#[specta::specta]
pub fn attach_framework(
    state: State<'_, AppState>,
    class_id: ClassId,
    framework_id: FrameworkId,
) -> Result<(), IpcError> {
    Ok(frameworks::attach_framework(
        &mut *state.db()?,
        class_id,
        framework_id,
    )?)
}

/// Detaches a framework from a class.
#[tauri::command(async)]
#[specta::specta]
pub fn detach_framework(
    state: State<'_, AppState>,
    class_id: ClassId,
    framework_id: FrameworkId,
) -> Result<(), IpcError> {
    Ok(frameworks::detach_framework(
        &mut *state.db()?,
        class_id,
        framework_id,
    )?)
}

/// How far a CASE import has got.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportProgress {
    /// Nodes written.
    pub done: u64,
    /// Nodes in the file.
    pub total: u64,
}

/// Imports a CASE CFPackage the teacher picked (its name and text), reporting progress.
#[tauri::command(async)]
#[specta::specta]
pub fn import_case(
    state: State<'_, AppState>,
    file_name: String,
    text: String,
    class_id: Option<ClassId>,
    on_progress: Channel<ImportProgress>,
) -> Result<CaseImportReport, IpcError> {
    let (db, name) = (&mut *state.db()?, Path::new(&file_name));
    let (text, mut report) = (text.as_bytes(), super::report_to(&on_progress));
    let done = frameworks::import_case_bytes(db, name, text, class_id, &mut report)?;
    Ok(done)
}

/// What importing a CASE CFPackage (its name and text) would change, with its warnings;
/// nothing is written.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_case_import(
    state: State<'_, AppState>,
    file_name: String,
    text: String,
    class_id: Option<ClassId>,
) -> Result<CaseImportReport, IpcError> {
    Ok(frameworks::preview_case_bytes(
        &mut *state.db()?,
        Path::new(&file_name),
        text.as_bytes(),
        class_id,
    )?)
}
