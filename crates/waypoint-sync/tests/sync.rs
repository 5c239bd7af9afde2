//! Bundle integration tests: round trips, idempotent import, corrupted and truncated
//! bundles refused with the database unchanged, newer formats refused, the golden bundle of
//! every format version still read, and the folder weather (six laptops syncing a school
//! year through what sync services really do to a folder), and the demo year written by a
//! team of laptops. The shared fixtures are in
//! `common`; each topic is a module in `sync/`.

mod common;

#[path = "sync/conflicts.rs"]
mod conflicts;
#[path = "sync/files.rs"]
mod files;
#[path = "sync/folders.rs"]
mod folders;
#[path = "sync/format.rs"]
mod format;
#[path = "sync/goldens.rs"]
mod goldens;
#[path = "sync/round_trips.rs"]
mod round_trips;
#[path = "sync/team_year.rs"]
mod team_year;
#[path = "sync/undo.rs"]
mod undo;
#[path = "sync/weather/mod.rs"]
mod weather;
