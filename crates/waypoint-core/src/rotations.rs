//! Stations and rotation plans: their tables, what a teacher types for a station or a
//! rotation and its validation, and the station rotation rule: which station each group is
//! at in each round, and the checks a hand-edited plan must pass.
//!
//! A rotation plan keeps its cells per group id: for each group, the station it is at in
//! each round.
//!
//! # The rule
//!
//! There are as many rounds as stations, and every group visits every station exactly
//! once. Groups are ranked by need: the teacher-led group first, then by the mean level of
//! their members on the set's competencies, lowest first (groups with no levels keep their
//! order, after those with levels). With stations listed `0..S` and the teacher-led station
//! at `t` (the first station of kind teacher-led, else the first station), the group of rank
//! `k` is at station `(t + r − k) mod S` in round `r`. So:
//!
//! - the group of rank `k` is at the teacher-led station in round `k`: the neediest go first;
//! - with as many groups as stations, each round is a permutation (a Latin square);
//! - with fewer groups than stations, some stations are empty each round;
//! - with more groups than stations, groups `k` and `k + S` share a station in every
//!   round, which is only allowed within the station's capacity; otherwise the plan is
//!   refused with a message naming the round, the station and the groups.
//!
//! A hand edit may send a group to any station (or none) in a round, as long as no group
//! visits a station twice and no station holds more students than its capacity in any round.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::messages::Message;
use crate::op::{Fields, fields};
use crate::validate::{self, NAME_MAX, NOTES_MAX};
use crate::{Error, Result, msg};

