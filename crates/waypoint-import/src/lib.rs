//! Waypoint's way in for the files a school already has: rosters from its information
//! system (OneRoster 1.0 to 1.2, Clever, Microsoft School Data Sync, any CSV or Excel file
//! through a column map), scores from quizzes and adaptive programs, and frameworks.
//!
//! This crate reads bytes and files and recognizes formats; it runs no SQL. The pure rules
//! (what a roster means, how students are matched, what a score converts to) live in
//! `waypoint_core::imports`, and every write goes through the store's use cases, so an
//! import is one transaction in the op log and syncs like typed data.
//!
//! - [`source`]: a file, a zip or a folder, opened into named files within documented limits.
//! - [`roster`]: OneRoster, Clever, School Data Sync and spreadsheet rosters read into
//!   `waypoint_core::imports::roster::SourceRoster`.
//! - [`scores`]: scores files read through a column map, recognized by their header, previewed
//!   and applied as evidence.
//! - [`table`]: a CSV (tolerant of what real exports do) or an Excel sheet as header + rows.
//! - [`frameworks`]: a framework table (code, statement, parent code, type, grade) imported
//!   or previewed as a framework tree.
//! - [`roster_import`]: the roster import's steps for the app and the CLI: inspect, preview,
//!   apply.

pub mod error;
pub mod frameworks;
pub mod roster;
pub mod roster_import;
pub mod scores;
pub mod source;
pub mod table;

pub use error::{Error, Result};
