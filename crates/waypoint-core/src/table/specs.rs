//! The spec of every syncable table: the data [`super::TABLES`] lists, one entry per table,
//! grouped by the domain module that uses it.

use super::FieldKind::{Bool, Json, Number, Text};
use super::{Editable, Index, RowLabel, Scope, TableSpec};
use crate::validate::{
    COMPETENCY_LABEL_MAX, EVIDENCE_NOTE_MAX, NAME_MAX, NOTES_MAX, SHORT_MAX, STATEMENT_MAX,
};

// ---- Classes, students and learner profiles. ----
/// Classes.
pub const CLASS: TableSpec = TableSpec {
    name: "class",
    fields: &[
        ("name", Text),
        ("subject", Text),
        ("grade_level", Text),
        ("archived", Bool),
        // The section id of the roster it was imported from, which a second import matches on.
        ("source_id", Text),
    ],
    scope: Scope::ClassItself,
    label: RowLabel::Column {
        prefix: "Class",
        column: "name",
    },
    editable: &[
        Editable {
            field: "name",
            max: NAME_MAX,
            required: true,
        },
        Editable {
            field: "subject",
            max: NAME_MAX,
            required: false,
        },
        Editable {
            field: "grade_level",
            max: SHORT_MAX,
            required: false,
        },
    ],
    indexes: &[],
};

/// Students.
pub const STUDENT: TableSpec = TableSpec {
    name: "student",
    fields: &[
        ("class_id", Text),
        ("given_name", Text),
        ("family_name", Text),
        ("preferred_name", Text),
        ("birth_date", Text),
        ("archived", Bool),
        // The id the school's information system gives the student (OneRoster sourcedId),
        // which a second roster import matches on first.
        ("source_id", Text),
        ("student_number", Text),
        ("email", Text),
        ("grade", Text),
    ],
    scope: Scope::Column("class_id"),
    label: RowLabel::Student {
        prefix: "Student",
        column: "id",
    },
    editable: &[
        Editable {
            field: "given_name",
            max: NAME_MAX,
            required: true,
        },
        Editable {
            field: "family_name",
            max: NAME_MAX,
            required: true,
        },
        Editable {
            field: "preferred_name",
            max: NAME_MAX,
            required: false,
        },
        Editable {
            field: "student_number",
            max: SHORT_MAX,
            required: false,
        },
        Editable {
            field: "grade",
            max: SHORT_MAX,
            required: false,
        },
    ],
    indexes: &[Index {
        name: "by_class",
        columns: &["class_id"],
    }],
};

/// Learner profiles; the row id is the student's id.
pub const LEARNER_PROFILE: TableSpec = TableSpec {
    name: "learner_profile",
    fields: &[
        ("strengths", Json),
        ("needs", Json),
        ("interests", Json),
        ("career_goals", Json),
        ("work_with", Text),
        ("learn_by", Json),
        ("home_language", Text),
        ("other_languages", Json),
        ("accommodations", Json),
        ("family_contacts", Json),
        ("notes", Text),
    ],
    scope: Scope::Parent {
        column: "id",
        parent: "student",
    },
    label: RowLabel::Student {
        prefix: "Profile of",
        column: "id",
    },
    editable: &[Editable {
        field: "notes",
        max: NOTES_MAX,
        required: false,
    }],
    indexes: &[],
};

// ---- Frameworks, competencies, evidence and overrides. ----
/// Frameworks.
pub const FRAMEWORK: TableSpec = TableSpec {
    name: "framework",
    fields: &[
        ("title", Text),
        ("subject", Text),
        ("scale", Json),
        ("method", Json),
        ("case_identifier", Text),
        ("case_version", Text),
        ("archived", Bool),
        ("credit_from_later", Bool),
    ],
    scope: Scope::Shared,
    label: RowLabel::Column {
        prefix: "Framework",
        column: "title",
    },
    editable: &[Editable {
        field: "title",
        max: NAME_MAX,
        required: true,
    }],
    indexes: &[Index {
        name: "by_case",
        columns: &["case_identifier"],
    }],
};

