//! Group sets, stations and rotation plans: their tables, what a teacher types for each, and
//! its validation.
//!
//! A group set is saved per class and date with its basis (the competencies and the mode
//! it was formed on). Each group is a row, and each student's place in the set is a row of
//! its own (`group_member`), so moving a student writes one field and two laptops moving
//! different students never conflict. A rotation plan keeps its cells per group id: for
//! each group, the station it is at in each round (see [`crate::rotation`]).

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::op::{Fields, fields};
use crate::validate::{self, NAME_MAX, NOTES_MAX};
use crate::{Error, Result};

pub use crate::table::{GROUP_MEMBER, GROUP_SET, LEARNING_GROUP, ROTATION_PLAN, STATION};

/// Longest group or set title.
pub const TITLE_MAX: usize = 160;
/// Longest focus or reason line.
pub const LINE_MAX: usize = 300;
/// Most students a station can be said to hold.
pub const CAPACITY_MAX: u32 = 200;
/// Longest block of work, in minutes.
pub const BLOCK_MAX: u32 = 180;
/// Longest transition, in minutes.
pub const TRANSITION_MAX: u32 = 30;
/// Most stations in one rotation.
pub const STATIONS_MAX: usize = 12;

/// What kind of station it is. The teacher-led station is where targeted instruction
/// happens, so the rotation rule sends the neediest groups there first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum StationKind {
    /// With the teacher: targeted instruction.
    TeacherLed,
    /// Students work together.
    Collaborative,
    /// Students work on their own.
    Independent,
    /// On a device.
    Online,
    /// Anything else.
    Custom,
}

impl StationKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            StationKind::TeacherLed => "teacher_led",
            StationKind::Collaborative => "collaborative",
            StationKind::Independent => "independent",
            StationKind::Online => "online",
            StationKind::Custom => "custom",
        }
    }

    /// Parses the stored name; anything unknown reads as custom (a newer laptop's kind).
    pub fn parse(s: &str) -> StationKind {
        match s {
            "teacher_led" => StationKind::TeacherLed,
            "collaborative" => StationKind::Collaborative,
            "independent" => StationKind::Independent,
            "online" => StationKind::Online,
            _ => StationKind::Custom,
        }
    }

    /// How a teacher reads it.
    pub fn label(self) -> &'static str {
        match self {
            StationKind::TeacherLed => "Teacher-led",
            StationKind::Collaborative => "Collaborative",
            StationKind::Independent => "Independent",
            StationKind::Online => "Online",
            StationKind::Custom => "Custom",
        }
    }
}

/// What a teacher types to create or edit a station.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StationInput {
    /// Required, for example "Teacher table".
    pub name: String,
    /// The kind.
    pub kind: StationKind,
    /// Most students at once; `None` for no limit.
    pub capacity: Option<u32>,
    /// What is on the table.
    #[serde(default)]
    pub materials: String,
    /// What students do there.
    #[serde(default)]
    pub instructions: String,
}

impl StationInput {
    /// Checks and normalizes every field.
    pub fn validate(&self) -> Result<StationInput> {
        if let Some(c) = self.capacity
            && !(1..=CAPACITY_MAX).contains(&c)
        {
            return Err(Error::invalid(
                "capacity",
                format!(
                    "Capacity must be between 1 and {CAPACITY_MAX} students, or blank for no limit."
                ),
            ));
        }
        Ok(StationInput {
            name: validate::text("name", "Station name", &self.name, true, NAME_MAX)?,
            kind: self.kind,
            capacity: self.capacity,
            materials: validate::notes("materials", "Materials", &self.materials, NOTES_MAX)?,
            instructions: validate::notes(
                "instructions",
                "Instructions",
                &self.instructions,
                NOTES_MAX,
            )?,
        })
    }

    /// The op fields for this (already validated) input.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("name", json!(self.name)),
            ("kind", json!(self.kind.as_str())),
            ("capacity", self.capacity.map_or(Value::Null, |c| json!(c))),
            ("materials", json!(self.materials)),
            ("instructions", json!(self.instructions)),
        ])
    }
}

/// A station as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StationView {
    /// Its id.
    pub id: String,
    /// Its class.
    pub class_id: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: StationKind,
    /// Most students at once, `None` for no limit.
    pub capacity: Option<u32>,
    /// What is on the table.
    pub materials: String,
    /// What students do there.
    pub instructions: String,
    /// Archived stations are not offered for new rotations.
    pub archived: bool,
}

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
    /// What it works on.
    pub focus: String,
    /// True for the group the teacher works with first.
    pub teacher_led: bool,
    /// A locked group is kept when groups are suggested again, and refuses moves.
    pub locked: bool,
    /// Its students.
    pub student_ids: Vec<String>,
    /// One reason per student, aligned with `student_ids` (may be shorter).
    pub reasons: Vec<String>,
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
        let date = validate::date("date", "Date", &self.date)?;
        if date.is_empty() {
            return Err(Error::invalid(
                "date",
                "Choose the day these groups are for.",
            ));
        }
        if self.groups.is_empty() || self.groups.len() > GROUPS_MAX {
            return Err(Error::invalid(
                "groups",
                format!("A group set has 1 to {GROUPS_MAX} groups."),
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        let mut groups = Vec::with_capacity(self.groups.len());
        for (i, g) in self.groups.iter().enumerate() {
            let name = validate::text(
                &format!("groups.{i}.name"),
                "Group name",
                &g.name,
                true,
                NAME_MAX,
            )?;
            for s in &g.student_ids {
                if !seen.insert(s.clone()) {
                    return Err(Error::invalid(
                        format!("groups.{i}"),
                        "A student can be in only one group of a set.",
                    ));
                }
            }
            let reasons = g
                .reasons
                .iter()
                .map(|r| {
                    validate::text(&format!("groups.{i}.reasons"), "Reason", r, false, LINE_MAX)
                })
                .collect::<Result<Vec<_>>>()?;
            groups.push(GroupInput {
                name,
                focus: validate::text(
                    &format!("groups.{i}.focus"),
                    "Focus",
                    &g.focus,
                    false,
                    LINE_MAX,
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
                "Only one group can be the teacher-led group.",
            ));
        }
        Ok(GroupSetInput {
            date,
            title: validate::text("title", "Title", &self.title, true, TITLE_MAX)?,
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
    /// What it works on.
    pub focus: String,
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
                    "Group name",
                    &self.name,
                    true,
                    NAME_MAX
                )?),
            ),
            (
                "focus",
                json!(validate::text(
                    "focus",
                    "Focus",
                    &self.focus,
                    false,
                    LINE_MAX
                )?),
            ),
            ("locked", json!(self.locked)),
            ("teacher_led", json!(self.teacher_led)),
        ]))
    }
}

