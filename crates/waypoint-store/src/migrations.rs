//! The schema, as append-only migrations. Never edit a shipped migration: add a new one.

use rusqlite_migration::{M, Migrations};

/// Every migration's SQL, in order. Append only.
const ALL: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8, V9];

/// The schema version this build migrates to.
pub(crate) const LATEST: usize = ALL.len();

/// Every migration in order. `migrations_are_valid` in the tests checks them from empty.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(ALL.iter().map(|sql| M::up(sql)).collect())
}

/// Version 1: the op log and its bookkeeping, and the roster's materialized tables.
///
/// The materialized tables have no foreign keys on purpose: deletes never cascade, and a
/// row whose parent has not arrived yet (sync) is kept as an orphan until it does.
const V1: &str = r#"
CREATE TABLE local_device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    install_token TEXT NOT NULL,
    file_identity TEXT NOT NULL
) STRICT;

CREATE TABLE hlc_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    wall_ms INTEGER NOT NULL,
    counter INTEGER NOT NULL
) STRICT;

CREATE TABLE op (
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    hlc_wall INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    deps TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('set', 'tombstone', 'restore', 'purge')),
    fields TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX op_by_row ON op (tbl, row_id);

CREATE TABLE version_vector (
    origin TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
) STRICT;

CREATE TABLE field_conflict (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    candidates TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) STRICT;

CREATE TABLE class (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    subject TEXT,
    grade_level TEXT,
    archived INTEGER
);

CREATE TABLE student (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    class_id TEXT,
    given_name TEXT,
    family_name TEXT,
    preferred_name TEXT,
    birth_date TEXT,
    archived INTEGER
);
CREATE INDEX student_by_class ON student (class_id);

CREATE TABLE learner_profile (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    strengths TEXT,
    needs TEXT,
    interests TEXT,
    career_goals TEXT,
    work_with TEXT,
    learn_by TEXT,
    home_language TEXT,
    other_languages TEXT,
    accommodations TEXT,
    family_contacts TEXT,
    notes TEXT
);
"#;

/// Version 2: competency frameworks and their nodes, which frameworks each class uses,
/// evidence, and status overrides. Materialized like V1's tables: no foreign keys.
const V2: &str = r#"
CREATE TABLE framework (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    subject TEXT,
    scale TEXT,
    method TEXT,
    case_identifier TEXT,
    case_version TEXT,
    archived INTEGER
);
CREATE INDEX framework_by_case ON framework (case_identifier);

CREATE TABLE competency_node (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    framework_id TEXT,
    parent_id TEXT,
    kind TEXT,
    code TEXT,
    label TEXT,
    statement TEXT,
    grade_levels TEXT,
    position REAL,
    method TEXT,
    case_identifier TEXT,
    case_item_type TEXT,
    archived INTEGER
);
CREATE INDEX competency_node_by_framework ON competency_node (framework_id, parent_id, position);
CREATE INDEX competency_node_by_case ON competency_node (case_identifier);

CREATE TABLE class_framework (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    class_id TEXT,
    framework_id TEXT
);
CREATE INDEX class_framework_by_class ON class_framework (class_id);

CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    student_id TEXT,
    competency_id TEXT,
    level REAL,
    date TEXT,
    kind TEXT,
    note TEXT
);
-- Covers the grid's per-student scan in (competency, date, id) order with no table lookups.
CREATE INDEX evidence_by_student ON evidence (student_id, competency_id, date, id, level, _deleted);
CREATE INDEX evidence_by_competency ON evidence (competency_id);

CREATE TABLE status_override (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    student_id TEXT,
    competency_id TEXT,
    status TEXT,
    reason TEXT,
    date TEXT
);
CREATE INDEX status_override_by_student ON status_override (student_id, competency_id);
"#;

/// Version 3: local sync bookkeeping (not ops, never synced): every bundle imported, and
/// per peer the version vector it last sent, from which an incremental export is cut.
const V3: &str = r#"
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    payload_sha256 TEXT NOT NULL,
    source_device TEXT NOT NULL,
    source_label TEXT NOT NULL,
    imported_at_ms INTEGER NOT NULL,
    new_ops INTEGER NOT NULL,
    already_ops INTEGER NOT NULL,
    conflicts INTEGER NOT NULL
) STRICT;

