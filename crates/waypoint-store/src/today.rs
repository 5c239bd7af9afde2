//! The Today view: the day's rotation, the teacher-led group with its levels on the target
//! competency, and the 1:1 coverage list (who has had no observation or conference lately).

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use waypoint_core::msg;

use crate::Result;
use crate::evidence::mastery_grid;
use crate::frameworks::get_framework;
use crate::groups::{get_group_set, latest_group_set};
use crate::roster::list_students;
use crate::rotations::{RotationView, current_rotation, get_rotation};
use waypoint_core::ids::{ClassId, GroupSetId};

/// A teacher-led group member with their level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TodayMember {
    /// The student.
    pub student_id: String,
    /// Their name.
    pub display_name: String,
    /// Their calculated level on the target competency.
    pub level: Option<f64>,
    /// The scale's label for it, "" when none.
    pub level_label: String,
}

/// The competency the teacher-led group works on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TodayCompetency {
    /// Its id.
    pub id: String,
    /// Its code.
    pub code: String,
    /// Its short label.
    pub label: String,
}

/// The group at the teacher's table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeacherGroup {
    /// Its name.
    pub group_name: String,
    /// The set's first target competency.
    pub competency: Option<TodayCompetency>,
    /// Its students.
    pub members: Vec<TodayMember>,
}

/// A student due for 1:1 time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageEntry {
    /// The student.
    pub student_id: String,
    /// Their name.
    pub display_name: String,
    /// Their last observation or conference, `None` when never.
    pub last_date: Option<String>,
    /// Days since then.
    pub days_since: Option<i64>,
}

/// Everything the Today screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TodayView {
    /// Today, `YYYY-MM-DD`.
    pub date: String,
    /// Today's rotation, else the class's newest.
    pub rotation: Option<RotationView>,
    /// The teacher-led group of that rotation's set (else of the newest set).
    pub teacher_group: Option<TeacherGroup>,
    /// The window for coverage, in days.
    pub coverage_days: u32,
    /// Students with no observation or conference in the window, oldest first.
    pub coverage: Vec<CoverageEntry>,
}

/// Most days the coverage window may span.
pub const COVERAGE_MAX_DAYS: u32 = 365;

/// The Today view of a class on `today` (the teacher's local date).
pub fn today_view(
    conn: &Connection,
    class_id: ClassId,
    today: &str,
    coverage_days: u32,
) -> Result<TodayView> {
    let today_date = waypoint_core::validate::date("today", msg!("store-label-today"), today)?;
    if !(1..=COVERAGE_MAX_DAYS).contains(&coverage_days) {
        return Err(waypoint_core::Error::invalid(
            "coverageDays",
            msg!("store-coverage-days", max = COVERAGE_MAX_DAYS),
        )
        .into());
    }
    let rotation = current_rotation(conn, class_id, &today_date)?
        .map(|id| get_rotation(conn, id))
        .transpose()?;
    let set_id = match &rotation {
        Some(r) => Some(r.group_set_id.parse()?),
        None => latest_group_set(conn, class_id)?,
    };
    let teacher_group = set_id
        .map(|id| teacher_group(conn, class_id, id))
        .transpose()?
        .flatten();
    Ok(TodayView {
        coverage: coverage(conn, class_id, &today_date, coverage_days)?,
        date: today_date,
        rotation,
        teacher_group,
        coverage_days,
    })
}

fn teacher_group(
    conn: &Connection,
    class: ClassId,
    set_id: GroupSetId,
) -> Result<Option<TeacherGroup>> {
    let set = get_group_set(conn, set_id)?;
    let Some(group) = set
        .groups
        .iter()
        .find(|g| g.teacher_led)
        .or_else(|| set.groups.first())
    else {
        return Ok(None);
    };
    let grid = mastery_grid(conn, class)?;
    let column = set.basis.competency_ids.first().and_then(|id| {
        grid.competencies
            .iter()
            .position(|c| c.id.to_string() == *id)
    });
    let scale = column
        .map(|c| get_framework(conn, grid.competencies[c].framework_id))
        .transpose()?
        .map(|f| f.scale);
    let members = group
        .members
        .iter()
        .map(|m| {
            let level = column.and_then(|c| {
                let row = grid
                    .students
                    .iter()
                    .position(|s| s.id.to_string() == m.student_id)?;
                grid.cells[row][c].level
            });
            TodayMember {
                student_id: m.student_id.clone(),
                display_name: m.display_name.clone(),
                level,
                level_label: match (&scale, level) {
                    (Some(scale), Some(l)) => scale.label_for(l).to_owned(),
                    _ => String::new(),
                },
            }
        })
        .collect();
    Ok(Some(TeacherGroup {
        group_name: group.name.clone(),
        competency: column.map(|c| {
            let comp = &grid.competencies[c];
            TodayCompetency {
                id: comp.id.to_string(),
                code: comp.code.clone(),
                label: comp.label.clone(),
            }
        }),
        members,
    }))
}

/// Students with no observation or conference evidence within `days` before `today`, those
/// never seen first, then the longest ago.
fn coverage(
    conn: &Connection,
    class: ClassId,
    today: &str,
    days: u32,
) -> Result<Vec<CoverageEntry>> {
    let students = list_students(conn, class, false)?;
    let mut stmt = conn.prepare_cached(
        "SELECT max(date) FROM evidence
         WHERE student_id = ?1 AND _deleted = 0 AND kind IN ('observation', 'conference')
           AND date <= ?2",
    )?;
    let today_day = day_number(today);
    let mut out = Vec::new();
    for s in students {
        let last: Option<String> = stmt.query_row([s.id.to_string(), today.to_owned()], |r| {
            r.get::<_, Option<String>>(0)
        })?;
        let since = match (&last, today_day) {
            (Some(d), Some(t)) => day_number(d).map(|d| t - d),
            _ => None,
        };
        if matches!(since, Some(n) if n < i64::from(days)) {
            continue;
        }
        out.push(CoverageEntry {
            student_id: s.id.to_string(),
            display_name: s.display_name,
            last_date: last,
            days_since: since,
        });
    }
    out.sort_by(|a, b| {
        b.days_since
            .unwrap_or(i64::MAX)
            .cmp(&a.days_since.unwrap_or(i64::MAX))
            .then_with(|| {
                a.display_name
                    .to_lowercase()
                    .cmp(&b.display_name.to_lowercase())
            })
    });
    Ok(out)
}

fn day_number(date: &str) -> Option<i64> {
    use chrono::Datelike;
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(i64::from(d.num_days_from_ce()))
}
