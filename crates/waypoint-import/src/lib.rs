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
//! - [`scores`]: scores files read through a column map, recognized by their header, previewed
//!   and applied as evidence.
//! - [`table`]: a CSV (tolerant of what real exports do) or an Excel sheet as header + rows.

pub mod error;
pub mod scores;
pub mod source;
pub mod table;

pub use error::{Error, Result};