CREATE TABLE peer (
    device TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    their_vv TEXT NOT NULL,
    last_import_ms INTEGER NOT NULL
) STRICT;
"#;

/// Version 4: this laptop's handoff settings (label, sync folder, class passphrase, last
/// sync) and the classes the teacher chose to receive from co-teachers. Local, never synced.
const V4: &str = r#"
CREATE TABLE handoff_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE received_class (
    class_id TEXT PRIMARY KEY,
    chosen_at_ms INTEGER NOT NULL
) STRICT;
"#;

/// Version 5: the classroom: group sets, their groups and memberships, stations, rotation
/// plans, and activities, playlists, their assignments and students' progress. Materialized
/// from ops like V1's tables: no foreign keys.
const V5: &str = r#"
CREATE TABLE group_set (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    class_id TEXT,
    date TEXT,
    title TEXT,
    basis TEXT
);
CREATE INDEX group_set_by_class ON group_set (class_id, date);

CREATE TABLE learning_group (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    set_id TEXT,
    name TEXT,
    focus TEXT,
    position REAL,
    locked INTEGER,
    teacher_led INTEGER
);
CREATE INDEX learning_group_by_set ON learning_group (set_id);

CREATE TABLE group_member (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    set_id TEXT,
    student_id TEXT,
    group_id TEXT,
    reason TEXT
);
CREATE INDEX group_member_by_set ON group_member (set_id);
CREATE INDEX group_member_by_student ON group_member (student_id);

CREATE TABLE station (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    class_id TEXT,
    name TEXT,
    kind TEXT,
    capacity REAL,
    materials TEXT,
    instructions TEXT,
    position REAL,
    archived INTEGER
);
CREATE INDEX station_by_class ON station (class_id);

CREATE TABLE rotation_plan (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    class_id TEXT,
    date TEXT,
    group_set_id TEXT,
    station_ids TEXT,
    block_minutes REAL,
    transition_minutes REAL,
    cells TEXT
);
CREATE INDEX rotation_plan_by_class ON rotation_plan (class_id, date);

CREATE TABLE activity (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    class_id TEXT,
    competency_id TEXT,
    title TEXT,
    modality TEXT,
    minutes REAL,
    instructions TEXT,
    link TEXT,
    archived INTEGER
);
CREATE INDEX activity_by_class ON activity (class_id);

CREATE TABLE playlist (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    class_id TEXT,
    title TEXT,
    kind TEXT,
    activity_ids TEXT,
    pick_count REAL,
    archived INTEGER
);
CREATE INDEX playlist_by_class ON playlist (class_id);

CREATE TABLE playlist_assignment (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    playlist_id TEXT,
    target_kind TEXT,
    target_id TEXT
);
CREATE INDEX playlist_assignment_by_playlist ON playlist_assignment (playlist_id);
CREATE INDEX playlist_assignment_by_target ON playlist_assignment (target_id);

CREATE TABLE activity_progress (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    student_id TEXT,
    playlist_id TEXT,
    activity_id TEXT,
    status TEXT,
    date TEXT
);
CREATE INDEX activity_progress_by_student ON activity_progress (student_id, playlist_id);
"#;

/// Version 6: student ownership: goals and their check-ins, the reflection prompt bank and
/// reflections, portfolio artifacts (the record; the bytes live beside the database, named
/// by their SHA-256), conference records, and the school team's reflection on personalized
/// learning with its notes per approach. Materialized from ops: no foreign keys.
const V6: &str = r#"
CREATE TABLE goal (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    student_id TEXT,
    title TEXT,
    why TEXT,
    steps TEXT,
    target_date TEXT,
    status TEXT,
    competency_ids TEXT,
    profile_links TEXT,
    created_date TEXT
);
CREATE INDEX goal_by_student ON goal (student_id);

