//! Students' goals and their check-ins: what a teacher or student types, the checks it
//! must pass, the goal as the UI shows it, and when a goal is overdue or stale (from a
//! today that is passed in).
//!
//! A check-in is a row of its own, so a student's check-in in student mode and a teacher's
//! on another laptop never touch the same field.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::author::Author;
use crate::ids::{CheckInId, GoalId, StudentId};
use crate::op::{Fields, fields};
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::{GOAL, GOAL_CHECKIN};

/// Longest goal title.
pub const GOAL_TITLE_MAX: usize = 160;
/// Longest "why it matters".
pub const WHY_MAX: usize = 2000;
/// Most steps in a goal.
pub const STEPS_MAX: usize = 20;
/// Longest step.
pub const STEP_MAX: usize = 300;
/// Most competencies a goal is about.
pub const GOAL_COMPETENCIES_MAX: usize = 20;
/// Most learner-profile links on a goal.
pub const PROFILE_LINKS_MAX: usize = 10;
/// Longest check-in note.
pub const CHECK_IN_NOTE_MAX: usize = 2000;
/// A goal with no check-in (or creation) for more than this many days is stale.
pub const STALE_DAYS: i64 = 14;

/// Where a goal stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    /// Being worked on.
    #[default]
    Active,
    /// Reached.
    Met,
    /// Finished without being reached.
    NotMet,
    /// Set aside.
    Dropped,
}

impl GoalStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Met => "met",
            GoalStatus::NotMet => "not_met",
            GoalStatus::Dropped => "dropped",
        }
    }

    /// Parses the stored name; anything unknown (a newer laptop's status) reads as active,
    /// so the goal stays in view rather than silently disappearing from the overview.
    pub fn parse(s: &str) -> GoalStatus {
        match s {
            "met" => GoalStatus::Met,
            "not_met" => GoalStatus::NotMet,
            "dropped" => GoalStatus::Dropped,
            _ => GoalStatus::Active,
        }
    }
}

/// What a teacher or student types to create or edit a goal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalInput {
    /// Required, for example "Explain ratios with a table".
    pub title: String,
    /// Why it matters, in the student's words; may span lines.
    #[serde(default)]
    pub why: String,
    /// The steps, in order; blanks are dropped.
    #[serde(default)]
    pub steps: Vec<String>,
    /// `YYYY-MM-DD` or "".
    #[serde(default)]
    pub target_date: String,
    /// Where it stands.
    #[serde(default)]
    pub status: GoalStatus,
    /// Competencies the goal is about (the store checks they exist).
    #[serde(default)]
    pub competency_ids: Vec<String>,
    /// Interests or career goals from the learner profile it connects to, by their text.
    #[serde(default)]
    pub profile_links: Vec<String>,
}

