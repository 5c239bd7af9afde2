//! `waypoint backup`, `waypoint restore` and `waypoint snapshots list`, as a script drives
//! them: real process, real files, one temp folder per test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, Result};

const PASS: &str = "backup passphrase 1";

/// Runs `waypoint --db <db> <args>`, kept away from the real app's data directory.
fn run(home: &Path, db: &Path, args: &[&str]) -> Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_waypoint"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .output()
        .context("running the waypoint binary")
}

fn ok(out: Output, what: &str) -> Result<String> {
    anyhow::ensure!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(String::from_utf8(out.stdout)?)
}

fn dump(home: &Path, db: &Path) -> Result<String> {
    ok(run(home, db, &["dump", "--canonical"])?, "dump --canonical")
}

fn device(db: &Path) -> Result<String> {
    let conn = rusqlite::Connection::open(db)?;
    Ok(conn.query_row("SELECT device_id FROM local_device", [], |r| r.get(0))?)
}

fn pass_file(home: &Path, name: &str, pass: &str) -> Result<PathBuf> {
    let path = home.join(name);
    std::fs::write(&path, format!("{pass}\n"))?;
    Ok(path)
}

/// A database with the demo class, and a backup of it.
fn backed_up(home: &Path) -> Result<(PathBuf, PathBuf, PathBuf)> {
    let db = home.join("data/w.sqlite3");
    std::fs::create_dir_all(home.join("data"))?;
    ok(run(home, &db, &["demo"])?, "demo")?;
    let pass = pass_file(home, "backup.pass", PASS)?;
    let out = home.join("usb/waypoint-backup-2026-03-04.waypoint-backup");
    std::fs::create_dir_all(home.join("usb"))?;
    let text = ok(
        run(
            home,
            &db,
            &[
                "backup",
                "--out",
                out.to_str().context("utf-8")?,
                "--passphrase-file",
                pass.to_str().context("utf-8")?,
            ],
        )?,
        "backup",
    )?;
    assert!(
        text.contains("24 students"),
        "the backup says what it holds: {text}"
    );
    Ok((db, out, pass))
}

#[test]
fn backup_delete_restore_gives_the_same_dump_under_a_new_device_id() -> Result<()> {
    let home = tempfile::tempdir()?;
    let home = home.path();
    let (db, out, pass) = backed_up(home)?;
    let before = dump(home, &db)?;
    let old_device = device(&db)?;
    for f in std::fs::read_dir(home.join("data"))? {
        let f = f?.path();
        if f.is_file() {
            std::fs::remove_file(f)?;
        }
    }
    let out_s = out.to_str().context("utf-8")?;
    let pass_s = pass.to_str().context("utf-8")?;
    let text = ok(
        run(home, &db, &["restore", out_s, "--passphrase-file", pass_s])?,
        "restore",
    )?;
    assert!(
        text.contains("Demo") || text.contains("students"),
        "the restore shows the preview: {text}"
    );
    assert!(
        text.contains("new device id"),
        "and says sync goes on under a new device id: {text}"
    );
    assert_eq!(
        dump(home, &db)?,
        before,
        "the restored database dumps exactly as before"
    );
    assert_ne!(device(&db)?, old_device, "under a new device id");

    // There is a database now: restoring again needs --replace, and says so.
    let refused = run(home, &db, &["restore", out_s, "--passphrase-file", pass_s])?;
    assert_eq!(refused.status.code(), Some(2), "refused without --replace");
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("--replace") && err.contains("Nothing was replaced"),
        "the refusal names the flag: {err}"
    );
    let replaced_device = device(&db)?;
    ok(
        run(
            home,
            &db,
            &["restore", out_s, "--passphrase-file", pass_s, "--replace"],
        )?,
        "restore --replace",
    )?;
    assert_eq!(dump(home, &db)?, before, "--replace restores the same data");
    assert_ne!(
        device(&db)?,
        replaced_device,
        "and mints yet another device id: a restore never reuses one"
    );
    Ok(())
}

#[test]
fn a_wrong_passphrase_or_a_cut_backup_is_refused_and_the_database_is_untouched() -> Result<()> {
    let home = tempfile::tempdir()?;
    let home = home.path();
    let (db, out, _) = backed_up(home)?;
    // A change after the backup, which a refused restore must keep.
    ok(
        run(
            home,
            &db,
            &[
                "students",
                "add",
                "--class",
                &first_class(home, &db)?,
                "--given",
                "Kept",
                "--family",
                "Here",
            ],
        )?,
        "students add",
    )?;
    let before = dump(home, &db)?;
    let device_before = device(&db)?;
    let wrong = pass_file(home, "wrong.pass", "not the backup passphrase")?;
    let pass = pass_file(home, "right.pass", PASS)?;
    let raw = std::fs::read(&out)?;
    let cut = home.join("cut.waypoint-backup");
    std::fs::write(&cut, &raw[..raw.len() - 200])?;
    for (file, pass, says) in [(&out, &wrong, "passphrase"), (&cut, &pass, "damaged")] {
        let refused = run(
            home,
            &db,
            &[
                "restore",
                file.to_str().context("utf-8")?,
                "--passphrase-file",
                pass.to_str().context("utf-8")?,
                "--replace",
            ],
        )?;
        let err = String::from_utf8_lossy(&refused.stderr);
        assert_eq!(refused.status.code(), Some(2), "refused: {err}");
        assert!(
            err.contains(says) && err.contains("Nothing was replaced"),
            "the message names the reason ({says}): {err}"
        );
        assert_eq!(
            dump(home, &db)?,
            before,
            "the database is untouched ({says})"
        );
        assert_eq!(
            device(&db)?,
            device_before,
            "and keeps its device id ({says})"
        );
    }
    Ok(())
}

#[test]
fn snapshots_list_shows_none_then_a_short_passphrase_is_refused() -> Result<()> {
    let home = tempfile::tempdir()?;
    let home = home.path();
    let db = home.join("w.sqlite3");
    ok(run(home, &db, &["demo"])?, "demo")?;
    let list = ok(run(home, &db, &["snapshots", "list"])?, "snapshots list")?;
    assert!(
        list.contains("No snapshots yet"),
        "none before the app ran: {list}"
    );
    let short = pass_file(home, "short.pass", "short")?;
    let out = run(
        home,
        &db,
        &[
            "backup",
            "--out",
            home.join("b.waypoint-backup").to_str().context("utf-8")?,
            "--passphrase-file",
            short.to_str().context("utf-8")?,
        ],
    )?;
    assert_eq!(out.status.code(), Some(2), "a short passphrase is refused");
    assert!(
        !home.join("b.waypoint-backup").exists(),
        "and no backup is written"
    );
    Ok(())
}

fn first_class(home: &Path, db: &Path) -> Result<String> {
    let json = ok(
        run(home, db, &["classes", "list", "--json"])?,
        "classes list",
    )?;
    let v: serde_json::Value = serde_json::from_str(&json)?;
    Ok(v[0]["id"].as_str().context("a class id")?.to_owned())
}
