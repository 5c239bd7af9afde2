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
    "list_frameworks",
    "class_frameworks",
    "create_framework",
    "update_framework",
    "set_framework_archived",
    "set_framework_scale",
    "set_framework_method",
    "list_nodes",
    "create_node",
    "update_node",
    "move_node",
    "set_node_archived",
    "set_node_method",
    "attach_framework",
    "detach_framework",
    "import_case",
    "record_evidence",
    "update_evidence",
    "delete_evidence",
    "restore_evidence",
    "set_status_override",
    "mastery_grid",
    "cell_detail",
    "competency_summary",
    "export_grid_csv",
    "sync_status",
    "set_sync_label",
    "set_sync_folder",
    "choose_sync_folder",
    "set_passphrase",
    "receive_classes",
    "sync_now",
    "export_bundle",
    "choose_bundle_file",
    "preview_bundle",
    "import_bundle",
    "import_history",
    "undo_last_import",
    "list_conflicts",
    "resolve_conflict",
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
