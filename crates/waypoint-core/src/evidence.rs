//! Evidence and status overrides: their types, their validation and op fields; bands; a
//! cell's result (the calculated status, or the teacher's override) and the pure assembly
//! of the mastery grid and its CSV.
//!
//! A level is never stored: it is calculated from the evidence by [`crate::mastery`] on
//! every read. Only an override is stored, one row per decision, so the rows are its history.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::ids::{EvidenceId, FrameworkId, NodeId, OverrideId, StudentId};
use crate::mastery::{self, Method, Scale, Status, StatusCalc};
use crate::messages::Decimal;
use crate::op::{Fields, fields};
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::{EVIDENCE, STATUS_OVERRIDE};

/// Longest evidence note or override reason.
pub const NOTE_MAX: usize = validate::EVIDENCE_NOTE_MAX;

/// How a piece of evidence was gathered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// Watching the student work.
    #[default]
    Observation,
    /// An exit ticket.
    ExitTicket,
    /// A quiz or test.
    Quiz,
    /// A project.
    Project,
    /// A conference with the student.
    Conference,
    /// The student's own rating.
    SelfAssessment,
}

impl EvidenceKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Observation => "observation",
            EvidenceKind::ExitTicket => "exit_ticket",
            EvidenceKind::Quiz => "quiz",
            EvidenceKind::Project => "project",
            EvidenceKind::Conference => "conference",
            EvidenceKind::SelfAssessment => "self_assessment",
        }
    }
}

/// What a teacher records: a student's level on a competency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceInput {
    /// The student.
    pub student_id: String,
    /// The competency.
    pub competency_id: String,
    /// A level on the framework's scale.
    pub level: f64,
    /// `YYYY-MM-DD`, required.
    pub date: String,
    /// How it was gathered.
    #[serde(default)]
    pub kind: EvidenceKind,
    /// Optional note.
    #[serde(default)]
    pub note: String,
}

impl EvidenceInput {
    /// Checks every field; the level must be one of `scale`'s levels.
    pub fn validate(&self, scale: &Scale) -> Result<EvidenceInput> {
        let on_scale = scale
            .levels
            .iter()
            .any(|l| (l.value - self.level).abs() < 1e-9);
        if !self.level.is_finite() || !on_scale {
            let values: Vec<Decimal> = scale
                .levels
                .iter()
                .map(|l| Decimal::rounded(l.value, 2))
                .collect();
            return Err(Error::invalid(
                "level",
                if self.level.is_finite() {
                    msg!(
                        "core-evidence-not-a-level",
                        level = Decimal::rounded(self.level, 2),
                        levels = crate::validate::name_list(&values)
                    )
                } else {
                    msg!(
                        "core-evidence-level-not-a-number",
                        levels = crate::validate::name_list(&values)
                    )
                },
            ));
        }
        let date = validate::date("date", msg!("core-label-date"), &self.date)?;
        if date.is_empty() {
            return Err(Error::invalid(
                "date",
                validate::blank(msg!("core-label-date")),
            ));
        }
        Ok(EvidenceInput {
            student_id: self.student_id.trim().to_owned(),
            competency_id: self.competency_id.trim().to_owned(),
            level: self.level,
            date,
            kind: self.kind,
            note: validate::notes("note", msg!("core-label-note"), &self.note, NOTE_MAX)?,
        })
    }

    /// The op fields for this (already validated) input.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("student_id", json!(self.student_id)),
            ("competency_id", json!(self.competency_id)),
            ("level", json!(self.level)),
            ("date", json!(self.date)),
            ("kind", json!(self.kind.as_str())),
            ("note", json!(self.note)),
        ])
    }
}

/// A level as a teacher writes it: `3`, `2.5`.
pub fn fmt_level(level: f64) -> String {
    let r = (level * 100.0).round() / 100.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        let s = format!("{r:.2}");
        s.trim_end_matches('0').to_owned()
    }
}

/// A piece of evidence as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceView {
    /// Its id.
    pub id: EvidenceId,
    /// The student.
    pub student_id: StudentId,
    /// The competency.
    pub competency_id: NodeId,
    /// The level recorded.
    pub level: f64,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// How it was gathered.
    pub kind: EvidenceKind,
    /// The note, or "".
    pub note: String,
}

/// What a teacher decides when overriding a status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OverrideInput {
    /// The status to show instead of the calculated one; `None` clears the override.
    pub status: Option<Status>,
    /// Why; required when setting an override.
    #[serde(default)]
    pub reason: String,
    /// The day it was decided, `YYYY-MM-DD`.
    pub date: String,
}

