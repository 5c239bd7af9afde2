//! What every test of the `waypoint` binary stands on: a sandbox with its own database and
//! data directory, running the binary in it, and the checks every refusal shares (exit 2,
//! one stderr line, nothing printed).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, Result};
use serde_json::Value;
use tempfile::TempDir;

/// A temporary home for one test: its database, and a data directory standing in for the
/// OS one so that even a bug that ignored `--db` could not touch the real app's data.
pub struct Sandbox {
    pub dir: TempDir,
}

impl Sandbox {
    pub fn new() -> Result<Self> {
        Ok(Sandbox {
            dir: tempfile::tempdir().context("creating a temp dir")?,
        })
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("test.sqlite3")
    }

    pub fn xdg_data_home(&self) -> PathBuf {
        self.dir.path().join("xdg-data")
    }

    /// Runs `waypoint --db <sandbox db> <args>`.
    pub fn run(&self, args: &[&str]) -> Result<Output> {
        self.run_on(&self.db(), args)
    }

    /// Runs `waypoint <args>` with nothing added, for tests about where options go.
    pub fn run_exactly(&self, args: &[&str]) -> Result<Output> {
        self.command(args)
            .output()
            .context("running the waypoint binary")
    }

    /// `waypoint <args>`, not yet started, kept away from the real app's data directory.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_waypoint"));
        command
            .args(args)
            .env("XDG_DATA_HOME", self.xdg_data_home());
        command
    }

    /// Runs `waypoint --db <db> <args>` on another database in the sandbox.
    pub fn run_on(&self, db: &Path, args: &[&str]) -> Result<Output> {
        self.run_exactly(&[&["--db", utf8(db)?], args].concat())
    }

    /// A path in the sandbox's folder, beside its database.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `dump --canonical` of the sandbox database: the bytes two laptops are compared by.
    pub fn dump(&self) -> Result<Vec<u8>> {
        self.dump_of(&self.db())
    }

    /// `dump --canonical` of the database at `db`, which must succeed.
    pub fn dump_of(&self, db: &Path) -> Result<Vec<u8>> {
        let out = self.run_on(db, &["dump", "--canonical"])?;
        anyhow::ensure!(
            out.status.success(),
            "`waypoint dump --canonical` of {} failed: {}",
            db.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        Ok(out.stdout)
    }

    /// Runs a command that must succeed and returns its stdout parsed as JSON.
    pub fn json(&self, args: &[&str]) -> Result<Value> {
        self.json_on(&self.db(), args)
    }

    /// Runs a command that must succeed on another database in the sandbox, and returns its
    /// stdout parsed as JSON.
    pub fn json_on(&self, db: &Path, args: &[&str]) -> Result<Value> {
        let out = self.run_on(db, args)?;
        anyhow::ensure!(
            out.status.success(),
            "`waypoint {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).with_context(|| {
            format!(
                "`waypoint {}` must print valid JSON; got {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Loads the demo class and returns its id.
    pub fn demo_class_id(&self) -> Result<String> {
        let class = self.json(&["demo", "--json"])?;
        class["id"]
            .as_str()
            .map(str::to_owned)
            .context("demo --json must include the class id")
    }

    pub fn students(&self, class_id: &str) -> Result<Vec<Value>> {
        let list = self.json(&["students", "list", "--class", class_id, "--json"])?;
        list.as_array()
            .cloned()
            .context("students list --json must be an array")
    }
}

/// A temp path as the UTF-8 text a command line takes.
pub fn utf8(path: &Path) -> Result<&str> {
    path.to_str().context("temp paths are UTF-8")
}

/// The one line a failed command writes to stderr.
pub fn the_one_stderr_line(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.lines().count(),
        1,
        "a failure must be exactly one stderr line, so scripts and teachers see just the reason: {stderr:?}"
    );
    stderr.trim_end().to_owned()
}

/// The first bytes of every age file: an encrypted bundle.
pub const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// Writes a class passphrase file (the passphrase on its first line, as a teacher saves it).
pub fn passphrase_file(path: PathBuf, passphrase: &str) -> Result<PathBuf> {
    std::fs::write(&path, format!("{passphrase}\n")).context("writing a passphrase file")?;
    Ok(path)
}

/// Asserts that a command was refused as bad input (exit 2) with one stderr line holding
/// every one of `expected`, printed nothing, and returns that line.
pub fn refused(out: &Output, expected: &[&str], why: &str) -> String {
    assert_eq!(
        out.status.code(),
        Some(2),
        "{why}: refused as input the teacher can fix (exit 2); stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = the_one_stderr_line(out);
    for part in expected {
        assert!(
            line.contains(part),
            "{why}: the line must say {part:?}: {line}"
        );
    }
    assert!(
        out.stdout.is_empty(),
        "{why}: a refused command prints no result"
    );
    line
}
