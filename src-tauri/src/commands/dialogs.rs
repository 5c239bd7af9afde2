//! Native file pickers, shared by the commands that need one. They are called from Rust
//! only, so the UI holds no dialog permission.

use std::path::PathBuf;
use tauri::AppHandle;
use tauri_plugin_dialog::{DialogExt, FilePath};

use waypoint_core::msg;

use crate::error::IpcError;

fn into_path(path: FilePath) -> Result<PathBuf, IpcError> {
    path.into_path()
        .map_err(|e| IpcError::internal(msg!("store-shell-chosen-path", reason = e.to_string())))
}

/// Asks where to save `file_name` (with an optional filter); `None` if cancelled.
pub fn save_path(
    app: &AppHandle,
    file_name: &str,
    filter: Option<(&str, &[&str])>,
) -> Result<Option<PathBuf>, IpcError> {
    let mut dialog = app.dialog().file().set_file_name(file_name);
    if let Some((name, extensions)) = filter {
        dialog = dialog.add_filter(name, extensions);
    }
    dialog.blocking_save_file().map(into_path).transpose()
}

/// Asks for a file to open; `None` if cancelled.
pub fn open_path(app: &AppHandle) -> Result<Option<PathBuf>, IpcError> {
    app.dialog()
        .file()
        .blocking_pick_file()
        .map(into_path)
        .transpose()
}

/// Asks for a file to import: a roster, scores or a framework. The store reads what the file
/// is, whatever its name; the filter only helps the teacher find it. `filter_name` is the
/// filter's name in the teacher's language (the UI's catalog has it).
pub fn import_path(app: &AppHandle, filter_name: &str) -> Result<Option<PathBuf>, IpcError> {
    // GTK matches filter patterns case-sensitively.
    app.dialog()
        .file()
        .add_filter(
            filter_name,
            &[
                "csv", "CSV", "txt", "TXT", "xlsx", "XLSX", "zip", "ZIP", "json", "JSON",
            ],
        )
        .blocking_pick_file()
        .map(into_path)
        .transpose()
}

/// Asks for a file to put in a portfolio, offering only the types a portfolio accepts
/// (the store checks the file's contents again); `None` if cancelled. `filter_name` is the
/// filter's name in the teacher's language.
pub fn open_artifact_path(app: &AppHandle, filter_name: &str) -> Result<Option<PathBuf>, IpcError> {
    // GTK matches filter patterns case-sensitively, and cameras name files IMG_0001.JPG.
    let lower = waypoint_core::portfolio::ACCEPTED_EXTENSIONS;
    let upper: Vec<String> = lower.iter().map(|e| e.to_ascii_uppercase()).collect();
    let extensions: Vec<&str> = lower
        .iter()
        .copied()
        .chain(upper.iter().map(String::as_str))
        .collect();
    app.dialog()
        .file()
        .add_filter(filter_name, &extensions)
        .blocking_pick_file()
        .map(into_path)
        .transpose()
}

/// Checks a portfolio item's details, then asks for its file: a blank title is caught before
/// the teacher has picked a file, not after. `None` if cancelled.
pub fn pick_artifact(
    app: &AppHandle,
    input: &waypoint_core::portfolio::ArtifactInput,
    filter_name: &str,
) -> Result<Option<PathBuf>, IpcError> {
    input.validate().map_err(waypoint_store::Error::from)?;
    open_artifact_path(app, filter_name)
}

/// Asks for a folder; `None` if cancelled.
pub fn folder_path(app: &AppHandle) -> Result<Option<PathBuf>, IpcError> {
    app.dialog()
        .file()
        .blocking_pick_folder()
        .map(into_path)
        .transpose()
}
