//! `waypoint`: Waypoint's roster use cases from the command line, without the desktop app.
//!
//! It opens the same SQLite database the app uses (or the one `--db` names) and runs the
//! same `waypoint-store` use cases, so scripts, tests and power users get exactly the
//! app's validation and storage. Human output is aligned text; `--json` prints the view
//! structs the app's UI receives, which is the stable interface for scripts.
//!
//! `waypoint mastery` is the exception: it opens no database, and runs the mastery
//! calculation of `waypoint_core::mastery` on scores given on the command line.
//!
//! Errors are one line on stderr and a non-zero exit status (see [`LONG_ABOUT`]).

mod backup;
mod classroom;
mod demo;
mod failure;
mod imports;
mod legacy;
mod print_languages;
mod progress;
mod render;
mod reports;
mod roster_import;
mod shares;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::NonEmptyStringValueParser;
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use waypoint_core::mastery::{self, Method, Scale};
use waypoint_core::roster::StudentInput;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, conflicts, frameworks, roster};
use waypoint_sync::{bundle, file, folder};

use crate::failure::{Failure, parse_id};

/// The `--help` text; scripts depend on the exit statuses, so they are spelled out here.
const LONG_ABOUT: &str = "\
Waypoint from the command line: the desktop app's roster use cases, headless, and the \
mastery calculator (`waypoint mastery`, which needs no database).

Without --db, commands use the app's own database (in the OS data directory). \
With --json, output is the app's view objects as pretty JSON: an array for `list`, \
one object for `add` and `demo`.

Exit status:
  0  success
  1  the command failed: an id names nothing, the database is missing or failed
  2  invalid input or usage: a value breaks a rule (blank or too-long name, bad date,
     unknown mastery method, score off the scale or level off the framework's scale, a
     competency code that names no competency or several, a prerequisite that would make
     a loop, a CASE file that is not a CFPackage, is in the pre-1.0 lsDoc format, has a loop,
     or is over 50 MB, a framework table without a code or statement column, whose
     parent codes loop, or with no usable row, a scores or roster file that is empty, over
     20 MB, not what it claims, or lacks a column its map reads)

On failure exactly one line, starting with `waypoint: `, is written to stderr.";

