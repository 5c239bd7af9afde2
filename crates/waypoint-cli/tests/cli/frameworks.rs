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