impl GoalInput {
    /// Checks and normalizes every field: texts trimmed, blank steps, ids and links
    /// dropped, repeated ids and links dropped, and the limits applied.
    pub fn validate(&self) -> Result<GoalInput> {
        let mut steps = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let s = validate::text(
                &format!("steps.{i}"),
                msg!("core-label-a-step"),
                step,
                false,
                STEP_MAX,
            )?;
            if !s.is_empty() {
                steps.push(s);
            }
        }
        if steps.len() > STEPS_MAX {
            return Err(Error::invalid(
                "steps",
                msg!(
                    "core-goal-too-many-steps",
                    max = STEPS_MAX,
                    count = steps.len()
                ),
            ));
        }
        let competency_ids = distinct_ids(&self.competency_ids);
        if competency_ids.len() > GOAL_COMPETENCIES_MAX {
            return Err(Error::invalid(
                "competencyIds",
                msg!(
                    "core-goal-too-many-competencies",
                    max = GOAL_COMPETENCIES_MAX
                ),
            ));
        }
        let mut profile_links: Vec<String> = Vec::new();
        for (i, link) in self.profile_links.iter().enumerate() {
            let l = validate::text(
                &format!("profileLinks.{i}"),
                msg!("core-label-a-learner-profile-link"),
                link,
                false,
                validate::ITEM_MAX,
            )?;
            if !l.is_empty() && !profile_links.contains(&l) {
                profile_links.push(l);
            }
        }
        if profile_links.len() > PROFILE_LINKS_MAX {
            return Err(Error::invalid(
                "profileLinks",
                msg!("core-goal-too-many-profile-links", max = PROFILE_LINKS_MAX),
            ));
        }
        Ok(GoalInput {
            title: validate::text(
                "title",
                msg!("core-label-title"),
                &self.title,
                true,
                GOAL_TITLE_MAX,
            )?,
            why: validate::notes("why", msg!("core-label-why-it-matters"), &self.why, WHY_MAX)?,
            steps,
            target_date: validate::date(
                "targetDate",
                msg!("core-label-target-date"),
                &self.target_date,
            )?,
            status: self.status,
            competency_ids,
            profile_links,
        })
    }

    /// The op fields for this (already validated) input. The store adds `student_id` and
    /// `created_date` on create.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("title", json!(self.title)),
            ("why", json!(self.why)),
            ("steps", json!(self.steps)),
            ("target_date", json!(self.target_date)),
            ("status", json!(self.status.as_str())),
            ("competency_ids", json!(self.competency_ids)),
            ("profile_links", json!(self.profile_links)),
        ])
    }
}

/// Ids trimmed, blanks and repeats dropped, order kept.
fn distinct_ids(ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        let id = id.trim();
        if !id.is_empty() && !out.iter().any(|seen| seen == id) {
            out.push(id.to_owned());
        }
    }
    out
}

/// A check-in on a goal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CheckInInput {
    /// `YYYY-MM-DD`, required.
    pub date: String,
    /// How far along, 0–100. A float so that a slider's 42.0 is accepted and rounded.
    pub progress: f64,
    /// What happened; may span lines.
    #[serde(default)]
    pub note: String,
    /// Who checked in.
    #[serde(default)]
    pub author: Author,
}

impl CheckInInput {
    /// Checks every field; the progress is rounded to a whole percent.
    pub fn validate(&self) -> Result<CheckInInput> {
        if !self.progress.is_finite() || !(0.0..=100.0).contains(&self.progress) {
            return Err(Error::invalid(
                "progress",
                msg!("core-goal-progress", min = 0, max = 100),
            ));
        }
        Ok(CheckInInput {
            date: validate::required_date("date", msg!("core-label-date"), &self.date)?,
            progress: self.progress.round(),
            note: validate::notes(
                "note",
                msg!("core-label-note"),
                &self.note,
                CHECK_IN_NOTE_MAX,
            )?,
            author: self.author,
        })
    }

    /// The op fields for this (already validated) input; the store adds `goal_id`. The
    /// progress is a float for the REAL column, so it reads back equal to what was written.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("date", json!(self.date)),
            ("progress", json!(self.progress)),
            ("note", json!(self.note)),
            ("author", json!(self.author.as_str())),
        ])
    }
}

/// A check-in as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CheckInView {
    /// Its id.
    pub id: CheckInId,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// 0–100.
    pub progress: u32,
    /// The note, or "".
    pub note: String,
    /// Who checked in.
    pub author: Author,
}

/// A goal as the store reads it, before the flags that depend on today are worked out.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalRecord {
    /// Its id.
    pub id: GoalId,
    /// The student.
    pub student_id: StudentId,
    /// The goal's fields as saved.
    pub input: GoalInput,
    /// The codes of `input.competency_ids`, in the same order ("" for one not on this
    /// laptop).
    pub competency_codes: Vec<String>,
    /// The day it was created, `YYYY-MM-DD` ("" if unknown).
    pub created_date: String,
    /// Its check-ins, in any order.
    pub check_ins: Vec<CheckInView>,
}

