//! Tauri commands, one module per area. Each is a thin wrapper: take the state, call a use
//! case in `waypoint-store`, map the error.

pub mod app;
pub mod classes;
pub mod evidence;
pub mod frameworks;
pub mod students;

/// The invoke handler with every command. Keep in step with `COMMANDS` in build.rs.
pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        classes::list_classes,
        classes::create_class,
        classes::update_class,
        classes::set_class_archived,
        classes::load_demo_class,
        students::list_students,
        students::create_student,
        students::update_student,
        students::set_student_archived,
        students::get_profile,
        students::save_profile,
        frameworks::list_frameworks,
        frameworks::class_frameworks,
        frameworks::create_framework,
        frameworks::update_framework,
        frameworks::set_framework_archived,
        frameworks::set_framework_scale,
        frameworks::set_framework_method,
        frameworks::list_nodes,
        frameworks::create_node,
        frameworks::update_node,
        frameworks::move_node,
        frameworks::set_node_archived,
        frameworks::set_node_method,
        frameworks::attach_framework,
        frameworks::detach_framework,
        frameworks::import_case,
        evidence::record_evidence,
        evidence::update_evidence,
        evidence::delete_evidence,
        evidence::restore_evidence,
        evidence::set_status_override,
        evidence::mastery_grid,
        evidence::cell_detail,
        evidence::competency_summary,
        evidence::export_grid_csv,
    ]
}
