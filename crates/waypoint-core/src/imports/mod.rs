//! Getting a school's data in: the records a roster, scores or framework file is read into,
//! and the pure rules that turn them into a plan of changes.
//!
//! Reading files (CSV, Excel, zip, a folder) is `waypoint-import`'s job; writing the plan is
//! the store's. What sits here is what both must agree on, with no I/O: the shape of a
//! roster as a school's system describes it ([`roster::SourceRoster`]), and how its students
//! are matched against the ones a teacher already has and what changes that makes
//! ([`roster_plan`]); and how a scores file read through a teacher's column map becomes
//! evidence on the class's scale ([`scores`]).

pub mod framework_csv;
pub mod roster;
pub mod roster_plan;
pub mod scores;

use serde::{Deserialize, Serialize};

use crate::messages::Message;

/// How bad a row problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum ProblemLevel {
    /// The row was used, but something in it was odd (a missing trailing field, say).
    Warning,
    /// The row could not be used and is left out.
    Skipped,
}

/// One row of an imported file that could not be used as it stands: where it is and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RowProblem {
    /// The file's name (inside a zip or folder: its name there).
    pub file: String,
    /// The line the row starts on, counting the header as line 1; 0 for the file as a whole.
    pub line: u32,
    /// A sentence a teacher can act on (an `import-…` message).
    pub reason: Message,
    /// Whether the row was used anyway.
    pub level: ProblemLevel,
}

impl RowProblem {
    /// A row used with a warning.
    pub fn warning(file: &str, line: u32, reason: Message) -> RowProblem {
        RowProblem {
            file: file.to_owned(),
            line,
            reason,
            level: ProblemLevel::Warning,
        }
    }

    /// A row left out.
    pub fn skipped(file: &str, line: u32, reason: Message) -> RowProblem {
        RowProblem {
            file: file.to_owned(),
            line,
            reason,
            level: ProblemLevel::Skipped,
        }
    }
}
