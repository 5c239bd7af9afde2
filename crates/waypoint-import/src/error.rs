//! What can go wrong reading a school's file, each as one sentence a teacher can act on.

use std::path::PathBuf;

/// The result of reading an import file.
pub type Result<T> = std::result::Result<T, Error>;

/// Why a file could not be read. Row-level trouble is not an error: it is a
/// [`waypoint_core::imports::RowProblem`] beside the rows that could be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file or folder could not be read at all.
    #[error("{path} could not be read: {source}.")]
    Io {
        /// What was being read.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Bigger than an import reads.
    #[error("{name} is {size_mb} MB; an import reads files of at most {limit_mb} MB.")]
    TooBig {
        /// The file's name.
        name: String,
        /// Its size, rounded up.
        size_mb: u64,
        /// The limit.
        limit_mb: u64,
    },
    /// Nothing in it.
    #[error("{name} is empty.")]
    Empty {
        /// The file's name.
        name: String,
    },
    /// A file that is not what its name says (a `.csv` that is a picture, a broken zip).
    #[error("{name} is not {expected}: {reason}.")]
    NotWhatItClaims {
        /// The file's name.
        name: String,
        /// What it should have been, with its article ("a CSV file", "an Excel workbook").
        expected: &'static str,
        /// What is wrong, as a clause.
        reason: String,
    },
    /// A kind of file no import reads.
    #[error(
        "{name} is not a file Waypoint can import: choose a CSV file, an Excel workbook (.xlsx), a zip of CSV files or a folder of them."
    )]
    UnknownKind {
        /// The file's name.
        name: String,
    },
    /// A roster set that lacks a file its format needs.
    #[error("{name} looks like a {format} export but has no {missing}.")]
    MissingFile {
        /// The zip's or folder's name.
        name: String,
        /// The format it was recognized as.
        format: &'static str,
        /// The file it lacks.
        missing: String,
    },
    /// A required column is not in the header.
    #[error("{file} has no \"{column}\" column, which {why}.")]
    MissingColumn {
        /// The file's name.
        file: String,
        /// The column's name.
        column: String,
        /// What it is needed for, as a clause.
        why: &'static str,
    },
    /// Files that are no roster format Waypoint knows.
    #[error(
        "{name} is not a roster Waypoint recognizes: choose a OneRoster, Clever or School Data Sync export (a zip or a folder), or one CSV or Excel file with a row per student."
    )]
    NotARoster {
        /// The zip's or folder's name.
        name: String,
    },
    /// A spreadsheet whose column map lacks a column the roster needs.
    #[error("{ask} in {file}.")]
    ColumnNotChosen {
        /// The file's name.
        file: String,
        /// What to choose, as a sentence without its full stop ("Choose the column with
        /// the students' family names").
        ask: &'static str,
    },
    /// A column map (saved, or a map file) that is not a map of this kind of import.
    #[error("The column map \"{name}\" could not be read ({reason}); make and save it again.")]
    MapUnreadable {
        /// The map's name or file.
        name: String,
        /// What is wrong, from the JSON reader.
        reason: String,
    },
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] waypoint_store::Error),
    /// The domain rules refused.
    #[error(transparent)]
    Core(#[from] waypoint_core::Error),
}
