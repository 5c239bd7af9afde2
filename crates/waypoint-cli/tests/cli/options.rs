//! The command line itself: global options on either side of the subcommand, which database
//! is opened (and that none is created or touched by mistake), `--help`, and `dump --canonical`.

use anyhow::{Context, Result};
use serde_json::Value;

use crate::common::{Sandbox, the_one_stderr_line, utf8};

#[test]
fn global_options_work_before_and_after_the_subcommand() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let db = sandbox.db();
    let db = utf8(&db)?;
    let before = sandbox.run_exactly(&["--db", db, "--json", "classes", "list"])?;
    let after = sandbox.run_exactly(&["classes", "list", "--json", "--db", db])?;
    for out in [&before, &after] {
        assert!(
            out.status.success(),
            "--db and --json are accepted on either side of the subcommand: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let classes: Value = serde_json::from_slice(&out.stdout)
            .context("--json must print JSON wherever it is written")?;
        assert_eq!(
            classes[0]["id"], class_id,
            "--db must select the sandbox database wherever it is written"
        );
    }
    Ok(())
}

#[test]
fn listing_a_missing_database_fails_without_creating_it() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let out = sandbox.run(&["classes", "list"])?;
    assert_eq!(
        out.status.code(),
        Some(1),
        "a mistyped --db path must not look like an empty database"
    );
    assert!(
        the_one_stderr_line(&out).contains("no database"),
        "the line says what is wrong"
    );
    assert!(
        !sandbox.db().exists(),
        "a read-only command must not create a database"
    );
    Ok(())
}

#[test]
fn the_app_database_is_never_touched() -> Result<()> {
    let sandbox = Sandbox::new()?;
    sandbox.demo_class_id()?;
    sandbox.json(&["classes", "list", "--json"])?;
    assert!(
        sandbox.db().is_file(),
        "the commands must write to the --db file"
    );
    assert!(
        !sandbox.xdg_data_home().exists(),
        "with --db given, nothing may be written to the app's data directory"
    );
    Ok(())
}

#[test]
fn help_documents_the_exit_statuses() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let out = sandbox.run(&["--help"])?;
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "--help succeeds");
    assert!(
        help.contains("Exit status") && help.contains("2  invalid input"),
        "scripts need to know what the exit statuses mean: {help}"
    );
    Ok(())
}

#[test]
fn dump_canonical_is_the_same_for_a_copy_and_refuses_a_missing_database() -> Result<()> {
    let sb = Sandbox::new()?;
    let missing = sb.run(&["dump", "--canonical"])?;
    assert_eq!(
        missing.status.code(),
        Some(1),
        "no database: nothing to dump"
    );
    sb.demo_class_id()?;
    let first = sb.run(&["dump", "--canonical"])?;
    assert!(
        first.status.success(),
        "dump succeeds: {}",
        String::from_utf8_lossy(&first.stderr)
    );
    let copy = sb.file("copy.sqlite3");
    std::fs::copy(sb.db(), &copy)?;
    let copied = sb.run_exactly(&["--db", utf8(&copy)?, "dump", "--canonical"])?;
    assert_eq!(
        first.stdout, copied.stdout,
        "the same ops give the same bytes"
    );
    let dump: Value = serde_json::from_slice(&first.stdout)?;
    assert_eq!(
        dump["student"].as_array().map(Vec::len),
        Some(24),
        "the demo's students are in the dump"
    );
    Ok(())
}
