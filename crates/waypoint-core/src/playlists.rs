//! Activities, playlists and choice boards, who they are assigned to, and each student's
//! progress: flexible path and pace.
//!
//! An activity belongs to a competency and has a modality and a length. A playlist is an
//! ordered list of activities done in turn; a choice board is a grid of activities from
//! which a student picks `pick_count`. Either is assigned to a student, a group or a station;
//! a student's progress on an activity of a playlist is a row of its own, so two laptops
//! ticking off different activities never touch the same field.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::ids::{ActivityId, AssignmentId, ClassId, PlaylistId, StudentId};
use crate::messages::Message;
use crate::op::{Fields, fields};
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::{ACTIVITY, ACTIVITY_PROGRESS, PLAYLIST, PLAYLIST_ASSIGNMENT};

/// Longest activity or playlist title.
pub const TITLE_MAX: usize = 160;
/// Longest activity, in minutes.
pub const MINUTES_MAX: u32 = 240;
/// Longest instructions.
pub const INSTRUCTIONS_MAX: usize = 4000;
/// Longest link.
pub const LINK_MAX: usize = 500;
/// Most activities in one playlist or choice board: more than a student can see at once.
pub const ACTIVITIES_MAX: usize = 30;

/// How a student works on an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Reading.
    Read,
    /// Watching a video or a demonstration.
    Watch,
    /// Practice problems.
    Practice,
    /// Making something.
    Create,
    /// Talking it through with others.
    Discuss,
    /// Manipulatives, experiments, anything with the hands.
    HandsOn,
}

impl Modality {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Read => "read",
            Modality::Watch => "watch",
            Modality::Practice => "practice",
            Modality::Create => "create",
            Modality::Discuss => "discuss",
            Modality::HandsOn => "hands_on",
        }
    }

    /// Parses the stored name; anything unknown (a newer laptop's modality) reads as
    /// practice, so the activity still shows.
    pub fn parse(s: &str) -> Modality {
        match s {
            "read" => Modality::Read,
            "watch" => Modality::Watch,
            "create" => Modality::Create,
            "discuss" => Modality::Discuss,
            "hands_on" => Modality::HandsOn,
            _ => Modality::Practice,
        }
    }
}

/// A playlist (every activity, in order) or a choice board (pick some).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PlaylistKind {
    /// Every activity, in order.
    Playlist,
    /// A grid from which a student picks `pick_count`.
    ChoiceBoard,
}

impl PlaylistKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaylistKind::Playlist => "playlist",
            PlaylistKind::ChoiceBoard => "choice_board",
        }
    }

    /// Parses the stored name; anything unknown reads as a playlist (every activity shown).
    pub fn parse(s: &str) -> PlaylistKind {
        match s {
            "choice_board" => PlaylistKind::ChoiceBoard,
            _ => PlaylistKind::Playlist,
        }
    }

    /// "playlist" or "choice board", for messages.
    fn noun(self) -> &'static str {
        match self {
            PlaylistKind::Playlist => "playlist",
            PlaylistKind::ChoiceBoard => "choice-board",
        }
    }
}

/// Where a student is with one activity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ProgressStatus {
    /// Not begun (also what no progress row means).
    #[default]
    NotStarted,
    /// Begun.
    InProgress,
    /// Finished.
    Done,
}

impl ProgressStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ProgressStatus::NotStarted => "not_started",
            ProgressStatus::InProgress => "in_progress",
            ProgressStatus::Done => "done",
        }
    }

    /// Parses the stored name; anything unknown reads as not started, so nothing is
    /// counted done that was not.
    pub fn parse(s: &str) -> ProgressStatus {
        match s {
            "in_progress" => ProgressStatus::InProgress,
            "done" => ProgressStatus::Done,
            _ => ProgressStatus::NotStarted,
        }
    }
}

/// Who a playlist is assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// One student.
    Student,
    /// A group of the class's group set.
    Group,
    /// A station: whoever is at it in the rotation.
    Station,
}

impl TargetKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Student => "student",
            TargetKind::Group => "group",
            TargetKind::Station => "station",
        }
    }

    /// Parses the stored name; `None` for a kind this build does not know (a newer
    /// laptop's), which the store then leaves out rather than guess.
    pub fn parse(s: &str) -> Option<TargetKind> {
        match s {
            "student" => Some(TargetKind::Student),
            "group" => Some(TargetKind::Group),
            "station" => Some(TargetKind::Station),
            _ => None,
        }
    }
}

