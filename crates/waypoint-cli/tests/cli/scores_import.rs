//! `waypoint scores-import` on the demo class: a dry run prints the plan and writes nothing,
//! the import gives the grid its levels, the same file again writes nothing, a map saved with
//! `--save-map` is used by name, and a file whose mapped column was renamed is refused in one
//! line with the data left as it was.

use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::common::{Sandbox, refused, utf8};

/// A scores file for the demo class's first three students, by "First Last".
fn scores_csv(sandbox: &Sandbox, class: &str, score_header: &str) -> Result<std::path::PathBuf> {
    let students = sandbox.students(class)?;
    let mut text = format!("Name,Date,{score_header}\n");
    for (s, score) in students.iter().zip(["95", "81", "40"]) {
        let name = format!(
            "{} {}",
            s["givenName"].as_str().context("given")?,
            s["familyName"].as_str().context("family")?
        );
        text.push_str(&format!("{name},2026-03-14,{score}\n"));
    }
    text.push_str("Someone Else,2026-03-14,90\n");
    let path = sandbox.file("unit3.csv");
    std::fs::write(&path, text)?;
    Ok(path)
}

fn map_file(sandbox: &Sandbox) -> Result<std::path::PathBuf> {
    let map = json!({
        "student": { "by": "name", "column": "Name" },
        "competencies": [{ "competency": "WPM.6.RP.A.1", "columns": ["Ratios %"] }],
        "conversion": { "type": "percent" },
        "date": { "type": "column", "column": "Date" }
    });
    let path = sandbox.file("map.json");
    std::fs::write(&path, serde_json::to_string_pretty(&map)?)?;
    Ok(path)
}

#[test]
fn a_dry_run_writes_nothing_the_import_writes_once_and_a_saved_map_is_used_by_name() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let file = scores_csv(&sandbox, &class, "Ratios %")?;
    let map = map_file(&sandbox)?;
    let before = sandbox.dump()?;
    let (file, map) = (utf8(&file)?, utf8(&map)?);
    let plan = sandbox.json(&[
        "scores-import",
        file,
        "--class",
        &class,
        "--map-file",
        map,
        "--save-map",
        "Unit sheet",
        "--dry-run",
        "--json",
    ])?;
    assert_eq!(
        (
            &plan["counts"]["evidenceNew"],
            &plan["counts"]["rowsUnmatched"]
        ),
        (&json!(3), &json!(1)),
        "three students matched by name, one not: {plan}"
    );
    let levels: Vec<&Value> = plan["evidence"]
        .as_array()
        .context("evidence")?
        .iter()
        .map(|e| &e["level"])
        .collect();
    assert_eq!(
        levels,
        [&json!(4.0), &json!(3.0), &json!(1.5)],
        "95%, 81% and 40% on the default cut points"
    );
    assert_eq!(sandbox.dump()?, before, "a dry run writes nothing");

    let applied = sandbox.json(&[
        "scores-import",
        file,
        "--class",
        &class,
        "--map",
        "Unit sheet",
        "--json",
    ])?;
    assert_eq!(
        applied["counts"]["evidenceNew"],
        json!(3),
        "the map saved during the dry run is used by name: {applied}"
    );
    assert!(
        applied["import"]["id"].is_number(),
        "the import is recorded for its undo"
    );
    let after = sandbox.dump()?;
    let again = sandbox.json(&[
        "scores-import",
        file,
        "--class",
        &class,
        "--map",
        "Unit sheet",
        "--json",
    ])?;
    assert_eq!(
        (&again["counts"]["evidenceNew"], &again["import"]),
        (&json!(0), &Value::Null),
        "the same file again writes nothing"
    );
    assert_eq!(sandbox.dump()?, after, "and changes nothing");
    Ok(())
}

#[test]
fn a_renamed_mapped_column_is_refused_in_one_line_and_nothing_changes() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let file = scores_csv(&sandbox, &class, "Ratios (%)")?;
    let map = map_file(&sandbox)?;
    let before = sandbox.dump()?;
    let out = sandbox.run(&[
        "scores-import",
        utf8(&file)?,
        "--class",
        &class,
        "--map-file",
        utf8(&map)?,
    ])?;
    refused(
        &out,
        &[
            "unit3.csv has changed",
            "\"Ratios %\"",
            "Nothing was imported",
        ],
        "a file whose mapped column was renamed",
    );
    assert_eq!(sandbox.dump()?, before, "nothing changes");
    let out = sandbox.run(&[
        "scores-import",
        utf8(&file)?,
        "--class",
        &class,
        "--map",
        "Nope",
    ])?;
    assert_eq!(
        out.status.code(),
        Some(1),
        "an unknown map name is not found"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("saved column map"),
        "the message says what was not found"
    );
    Ok(())
}