/// Framework nodes: strands and competencies. `parent_id` is "" at the top of the tree.
pub const NODE: TableSpec = TableSpec {
    name: "competency_node",
    fields: &[
        ("framework_id", Text),
        ("parent_id", Text),
        ("kind", Text),
        ("code", Text),
        ("label", Text),
        ("statement", Text),
        ("grade_levels", Json),
        ("position", Number),
        ("method", Json),
        ("case_identifier", Text),
        ("case_item_type", Text),
        ("archived", Bool),
    ],
    scope: Scope::Shared,
    label: RowLabel::Column {
        prefix: "Competency",
        column: "code",
    },
    editable: &[
        Editable {
            field: "label",
            max: COMPETENCY_LABEL_MAX,
            required: false,
        },
        Editable {
            field: "statement",
            max: STATEMENT_MAX,
            required: false,
        },
    ],
    indexes: &[
        Index {
            name: "by_framework",
            columns: &["framework_id", "parent_id", "position"],
        },
        Index {
            name: "by_case",
            columns: &["case_identifier"],
        },
    ],
};

/// Prerequisites: `competency_id` builds on `requires_id`, both nodes of `framework_id`.
/// Removing one tombstones the row; a pair added twice (two laptops) counts once.
pub const PREREQUISITE: TableSpec = TableSpec {
    name: "prerequisite",
    fields: &[
        ("framework_id", Text),
        ("competency_id", Text),
        ("requires_id", Text),
    ],
    scope: Scope::Shared,
    label: RowLabel::Id {
        prefix: "Prerequisite",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_framework",
        columns: &["framework_id"],
    }],
};

/// Which frameworks a class uses. Detaching tombstones the link.
pub const CLASS_FRAMEWORK: TableSpec = TableSpec {
    name: "class_framework",
    fields: &[("class_id", Text), ("framework_id", Text)],
    scope: Scope::Column("class_id"),
    label: RowLabel::Id {
        prefix: "Framework link",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_class",
        columns: &["class_id"],
    }],
};

/// Evidence. Deleting tombstones it.
pub const EVIDENCE: TableSpec = TableSpec {
    name: "evidence",
    fields: &[
        ("student_id", Text),
        ("competency_id", Text),
        ("level", Number),
        ("date", Text),
        ("kind", Text),
        ("note", Text),
    ],
    scope: Scope::Parent {
        column: "student_id",
        parent: "student",
    },
    label: RowLabel::Student {
        prefix: "Evidence for",
        column: "student_id",
    },
    editable: &[Editable {
        field: "note",
        max: EVIDENCE_NOTE_MAX,
        required: false,
    }],
    indexes: &[
        Index {
            name: "by_student",
            columns: &[
                "student_id",
                "competency_id",
                "date",
                "id",
                "level",
                "_deleted",
            ],
        },
        Index {
            name: "by_competency",
            columns: &["competency_id"],
        },
    ],
};

/// Status overrides, one row per decision, so the rows are the override's history.
/// A `status` of "" clears the override.
pub const STATUS_OVERRIDE: TableSpec = TableSpec {
    name: "status_override",
    fields: &[
        ("student_id", Text),
        ("competency_id", Text),
        ("status", Text),
        ("reason", Text),
        ("date", Text),
    ],
    scope: Scope::Parent {
        column: "student_id",
        parent: "student",
    },
    label: RowLabel::Student {
        prefix: "Status override for",
        column: "student_id",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_student",
        columns: &["student_id", "competency_id"],
    }],
};

// ---- The classroom: groups, stations and rotations. ----
/// Group sets: a class's groups on a date, and what they were formed on.
pub const GROUP_SET: TableSpec = TableSpec {
    name: "group_set",
    fields: &[
        ("class_id", Text),
        ("date", Text),
        ("title", Text),
        ("basis", Json),
    ],
    scope: Scope::Column("class_id"),
    label: RowLabel::Column {
        prefix: "Group set",
        column: "title",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_class",
        columns: &["class_id", "date"],
    }],
};