/// What a teacher types to create or edit an activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInput {
    /// The competency it practises.
    pub competency_id: String,
    /// Required, for example "Ratio tables video".
    pub title: String,
    /// How the student works.
    pub modality: Modality,
    /// About how long it takes: a whole number from 1 to [`MINUTES_MAX`]. A float here so
    /// that 12.5 from the UI is a field error, not a failed call.
    pub minutes: f64,
    /// What to do; may span lines.
    #[serde(default)]
    pub instructions: String,
    /// A web address shown as text, or "".
    #[serde(default)]
    pub link: String,
    /// Interests it suits ("soccer", "music"), so next steps can offer it to students who
    /// have them; optional.
    #[serde(default)]
    pub interests: Vec<String>,
}

impl ActivityInput {
    /// Checks and normalizes every field.
    pub fn validate(&self) -> Result<ActivityInput> {
        let competency_id = self.competency_id.trim();
        if competency_id.is_empty() {
            return Err(Error::invalid(
                "competencyId",
                msg!("core-activity-needs-competency"),
            ));
        }
        Ok(ActivityInput {
            competency_id: competency_id.to_owned(),
            title: validate::text(
                "title",
                msg!("core-label-title"),
                &self.title,
                true,
                TITLE_MAX,
            )?,
            modality: self.modality,
            minutes: whole_in_range(
                "minutes",
                self.minutes,
                1,
                MINUTES_MAX,
                msg!("core-activity-minutes", min = 1, max = MINUTES_MAX),
            )? as f64,
            instructions: validate::notes(
                "instructions",
                msg!("core-label-instructions"),
                &self.instructions,
                INSTRUCTIONS_MAX,
            )?,
            link: link(&self.link)?,
            interests: validate::list("interests", msg!("core-label-interest"), &self.interests)?,
        })
    }

    /// The op fields for this (already validated) input. The store adds `class_id` and
    /// `archived` on create. Minutes are stored as a float because the column is REAL: the
    /// value read back then equals the one written, so an unchanged edit writes nothing.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("competency_id", json!(self.competency_id)),
            ("title", json!(self.title)),
            ("modality", json!(self.modality.as_str())),
            ("minutes", json!(self.minutes)),
            ("instructions", json!(self.instructions)),
            ("link", json!(self.link)),
            ("interests", json!(self.interests)),
        ])
    }
}

/// An optional web address: "" or `http(s)://` followed by an address, with no spaces.
/// Only checked, never fetched: the app makes no requests, the link is shown as text.
fn link(value: &str) -> Result<String> {
    let v = validate::text("link", msg!("core-label-link"), value, false, LINK_MAX)?;
    if v.is_empty() {
        return Ok(v);
    }
    let lower = v.to_ascii_lowercase();
    let Some(scheme) = ["http://", "https://"]
        .into_iter()
        .find(|s| lower.starts_with(s))
    else {
        return Err(Error::invalid("link", msg!("core-link-scheme")));
    };
    if v.chars().any(char::is_whitespace) {
        return Err(Error::invalid("link", msg!("core-link-spaces")));
    }
    if v.len() == scheme.len() {
        return Err(Error::invalid(
            "link",
            msg!("core-link-no-address", scheme = scheme),
        ));
    }
    Ok(v)
}

/// `value` as a whole number in `min..=max`, or `message` against `field`.
fn whole_in_range(field: &str, value: f64, min: u32, max: u32, message: Message) -> Result<u32> {
    if value.is_finite() && value.fract() == 0.0 && value >= min as f64 && value <= max as f64 {
        Ok(value as u32)
    } else {
        Err(Error::invalid(field, message))
    }
}

/// An activity as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityView {
    /// Its id.
    pub id: ActivityId,
    /// Its class.
    pub class_id: ClassId,
    /// The competency it practises.
    pub competency_id: String,
    /// That competency's code, else its short label ("" if it is gone).
    pub competency_code: String,
    /// Its title.
    pub title: String,
    /// How the student works.
    pub modality: Modality,
    /// About how long it takes.
    pub minutes: u32,
    /// What to do.
    pub instructions: String,
    /// A web address, or "".
    pub link: String,
    /// Archived activities are not offered for new playlists.
    pub archived: bool,
    /// Interests it suits.
    pub interests: Vec<String>,
}

