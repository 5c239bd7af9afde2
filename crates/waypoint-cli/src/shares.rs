//! `waypoint share`, `waypoint shares` and `waypoint forget-class`: sharing one class with a
//! co-teacher through a sync folder, headless, with the app's use cases
//! (`waypoint_sync::shares`). Passphrases come from files and are never stored.

use std::path::PathBuf;

use clap::builder::NonEmptyStringValueParser;
use clap::{Args, Subcommand};
use waypoint_core::ids::ClassId;
use waypoint_store::Db;
use waypoint_sync::shares;

use crate::failure::Failure;
use crate::{emit, read_new_passphrase, read_passphrase, wall_ms};

/// `waypoint share`.
#[derive(Debug, Args)]
pub struct ShareArgs {
    /// The class to share (see `waypoint classes list`)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    class: String,
    /// The sync folder (a USB stick, or a folder your co-teacher's laptop also syncs)
    #[arg(long, value_name = "DIR")]
    folder: PathBuf,
    /// The class's passphrase (first line of this file); give the same to the co-teacher
    #[arg(long, value_name = "F")]
    passphrase_file: PathBuf,
    /// A label co-teachers see, e.g. your name
    #[arg(long, value_name = "TEXT", default_value = "")]
    label: String,
}

/// `waypoint shares`.
#[derive(Debug, Subcommand)]
pub enum SharesCommand {
    /// This laptop's shares
    List,
    /// Join a class a co-teacher shared: every class in the folder this passphrase opens
    Join {
        /// The sync folder
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
        /// The class's passphrase (first line of this file)
        #[arg(long, value_name = "F")]
        passphrase_file: PathBuf,
        /// A label co-teachers see, e.g. your name
        #[arg(long, value_name = "TEXT", default_value = "")]
        label: String,
    },
    /// Sync one share now: take in the co-teachers' files, then write this laptop's
    Sync {
        /// The shared class
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: String,
        /// The class's passphrase (first line of this file)
        #[arg(long, value_name = "F")]
        passphrase_file: PathBuf,
        /// A label co-teachers see, e.g. your name
        #[arg(long, value_name = "TEXT", default_value = "")]
        label: String,
    },
}

fn class_id(id: &str) -> Result<ClassId, Failure> {
    crate::failure::parse_id(id)
}

/// Runs `waypoint share`.
pub fn run_share(db: &mut Db, args: &ShareArgs, json: bool) -> Result<(), Failure> {
    let passphrase = read_new_passphrase(&args.passphrase_file)?;
    let share = shares::share_class(
        db,
        class_id(&args.class)?,
        &args.folder,
        &passphrase,
        &args.label,
        wall_ms(),
    )?;
    emit(json, &share, |s| {
        format!(
            "Shared class {} through {}. Give your co-teacher the folder and the passphrase.\n",
            s.class_id, s.folder
        )
    })
}

/// Runs `waypoint shares …`.
pub fn run_shares(db: &mut Db, command: &SharesCommand, json: bool) -> Result<(), Failure> {
    match command {
        SharesCommand::List => {
            let list = db.shares()?;
            emit(json, &list, |l| {
                if l.is_empty() {
                    return "No class is shared from this laptop.\n".to_owned();
                }
                l.iter()
                    .map(|s| {
                        let name = if s.class_name.is_empty() {
                            "(not synced yet)"
                        } else {
                            &s.class_name
                        };
                        format!("{}  {}  {}\n", s.class_id, name, s.folder)
                    })
                    .collect()
            })
        }
        SharesCommand::Join {
            folder,
            passphrase_file,
            label,
        } => {
            let passphrase = read_passphrase(passphrase_file)?;
            let joined = shares::join_share(db, folder, &passphrase, label, wall_ms())?;
            emit(json, &joined, |j| {
                j.shares
                    .iter()
                    .map(|s| format!("JoinedShares class {} ({}).\n", s.class_id, s.class_name))
                    .collect()
            })
        }
        SharesCommand::Sync {
            class,
            passphrase_file,
            label,
        } => {
            let passphrase = read_passphrase(passphrase_file)?;
            let report = shares::sync_share(
                db,
                class_id(class)?,
                &passphrase,
                label,
                wall_ms(),
                &mut |_| {},
            )?;
            emit(json, &report, crate::render::sync_report)
        }
    }
}

/// Runs `waypoint forget-class`.
pub fn run_forget(db: &mut Db, class: &str, json: bool) -> Result<(), Failure> {
    let class = class_id(class)?;
    shares::forget_class(db, class)?;
    emit(
        json,
        &serde_json::json!({ "forgotten": class.to_string() }),
        |_| format!("Class {class} is no longer on this laptop; co-teachers keep it.\n"),
    )
}
