//! `waypoint roster-import`: a roster from the school's information system (OneRoster,
//! Clever, School Data Sync, or a spreadsheet with a column map), previewed with `--dry-run`
//! or applied in one transaction, through the same use cases as the app's import dialog.
//!
//! The teacher is named by the file's id for her, her email or her name; sections by the
//! file's ids. Without `--section`, every section of the teacher (or, without `--teacher`,
//! of the file) comes in.

use std::path::PathBuf;

use clap::Args;
use waypoint_core::ids::StudentId;
use waypoint_core::imports::ProblemLevel;
use waypoint_core::imports::roster_plan::{RosterChoice, RosterPlan, StudentAction};
use waypoint_import::roster::RosterColumns;
use waypoint_import::roster_import::{self, RosterInspection};
use waypoint_store::Db;
use waypoint_store::imports::roster::RosterOutcome;

use crate::emit;
use crate::failure::{Failure, parse_id};

/// `waypoint roster-import`.
#[derive(Debug, Args)]
pub struct RosterImportArgs {
    /// The export: a zip, a folder of CSV files, or one CSV or .xlsx file
    #[arg(value_name = "PATH")]
    path: PathBuf,
    /// You, as the file names you: its id for you, your email or your name
    #[arg(long, value_name = "ID|EMAIL")]
    teacher: Option<String>,
    /// The sections to bring in, by the file's ids (comma-separated); default: all of yours
    #[arg(long, value_name = "ID,...", value_delimiter = ',')]
    section: Vec<String>,
    /// Students the file no longer lists to archive, by Waypoint id (comma-separated)
    #[arg(long, value_name = "ID,...", value_delimiter = ',')]
    archive: Vec<String>,
    /// For a spreadsheet: a JSON file mapping fields to its headers (see docs/importing.md)
    #[arg(long, value_name = "FILE")]
    columns_file: Option<PathBuf>,
    /// Print what would change, and write nothing
    #[arg(long)]
    dry_run: bool,
}

/// Runs `waypoint roster-import`.
pub fn run(db: &mut Db, args: &RosterImportArgs, json: bool, now_ms: u64) -> Result<(), Failure> {
    let columns = match &args.columns_file {
        None => None,
        Some(f) => {
            let text = std::fs::read_to_string(f).map_err(|e| {
                Failure::Output(format!(
                    "The column map {} could not be read: {e}.",
                    f.display()
                ))
            })?;
            Some(serde_json::from_str::<RosterColumns>(&text).map_err(|e| {
                Failure::Output(format!(
                    "The column map {} is not a column map ({e}).",
                    f.display()
                ))
            })?)
        }
    };
    let seen = roster_import::inspect_roster(db, &args.path, columns.as_ref())?;
    if let Some(need) = seen.needs_columns.first() {
        return Err(Failure::Store(waypoint_store::Error::Domain(
            crate::failure::usage(
                "columns",
                format!(
                    "{} is a spreadsheet whose columns need mapping: {need} (give --columns-file; its headers are: {}).",
                    seen.source,
                    seen.headers.join(", ")
                ),
            ),
        )));
    }
    let teacher = teacher_id(&seen, args.teacher.as_deref())?;
    let choice = RosterChoice {
        section_ids: sections(&seen, &teacher, &args.section)?,
        teacher_id: teacher,
        archive: args
            .archive
            .iter()
            .map(|a| parse_id::<StudentId>(a))
            .collect::<Result<_, _>>()?,
    };
    if args.dry_run {
        let plan = roster_import::preview_roster(db, &args.path, columns.as_ref(), &choice)?;
        return emit(json, &plan, render_plan);
    }
    let outcome = roster_import::apply_roster(
        db,
        &args.path,
        columns.as_ref(),
        &choice,
        now_ms,
        &mut |_, _| {},
    )?;
    emit(json, &outcome, render_outcome)
}

fn refused(message: String) -> Failure {
    Failure::Store(waypoint_store::Error::Domain(crate::failure::usage(
        "teacher", message,
    )))
}