/// The command line: global options and one command.
#[derive(Debug, Parser)]
#[command(name = "waypoint", version, about, long_about = LONG_ABOUT)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes, before or after the subcommand.
#[derive(Debug, Args)]
struct Global {
    /// The database file [default: the app's own database]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Print JSON (the app's view objects) instead of text
    #[arg(long, global = true)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the demo class (24 fictional students with full learner profiles), or with
    /// `--scale year` a school year of demo data
    Demo(demo::DemoArgs),
    /// Classes
    #[command(subcommand)]
    Classes(ClassesCommand),
    /// Students in a class
    #[command(subcommand)]
    Students(StudentsCommand),
    /// Import a CASE 1.0 framework package (CFPackage JSON); re-importing updates it in place.
    /// Common deviations from CASE 1.0 are read anyway and listed as warnings
    CaseImport {
        /// The CFPackage JSON file (at most 50 MB)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Attach the framework to this class (see `waypoint classes list`)
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: Option<String>,
        /// Print what the import would do, with its warnings, and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Import a framework from a table (CSV or .xlsx): columns code, statement, parent code,
    /// and optionally type and grade, found by header name. A second import with the same
    /// title updates that framework in place, matching rows by code
    FrameworkImportCsv {
        /// The CSV or Excel file (at most 20 MB)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The framework's title [default: the file name without its extension]
        #[arg(long, value_name = "T")]
        title: Option<String>,
        /// Attach the framework to this class (see `waypoint classes list`)
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: Option<String>,
        /// Print what the import would do, with its row problems, and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Import scores (a quiz's or an adaptive program's CSV or Excel file) as evidence,
    /// through a column map; --dry-run prints the preview
    ScoresImport(imports::ScoresImportArgs),
    /// Write a sync bundle: every change in the database, or what one co-teacher lacks
    Export {
        /// Where to write it
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Only this class and the shared data (frameworks, prompts, the team reflection)
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: Option<String>,
        /// Encrypt with the class passphrase in this file (its first line)
        #[arg(long, value_name = "F", conflicts_with = "plain")]
        passphrase_file: Option<PathBuf>,
        /// Write a readable, unencrypted bundle instead
        #[arg(long)]
        plain: bool,
        /// A label for the receiver, e.g. your name
        #[arg(long, value_name = "TEXT", default_value = "")]
        label: String,
        /// Only what this device lacked when it last sent a bundle here (its device id)
        #[arg(long, value_name = "DEVICE")]
        since_peer: Option<String>,
    },
    /// Take in a sync bundle: new changes are merged, ones already here are skipped
    Import {
        /// The bundle file (at most 512 MB)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The class passphrase, for an encrypted bundle (first line of this file)
        #[arg(long, value_name = "F")]
        passphrase_file: Option<PathBuf>,
        /// Receive this class from now on (needed the first time a class arrives)
        #[arg(long = "receive-class", value_name = "ID")]
        receive_class: Vec<String>,
    },
    /// Sync through a folder: import every other laptop's file, then write this one's
    SyncFolder {
        /// The folder (a USB stick, or a cloud-synced folder)
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// The class passphrase (first line of this file); without it files are plain
        #[arg(long, value_name = "F")]
        passphrase_file: Option<PathBuf>,
        /// A label co-teachers see, e.g. your name
        #[arg(long, value_name = "TEXT", default_value = "")]
        label: String,
        /// Receive this class from now on (needed the first time a class arrives)
        #[arg(long = "receive-class", value_name = "ID")]
        receive_class: Vec<String>,
    },
    /// Share one class through a sync folder: only its changes travel, under its passphrase
    Share(shares::ShareArgs),
    /// This laptop's shares: list, join one, sync one
    #[command(subcommand)]
    Shares(shares::SharesCommand),
    /// Remove a received class from this laptop only (nothing is sent; co-teachers keep it)
    ForgetClass {
        /// The class's id
        #[arg(value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: String,
    },
    /// List open conflicts: each field both laptops changed, with every value kept
    Conflicts,
    /// Undo the last import, from the restore point taken before it
    UndoImport,
    /// Print the materialized state and open conflicts as canonical JSON (keys sorted, rows
    /// by id): two databases holding the same ops print the same bytes
    Dump {
        /// Canonical JSON (the only form there is; the flag says so in scripts)
        #[arg(long)]
        canonical: bool,
    },
    /// Calculate a mastery level from scores on the default 0-4 scale (no database needed)
    Mastery(MasteryArgs),
    /// Suggest groups from mastery data (like-ability or mixed, with constraints); --save keeps them
    Groups(classroom::GroupsArgs),
    /// A class's stations
    #[command(subcommand)]
    Stations(classroom::StationsCommand),
    /// Print the station rotation the rule makes for a group set (nothing is saved)
    Rotation(classroom::RotationArgs),
    /// Write a printout as HTML: conference reports or the class summary
    #[command(subcommand)]
    Report(reports::ReportCommand),
    /// Write an encrypted backup: the database and the portfolio files, in one file
    Backup(backup::BackupArgs),
    /// Restore an encrypted backup to --db (shows what it holds first; --replace to replace)
    Restore(backup::RestoreArgs),
    /// The local snapshots the app keeps beside the database
    #[command(subcommand)]
    Snapshots(backup::SnapshotsCommand),
    /// Evidence: record a student's level on a competency (by its code)
    #[command(subcommand)]
    Evidence(progress::EvidenceCommand),
    /// A framework's learning progression: which competency requires which (by codes)
    #[command(subcommand)]
    Prereq(progress::PrereqCommand),
    /// Each student's next steps: what they are ready to learn, why, and activities that fit
    NextSteps(progress::NextStepsArgs),
    /// Bring in classes and students from the school's roster export (OneRoster, Clever,
    /// School Data Sync or a spreadsheet); --dry-run shows what would change
    RosterImport(roster_import::RosterImportArgs),
}

#[derive(Debug, Subcommand)]
enum ClassesCommand {
    /// List classes, sorted by name
    List {
        /// Include archived classes
        #[arg(long)]
        archived: bool,
    },
    /// Add a class
    Add {
        /// Its name, e.g. "Period 2"
        #[arg(long, value_name = "TEXT")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
enum StudentsCommand {
    /// List a class's students, sorted by family then given name
    List {
        /// The class's id (see `waypoint classes list`)
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: String,
        /// Include archived students
        #[arg(long)]
        archived: bool,
    },
    /// Add a student to a class
    Add(AddStudent),
    /// Erase a student for good (legal erasure; cannot be undone): every record about them,
    /// their portfolio files, the import restore point and the snapshots; co-teachers'
    /// laptops erase them when the next bundle arrives
    Purge {
        /// The student's id (see `waypoint students list`)
        #[arg(value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        id: String,
    },
}

#[derive(Debug, Args)]
struct AddStudent {
    /// The class's id (see `waypoint classes list`)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    class: String,
    /// Given (first) name
    #[arg(long, value_name = "NAME")]
    given: String,
    /// Family (last) name
    #[arg(long, value_name = "NAME")]
    family: String,
    /// The name the student goes by, if not the given name
    #[arg(long, value_name = "NAME", default_value = "")]
    preferred: String,
    /// Birth date, YYYY-MM-DD
    #[arg(long, value_name = "YYYY-MM-DD", default_value = "")]
    birth_date: String,
}

/// `waypoint mastery`. Numbers are taken as text and parsed here, so a bad one is the usual
/// one-line `waypoint: ...` error (exit 2), not clap's multi-line usage message.
#[derive(Debug, Args)]
struct MasteryArgs {
    /// highest, latest, average, weighted_average, decaying_average, n_mastery or power_law
    #[arg(long, value_name = "NAME")]
    method: String,
    /// The weight (0-1), decay rate (0-1) or n (1-20) [default: 0.65, 0.65, 3]
    #[arg(long, value_name = "P", allow_hyphen_values = true)]
    param: Option<String>,
    /// The scores, oldest first, comma-separated, each from 0 to 4: 1,2.5,3
    #[arg(long, value_name = "LIST", allow_hyphen_values = true)]
    scores: String,
    /// The mastery threshold, one of the scale's levels (0.5 to 4 in half points) [default: 3]
    #[arg(long, value_name = "T", allow_hyphen_values = true)]
    threshold: Option<String>,
}

/// What `mastery` prints with `--json`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct MasteryResult {
    /// The method's name.
    method: &'static str,
    /// Its parameter (given or default), or `None`.
    param: Option<f64>,
    /// The scores, as parsed.
    scores: Vec<f64>,
    /// The level rounded to 2 decimals, or `None`.
    level: Option<f64>,
    /// Why there is no level.
    no_result: Option<String>,
    /// The scale label of the rounded level.
    label: Option<String>,
}

fn main() -> ExitCode {
    // Clap prints its own usage errors and exits 2, and --help/--version exit 0.
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) | Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("waypoint: {}", failure.one_line());
            ExitCode::from(failure.exit_code())
        }
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    // Looked up only by the commands that use a database: `mastery` must work on a machine
    // with no data directory.
    let path = || db_path(&cli.global);
    let json = cli.global.json;
    if !matches!(cli.command, Command::Mastery(_))
        && let Ok(p) = path()
    {
        legacy::move_old_passphrase(&p);
    }
    match &cli.command {
        Command::Demo(args) => demo::run(args, path()?, json),
        Command::Classes(ClassesCommand::List { archived }) => {
            let classes = roster::list_classes(open_existing(&path()?)?.conn(), *archived)?;
            emit(json, &classes, |c| render::classes(c, *archived))
        }
        Command::Classes(ClassesCommand::Add { name }) => {
            let input = waypoint_core::roster::ClassInput {
                name: name.clone(),
                ..Default::default()
            };
            let class = roster::create_class(&mut Db::open(&path()?)?, &input)?;
            emit(json, &class, |c| {
                format!("Added class {} ({}).\n", c.name, c.id)
            })
        }
        Command::Students(StudentsCommand::List { class, archived }) => {
            let students = roster::list_students(
                open_existing(&path()?)?.conn(),
                parse_id(class)?,
                *archived,
            )?;
            emit(json, &students, |s| render::students(s, *archived))
        }
        Command::Students(StudentsCommand::Add(add)) => {
            let student = roster::create_student(
                &mut Db::open(&path()?)?,
                parse_id(&add.class)?,
                &add.input(),
            )?;
            emit(json, &student, render::student_added)
        }
        Command::Students(StudentsCommand::Purge { id }) => {
            roster::purge_student(&mut open_existing(&path()?)?, parse_id(id)?)?;
            emit(json, &serde_json::json!({ "purged": id }), |_| {
                format!(
                    "Erased student {id}; the next bundle erases them on co-teachers' laptops.\n"
                )
            })
        }
        Command::CaseImport {
            file,
            class,
            dry_run,
        } => {
            let class = class.as_deref().map(parse_id).transpose()?;
            let mut db = Db::open(&path()?)?;
            let report = if *dry_run {
                frameworks::preview_case_file(&mut db, file, class)?
            } else {
                frameworks::import_case_file(&mut db, file, class, &mut |_, _| {})?
            };
            emit(json, &report, render::case_imported)
        }
        Command::FrameworkImportCsv {
            file,
            title,
            class,
            dry_run,
        } => {
            let class = class.as_deref().map(parse_id).transpose()?;
            let report = waypoint_import::frameworks::import_framework_csv_file(
                &mut Db::open(&path()?)?,
                file,
                title.as_deref(),
                class,
                *dry_run,
            )?;
            emit(json, &report, render::framework_csv_imported)
        }
        Command::ScoresImport(args) => {
            imports::run_scores_import(&mut open_existing(&path()?)?, args, json)
        }
        Command::Export {
            out,
            class,
            passphrase_file,
            plain,
            label,
            since_peer,
        } => {
            let passphrase = match (passphrase_file, plain) {
                (Some(f), _) => Some(read_new_passphrase(f)?),
                (None, true) => None,
                (None, false) => {
                    return Err(crate::failure::usage(
                        "passphrase-file",
                        "Add --passphrase-file F to encrypt the bundle with the class passphrase, or --plain to write a readable one.",
                    )
                    .into());
                }
            };
            let mut db = open_existing(&path()?)?;
            let since = match since_peer {
                Some(peer) => {
                    let peer = peer.parse().map_err(Failure::from)?;
                    Some(db.peer_vv(peer)?.ok_or(waypoint_sync::Error::UnknownPeer {
                        device: peer.to_string(),
                    })?)
                }
                None => None,
            };
            let bytes = match class {
                Some(class) => {
                    let class = class.parse().map_err(Failure::from)?;
                    bundle::export_class(&mut db, class, since.as_ref(), label, wall_ms())?
                }
                None => bundle::export(&db, since.as_ref(), label, wall_ms())?,
            };
            let written = file::write_bundle(out, &bytes, passphrase.as_deref())?;
            emit(json, &written.manifest, |m| {
                format!("Wrote {} changes to {}.\n", m.counts.ops, out.display())
            })
        }
        Command::Import {
            file: bundle_path,
            passphrase_file,
            receive_class,
        } => {
            let passphrase = passphrase_file
                .as_deref()
                .map(read_passphrase)
                .transpose()?;
            let (read, encrypted) = file::read_bundle(bundle_path, passphrase.as_deref())?;
            let counts = bundle::import(&mut Db::open(&path()?)?, &read, encrypted, receive_class)?;
            emit(json, &counts, render::import_counts)
        }
        Command::SyncFolder {
            dir,
            passphrase_file,
            label,
            receive_class,
        } => {
            // Checked before the database is opened, so a typo or an unplugged stick
            // changes nothing (not even a new database file at a new --db path).
            if !dir.is_dir() {
                return Err(waypoint_sync::Error::NoFolder { path: dir.clone() }.into());
            }
            let passphrase = passphrase_file
                .as_deref()
                .map(read_new_passphrase)
                .transpose()?;
            let mut db = Db::open(&path()?)?;
            db.receive_classes(receive_class)?;
            let report = folder::sync_folder(
                &mut db,
                dir,
                passphrase.as_deref(),
                label,
                wall_ms(),
                None,
                &mut |_| {},
            )?;
            emit(json, &report, render::sync_report)
        }
        Command::Share(args) => shares::run_share(&mut open_existing(&path()?)?, args, json),
        Command::Shares(command) => {
            // Joining is how a co-teacher's new laptop gets its first class: it may have no
            // database yet.
            let mut db = match command {
                shares::SharesCommand::Join { .. } => Db::open(&path()?)?,
                _ => open_existing(&path()?)?,
            };
            shares::run_shares(&mut db, command, json)
        }
        Command::ForgetClass { class } => {
            shares::run_forget(&mut open_existing(&path()?)?, class, json)
        }
        Command::Conflicts => {
            let list = conflicts::list_conflicts(&open_existing(&path()?)?)?;
            emit(json, &list, |l| render::conflicts(l))
        }
        Command::UndoImport => {
            open_existing(&path()?)?.undo_last_import()?;
            emit(json, &serde_json::json!({ "undone": true }), |_| {
                "The last import is undone.\n".to_owned()
            })
        }
        Command::Dump { canonical: _ } => {
            let dump = dump_materialized(open_existing(&path()?)?.conn())?;
            let mut out = std::io::stdout().lock();
            serde_json::to_writer(&mut out, &dump)
                .map_err(|e| Failure::Output(format!("Could not write the dump: {e}")))?;
            writeln!(out).map_err(Failure::from_write)
        }
        Command::Groups(args) => classroom::run_groups(&mut open_existing(&path()?)?, args, json),
        Command::Stations(command) => {
            classroom::run_stations(&mut open_existing(&path()?)?, command, json)
        }
        Command::Rotation(args) => classroom::run_rotation(&open_existing(&path()?)?, args, json),
        Command::Report(command) => {
            reports::run_report(&open_existing(&path()?)?, command, &today(), json)
        }
        Command::Evidence(command) => {
            progress::run_evidence(&mut open_existing(&path()?)?, command, &today(), json)
        }
        Command::Prereq(command) => {
            progress::run_prereq(&mut open_existing(&path()?)?, command, json)
        }
        Command::NextSteps(args) => progress::run_next_steps(&open_existing(&path()?)?, args, json),
        Command::RosterImport(args) => {
            roster_import::run(&mut Db::open(&path()?)?, args, json, wall_ms())
        }
        Command::Backup(args) => backup::run_backup(&path()?, args, json),
        Command::Restore(args) => backup::run_restore(&path()?, args, json),
        Command::Snapshots(command) => backup::run_snapshots(&path()?, command, json),
        Command::Mastery(args) => {
            let result = args.calculate()?;
            emit(json, &result, |r| {
                render::mastery(r.level, r.label.as_deref(), r.no_result.as_deref())
            })
        }
    }
}

impl MasteryArgs {
    /// Checks the arguments and runs the calculation on the default scale.
    fn calculate(&self) -> Result<MasteryResult, Failure> {
        let param = self
            .param
            .as_deref()
            .map(|p| number("param", "The parameter (--param)", p))
            .transpose()?;
        let method = Method::parse(&self.method, param)?;
        let mut scale = Scale::default_scale();
        if let Some(t) = &self.threshold {
            scale.threshold = number("threshold", "The threshold (--threshold)", t)?;
            scale = scale.validate()?;
        }
        let scores = scores(&self.scores, &scale)?;
        let calc = mastery::calculate(&method, &scores, &scale);
        let level = calc.level.map(|l| (l * 100.0).round() / 100.0);
        Ok(MasteryResult {
            method: method.name(),
            param: method.param(),
            scores,
            level,
            no_result: calc
                .no_result
                .as_ref()
                .map(waypoint_core::messages::english),
            // Labelled after rounding, so "3.00" is never called by the level below 3.
            label: level.map(|l| scale.label_for(l).to_owned()),
        })
    }
}

/// A finite number, or an error naming the option.
fn number(field: &str, label: &str, text: &str) -> Result<f64, waypoint_core::Error> {
    let shown: String = text.trim().chars().take(20).collect();
    match text.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        _ => Err(crate::failure::usage(
            field,
            format!("{label} must be a number; \"{shown}\" is not."),
        )),
    }
}

