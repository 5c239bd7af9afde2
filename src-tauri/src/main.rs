//! The Waypoint desktop app's entry point; everything happens in `waypoint_app::run`.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    std::process::exit(waypoint_app::run());
}
