//! One description per syncable table: its fields, the class a row belongs to, how a
//! teacher reads a row in conflict review, which fields she may retype there, and its
//! indexes.
//!
//! Everything else about a table is derived from its [`TableSpec`]: the store builds the
//! materialized table and its indexes from it (and rebuilds them from the op log when a spec
//! changes), the op log picks the stream an op is written in from the row's [`Scope`], sync
//! works out which classes a set of ops touches from the same scope, and conflict review
//! labels rows and offers edits from [`RowLabel`] and [`Editable`]. Adding a syncable table
//! is one entry here plus its use case.
//!
//! This module is a leaf: it depends only on [`crate::validate`]'s limits, so the domain
//! modules can use their tables without importing one another.

use crate::validate::{
    COMPETENCY_LABEL_MAX, EVIDENCE_NOTE_MAX, NAME_MAX, NOTES_MAX, SHORT_MAX, STATEMENT_MAX,
};

/// How a field's value is kept in its materialized column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A JSON string, kept as TEXT.
    Text,
    /// A JSON boolean, kept as INTEGER 0/1.
    Bool,
    /// A JSON array or object, kept as JSON TEXT.
    Json,
    /// A JSON number, kept as REAL.
    Number,
}

/// The class a row belongs to, which decides the stream its ops are written in and who
/// receives them: a co-teacher gets a class's rows only if she shares that class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The row is a class; its id is the class.
    ClassItself,
    /// The row names its class in this column.
    Column(&'static str),
    /// The row belongs to the class of the `parent` row that `column` names (`"id"` when
    /// the row shares its parent's id, as a learner profile shares its student's).
    Parent {
        /// The column holding the parent's id.
        column: &'static str,
        /// The parent's table.
        parent: &'static str,
    },
    /// Not in any class: frameworks, scales, the prompt bank, the team reflection. Shared
    /// rows travel with every share, so only non-student data may be shared.
    Shared,
}

/// How a teacher reads a row in conflict review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowLabel {
    /// `prefix` and the row's `column`, e.g. "Class Period 2".
    Column {
        /// What the row is.
        prefix: &'static str,
        /// The column that names it.
        column: &'static str,
    },
    /// `prefix` and the name of the student `column` names, e.g. "Evidence for Ana Ruiz".
    Student {
        /// What the row is.
        prefix: &'static str,
        /// The column holding the student's id (`"id"` for the student row itself).
        column: &'static str,
    },
    /// `prefix` and the start of the row's id, for rows with nothing better to show.
    Id {
        /// What the row is.
        prefix: &'static str,
    },
}

/// A text field a teacher may retype while resolving a conflict, with its limit and
/// whether it may be blank. Ids, dates, kinds and levels are only ever kept, never typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Editable {
    /// The field.
    pub field: &'static str,
    /// The most characters it holds.
    pub max: usize,
    /// True when it may not be blank.
    pub required: bool,
}

/// An index on a materialized table, named `<table>_<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Index {
    /// The name after the table's, e.g. `by_class`.
    pub name: &'static str,
    /// Its columns, in order (`id` and `_deleted` may be among them).
    pub columns: &'static [&'static str],
}

/// A syncable table: the fields its ops may write (each a column of the same name), its
/// scope, its label and editable fields in conflict review, and its indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSpec {
    /// The table name, as stored in ops.
    pub name: &'static str,
    /// Its fields, `_deleted` excluded.
    pub fields: &'static [(&'static str, FieldKind)],
    /// The class a row belongs to.
    pub scope: Scope,
    /// How a teacher reads a row in conflict review.
    pub label: RowLabel,
    /// The fields she may retype there.
    pub editable: &'static [Editable],
    /// Its indexes.
    pub indexes: &'static [Index],
}

impl TableSpec {
    /// True when `field` is one of this table's fields.
    pub fn has(&self, field: &str) -> bool {
        self.fields.iter().any(|(f, _)| *f == field)
    }

