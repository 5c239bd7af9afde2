//! Competency frameworks and their node trees: their types, their validation, how each maps
//! onto op fields, and reading a stored method or scale.
//!
//! A framework is a tree: the framework, then strands (domains, clusters: any depth), then
//! competencies. Evidence is recorded on competencies only ([`crate::evidence`]). Each
//! framework carries its proficiency [`Scale`] and its mastery [`Method`]; a competency may
//! override the method.
//!
//! Nodes imported from CASE keep their CASE identifier, which is how a re-import of a newer
//! package finds them again. A node made by hand has none.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::ids::{FrameworkId, NodeId};
use crate::mastery::{Method, Scale};
use crate::op::{Fields, fields};
use crate::validate::{self, SHORT_MAX};
use crate::{Error, Result, msg};

pub use crate::table::{CLASS_FRAMEWORK, FRAMEWORK, NODE};

/// Longest competency code, e.g. `CCSS.Math.Content.6.RP.A.1` with room to spare.
pub const CODE_MAX: usize = 120;
/// Longest short label.
pub const LABEL_MAX: usize = validate::COMPETENCY_LABEL_MAX;
/// Longest full statement.
pub const STATEMENT_MAX: usize = validate::STATEMENT_MAX;
/// Most grade levels on one node.
pub const GRADES_MAX: usize = 16;

/// What a framework is called.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct FrameworkInput {
    /// Required, for example "Grade 6 Mathematics".
    pub title: String,
    /// Optional.
    pub subject: String,
}

impl FrameworkInput {
    /// Checks and normalizes every field.
    pub fn validate(&self) -> Result<FrameworkInput> {
        Ok(FrameworkInput {
            title: validate::text(
                "title",
                msg!("core-label-framework-title"),
                &self.title,
                true,
                LABEL_MAX,
            )?,
            subject: validate::text(
                "subject",
                msg!("core-label-subject"),
                &self.subject,
                false,
                SHORT_MAX,
            )?,
        })
    }

    /// The op fields for this (already validated) input.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("title", json!(self.title)),
            ("subject", json!(self.subject)),
        ])
    }
}

/// A framework as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkView {
    /// Its id.
    pub id: FrameworkId,
    /// Its title.
    pub title: String,
    /// Its subject, or "".
    pub subject: String,
    /// The proficiency scale its evidence uses.
    pub scale: Scale,
    /// How a level is calculated from evidence, unless a competency overrides it.
    pub method: Method,
    /// The CASE document identifier it was imported from, or "".
    pub case_identifier: String,
    /// The CASE document version it was last imported from, or "".
    pub case_version: String,
    /// Archived frameworks are hidden unless asked for.
    pub archived: bool,
    /// Live (not archived) competencies in it.
    pub competency_count: u32,
    /// A later competency's mastery credits the ones it requires (see `progressions`).
    pub credit_from_later: bool,
}

/// Whether a node groups others or is something a student masters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A strand, domain or cluster: it groups nodes below it.
    Strand,
    /// A competency: evidence is recorded against it.
    Competency,
}

impl NodeKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Strand => "strand",
            NodeKind::Competency => "competency",
        }
    }
}

/// What a teacher types to create or edit a node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NodeInput {
    /// Strand or competency.
    pub kind: NodeKind,
    /// The human code, e.g. `CCSS.Math.Content.6.RP.A.1`; optional.
    #[serde(default)]
    pub code: String,
    /// A short label for grids and cards; optional (the statement is shortened instead).
    #[serde(default)]
    pub label: String,
    /// The full statement; required.
    #[serde(default)]
    pub statement: String,
    /// Grade levels, e.g. `["06"]`.
    #[serde(default)]
    pub grade_levels: Vec<String>,
}