/// What a teacher saves as a playlist or choice board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlaylistInput {
    /// Required, for example "Ratios: week 3".
    pub title: String,
    /// Playlist or choice board.
    pub kind: PlaylistKind,
    /// The activities, in order.
    #[serde(default)]
    pub activity_ids: Vec<String>,
    /// For a choice board, how many a student picks; for a playlist, ignored and set to the
    /// number of activities. A float so a fraction is a field error, not a failed call.
    #[serde(default)]
    pub pick_count: f64,
}

impl PlaylistInput {
    /// Checks and normalizes every field: ids trimmed, at least one and at most
    /// [`ACTIVITIES_MAX`] activities, none twice, and the pick count fitted to the kind.
    pub fn validate(&self) -> Result<PlaylistInput> {
        let title = validate::text(
            "title",
            msg!("core-label-title"),
            &self.title,
            true,
            TITLE_MAX,
        )?;
        let noun = self.kind.noun();
        let mut ids: Vec<String> = Vec::with_capacity(self.activity_ids.len());
        // Errors name the list, not the item: the form shows them beside the picker.
        for id in &self.activity_ids {
            let id = id.trim();
            if id.is_empty() {
                return Err(Error::invalid(
                    "activityIds",
                    msg!("core-playlist-blank-activity"),
                ));
            }
            if ids.iter().any(|seen| seen == id) {
                return Err(Error::invalid(
                    "activityIds",
                    msg!("core-playlist-repeated-activity"),
                ));
            }
            ids.push(id.to_owned());
        }
        let n = ids.len();
        if n == 0 {
            return Err(Error::invalid(
                "activityIds",
                msg!("core-playlist-empty", kind = noun),
            ));
        }
        if n > ACTIVITIES_MAX {
            return Err(Error::invalid(
                "activityIds",
                msg!(
                    "core-playlist-too-many-activities",
                    kind = noun,
                    max = ACTIVITIES_MAX,
                    count = n
                ),
            ));
        }
        let pick_count = match self.kind {
            // A playlist is done in full, so whatever the UI sent is replaced.
            PlaylistKind::Playlist => n as u32,
            PlaylistKind::ChoiceBoard => {
                let message = msg!("core-playlist-pick-count", count = n);
                whole_in_range("pickCount", self.pick_count, 1, n as u32, message)?
            }
        };
        Ok(PlaylistInput {
            title,
            kind: self.kind,
            activity_ids: ids,
            pick_count: pick_count as f64,
        })
    }

    /// The op fields for this (already validated) input. The store adds `class_id` and
    /// `archived` on create. The pick count is a float for the REAL column (see
    /// [`ActivityInput::to_fields`]).
    pub fn to_fields(&self) -> Fields {
        fields([
            ("title", json!(self.title)),
            ("kind", json!(self.kind.as_str())),
            ("activity_ids", json!(self.activity_ids)),
            ("pick_count", json!(self.pick_count)),
        ])
    }
}

/// Who an assignment is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AssignTarget {
    /// Student, group or station.
    pub kind: TargetKind,
    /// The student's, group's or station's id.
    pub id: String,
}

/// A playlist's assignment as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AssignmentView {
    /// Its id (to unassign).
    pub id: AssignmentId,
    /// Who it is for.
    pub target: AssignTarget,
    /// The student's, group's or station's name.
    pub target_name: String,
}

/// A playlist or choice board as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlaylistView {
    /// Its id.
    pub id: PlaylistId,
    /// Its class.
    pub class_id: ClassId,
    /// Its title.
    pub title: String,
    /// Playlist or choice board.
    pub kind: PlaylistKind,
    /// Its activities' ids, in order, as saved.
    pub activity_ids: Vec<String>,
    /// How many a student picks (for a playlist, all of them).
    pub pick_count: u32,
    /// Archived playlists are hidden unless asked for and reach no student.
    pub archived: bool,
    /// Its activities in order; archived ones are kept (marked), ones not on this laptop
    /// (not arrived through sync yet) are left out.
    pub activities: Vec<ActivityView>,
    /// Who it is assigned to, oldest first.
    pub assignments: Vec<AssignmentView>,
}

