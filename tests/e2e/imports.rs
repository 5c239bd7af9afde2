//! End to end: imports in the real app.
//!
//! - A roster: from the first-run screen, a OneRoster 1.1 zip is read, the teacher picks
//!   herself and two of her sections, applies, and finds both classes with their students;
//!   undo (from the Students page) takes the whole import back.
//! - Scores: on the demo class, a quiz CSV is mapped in the dialog and saved as a map; its
//!   evidence shows in the mastery grid; a second file with the same header is recognized by
//!   that map, and its undo puts the grid back as it was after the first.

use anyhow::{Context, Result};
use waypoint_store::{Db, roster};

use crate::harness::{self, App};

/// Selects the class whose option in the class switcher reads `name`.
async fn switch_class(app: &App, name: &str) -> Result<()> {
    let value = app
        .eval(&format!(
            "return [...document.querySelectorAll('#class-switcher option')]
                .find(o => o.textContent.includes('{name}')).value"
        ))
        .await?;
    let value = value
        .as_str()
        .with_context(|| format!("{name} is in the class switcher"))?;
    app.set_value("#class-switcher", value).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_oneroster_zip_imports_two_sections_from_the_first_run_screen_and_undoes() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let zip = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/roster/lincoln-oneroster-1.1.zip")
        .canonicalize()
        .context("the Lincoln fixture is in tests/fixtures/roster")?;
    let app = App::start(data.path()).await?;

    app.click("[data-testid=import-roster]").await?;
    app.fill(
        "[data-testid=import-path]",
        zip.to_str().context("a UTF-8 path")?,
    )
    .await?;
    app.click("[data-testid=import-open]").await?;
    app.click_text("[data-testid=import-teachers] label", "Maya Ortiz")
        .await?;
    app.click_text("[data-testid=import-section]", "Math 6 - Period 1")
        .await?;
    app.click_text("[data-testid=import-section]", "Math 6 - Period 2")
        .await?;
    app.click("[data-testid=import-sections-continue]").await?;
    app.wait_text(
        "[data-testid=import-summary]",
        "2 new classes, 16 new students",
    )
    .await?;
    app.click("[data-testid=import-apply]").await?;
    app.wait_text(
        "[data-testid=import-result-summary]",
        "Added 2 classes and 16 students",
    )
    .await?;
    app.click("[data-testid=import-done]").await?;

    // Both classes are in the class bar, the first of them open, 8 students each.
    app.wait_count("#class-switcher option", 2).await?;
    app.wait_text("#class-switcher option:checked", "Math 6 - Period 1")
        .await?;
    app.wait_count("[data-testid=roster-item]", 8).await?;
    switch_class(&app, "Math 6 - Period 2").await?;
    app.wait_text("#page-title", "Math 6 - Period 2").await?;
    app.wait_count("[data-testid=roster-item]", 8).await?;

    // Undo from the Students page takes the whole import back: the first-run screen again.
    app.click("[data-testid=undo-last-import]").await?;
    app.find("[data-testid=empty-state]").await?;
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let classes = roster::list_classes(db.conn(), true)?;
    assert!(
        classes.is_empty(),
        "an undone import leaves no class behind, found {classes:?}"
    );
    Ok(())
}

/// The students the scores files name (full names as the demo class has them).
const SCORED: [&str; 4] = [
    "Mateo Hernández",
    "Linh Nguyen",
    "Omar Haddad",
    "Hodan Abdi",
];

/// The mastery grid's levels (`data-level`, "" for none) for each of `SCORED` on each of
/// `codes`, student by student.
async fn grid_levels(app: &App, codes: &[String]) -> Result<Vec<String>> {
    app.click("[data-testid=nav-mastery]").await?;
    app.find("[data-testid=grid-cell]").await?;
    let script = format!(
        "const names = {names}; const codes = {codes};
         const rows = [...document.querySelectorAll('[data-testid=grid-row]')];
         const cols = [...document.querySelectorAll('[data-testid=grid-col] .code')].map(c => c.textContent.trim());
         return names.flatMap(n => codes.map(code => {{
           const r = rows.findIndex(x => x.textContent.includes(n));
           const c = cols.indexOf(code);
           const cell = document.querySelector(`[data-testid=grid-cell][data-r=\"${{r}}\"][data-c=\"${{c}}\"]`);
           return r < 0 || c < 0 || !cell ? null : cell.dataset.level;
         }}))",
        names = serde_json::to_string(&SCORED)?,
        codes = serde_json::to_string(codes)?,
    );
    let levels = app.eval(&script).await?;
    levels
        .as_array()
        .context("the grid script returns a list")?
        .iter()
        .map(|l| {
            l.as_str()
                .map(str::to_owned)
                .context("every scored student and competency has a grid cell")
        })
        .collect()
}

