//! Student ownership commands: goals and check-ins, the prompt bank, reflections,
//! conferences, the teacher PIN and student mode, and the team reflection tool.
//!
//! Every command but student mode's own goes through [`AppState::db`], which refuses while
//! student mode is on. The student-mode commands go through [`AppState::student_db`] and
//! act for the mode's student only: they take no student id from the page.

use tauri::State;
use waypoint_core::conferences::{ConferenceInput, ConferenceView};
use waypoint_core::goals::{CheckInInput, GoalInput, GoalOverview, GoalView};
use waypoint_core::ids::{
    ClassId, ConferenceId, GoalId, PromptId, ReflectionId, StudentId, TeamReflectionId,
};
use waypoint_core::reflections::{PromptView, ReflectionInput, ReflectionView};
use waypoint_core::student_mode::StudentModeView;
use waypoint_core::team::{TeamReflectionSummary, TeamReflectionView};
use waypoint_store::{conferences, goals, reflections, settings, student_mode, team};

use crate::error::IpcError;
use crate::state::{AppState, today};

/// A student's goals.
#[tauri::command(async)]
#[specta::specta]
pub fn list_goals(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<Vec<GoalView>, IpcError> {
    Ok(goals::list_goals(state.db()?.conn(), student_id, &today())?)
}

/// Creates a goal for a student.
#[tauri::command(async)]
#[specta::specta]
pub fn create_goal(
    state: State<'_, AppState>,
    student_id: StudentId,
    input: GoalInput,
) -> Result<GoalView, IpcError> {
    Ok(goals::create_goal(
        &mut *state.db()?,
        student_id,
        &input,
        &today(),
    )?)
}

/// Edits a goal.
#[tauri::command(async)]
#[specta::specta]
pub fn update_goal(
    state: State<'_, AppState>,
    id: GoalId,
    input: GoalInput,
) -> Result<GoalView, IpcError> {
    Ok(goals::update_goal(&mut *state.db()?, id, &input, &today())?)
}

/// Deletes a goal (undo with `restore_goal`).
#[tauri::command(async)]
#[specta::specta]
pub fn delete_goal(state: State<'_, AppState>, id: GoalId) -> Result<(), IpcError> {
    Ok(goals::delete_goal(&mut *state.db()?, id)?)
}

/// Brings back a deleted goal.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_goal(state: State<'_, AppState>, id: GoalId) -> Result<GoalView, IpcError> {
    Ok(goals::restore_goal(&mut *state.db()?, id, &today())?)
}

/// Adds a check-in to a goal.
#[tauri::command(async)]
#[specta::specta]
pub fn add_check_in(
    state: State<'_, AppState>,
    goal_id: GoalId,
    input: CheckInInput,
) -> Result<GoalView, IpcError> {
    Ok(goals::add_check_in(
        &mut *state.db()?,
        goal_id,
        &input,
        &today(),
    )?)
}

/// The class's overdue and stale goals and its students without an active goal.
#[tauri::command(async)]
#[specta::specta]
pub fn goal_overview(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<GoalOverview, IpcError> {
    Ok(goals::goal_overview(
        state.db()?.conn(),
        class_id,
        &today(),
    )?)
}

/// The prompt bank.
#[tauri::command(async)]
#[specta::specta]
pub fn list_prompts(
    state: State<'_, AppState>,
    include_archived: bool,
) -> Result<Vec<PromptView>, IpcError> {
    Ok(reflections::list_prompts(
        state.db()?.conn(),
        include_archived,
    )?)
}

/// Adds a prompt to the bank.
#[tauri::command(async)]
#[specta::specta]
pub fn create_prompt(state: State<'_, AppState>, text: String) -> Result<PromptView, IpcError> {
    Ok(reflections::create_prompt(&mut *state.db()?, &text)?)
}

/// Rewords a prompt.
#[tauri::command(async)]
#[specta::specta]
pub fn update_prompt(
    state: State<'_, AppState>,
    id: PromptId,
    text: String,
) -> Result<PromptView, IpcError> {
    Ok(reflections::update_prompt(&mut *state.db()?, id, &text)?)
}

/// Archives or unarchives a prompt.
#[tauri::command(async)]
#[specta::specta]
pub fn set_prompt_archived(
    state: State<'_, AppState>,
    id: PromptId,
    archived: bool,
) -> Result<PromptView, IpcError> {
    Ok(reflections::set_prompt_archived(
        &mut *state.db()?,
        id,
        archived,
    )?)
}

/// A student's reflections, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_reflections(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<Vec<ReflectionView>, IpcError> {
    Ok(reflections::list_reflections(
        state.db()?.conn(),
        student_id,
    )?)
}

/// Adds a reflection for a student.
#[tauri::command(async)]
#[specta::specta]
pub fn add_reflection(
    state: State<'_, AppState>,
    student_id: StudentId,
    input: ReflectionInput,
) -> Result<ReflectionView, IpcError> {
    Ok(reflections::add_reflection(
        &mut *state.db()?,
        student_id,
        &input,
    )?)
}

/// Edits a reflection (and its self-assessment evidence).
#[tauri::command(async)]
#[specta::specta]
pub fn update_reflection(
    state: State<'_, AppState>,
    id: ReflectionId,
    input: ReflectionInput,
) -> Result<ReflectionView, IpcError> {
    Ok(reflections::update_reflection(
        &mut *state.db()?,
        id,
        &input,
    )?)
}

