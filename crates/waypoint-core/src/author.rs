//! Who wrote a student's words (a goal's check-in, a reflection): the student or the
//! teacher. Shared by goals and reflections.

use serde::{Deserialize, Serialize};

/// Who wrote a check-in or a reflection.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    /// The student, usually in student mode.
    Student,
    /// The teacher.
    #[default]
    Teacher,
}

impl Author {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Author::Student => "student",
            Author::Teacher => "teacher",
        }
    }

    /// Parses the stored name; anything unknown reads as the teacher, so nothing is ever
    /// presented as a student's own words that might not be.
    pub fn parse(s: &str) -> Author {
        match s {
            "student" => Author::Student,
            _ => Author::Teacher,
        }
    }
}
