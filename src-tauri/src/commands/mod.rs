//! Tauri commands, one module per area. Each is a thin wrapper: take the state, call a use
//! case in `waypoint-store`, map the error.

pub mod app;
pub mod classes;
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
    ]
}
