//! Waypoint's desktop shell: opens the database, makes sure only one app has it open, and
//! serves the commands in [`commands`] to the web UI in `ui/`.
//!
//! Only this crate depends on tauri. Commands stay thin; the work is in `waypoint-store`
//! and `waypoint-core`.

pub mod bindings;
pub mod commands;
pub mod error;
pub mod file_drops;
pub mod opened_bundles;
pub mod page_zoom;
pub mod report_window;
pub mod single_instance;
pub mod snapshots;
pub mod state;
pub mod webview_memory;
pub mod window_size;
pub mod windows;

use tauri::Manager;

use single_instance::Launch;

/// Runs the app and returns the process exit code.
pub fn run() -> i32 {
    webview_memory::paint_without_compositing();
    let db_path = match waypoint_store::default_db_path() {
        Ok(p) => p,
        Err(e) => return fail(&e.to_string()),
    };
    // `waypoint-app x.waypoint`: the desktop's open-with for a double-clicked bundle.
    let cwd = std::env::current_dir().unwrap_or_default();
    let opened = opened_bundles::bundle_arg(std::env::args_os(), &cwd);
    let mut guard = match single_instance::claim(&db_path, opened.as_deref()) {
        Ok(Launch::First(guard)) => guard,
        Ok(Launch::Second) => return 0,
        Err(e) => return fail(&format!("Could not lock {}: {e}", db_path.display())),
    };
    let mut db = match waypoint_store::Db::open(&db_path) {
        Ok(db) => db,
        Err(e) => return fail(&e.to_string()),
    };
    // A new database starts with the starter reflection prompts (written once, ever).
    if let Err(e) = waypoint_store::reflections::ensure_starter_prompts(&mut db) {
        return fail(&e.to_string());
    }
    // The class passphrase lives in the OS credential store (or, with none reachable, in
    // memory for this session); one an older Waypoint kept in the database moves there now
    // and is erased from the disk.
    let secrets = waypoint_sync::secrets::open_secret_store(waypoint_sync::secrets::SERVICE);
    // A failure here leaves the row where it was (it is erased only once the secret store
    // has it) and is tried again at the next start; it is no reason not to open.
    if let Err(e) = waypoint_sync::secrets::move_legacy_passphrase(&mut db, secrets.as_ref()) {
        eprintln!(
            "waypoint: the old class passphrase could not be moved out of the database yet: {e}"
        );
    }
    snapshots::spawn(db_path.clone());
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state::AppState::new(db, secrets))
        .manage(report_window::ReportPage::default())
        .manage(file_drops::FileDrops::default())
        .manage(opened_bundles::OpenedBundles::new(opened))
        .on_window_event(|window, event| {
            file_drops::on_window_event(window, event);
            window_size::on_window_event(window, event);
        })
        .register_uri_scheme_protocol(report_window::SCHEME, report_window::serve)
        .invoke_handler(commands::collected_handler())
        .build(tauri::generate_context!("../tauri.conf.json"));
    let app = match app {
        Ok(app) => app,
        Err(e) => return fail(&format!("The window could not be created: {e}")),
    };
    let handle = app.handle().clone();
    guard.listen(move |bundle| {
        if let Some(path) = bundle {
            handle.state::<opened_bundles::OpenedBundles>().open(&path);
        }
        let h = handle.clone();
        let _ = handle.run_on_main_thread(move || {
            if let Some(w) = h.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
            }
        });
    });
    // Sized and shown once the event loop runs: a window shown before then stays unmapped
    // (seen under Xvfb, where the app then never appears).
    app.run(|handle, event| {
        if let tauri::RunEvent::Ready = event
            && let Some(main) = handle.get_webview_window("main")
        {
            webview_memory::apply(&main);
            window_size::apply(&main);
            page_zoom::apply(&main);
        }
    });
    drop(guard);
    0
}

fn fail(message: &str) -> i32 {
    eprintln!("waypoint: {message}");
    1
}