/// One activity of a student's playlist, with where the student is on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentActivity {
    /// The activity.
    pub activity: ActivityView,
    /// The student's latest status on it.
    pub status: ProgressStatus,
}

/// A playlist as one student sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentPlaylist {
    /// The playlist.
    pub playlist_id: PlaylistId,
    /// Its title.
    pub title: String,
    /// Playlist or choice board.
    pub kind: PlaylistKind,
    /// How many the student picks.
    pub pick_count: u32,
    /// How it reached the student: "assigned to Ana R.", "via group Blue".
    pub via: Message,
    /// Its activities in order, each with the student's status.
    pub activities: Vec<StudentActivity>,
    /// How many of them the student has done.
    pub done: u32,
}

impl StudentPlaylist {
    /// How many activities finish it: all of a playlist's, a board's pick count (never more
    /// than it has).
    pub fn goal(&self) -> u32 {
        match self.kind {
            PlaylistKind::ChoiceBoard => self.pick_count.min(self.activities.len() as u32),
            PlaylistKind::Playlist => self.activities.len() as u32,
        }
    }
}

/// How far one student has got with one playlist that reaches them, for a playlist card's
/// overview of the whole class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlaylistProgress {
    /// The student.
    pub student_id: StudentId,
    /// The playlist.
    pub playlist_id: PlaylistId,
    /// Activities done, capped at the goal.
    pub done: u32,
    /// Activities that finish it ([`StudentPlaylist::goal`]).
    pub goal: u32,
}

/// A student as a playlist's "via" names them: first (or preferred) name and family
/// initial, "Ana R.", short enough for a card and no more than a classmate needs.
pub fn short_student_name(given: &str, family: &str, preferred: &str) -> String {
    let first = if preferred.trim().is_empty() {
        given.trim()
    } else {
        preferred.trim()
    };
    match family.trim().chars().next() {
        Some(initial) => format!("{first} {initial}.").trim().to_owned(),
        None => first.to_owned(),
    }
}

/// The words new groups and stations are named with in the app's languages ("Group 1",
/// "Grupo 1"): a name that already starts with one needs no "group" before it.
const GROUP_WORDS: &[&str] = &["Group", "Grupo"];
const STATION_WORDS: &[&str] = &["Station", "Estación"];