/// The groups of a set, in `position` order.
pub const LEARNING_GROUP: TableSpec = TableSpec {
    name: "learning_group",
    fields: &[
        ("set_id", Text),
        ("name", Text),
        ("focus", Text),
        ("position", Number),
        ("locked", Bool),
        ("teacher_led", Bool),
    ],
    scope: Scope::Parent {
        column: "set_id",
        parent: "group_set",
    },
    label: RowLabel::Column {
        prefix: "Group",
        column: "name",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_set",
        columns: &["set_id"],
    }],
};

/// A student's place in a set: which group, and why (the grouping engine's reason).
pub const GROUP_MEMBER: TableSpec = TableSpec {
    name: "group_member",
    fields: &[
        ("set_id", Text),
        ("student_id", Text),
        ("group_id", Text),
        ("reason", Text),
    ],
    scope: Scope::Parent {
        column: "set_id",
        parent: "group_set",
    },
    label: RowLabel::Student {
        prefix: "Group placement of",
        column: "student_id",
    },
    editable: &[],
    indexes: &[
        Index {
            name: "by_set",
            columns: &["set_id"],
        },
        Index {
            name: "by_student",
            columns: &["student_id"],
        },
    ],
};

/// Stations, reusable per class.
pub const STATION: TableSpec = TableSpec {
    name: "station",
    fields: &[
        ("class_id", Text),
        ("name", Text),
        ("kind", Text),
        ("capacity", Number),
        ("materials", Text),
        ("instructions", Text),
        ("position", Number),
        ("archived", Bool),
    ],
    scope: Scope::Column("class_id"),
    label: RowLabel::Column {
        prefix: "Station",
        column: "name",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_class",
        columns: &["class_id"],
    }],
};

/// Rotation plans. `cells` is `{group id: [station id or null, one per round]}`.
pub const ROTATION_PLAN: TableSpec = TableSpec {
    name: "rotation_plan",
    fields: &[
        ("class_id", Text),
        ("date", Text),
        ("group_set_id", Text),
        ("station_ids", Json),
        ("block_minutes", Number),
        ("transition_minutes", Number),
        ("cells", Json),
    ],
    scope: Scope::Column("class_id"),
    label: RowLabel::Column {
        prefix: "Rotation of",
        column: "date",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_class",
        columns: &["class_id", "date"],
    }],
};

// ---- Activities and playlists. ----
/// Activities.
pub const ACTIVITY: TableSpec = TableSpec {
    name: "activity",
    fields: &[
        ("class_id", Text),
        ("competency_id", Text),
        ("title", Text),
        ("modality", Text),
        ("minutes", Number),
        ("instructions", Text),
        ("link", Text),
        ("archived", Bool),
        ("interests", Json),
    ],
    scope: Scope::Column("class_id"),
    label: RowLabel::Column {
        prefix: "Activity",
        column: "title",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_class",
        columns: &["class_id"],
    }],
};

/// Playlists and choice boards. `activity_ids` is the ordered list of activity ids.
pub const PLAYLIST: TableSpec = TableSpec {
    name: "playlist",
    fields: &[
        ("class_id", Text),
        ("title", Text),
        ("kind", Text),
        ("activity_ids", Json),
        ("pick_count", Number),
        ("archived", Bool),
    ],
    scope: Scope::Column("class_id"),
    label: RowLabel::Column {
        prefix: "Playlist",
        column: "title",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_class",
        columns: &["class_id"],
    }],
};

/// A playlist given to a student, a group or a station (`target_kind`). Removing it
/// tombstones the row.
pub const PLAYLIST_ASSIGNMENT: TableSpec = TableSpec {
    name: "playlist_assignment",
    fields: &[
        ("playlist_id", Text),
        ("target_kind", Text),
        ("target_id", Text),
    ],
    scope: Scope::Parent {
        column: "playlist_id",
        parent: "playlist",
    },
    label: RowLabel::Id {
        prefix: "Playlist assignment",
    },
    editable: &[],
    indexes: &[
        Index {
            name: "by_playlist",
            columns: &["playlist_id"],
        },
        Index {
            name: "by_target",
            columns: &["target_id"],
        },
    ],
};

