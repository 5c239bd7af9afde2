//! Group sets: their tables, what a teacher types to save or edit one, and its validation.
//!
//! A group set is saved per class and date with its basis (the competencies and the mode
//! it was formed on). Each group is a row, and each student's place in the set is a row of
//! its own (`group_member`), so moving a student writes one field and two laptops moving
//! different students never conflict. The engine that proposes groups is
//! [`crate::grouping`]; the rotation through stations is [`crate::rotations`].

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::messages::{Message, MessageArg};
use crate::op::{Fields, fields};
use crate::validate::{self, NAME_MAX};
use crate::{Error, Result, msg};

pub use crate::table::{GROUP_MEMBER, GROUP_SET, LEARNING_GROUP};

/// Longest group or set title.
pub const TITLE_MAX: usize = 160;
/// Longest focus or reason line.
pub const LINE_MAX: usize = 300;
/// How a group set was formed: on which competencies, in which mode, with which seed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct GroupBasis {
    /// The target competencies' ids.
    pub competency_ids: Vec<String>,
    /// Their codes, for display.
    pub competency_codes: Vec<String>,
    /// "like", "mixed" or "manual".
    pub mode: String,
    /// The seed the engine ran with.
    pub seed: u64,
}

/// One group of a set being saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct GroupInput {
    /// Its name, for example "Group 1" or "Blue".
    pub name: String,
    /// What it works on: the engine's focus (a `reason-*` message), or none.
    pub focus: Option<Message>,
    /// True for the group the teacher works with first.
    pub teacher_led: bool,
    /// A locked group is kept when groups are suggested again, and refuses moves.
    pub locked: bool,
    /// Its students.
    pub student_ids: Vec<String>,
    /// One reason per student, aligned with `student_ids` (may be shorter); `None` for none.
    pub reasons: Vec<Option<Message>>,
}

/// What a teacher saves as a group set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct GroupSetInput {
    /// The class day it is for, `YYYY-MM-DD`.
    pub date: String,
    /// Its title.
    pub title: String,
    /// What it was formed on.
    pub basis: GroupBasis,
    /// The groups, in order.
    pub groups: Vec<GroupInput>,
}

/// Most groups in one set.
pub const GROUPS_MAX: usize = 20;

