//! Student ownership of learning: goals and check-ins, reflections on prompts (with an
//! optional self-rating that is also self-assessment evidence), portfolio artifacts, and
//! conference records. This module holds their tables; their types and validation are
//! below them.
//!
//! A check-in is a row of its own, so a student's check-in in student mode and a teacher's
//! on another laptop never touch the same field.

use crate::roster::FieldKind::{Bool, Json, Number, Text};
use crate::roster::TableSpec;

/// Goals, per student.
pub const GOAL: TableSpec = TableSpec {
    name: "goal",
    fields: &[
        ("student_id", Text),
        ("title", Text),
        ("why", Text),
        ("steps", Json),
        ("target_date", Text),
        ("status", Text),
        ("competency_ids", Json),
        ("profile_links", Json),
        ("created_date", Text),
    ],
};
/// Check-ins on a goal.
pub const GOAL_CHECKIN: TableSpec = TableSpec {
    name: "goal_checkin",
    fields: &[
        ("goal_id", Text),
        ("date", Text),
        ("progress", Number),
        ("note", Text),
        ("author", Text),
    ],
};
/// The reflection prompt bank (shared by every class, like frameworks).
pub const REFLECTION_PROMPT: TableSpec = TableSpec {
    name: "reflection_prompt",
    fields: &[("text", Text), ("position", Number), ("archived", Bool)],
};
/// Reflections. `prompt_text` keeps the prompt as it was answered.
pub const REFLECTION: TableSpec = TableSpec {
    name: "reflection",
    fields: &[
        ("student_id", Text),
        ("prompt_id", Text),
        ("prompt_text", Text),
        ("response", Text),
        ("date", Text),
        ("competency_id", Text),
        ("self_rating", Number),
        ("evidence_id", Text),
        ("for_conference", Bool),
        ("author", Text),
    ],
};
/// Portfolio artifacts: the record. The file's bytes are kept beside the database, named by
/// `sha256`.
pub const ARTIFACT: TableSpec = TableSpec {
    name: "artifact",
    fields: &[
        ("student_id", Text),
        ("title", Text),
        ("date", Text),
        ("reflection", Text),
        ("competency_ids", Json),
        ("highlight", Bool),
        ("file_name", Text),
        ("mime", Text),
        ("size", Number),
        ("sha256", Text),
    ],
};
/// Conference records.
pub const CONFERENCE: TableSpec = TableSpec {
    name: "conference",
    fields: &[
        ("student_id", Text),
        ("date", Text),
        ("attendees", Json),
        ("notes", Text),
        ("next_steps", Json),
        ("follow_ups", Json),
        ("student_led", Bool),
    ],
};
/// The school team's reflection on personalized learning: the team, the day, and the
/// answers to the three reflection-guide questions.
pub const TEAM_REFLECTION: TableSpec = TableSpec {
    name: "team_reflection",
    fields: &[
        ("team", Text),
        ("date", Text),
        ("answer_1", Text),
        ("answer_2", Text),
        ("answer_3", Text),
    ],
};
/// The team's notes on one approach: what they do now and how it differs.
pub const TEAM_APPROACH_NOTE: TableSpec = TableSpec {
    name: "team_approach_note",
    fields: &[
        ("reflection_id", Text),
        ("approach_id", Text),
        ("now", Text),
        ("different", Text),
    ],
};