impl OverrideInput {
    /// Checks every field.
    pub fn validate(&self) -> Result<OverrideInput> {
        let reason = validate::notes("reason", msg!("core-label-reason"), &self.reason, NOTE_MAX)?;
        if self.status.is_some() && reason.is_empty() {
            return Err(Error::invalid("reason", msg!("core-override-needs-reason")));
        }
        let date = validate::date("date", msg!("core-label-date"), &self.date)?;
        if date.is_empty() {
            return Err(Error::invalid(
                "date",
                validate::blank(msg!("core-label-date")),
            ));
        }
        Ok(OverrideInput {
            status: self.status,
            reason,
            date,
        })
    }

    /// The op fields for this (already validated) decision about one student and competency.
    pub fn to_fields(&self, student_id: StudentId, competency_id: NodeId) -> Fields {
        fields([
            ("student_id", json!(student_id.to_string())),
            ("competency_id", json!(competency_id.to_string())),
            ("status", json!(self.status.map(status_str).unwrap_or(""))),
            ("reason", json!(self.reason)),
            ("date", json!(self.date)),
        ])
    }
}

/// The stored name of a status.
pub fn status_str(s: Status) -> &'static str {
    match s {
        Status::NotStarted => "not_started",
        Status::Progressing => "progressing",
        Status::Mastered => "mastered",
    }
}

/// A status from its stored name.
pub fn parse_status(s: &str) -> Option<Status> {
    match s {
        "not_started" => Some(Status::NotStarted),
        "progressing" => Some(Status::Progressing),
        "mastered" => Some(Status::Mastered),
        _ => None,
    }
}

/// One override decision, as the history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OverrideView {
    /// Its id (time-ordered).
    pub id: OverrideId,
    /// The status set, or `None` when this decision cleared the override.
    pub status: Option<Status>,
    /// Why.
    pub reason: String,
    /// When, `YYYY-MM-DD`.
    pub date: String,
}

/// Where a calculated level puts a student relative to the proficient threshold: the bands
/// a teacher groups by.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// More than one level below proficient: reteach.
    Reteach,
    /// Within one level below proficient: practice.
    Practice,
    /// At or above proficient: extend.
    Extend,
}

/// The band for a level: below `threshold − 1` reteach, below `threshold` practice, else
/// extend. (On the default scale: under 2 reteach, 2 to 2.5 practice, 3 and up extend.)
pub fn band(level: f64, threshold: f64) -> Band {
    if level + 1e-9 >= threshold {
        Band::Extend
    } else if level + 1e-9 >= threshold - 1.0 {
        Band::Practice
    } else {
        Band::Reteach
    }
}

/// A student's calculated result on one competency, with any override applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CellResult {
    /// The calculated level, or `None` (no evidence, or the method gives no result yet).
    pub level: Option<f64>,
    /// Pieces of evidence.
    pub count: u32,
    /// The status shown: the override if there is one, else the calculated status.
    pub status: Status,
    /// The calculated status.
    pub calculated_status: Status,
    /// The date the calculated level first reached the threshold, when mastered.
    pub mastered_on: Option<String>,
    /// True when a teacher's override decides the status.
    pub overridden: bool,
}

/// One competency's dated scores for one student, oldest first, and any override.
#[derive(Debug, Clone, Default)]
pub struct CellInput {
    /// `(date, level)`, oldest first.
    pub scores: Vec<(String, f64)>,
    /// The latest override decision's status, if it sets one.
    pub override_status: Option<Status>,
}

/// Calculates one cell: the method over the scores, then the override on top.
pub fn cell_result(method: &Method, scale: &Scale, input: &CellInput) -> CellResult {
    let StatusCalc {
        status,
        mastered_on,
        level,
    } = mastery::status(method, &input.scores, scale);
    CellResult {
        level,
        count: input.scores.len() as u32,
        status: input.override_status.unwrap_or(status),
        calculated_status: status,
        mastered_on,
        overridden: input.override_status.is_some(),
    }
}

/// A student row of the grid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GridStudent {
    /// The student.
    pub id: StudentId,
    /// What to call them.
    pub display_name: String,
}

/// A competency column of the grid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GridCompetency {
    /// The competency.
    pub id: NodeId,
    /// Its framework.
    pub framework_id: FrameworkId,
    /// Its code, or "".
    pub code: String,
    /// Its short label.
    pub label: String,
    /// Its full statement.
    pub statement: String,
    /// The strands above it, outermost first (ids).
    pub strand_ids: Vec<NodeId>,
    /// The method that applies (its own, else the framework's).
    pub method: Method,
    /// The proficient threshold of its framework's scale.
    pub threshold: f64,
}

/// A strand, for the grid's filter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GridStrand {
    /// The strand.
    pub id: NodeId,
    /// Its framework.
    pub framework_id: FrameworkId,
    /// Its code, or "".
    pub code: String,
    /// Its short label.
    pub label: String,
    /// How deep it is (0 at the top).
    pub depth: u32,
}

