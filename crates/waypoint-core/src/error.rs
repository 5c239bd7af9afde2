//! The core crate's error type.

use thiserror::Error;

use crate::messages::{Message, english};
use crate::msg;

/// What can go wrong in the pure domain rules.
///
/// Each variant's sentence lives once, in the catalog (`backend-core.ftl`): [`Error::message`]
/// names it and `Display` renders its English, so the command line and the UI say the same.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    /// A value a teacher or a file supplied breaks a rule; `field` names where it came from.
    #[error("{}", english(message))]
    Invalid {
        /// The input field's key path, for example `givenName` or `familyContacts.0.name`.
        field: String,
        /// A sentence a teacher can act on (in English through `Display`; the UI shows it in
        /// the teacher's language).
        message: Message,
    },
    /// An id string that is not a UUID.
    #[error("{}", english(&self.message()))]
    BadId(String),
    /// An op payload that does not decode to what its table expects.
    #[error("{}", english(&self.message()))]
    BadPayload {
        /// The table the op was for.
        table: String,
        /// Why it did not decode (the decoder's own words).
        reason: String,
    },
    /// Bytes offered as a CASE framework that are not a CFPackage at all: not JSON, cut
    /// short, JSON of another kind, or missing the CFDocument or its identifier.
    #[error("{}", english(&self.message()))]
    NotCasePackage {
        /// What is wrong, as a clause that completes the sentence, for example
        /// `it has no CFDocument` (`core-case-no-document`).
        reason: Message,
    },
    /// A framework file in the pre-1.0 CASE format (OpenSALT's early export, with `lsDoc`,
    /// `lsItems` and `lsAssociations`), which has no CFDocument.
    #[error("{}", english(&self.message()))]
    CasePreOneFormat,
    /// A CFPackage whose isChildOf links form a loop, so its items have no top.
    #[error("{}", english(&self.message()))]
    CaseCycle {
        /// The items in the loop, each by its code (its identifier when it has none), from
        /// a parent down to its child and on; the first is not repeated at the end.
        codes: Vec<String>,
    },
    /// A framework table whose parent codes loop, so its rows have no top.
    #[error("{}", english(&self.message()))]
    FrameworkCsvLoop {
        /// The file's name.
        file: String,
        /// The codes in the loop, from a parent down to its child; the first is not repeated.
        codes: Vec<String>,
    },
    /// A file larger than Waypoint reads as a CASE framework.
    #[error("{}", english(&self.message()))]
    CaseFileTooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The largest size accepted, in bytes.
        max: u64,
    },
}

/// `A → B → C → A`, shortened in the middle when the loop is long (then the sentence says
/// how many items it has).
fn loop_path(codes: &[String]) -> Message {
    const SHOWN: usize = 8;
    let Some(first) = codes.first() else {
        return msg!("core-loop-path", path = "");
    };
    if codes.len() <= SHOWN {
        let mut parts: Vec<&str> = codes.iter().map(String::as_str).collect();
        parts.push(first);
        msg!("core-loop-path", path = parts.join(" → "))
    } else {
        let mut parts: Vec<&str> = codes[..SHOWN - 2].iter().map(String::as_str).collect();
        parts.push("…");
        parts.push(first);
        msg!(
            "core-loop-path-long",
            path = parts.join(" → "),
            count = codes.len()
        )
    }
}

/// Bytes as megabytes with at most one decimal: `50`, `62.5`.
fn megabytes(bytes: u64) -> String {
    let mb = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
    mb.strip_suffix(".0").map(str::to_owned).unwrap_or(mb)
}

/// Result with the core error.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The sentence for a person, as a catalog id and its arguments.
    pub fn message(&self) -> Message {
        match self {
            Error::Invalid { message, .. } => message.clone(),
            Error::BadId(id) => msg!("core-bad-id", id = id),
            Error::BadPayload { table, reason } => {
                msg!("core-bad-payload", table = table, reason = reason)
            }
            Error::NotCasePackage { reason } => {
                msg!("core-not-case-package", reason = reason.clone())
            }
            Error::CasePreOneFormat => msg!("core-case-pre-one-format"),
            Error::CaseCycle { codes } => msg!("core-case-cycle", path = loop_path(codes)),
            Error::FrameworkCsvLoop { file, codes } => {
                msg!(
                    "core-framework-csv-loop",
                    file = file,
                    path = loop_path(codes)
                )
            }
            Error::CaseFileTooLarge { bytes, max } => msg!(
                "core-case-file-too-large",
                size = megabytes(*bytes),
                max = megabytes(*max)
            ),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_variant_names_its_catalog_message_and_displays_its_english() {
        let cases = [
            (
                Error::BadId("x".into()),
                "core-bad-id",
                "\"x\" is not a valid id",
            ),
            (
                Error::CaseFileTooLarge {
                    bytes: 65_536_000,
                    max: 52_428_800,
                },
                "core-case-file-too-large",
                "This file is 62.5 MB; Waypoint can import CASE framework files up to 50 MB.",
            ),
            (
                Error::FrameworkCsvLoop {
                    file: "m.csv".into(),
                    codes: vec!["A".into(), "B".into()],
                },
                "core-framework-csv-loop",
                "In m.csv, the parent codes loop back on themselves: A → B → A. Correct the parent column and import again.",
            ),
        ];
        for (error, id, english) in cases {
            assert_eq!(
                error.message().id,
                id,
                "the UI renders {error:?} from the catalog"
            );
            assert_eq!(
                error.to_string(),
                english,
                "Display is the catalog's English, unchanged"
            );
        }
    }

    #[test]
    fn a_long_loop_is_shortened_and_counted() {
        let codes: Vec<String> = (1..=10).map(|i| format!("C{i}")).collect();
        assert_eq!(
            english(&Error::CaseCycle { codes }.message()),
            "This framework's structure loops back on itself: C1 → C2 → C3 → C4 → C5 → C6 → … → C1 (a loop of 10 items). Ask the publisher for a corrected file.",
            "a ten-item loop names its first six items and how many there are"
        );
    }
}
