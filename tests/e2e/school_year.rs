//! Every area opens and works on a full school year of data (issue 17): five sections of
//! 30, two frameworks of 80 competencies, about 45,000 pieces of evidence, goals, portfolio
//! images, group sets, rotations and playlists, written by the same code as
//! `waypoint demo --scale year`.
//!
//! "Works" means each area shows the year's data (not an empty state), no page failed to
//! load, and no error is on screen. How fast each opens is a benchmark (`make bench-app`),
//! not this test's business.

use anyhow::{Context, Result};
use waypoint_core::demo::year::{YearSize, plan_year};
use waypoint_store::{Db, demo_year};

use crate::harness::{self, App};

/// Each area, by its navigation id, with an element that only appears once the area shows
/// the year's data, and how many of them at least.
const AREAS: [(&str, &str, i64); 9] = [
    (
        "evidence",
        "#capture-competency option:not([value=\"\"])",
        80,
    ),
    ("mastery", "[data-testid=grid-cell]", 30),
    ("frameworks", "[data-testid=tree-node]", 1),
    ("sync", "[data-testid=sync-laptop]", 1),
    ("today", "[data-testid=rotation-row]", 4),
    ("groups", "[data-testid=group-set-item]", 1),
    ("playlists", "[data-testid=playlist-item]", 1),
    ("conferences", "[data-testid=overview-summary]", 1),
    ("students", "[data-testid=roster-item]", 30),
];

/// What is wrong on screen, as sentences: a page that could not load, or an error shown.
const ERRORS: &str = r#"
const problems = [];
for (const el of document.querySelectorAll('[data-testid=page-load-error], main [role=alert]')) {
  const text = (el.textContent || '').trim();
  if (text) problems.push(text.slice(0, 120));
}
return problems;
"#;

#[tokio::test(flavor = "multi_thread")]
async fn every_area_opens_with_its_data_on_a_full_school_year() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let db_path = harness::db_path(data.path());
    std::fs::create_dir_all(db_path.parent().context("the database's folder")?)?;
    // The year ends today, as `waypoint demo --scale year` writes it by default, so the app's
    // own today (goals due, this week's coverage) falls on the year's last day.
    let today = chrono::Local::now().date_naive();
    let plan = plan_year(YearSize::YEAR, 17, today)?;
    let summary = demo_year::load_demo_year(&mut Db::open(&db_path)?, &plan)?;
    assert!(
        summary.students == 150 && summary.evidence > 40_000,
        "the test runs on a full year: {} students, {} pieces of evidence",
        summary.students,
        summary.evidence
    );

    let app = App::start(data.path()).await?;
    app.wait_count("[data-testid=roster-item]", 30).await?;
    let mut problems = Vec::new();
    for (area, ready, at_least) in AREAS {
        app.open_area(area).await?;
        let shown = app
            .wait_true(
                &format!("return document.querySelectorAll('{ready}').length >= {at_least}"),
                &format!("{area} shows at least {at_least} of {ready}"),
            )
            .await;
        if let Err(e) = shown {
            problems.push(format!("{area}: {e:#}"));
            continue;
        }
        let errors = app.eval(ERRORS).await?;
        for e in errors.as_array().into_iter().flatten() {
            problems.push(format!("{area}: shows an error: {e}"));
        }
    }
    let rows = app
        .eval("return document.querySelectorAll('[data-testid=roster-item]').length")
        .await?;
    app.stop().await?;
    assert!(
        problems.is_empty(),
        "every area opens with the year's data and no error:\n{}",
        problems.join("\n")
    );
    assert_eq!(
        rows.as_i64(),
        Some(30),
        "back on Students, the section's 30 students are listed"
    );
    Ok(())
}