CREATE TABLE goal_checkin (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    goal_id TEXT,
    date TEXT,
    progress REAL,
    note TEXT,
    author TEXT
);
CREATE INDEX goal_checkin_by_goal ON goal_checkin (goal_id);

CREATE TABLE reflection_prompt (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    text TEXT,
    position REAL,
    archived INTEGER
);

CREATE TABLE reflection (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    student_id TEXT,
    prompt_id TEXT,
    prompt_text TEXT,
    response TEXT,
    date TEXT,
    competency_id TEXT,
    self_rating REAL,
    evidence_id TEXT,
    for_conference INTEGER,
    author TEXT
);
CREATE INDEX reflection_by_student ON reflection (student_id, date);

CREATE TABLE artifact (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    student_id TEXT,
    title TEXT,
    date TEXT,
    reflection TEXT,
    competency_ids TEXT,
    highlight INTEGER,
    file_name TEXT,
    mime TEXT,
    size REAL,
    sha256 TEXT
);
CREATE INDEX artifact_by_student ON artifact (student_id, date);
CREATE INDEX artifact_by_sha256 ON artifact (sha256);

CREATE TABLE conference (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    student_id TEXT,
    date TEXT,
    attendees TEXT,
    notes TEXT,
    next_steps TEXT,
    follow_ups TEXT,
    student_led INTEGER
);
CREATE INDEX conference_by_student ON conference (student_id, date);

CREATE TABLE team_reflection (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    team TEXT,
    date TEXT,
    answer_1 TEXT,
    answer_2 TEXT,
    answer_3 TEXT
);

CREATE TABLE team_approach_note (
    id TEXT PRIMARY KEY,
    _deleted INTEGER NOT NULL DEFAULT 0,
    reflection_id TEXT,
    approach_id TEXT,
    now TEXT,
    different TEXT
);
CREATE INDEX team_approach_note_by_reflection ON team_approach_note (reflection_id);
"#;

/// Version 7: local bookkeeping for per-class sharing. From here on the materialized tables
/// are built from their specs (`crate::schema`), not by migrations: `materialized_schema`
/// keeps the fingerprint of the specs they were built from, so a change rebuilds them from
/// the op log. `share` is this laptop's shares: one class, the sync folder it syncs through
/// (its passphrase is in the OS credential store, never here), and when it last synced.
const V7: &str = r#"
CREATE TABLE materialized_schema (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
) STRICT;

CREATE TABLE share (
    class_id TEXT PRIMARY KEY,
    folder TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    last_sync_ms INTEGER
) STRICT;
"#;

/// Version 8: local bookkeeping for imports of a school's files (rosters, scores,
/// frameworks). `file_import` is each import applied: what it was, a summary of counts (no
/// names), how many ops this device had written once it committed (undo is offered only
/// while that is still the count), and its undo log (the prior values of every row it
/// touched; emptied once it can no longer be used, and on every purge). `import_map` is a
/// column map the teacher saved for a kind of file, with the headers it was made from.
const V8: &str = r#"
CREATE TABLE file_import (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    summary TEXT NOT NULL,
    own_ops_after INTEGER NOT NULL,
    undo_log TEXT NOT NULL,
    undone_at_ms INTEGER
) STRICT;

CREATE TABLE import_map (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    headers TEXT NOT NULL,
    map TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) STRICT;
"#;

/// Version 9: local bookkeeping for the printouts' family languages, not ops (a review
/// or a correction is about this laptop's copy of a catalog, not about a student).
/// `print_catalog_review` is a language a person approved here (the "needs review" mark
/// goes); `print_catalog_edit` is an interpreter's correction of one label, which prints
/// in place of the shipped text.
const V9: &str = r#"
CREATE TABLE print_catalog_review (
    lang TEXT PRIMARY KEY,
    approved_at_ms INTEGER NOT NULL,
    approved_by TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE print_catalog_edit (
    lang TEXT NOT NULL,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    edited_at_ms INTEGER NOT NULL,
    PRIMARY KEY (lang, id)
) STRICT;
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(
            migrations().validate().is_ok(),
            "every migration must apply cleanly from empty"
        );
    }
}