/// `1,2.5,3` as scores, each a number on the scale. An empty list is allowed (it gives "No
/// evidence yet."); an empty item between commas is not.
fn scores(list: &str, scale: &Scale) -> Result<Vec<f64>, waypoint_core::Error> {
    if list.trim().is_empty() {
        return Ok(Vec::new());
    }
    list.split(',')
        .enumerate()
        .map(|(i, item)| {
            let n = i + 1;
            let shown: String = item.trim().chars().take(20).collect();
            let message = match item.trim().parse::<f64>() {
                Ok(score) if scale.contains(score) => return Ok(score),
                _ if shown.is_empty() => {
                    format!("Score {n} in --scores is blank. Write the scores like 1,2.5,3.")
                }
                Ok(score) if score.is_finite() => format!(
                    "Score {n} in --scores ({shown}) is off the scale, which runs from {} to {}.",
                    scale.min(),
                    scale.max()
                ),
                _ => format!(
                    "Score {n} in --scores must be a number; \"{shown}\" is not. Write the scores like 1,2.5,3."
                ),
            };
            Err(crate::failure::usage("scores", message))
        })
        .collect()
}

impl AddStudent {
    fn input(&self) -> StudentInput {
        StudentInput {
            given_name: self.given.clone(),
            family_name: self.family.clone(),
            preferred_name: self.preferred.clone(),
            birth_date: self.birth_date.clone(),
            ..Default::default()
        }
    }
}

