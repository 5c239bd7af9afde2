//! End to end: competencies, evidence and mastery in the real app.

use anyhow::{Context, Result};
use fantoccini::key::Key;

use crate::harness::{self, App};

/// Alt+`digit`: the area shortcut.
fn alt(digit: char) -> String {
    format!("{}{digit}", char::from(Key::Alt))
}

/// The index of the focused quick-capture row, or -1.
const FOCUSED_ROW: &str = "return [...document.querySelectorAll('[data-testid=capture-row]')].indexOf(document.activeElement)";

/// A JS expression: `[level, status]` of the grid cells for one competency code, top row
/// first.
fn column_expr(code: &str) -> String {
    format!(
        "[...document.querySelectorAll('[data-testid=grid-cell]')]
            .filter(c => (c.getAttribute('aria-label') || '').includes('{code}:'))
            .map(c => [c.dataset.level, c.dataset.status])"
    )
}

async fn column(app: &App, code: &str) -> Result<Vec<(Option<f64>, String)>> {
    let cells = app.eval(&format!("return {}", column_expr(code))).await?;
    let cells = cells
        .as_array()
        .context("the column script returns a list")?;
    Ok(cells
        .iter()
        .map(|c| {
            let level = c[0].as_str().and_then(|s| s.parse::<f64>().ok());
            (level, c[1].as_str().unwrap_or_default().to_owned())
        })
        .collect())
}

/// Types one level on the focused capture row and waits for focus to reach row `next`,
/// which the page moves it to once the entry is saved.
async fn record(app: &App, level: &str, next: i64) -> Result<()> {
    app.keys(level).await?;
    app.wait_true(
        &format!("{FOCUSED_ROW} === {next}"),
        &format!("focus moves to row {next} after typing {level}"),
    )
    .await
}

/// Keyboard only: record evidence for five students, see their grid cells, switch the
/// method and see a status change.
#[tokio::test(flavor = "multi_thread")]
async fn evidence_typed_from_the_keyboard_reaches_the_grid_and_the_method_changes_status()
-> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    // The demo's evidence covers the first eight competencies; WPM.6.EE.A.8 has none.
    const CODE: &str = "WPM.6.EE.A.8";
    app.keys(&alt('2')).await?;
    app.find("#capture-competency").await?;
    let value = app
        .eval(&format!(
            "return [...document.querySelectorAll('#capture-competency option')]
                .find(o => o.textContent.includes('{CODE}')).value"
        ))
        .await?;
    let value = value.as_str().context("the competency is offered")?;
    // Choosing from a <select> is the one step done by script: its typing rules differ
    // between webviews. Everything after it is keys.
    app.set_value("#capture-competency", value).await?;
    app.wait_true(
        &format!("{FOCUSED_ROW} === 0"),
        "choosing a competency puts focus on the first student",
    )
    .await?;
    for (i, level) in ["1", "2", "3", "4", "2"].iter().enumerate() {
        record(&app, level, i as i64 + 1).await?;
    }
    // Back to the first student for a second, higher piece of evidence.
    app.keys(&char::from(Key::Home).to_string()).await?;
    app.wait_true(
        &format!("{FOCUSED_ROW} === 0"),
        "Home goes to the first row",
    )
    .await?;
    record(&app, "4", 1).await?;

    app.keys(&alt('3')).await?;
    app.find("[data-testid=grid-cell]").await?;
    let cells = column(&app, CODE).await?;
    assert_eq!(
        cells.len(),
        24,
        "one cell per demo student in the column: {cells:?}"
    );
    let levels: Vec<Option<f64>> = cells.iter().take(5).map(|c| c.0).collect();
    let want = [1.0 * 0.35 + 4.0 * 0.65, 2.0, 3.0, 4.0, 2.0];
    for (got, want) in levels.iter().zip(want) {
        let got = got.with_context(|| format!("a level is shown: {cells:?}"))?;
        assert!(
            (got - want).abs() < 0.01,
            "the grid shows the decaying average of what was typed: {levels:?}"
        );
    }
    assert_eq!(
        cells[0].1, "progressing",
        "2.95 is under the threshold of 3"
    );
    assert_eq!(cells[3].1, "mastered", "a 4 is mastered");
    assert!(
        cells[5].0.is_none(),
        "students with no evidence show no level"
    );

    app.set_value("#grid-method", "latest").await?;
    app.wait_true(
        &format!(
            "const c = {}; return c.length > 0 && c[0][1] === 'mastered'",
            column_expr(CODE)
        ),
        "switching to the most recent score makes the first student mastered",
    )
    .await?;
    let cells = column(&app, CODE).await?;
    assert_eq!(cells[0].0, Some(4.0), "the most recent score is 4");

    // Enter on the first student's cell opens its detail, which shows the backend's own
    // working for the method now in force (the UI has no formula of its own).
    app.eval(&format!(
        "const c = [...document.querySelectorAll('[data-testid=grid-cell]')]
            .find(c => (c.getAttribute('aria-label') || '').includes('{CODE}:'));
         c.focus(); return true"
    ))
    .await?;
    app.keys(&char::from(Key::Enter).to_string()).await?;
    app.wait_text("[data-testid=working]", "The most recent score is 4.")
        .await
        .context("the cell detail shows the working of the most recent score")?;
    app.stop().await
}

