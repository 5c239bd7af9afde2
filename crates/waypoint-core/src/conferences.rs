//! Conference records: what the teacher types (attendees, notes, next steps, follow-ups),
//! its checks, and the record as the UI shows it.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::goals::STEP_MAX;
use crate::ids::{ConferenceId, StudentId};
use crate::messages::Message;
use crate::op::{Fields, fields};
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::CONFERENCE;

/// Most people at a conference.
pub const ATTENDEES_MAX: usize = 12;
/// Longest conference notes.
pub const CONFERENCE_NOTES_MAX: usize = 8000;
/// Most next steps or follow-ups on a conference.
pub const CONFERENCE_ITEMS_MAX: usize = 20;

/// A list of one-line items (steps, names): trimmed, blanks dropped, at most `max_items`
/// of at most `max_len` characters. Errors name `field.i` for an item, `field` for the count.
fn items(
    field: &str,
    label: Message,
    values: &[String],
    max_len: usize,
    max_items: usize,
) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let v = validate::text(&format!("{field}.{i}"), label.clone(), v, false, max_len)?;
        if !v.is_empty() {
            out.push(v);
        }
    }
    if out.len() > max_items {
        return Err(Error::invalid(
            field,
            msg!("core-too-many-items", max = max_items, count = out.len()),
        ));
    }
    Ok(out)
}

/// A conference record as typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ConferenceInput {
    /// `YYYY-MM-DD`, required.
    pub date: String,
    /// Who was there, by name.
    #[serde(default)]
    pub attendees: Vec<String>,
    /// What was said; may span lines.
    #[serde(default)]
    pub notes: String,
    /// What the student does next.
    #[serde(default)]
    pub next_steps: Vec<String>,
    /// What the adults follow up on.
    #[serde(default)]
    pub follow_ups: Vec<String>,
    /// Led by the student.
    #[serde(default)]
    pub student_led: bool,
}

impl ConferenceInput {
    /// Checks and normalizes every field; blank names and items are dropped.
    pub fn validate(&self) -> Result<ConferenceInput> {
        Ok(ConferenceInput {
            date: validate::required_date("date", msg!("core-label-date"), &self.date)?,
            attendees: items(
                "attendees",
                msg!("core-label-a-name"),
                &self.attendees,
                validate::NAME_MAX,
                ATTENDEES_MAX,
            )?,
            notes: validate::notes(
                "notes",
                msg!("core-label-notes"),
                &self.notes,
                CONFERENCE_NOTES_MAX,
            )?,
            next_steps: items(
                "nextSteps",
                msg!("core-label-a-next-step"),
                &self.next_steps,
                STEP_MAX,
                CONFERENCE_ITEMS_MAX,
            )?,
            follow_ups: items(
                "followUps",
                msg!("core-label-a-follow-up"),
                &self.follow_ups,
                STEP_MAX,
                CONFERENCE_ITEMS_MAX,
            )?,
            student_led: self.student_led,
        })
    }

    /// The op fields for this (already validated) input; the store adds `student_id`.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("date", json!(self.date)),
            ("attendees", json!(self.attendees)),
            ("notes", json!(self.notes)),
            ("next_steps", json!(self.next_steps)),
            ("follow_ups", json!(self.follow_ups)),
            ("student_led", json!(self.student_led)),
        ])
    }
}

/// A conference record as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ConferenceView {
    /// Its id.
    pub id: ConferenceId,
    /// The student.
    pub student_id: StudentId,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Who was there.
    pub attendees: Vec<String>,
    /// What was said.
    pub notes: String,
    /// What the student does next.
    pub next_steps: Vec<String>,
    /// What the adults follow up on.
    pub follow_ups: Vec<String>,
    /// Led by the student.
    pub student_led: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::err_of;

    #[test]
    fn a_conference_drops_blanks_and_keeps_limits() {
        let c = ConferenceInput {
            date: "2026-03-02".into(),
            attendees: vec![" Ana ".into(), "".into(), "Ms. Ortiz".into()],
            notes: "Talked.\nAgreed.".into(),
            next_steps: vec!["Read".into(), " ".into()],
            follow_ups: vec![],
            student_led: true,
        };
        let v = c.validate().expect("a conference is valid");
        assert_eq!(
            v.attendees,
            ["Ana", "Ms. Ortiz"],
            "names trimmed, blanks dropped"
        );
        assert_eq!(v.next_steps, ["Read"], "blank steps dropped");
        let crowd = ConferenceInput {
            attendees: (0..=ATTENDEES_MAX).map(|i| format!("P{i}")).collect(),
            ..c.clone()
        };
        assert_eq!(err_of(crowd.validate()).0, "attendees", "at most 12 people");
        let many = ConferenceInput {
            follow_ups: (0..=CONFERENCE_ITEMS_MAX)
                .map(|i| format!("F{i}"))
                .collect(),
            ..c.clone()
        };
        assert_eq!(
            err_of(many.validate()).0,
            "followUps",
            "at most 20 follow-ups"
        );
        let long = ConferenceInput {
            notes: "x".repeat(CONFERENCE_NOTES_MAX + 1),
            ..c.clone()
        };
        assert_eq!(err_of(long.validate()).0, "notes", "notes have a limit");
        let undated = ConferenceInput {
            date: String::new(),
            ..c
        };
        assert_eq!(
            err_of(undated.validate()).0,
            "date",
            "a conference is dated"
        );
    }
}