/// The database to use; the default is only looked up when `--db` is absent, so a machine
/// with no data directory can still work on an explicit file.
fn db_path(global: &Global) -> Result<PathBuf, Failure> {
    match &global.db {
        Some(path) => Ok(path.clone()),
        None => Ok(waypoint_store::default_db_path()?),
    }
}

/// Opens a database that must already exist. Listing should not silently create an empty
/// database (and its install marker) at a mistyped path and then report "no classes".
pub(crate) fn open_existing(path: &Path) -> Result<Db, Failure> {
    if !path.is_file() {
        return Err(Failure::NoDatabase(path.to_path_buf()));
    }
    Ok(Db::open(path)?)
}

/// Prints `value` as pretty JSON, or as the text `human` renders.
pub(crate) fn emit<T: Serialize + ?Sized>(
    json: bool,
    value: &T,
    human: impl FnOnce(&T) -> String,
) -> Result<(), Failure> {
    let mut text = if json {
        serde_json::to_string_pretty(value).map_err(|e| Failure::Output(e.to_string()))?
    } else {
        human(value)
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Failure::from_write)
}

/// A passphrase to encrypt with: as [`read_passphrase`], and long enough (the app's rule).
pub(crate) fn read_new_passphrase(f: &std::path::Path) -> Result<String, Failure> {
    let p = read_passphrase(f)?;
    waypoint_sync::crypto::check_passphrase(&p)?;
    Ok(p)
}

/// The class passphrase: the first line of `f` (a trailing newline is not part of it).
pub(crate) fn read_passphrase(f: &std::path::Path) -> Result<String, Failure> {
    let text = std::fs::read_to_string(f).map_err(|source| {
        Failure::Store(waypoint_store::Error::Io {
            path: f.to_owned(),
            source,
        })
    })?;
    let line = text.lines().next().unwrap_or("").to_owned();
    if line.is_empty() {
        return Err(crate::failure::usage(
            "passphrase-file",
            format!(
                "{} is empty; put the class passphrase on its first line.",
                f.display()
            ),
        )
        .into());
    }
    Ok(line)
}

/// Today on this laptop's clock, `YYYY-MM-DD`: a report's date, and new evidence's default.
fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

/// Now, in Unix milliseconds, to stamp a bundle with.
pub(crate) fn wall_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
