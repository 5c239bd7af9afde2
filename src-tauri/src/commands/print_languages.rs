//! The printouts' family languages: review, an interpreter's corrections, and catalog files.
//! Each command is a thin wrapper over `waypoint_store::print_languages`; the file pickers
//! run here, in Rust, so the UI holds no dialog permission.

use std::path::Path;

use tauri::{AppHandle, State};
use waypoint_core::reports::catalog_file::CatalogEntry;
use waypoint_store::print_languages::{self, CatalogImport, PrintLanguageStatus};

use super::now_ms;
use crate::error::IpcError;
use crate::state::AppState;

/// Every printout language, with its review and its corrections on this laptop.
#[tauri::command(async)]
#[specta::specta]
pub fn list_print_languages(
    state: State<'_, AppState>,
) -> Result<Vec<PrintLanguageStatus>, IpcError> {
    Ok(print_languages::list(&*state.db()?)?)
}

/// A person approves a language's translation: its printouts lose the "needs review" mark.
#[tauri::command(async)]
#[specta::specta]
pub fn approve_print_language(
    state: State<'_, AppState>,
    lang: String,
    approved_by: String,
) -> Result<PrintLanguageStatus, IpcError> {
    Ok(print_languages::approve(
        &*state.db()?,
        &lang,
        &approved_by,
        now_ms(),
    )?)
}

/// Takes an approval back: the language's printouts say "needs review" again.
#[tauri::command(async)]
#[specta::specta]
pub fn withdraw_print_language_approval(
    state: State<'_, AppState>,
    lang: String,
) -> Result<PrintLanguageStatus, IpcError> {
    Ok(print_languages::withdraw_approval(&*state.db()?, &lang)?)
}

/// Every label of a language: English, the shipped text and any correction.
#[tauri::command(async)]
#[specta::specta]
pub fn print_catalog_entries(
    state: State<'_, AppState>,
    lang: String,
) -> Result<Vec<CatalogEntry>, IpcError> {
    Ok(print_languages::entries(&*state.db()?, &lang)?)
}

/// Corrects one label; `text: null` removes the correction.
#[tauri::command(async)]
#[specta::specta]
pub fn correct_print_label(
    state: State<'_, AppState>,
    lang: String,
    id: String,
    text: Option<String>,
) -> Result<CatalogEntry, IpcError> {
    Ok(print_languages::set_correction(
        &*state.db()?,
        &lang,
        &id,
        text.as_deref(),
        now_ms(),
    )?)
}

/// Saves a language's catalog (shipped text with this laptop's corrections) where the
/// teacher picks; the path written, or `None` when cancelled.
#[tauri::command(async)]
#[specta::specta]
pub fn export_print_catalog(
    app: AppHandle,
    state: State<'_, AppState>,
    lang: String,
    filter_name: String,
) -> Result<Option<String>, IpcError> {
    let name = format!("waypoint-printouts-{lang}.ftl");
    let Some(path) = super::dialogs::save_path(&app, &name, Some((&filter_name, &["ftl"])))? else {
        return Ok(None);
    };
    print_languages::export_file(&*state.db()?, &lang, &path)?;
    Ok(Some(path.display().to_string()))
}

/// Reads a catalog file the teacher picks as a language's corrections; `None` when
/// cancelled. A file that breaks a rule changes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn import_print_catalog(
    app: AppHandle,
    state: State<'_, AppState>,
    lang: String,
) -> Result<Option<CatalogImport>, IpcError> {
    let Some(path) = super::dialogs::open_path(&app)? else {
        return Ok(None);
    };
    let done = print_languages::import_file(&*state.db()?, &lang, Path::new(&path), now_ms())?;
    Ok(Some(done))
}
