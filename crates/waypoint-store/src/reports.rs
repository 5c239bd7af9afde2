//! Gathers what the printouts show and renders them with [`waypoint_core::reports`]: the
//! conference report of one student or a whole class, the class summary, and the team's
//! reflection. The HTML is the same whether the app prints it or `waypoint report` writes it.

use std::collections::HashMap;
use std::path::Path;
use waypoint_core::msg;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use waypoint_core::ids::{ClassId, StudentId, TeamReflectionId};
use waypoint_core::mastery::Status;
use waypoint_core::progressions::Readiness;
use waypoint_core::reports::{
    self, ClassSummary, CompetencyLine, ConferenceReport, MOST_READY_LINES, Paper, ReadyLine,
    ReportArtifact, ReportGoal, ReportReflection, ReportVariant, StrandLines, SummaryGroup,
    SummaryRow,
};

use crate::evidence::{levels_as_of, mastery_grid};
use crate::frameworks::get_framework;
use crate::groups::{get_group_set, latest_group_set};
use crate::progressions::student_next_steps;
use crate::roster::{class_name, get_profile, get_student, list_students};
use crate::rows::parse_json;
use crate::rows::text;
use crate::{Result, portfolio};

/// What to print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportRequest {
    /// The class.
    pub class_id: ClassId,
    /// One student, or `None` for the whole class (one student per page).
    pub student_id: Option<StudentId>,
    /// "auto" (each family's preferred language when a catalog for it exists), or a
    /// catalog's code such as "en", "es" or "so".
    pub lang: String,
    /// Teacher-led or student-led.
    pub variant: ReportVariant,
    /// Letter or A4.
    pub paper: Paper,
}

/// Most goals, reflections and portfolio highlights on one report: enough to talk about,
/// few enough to keep a student to two pages.
const MOST_PER_SECTION: usize = 3;

fn json_list(raw: Option<String>) -> Result<Vec<String>> {
    Ok(parse_json(raw)?
        .map(serde_json::from_value)
        .transpose()?
        .unwrap_or_default())
}

/// The language for a student: the request's, or with "auto" the preferred language of the
/// first family contact who gave one (English when it has no catalog, or nobody gave one).
fn student_lang(conn: &Connection, student_id: StudentId, asked: &str) -> Result<String> {
    if asked != "auto" {
        return Ok(reports::Catalog::get(asked).code().to_owned());
    }
    let profile = get_profile(conn, student_id)?;
    // The first contact is the family's main one; their language decides.
    Ok(profile
        .family_contacts
        .iter()
        .find(|c| !c.preferred_language.trim().is_empty())
        .map_or_else(
            || reports::DEFAULT_LANG.to_owned(),
            |c| reports::lang_for(&c.preferred_language),
        ))
}

