//! UUIDv7 id newtypes, one per kind of thing, so a student id can never be passed where a
//! class id is expected.
//!
//! Ids are minted where the row is created (see `waypoint-store`), from the wall time and
//! random bytes passed in: this crate never reads a clock or a random source itself.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

use crate::{Error, Result};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// Mints a UUIDv7 from a Unix time in milliseconds and 10 random bytes.
            pub fn mint(unix_ms: u64, random: [u8; 10]) -> Self {
                Self(uuid::Builder::from_unix_timestamp_millis(unix_ms, &random).into_uuid())
            }
            /// Wraps an existing UUID.
            pub fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }
            /// The UUID inside.
            pub fn uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                Uuid::parse_str(s.trim())
                    .map(Self)
                    .map_err(|_| Error::BadId(s.chars().take(60).collect()))
            }
        }
    };
}

id_type!(
    /// A class (a group of students the teacher teaches together).
    ClassId
);
id_type!(
    /// A student.
    StudentId
);
id_type!(
    /// A competency framework (the root of a tree of strands and competencies).
    FrameworkId
);
id_type!(
    /// A node of a framework: a strand (domain, cluster, …) or a competency.
    NodeId
);
id_type!(
    /// One piece of evidence: a student's level on a competency, on a date.
    EvidenceId
);
id_type!(
    /// A teacher's override of a student's status on a competency, with its reason.
    OverrideId
);
id_type!(
    /// The link that attaches a framework to a class.
    AttachmentId
);
id_type!(
    /// One installation of Waypoint on one database file: the origin of ops.
    DeviceId
);
id_type!(
    /// A saved set of groups for a class on a date.
    GroupSetId
);
id_type!(
    /// One group of a group set.
    GroupId
);
id_type!(
    /// A student's place in a group set (which group they are in).
    MembershipId
);
id_type!(
    /// A classroom station (teacher-led, collaborative, independent, online, custom).
    StationId
);
id_type!(
    /// A station rotation plan: rounds × stations for a group set.
    RotationId
);
id_type!(
    /// A learning activity on a competency.
    ActivityId
);
id_type!(
    /// A playlist or a choice board of activities.
    PlaylistId
);
id_type!(
    /// A playlist given to a student, a group or a station.
    AssignmentId
);
id_type!(
    /// A student's progress on one activity of one playlist.
    ProgressId
);
id_type!(
    /// A student's goal.
    GoalId
);
id_type!(
    /// A check-in on a goal.
    CheckInId
);
id_type!(
    /// A reflection prompt in the bank.
    PromptId
);
id_type!(
    /// A student's reflection.
    ReflectionId
);
id_type!(
    /// A portfolio artifact (the record of a file).
    ArtifactId
);
id_type!(
    /// A conference record.
    ConferenceId
);
id_type!(
    /// A school team's reflection on personalized learning.
    TeamReflectionId
);
id_type!(
    /// A team's notes on one approach.
    TeamNoteId
);
id_type!(
    /// One prerequisite: a competency that builds on another.
    PrerequisiteId
);
id_type!(
    /// One student's feedback on a classmate's portfolio item.
    FeedbackId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minted_ids_are_version_7_and_sort_by_time() {
        let a = StudentId::mint(1_000, [1; 10]);
        let b = StudentId::mint(2_000, [0; 10]);
        assert_eq!(
            a.uuid().get_version_num(),
            7,
            "ids must be UUIDv7 as DESIGN.md requires"
        );
        assert!(
            a < b,
            "v7 ids minted later must sort later, which keeps inserts local"
        );
    }

    #[test]
    fn ids_round_trip_through_text_and_reject_garbage() {
        let a = ClassId::mint(42, [7; 10]);
        assert_eq!(
            a.to_string().parse::<ClassId>(),
            Ok(a),
            "text form must parse back"
        );
        assert_eq!(
            "not-an-id".parse::<ClassId>(),
            Err(Error::BadId("not-an-id".into())),
            "an unknown id string must be a typed error, not a panic"
        );
    }
}
