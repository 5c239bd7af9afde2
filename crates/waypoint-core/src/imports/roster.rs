//! A roster as a school's information system exports it, whatever the format (OneRoster,
//! Clever, School Data Sync, a spreadsheet): teachers, sections and students, with the
//! enrollments that tie them together.
//!
//! Each reader in `waypoint-import` fills a [`SourceRoster`]; the plan in [`super::roster_plan`]
//! takes it from there, so matching and "what changes" are written once for every format.

use serde::{Deserialize, Serialize};

use super::RowProblem;
use crate::roster::FamilyContact;

/// Which kind of file a roster came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum RosterFormat {
    /// OneRoster CSV with no `manifest.csv` (read as 1.0).
    #[serde(rename = "oneroster-1.0")]
    OneRoster10,
    /// OneRoster 1.1 CSV.
    #[serde(rename = "oneroster-1.1")]
    OneRoster11,
    /// OneRoster 1.2 CSV.
    #[serde(rename = "oneroster-1.2")]
    OneRoster12,
    /// Clever's CSV files (schools, students, teachers, sections, enrollments).
    #[serde(rename = "clever")]
    Clever,
    /// Microsoft School Data Sync, version 1 CSV.
    #[serde(rename = "sds-1")]
    SdsV1,
    /// Microsoft School Data Sync, version 2.1 CSV.
    #[serde(rename = "sds-2.1")]
    SdsV21,
    /// Any CSV or Excel file, read through a column map.
    #[serde(rename = "table")]
    Table,
}

impl RosterFormat {
    /// The format's name as a teacher would read it.
    pub fn label(self) -> &'static str {
        match self {
            RosterFormat::OneRoster10 => "OneRoster 1.0",
            RosterFormat::OneRoster11 => "OneRoster 1.1",
            RosterFormat::OneRoster12 => "OneRoster 1.2",
            RosterFormat::Clever => "Clever",
            RosterFormat::SdsV1 => "School Data Sync (v1)",
            RosterFormat::SdsV21 => "School Data Sync (v2.1)",
            RosterFormat::Table => "Spreadsheet",
        }
    }
}

/// A teacher named in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SourceTeacher {
    /// The file's own id for the teacher (OneRoster `sourcedId`, Clever `Teacher_id`, …).
    pub source_id: String,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Email, or "".
    pub email: String,
}

/// A section (a class period): what becomes one Waypoint class.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SourceSection {
    /// The file's own id for the section.
    pub source_id: String,
    /// Its title ("Math 6 — Period 2").
    pub name: String,
    /// Its subject, or "".
    pub subject: String,
    /// Its grade level, or "" ("6", "06", "K").
    pub grade_level: String,
    /// The school's name, or "".
    pub school: String,
    /// The teachers' source ids.
    pub teacher_ids: Vec<String>,
    /// The enrolled students' source ids, in file order, without repeats.
    pub student_ids: Vec<String>,
    /// Students the file says have left the section (a delta file's `tobedeleted`
    /// enrollments): listed as leaving, archived only if the teacher ticks them.
    pub withdrawn_ids: Vec<String>,
}

/// A student named in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SourceStudent {
    /// The file the student's row is in, for messages.
    pub file: String,
    /// The line of that row (the header is line 1), or 0.
    pub line: u32,
    /// The file's own id for the student (OneRoster `sourcedId`); what a second import
    /// matches on first.
    pub source_id: String,
    /// The school's student number as people read it (OneRoster `identifier`, SDS
    /// `SIS ID`/`Student Number`); "" when the file has none, then `source_id` is shown.
    pub student_number: String,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// The name the student goes by, or "".
    pub preferred_name: String,
    /// `YYYY-MM-DD`, or "".
    pub birth_date: String,
    /// Grade ("6", "K"), or "".
    pub grade: String,
    /// Email, or "".
    pub email: String,
    /// Guardians and other contacts the file links to the student.
    pub contacts: Vec<FamilyContact>,
    /// The language spoken at home, or "" (a language code or name, as the file gives it).
    pub home_language: String,
}

/// Everything read from one roster file or set of files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SourceRoster {
    /// What it was read as.
    pub format: RosterFormat,
    /// The file's or folder's name, for messages.
    pub source: String,
    /// False for a delta file (OneRoster `delta` processing): it lists only what changed, so
    /// a student it does not mention is not missing.
    pub complete: bool,
    /// Teachers, in file order.
    pub teachers: Vec<SourceTeacher>,
    /// Sections, in file order.
    pub sections: Vec<SourceSection>,
    /// Students, in file order, each once.
    pub students: Vec<SourceStudent>,
    /// Rows that could not be used, or were used with a warning.
    pub problems: Vec<RowProblem>,
}

impl SourceRoster {
    /// An empty roster of `format` read from `source`.
    pub fn new(format: RosterFormat, source: &str) -> SourceRoster {
        SourceRoster {
            format,
            source: source.to_owned(),
            complete: true,
            teachers: vec![],
            sections: vec![],
            students: vec![],
            problems: vec![],
        }
    }
}
