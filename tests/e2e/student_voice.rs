//! End to end: student voice and peer feedback in the real app. A classmate's poster is opened
//! for review on the teacher's page; in student mode the student picks an activity from the
//! board made for them and gives feedback on the poster, and the feedback commands reach only
//! the item opened for review.

use anyhow::{Context, Result};
use waypoint_core::playlists::ProgressStatus;
use waypoint_store::{Db, feedback, playlists, portfolio};

use crate::harness::{self, App};

/// Calls a command over the app's own IPC and returns "ok" or the refusal's code.
async fn invoke(app: &App, command: &str, args: &str) -> Result<String> {
    app.eval(&format!(
        "window.__probe = 'pending';
         window.__TAURI_INTERNALS__.invoke('{command}', {args})
           .then(() => {{ window.__probe = 'ok'; }}, e => {{ window.__probe = e && e.code ? e.code : String(e); }});
         return true"
    ))
    .await?;
    app.wait_true(
        "return window.__probe !== 'pending'",
        &format!("{command} answers"),
    )
    .await?;
    Ok(app
        .eval("return window.__probe")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_student_picks_from_their_board_and_gives_feedback_on_an_item_open_for_review()
-> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    let ids = app
        .eval(
            // Not the first: the demo class assigns that student's group a playlist.
            "return [...document.querySelectorAll('[data-testid=roster-item]')].slice(1, 3).map(r => r.dataset.studentId)",
        )
        .await?;
    let (me, classmate) = (
        ids[0].as_str().context("a first student")?.to_owned(),
        ids[1].as_str().context("a second student")?.to_owned(),
    );

    // Set-up through the app's own IPC: WebDriver can't drive the native file picker, and the
    // board's proposal and approval have their own end-to-end test.
    let text = data.path().join("poster.txt");
    std::fs::write(&text, "Our ratio poster\n")?;
    for title in ["Ratio poster", "Draft notes"] {
        let args = format!(
            "{{ studentId: '{classmate}', path: {path}, input: {{ title: '{title}', date: '2026-11-20', reflection: 'We used two colours', competencyIds: [], highlight: false }} }}",
            path = serde_json::to_string(&text.display().to_string())?
        );
        assert_eq!(
            invoke(&app, "attach_artifact_path", &args).await?,
            "ok",
            "{title} is attached"
        );
    }
    let setup = app
        .eval(&format!(
            "const I = window.__TAURI_INTERNALS__;
             return I.invoke('list_classes', {{includeArchived: false}})
               .then(cs => I.invoke('mastery_grid', {{classId: cs[0].id}})
               .then(g => I.invoke('create_activity', {{ classId: cs[0].id, input: {{ competencyId: g.competencies[0].id,
                      title: 'Ratio table game', modality: 'hands_on', minutes: 15, instructions: '', link: '', interests: [] }} }}))
               .then(a => I.invoke('approve_playlist', {{ studentId: '{me}', input: {{ title: 'My ratio choices',
                      kind: 'choice_board', activityIds: [a.id], pickCount: 1 }} }}))
               .then(() => true))"
        ))
        .await?;
    assert_eq!(
        setup.as_bool(),
        Some(true),
        "a board is approved for the first student"
    );

    // The teacher opens the poster, and only the poster, for peer review.
    app.open_student(&classmate).await?;
    let poster = app
        .find_text("[data-testid=artifact-item]", "Ratio poster")
        .await?;
    poster
        .find(fantoccini::Locator::Css("[data-testid=peer-review-open]"))
        .await?
        .click()
        .await?;
    app.wait_true(
        "return [...document.querySelectorAll('[data-testid=artifact-item]')]
            .find(i => i.textContent.includes('Ratio poster'))
            .querySelector('[data-testid=peer-review-open]').checked",
        "the poster is open for review",
    )
    .await?;

    // Student mode for the first student.
    app.open_student(&me).await?;
    app.click("[data-testid=student-mode-enter]").await?;
    app.fill("[data-testid=pin-new]", "2468").await?;
    app.fill("[data-testid=pin-confirm]", "2468").await?;
    app.click("[data-testid=pin-save]").await?;
    app.find("[data-testid=student-mode]").await?;

    app.click("[data-testid=sm-choose]").await?;
    app.find("[data-testid=sm-activity-mark]")
        .await
        .context("the pick is marked as the student's choice")?;

    let items = app
        .eval("return document.querySelectorAll('[data-testid=sm-review-item]').length")
        .await?;
    assert_eq!(
        items.as_i64(),
        Some(1),
        "only the item opened for review is offered"
    );
    app.click("[data-testid=sm-review-open]").await?;
    app.fill(
        "[data-testid=sm-feedback-answer]",
        "the two colours make it clear",
    )
    .await?;
    app.click("[data-testid=sm-feedback-send]").await?;
    app.find("[data-testid=sm-feedback-thanks]").await?;

    // The feedback command reaches only the item opened for review: the draft is refused as
    // if it did not exist.
    let draft = {
        let db = Db::open(&harness::db_path(data.path()))?;
        let list = portfolio::list_artifacts(db.conn(), db.path(), classmate.parse()?)?;
        list.into_iter()
            .find(|a| a.title == "Draft notes")
            .context("the draft is in the portfolio")?
            .id
    };
    let refused = invoke(
        &app,
        "student_mode_give_feedback",
        &format!("{{ artifactId: '{draft}', input: {{ answers: ['x', '', ''] }} }}"),
    )
    .await?;
    assert_eq!(
        refused, "not_found",
        "an item not open for review can't be reached from student mode"
    );

    app.click("[data-testid=sm-exit]").await?;
    app.fill("[data-testid=sm-pin]", "2468").await?;
    app.click("[data-testid=sm-pin-submit]").await?;
    app.find("[data-testid=nav-students]").await?;
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let poster = portfolio::list_artifacts(db.conn(), db.path(), classmate.parse()?)?
        .into_iter()
        .find(|a| a.title == "Ratio poster")
        .context("the poster is kept")?;
    let given = feedback::list_feedback(db.conn(), poster.id)?;
    assert_eq!(given.len(), 1, "one piece of feedback on the poster");
    assert_eq!(
        given[0].answers[0], "the two colours make it clear",
        "with what the student typed"
    );
    let chosen = playlists::student_playlists(db.conn(), me.parse()?)?;
    assert_eq!(
        chosen[0].activities[0].status,
        ProgressStatus::InProgress,
        "and the student's choice is recorded"
    );
    Ok(())
}