fn goals(conn: &Connection, student_id: StudentId) -> Result<Vec<ReportGoal>> {
    let mut stmt = conn.prepare_cached(
        "SELECT g.title, g.why, g.status, g.target_date, g.steps,
                (SELECT c.progress FROM goal_checkin c WHERE c.goal_id = g.id AND c._deleted = 0
                 ORDER BY c.date DESC, c.id DESC LIMIT 1)
         FROM goal g WHERE g.student_id = ?1 AND g._deleted = 0
         ORDER BY g.status = 'active' DESC, g.target_date = '', g.target_date, g.id DESC",
    )?;
    let rows = stmt
        .query_map([student_id.to_string()], |r| {
            Ok((
                text(r, 0)?,
                text(r, 1)?,
                text(r, 2)?,
                text(r, 3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<f64>>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .take(MOST_PER_SECTION)
        .map(|(title, why, status, target_date, steps, progress)| {
            Ok(ReportGoal {
                title,
                why,
                status: if status.is_empty() {
                    "active".into()
                } else {
                    status
                },
                progress: progress.unwrap_or(0.0).clamp(0.0, 100.0) as u32,
                target_date,
                steps: json_list(steps)?,
            })
        })
        .collect()
}

fn reflections(conn: &Connection, student_id: StudentId) -> Result<Vec<ReportReflection>> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, prompt_text, response FROM reflection
         WHERE student_id = ?1 AND _deleted = 0 AND coalesce(for_conference, 0) = 1
         ORDER BY date DESC, id DESC LIMIT ?2",
    )?;
    let rows = stmt
        .query_map(
            rusqlite::params![student_id.to_string(), MOST_PER_SECTION as i64],
            |r| {
                Ok(ReportReflection {
                    date: text(r, 0)?,
                    prompt: text(r, 1)?,
                    response: text(r, 2)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The last conference before `today` (its date), and the next steps of the newest one up
/// to today.
fn conferences(
    conn: &Connection,
    student_id: StudentId,
    today: &str,
) -> Result<(Option<String>, Vec<String>)> {
    let student_id = student_id.to_string();
    let student_id = student_id.as_str();
    let last: Option<String> = conn
        .query_row(
            "SELECT date FROM conference WHERE student_id = ?1 AND _deleted = 0 AND date < ?2
             ORDER BY date DESC, id DESC LIMIT 1",
            [student_id, today],
            |r| text(r, 0),
        )
        .optional()?;
    let steps: Option<Option<String>> = conn
        .query_row(
            "SELECT next_steps FROM conference WHERE student_id = ?1 AND _deleted = 0 AND date <= ?2
             ORDER BY date DESC, id DESC LIMIT 1",
            [student_id, today],
            |r| r.get(0),
        )
        .optional()?;
    Ok((last, json_list(steps.flatten())?))
}

fn artifacts(
    conn: &Connection,
    db_path: &Path,
    student_id: StudentId,
) -> Result<Vec<ReportArtifact>> {
    Ok(portfolio::list_artifacts(conn, db_path, student_id)?
        .into_iter()
        .filter(|a| a.highlight)
        .take(MOST_PER_SECTION)
        .map(|a| ReportArtifact {
            title: a.title,
            date: a.date,
            reflection: a.reflection,
            thumbnail: a.thumbnail,
            present: a.present,
        })
        .collect())
}

/// What a current student is ready to learn, nearest to mastery first, in the framework's
/// words: the first few of their next steps.
fn ready_lines(conn: &Connection, student_id: StudentId) -> Result<Vec<ReadyLine>> {
    Ok(student_next_steps(conn, student_id)?
        .steps
        .into_iter()
        .take(MOST_READY_LINES)
        .map(|s| ReadyLine {
            code: s.competency.code,
            words: s.competency.statement,
            working: s.competency.state == Readiness::WorkingOnIt,
        })
        .collect())
}

/// One student's report on `today`.
fn student_report(
    conn: &Connection,
    db_path: &Path,
    grid: &waypoint_core::evidence::MasteryGrid,
    class: ClassId,
    student_id: StudentId,
    lang: &str,
    today: &str,
) -> Result<ConferenceReport> {
    let student = get_student(conn, student_id)?;
    let profile = get_profile(conn, student_id)?;
    let (last_conference, next_steps) = conferences(conn, student_id, today)?;
    let then = match &last_conference {
        Some(date) => levels_as_of(conn, class, student_id, date)?,
        None => HashMap::new(),
    };
    let row = grid.students.iter().position(|s| s.id == student_id);
    let mut strands: Vec<StrandLines> = Vec::new();
    let mut scales = HashMap::new();
    for (col, comp) in grid.competencies.iter().enumerate() {
        let Some(cell) = row.map(|r| &grid.cells[r][col]) else {
            continue;
        };
        if cell.count == 0 {
            continue;
        }
        let scale = match scales.entry(comp.framework_id) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(get_framework(conn, comp.framework_id)?.scale)
            }
        };
        let level_label = cell
            .level
            .map(|l| scale.label_for(l).to_owned())
            .unwrap_or_default();
        let strand = comp
            .strand_ids
            .first()
            .and_then(|id| grid.strands.iter().find(|s| s.id == *id))
            .map_or_else(String::new, |s| s.label.clone());
        let line = CompetencyLine {
            code: comp.code.clone(),
            label: comp.label.clone(),
            level: cell.level,
            level_label,
            status: cell.status,
            level_then: then.get(&comp.id.to_string()).copied().flatten(),
        };
        match strands.iter_mut().find(|s| s.name == strand) {
            Some(s) => s.competencies.push(line),
            None => strands.push(StrandLines {
                name: strand,
                competencies: vec![line],
            }),
        }
    }
    Ok(ConferenceReport {
        student_name: student.display_name,
        class_name: class_name(conn, class)?.unwrap_or_default(),
        date: today.to_owned(),
        lang: lang.to_owned(),
        strengths: profile.strengths,
        interests: profile.interests,
        career_goals: profile.career_goals,
        strands,
        last_conference,
        goals: goals(conn, student_id)?,
        reflections: reflections(conn, student_id)?,
        artifacts: artifacts(conn, db_path, student_id)?,
        next_steps,
        // An archived student has no row in the grid, and no next steps.
        ready: match row {
            Some(_) => ready_lines(conn, student_id)?,
            None => Vec::new(),
        },
    })
}

/// The conference report(s) as one HTML document, each student starting a new page.
pub fn conference_report(
    conn: &Connection,
    db_path: &Path,
    req: &ReportRequest,
    today: &str,
) -> Result<String> {
    let students: Vec<StudentId> = match req.student_id {
        Some(id) => {
            let s = get_student(conn, id)?;
            if s.class_id != req.class_id {
                return Err(crate::rows::not_found("student", id));
            }
            vec![id]
        }
        None => list_students(conn, req.class_id, false)?
            .into_iter()
            .map(|s| s.id)
            .collect(),
    };
    if students.is_empty() {
        return Err(
            waypoint_core::Error::invalid("classId", msg!("store-report-no-students")).into(),
        );
    }
    let grid = mastery_grid(conn, req.class_id)?;
    let reports = students
        .iter()
        .map(|&s| {
            let lang = student_lang(conn, s, &req.lang)?;
            student_report(conn, db_path, &grid, req.class_id, s, &lang, today)
        })
        .collect::<Result<Vec<_>>>()?;
    let local = crate::print_languages::local_catalogs(conn)?;
    Ok(reports::conference_html(
        &reports,
        req.variant,
        req.paper,
        &local,
    ))
}

/// The class summary: the mastery distribution per competency and the current groups.
pub fn class_summary(
    conn: &Connection,
    class_id: ClassId,
    paper: Paper,
    today: &str,
) -> Result<String> {
    let grid = mastery_grid(conn, class_id)?;
    let rows = grid
        .competencies
        .iter()
        .enumerate()
        .map(|(col, comp)| {
            let mut row = SummaryRow {
                code: comp.code.clone(),
                label: comp.label.clone(),
                not_started: 0,
                progressing: 0,
                mastered: 0,
            };
            for cells in &grid.cells {
                match cells[col].status {
                    Status::NotStarted => row.not_started += 1,
                    Status::Progressing => row.progressing += 1,
                    Status::Mastered => row.mastered += 1,
                }
            }
            row
        })
        .collect();
    let set = latest_group_set(conn, class_id)?
        .map(|id| get_group_set(conn, id))
        .transpose()?;
    let summary = ClassSummary {
        class_name: class_name(conn, class_id)?.unwrap_or_default(),
        date: today.to_owned(),
        students: grid.students.len() as u32,
        rows,
        group_set: set.as_ref().map(|s| format!("{} ({})", s.title, s.date)),
        groups: set
            .map(|s| {
                s.groups
                    .into_iter()
                    .map(|g| SummaryGroup {
                        name: g.name,
                        // The class summary prints in English, like the rest of it.
                        focus: g
                            .focus
                            .as_ref()
                            .map(waypoint_core::messages::english)
                            .unwrap_or_default(),
                        members: g.members.into_iter().map(|m| m.display_name).collect(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    Ok(reports::class_summary_html(&summary, paper))
}

/// The team's reflection on personalized learning, approach by approach, with the reflection
/// guide's answers.
pub fn team_reflection(conn: &Connection, id: TeamReflectionId, paper: Paper) -> Result<String> {
    let view = crate::team::get_team_reflection(conn, id)?;
    let report = reports::TeamReport {
        team: view.team,
        date: view.date,
        approaches: view
            .approaches
            .into_iter()
            .map(|a| reports::TeamApproachLine {
                theme: a.theme,
                title: a.title,
                looks_like: a.looks_like,
                now: a.now,
                different: a.different,
            })
            .collect(),
        questions: view
            .questions
            .into_iter()
            .map(|q| (q.question, q.answer))
            .collect(),
    };
    Ok(reports::team_html(&report, paper))
}