/// How a playlist reached a student, as the student's page says it.
pub enum Route<'a> {
    /// Assigned to the student, named short ([`short_student_name`]).
    Student(&'a str),
    /// Through their group in the class's newest set, by the group's name.
    Group(&'a str),
    /// Through a station their group visits, by the station's name.
    Station(&'a str),
}

/// The "via" sentence for a route: "assigned to Ana R.", "via group Blue", and for a group
/// called "Group 1" just "via Group 1".
pub fn via_message(route: Route<'_>) -> Message {
    let (words, id, name) = match route {
        Route::Student(name) => return msg!("core-via-student", name = name.trim()),
        Route::Group(name) => (GROUP_WORDS, "core-via-group", name.trim()),
        Route::Station(name) => (STATION_WORDS, "core-via-station", name.trim()),
    };
    if words.iter().any(|w| starts_with_word(name, w)) {
        msg!("core-via-named", name = name)
    } else {
        Message::new(id).with("name", name)
    }
}

/// Whether `name` starts with the whole word `word`, in any case: "group 2" does,
/// "Groupies" does not.
fn starts_with_word(name: &str, word: &str) -> bool {
    let mut chars = name.chars();
    let head: String = chars.by_ref().take(word.chars().count()).collect();
    head.to_lowercase() == word.to_lowercase() && chars.next().is_none_or(char::is_whitespace)
}

/// A student's new status on one activity of one playlist, as the student's page sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProgressChange {
    /// The student.
    pub student_id: StudentId,
    /// The playlist the activity is done in.
    pub playlist_id: PlaylistId,
    /// The activity.
    pub activity_id: ActivityId,
    /// The new status.
    pub status: ProgressStatus,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::err_of;
    use crate::messages::english;

    fn activity() -> ActivityInput {
        ActivityInput {
            competency_id: " c1 ".into(),
            title: "  Ratio tables video ".into(),
            modality: Modality::Watch,
            minutes: 15.0,
            instructions: " Watch it.\nThen try two. ".into(),
            link: "https://example.org/ratios".into(),
            interests: vec![" Soccer ".into()],
        }
    }

    fn playlist(kind: PlaylistKind, n: usize, pick: f64) -> PlaylistInput {
        PlaylistInput {
            title: "Week 3".into(),
            kind,
            activity_ids: (0..n).map(|i| format!("a{i}")).collect(),
            pick_count: pick,
        }
    }

    #[test]
    fn an_activity_is_trimmed_and_keeps_its_line_breaks() {
        let a = activity().validate().expect("a full activity is valid");
        assert_eq!(a.title, "Ratio tables video", "titles are trimmed");
        assert_eq!(a.competency_id, "c1", "ids are trimmed");
        assert_eq!(
            a.instructions, "Watch it.\nThen try two.",
            "instructions are prose: trimmed, line breaks kept"
        );
        let f = a.to_fields();
        assert_eq!(f["modality"], json!("watch"), "modality is stored by name");
        assert_eq!(
            f["minutes"],
            json!(15.0),
            "minutes are a float, as the REAL column reads them back"
        );
    }

    #[test]
    fn an_activity_needs_a_title_a_competency_and_sensible_minutes() {
        let mut a = activity();
        a.title = "  ".into();
        assert_eq!(err_of(a.validate()).0, "title", "a blank title is refused");
        a = activity();
        a.title = "x".repeat(TITLE_MAX + 1);
        assert_eq!(
            err_of(a.validate()).0,
            "title",
            "an overlong title is refused"
        );
        a = activity();
        a.competency_id = " ".into();
        assert_eq!(
            err_of(a.validate()).0,
            "competencyId",
            "every activity practises a competency"
        );
        for bad in [0.0, -5.0, 241.0, 12.5, f64::NAN, f64::INFINITY] {
            a = activity();
            a.minutes = bad;
            assert_eq!(
                err_of(a.validate()),
                (
                    "minutes".to_owned(),
                    "Minutes must be a whole number from 1 to 240.".to_owned()
                ),
                "{bad} minutes is not a whole number from 1 to 240"
            );
        }
        for good in [1.0, 240.0] {
            a = activity();
            a.minutes = good;
            assert!(
                a.validate().is_ok(),
                "{good} minutes is at the edge but allowed"
            );
        }
        a = activity();
        a.instructions = "x".repeat(INSTRUCTIONS_MAX + 1);
        assert_eq!(
            err_of(a.validate()).0,
            "instructions",
            "instructions have a limit"
        );
    }

    #[test]
    fn a_link_is_optional_but_must_be_a_web_address() {
        let mut a = activity();
        a.link = "  ".into();
        assert_eq!(
            a.validate().expect("no link is fine").link,
            "",
            "a blank link is no link"
        );
        for good in ["http://a.org", "HTTPS://A.ORG/x?y=1"] {
            a.link = good.into();
            assert!(a.validate().is_ok(), "{good} is a web address");
        }
        for bad in [
            "www.example.org",
            "ftp://example.org",
            "javascript:alert(1)",
        ] {
            a.link = bad.into();
            assert_eq!(
                err_of(a.validate()),
                (
                    "link".to_owned(),
                    "A link starts with http:// or https://.".to_owned()
                ),
                "{bad} is not an http(s) address"
            );
        }
        a.link = "https://example.org/a b".into();
        assert_eq!(err_of(a.validate()).0, "link", "a link has no spaces");
        a.link = "https://".into();
        assert_eq!(
            err_of(a.validate()).0,
            "link",
            "a scheme alone is no address"
        );
        a.link = format!("https://{}", "x".repeat(LINK_MAX));
        assert_eq!(err_of(a.validate()).0, "link", "links have a limit");
    }

    #[test]
    fn a_playlist_picks_every_activity_whatever_was_sent() {
        let p = playlist(PlaylistKind::Playlist, 4, 0.0)
            .validate()
            .expect("four distinct activities make a playlist");
        assert_eq!(p.pick_count, 4.0, "a playlist's pick count is its length");
        assert_eq!(
            p.to_fields()["activity_ids"],
            json!(["a0", "a1", "a2", "a3"]),
            "the order is kept"
        );
    }

    #[test]
    fn a_choice_board_picks_between_one_and_all() {
        assert!(
            playlist(PlaylistKind::ChoiceBoard, 6, 2.0)
                .validate()
                .is_ok(),
            "2 of 6 is a choice"
        );
        assert!(
            playlist(PlaylistKind::ChoiceBoard, 6, 6.0)
                .validate()
                .is_ok(),
            "all of them is allowed"
        );
        for bad in [0.0, 7.0, 2.5, f64::NAN] {
            assert_eq!(
                err_of(playlist(PlaylistKind::ChoiceBoard, 6, bad).validate()),
                (
                    "pickCount".to_owned(),
                    "Students can pick 1 to 6 of these 6 activities.".to_owned()
                ),
                "{bad} picks of 6 is refused with the range"
            );
        }
    }

    #[test]
    fn a_playlist_has_one_to_thirty_distinct_activities() {
        assert_eq!(
            err_of(playlist(PlaylistKind::Playlist, 0, 0.0).validate()).0,
            "activityIds",
            "an empty playlist is refused"
        );
        assert_eq!(
            err_of(playlist(PlaylistKind::Playlist, ACTIVITIES_MAX + 1, 0.0).validate()).0,
            "activityIds",
            "more than 30 is refused"
        );
        let mut p = playlist(PlaylistKind::Playlist, 3, 0.0);
        p.activity_ids[2] = " a0 ".into();
        assert_eq!(
            err_of(p.validate()),
            (
                "activityIds".to_owned(),
                "Each activity can be in a playlist once.".to_owned()
            ),
            "a repeat is refused, trimmed ids compared"
        );
        p.title = " ".into();
        assert_eq!(err_of(p.validate()).0, "title", "a title is required");
    }

    #[test]
    fn stored_names_round_trip() {
        // The UI's names come from the generated bindings; what matters here is that the
        // name stored in a row is the one sent, and reads back.
        for m in [
            Modality::Read,
            Modality::Watch,
            Modality::Practice,
            Modality::Create,
            Modality::Discuss,
            Modality::HandsOn,
        ] {
            assert_eq!(
                serde_json::to_value(m).ok(),
                Some(json!(m.as_str())),
                "the stored name is the wire name"
            );
            assert_eq!(Modality::parse(m.as_str()), m, "names round trip");
        }
        for k in [TargetKind::Student, TargetKind::Group, TargetKind::Station] {
            assert_eq!(TargetKind::parse(k.as_str()), Some(k), "names round trip");
        }
        assert_eq!(
            TargetKind::parse("team"),
            None,
            "an unknown kind is not guessed"
        );
        assert_eq!(
            ProgressStatus::parse("skipped"),
            ProgressStatus::NotStarted,
            "an unknown status never counts as done"
        );
    }

    #[test]
    fn views_serialize_as_camel_case() {
        let t = AssignTarget {
            kind: TargetKind::Group,
            id: "g".into(),
        };
        let v = serde_json::to_value(AssignmentView {
            id: AssignmentId::mint(1, [0; 10]),
            target: t,
            target_name: "Blue".into(),
        })
        .expect("serializes");
        assert_eq!(v["targetName"], json!("Blue"), "camelCase field names");
        assert_eq!(v["target"]["kind"], json!("group"), "snake_case kinds");
    }

    #[test]
    fn via_names_are_short_and_not_doubled() {
        assert_eq!(
            short_student_name("Ana", "Ruiz", ""),
            "Ana R.",
            "first name and family initial"
        );
        assert_eq!(
            short_student_name("Benjamin", "Okafor", "Ben"),
            "Ben O.",
            "the preferred name wins"
        );
        assert_eq!(
            short_student_name("Cy", " ", ""),
            "Cy",
            "no family name, no initial"
        );
        let via = |route| english(&via_message(route));
        assert_eq!(
            via(Route::Group("Blue")),
            "via group Blue",
            "a group's name gets the word group"
        );
        assert_eq!(
            via(Route::Group("group 2")),
            "via group 2",
            "a name that already says group is not doubled"
        );
        assert_eq!(
            via(Route::Group("Grupo 3")),
            "via Grupo 3",
            "nor one named in Spanish"
        );
        assert_eq!(
            via(Route::Group("Groupies")),
            "via group Groupies",
            "the word must be whole to count"
        );
        assert_eq!(
            via(Route::Station("Online")),
            "via station Online",
            "stations read the same way"
        );
        assert_eq!(
            via(Route::Student("Ana R.")),
            "assigned to Ana R.",
            "a playlist assigned to the student says so"
        );
    }
}
