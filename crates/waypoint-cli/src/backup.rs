//! `waypoint backup`, `waypoint restore` and `waypoint snapshots list`: encrypted backups and
//! the local snapshots, headless, with the same use cases as the app.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use waypoint_store::Db;
use waypoint_store::backup as snapshots;
use waypoint_sync::backup::{self, BackupManifest};

use crate::failure::Failure;
use crate::{emit, open_existing, read_passphrase, wall_ms};

/// `waypoint backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the backup (e.g. waypoint-backup-2026-03-04.waypoint-backup)
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// The backup passphrase: the first line of this file (at least 8 characters)
    #[arg(long, value_name = "F")]
    passphrase_file: PathBuf,
}

/// `waypoint restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The backup passphrase: the first line of this file
    #[arg(long, value_name = "F")]
    passphrase_file: PathBuf,
    /// Replace the database at --db when there is one (its data is gone afterwards)
    #[arg(long)]
    replace: bool,
    /// Only show what the backup holds; replace nothing
    #[arg(long)]
    preview: bool,
}

/// `waypoint snapshots`.
#[derive(Debug, Subcommand)]
pub enum SnapshotsCommand {
    /// List the local snapshots beside the database, newest first
    List,
}

pub fn run_backup(db_path: &Path, args: &BackupArgs, json: bool) -> Result<(), Failure> {
    let passphrase = read_passphrase(&args.passphrase_file)?;
    backup::check_passphrase(&passphrase)?;
    let db = open_existing(db_path)?;
    let manifest = backup::back_up(&db, &args.out, &passphrase, wall_ms(), &mut |_| {})?;
    emit(json, &manifest, |m| {
        format!(
            "Wrote a backup of {} to {}.\n",
            describe(m),
            args.out.display()
        )
    })
}

pub fn run_restore(db_path: &Path, args: &RestoreArgs, json: bool) -> Result<(), Failure> {
    let passphrase = read_passphrase(&args.passphrase_file)?;
    let preview = backup::preview(&args.file, &passphrase)?;
    let exists = db_path.exists();
    if !args.preview && exists && !args.replace {
        if !json {
            print_preview(&preview)?;
        }
        return Err(Failure::WouldReplace(db_path.to_path_buf()));
    }
    if args.preview {
        return emit(json, &preview, preview_text);
    }
    let manifest = if exists {
        let mut db = Db::open(db_path)?;
        backup::restore(&mut db, &args.file, &passphrase, &mut |_| {})?
    } else {
        backup::restore_new(db_path, &args.file, &passphrase, &mut |_| {})?
    };
    // Opened once here so the new device id is minted now, and can be printed.
    let db = Db::open(db_path)?;
    let out = serde_json::json!({ "restored": manifest, "deviceId": db.device_id().to_string() });
    emit(json, &out, |_| {
        format!(
            "{}Restored to {}. This laptop now syncs under a new device id, {}.\n",
            preview_text(&manifest),
            db_path.display(),
            db.device_id()
        )
    })
}

pub fn run_snapshots(
    db_path: &Path,
    command: &SnapshotsCommand,
    json: bool,
) -> Result<(), Failure> {
    match command {
        SnapshotsCommand::List => {
            let list = snapshots::list_snapshots(db_path)?;
            emit(json, &list, |l| {
                if l.is_empty() {
                    return "No snapshots yet: the app takes one a day.\n".to_owned();
                }
                l.iter()
                    .map(|s| {
                        let why = match s.kind {
                            snapshots::SnapshotKind::Daily => "daily",
                            snapshots::SnapshotKind::BeforeMigration => "before an update",
                        };
                        format!("{}  {:<16}  {}\n", s.date, why, s.file_name)
                    })
                    .collect()
            })
        }
    }
}

fn describe(m: &BackupManifest) -> String {
    let plural = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {} and {}",
        plural(m.counts.classes, "class", "classes"),
        plural(m.counts.students, "student", "students"),
        plural(m.counts.evidence, "piece of evidence", "pieces of evidence"),
        plural(m.counts.artifacts, "portfolio item", "portfolio items"),
    )
}

fn preview_text(m: &BackupManifest) -> String {
    let when = chrono::DateTime::from_timestamp_millis(m.created_wall_ms as i64)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default();
    let mut text = format!("Backup made {when}: {}.\n", describe(m));
    for c in &m.classes {
        text.push_str(&format!("  {}  ({} students)\n", c.name, c.students));
    }
    text
}

fn print_preview(m: &BackupManifest) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(preview_text(m).as_bytes())
        .map_err(Failure::from_write)
}
