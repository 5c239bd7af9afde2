//! Bundle integration tests: round trips, idempotent import, corrupted and truncated
//! bundles refused with the database unchanged, newer formats refused, and the golden
//! bundle of every format version still read. The shared fixtures are in `common`; each
//! topic is a module in `sync/`.

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
#[path = "sync/undo.rs"]
mod undo;