impl GroupSetInput {
    /// Checks every field: a date, a title, 1 to [`GROUPS_MAX`] named groups, no student in
    /// two groups. Whether the students exist is the store's to check.
    pub fn validate(&self) -> Result<GroupSetInput> {
        let date = validate::date("date", msg!("core-label-date"), &self.date)?;
        if date.is_empty() {
            return Err(Error::invalid("date", msg!("core-group-set-needs-date")));
        }
        if self.groups.is_empty() || self.groups.len() > GROUPS_MAX {
            return Err(Error::invalid(
                "groups",
                msg!("core-group-set-size", max = GROUPS_MAX),
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        let mut groups = Vec::with_capacity(self.groups.len());
        for (i, g) in self.groups.iter().enumerate() {
            let name = validate::text(
                &format!("groups.{i}.name"),
                msg!("core-label-group-name"),
                &g.name,
                true,
                NAME_MAX,
            )?;
            for s in &g.student_ids {
                if !seen.insert(s.clone()) {
                    return Err(Error::invalid(
                        format!("groups.{i}"),
                        msg!("core-group-set-student-twice"),
                    ));
                }
            }
            let reasons = g
                .reasons
                .iter()
                .map(|r| {
                    line(
                        &format!("groups.{i}.reasons"),
                        msg!("core-label-reason"),
                        r.as_ref(),
                    )
                })
                .collect::<Result<Vec<_>>>()?;
            groups.push(GroupInput {
                name,
                focus: line(
                    &format!("groups.{i}.focus"),
                    msg!("core-label-focus"),
                    g.focus.as_ref(),
                )?,
                teacher_led: g.teacher_led,
                locked: g.locked,
                student_ids: g.student_ids.clone(),
                reasons,
            });
        }
        if groups.iter().filter(|g| g.teacher_led).count() > 1 {
            return Err(Error::invalid(
                "groups",
                msg!("core-group-set-two-teacher-groups"),
            ));
        }
        Ok(GroupSetInput {
            date,
            title: validate::text(
                "title",
                msg!("core-label-title"),
                &self.title,
                true,
                TITLE_MAX,
            )?,
            basis: self.basis.clone(),
            groups,
        })
    }
}

/// A group's name, focus and switches, as edited in place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct GroupUpdate {
    /// Its name.
    pub name: String,
    /// What it works on, as the set view gave it (the UI does not edit it).
    pub focus: Option<Message>,
    /// Locked groups are kept by "suggest again" and refuse moves.
    pub locked: bool,
    /// The group the teacher works with first.
    pub teacher_led: bool,
}

impl GroupUpdate {
    /// Checks the name and focus; the op fields for the result.
    pub fn to_fields(&self) -> Result<Fields> {
        Ok(fields([
            (
                "name",
                json!(validate::text(
                    "name",
                    msg!("core-label-group-name"),
                    &self.name,
                    true,
                    NAME_MAX
                )?),
            ),
            (
                "focus",
                stored_line(line(
                    "focus",
                    msg!("core-label-focus"),
                    self.focus.as_ref(),
                )?),
            ),
            ("locked", json!(self.locked)),
            ("teacher_led", json!(self.teacher_led)),
        ]))
    }
}

/// A focus or reason as saved: text with no id (what an older version saved, or a
/// teacher's own words) is checked like any line of text; a message from the catalog is kept.
fn line(field: &str, label: Message, m: Option<&Message>) -> Result<Option<Message>> {
    let Some(m) = m else {
        return Ok(None);
    };
    if !m.is_untranslated() {
        return Ok(Some(m.clone()));
    }
    let text = match m.args.get("text") {
        Some(MessageArg::Text(t)) => t.as_str(),
        _ => "",
    };
    let text = validate::text(field, label, text, false, LINE_MAX)?;
    Ok((!text.is_empty()).then(|| Message::untranslated(text)))
}

/// A focus or reason as an op field: the message as JSON (so each reader sees it in their
/// own language), or the empty text for none, as before messages.
pub fn stored_line(m: Option<Message>) -> Value {
    match m {
        // A message is strings and numbers keyed by strings: it always encodes.
        Some(m) => serde_json::to_value(m).unwrap_or_else(|_| json!("")),
        None => json!(""),
    }
}

/// A stored focus or reason back as a message: JSON from [`stored_line`], or text saved
/// before messages (shown as it is); `None` for the empty text.
pub fn read_line(stored: &str) -> Option<Message> {
    if stored.is_empty() {
        return None;
    }
    Some(
        serde_json::from_str::<Message>(stored)
            .unwrap_or_else(|_| Message::untranslated(stored.to_owned())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_set_refuses_a_student_in_two_groups_and_two_teacher_groups() {
        let group = |name: &str, ids: &[&str], teacher_led: bool| GroupInput {
            name: name.into(),
            teacher_led,
            student_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
            ..GroupInput::default()
        };
        let set = |groups| GroupSetInput {
            date: "2026-11-24".into(),
            title: "Ratios".into(),
            basis: GroupBasis::default(),
            groups,
        };
        assert!(
            set(vec![group("A", &["s1"], true), group("B", &["s2"], false)])
                .validate()
                .is_ok(),
            "disjoint groups with one teacher-led group are fine"
        );
        assert!(
            set(vec![group("A", &["s1"], false), group("B", &["s1"], false)])
                .validate()
                .is_err(),
            "a student in two groups of a set is refused"
        );
        assert!(
            set(vec![group("A", &["s1"], true), group("B", &["s2"], true)])
                .validate()
                .is_err(),
            "two teacher-led groups are refused"
        );
        assert!(set(vec![]).validate().is_err(), "a set needs a group");
    }

    #[test]
    fn a_focus_is_stored_as_its_message_and_old_text_still_reads() {
        let focus = crate::msg!("reason-focus-mixed", code = "6.RP.A.1");
        let stored = stored_line(Some(focus.clone()));
        let column = stored.to_string();
        assert_eq!(
            read_line(&column),
            Some(focus),
            "a saved focus comes back as the same message, for each reader's language"
        );
        assert_eq!(
            read_line("Reteach 6.RP.A.1"),
            Some(Message::untranslated("Reteach 6.RP.A.1")),
            "a focus saved as English text before messages is shown as it was"
        );
        assert_eq!(read_line(""), None, "the empty text is no focus");
        assert_eq!(stored_line(None), json!(""), "no focus is stored as before");
    }
}
