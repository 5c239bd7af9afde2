//! What can go wrong reading a school's file, each as one sentence a teacher can act on.
//! The sentences live in the catalogs (`backend-import.ftl`, ids `import-…`):
//! [`Error::message`] gives the id and its arguments, and `Display` is its English.

use std::path::PathBuf;

use waypoint_core::messages::{Message, english};
use waypoint_core::msg;

/// The result of reading an import file.
pub type Result<T> = std::result::Result<T, Error>;

/// Why a file could not be read. Row-level trouble is not an error: it is a
/// [`waypoint_core::imports::RowProblem`] beside the rows that could be used.
#[derive(Debug, thiserror::Error)]
// One source of English: every variant's text is its catalog message's (see `message`).
#[error("{}", english(&self.message()))]
pub enum Error {
    /// The file or folder could not be read at all.
    Io {
        /// What was being read.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Bigger than an import reads.
    TooBig {
        /// The file's name.
        name: String,
        /// Its size, rounded up.
        size_mb: u64,
        /// The limit.
        limit_mb: u64,
    },
    /// Nothing in it.
    Empty {
        /// The file's name.
        name: String,
    },
    /// A file that is not what its name says (a `.csv` that is a picture, a broken zip).
    NotWhatItClaims {
        /// The file's name.
        name: String,
        /// What it should have been, with its article ("a CSV file", "an Excel workbook"):
        /// an `import-kind-…` message.
        expected: Message,
        /// What is wrong, as a clause (an `import-why-…` message).
        reason: Message,
    },
    /// A kind of file no import reads.
    UnknownKind {
        /// The file's name.
        name: String,
    },
    /// A roster set that lacks a file its format needs.
    MissingFile {
        /// The zip's or folder's name.
        name: String,
        /// The format it was recognized as.
        format: &'static str,
        /// The file it lacks.
        missing: String,
    },
    /// A required column is not in the header.
    MissingColumn {
        /// The file's name.
        file: String,
        /// The column's name.
        column: String,
        /// What it is needed for, as a clause (an `import-column-…` message).
        why: Message,
    },
    /// Files that are no roster format Waypoint knows.
    NotARoster {
        /// The zip's or folder's name.
        name: String,
    },
    /// A spreadsheet whose column map lacks a column the roster needs.
    ColumnNotChosen {
        /// The file's name.
        file: String,
        /// What to choose, as a sentence without its full stop ("Choose the column with
        /// the students' family names").
        ask: Message,
    },
    /// A column map (saved, or a map file) that is not a map of this kind of import.
    MapUnreadable {
        /// The map's name or file.
        name: String,
        /// What is wrong, from the JSON reader.
        reason: String,
    },
    /// The store refused or failed.
    Store(#[from] waypoint_store::Error),
    /// The domain rules refused.
    Core(#[from] waypoint_core::Error),
}

impl Error {
    /// The sentence for a person, as a catalog id and its arguments.
    pub fn message(&self) -> Message {
        match self {
            Error::Io { path, source } => msg!(
                "import-io",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Error::TooBig {
                name,
                size_mb,
                limit_mb,
            } => msg!(
                "import-too-big",
                name = name,
                size_mb = *size_mb,
                limit_mb = *limit_mb
            ),
            Error::Empty { name } => msg!("import-empty", name = name),
            Error::NotWhatItClaims {
                name,
                expected,
                reason,
            } => msg!(
                "import-not-what-it-claims",
                name = name,
                expected = expected.clone(),
                reason = reason.clone()
            ),
            Error::UnknownKind { name } => msg!("import-unknown-kind", name = name),
            Error::MissingFile {
                name,
                format,
                missing,
            } => msg!(
                "import-missing-file",
                name = name,
                format = *format,
                missing = missing
            ),
            Error::MissingColumn { file, column, why } => msg!(
                "import-missing-column",
                file = file,
                column = column,
                why = why.clone()
            ),
            Error::NotARoster { name } => msg!("import-not-a-roster", name = name),
            Error::ColumnNotChosen { file, ask } => {
                msg!("import-column-not-chosen", file = file, ask = ask.clone())
            }
            Error::MapUnreadable { name, reason } => {
                msg!("import-map-unreadable", name = name, reason = reason)
            }
            Error::Store(e) => e.message(),
            Error::Core(e) => e.message(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_travels_as_its_id_and_reads_as_before_in_english() {
        let e = Error::NotWhatItClaims {
            name: "scores.csv".into(),
            expected: msg!("import-kind-csv"),
            reason: msg!("import-why-binary"),
        };
        assert_eq!(
            e.message().id,
            "import-not-what-it-claims",
            "the UI shows the sentence from its own catalog by this id"
        );
        assert_eq!(
            e.to_string(),
            "scores.csv is not a CSV file: it holds binary data, not text.",
            "the clauses are rendered inside the sentence, in the same English as before"
        );
        let missing = Error::MissingColumn {
            file: "users.csv".into(),
            column: "sourcedId".into(),
            why: msg!("import-column-identifies-each-user"),
        };
        assert_eq!(
            missing.to_string(),
            "users.csv has no \"sourcedId\" column, which identifies each user.",
            "a missing column says what it is for"
        );
    }

    #[test]
    fn a_domain_refusal_keeps_the_cores_message() {
        let inner = waypoint_core::Error::invalid("file", msg!("import-scores-cuts-order"));
        assert_eq!(
            Error::from(inner).message(),
            msg!("import-scores-cuts-order"),
            "a core validation inside an import error is shown as the core words it"
        );
    }

    #[test]
    fn a_store_failure_inside_reads_as_the_stores_own_english() {
        let store = waypoint_store::Error::NotFound {
            what: "student",
            id: "x".into(),
        };
        let english_of_store = store.to_string();
        let e = Error::from(store);
        assert_eq!(
            e.to_string(),
            english_of_store,
            "the enum-level Display covers the wrapped variant too, with the store's sentence"
        );
        assert_eq!(
            e.to_string(),
            english(&e.message()),
            "Display is the English of the message the UI is sent"
        );
    }
}