/// What a teacher chooses to build a rotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct RotationInput {
    /// The class day, `YYYY-MM-DD`.
    pub date: String,
    /// The groups that rotate.
    pub group_set_id: String,
    /// The stations, in the order they are listed.
    pub station_ids: Vec<String>,
    /// Minutes of work at each station.
    pub block_minutes: u32,
    /// Minutes to move between stations.
    pub transition_minutes: u32,
}

impl RotationInput {
    /// Checks the date, the station count and the timing.
    pub fn validate(&self) -> Result<RotationInput> {
        let date = validate::date("date", "Date", &self.date)?;
        if date.is_empty() {
            return Err(Error::invalid("date", "Choose the day of this rotation."));
        }
        if self.station_ids.is_empty() || self.station_ids.len() > STATIONS_MAX {
            return Err(Error::invalid(
                "stationIds",
                format!("Choose 1 to {STATIONS_MAX} stations."),
            ));
        }
        let mut unique = self.station_ids.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != self.station_ids.len() {
            return Err(Error::invalid(
                "stationIds",
                "Each station can be chosen once.",
            ));
        }
        check_timing(self.block_minutes, self.transition_minutes)?;
        Ok(RotationInput {
            date,
            ..self.clone()
        })
    }
}

/// Block minutes 1..=[`BLOCK_MAX`], transition minutes 0..=[`TRANSITION_MAX`].
pub fn check_timing(block: u32, transition: u32) -> Result<()> {
    if !(1..=BLOCK_MAX).contains(&block) {
        return Err(Error::invalid(
            "blockMinutes",
            format!("A block is 1 to {BLOCK_MAX} minutes."),
        ));
    }
    if transition > TRANSITION_MAX {
        return Err(Error::invalid(
            "transitionMinutes",
            format!("A transition is 0 to {TRANSITION_MAX} minutes."),
        ));
    }
    Ok(())
}

/// A name shortened for the projector and wall charts: the first name and the family name's
/// initial ("Ana R."), or the first name alone when there is no family name.
pub fn short_name(preferred_or_given: &str, family: &str) -> String {
    let first = preferred_or_given.trim();
    match family.trim().chars().next() {
        Some(initial) => format!("{first} {}.", initial.to_uppercase()),
        None => first.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn station(capacity: Option<u32>) -> StationInput {
        StationInput {
            name: "  Teacher table ".into(),
            kind: StationKind::TeacherLed,
            capacity,
            materials: String::new(),
            instructions: "Bring your notebook".into(),
        }
    }

    #[test]
    fn a_station_is_trimmed_and_its_capacity_checked() {
        let ok = station(Some(6))
            .validate()
            .expect("a plain station is valid");
        assert_eq!(ok.name, "Teacher table", "names are trimmed");
        assert!(
            station(Some(0)).validate().is_err(),
            "a station holding nobody makes no sense"
        );
        assert!(
            station(None).validate().is_ok(),
            "no capacity means no limit"
        );
        assert_eq!(
            ok.to_fields()["kind"],
            json!("teacher_led"),
            "the kind is stored by its snake_case name"
        );
    }

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
    fn rotation_timing_and_stations_are_checked() {
        let input = RotationInput {
            date: "2026-11-24".into(),
            group_set_id: "g".into(),
            station_ids: vec!["a".into(), "b".into()],
            block_minutes: 15,
            transition_minutes: 2,
        };
        assert!(input.validate().is_ok(), "a plain rotation is valid");
        let twice = RotationInput {
            station_ids: vec!["a".into(), "a".into()],
            ..input.clone()
        };
        assert!(
            twice.validate().is_err(),
            "a station chosen twice is refused"
        );
        let long = RotationInput {
            block_minutes: 0,
            ..input
        };
        assert!(long.validate().is_err(), "a zero-minute block is refused");
    }

    #[test]
    fn short_names_are_first_name_and_initial() {
        assert_eq!(
            short_name("Ana", "ruiz"),
            "Ana R.",
            "initial is upper-cased"
        );
        assert_eq!(short_name("Ana", ""), "Ana", "no family name, no initial");
        assert_eq!(short_name("Émile", "Ørsted"), "Émile Ø.", "any alphabet");
    }
}
