//! `waypoint report`: the printouts headless, as the same HTML the app prints.

use std::path::{Path, PathBuf};

use clap::builder::NonEmptyStringValueParser;
use clap::{Args, Subcommand};
use waypoint_core::reports::{Paper, ReportVariant, fonts};
use waypoint_store::Db;
use waypoint_store::reports::{self, ReportRequest};

use crate::failure::{Failure, parse_id};

/// `waypoint report`.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Conference reports: one student, or the whole class with each student on a new page
    Conference(ConferenceArgs),
    /// The class summary: mastery distribution per competency and the current groups
    Summary {
        /// The class's id
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: String,
        /// letter or a4
        #[arg(long, value_name = "PAPER", default_value = "letter")]
        paper: String,
        /// Where to write the HTML
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
    },
    /// The printout languages: review, approval, and interpreters' corrections as .ftl files
    #[command(subcommand)]
    Languages(crate::print_languages::LanguagesCommand),
}

/// `waypoint report conference`.
#[derive(Debug, Args)]
pub struct ConferenceArgs {
    /// The class's id
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    class: String,
    /// One student's id [default: the whole class]
    #[arg(long, value_name = "ID")]
    student: Option<String>,
    /// auto (each family's preferred language, when a catalog for it exists) or a
    /// catalog's code: en, es, so, ar, vi, zh, ht, pt
    #[arg(long, value_name = "LANG", default_value = "auto")]
    lang: String,
    /// teacher (teacher-led) or student (student-led: opens with the student's goal)
    #[arg(long, value_name = "teacher|student", default_value = "teacher")]
    variant: String,
    /// letter or a4
    #[arg(long, value_name = "PAPER", default_value = "letter")]
    paper: String,
    /// Where to write the HTML
    #[arg(long, value_name = "FILE.html")]
    out: PathBuf,
}

fn paper(text: &str) -> Result<Paper, Failure> {
    match text {
        "letter" => Ok(Paper::Letter),
        "a4" | "A4" => Ok(Paper::A4),
        other => Err(crate::failure::usage(
            "paper",
            format!("--paper is letter or a4; \"{other}\" is neither."),
        )
        .into()),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes).map_err(|source| {
        Failure::Store(waypoint_store::Error::Io {
            path: path.to_owned(),
            source,
        })
    })
}

/// Writes the HTML, and the printouts' fonts into `fonts/` beside it, where the HTML looks
/// for them: a browser printing the file then uses the bundled fonts, not the system's.
fn write(out: &Path, html: &str, json: bool) -> Result<(), Failure> {
    write_file(out, html.as_bytes())?;
    let dir = out
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(fonts::FONT_DIR);
    std::fs::create_dir_all(&dir).map_err(|source| {
        Failure::Store(waypoint_store::Error::Io {
            path: dir.clone(),
            source,
        })
    })?;
    for (name, bytes) in fonts::FONTS {
        write_file(&dir.join(name), bytes)?;
    }
    let written = serde_json::json!({ "out": out, "bytes": html.len() });
    crate::emit(json, &written, |_| format!("Wrote {}.\n", out.display()))
}

/// Renders a printout to a file.
pub fn run_report(
    db: &Db,
    command: &ReportCommand,
    today: &str,
    json: bool,
) -> Result<(), Failure> {
    match command {
        ReportCommand::Conference(args) => {
            let variant = match args.variant.as_str() {
                "teacher" => ReportVariant::Teacher,
                "student" => ReportVariant::Student,
                other => {
                    return Err(crate::failure::usage(
                        "variant",
                        format!("--variant is teacher or student; \"{other}\" is neither."),
                    )
                    .into());
                }
            };
            let known = waypoint_core::reports::languages();
            if args.lang != "auto" && !known.iter().any(|(code, _)| *code == args.lang) {
                let codes: Vec<&str> = known.iter().map(|(c, _)| c.as_str()).collect();
                return Err(crate::failure::usage(
                    "lang",
                    format!(
                        "--lang is auto or one of {}; \"{}\" is none of these.",
                        codes.join(", "),
                        args.lang
                    ),
                )
                .into());
            }
            let request = ReportRequest {
                class_id: parse_id(&args.class)?,
                student_id: args.student.as_deref().map(parse_id).transpose()?,
                lang: args.lang.clone(),
                variant,
                paper: paper(&args.paper)?,
            };
            let html = reports::conference_report(db.conn(), db.path(), &request, today)?;
            write(&args.out, &html, json)
        }
        ReportCommand::Languages(command) => crate::print_languages::run(db, command, json),
        ReportCommand::Summary {
            class,
            paper: p,
            out,
        } => {
            let html = reports::class_summary(db.conn(), parse_id(class)?, paper(p)?, today)?;
            write(out, &html, json)
        }
    }
}
