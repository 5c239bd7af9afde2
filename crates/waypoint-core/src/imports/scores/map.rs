//! The column map a teacher makes once per kind of file (see the parent module's doc): the
//! file's shape, how rows find their student, which columns are which competency, the
//! conversion, and the evidence's kind and date.

use serde::{Deserialize, Serialize};

use super::Conversion;
use crate::evidence::EvidenceKind;

/// Wide or long (see the module doc).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Shape {
    /// One row per student, a column per item or competency.
    #[default]
    Wide,
    /// One row per student and item.
    #[serde(rename_all = "camelCase")]
    Long {
        /// The column naming the item (a question, a skill, a standard).
        item_column: String,
        /// The column holding the score.
        score_column: String,
    },
}

/// How a row is matched to a student of the class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "by", rename_all = "camelCase")]
pub enum StudentFinder {
    /// The Student ID (`student_number`) or the roster's id for the student.
    #[serde(rename_all = "camelCase")]
    StudentId {
        /// The column.
        column: String,
    },
    /// The student's email.
    #[serde(rename_all = "camelCase")]
    Email {
        /// The column.
        column: String,
    },
    /// One name column: "Last, First" or "First Last".
    #[serde(rename_all = "camelCase")]
    Name {
        /// The column.
        column: String,
    },
    /// A given name column and a family name column.
    #[serde(rename_all = "camelCase")]
    GivenFamily {
        /// The given (first) name's column.
        given_column: String,
        /// The family (last) name's column.
        family_column: String,
    },
}

impl StudentFinder {
    /// What the finder matches on, as a key the catalogs select on (`student-id`, `email`,
    /// `name`).
    pub fn key(&self) -> &'static str {
        match self {
            StudentFinder::StudentId { .. } => "student-id",
            StudentFinder::Email { .. } => "email",
            StudentFinder::Name { .. } | StudentFinder::GivenFamily { .. } => "name",
        }
    }

    pub(super) fn columns(&self) -> Vec<&str> {
        match self {
            StudentFinder::StudentId { column }
            | StudentFinder::Email { column }
            | StudentFinder::Name { column } => vec![column],
            StudentFinder::GivenFamily {
                given_column,
                family_column,
            } => vec![given_column, family_column],
        }
    }
}

/// How several scores for one competency make one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Combine {
    /// Their mean.
    #[default]
    Average,
    /// Their total (points over several questions).
    Sum,
}

/// Which columns (wide) or item values (long) are evidence of one competency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyColumns {
    /// The competency: its id, or its code in the class's frameworks.
    pub competency: String,
    /// Header names (wide) or item values (long).
    pub columns: Vec<String>,
    /// How several make one.
    #[serde(default)]
    pub combine: Combine,
}

/// Where the evidence's date comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum DateSource {
    /// A column (a timestamp or a date).
    #[serde(rename_all = "camelCase")]
    Column {
        /// The column.
        column: String,
        /// Read `03/04/2026` as 3 April rather than March 4.
        #[serde(default)]
        day_first: bool,
    },
    /// One date for every row, `YYYY-MM-DD`.
    #[serde(rename_all = "camelCase")]
    Fixed {
        /// The date.
        date: String,
    },
}

fn quiz() -> EvidenceKind {
    EvidenceKind::Quiz
}

/// A scores file's column map (see the module doc). Saved as JSON with the header it was
/// made from, and recognized again by that header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ScoresMap {
    /// Wide or long.
    #[serde(default)]
    pub shape: Shape,
    /// How rows find their student.
    pub student: StudentFinder,
    /// Which columns are which competency.
    pub competencies: Vec<CompetencyColumns>,
    /// How scores become levels.
    #[serde(default)]
    pub conversion: Conversion,
    /// The kind of evidence written (a quiz unless said).
    #[serde(default = "quiz")]
    pub kind: EvidenceKind,
    /// The date.
    pub date: DateSource,
}

impl ScoresMap {
    /// Every header name the map reads, in the map's order.
    pub fn columns(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .student
            .columns()
            .into_iter()
            .map(str::to_owned)
            .collect();
        if let DateSource::Column { column, .. } = &self.date {
            out.push(column.clone());
        }
        match &self.shape {
            Shape::Wide => out.extend(self.competencies.iter().flat_map(|c| c.columns.clone())),
            Shape::Long {
                item_column,
                score_column,
            } => out.extend([item_column.clone(), score_column.clone()]),
        }
        out
    }
}
