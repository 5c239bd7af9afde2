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
    /// An imported op failed a check (see `waypoint_core::admission`).
    #[error(
        "This bundle can't be imported: its change {stream}/{seq} {reason}. Nothing was imported."
    )]
    RefusedOp {
        /// The op's stream.
        stream: String,
        /// Its seq.
        seq: u64,
        /// Why.
        reason: waypoint_core::admission::Refusal,
    },
    /// A change to a row whose class can't be found here: its parent row is missing.
    #[error(
        "This {table} record belongs to no class on this laptop (what it belongs to is missing), so it can't be changed here."
    )]
    NoClass {
        /// The table.
        table: String,
        /// The row.
        row_id: String,
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
    /// A purge was committed (the student is erased from the database), but a copy or file
    /// that still holds them could not be removed. Purging again finishes the job.
    #[error(
        "The student was erased from the database, but {path} still holds their data and could not be removed ({source}). Close any program using it and erase the student again, or delete that file."
    )]
    NotErased {
        /// The file or folder left behind.
        path: PathBuf,
        /// Why it could not be removed.
        source: std::io::Error,
    },
    /// Too many wrong teacher PINs in a row: the next attempt must wait. Refused before
    /// the PIN is even looked at.
    #[error("Too many wrong PINs. Try again in {}.", wait_text(*seconds))]
    PinThrottled {
        /// How long to wait, in whole seconds (rounded up).
        seconds: u64,
    },
    /// The PIN could not be hashed (argon2 could not get its memory).
    #[error("The PIN could not be saved: {0}. Nothing was changed.")]
    PinHash(argon2::password_hash::Error),
    /// A secret offered to the database's settings: secrets live in the OS credential
    /// store, never in the database (a programming error).
    #[error("The {key} is a secret and is never kept in the database.")]
    SecretSetting {
        /// The settings key that was refused.
        key: String,
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

/// A wait for a person: seconds under two minutes, whole minutes (rounded up) beyond.
fn wait_text(seconds: u64) -> String {
    match seconds {
        1 => "1 second".to_owned(),
        s if s < 120 => format!("{s} seconds"),
        s => format!("{} minutes", s.div_ceil(60)),
    }
}

/// Result with the store error.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The sentence for a person, as a catalog id and arguments where it has one.
    pub fn message(&self) -> waypoint_core::messages::Message {
        match self {
            Error::Domain(e) => e.message(),
            other => waypoint_core::messages::Message::untranslated(other.to_string()),
        }
    }
}