impl GoalRecord {
    /// The goal as the UI shows it on `today` (`YYYY-MM-DD`): check-ins newest first,
    /// the latest one's progress, and whether it is overdue or stale.
    pub fn view(self, today: &str) -> GoalView {
        let mut check_ins = self.check_ins;
        // Newest first by date, then id (time-ordered), so two check-ins on one day keep
        // the order they were made in.
        check_ins.sort_by(|a, b| (&b.date, b.id).cmp(&(&a.date, a.id)));
        let status = self.input.status;
        let overdue = is_overdue(status, &self.input.target_date, today);
        let stale = is_stale(
            status,
            &self.created_date,
            check_ins.first().map(|c| c.date.as_str()),
            today,
        );
        GoalView {
            id: self.id,
            student_id: self.student_id,
            title: self.input.title,
            why: self.input.why,
            steps: self.input.steps,
            target_date: self.input.target_date,
            status,
            competency_ids: self.input.competency_ids,
            profile_links: self.input.profile_links,
            competency_codes: self.competency_codes,
            progress: check_ins.first().map_or(0, |c| c.progress),
            check_ins,
            overdue,
            stale,
        }
    }
}

/// An active goal whose target date is before `today` (both `YYYY-MM-DD`, which compare
/// as text). A goal with no target date is never overdue.
pub fn is_overdue(status: GoalStatus, target_date: &str, today: &str) -> bool {
    status == GoalStatus::Active && !target_date.is_empty() && target_date < today
}

/// An active goal whose last sign of life (its creation or its latest check-in, whichever
/// is newer) is more than [`STALE_DAYS`] days before `today`. Dates that do not parse are
/// ignored; with none left, the goal is not called stale, since nothing says it is.
pub fn is_stale(
    status: GoalStatus,
    created_date: &str,
    last_check_in: Option<&str>,
    today: &str,
) -> bool {
    if status != GoalStatus::Active {
        return false;
    }
    let parse = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    let Some(today) = parse(today) else {
        return false;
    };
    let newest = [Some(created_date), last_check_in]
        .into_iter()
        .flatten()
        .filter_map(parse)
        .max();
    newest.is_some_and(|d| (today - d).num_days() > STALE_DAYS)
}

/// A goal as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalView {
    /// Its id.
    pub id: GoalId,
    /// The student.
    pub student_id: StudentId,
    /// Its title.
    pub title: String,
    /// Why it matters.
    pub why: String,
    /// The steps, in order.
    pub steps: Vec<String>,
    /// `YYYY-MM-DD` or "".
    pub target_date: String,
    /// Where it stands.
    pub status: GoalStatus,
    /// Competencies it is about.
    pub competency_ids: Vec<String>,
    /// Learner-profile links, by their text.
    pub profile_links: Vec<String>,
    /// The codes of `competency_ids`, in the same order, for display.
    pub competency_codes: Vec<String>,
    /// Check-ins, newest first.
    pub check_ins: Vec<CheckInView>,
    /// The latest check-in's progress, 0 when none.
    pub progress: u32,
    /// Active and past its target date.
    pub overdue: bool,
    /// Active with no check-in (or creation) in the last [`STALE_DAYS`] days.
    pub stale: bool,
}

/// A student as a list names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentRef {
    /// The student.
    pub student_id: StudentId,
    /// Their display name.
    pub display_name: String,
}

/// One goal in the class overview, with its student.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalOverviewEntry {
    /// The student.
    pub student_id: StudentId,
    /// Their display name.
    pub display_name: String,
    /// The goal.
    pub goal: GoalView,
}

