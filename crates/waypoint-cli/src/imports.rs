//! Imports of a school's files from the command line: `scores-import` (a quiz's or an
//! adaptive program's scores, through a saved column map or a map file). Each prints the
//! preview with `--dry-run` and writes nothing, or applies in one transaction.

use std::path::PathBuf;

use clap::Args;
use clap::builder::NonEmptyStringValueParser;
use waypoint_core::evidence::fmt_level;
use waypoint_core::imports::scores::{ScoresMap, ScoresPlan};
use waypoint_import::scores::{self as scores_file, ScoresOutcome};
use waypoint_store::Db;
use waypoint_store::imports::scores as scores_store;

use crate::failure::{Failure, parse_id};
use crate::{emit, wall_ms};

/// `waypoint scores-import`.
#[derive(Debug, Args)]
pub struct ScoresImportArgs {
    /// The scores file: CSV or Excel (.xlsx), at most 20 MB
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The class the scores are for (see `waypoint classes list`)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    class: String,
    /// A column map saved before (with --save-map)
    #[arg(
        long,
        value_name = "NAME",
        conflicts_with = "map_file",
        required_unless_present = "map_file"
    )]
    map: Option<String>,
    /// A column map as JSON (see docs/scores-import.md)
    #[arg(long, value_name = "F")]
    map_file: Option<PathBuf>,
    /// Save the --map-file map under this name, with this file's header, once it fits the file
    #[arg(long, value_name = "NAME", requires = "map_file")]
    save_map: Option<String>,
    /// Print what would be written, and write nothing
    #[arg(long)]
    dry_run: bool,
}

/// Runs `scores-import`.
pub fn run_scores_import(db: &mut Db, args: &ScoresImportArgs, json: bool) -> Result<(), Failure> {
    let class_id = parse_id(&args.class)?;
    let sheet = scores_file::read_sheet(&args.file)?;
    let map: ScoresMap = match (&args.map, &args.map_file) {
        (Some(name), _) => scores_file::saved_scores_map(db, name)?.1,
        (None, Some(f)) => {
            let text = std::fs::read_to_string(f).map_err(|source| {
                Failure::Store(waypoint_store::Error::Io {
                    path: f.clone(),
                    source,
                })
            })?;
            scores_file::parse_scores_map(&f.display().to_string(), &text)?
        }
        (None, None) => unreachable!("clap requires --map or --map-file"),
    };
    // The preview runs first in both modes, so a map that does not fit is refused (and not
    // saved) before anything is written.
    let plan = scores_store::preview_scores(db.conn(), class_id, &sheet, &map)?;
    if let Some(name) = &args.save_map {
        scores_file::save_scores_map(db, name, &sheet.headers, &map, wall_ms())?;
    }
    if args.dry_run {
        return emit(json, &plan, |p| {
            scores_preview(p) + "Dry run: nothing was written.\n"
        });
    }
    let outcome = scores_store::apply_scores(db, class_id, &sheet, &map, &mut |_, _| {})?;
    emit(json, &outcome, |o| scores_applied(&plan, o))
}

/// The preview as text: the evidence, the students not matched, the problems.
fn scores_preview(plan: &ScoresPlan) -> String {
    let c = &plan.counts;
    let mut out = format!(
        "{}: {} piece{} of evidence to write, {} already there, for {} student{}.\n",
        plan.source,
        c.evidence_new,
        if c.evidence_new == 1 { "" } else { "s" },
        c.evidence_already,
        c.students_matched,
        if c.students_matched == 1 { "" } else { "s" },
    );
    for e in &plan.evidence {
        out.push_str(&format!(
            "  {:<24} {:<16} {:>6} -> {} ({}) {}{}\n",
            e.student_name,
            e.competency,
            fmt_level(e.score),
            fmt_level(e.level),
            e.level_label,
            e.date,
            if e.already_there {
                "  already there"
            } else {
                ""
            }
        ));
    }
    for u in &plan.unmatched {
        out.push_str(&format!(
            "Not matched, line {}: {} ({})\n",
            u.line, u.value, u.reason
        ));
    }
    for p in &plan.problems {
        out.push_str(&format!("{}\n", p.reason));
    }
    if !plan.unmapped_items.is_empty() {
        out.push_str(&format!(
            "Items no competency takes: {}\n",
            plan.unmapped_items.join(", ")
        ));
    }
    out
}

fn scores_applied(plan: &ScoresPlan, outcome: &ScoresOutcome) -> String {
    let mut out = scores_preview(plan);
    match &outcome.import {
        Some(i) => out.push_str(&format!(
            "Imported {} piece{} of evidence (import {}; the app's Undo reverses it).\n",
            outcome.counts.evidence_new,
            if outcome.counts.evidence_new == 1 {
                ""
            } else {
                "s"
            },
            i.id
        )),
        None => out.push_str("Nothing new to import: everything in the file is already there.\n"),
    }
    out
}
