//! Tauri commands, one module per area. Each is a thin wrapper: take the state, call a use
//! case in `waypoint-store`, map the error.

pub mod app;
pub mod backup;
pub mod classes;
pub mod classroom;
pub mod dialogs;
pub mod evidence;
pub mod frameworks;
pub mod imports;
pub mod ownership;
pub mod playlists;

pub mod feedback;
pub mod portfolio;
pub mod print_languages;
pub mod progressions;
pub mod projector;
pub mod reports;
pub mod shares;
pub mod students;
pub mod sync;

/// Now, in ms since the epoch, for use cases that take the time as an argument.
pub(crate) fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// Sends a long write's progress down the UI's channel; a closed channel (the page went
/// away) only loses the report.
pub(crate) fn report_to(
    channel: &tauri::ipc::Channel<frameworks::ImportProgress>,
) -> impl FnMut(u64, u64) + '_ {
    move |done, total| drop(channel.send(frameworks::ImportProgress { done, total }))
}

/// The invoke handler with every command.
pub fn collected_handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static
{
    // `Builder::invoke_handler` borrows the builder; the handler inside the collection
    // is the same one, owned.
    let handler = collected().0;
    move |invoke| handler(invoke)
}

/// Every command with its argument and result types, for the handler and for
/// `crate::bindings`. Keep in step with `COMMANDS` in build.rs (a test checks).
pub fn collected() -> tauri_specta::Commands<tauri::Wry> {
    tauri_specta::collect_commands![
        app::app_info,
        app::page_zoom,
        app::set_page_zoom,
        classes::list_classes,
        classes::create_class,
        classes::update_class,
        classes::set_class_archived,
        classes::load_demo_class,
        imports::choose_import_file,
        imports::choose_import_folder,
        imports::listen_file_drops,
        imports::inspect_roster_import,
        imports::preview_roster_import,
        imports::apply_roster_import,
        imports::last_file_import,
        imports::undo_file_import,
        imports::inspect_scores_import,
        imports::preview_scores_import,
        imports::apply_scores_import,
        imports::save_scores_map,
        imports::preview_framework_import,
        imports::apply_framework_import,
        students::list_students,
        students::create_student,
        students::update_student,
        students::set_student_archived,
        students::purge_student,
        students::get_profile,
        students::class_profile_badges,
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
        frameworks::preview_case_import,
        evidence::record_evidence,
        evidence::update_evidence,
        evidence::delete_evidence,
        evidence::restore_evidence,
        evidence::set_status_override,
        evidence::mastery_grid,
        evidence::cell_detail,
        evidence::competency_summary,
        evidence::export_grid_csv,
        sync::sync_status,
        sync::set_sync_label,
        sync::set_sync_folder,
        sync::choose_sync_folder,
        sync::set_passphrase,
        sync::receive_classes,
        sync::sync_now,
        sync::export_bundle,
        sync::choose_bundle_file,
        sync::listen_opened_bundles,
        sync::preview_bundle,
        sync::import_bundle,
        sync::import_history,
        sync::undo_last_import,
        sync::list_conflicts,
        sync::resolve_conflict,
        shares::list_shares,
        shares::generate_share_passphrase,
        shares::choose_share_folder,
        shares::share_class,
        shares::join_share,
        shares::sync_share,
        shares::sync_all_shares,
        shares::set_share_passphrase,
        shares::forget_class,
        classroom::suggest_groups,
        classroom::save_group_set,
        classroom::list_group_sets,
        classroom::get_group_set,
        classroom::move_student,
        classroom::update_group,
        classroom::delete_group_set,
        classroom::restore_group_set,
        classroom::list_stations,
        classroom::create_station,
        classroom::update_station,
        classroom::set_station_archived,
        classroom::build_rotation,
        classroom::list_rotations,
        classroom::get_rotation,
        classroom::copy_last_rotation,
        classroom::set_rotation_cell,
        classroom::update_rotation_timing,
        classroom::group_cards,
        classroom::today_view,
        projector::rotation_clock,
        projector::control_clock,
        projector::open_projector,
        projector::projector_view,
        feedback::set_peer_review,
        feedback::list_feedback,
        feedback::delete_feedback,
        feedback::feedback_prompts,
        feedback::set_feedback_prompts,
        feedback::student_mode_choose,
        feedback::student_mode_give_feedback,
        progressions::list_prerequisites,
        progressions::add_prerequisite,
        progressions::remove_prerequisite,
        progressions::set_framework_credit,
        progressions::student_next_steps,
        progressions::class_next_steps,
        progressions::propose_playlist,
        progressions::approve_playlist,
        playlists::list_activities,
        playlists::create_activity,
        playlists::update_activity,
        playlists::set_activity_archived,
        playlists::list_playlists,
        playlists::create_playlist,
        playlists::update_playlist,
        playlists::set_playlist_archived,
        playlists::assign_playlist,
        playlists::unassign_playlist,
        playlists::student_playlists,
        playlists::class_playlist_progress,
        playlists::set_activity_progress,
        ownership::list_goals,
        ownership::create_goal,
        ownership::update_goal,
        ownership::delete_goal,
        ownership::restore_goal,
        ownership::add_check_in,
        ownership::goal_overview,
        ownership::list_prompts,
        ownership::create_prompt,
        ownership::update_prompt,
        ownership::set_prompt_archived,
        ownership::list_reflections,
        ownership::add_reflection,
        ownership::update_reflection,
        ownership::delete_reflection,
        ownership::list_conferences,
        ownership::create_conference,
        ownership::update_conference,
        ownership::delete_conference,
        ownership::has_teacher_pin,
        ownership::set_teacher_pin,
        ownership::enter_student_mode,
        ownership::leave_student_mode,
        ownership::student_mode_view,
        ownership::student_mode_check_in,
        ownership::student_mode_reflect,
        ownership::list_team_reflections,
        ownership::create_team_reflection,
        ownership::get_team_reflection,
        ownership::save_team_approach,
        ownership::save_team_answer,
        portfolio::attach_artifact,
        portfolio::attach_artifact_path,
        portfolio::list_artifacts,
        portfolio::update_artifact,
        portfolio::delete_artifact,
        reports::open_conference_report,
        reports::open_class_summary,
        reports::open_team_reflection_report,
        reports::print_report,
        print_languages::list_print_languages,
        print_languages::approve_print_language,
        print_languages::withdraw_print_language_approval,
        print_languages::print_catalog_entries,
        print_languages::correct_print_label,
        print_languages::export_print_catalog,
        print_languages::import_print_catalog,
        backup::list_snapshots,
        backup::choose_backup_folder,
        backup::write_backup,
        backup::choose_backup_file,
        backup::preview_backup,
        backup::restore_backup,
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The quoted names between `start` and the next `];` in `text`.
    fn quoted_after(text: &str, start: &str) -> BTreeSet<String> {
        let block = text
            .split_once(start)
            .and_then(|(_, rest)| rest.split_once("];"))
            .map(|(block, _)| block)
            .unwrap_or_default();
        block
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_command_the_ui_calls_is_built_and_granted_and_nothing_else_is() {
        let built = quoted_after(include_str!("../../build.rs"), "const COMMANDS");
        let granted_by = |json: &str| -> BTreeSet<String> {
            let capability: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
            capability["permissions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p.as_str())
                .map(|p| p.trim_start_matches("allow-").replace('-', "_"))
                .collect()
        };
        let main = granted_by(include_str!("../../capabilities/default.json"));
        let projector = granted_by(include_str!("../../capabilities/projector.json"));
        assert_eq!(
            projector,
            BTreeSet::from(["projector_view".to_owned()]),
            "the projector window may read its view and nothing else: no scores, no writes"
        );
        assert!(
            !main.contains("projector_view"),
            "the main window has no use for the projector's command"
        );
        let granted: BTreeSet<String> = main.union(&projector).cloned().collect();
        assert_eq!(
            granted, built,
            "the capabilities grant exactly the commands build.rs generates permissions for"
        );
        let registered: BTreeSet<String> = (super::collected().1)(&mut specta::Types::default())
            .functions
            .iter()
            .map(|f| f.name().to_string())
            .collect();
        assert_eq!(
            registered, built,
            "the shell registers (and ui/src/bindings.ts declares) exactly the commands build.rs lists"
        );
    }
}
