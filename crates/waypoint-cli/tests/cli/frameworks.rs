//! Frameworks from CASE packages: `case-import` counts, re-imports in place, and refuses a loop.

use anyhow::Result;

use crate::common::Sandbox;

const SAMPLE_CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/case/sample-math-6.json"
);
const CYCLE_CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../waypoint-core/tests/fixtures/case/cycle.json"
);

#[test]
fn case_import_prints_counts_attaches_and_updates_in_place_on_reimport() -> Result<()> {
    let sb = Sandbox::new()?;
    let class_id = sb.demo_class_id()?;
    let out = sb.run(&["case-import", SAMPLE_CASE, "--class", &class_id])?;
    assert!(
        out.status.success(),
        "import succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout)?;
    // The demo class already uses the sample framework, so this import finds it in place.
    assert!(
        text.starts_with("Updated \"Waypoint Sample Math, Grade 6\""),
        "a second import of the same package updates it: {text}"
    );
    assert!(text.contains("0 created"), "nothing is duplicated: {text}");
    let report = sb.json(&["case-import", SAMPLE_CASE, "--json"])?;
    assert_eq!(report["created"], 0, "a re-import creates no node");
    assert_eq!(
        report["unchanged"], 21,
        "all 21 items are already as the file has them"
    );
    Ok(())
}

#[test]
fn case_import_refuses_a_loop_with_one_line_and_exit_2() -> Result<()> {
    let sb = Sandbox::new()?;
    let out = sb.run(&["case-import", CYCLE_CASE])?;
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad file is input the user can fix"
    );
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(err.lines().count(), 1, "exactly one stderr line: {err}");
    assert!(
        err.contains("loops back on itself"),
        "the loop is named: {err}"
    );
    Ok(())
}

const CCSS_MATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../waypoint-core/tests/fixtures/case/opensalt-ccss-math-trimmed.json"
);
const LSDOC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../waypoint-core/tests/fixtures/case/lsdoc-pre-1.0.json"
);

#[test]
fn case_import_lists_warnings_and_dry_run_writes_nothing() -> Result<()> {
    let sb = Sandbox::new()?;
    sb.demo_class_id()?;
    let before = sb.dump()?;
    let out = sb.run(&["case-import", CCSS_MATH, "--dry-run"])?;
    assert!(
        out.status.success(),
        "a preview succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout)?;
    assert!(
        text.starts_with("Preview, nothing written: would have imported"),
        "the preview says so first: {text}"
    );
    assert!(
        text.contains("166 created")
            && text.contains("\"subject\" is text where CASE expects a list"),
        "it gives the counts and lists the warnings: {text}"
    );
    assert_eq!(sb.dump()?, before, "--dry-run writes nothing");
    let report = sb.json(&["case-import", CCSS_MATH, "--json"])?;
    assert_eq!(report["dryRun"], false, "a real import is not a preview");
    assert_eq!(
        report["created"], 166,
        "the import creates what the preview said"
    );
    let fields: Vec<&str> = report["warnings"]
        .as_array()
        .map(|w| w.iter().filter_map(|w| w["field"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        fields.contains(&"subject") && fields.contains(&"educationalLevel"),
        "--json carries the warnings with their fields: {fields:?}"
    );
    Ok(())
}

#[test]
fn case_import_refuses_the_pre_one_format_with_its_message() -> Result<()> {
    let sb = Sandbox::new()?;
    let out = sb.run(&["case-import", LSDOC])?;
    assert_eq!(out.status.code(), Some(2), "a file the user can replace");
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(err.lines().count(), 1, "exactly one stderr line: {err}");
    assert!(
        err.contains("pre-1.0") && err.contains("CASE 1.0 export"),
        "the message says what it is and what to ask for: {err}"
    );
    Ok(())
}

const GRADE6_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../waypoint-import/tests/fixtures/frameworks/grade6-quirks.csv"
);
const LOOP_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../waypoint-import/tests/fixtures/frameworks/loop.csv"
);

#[test]
fn framework_import_csv_previews_imports_and_lists_row_problems() -> Result<()> {
    let sb = Sandbox::new()?;
    let class_id = sb.demo_class_id()?;
    let before = sb.dump()?;
    let out = sb.run(&[
        "framework-import-csv",
        GRADE6_CSV,
        "--title",
        "Grade 6",
        "--dry-run",
    ])?;
    assert!(
        out.status.success(),
        "a preview succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout)?;
    assert!(
        text.starts_with("Preview, nothing written: would have imported \"Grade 6\"")
            && text.contains("5 created"),
        "the preview gives the counts: {text}"
    );
    assert!(
        text.contains("3 row(s) left out:")
            && text
                .contains("grade6-quirks.csv line 7: The code G6.RP.1 is already used on line 4"),
        "each row problem with its file and line: {text}"
    );
    assert_eq!(sb.dump()?, before, "--dry-run writes nothing");

    let report = sb.json(&[
        "framework-import-csv",
        GRADE6_CSV,
        "--title",
        "Grade 6",
        "--class",
        &class_id,
        "--json",
    ])?;
    assert_eq!(
        report["created"], 5,
        "the import creates what the preview said"
    );
    assert_eq!(
        report["problems"].as_array().map(Vec::len),
        Some(4),
        "--json carries the three rows left out and the one warning"
    );
    let again = sb.json(&[
        "framework-import-csv",
        GRADE6_CSV,
        "--title",
        "Grade 6",
        "--json",
    ])?;
    assert_eq!(
        (
            again["created"].as_u64(),
            again["unchanged"].as_u64(),
            again["updatedExisting"].as_bool()
        ),
        (Some(0), Some(5), Some(true)),
        "a second run updates in place and duplicates nothing"
    );
    Ok(())
}

#[test]
fn framework_import_csv_refuses_a_loop_with_one_line_and_exit_2() -> Result<()> {
    let sb = Sandbox::new()?;
    let out = sb.run(&["framework-import-csv", LOOP_CSV])?;
    assert_eq!(out.status.code(), Some(2), "a file the user can fix");
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(err.lines().count(), 1, "exactly one stderr line: {err}");
    assert!(
        err.contains("loop.csv") && err.contains("A.1.a → A.1.b → A.1.a"),
        "the file and the loop are named: {err}"
    );
    Ok(())
}