impl NodeInput {
    /// Checks and normalizes every field.
    pub fn validate(&self) -> Result<NodeInput> {
        let grade_levels = validate::list(
            "gradeLevels",
            msg!("core-label-grade-levels"),
            &self.grade_levels,
        )?;
        if grade_levels.len() > GRADES_MAX {
            return Err(Error::invalid(
                "gradeLevels",
                msg!("core-node-too-many-grade-levels", max = GRADES_MAX),
            ));
        }
        Ok(NodeInput {
            kind: self.kind,
            code: validate::text("code", msg!("core-label-code"), &self.code, false, CODE_MAX)?,
            label: validate::text(
                "label",
                msg!("core-label-short-label"),
                &self.label,
                false,
                LABEL_MAX,
            )?,
            statement: validate::notes(
                "statement",
                msg!("core-label-statement"),
                &self.statement,
                STATEMENT_MAX,
            )
            .and_then(|s| {
                if s.is_empty() {
                    Err(Error::invalid(
                        "statement",
                        validate::blank(msg!("core-label-statement")),
                    ))
                } else {
                    Ok(s)
                }
            })?,
            grade_levels,
        })
    }

    /// The op fields for this (already validated) input.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("kind", json!(self.kind.as_str())),
            ("code", json!(self.code)),
            ("label", json!(self.label)),
            ("statement", json!(self.statement)),
            ("grade_levels", json!(self.grade_levels)),
        ])
    }
}

/// A framework node as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NodeView {
    /// Its id.
    pub id: NodeId,
    /// The framework it belongs to.
    pub framework_id: FrameworkId,
    /// Its parent node; `None` at the top of the tree (or an orphan whose parent is gone).
    pub parent_id: Option<NodeId>,
    /// Strand or competency.
    pub kind: NodeKind,
    /// Its human code, or "".
    pub code: String,
    /// Its short label, or "".
    pub label: String,
    /// Its full statement.
    pub statement: String,
    /// Grade levels.
    pub grade_levels: Vec<String>,
    /// Its place among its siblings (smaller first).
    pub position: f64,
    /// This competency's own method, overriding the framework's; `None` inherits.
    pub method: Option<Method>,
    /// The CASE item identifier, or "".
    pub case_identifier: String,
    /// Archived nodes are hidden unless asked for.
    pub archived: bool,
}

impl NodeView {
    /// What to show in a grid header or a list: the label, else the statement shortened.
    pub fn short_label(&self) -> String {
        short_label(&self.label, &self.statement)
    }
}

/// The label if there is one, else the statement cut to 60 characters at a word.
pub fn short_label(label: &str, statement: &str) -> String {
    if !label.trim().is_empty() {
        return label.trim().to_owned();
    }
    let s = statement.trim();
    if s.chars().count() <= 60 {
        return s.to_owned();
    }
    let cut: String = s.chars().take(60).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

/// Reads a JSON method as stored in a `method` field (`null` or absent means none).
pub fn method_from_value(value: Option<&Value>) -> Result<Option<Method>> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(v) => serde_json::from_value(v.clone())
            .map(Some)
            .map_err(|e| Error::BadPayload {
                table: "method".into(),
                reason: e.to_string(),
            }),
    }
}

/// Reads a JSON scale as stored in a framework's `scale` field (absent means the default).
pub fn scale_from_value(value: Option<&Value>) -> Result<Scale> {
    match value {
        None | Some(Value::Null) => Ok(Scale::default_scale()),
        Some(v) => serde_json::from_value(v.clone()).map_err(|e| Error::BadPayload {
            table: "framework".into(),
            reason: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_needs_a_statement() {
        let n = NodeInput {
            kind: NodeKind::Competency,
            code: " 6.RP.A.1 ".into(),
            label: String::new(),
            statement: "  ".into(),
            grade_levels: vec![],
        };
        assert!(n.validate().is_err(), "a blank statement is refused");
    }

    #[test]
    fn short_labels_cut_long_statements_at_a_word() {
        assert_eq!(short_label("Ratios", "whatever"), "Ratios", "a label wins");
        let long = "Understand the concept of a ratio and use ratio language to describe a ratio relationship between two quantities.";
        let s = short_label("", long);
        assert!(s.ends_with('…'), "a cut statement says so: {s}");
        assert!(s.chars().count() <= 61, "cut to about 60 characters: {s}");
    }
}
