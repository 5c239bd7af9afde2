//! Embeds the root tauri.conf.json and generates permissions for Waypoint's own commands,
//! which the capability in capabilities/ grants (and nothing else).

/// Every command the UI may call. Keep in step with `commands::handler()`.
const COMMANDS: &[&str] = &[
    "app_info",
    "list_classes",
    "create_class",
    "update_class",
    "set_class_archived",
    "load_demo_class",
    "list_students",
    "create_student",
    "update_student",
    "set_student_archived",
    "get_profile",
    "save_profile",
];

fn main() {
    println!("cargo:rerun-if-changed=../ui/dist");
    println!("cargo:rerun-if-changed=../tauri.conf.json");
    println!("cargo:rerun-if-changed=capabilities");
    let attrs = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attrs) {
        panic!("tauri build step failed: {e:#}");
    }
}
