//! The core crate's error type.

use thiserror::Error;

use crate::messages::Message;

/// What can go wrong in the pure domain rules.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    /// A value a teacher or a file supplied breaks a rule; `field` names where it came from.
    #[error("{message}")]
    Invalid {
        /// The input field's key path, for example `givenName` or `familyContacts.0.name`.
        field: String,
        /// A sentence a teacher can act on (in English through `Display`; the UI shows it in
        /// the teacher's language).
        message: Message,
    },
    /// An id string that is not a UUID.
    #[error("\"{0}\" is not a valid id")]
    BadId(String),
    /// An op payload that does not decode to what its table expects.
    #[error("a stored change for {table} could not be read: {reason}")]
    BadPayload {
        /// The table the op was for.
        table: String,
        /// Why it did not decode.
        reason: String,
    },
    /// Bytes offered as a CASE framework that are not a CFPackage at all: not JSON, cut
    /// short, JSON of another kind, or missing the CFDocument or its identifier.
    #[error("This file is not a CASE framework package (CFPackage): {reason}.")]
    NotCasePackage {
        /// What is wrong, as a clause that completes the sentence, for example
        /// `it has no CFDocument`.
        reason: String,
    },
    /// A framework file in the pre-1.0 CASE format (OpenSALT's early export, with `lsDoc`,
    /// `lsItems` and `lsAssociations`), which has no CFDocument.
    #[error(
        "This framework file is in the old pre-1.0 CASE format (with \"lsDoc\" and \"lsItems\"), which Waypoint can't read. Ask the publisher for a CASE 1.0 export (a CFPackage) of the same framework and import that."
    )]
    CasePreOneFormat,
    /// A CFPackage whose isChildOf links form a loop, so its items have no top.
    #[error(
        "This framework's structure loops back on itself: {}. Ask the publisher for a corrected file.",
        loop_path(.codes)
    )]
    CaseCycle {
        /// The items in the loop, each by its code (its identifier when it has none), from
        /// a parent down to its child and on; the first is not repeated at the end.
        codes: Vec<String>,
    },
    /// A framework table whose parent codes loop, so its rows have no top.
    #[error(
        "In {file}, the parent codes loop back on themselves: {}. Correct the parent column and import again.",
        loop_path(.codes)
    )]
    FrameworkCsvLoop {
        /// The file's name.
        file: String,
        /// The codes in the loop, from a parent down to its child; the first is not repeated.
        codes: Vec<String>,
    },
    /// A file larger than Waypoint reads as a CASE framework.
    #[error(
        "This file is {} MB; Waypoint can import CASE framework files up to {} MB.",
        megabytes(.bytes),
        megabytes(.max)
    )]
    CaseFileTooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The largest size accepted, in bytes.
        max: u64,
    },
}

/// `A → B → C → A`, shortened in the middle when the loop is long.
fn loop_path(codes: &[String]) -> String {
    const SHOWN: usize = 8;
    let Some(first) = codes.first() else {
        return String::new();
    };
    if codes.len() <= SHOWN {
        let mut parts: Vec<&str> = codes.iter().map(String::as_str).collect();
        parts.push(first);
        parts.join(" → ")
    } else {
        let mut parts: Vec<&str> = codes[..SHOWN - 2].iter().map(String::as_str).collect();
        parts.push("…");
        parts.push(first);
        format!("{} (a loop of {} items)", parts.join(" → "), codes.len())
    }
}

/// Bytes as megabytes with at most one decimal: `50`, `62.5`.
fn megabytes(bytes: &u64) -> String {
    let mb = format!("{:.1}", *bytes as f64 / (1024.0 * 1024.0));
    mb.strip_suffix(".0").map(str::to_owned).unwrap_or(mb)
}

/// Result with the core error.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The sentence for a person, as a catalog id and arguments where it has one.
    pub fn message(&self) -> Message {
        match self {
            Error::Invalid { message, .. } => message.clone(),
            other => Message::untranslated(other.to_string()),
        }
    }

    /// A validation error for one field.
    pub fn invalid(field: impl Into<String>, message: impl Into<Message>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// For tests: the field and message of a validation error, or a panic naming what came
/// instead.
#[cfg(test)]
pub(crate) fn err_of(r: Result<impl std::fmt::Debug>) -> (String, String) {
    match r {
        Err(Error::Invalid { field, message }) => (field, message.to_string()),
        other => panic!("expected a validation error, got {other:?}"),
    }
}
