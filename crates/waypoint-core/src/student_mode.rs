//! Student mode's one-student view: what a student sees of their own goals, the prompts
//! they may answer and their reflections, and nothing about anyone else.

use serde::{Deserialize, Serialize};

use crate::goals::GoalView;
use crate::ids::StudentId;
use crate::reflections::{PromptView, ReflectionView};

/// What student mode shows: one student's goals, the active prompts and their own
/// reflections, and nothing about anyone else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentModeView {
    /// The student.
    pub student_id: StudentId,
    /// Their display name.
    pub display_name: String,
    /// Their goals.
    pub goals: Vec<GoalView>,
    /// The prompts they may answer (archived ones left out).
    pub prompts: Vec<PromptView>,
    /// Their reflections, newest first.
    pub reflections: Vec<ReflectionView>,
}