    /// The field's kind, if it is one of this table's.
    pub fn kind(&self, field: &str) -> Option<FieldKind> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, k)| *k)
    }

    /// The editable field `field`, if the teacher may retype it in conflict review.
    pub fn editable(&self, field: &str) -> Option<&'static Editable> {
        self.editable.iter().find(|e| e.field == field)
    }

    /// True when rows of this table are shared by every class.
    pub fn is_shared(&self) -> bool {
        self.scope == Scope::Shared
    }
}

/// The spec for a table name, if it is one of ours.
pub fn table_spec(name: &str) -> Option<&'static TableSpec> {
    TABLES.iter().find(|t| t.name == name)
}

/// Why a set of specs cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecProblem {
    /// Two specs share a name.
    Duplicate(&'static str),
    /// A scope, label, editable field or index names a column the table does not have.
    UnknownColumn {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
    },
    /// A parent scope names a table that is not among the specs.
    UnknownParent {
        /// The table.
        table: &'static str,
        /// The parent it names.
        parent: &'static str,
    },
    /// Following parents from this table never reaches a class or a shared table.
    ScopeLoop(&'static str),
    /// A shared table has a column that names a student or a row of a class.
    SharedNamesStudent {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
    },
}

/// Checks that every spec's scope, label, editable fields and indexes name real columns,
/// that every parent chain ends in a class, and that no shared table has a column naming a
/// student, a class, or a row that belongs to a class (a column `<table>_id` or `*_id` for
/// a class-scoped table, `student_id`, `class_id`, `target_id`). `TABLES` must pass; the
/// tests also feed it broken specs.
pub fn check_specs(specs: &[TableSpec]) -> Result<(), SpecProblem> {
    let has = |t: &TableSpec, c: &str| c == "id" || c == "_deleted" || t.has(c);
    for (i, t) in specs.iter().enumerate() {
        if specs[..i].iter().any(|u| u.name == t.name) {
            return Err(SpecProblem::Duplicate(t.name));
        }
        let mut named: Vec<&'static str> = vec![];
        match t.scope {
            Scope::Column(c) | Scope::Parent { column: c, .. } => named.push(c),
            Scope::ClassItself | Scope::Shared => {}
        }
        match t.label {
            RowLabel::Column { column, .. } | RowLabel::Student { column, .. } => {
                named.push(column)
            }
            RowLabel::Id { .. } => {}
        }
        named.extend(t.editable.iter().map(|e| e.field));
        named.extend(t.indexes.iter().flat_map(|i| i.columns.iter().copied()));
        if let Some(column) = named.into_iter().find(|c| !has(t, c)) {
            return Err(SpecProblem::UnknownColumn {
                table: t.name,
                column,
            });
        }
        // Walk the parents: each step must name a spec, and the chain must end.
        let mut at = t;
        for _ in 0..=specs.len() {
            match at.scope {
                Scope::Parent { parent, .. } => {
                    at = specs.iter().find(|u| u.name == parent).ok_or(
                        SpecProblem::UnknownParent {
                            table: at.name,
                            parent,
                        },
                    )?;
                }
                _ => break,
            }
        }
        if matches!(at.scope, Scope::Parent { .. }) {
            return Err(SpecProblem::ScopeLoop(t.name));
        }
        if t.is_shared() {
            let class_scoped = |c: &str| {
                specs
                    .iter()
                    .any(|u| !u.is_shared() && c.strip_suffix("_id") == Some(u.name))
            };
            let names_student = |c: &str| {
                matches!(c, "student_id" | "class_id" | "target_id" | "set_id") || class_scoped(c)
            };
            if let Some((column, _)) = t.fields.iter().find(|(c, _)| names_student(c)) {
                return Err(SpecProblem::SharedNamesStudent {
                    table: t.name,
                    column,
                });
            }
        }
    }
    Ok(())
}

/// Every syncable table, in the order a rebuild materializes them.
pub const TABLES: &[TableSpec] = &[
    CLASS,
    STUDENT,
    LEARNER_PROFILE,
    FRAMEWORK,
    NODE,
    CLASS_FRAMEWORK,
    EVIDENCE,
    STATUS_OVERRIDE,
    GROUP_SET,
    LEARNING_GROUP,
    GROUP_MEMBER,
    STATION,
    ROTATION_PLAN,
    ACTIVITY,
    PLAYLIST,
    PLAYLIST_ASSIGNMENT,
    ACTIVITY_PROGRESS,
    GOAL,
    GOAL_CHECKIN,
    REFLECTION_PROMPT,
    REFLECTION,
    ARTIFACT,
    CONFERENCE,
    TEAM_REFLECTION,
    TEAM_APPROACH_NOTE,
];

use FieldKind::{Bool, Json, Number, Text};

// ---- Classes, students and learner profiles. ----
/// Classes.
pub const CLASS: TableSpec = TableSpec {
    name: "class",
    fields: &[
        ("name", Text),
        ("subject", Text),
        ("grade_level", Text),
        ("archived", Bool),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_has_a_scope_that_resolves_and_no_shared_table_names_a_student() {
        assert_eq!(
            check_specs(TABLES),
            Ok(()),
            "the app's own specs must pass the checks sync relies on"
        );
    }

    #[test]
    fn a_parent_scope_must_name_a_real_table_and_end_in_a_class() {
        const ORPHAN: TableSpec = TableSpec {
            name: "orphan",
            fields: &[("thing_id", Text)],
            scope: Scope::Parent {
                column: "thing_id",
                parent: "thing",
            },
            label: RowLabel::Id { prefix: "Orphan" },
            editable: &[],
            indexes: &[],
        };
        assert_eq!(
            check_specs(&[CLASS, ORPHAN]),
            Err(SpecProblem::UnknownParent {
                table: "orphan",
                parent: "thing"
            }),
            "a row whose parent table is unknown has no class, so no stream"
        );
        const A: TableSpec = TableSpec {
            name: "a",
            fields: &[("b_id", Text)],
            scope: Scope::Parent {
                column: "b_id",
                parent: "b",
            },
            ..ORPHAN
        };
        const B: TableSpec = TableSpec {
            name: "b",
            fields: &[("a_id", Text)],
            scope: Scope::Parent {
                column: "a_id",
                parent: "a",
            },
            ..ORPHAN
        };
        assert_eq!(
            check_specs(&[A, B]),
            Err(SpecProblem::ScopeLoop("a")),
            "parents that name each other never reach a class"
        );
    }

    #[test]
    fn a_shared_table_may_not_name_a_student_or_a_class_row() {
        const NOTES: TableSpec = TableSpec {
            name: "shared_notes",
            fields: &[("text", Text), ("student_id", Text)],
            scope: Scope::Shared,
            label: RowLabel::Id { prefix: "Note" },
            editable: &[],
            indexes: &[],
        };
        assert_eq!(
            check_specs(&[STUDENT, NOTES]),
            Err(SpecProblem::SharedNamesStudent {
                table: "shared_notes",
                column: "student_id"
            }),
            "shared rows go to every co-teacher, so they must hold no student"
        );
        const LINKS: TableSpec = TableSpec {
            name: "shared_links",
            fields: &[("goal_id", Text)],
            ..NOTES
        };
        assert_eq!(
            check_specs(&[CLASS, STUDENT, GOAL, LINKS]),
            Err(SpecProblem::SharedNamesStudent {
                table: "shared_links",
                column: "goal_id"
            }),
            "a row of a class-scoped table is a student's too"
        );
    }

    #[test]
    fn labels_editable_fields_and_indexes_name_real_columns() {
        const BAD: TableSpec = TableSpec {
            indexes: &[Index {
                name: "by_nothing",
                columns: &["nothing"],
            }],
            ..CLASS
        };
        assert_eq!(
            check_specs(&[BAD]),
            Err(SpecProblem::UnknownColumn {
                table: "class",
                column: "nothing"
            }),
            "an index on a missing column would fail when the table is built"
        );
        assert_eq!(
            check_specs(&[CLASS, CLASS]),
            Err(SpecProblem::Duplicate("class")),
            "a table is described once"
        );
    }
}