/// A student's progress on one activity of one playlist: `not_started`, `in_progress` or
/// `done`, and the date it last changed.
pub const ACTIVITY_PROGRESS: TableSpec = TableSpec {
    name: "activity_progress",
    fields: &[
        ("student_id", Text),
        ("playlist_id", Text),
        ("activity_id", Text),
        ("status", Text),
        ("date", Text),
    ],
    scope: Scope::Parent {
        column: "student_id",
        parent: "student",
    },
    label: RowLabel::Student {
        prefix: "Playlist progress of",
        column: "student_id",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_student",
        columns: &["student_id", "playlist_id"],
    }],
};

// ---- Student ownership: goals, reflections, the portfolio, conferences; the team reflection. ----
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
    scope: Scope::Parent {
        column: "student_id",
        parent: "student",
    },
    label: RowLabel::Column {
        prefix: "Goal",
        column: "title",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_student",
        columns: &["student_id"],
    }],
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
    scope: Scope::Parent {
        column: "goal_id",
        parent: "goal",
    },
    label: RowLabel::Column {
        prefix: "Goal check-in of",
        column: "date",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_goal",
        columns: &["goal_id"],
    }],
};

/// The reflection prompt bank (shared by every class, like frameworks).
pub const REFLECTION_PROMPT: TableSpec = TableSpec {
    name: "reflection_prompt",
    fields: &[("text", Text), ("position", Number), ("archived", Bool)],
    scope: Scope::Shared,
    label: RowLabel::Column {
        prefix: "Reflection prompt",
        column: "text",
    },
    editable: &[],
    indexes: &[],
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
    scope: Scope::Parent {
        column: "student_id",
        parent: "student",
    },
    label: RowLabel::Student {
        prefix: "Reflection by",
        column: "student_id",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_student",
        columns: &["student_id", "date"],
    }],
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
        ("peer_review", Bool),
        ("share_feedback", Bool),
    ],
    scope: Scope::Parent {
        column: "student_id",
        parent: "student",
    },
    label: RowLabel::Column {
        prefix: "Portfolio item",
        column: "title",
    },
    editable: &[],
    indexes: &[
        Index {
            name: "by_student",
            columns: &["student_id", "date"],
        },
        Index {
            name: "by_sha256",
            columns: &["sha256"],
        },
    ],
};

/// Peer feedback on a portfolio item: a classmate's answers to the protocol's prompts (kept
/// as they were), with the author's id and first name.
pub const PEER_FEEDBACK: TableSpec = TableSpec {
    name: "peer_feedback",
    fields: &[
        ("artifact_id", Text),
        ("author_id", Text),
        ("author_name", Text),
        ("date", Text),
        ("prompts", Json),
        ("answers", Json),
    ],
    scope: Scope::Parent {
        column: "artifact_id",
        parent: "artifact",
    },
    label: RowLabel::Student {
        prefix: "Peer feedback by",
        column: "author_id",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_artifact",
        columns: &["artifact_id"],
    }],
};

/// The peer-feedback protocol: one row (a fixed id) holding the three prompts.
pub const FEEDBACK_PROTOCOL: TableSpec = TableSpec {
    name: "feedback_protocol",
    fields: &[("prompts", Json)],
    scope: Scope::Shared,
    label: RowLabel::Id {
        prefix: "Feedback prompts",
    },
    editable: &[],
    indexes: &[],
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
    scope: Scope::Parent {
        column: "student_id",
        parent: "student",
    },
    label: RowLabel::Student {
        prefix: "Conference with",
        column: "student_id",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_student",
        columns: &["student_id", "date"],
    }],
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
    scope: Scope::Shared,
    label: RowLabel::Column {
        prefix: "Team reflection of",
        column: "date",
    },
    editable: &[],
    indexes: &[],
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
    scope: Scope::Parent {
        column: "reflection_id",
        parent: "team_reflection",
    },
    label: RowLabel::Id {
        prefix: "Team reflection note",
    },
    editable: &[],
    indexes: &[Index {
        name: "by_reflection",
        columns: &["reflection_id"],
    }],
};
