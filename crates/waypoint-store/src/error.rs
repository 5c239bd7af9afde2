//! The store's error type.

use std::path::PathBuf;
use thiserror::Error;

/// What can go wrong in the store.
#[derive(Debug, Error)]
pub enum Error {
    /// Input failed the domain's validation; carries the field and a teacher-ready message.
    #[error(transparent)]
    Domain(#[from] waypoint_core::Error),
    /// The id names nothing (or something deleted).
    #[error("No {what} with id {id} exists; it may have been deleted.")]
    NotFound {
        /// "class", "student", …
        what: &'static str,
        /// The id asked for, as given.
        id: String,
    },
    /// SQLite refused or failed.
    #[error("The database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A migration failed, or the database is newer than this app.
    #[error("The database could not be brought up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// The database file was written by a newer Waypoint.
    #[error(
        "This database was made by a newer version of Waypoint (schema {found}; this version knows up to {known}). Update Waypoint to open it."
    )]
    TooNew {
        /// The schema version in the file.
        found: i64,
        /// The newest this build knows.
        known: usize,
    },
    /// A file next to the database could not be read or written.
    #[error("Could not use {path}: {source}")]
    Io {
        /// Which file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An op in the log does not decode.
    #[error("A stored change ({origin}/{seq}) is damaged: {reason}")]
    DamagedOp {
        /// Its origin device.
        origin: String,
        /// Its seq.
        seq: i64,
        /// What is wrong with it.
        reason: String,
    },
    /// An imported op has the id of one already held but different content.
    #[error(
        "This file has been altered: its change {origin}/{seq} differs from the one already here with the same id. Nothing was imported."
    )]
    Tampered {
        /// The op's origin device.
        origin: String,
        /// Its seq.
        seq: u64,
    },
    /// "Undo last import" with no import to undo.
    #[error(
        "There is no import to undo: undo goes back one import, and it has been undone or none was made."
    )]
    NoRestorePoint,
    /// "Undo last import" after changes were made on this laptop since the import.
    #[error(
        "Changes were made on this laptop after that import, so undoing it would lose them. The import can no longer be undone."
    )]
    ChangedSinceImport,
    /// A write named a table or field the schema does not have (a programming error).
    #[error("Unknown field {table}.{field}")]
    UnknownField {
        /// The table.
        table: String,
        /// The field.
        field: String,
    },
    /// A value could not be encoded as JSON for storage (a programming error).
    #[error("A change could not be encoded for storage: {0}")]
    Encode(#[from] serde_json::Error),
    /// A file is larger than Waypoint accepts for its kind; refused before it is read.
    #[error(
        "{path} is {size_mb} MB, which is more than the {limit_mb} MB Waypoint accepts for {what}. Nothing was imported."
    )]
    FileTooBig {
        /// Which file.
        path: PathBuf,
        /// What it was meant to be, e.g. "a CASE framework file".
        what: &'static str,
        /// Its size, rounded up.
        size_mb: u64,
        /// The limit.
        limit_mb: u64,
    },
    /// A database taken from a backup failed its checks before it replaced anything.
    #[error("The database in this backup is damaged ({reason}). Nothing was replaced.")]
    RestoredDamaged {
        /// What the check found.
        reason: String,
    },
    /// No OS data directory could be found for the default database.
    #[error("No data directory was found for this user, so there is nowhere to keep the database.")]
    NoDataDir,
}

/// Result with the store error.
pub type Result<T> = std::result::Result<T, Error>;