/// Students × competencies, with every cell calculated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MasteryGrid {
    /// Rows.
    pub students: Vec<GridStudent>,
    /// Columns, in framework then tree order.
    pub competencies: Vec<GridCompetency>,
    /// Every strand above those competencies, in tree order.
    pub strands: Vec<GridStrand>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<CellResult>>,
}

/// The grid as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote
/// or line break): one row per student; for each competency its calculated level and
/// status. Cells that start with `=`, `+`, `-` or `@` are prefixed with `'` so a
/// spreadsheet never runs a student's name as a formula.
pub fn grid_csv(grid: &MasteryGrid) -> String {
    let mut out = String::new();
    let mut header = vec!["Student".to_owned()];
    for c in &grid.competencies {
        let name = if c.code.is_empty() {
            c.label.clone()
        } else {
            c.code.clone()
        };
        header.push(format!("{name} level"));
        header.push(format!("{name} status"));
    }
    push_csv_row(&mut out, &header);
    for (student, row) in grid.students.iter().zip(&grid.cells) {
        let mut fields = vec![student.display_name.clone()];
        for cell in row {
            fields.push(cell.level.map(fmt_level).unwrap_or_default());
            fields.push(status_str(cell.status).to_owned());
        }
        push_csv_row(&mut out, &fields);
    }
    out
}

fn push_csv_row(out: &mut String, fields: &[String]) {
    let cells: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_split_at_the_threshold_and_one_below() {
        assert_eq!(
            band(1.5, 3.0),
            Band::Reteach,
            "1.5 is more than a level short"
        );
        assert_eq!(band(2.0, 3.0), Band::Practice, "2 is within a level of 3");
        assert_eq!(band(2.5, 3.0), Band::Practice, "2.5 is within a level of 3");
        assert_eq!(band(3.0, 3.0), Band::Extend, "proficient students extend");
    }

    #[test]
    fn evidence_level_must_be_on_the_scale() {
        let scale = Scale::default_scale();
        let mut input = EvidenceInput {
            student_id: "s".into(),
            competency_id: "c".into(),
            level: 2.5,
            date: "2026-11-24".into(),
            kind: EvidenceKind::Quiz,
            note: " ok ".into(),
        };
        let ok = input
            .validate(&scale)
            .expect("2.5 is a half point on the default scale");
        assert_eq!(ok.note, "ok", "notes are trimmed");
        input.level = 2.25;
        let err = input
            .validate(&scale)
            .expect_err("2.25 is not on the scale");
        assert!(
            matches!(&err, Error::Invalid { field, .. } if field == "level"),
            "the error must point at the level: {err:?}"
        );
        input.level = f64::NAN;
        assert!(input.validate(&scale).is_err(), "NaN is never a level");
        input.level = 3.0;
        input.date = String::new();
        assert!(input.validate(&scale).is_err(), "evidence needs a date");
    }

    #[test]
    fn an_override_needs_a_reason_but_clearing_does_not() {
        let mut o = OverrideInput {
            status: Some(Status::Mastered),
            reason: "  ".into(),
            date: "2026-11-24".into(),
        };
        assert!(
            o.validate().is_err(),
            "an override without a reason is refused"
        );
        o.status = None;
        assert!(o.validate().is_ok(), "clearing an override needs no reason");
    }

    #[test]
    fn levels_print_without_trailing_zeros() {
        assert_eq!(fmt_level(3.0), "3", "whole levels print bare");
        assert_eq!(fmt_level(2.5), "2.5", "half levels print one decimal");
        assert_eq!(fmt_level(4.4712), "4.47", "calculated levels round to 2 dp");
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let grid = MasteryGrid {
            students: vec![GridStudent {
                id: StudentId::mint(1, [0; 10]),
                display_name: "=cmd, \"x\"".into(),
            }],
            competencies: vec![GridCompetency {
                id: NodeId::mint(1, [1; 10]),
                framework_id: FrameworkId::mint(1, [2; 10]),
                code: "6.RP.A.1".into(),
                label: "Ratios".into(),
                statement: "s".into(),
                strand_ids: vec![],
                method: Method::Latest,
                threshold: 3.0,
            }],
            strands: vec![],
            cells: vec![vec![CellResult {
                level: Some(3.5),
                count: 2,
                status: Status::Mastered,
                calculated_status: Status::Mastered,
                mastered_on: Some("2026-11-01".into()),
                overridden: false,
            }]],
        };
        let csv = grid_csv(&grid);
        assert_eq!(
            csv, "Student,6.RP.A.1 level,6.RP.A.1 status\r\n\"'=cmd, \"\"x\"\"\",3.5,mastered\r\n",
            "RFC 4180 quoting with CRLF, and a leading = is defused"
        );
    }
}
