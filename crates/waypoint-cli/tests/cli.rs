//! The `waypoint` binary, driven as a script or a teacher would drive it: real process,
//! real SQLite file, one fresh temporary database per test. The shared sandbox and checks
//! are in `common`; each topic is a module in `cli/`.

mod common;

#[path = "cli/classes.rs"]
mod classes;
#[path = "cli/conflicts.rs"]
mod conflicts;
#[path = "cli/frameworks.rs"]
mod frameworks;
#[path = "cli/groups.rs"]
mod groups;
#[path = "cli/handoff.rs"]
mod handoff;
#[path = "cli/killed_import.rs"]
mod killed_import;
#[path = "cli/mastery.rs"]
mod mastery;
#[path = "cli/options.rs"]
mod options;
#[path = "cli/progressions.rs"]
mod progressions;
#[path = "cli/purge.rs"]
mod purge;
#[path = "cli/reports.rs"]
mod reports;
#[path = "cli/roster_import.rs"]
mod roster_import;
#[path = "cli/scores_import.rs"]
mod scores_import;
#[path = "cli/shares.rs"]
mod shares;
#[path = "cli/sync_folder.rs"]
mod sync_folder;