/// Writes a quiz export: a "Student" full-name column and one percent column per
/// competency, with `scores[i]` for student `i` on both.
fn write_scores(dir: &std::path::Path, name: &str, scores: [u32; 4]) -> Result<String> {
    let mut csv = String::from("Student,Quiz A,Quiz B\n");
    for (who, score) in SCORED.iter().zip(scores) {
        csv.push_str(&format!("{who},{score},{score}\n"));
    }
    let path = dir.join(name);
    std::fs::write(&path, csv)?;
    Ok(path.to_str().context("a UTF-8 path")?.to_owned())
}

/// Opens the scores import from the Evidence page on `path`.
async fn open_scores(app: &App, path: &str) -> Result<()> {
    app.click("[data-testid=nav-evidence]").await?;
    app.click("[data-testid=evidence-import]").await?;
    assert!(
        app.checked("[data-testid=import-kind-scores]").await?,
        "the Evidence page suggests a scores file"
    );
    app.fill("[data-testid=import-path]", path).await?;
    app.click("[data-testid=import-open]").await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scores_csv_mapped_and_saved_reaches_the_grid_is_recognized_again_and_undoes()
-> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;

    // Two competencies with no demo evidence at all, so the import visibly fills them.
    app.click("[data-testid=nav-mastery]").await?;
    app.find("[data-testid=grid-cell]").await?;
    let empty = app
        .eval(
            "const cols = [...document.querySelectorAll('[data-testid=grid-col] .code')].map(c => c.textContent.trim());
             return cols.filter((code, c) => code !== '' && [...document.querySelectorAll(`[data-testid=grid-cell][data-c=\"${c}\"]`)]
               .every(cell => cell.dataset.level === ''))",
        )
        .await?;
    let codes: Vec<String> = serde_json::from_value(empty)?;
    let codes: Vec<String> = codes.into_iter().take(2).collect();
    assert_eq!(
        codes.len(),
        2,
        "the demo framework has two competencies without evidence"
    );
    let before = grid_levels(&app, &codes).await?;
    assert!(
        before.iter().all(String::is_empty),
        "no levels before the import, got {before:?}"
    );

    // First file: the map is made in the dialog and saved as "Unit 3 quiz".
    let first = write_scores(files.path(), "unit3-period2.csv", [95, 95, 95, 95])?;
    open_scores(&app, &first).await?;
    app.find("[data-testid=import-map-editor]").await?;
    app.set_value("#import-scores-finder", "name").await?;
    app.set_value("#import-scores-student-col", "Student")
        .await?;
    for (code, column) in codes.iter().zip(["Quiz A", "Quiz B"]) {
        app.click(&format!("[data-testid='import-pick-{code}-{column}']"))
            .await?;
    }
    app.fill("[data-testid=import-save-as]", "Unit 3 quiz")
        .await?;
    app.click("[data-testid=import-map-continue]").await?;
    app.wait_text(
        "[data-testid=import-summary]",
        "8 pieces of evidence for 4 students",
    )
    .await?;
    app.wait_count("[data-testid=import-evidence-row]", 4)
        .await?;
    app.click("[data-testid=import-apply]").await?;
    app.wait_text("[data-testid=import-result-summary]", "Recorded 8 pieces")
        .await?;
    app.click("[data-testid=import-done]").await?;
    let after_first = grid_levels(&app, &codes).await?;
    assert!(
        after_first.iter().all(|l| !l.is_empty()),
        "each scored student has a level on both competencies after the import, got {after_first:?}"
    );

    // Second file, same header, other scores: the saved map is recognized and applies as is.
    let second = write_scores(files.path(), "unit3-retake.csv", [40, 40, 40, 40])?;
    open_scores(&app, &second).await?;
    app.wait_text("[data-testid=import-recognized]", "Recognized: Unit 3 quiz")
        .await?;
    app.click("[data-testid=import-map-continue]").await?;
    app.wait_text(
        "[data-testid=import-summary]",
        "8 pieces of evidence for 4 students",
    )
    .await?;
    app.click("[data-testid=import-apply]").await?;
    app.wait_text("[data-testid=import-result-summary]", "Recorded 8 pieces")
        .await?;
    // Undo is checked on the grid: close, look, then undo from the Students page.
    app.click("[data-testid=import-done]").await?;
    let after_second = grid_levels(&app, &codes).await?;
    assert!(
        after_second
            .iter()
            .zip(&after_first)
            .all(|(two, one)| two != one),
        "the second import changes every one of those cells: {after_first:?} then {after_second:?}"
    );

    app.click("[data-testid=nav-students]").await?;
    app.click("[data-testid=undo-last-import]").await?;
    app.wait_true(
        "return !document.querySelector('[data-testid=undo-last-import]')",
        "the undone import can no longer be undone",
    )
    .await?;
    let undone = grid_levels(&app, &codes).await?;
    assert_eq!(
        undone, after_first,
        "undo puts the grid back as it was after the first import"
    );
    app.stop().await?;
    Ok(())
}