/// The file's id for the teacher given as an id, email or name; "" without one.
fn teacher_id(seen: &RosterInspection, given: Option<&str>) -> Result<String, Failure> {
    let Some(given) = given.map(str::trim).filter(|g| !g.is_empty()) else {
        return Ok(String::new());
    };
    let found: Vec<&str> = seen
        .teachers
        .iter()
        .filter(|t| {
            t.source_id == given
                || (!t.email.is_empty() && t.email.eq_ignore_ascii_case(given))
                || t.name.eq_ignore_ascii_case(given)
        })
        .map(|t| t.source_id.as_str())
        .collect();
    match found.as_slice() {
        [one] => Ok((*one).to_owned()),
        [] => Err(refused(format!(
            "{} names no teacher \"{given}\"; its teachers are: {}.",
            seen.source,
            seen.teachers
                .iter()
                .map(|t| format!("{} ({})", t.name, t.source_id))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        _ => Err(refused(format!(
            "\"{given}\" names more than one teacher in {}; give the teacher's id.",
            seen.source
        ))),
    }
}

/// The sections asked for, each checked against the file; all of the teacher's (or, with no
/// teacher, all the file's) without any.
fn sections(
    seen: &RosterInspection,
    teacher: &str,
    asked: &[String],
) -> Result<Vec<String>, Failure> {
    if asked.is_empty() {
        return Ok(seen
            .sections
            .iter()
            .filter(|s| teacher.is_empty() || s.teacher_ids.iter().any(|t| t == teacher))
            .map(|s| s.source_id.clone())
            .collect());
    }
    for id in asked {
        if !seen.sections.iter().any(|s| &s.source_id == id) {
            return Err(refused(format!(
                "{} has no section \"{id}\" (see --dry-run --json for its sections).",
                seen.source
            )));
        }
    }
    Ok(asked.to_vec())
}

fn render_plan(plan: &RosterPlan) -> String {
    let c = &plan.counts;
    let mut out = format!(
        "{} ({}): {} new classes, {} classes updated; {} new students, {} updated, {} unchanged; {} no longer listed, {} to archive.\n",
        plan.source,
        plan.format.label(),
        c.classes_new,
        c.classes_matched,
        c.students_new,
        c.students_updated,
        c.students_unchanged,
        c.students_missing,
        c.students_archived
    );
    for class in &plan.classes {
        let what = if class.class_id.is_some() {
            "update"
        } else {
            "new"
        };
        out.push_str(&format!("{} ({what})\n", class.name));
        for s in &class.students {
            match s.action {
                StudentAction::New => out.push_str(&format!("  + {}\n", s.display_name)),
                StudentAction::Update => {
                    let changes: Vec<String> = s
                        .changes
                        .iter()
                        .map(|ch| format!("{}: {} -> {}", ch.label, ch.before, ch.after))
                        .collect();
                    out.push_str(&format!("  ~ {} {}\n", s.display_name, changes.join("; ")));
                }
                StudentAction::Unchanged => {}
            }
        }
        for m in &class.missing {
            let fate = if m.archive { "archive" } else { "kept" };
            out.push_str(&format!(
                "  ? {} no longer listed ({fate}) {}\n",
                m.display_name, m.student_id
            ));
        }
    }
    for p in &plan.problems {
        let level = match p.level {
            ProblemLevel::Warning => "warning",
            ProblemLevel::Skipped => "skipped",
        };
        out.push_str(&format!(
            "{level}: {} line {}: {}\n",
            p.file, p.line, p.reason
        ));
    }
    out
}

fn render_outcome(o: &RosterOutcome) -> String {
    let c = &o.counts;
    match &o.import {
        None => "Nothing to change: everything in the file is already in Waypoint.".to_owned(),
        Some(i) => format!(
            "Imported {}: {} new classes, {} new students, {} updated, {} archived. Undo with the app's Undo (import {}).",
            i.source, c.classes_new, c.students_new, c.students_updated, c.students_archived, i.id
        ),
    }
}
