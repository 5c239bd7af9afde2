//! Student mode's one-student view: what a student sees of their own goals, the prompts
//! they may answer, their reflections, their next steps and the choice boards the teacher
//! approved for them, and the classmates' work opened for peer feedback (first names and the
//! work only). Nothing else about anyone else.

use serde::{Deserialize, Serialize};

use crate::feedback::{ReceivedFeedback, ReviewItem};
use crate::goals::GoalView;
use crate::ids::{NodeId, StudentId};
use crate::playlists::StudentPlaylist;
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
    /// What they are ready to learn next, nearest first (no levels).
    pub next_steps: Vec<MyNextStep>,
    /// The choice boards that reach them, each activity with their status.
    pub boards: Vec<StudentPlaylist>,
    /// Classmates' work open for their feedback, newest first.
    pub review: Vec<ReviewItem>,
    /// The feedback protocol's prompts.
    pub feedback_prompts: Vec<String>,
    /// Feedback on their own work that the teacher shares with them.
    pub feedback_received: Vec<ReceivedFeedback>,
}

/// A competency a student is ready for, as student mode names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MyNextStep {
    /// The competency.
    pub competency_id: NodeId,
    /// Its code, else its short label.
    pub code: String,
    /// What it says, in full.
    pub statement: String,
}
