//! `waypoint report languages`: the printouts' languages on this laptop: their review,
//! approving one, and an interpreter's corrections as a catalog file out and in.

use std::path::PathBuf;

use clap::Subcommand;
use waypoint_store::Db;
use waypoint_store::print_languages;

use crate::failure::Failure;

/// `waypoint report languages`.
#[derive(Debug, Subcommand)]
pub enum LanguagesCommand {
    /// List the printout languages, which need review, and how many labels were corrected
    List,
    /// Approve a language's translation: its printouts lose the "needs review" mark
    Approve {
        /// The language's code, e.g. so
        lang: String,
        /// Who approves it
        #[arg(long, default_value = "")]
        by: String,
    },
    /// Write a language's catalog (shipped text with this laptop's corrections) as a .ftl file
    Export {
        /// The language's code
        lang: String,
        /// Where to write it
        #[arg(long, value_name = "FILE.ftl")]
        out: PathBuf,
    },
    /// Read a .ftl catalog file as a language's corrections (a bad file changes nothing)
    Import {
        /// The language's code
        lang: String,
        /// The file to read
        file: PathBuf,
    },
}

/// Runs a `report languages` subcommand.
pub fn run(db: &Db, command: &LanguagesCommand, json: bool) -> Result<(), Failure> {
    match command {
        LanguagesCommand::List => {
            let all = print_languages::list(db)?;
            crate::emit(json, &all, |all| {
                all.iter()
                    .map(|l| {
                        let status = if l.needs_review {
                            "needs review"
                        } else {
                            "reviewed"
                        };
                        format!(
                            "{}\t{} ({})\t{status}\t{} corrections\n",
                            l.code, l.name, l.english_name, l.corrections
                        )
                    })
                    .collect()
            })
        }
        LanguagesCommand::Approve { lang, by } => {
            let done = print_languages::approve(db, lang, by, crate::wall_ms())?;
            crate::emit(json, &done, |l| {
                format!("Approved {} ({}).\n", l.name, l.code)
            })
        }
        LanguagesCommand::Export { lang, out } => {
            print_languages::export_file(db, lang, out)?;
            let written = serde_json::json!({ "out": out });
            crate::emit(json, &written, |_| format!("Wrote {}.\n", out.display()))
        }
        LanguagesCommand::Import { lang, file } => {
            let done = print_languages::import_file(db, lang, file, crate::wall_ms())?;
            crate::emit(json, &done, |d| {
                format!(
                    "{} labels of {} now differ from the shipped text.\n",
                    d.corrections, d.code
                )
            })
        }
    }
}
