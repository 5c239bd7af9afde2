//! `waypoint roster-import`: a OneRoster zip previewed with --dry-run (nothing written),
//! applied for one teacher's sections, applied again (nothing changes), and the one-line
//! refusals of a file that is no roster and a spreadsheet whose columns need a map.

use anyhow::{Context, Result};
use std::path::PathBuf;

use crate::common::{Sandbox, refused, utf8};

/// The made-up Lincoln Middle School export (tests/fixtures/roster/README.md).
fn lincoln() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/roster/lincoln-oneroster-1.1.zip")
}

#[test]
fn a_dry_run_writes_nothing_and_the_import_brings_in_the_teachers_sections() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let zip = lincoln();
    // A database to compare against: the first dry run opens (creates) it.
    sandbox.run(&["roster-import", utf8(&zip)?, "--dry-run"])?;
    let before = sandbox.dump()?;
    let plan = sandbox.json(&[
        "roster-import",
        utf8(&zip)?,
        "--teacher",
        "MORTIZ@lincoln.example",
        "--section",
        "sec-m6-1,sec-m6-2",
        "--dry-run",
        "--json",
    ])?;
    assert_eq!(
        plan["counts"]["studentsNew"], 16,
        "two periods of eight students"
    );
    assert_eq!(sandbox.dump()?, before, "--dry-run writes nothing");

    let out = sandbox.run(&["roster-import", utf8(&zip)?, "--teacher", "Maya Ortiz"])?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout)?;
    assert!(
        text.contains("3 new classes, 24 new students"),
        "without --section, every section of hers comes in: {text}"
    );
    let classes = sandbox.json(&["classes", "list", "--json"])?;
    let names: Vec<&str> = classes
        .as_array()
        .context("a list")?
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Math 6 - Period 1",
            "Math 6 - Period 2",
            "Math 6 - Period 3"
        ],
        "Ms. Ortiz's three periods, not the other teachers' sections"
    );

    let after = sandbox.dump()?;
    let again = sandbox.run(&["roster-import", utf8(&zip)?, "--teacher", "t-ortiz"])?;
    assert!(
        String::from_utf8(again.stdout)?.starts_with("Nothing to change"),
        "the same file again changes nothing"
    );
    assert_eq!(sandbox.dump()?, after, "and the dump is identical");
    Ok(())
}

#[test]
fn files_that_cannot_be_used_are_refused_in_one_line() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let photo = sandbox.file("photo.zip");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\n")?;
    let out = sandbox.run(&["roster-import", utf8(&photo)?])?;
    refused(
        &out,
        &["photo.zip is not a zip archive"],
        "a picture named .zip",
    );

    let sheet = sandbox.file("list.csv");
    std::fs::write(&sheet, "Pupil,Room\nAna Lopez,4\n")?;
    let out = sandbox.run(&["roster-import", utf8(&sheet)?])?;
    refused(
        &out,
        &[
            "list.csv is a spreadsheet whose columns need mapping",
            "--columns-file",
            "Pupil, Room",
        ],
        "a spreadsheet no guess can read",
    );

    let out = sandbox.run(&["roster-import", utf8(&lincoln())?, "--teacher", "Nobody"])?;
    refused(
        &out,
        &["names no teacher \"Nobody\"", "Maya Ortiz (t-ortiz)"],
        "an unknown teacher",
    );
    Ok(())
}
