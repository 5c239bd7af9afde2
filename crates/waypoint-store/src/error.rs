//! The store's error type, and the sentence each failure gives a person as a catalog
//! message (`assets/i18n/app/<lang>/backend-store.ftl`); `Display` is that message's English.

use std::path::PathBuf;
use thiserror::Error;
use waypoint_core::admission::Refusal;
use waypoint_core::messages::{Message, english};
use waypoint_core::msg;

/// What can go wrong in the store.
#[derive(Debug, Error)]
// One source of English: every variant's text is its catalog message's (see `message`).
#[error("{}", english(&self.message()))]
pub enum Error {
    /// Input failed the domain's validation; carries the field and a teacher-ready message.
    #[error(transparent)]
    Domain(#[from] waypoint_core::Error),
    /// The id names nothing (or something deleted).
    NotFound {
        /// "class", "student", …
        what: &'static str,
        /// The id asked for, as given.
        id: String,
    },
    /// SQLite refused or failed.
    Sqlite(#[from] rusqlite::Error),
    /// A migration failed, or the database is newer than this app.
    Migration(#[from] rusqlite_migration::Error),
    /// The database file was written by a newer Waypoint.
    TooNew {
        /// The schema version in the file.
        found: i64,
        /// The newest this build knows.
        known: usize,
    },
    /// A file next to the database could not be read or written.
    Io {
        /// Which file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An op in the log does not decode.
    DamagedOp {
        /// Its origin device.
        origin: String,
        /// Its seq.
        seq: i64,
        /// What is wrong with it.
        reason: String,
    },
    /// An imported op has the id of one already held but different content.
    Tampered {
        /// The op's origin device.
        origin: String,
        /// Its seq.
        seq: u64,
    },
    /// An imported op failed a check (see `waypoint_core::admission`).
    RefusedOp {
        /// The op's stream.
        stream: String,
        /// Its seq.
        seq: u64,
        /// Why.
        reason: waypoint_core::admission::Refusal,
    },
    /// A change to a row whose class can't be found here: its parent row is missing.
    NoClass {
        /// The table.
        table: String,
        /// The row.
        row_id: String,
    },
    /// "Undo last import" with no import to undo.
    NoRestorePoint,
    /// "Undo last import" after changes were made on this laptop since the import.
    ChangedSinceImport,
    /// A write named a table or field the schema does not have (a programming error).
    UnknownField {
        /// The table.
        table: String,
        /// The field.
        field: String,
    },
    /// A value could not be encoded as JSON for storage (a programming error).
    Encode(#[from] serde_json::Error),
    /// A file is larger than Waypoint accepts for its kind; refused before it is read.
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
    NotErased {
        /// The file or folder left behind.
        path: PathBuf,
        /// Why it could not be removed.
        source: std::io::Error,
    },
    /// Too many wrong teacher PINs in a row: the next attempt must wait. Refused before
    /// the PIN is even looked at.
    PinThrottled {
        /// How long to wait, in whole seconds (rounded up).
        seconds: u64,
    },
    /// The PIN could not be hashed (argon2 could not get its memory).
    PinHash(argon2::password_hash::Error),
    /// A secret offered to the database's settings: secrets live in the OS credential
    /// store, never in the database (a programming error).
    SecretSetting {
        /// The settings key that was refused.
        key: String,
    },
    /// A database taken from a backup failed its checks before it replaced anything.
    RestoredDamaged {
        /// What the check found.
        reason: Message,
    },
    /// No OS data directory could be found for the default database.
    NoDataDir,
}

/// Result with the store error.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The sentence for a person, as a catalog id and arguments.
    pub fn message(&self) -> Message {
        match self {
            Error::Domain(e) => e.message(),
            Error::NotFound { what, id } => not_found_message(what, id),
            Error::Sqlite(e) => msg!("store-database-failed", reason = e.to_string()),
            Error::Migration(e) => msg!("store-migration-failed", reason = e.to_string()),
            Error::TooNew { found, known } => msg!("store-too-new", found = *found, known = *known),
            Error::Io { path, source } => msg!(
                "store-file-failed",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Error::DamagedOp {
                origin,
                seq,
                reason,
            } => msg!(
                "store-damaged-change",
                change = format!("{origin}/{seq}"),
                reason = reason
            ),
            Error::Tampered { origin, seq } => {
                msg!("store-tampered", change = format!("{origin}/{seq}"))
            }
            Error::RefusedOp {
                stream,
                seq,
                reason,
            } => msg!(
                "store-refused-change",
                change = format!("{stream}/{seq}"),
                reason = refusal_message(reason)
            ),
            Error::NoClass { table, .. } => msg!("store-no-class", table = table),
            Error::NoRestorePoint => msg!("store-no-restore-point"),
            Error::ChangedSinceImport => msg!("store-changed-since-import"),
            Error::UnknownField { table, field } => {
                msg!("store-unknown-field", table = table, field = field)
            }
            Error::Encode(e) => msg!("store-encode-failed", reason = e.to_string()),
            Error::FileTooBig {
                path,
                what,
                size_mb,
                limit_mb,
            } => msg!(
                "store-file-too-big",
                path = path.display().to_string(),
                what = file_kind_message(what),
                size_mb = *size_mb,
                limit_mb = *limit_mb
            ),
            Error::NotErased { path, source } => msg!(
                "store-not-erased",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Error::PinThrottled { seconds } => pin_wait_message(*seconds),
            Error::PinHash(e) => msg!("store-pin-hash-failed", reason = e.to_string()),
            Error::SecretSetting { key } => msg!("store-secret-setting", key = key),
            Error::RestoredDamaged { reason } => {
                msg!("store-restored-damaged", reason = reason.clone())
            }
            Error::NoDataDir => msg!("store-no-data-dir"),
        }
    }
}

/// "No student with id … exists": one whole sentence per kind of record, since other
/// languages agree the words around the noun with it. A kind with no sentence of its own
/// gets the general one.
fn not_found_message(what: &str, id: &str) -> Message {
    let id = id.to_owned();
    match what {
        "activity" => msg!("store-not-found-activity", id = id),
        "artifact" => msg!("store-not-found-artifact", id = id),
        "choice board" => msg!("store-not-found-choice-board", id = id),
        "class" => msg!("store-not-found-class", id = id),
        "competency" => msg!("store-not-found-competency", id = id),
        "conference" => msg!("store-not-found-conference", id = id),
        "evidence" => msg!("store-not-found-evidence", id = id),
        "feedback" => msg!("store-not-found-feedback", id = id),
        "framework" => msg!("store-not-found-framework", id = id),
        "goal" => msg!("store-not-found-goal", id = id),
        "group" => msg!("store-not-found-group", id = id),
        "group set" => msg!("store-not-found-group-set", id = id),
        "playlist" => msg!("store-not-found-playlist", id = id),
        "portfolio item" => msg!("store-not-found-portfolio-item", id = id),
        "printout label" => msg!("store-not-found-printout-label", id = id),
        "printout language" => msg!("store-not-found-printout-language", id = id),
        "progress" => msg!("store-not-found-progress", id = id),
        "prompt" => msg!("store-not-found-prompt", id = id),
        "reflection" => msg!("store-not-found-reflection", id = id),
        "rotation" => msg!("store-not-found-rotation", id = id),
        "saved column map" => msg!("store-not-found-column-map", id = id),
        "station" => msg!("store-not-found-station", id = id),
        "student" => msg!("store-not-found-student", id = id),
        "team reflection" => msg!("store-not-found-team-reflection", id = id),
        _ => msg!("store-not-found", id = id),
    }
}

/// What an oversized file was meant to be, as a phrase of the reader's language.
fn file_kind_message(what: &str) -> Message {
    match what {
        "a CASE framework file" => msg!("store-file-kind-case"),
        "a portfolio item" => msg!("store-file-kind-portfolio"),
        _ => msg!("store-file-kind-other"),
    }
}

/// A wait for a person: seconds under two minutes, whole minutes (rounded up) beyond.
fn pin_wait_message(seconds: u64) -> Message {
    if seconds < 120 {
        msg!("store-pin-throttled-seconds", seconds = seconds)
    } else {
        msg!(
            "store-pin-throttled-minutes",
            minutes = seconds.div_ceil(60)
        )
    }
}

/// Why an imported change was refused, as a clause that completes "its change … ".
fn refusal_message(refusal: &Refusal) -> Message {
    match refusal {
        Refusal::OwnStreamDeps { deps } => {
            msg!("store-refusal-own-stream", deps = deps.to_string())
        }
        Refusal::WrongDevice => msg!("store-refusal-wrong-device"),
        Refusal::DepsTooFar { stream, claimed } => msg!(
            "store-refusal-deps-too-far",
            stream = stream.to_string(),
            claimed = claimed.to_string()
        ),
        Refusal::FromTheFuture { ahead_ms } => msg!(
            "store-refusal-from-the-future",
            hours = ahead_ms.div_ceil(3_600_000)
        ),
        Refusal::OutOfOrder => msg!("store-refusal-out-of-order"),
        Refusal::WrongClass => msg!("store-refusal-wrong-class"),
        Refusal::NotShared => msg!("store-refusal-not-shared"),
        Refusal::SharedInClass => msg!("store-refusal-shared-in-class"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_record_has_a_sentence_of_its_own_kind() {
        let e = Error::NotFound {
            what: "student",
            id: "x".into(),
        };
        assert_eq!(
            e.message().id,
            "store-not-found-student",
            "the UI translates the sentence for a student, not an English noun inside one"
        );
        assert_eq!(
            e.to_string(),
            "No student with id x exists; it may have been deleted.",
            "Display is the catalog's English, unchanged"
        );
    }

    #[test]
    fn every_kind_the_store_names_has_its_english_sentence() {
        let kinds = [
            "activity",
            "artifact",
            "choice board",
            "class",
            "competency",
            "conference",
            "evidence",
            "feedback",
            "framework",
            "goal",
            "group",
            "group set",
            "playlist",
            "portfolio item",
            "printout label",
            "printout language",
            "progress",
            "prompt",
            "reflection",
            "rotation",
            "saved column map",
            "station",
            "student",
            "team reflection",
        ];
        for what in kinds {
            let m = not_found_message(what, "7");
            assert_ne!(m.id, "store-not-found", "{what} has no sentence of its own");
            assert_eq!(
                english(&m),
                format!("No {what} with id 7 exists; it may have been deleted."),
                "the English for {what} is what it was before it had an id"
            );
        }
    }

    #[test]
    fn the_pin_wait_reads_in_seconds_then_minutes() {
        let wait = |seconds| Error::PinThrottled { seconds }.to_string();
        assert_eq!(
            wait(1),
            "Too many wrong PINs. Try again in 1 second.",
            "one second is singular"
        );
        assert_eq!(
            wait(30),
            "Too many wrong PINs. Try again in 30 seconds.",
            "under two minutes counts seconds"
        );
        assert_eq!(
            wait(121),
            "Too many wrong PINs. Try again in 3 minutes.",
            "beyond, whole minutes rounded up"
        );
        assert_eq!(
            Error::PinThrottled { seconds: 121 }.message().id,
            "store-pin-throttled-minutes",
            "the minutes have their own sentence"
        );
    }

    #[test]
    fn a_refused_change_says_why_in_a_clause_of_the_same_language() {
        let e = Error::RefusedOp {
            stream: "abc".into(),
            seq: 4,
            reason: Refusal::OutOfOrder,
        };
        assert_eq!(
            e.to_string(),
            "This bundle can't be imported: its change abc/4 is repeated or out of order. Nothing was imported.",
            "the clause completes the sentence as before"
        );
        assert!(
            matches!(e.message().args.get("reason"), Some(waypoint_core::messages::MessageArg::Message(m)) if m.id == "store-refusal-out-of-order"),
            "the reason travels as a message, so the UI renders it in its language"
        );
    }

    #[test]
    fn an_oversized_file_names_its_kind_in_the_readers_language() {
        let e = Error::FileTooBig {
            path: "big.json".into(),
            what: "a CASE framework file",
            size_mb: 60,
            limit_mb: 50,
        };
        assert_eq!(
            e.to_string(),
            "big.json is 60 MB, which is more than the 50 MB Waypoint accepts for a CASE framework file. Nothing was imported.",
            "the English is unchanged"
        );
    }
}