pub use crate::table::{ROTATION_PLAN, STATION};

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
                msg!("core-station-capacity", max = CAPACITY_MAX),
            ));
        }
        Ok(StationInput {
            name: validate::text(
                "name",
                msg!("core-label-station-name"),
                &self.name,
                true,
                NAME_MAX,
            )?,
            kind: self.kind,
            capacity: self.capacity,
            materials: validate::notes(
                "materials",
                msg!("core-label-materials"),
                &self.materials,
                NOTES_MAX,
            )?,
            instructions: validate::notes(
                "instructions",
                msg!("core-label-instructions"),
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
        let date = validate::date("date", msg!("core-label-date"), &self.date)?;
        if date.is_empty() {
            return Err(Error::invalid("date", msg!("core-rotation-needs-date")));
        }
        if self.station_ids.is_empty() || self.station_ids.len() > STATIONS_MAX {
            return Err(Error::invalid(
                "stationIds",
                msg!("core-rotation-station-count", max = STATIONS_MAX),
            ));
        }
        let mut unique = self.station_ids.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != self.station_ids.len() {
            return Err(Error::invalid(
                "stationIds",
                msg!("core-rotation-station-twice"),
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
            msg!("core-rotation-block-minutes", max = BLOCK_MAX),
        ));
    }
    if transition > TRANSITION_MAX {
        return Err(Error::invalid(
            "transitionMinutes",
            msg!("core-rotation-transition-minutes", max = TRANSITION_MAX),
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

/// A group as the rule sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RotationGroup {
    /// For messages, e.g. "Group 2".
    pub name: String,
    /// How many students.
    pub size: usize,
    /// The group the teacher works with first.
    pub teacher_led: bool,
    /// Mean level of its members on the set's competencies; lower means more need.
    pub need: Option<f64>,
}

/// A station as the rule sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RotationStation {
    /// For messages.
    pub name: String,
    /// Its kind; the first teacher-led station anchors the rotation.
    pub kind: StationKind,
    /// Most students at once.
    pub capacity: Option<u32>,
}

/// Per group (in the given order), the station index it is at in each round, or `None`.
pub type Cells = Vec<Vec<Option<usize>>>;

/// A plan made by the rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// `cells[group][round]`.
    pub cells: Cells,
    /// The rule, in one sentence a teacher reads under the chart (a `reason-rotation-*`
    /// message).
    pub rule: Message,
}

/// The groups' ranks: teacher-led first, then known need lowest first, then the rest, each
/// in their given order. `ranks[i]` is group `i`'s rank.
pub fn need_ranks(groups: &[RotationGroup]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by(|&a, &b| {
        let (ga, gb) = (&groups[a], &groups[b]);
        gb.teacher_led
            .cmp(&ga.teacher_led)
            .then_with(|| match (ga.need, gb.need) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then(a.cmp(&b))
    });
    let mut ranks = vec![0; groups.len()];
    for (rank, &g) in order.iter().enumerate() {
        ranks[g] = rank;
    }
    ranks
}

/// Builds the plan by the rule in the module doc, or says why the stations can't hold the
/// groups.
pub fn plan(groups: &[RotationGroup], stations: &[RotationStation]) -> Result<Plan> {
    if groups.is_empty() {
        return Err(Error::invalid(
            "groupSetId",
            msg!("core-rotation-no-groups"),
        ));
    }
    if stations.is_empty() {
        return Err(Error::invalid(
            "stationIds",
            msg!("core-rotation-no-stations"),
        ));
    }
    let s = stations.len();
    let t = stations
        .iter()
        .position(|st| st.kind == StationKind::TeacherLed)
        .unwrap_or(0);
    let ranks = need_ranks(groups);
    let cells: Cells = ranks
        .iter()
        .map(|&k| {
            (0..s)
                .map(|r| Some((t + r + s * (k / s + 1) - k) % s))
                .collect()
        })
        .collect();
    check(groups, stations, &cells)?;
    let first = ranks
        .iter()
        .position(|&k| k == 0)
        .map_or("", |g| groups[g].name.as_str());
    let anchor = &stations[t].name;
    let g = groups.len();
    let rule = if g == s {
        msg!("reason-rotation-one-each", first = first, anchor = anchor)
    } else if g < s {
        msg!(
            "reason-rotation-some-empty",
            groups = g,
            stations = s,
            empty = s - g,
            first = first,
            anchor = anchor
        )
    } else {
        msg!(
            "reason-rotation-shared",
            groups = g,
            stations = s,
            first = first,
            anchor = anchor
        )
    };
    Ok(Plan { cells, rule })
}

/// Checks a plan: shapes agree, every station index exists, no group visits a station
/// twice, and no station holds more than its capacity in any round.
pub fn check(groups: &[RotationGroup], stations: &[RotationStation], cells: &Cells) -> Result<()> {
    if cells.len() != groups.len() {
        return Err(Error::invalid("cells", msg!("core-rotation-plan-groups")));
    }
    let rounds = cells.first().map_or(0, Vec::len);
    for (g, row) in cells.iter().enumerate() {
        if row.len() != rounds {
            return Err(Error::invalid("cells", msg!("core-rotation-plan-rounds")));
        }
        let mut seen = vec![false; stations.len()];
        for &cell in row {
            let Some(st) = cell else { continue };
            let Some(slot) = seen.get_mut(st) else {
                return Err(Error::invalid(
                    "cells",
                    msg!("core-rotation-plan-unknown-station"),
                ));
            };
            if *slot {
                return Err(Error::invalid(
                    "cells",
                    msg!(
                        "core-rotation-plan-visit-twice",
                        group = groups[g].name.as_str(),
                        station = stations[st].name.as_str()
                    ),
                ));
            }
            *slot = true;
        }
    }
    for r in 0..rounds {
        let round: Vec<Option<usize>> = cells.iter().map(|row| row[r]).collect();
        for (st, station) in stations.iter().enumerate() {
            let at: Vec<usize> = (0..groups.len())
                .filter(|&g| round[g] == Some(st))
                .collect();
            let students: usize = at.iter().map(|&g| groups[g].size).sum();
            if let Some(cap) = station.capacity
                && students > cap as usize
            {
                let names: Vec<&str> = at.iter().map(|&g| groups[g].name.as_str()).collect();
                return Err(Error::invalid(
                    "cells",
                    msg!(
                        "core-rotation-plan-over-capacity",
                        round = r + 1,
                        station = station.name.as_str(),
                        capacity = cap,
                        groups = validate::name_list(&names),
                        students = students
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// "A", "A and B", "A, B and C".
pub fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn groups(n: usize, size: usize) -> Vec<RotationGroup> {
        (0..n)
            .map(|i| RotationGroup {
                name: format!("Group {}", i + 1),
                size,
                teacher_led: false,
                need: Some(i as f64),
            })
            .collect()
    }

    fn stations(n: usize, teacher_at: usize, capacity: Option<u32>) -> Vec<RotationStation> {
        (0..n)
            .map(|i| RotationStation {
                name: format!("Station {}", i + 1),
                kind: if i == teacher_at {
                    StationKind::TeacherLed
                } else {
                    StationKind::Independent
                },
                capacity,
            })
            .collect()
    }

    proptest! {
        #[test]
        fn equal_counts_give_a_latin_square_with_the_neediest_first(
            n in 1usize..9, teacher in 0usize..9, needs in proptest::collection::vec(0.0f64..4.0, 9),
        ) {
            let teacher = teacher % n;
            let mut gs = groups(n, 4);
            for (g, need) in gs.iter_mut().zip(&needs) {
                g.need = Some(*need);
            }
            let p = plan(&gs, &stations(n, teacher, Some(6))).expect("equal counts always fit");
            for r in 0..n {
                let mut round: Vec<usize> = p.cells.iter().map(|row| row[r].expect("no empty cell")).collect();
                round.sort_unstable();
                prop_assert_eq!(round, (0..n).collect::<Vec<_>>(), "each round uses every station once");
            }
            for row in &p.cells {
                let mut visits: Vec<usize> = row.iter().map(|c| c.expect("no empty cell")).collect();
                visits.sort_unstable();
                prop_assert_eq!(visits, (0..n).collect::<Vec<_>>(), "each group visits every station once");
            }
            let ranks = need_ranks(&gs);
            for (g, row) in p.cells.iter().enumerate() {
                prop_assert_eq!(row[ranks[g]], Some(teacher), "rank k is with the teacher in round k");
            }
        }

        #[test]
        fn any_counts_visit_every_station_once_and_respect_capacity(
            g in 1usize..10, s in 1usize..8, size in 1usize..7, cap in proptest::option::of(1u32..14),
        ) {
            let gs = groups(g, size);
            let st = stations(s, 0, cap);
            match plan(&gs, &st) {
                Ok(p) => {
                    prop_assert!(check(&gs, &st, &p.cells).is_ok(), "a plan the rule makes passes its own check");
                    for row in &p.cells {
                        prop_assert_eq!(row.len(), s, "as many rounds as stations");
                        let mut visits: Vec<usize> = row.iter().flatten().copied().collect();
                        visits.sort_unstable();
                        prop_assert_eq!(visits, (0..s).collect::<Vec<_>>(), "every station once");
                    }
                }
                Err(e) => {
                    prop_assert!(cap.is_some(), "only a capacity can make the rule fail: {e}");
                    prop_assert!(e.to_string().contains("holds up to"), "the refusal names the capacity: {e}");
                }
            }
        }
    }

    #[test]
    fn the_teacher_led_group_goes_first_whatever_its_need() {
        let mut gs = groups(3, 4);
        gs[2].teacher_led = true;
        assert_eq!(
            need_ranks(&gs),
            vec![1, 2, 0],
            "teacher-led first, then by need"
        );
        let p = plan(&gs, &stations(3, 1, None)).expect("fits");
        assert_eq!(
            p.cells[2][0],
            Some(1),
            "the teacher-led group starts at the teacher station"
        );
        assert!(
            crate::messages::english(&p.rule).contains("Group 3"),
            "the rule names who starts with the teacher: {}",
            p.rule
        );
        assert_eq!(
            p.rule.id, "reason-rotation-one-each",
            "three groups at three stations: one group per station, as a catalog message"
        );
        let fewer = plan(&groups(2, 5), &stations(3, 0, None)).expect("fits");
        assert_eq!(
            crate::messages::english(&fewer.rule),
            "Every group visits every station once; with 2 groups and 3 stations, 1 station is empty each round. Group 1 starts at Station 1.",
            "the English is the sentence the chart always showed"
        );
    }

    #[test]
    fn a_hand_edit_that_repeats_a_station_or_overfills_one_is_refused() {
        let gs = groups(2, 5);
        let st = stations(2, 0, Some(6));
        let twice: Cells = vec![vec![Some(0), Some(0)], vec![Some(1), None]];
        let err = check(&gs, &st, &twice).expect_err("a repeat is refused");
        assert!(
            err.to_string().contains("twice"),
            "the message says why: {err}"
        );
        let crowded: Cells = vec![vec![Some(0), Some(1)], vec![Some(0), Some(1)]];
        let err = check(&gs, &st, &crowded).expect_err("10 students at a 6-seat station");
        assert!(
            err.to_string()
                .contains("Group 1 and Group 2 would bring 10 students"),
            "the message names the groups and the count: {err}"
        );
        let fine: Cells = vec![vec![Some(0), None], vec![Some(1), Some(0)]];
        assert!(check(&gs, &st, &fine).is_ok(), "a free round is allowed");
    }

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
