//! Waypoint's desktop shell: opens the database, makes sure only one app has it open, and
//! serves the commands in [`commands`] to the web UI in `ui/`.
//!
//! Only this crate depends on tauri. Commands stay thin; the work is in `waypoint-store`
//! and `waypoint-core`.

pub mod commands;
pub mod error;
pub mod single_instance;
pub mod state;

use tauri::Manager;

use single_instance::Launch;

/// Runs the app and returns the process exit code.
pub fn run() -> i32 {
    let db_path = match waypoint_store::default_db_path() {
        Ok(p) => p,
        Err(e) => return fail(&e.to_string()),
    };
    let mut guard = match single_instance::claim(&db_path) {
        Ok(Launch::First(guard)) => guard,
        Ok(Launch::Second) => return 0,
        Err(e) => return fail(&format!("Could not lock {}: {e}", db_path.display())),
    };
    let db = match waypoint_store::Db::open(&db_path) {
        Ok(db) => db,
        Err(e) => return fail(&e.to_string()),
    };
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state::AppState::new(db))
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!("../tauri.conf.json"));
    let app = match app {
        Ok(app) => app,
        Err(e) => return fail(&format!("The window could not be created: {e}")),
    };
    let handle = app.handle().clone();
    guard.listen(move || {
        let h = handle.clone();
        let _ = handle.run_on_main_thread(move || {
            if let Some(w) = h.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
            }
        });
    });
    app.run(|_, _| {});
    drop(guard);
    0
}

fn fail(message: &str) -> i32 {
    eprintln!("waypoint: {message}");
    1
}