/// The class's goals that need the teacher: overdue, stale, and students with no active
/// goal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalOverview {
    /// Active goals past their target date.
    pub overdue: Vec<GoalOverviewEntry>,
    /// Active goals without a check-in for over [`STALE_DAYS`] days.
    pub stale: Vec<GoalOverviewEntry>,
    /// Students with no active goal.
    pub without_goal: Vec<StudentRef>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::err_of;

    fn goal() -> GoalInput {
        GoalInput {
            title: " Explain ratios with a table ".into(),
            why: " So I can check recipes.\nAnd help my brother. ".into(),
            steps: vec![
                " Watch the video ".into(),
                "  ".into(),
                "Try 5 problems".into(),
            ],
            target_date: "2026-03-20".into(),
            status: GoalStatus::Active,
            competency_ids: vec![" c1 ".into(), "c1".into(), "".into(), "c2".into()],
            profile_links: vec!["Cooking".into(), "Cooking".into(), " ".into()],
        }
    }

    fn check_in(id: u64, date: &str, progress: u32) -> CheckInView {
        CheckInView {
            id: CheckInId::mint(id, [0; 10]),
            date: date.into(),
            progress,
            note: String::new(),
            author: Author::Student,
        }
    }

    fn record(created: &str, check_ins: Vec<CheckInView>) -> GoalRecord {
        GoalRecord {
            id: GoalId::mint(1, [0; 10]),
            student_id: StudentId::mint(1, [1; 10]),
            input: goal().validate().expect("the sample goal is valid"),
            competency_codes: vec!["6.RP.1".into(), "6.RP.2".into()],
            created_date: created.into(),
            check_ins,
        }
    }

    #[test]
    fn a_goal_is_trimmed_and_its_lists_cleaned() {
        let g = goal().validate().expect("a full goal is valid");
        assert_eq!(g.title, "Explain ratios with a table", "titles are trimmed");
        assert_eq!(
            g.why, "So I can check recipes.\nAnd help my brother.",
            "why keeps its lines"
        );
        assert_eq!(
            g.steps,
            ["Watch the video", "Try 5 problems"],
            "blank steps are dropped"
        );
        assert_eq!(
            g.competency_ids,
            ["c1", "c2"],
            "ids are trimmed and repeats dropped"
        );
        assert_eq!(
            g.profile_links,
            ["Cooking"],
            "links are deduplicated, blanks dropped"
        );
        let f = g.to_fields();
        assert_eq!(f["status"], json!("active"), "the status is stored by name");
        assert_eq!(
            f["steps"],
            json!(["Watch the video", "Try 5 problems"]),
            "steps are JSON"
        );
    }

    #[test]
    fn a_goal_breaks_no_limit() {
        let mut g = goal();
        g.title = " ".into();
        assert_eq!(err_of(g.validate()).0, "title", "a goal needs a title");
        g = goal();
        g.title = "x".repeat(GOAL_TITLE_MAX + 1);
        assert_eq!(err_of(g.validate()).0, "title", "titles have a limit");
        g = goal();
        g.why = "x".repeat(WHY_MAX + 1);
        assert_eq!(err_of(g.validate()).0, "why", "why has a limit");
        g = goal();
        g.steps = (0..=STEPS_MAX).map(|i| format!("step {i}")).collect();
        assert_eq!(err_of(g.validate()).0, "steps", "at most 20 steps");
        g = goal();
        g.steps = vec!["ok".into(), "x".repeat(STEP_MAX + 1)];
        assert_eq!(
            err_of(g.validate()).0,
            "steps.1",
            "a long step is named by its index"
        );
        g = goal();
        g.target_date = "2026-02-30".into();
        assert_eq!(err_of(g.validate()).0, "targetDate", "Feb 30 is no date");
        g = goal();
        g.target_date = String::new();
        assert!(g.validate().is_ok(), "the target date is optional");
        g = goal();
        g.competency_ids = (0..=GOAL_COMPETENCIES_MAX)
            .map(|i| format!("c{i}"))
            .collect();
        assert_eq!(
            err_of(g.validate()).0,
            "competencyIds",
            "at most 20 competencies"
        );
        g = goal();
        g.profile_links = (0..=PROFILE_LINKS_MAX).map(|i| format!("l{i}")).collect();
        assert_eq!(err_of(g.validate()).0, "profileLinks", "at most 10 links");
    }

    #[test]
    fn a_check_in_needs_a_date_and_a_percent() {
        let c = CheckInInput {
            date: "2026-03-02".into(),
            progress: 42.4,
            note: " ok ".into(),
            author: Author::Student,
        };
        let v = c.validate().expect("a check-in is valid");
        assert_eq!(v.progress, 42.0, "progress is rounded to a whole percent");
        assert_eq!(v.note, "ok", "notes are trimmed");
        assert_eq!(
            v.to_fields()["author"],
            json!("student"),
            "the author is stored by name"
        );
        for bad in [-1.0, 100.5, f64::NAN, f64::INFINITY] {
            let c = CheckInInput {
                progress: bad,
                ..c.clone()
            };
            assert_eq!(err_of(c.validate()).0, "progress", "{bad} is not 0 to 100");
        }
        let c = CheckInInput {
            date: String::new(),
            ..c
        };
        assert_eq!(err_of(c.validate()).0, "date", "a check-in is dated");
    }

    #[test]
    fn progress_is_the_latest_check_in_by_date_then_id() {
        let v = record(
            "2026-03-01",
            vec![
                check_in(3, "2026-03-05", 30),
                check_in(9, "2026-03-04", 90),
                check_in(2, "2026-03-05", 20),
            ],
        )
        .view("2026-03-06");
        assert_eq!(
            v.progress, 30,
            "the latest date wins, and the later id on a tie"
        );
        let dates: Vec<&str> = v.check_ins.iter().map(|c| c.date.as_str()).collect();
        assert_eq!(
            dates,
            ["2026-03-05", "2026-03-05", "2026-03-04"],
            "newest first"
        );
        assert_eq!(
            record("2026-03-01", vec![]).view("2026-03-02").progress,
            0,
            "no check-in, no progress"
        );
    }

    #[test]
    fn overdue_means_active_and_past_the_target() {
        assert!(
            !is_overdue(GoalStatus::Active, "2026-03-20", "2026-03-20"),
            "the target day itself is not late"
        );
        assert!(
            is_overdue(GoalStatus::Active, "2026-03-20", "2026-03-21"),
            "the day after is late"
        );
        assert!(
            !is_overdue(GoalStatus::Met, "2026-03-20", "2026-04-01"),
            "a met goal is never overdue"
        );
        assert!(
            !is_overdue(GoalStatus::Active, "", "2026-04-01"),
            "no target, never overdue"
        );
    }

    #[test]
    fn stale_means_active_and_quiet_for_more_than_two_weeks() {
        assert!(
            !is_stale(GoalStatus::Active, "2026-03-01", None, "2026-03-15"),
            "14 days is not yet stale"
        );
        assert!(
            is_stale(GoalStatus::Active, "2026-03-01", None, "2026-03-16"),
            "15 days with no check-in is stale"
        );
        assert!(
            !is_stale(
                GoalStatus::Active,
                "2026-01-01",
                Some("2026-03-10"),
                "2026-03-16"
            ),
            "a recent check-in keeps an old goal fresh"
        );
        assert!(
            !is_stale(GoalStatus::Dropped, "2026-01-01", None, "2026-03-16"),
            "only active goals go stale"
        );
        assert!(
            !is_stale(GoalStatus::Active, "", None, "2026-03-16"),
            "with no date to go on, nothing is claimed"
        );
        let v = record("2026-01-01", vec![]).view("2026-03-25");
        assert!(v.stale && v.overdue, "the view carries both flags");
    }

    #[test]
    fn unknown_names_read_as_safe_defaults() {
        // The UI's names for these types come from the generated bindings, so only the
        // reading of stored names is checked here.
        assert_eq!(
            GoalStatus::parse("paused"),
            GoalStatus::Active,
            "an unknown status stays in view"
        );
        assert_eq!(
            Author::parse("parent"),
            Author::Teacher,
            "nothing unknown is passed off as the student's"
        );
        let g: GoalInput =
            serde_json::from_value(json!({"title": "T"})).expect("only a title is needed");
        assert_eq!(g.status, GoalStatus::Active, "a new goal is active");
    }
}