/// A CASE file picked in the Frameworks page is imported with a report and shown as a
/// tree; a file with a loop is refused with its message first, and nothing is made.
#[tokio::test(flavor = "multi_thread")]
async fn a_case_file_imported_through_the_ui_shows_its_tree() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    crate::create_class(&app, "Grade 6 Math").await?;
    app.keys(&alt('4')).await?;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cycle = root.join("crates/waypoint-core/tests/fixtures/case/cycle.json");
    let sample = root.join("assets/case/sample-math-6.json");
    app.click("[data-testid=import-case]").await?;

    app.find("[data-testid=case-file]")
        .await?
        .send_keys(cycle.to_str().context("UTF-8 path")?)
        .await?;
    app.wait_text("[data-testid=case-error]", "loops back on itself")
        .await?;
    let frameworks = app
        .eval_int("return document.querySelectorAll('[data-testid=tree-node]').length")
        .await?;
    assert_eq!(frameworks, 0, "a refused file makes no tree");

    app.find("[data-testid=case-file]")
        .await?
        .send_keys(sample.to_str().context("UTF-8 path")?)
        .await?;
    app.wait_text("[data-testid=case-report]", "Waypoint Sample Math, Grade 6")
        .await?;
    app.wait_count("[data-testid=tree-node]", 21).await?;
    app.find_text("[data-testid=tree-node]", "WPM.6.RP.A.3.a")
        .await
        .context("a nested component appears in the tree")?;
    app.stop().await
}

/// Evidence, Mastery (grid, a cell's detail, a competency) and Frameworks pass an axe-core
/// audit in the real webview, where colour contrast (the heatmap's too) is measured.
#[tokio::test(flavor = "multi_thread")]
async fn the_competency_areas_pass_an_axe_audit() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    let mut found = Vec::new();
    app.keys(&alt('2')).await?;
    app.find("#capture-competency").await?;
    found.push(("evidence, nothing chosen", app.axe_violations().await?));
    let first = app
        .eval("return [...document.querySelectorAll('#capture-competency option')].find(o => o.value).value")
        .await?;
    app.set_value(
        "#capture-competency",
        first.as_str().context("a competency")?,
    )
    .await?;
    app.find("[data-testid=capture-row]").await?;
    found.push(("evidence", app.axe_violations().await?));
    app.keys(&alt('3')).await?;
    app.find("[data-testid=grid-cell]").await?;
    found.push(("mastery grid", app.axe_violations().await?));
    app.click("[data-testid=grid-cell][data-level]:not([data-level=''])")
        .await?;
    app.find("[data-testid=what-if]").await?;
    found.push(("cell detail", app.axe_violations().await?));
    app.click("[data-testid=back]").await?;
    app.click("[data-testid=grid-col]").await?;
    app.find("[data-testid=distribution]").await?;
    found.push(("competency page", app.axe_violations().await?));
    app.keys(&alt('4')).await?;
    app.find("[data-testid=tree-node]").await?;
    found.push(("frameworks", app.axe_violations().await?));
    for (area, violations) in found {
        assert!(
            violations.is_empty(),
            "axe violations in {area}: {violations:#?}"
        );
    }
    app.stop().await
}
