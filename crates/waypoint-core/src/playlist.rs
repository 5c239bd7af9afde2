//! Activities, playlists and choice boards, who they are assigned to, and each student's
//! progress: flexible path and pace.
//!
//! An activity belongs to a competency and has a modality and a length. A playlist is an
//! ordered list of activities done in turn; a choice board is a grid of activities from
//! which a student picks `pick_count`. Either is assigned to a student, a group or a station;
//! a student's progress on an activity of a playlist is a row of its own, so two laptops
//! ticking off different activities never touch the same field.

use crate::roster::FieldKind::{Bool, Json, Number, Text};
use crate::roster::TableSpec;

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
};
