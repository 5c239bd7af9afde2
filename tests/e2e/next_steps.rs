//! End to end: a learning progression in the real app. Evidence typed on the Evidence page
//! masters two prerequisites, the dependent competency appears in the student's next steps
//! with its reason, and a proposed personal playlist is edited and approved.

use anyhow::{Context, Result};

use crate::harness::{self, App};

/// Picks the competency whose option text contains `code` on the Evidence page and types
/// `level` for the first student.
async fn capture(app: &App, code: &str, level: &str) -> Result<()> {
    let value = app
        .eval(&format!(
            "return [...document.querySelectorAll('#capture-competency option')]
                .find(o => o.textContent.includes('{code}')).value"
        ))
        .await?;
    let value = value.as_str().context("the competency is offered")?;
    app.set_value("#capture-competency", value).await?;
    app.wait_true(
        "return [...document.querySelectorAll('[data-testid=capture-row]')].indexOf(document.activeElement) === 0",
        "choosing a competency puts focus on the first student",
    )
    .await?;
    app.keys(level).await?;
    app.wait_true(
        "return [...document.querySelectorAll('[data-testid=capture-row]')].indexOf(document.activeElement) === 1
            || document.querySelectorAll('[data-testid=capture-row]').length === 1",
        "the level is saved",
    )
    .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn mastered_prerequisites_make_a_next_step_and_a_proposed_board_is_approved() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    crate::create_class(&app, "Grade 6 Math").await?;
    crate::add_student(&app, "Ana", "Ruiz", "", "").await?;

    // The sample framework, with its progression, attached to the class.
    app.click("[data-testid=nav-frameworks]").await?;
    let sample =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/case/sample-math-6.json");
    app.click("[data-testid=import-case]").await?;
    app.find("[data-testid=case-file]")
        .await?
        .send_keys(sample.to_str().context("UTF-8 path")?)
        .await?;
    app.wait_text("[data-testid=case-report]", "Waypoint Sample Math, Grade 6")
        .await?;

    // 6.RP.B.4 builds on 6.RP.A.3.a and 6.RP.A.3.b: a 4 on each masters them (testing out of
    // what comes before them).
    app.click("[data-testid=nav-evidence]").await?;
    app.find("#capture-competency").await?;
    capture(&app, "WPM.6.RP.A.3.a", "4").await?;
    capture(&app, "WPM.6.RP.A.3.b", "4").await?;

    // An activity for 6.RP.B.4, set up through the app's own IPC (the activity form has its
    // own tests); the proposal, its edit and its approval below are all done in the page.
    let b4 = app
        .eval(
            "return window.__TAURI_INTERNALS__.invoke('list_classes', {includeArchived: false})
               .then(cs => window.__TAURI_INTERNALS__.invoke('mastery_grid', {classId: cs[0].id})
               .then(g => [cs[0].id, g.competencies.find(c => c.code === 'WPM.6.RP.B.4').id]))",
        )
        .await?;
    let (class_id, b4) = (
        b4[0].as_str().context("a class id")?.to_owned(),
        b4[1].as_str().context("6.RP.B.4 is a column")?.to_owned(),
    );
    app.eval(&format!(
        "return window.__TAURI_INTERNALS__.invoke('create_activity', {{ classId: '{class_id}',
            input: {{ competencyId: '{b4}', title: 'Percent bar models', modality: 'practice',
                      minutes: 20, instructions: '', link: '', interests: [] }} }}).then(() => true)"
    ))
    .await?;

    app.click("[data-testid=nav-students]").await?;
    app.open_student_named("Ana Ruiz").await?;
    let step = app
        .find_text("[data-testid=next-step]", "WPM.6.RP.B.4")
        .await
        .context("6.RP.B.4 is one of Ana's next steps")?;
    let reason = step
        .find(fantoccini::Locator::Css("[data-testid=next-step-reason]"))
        .await?
        .text()
        .await?;
    assert_eq!(
        reason, "ready: WPM.6.RP.A.3.a and WPM.6.RP.A.3.b mastered",
        "the reason names the two prerequisites she mastered"
    );

    app.click("[data-testid=propose-playlist]").await?;
    app.find("[data-testid=playlist-form]").await?;
    app.fill("#playlist-title", "Ana's percent choices").await?;
    app.click("[data-testid=playlist-save]").await?;
    app.wait_true(
        "return (document.querySelector('[data-testid=toast]')?.textContent ?? '').includes(\"Ana's percent choices\")",
        "the approval says the board was assigned",
    )
    .await?;
    app.stop().await?;

    let db = waypoint_store::Db::open(&harness::db_path(data.path()))?;
    let class = waypoint_store::roster::list_classes(db.conn(), false)?[0].id;
    let ana = waypoint_store::roster::list_students(db.conn(), class, false)?[0].id;
    let hers = waypoint_store::playlists::student_playlists(db.conn(), ana)?;
    assert!(
        hers.iter().any(|p| p.title == "Ana's percent choices"),
        "the approved board is assigned to Ana: {:?}",
        hers.iter().map(|p| &p.title).collect::<Vec<_>>()
    );
    Ok(())
}