/// Deletes a reflection (and its self-assessment evidence).
#[tauri::command(async)]
#[specta::specta]
pub fn delete_reflection(state: State<'_, AppState>, id: ReflectionId) -> Result<(), IpcError> {
    Ok(reflections::delete_reflection(&mut *state.db()?, id)?)
}

/// A student's conference records, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_conferences(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<Vec<ConferenceView>, IpcError> {
    Ok(conferences::list_conferences(
        state.db()?.conn(),
        student_id,
    )?)
}

/// Records a conference.
#[tauri::command(async)]
#[specta::specta]
pub fn create_conference(
    state: State<'_, AppState>,
    student_id: StudentId,
    input: ConferenceInput,
) -> Result<ConferenceView, IpcError> {
    Ok(conferences::create_conference(
        &mut *state.db()?,
        student_id,
        &input,
    )?)
}

/// Edits a conference record.
#[tauri::command(async)]
#[specta::specta]
pub fn update_conference(
    state: State<'_, AppState>,
    id: ConferenceId,
    input: ConferenceInput,
) -> Result<ConferenceView, IpcError> {
    Ok(conferences::update_conference(
        &mut *state.db()?,
        id,
        &input,
    )?)
}

/// Deletes a conference record.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_conference(state: State<'_, AppState>, id: ConferenceId) -> Result<(), IpcError> {
    Ok(conferences::delete_conference(&mut *state.db()?, id)?)
}

/// Whether a teacher PIN is set on this laptop.
#[tauri::command(async)]
#[specta::specta]
pub fn has_teacher_pin(state: State<'_, AppState>) -> Result<bool, IpcError> {
    Ok(settings::has_teacher_pin(state.db()?.conn())?)
}

/// Sets the teacher PIN; `current_pin` must match when one is set.
#[tauri::command(async)]
#[specta::specta]
pub fn set_teacher_pin(
    state: State<'_, AppState>,
    current_pin: String,
    new_pin: String,
) -> Result<(), IpcError> {
    Ok(settings::set_teacher_pin(
        &mut *state.db()?,
        &current_pin,
        &new_pin,
    )?)
}

/// Hands the laptop to a student: only their page is reachable until the PIN is given.
#[tauri::command(async)]
#[specta::specta]
pub fn enter_student_mode(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<(), IpcError> {
    state.enter_student_mode(student_id, &today())
}

/// Gives the laptop back to the teacher, with the teacher's PIN.
#[tauri::command(async)]
#[specta::specta]
pub fn leave_student_mode(state: State<'_, AppState>, pin: String) -> Result<(), IpcError> {
    state.leave_student_mode(&pin)
}

/// In student mode, the one student's page.
#[tauri::command(async)]
#[specta::specta]
pub fn student_mode_view(state: State<'_, AppState>) -> Result<StudentModeView, IpcError> {
    let (db, student) = state.student_db()?;
    Ok(student_mode::student_mode_view(&db, student, &today())?)
}

/// In student mode, a check-in on one of the student's own goals.
#[tauri::command(async)]
#[specta::specta]
pub fn student_mode_check_in(
    state: State<'_, AppState>,
    goal_id: GoalId,
    input: CheckInInput,
) -> Result<StudentModeView, IpcError> {
    let (mut db, student) = state.student_db()?;
    Ok(student_mode::student_check_in(
        &mut db,
        student,
        goal_id,
        &input,
        &today(),
    )?)
}

/// In student mode, a reflection by the student.
#[tauri::command(async)]
#[specta::specta]
pub fn student_mode_reflect(
    state: State<'_, AppState>,
    input: ReflectionInput,
) -> Result<StudentModeView, IpcError> {
    let (mut db, student) = state.student_db()?;
    Ok(student_mode::student_reflect(
        &mut db,
        student,
        &input,
        &today(),
    )?)
}

/// Every team reflection, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_team_reflections(
    state: State<'_, AppState>,
) -> Result<Vec<TeamReflectionSummary>, IpcError> {
    Ok(team::list_team_reflections(state.db()?.conn())?)
}

/// Starts a team reflection.
#[tauri::command(async)]
#[specta::specta]
pub fn create_team_reflection(
    state: State<'_, AppState>,
    team: String,
    date: String,
) -> Result<TeamReflectionView, IpcError> {
    Ok(team::create_team_reflection(
        &mut *state.db()?,
        &team,
        &date,
    )?)
}

/// A team reflection with every approach and question.
#[tauri::command(async)]
#[specta::specta]
pub fn get_team_reflection(
    state: State<'_, AppState>,
    id: TeamReflectionId,
) -> Result<TeamReflectionView, IpcError> {
    Ok(team::get_team_reflection(state.db()?.conn(), id)?)
}

/// Saves the team's notes on one approach.
#[tauri::command(async)]
#[specta::specta]
pub fn save_team_approach(
    state: State<'_, AppState>,
    id: TeamReflectionId,
    approach_id: String,
    now: String,
    different: String,
) -> Result<TeamReflectionView, IpcError> {
    Ok(team::save_team_approach(
        &mut *state.db()?,
        id,
        &approach_id,
        &now,
        &different,
    )?)
}

/// Saves the team's answer to one of the three questions.
#[tauri::command(async)]
#[specta::specta]
pub fn save_team_answer(
    state: State<'_, AppState>,
    id: TeamReflectionId,
    question: u32,
    answer: String,
) -> Result<TeamReflectionView, IpcError> {
    Ok(team::save_team_answer(
        &mut *state.db()?,
        id,
        question,
        &answer,
    )?)
}
