//! End to end: a goal set on a student's page, a check-in written in student mode (where
//! nothing else is reachable), an image attached to the portfolio, and the conference
//! report rendered in its own window, in the real app.

use anyhow::{Context, Result};
use waypoint_store::{Db, goals};

use crate::harness::{self, App};

/// A 2×2 PNG, enough for a real thumbnail.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xFD, 0xD4, 0x9A,
    0x73, 0x00, 0x00, 0x00, 0x12, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xC0,
    0xD0, 0xF0, 0x9F, 0x01, 0x42, 0x01, 0x00, 0x21, 0x72, 0x04, 0xFD, 0x53, 0x55, 0xA6, 0x77, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

#[tokio::test(flavor = "multi_thread")]
async fn a_goal_a_student_mode_check_in_a_portfolio_image_and_the_conference_report() -> Result<()>
{
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    let student = app
        // The second student: the demo class already gives the first a goal and a highlight.
        .eval("const r = document.querySelectorAll('[data-testid=roster-item]')[1]; return [r.dataset.studentId, r.textContent.trim()]")
        .await?;
    let student_id = student[0]
        .as_str()
        .context("a roster item has a student id")?
        .to_owned();
    app.open_student(&student_id).await?;

    // A goal, set by the teacher.
    app.click("[data-testid=goal-new]").await?;
    app.fill("[data-testid=goal-title]", "Explain unit rates to a friend")
        .await?;
    app.click("[data-testid=goal-save]").await?;
    app.wait_count("[data-testid=goal-item]", 1).await?;

    // Student mode: set the PIN the first time, then only this student is reachable.
    app.click("[data-testid=student-mode-enter]").await?;
    app.fill("[data-testid=pin-new]", "2468").await?;
    app.fill("[data-testid=pin-confirm]", "2468").await?;
    app.click("[data-testid=pin-save]").await?;
    app.find("[data-testid=student-mode]").await?;
    app.wait_count("[data-testid=nav-students]", 0).await?;
    app.eval(
        "window.__probe = 'pending';
         window.__TAURI_INTERNALS__.invoke('list_classes', {includeArchived: true})
           .then(() => { window.__probe = 'ok'; }, e => { window.__probe = e && e.code ? e.code : String(e); });
         return true",
    )
    .await?;
    app.wait_true(
        "return window.__probe !== 'pending'",
        "the app answers a call for the class list",
    )
    .await?;
    let probe = app.eval("return window.__probe").await?;
    assert_eq!(
        probe.as_str(),
        Some("student_mode"),
        "in student mode the teacher's commands are refused, so no other student is reachable"
    );
    app.set_value("[data-testid=sm-checkin-progress]", "60")
        .await?;
    app.fill("[data-testid=sm-checkin-note]", "I explained it to Sam")
        .await?;
    app.click("[data-testid=sm-checkin-save]").await?;
    app.find("[data-testid=sm-checkin-saved]").await?;
    app.click("[data-testid=sm-exit]").await?;
    app.fill("[data-testid=sm-pin]", "0000").await?;
    app.click("[data-testid=sm-pin-submit]").await?;
    app.find("[data-testid=sm-pin-error]").await?;
    assert!(
        app.find("[data-testid=student-mode]").await.is_ok(),
        "a wrong PIN keeps student mode on"
    );
    app.fill("[data-testid=sm-pin]", "2468").await?;
    app.click("[data-testid=sm-pin-submit]").await?;
    app.find("[data-testid=nav-students]").await?;

    // An image in the portfolio. WebDriver can't drive the native file picker, so the file
    // goes in through the command the picker ends in, over the app's own IPC.
    let image = data.path().join("poster.png");
    std::fs::write(&image, PNG)?;
    app.eval(&format!(
        "window.__probe = 'pending';
         window.__TAURI_INTERNALS__.invoke('attach_artifact_path', {{
             studentId: '{student_id}', path: {path},
             input: {{ title: 'Ratio poster', date: '2026-11-20', reflection: 'I am proud of the colours', competencyIds: [], highlight: true }}
         }}).then(() => {{ window.__probe = 'ok'; }}, e => {{ window.__probe = e && e.message ? e.message : String(e); }});
         return true",
        path = serde_json::to_string(&image.display().to_string())?
    ))
    .await?;
    app.wait_true(
        "return window.__probe !== 'pending'",
        "the image is attached",
    )
    .await?;
    assert_eq!(
        app.eval("return window.__probe").await?.as_str(),
        Some("ok"),
        "the image is accepted"
    );
    app.click("[data-testid=nav-today]").await?;
    app.click("[data-testid=nav-students]").await?;
    app.open_student(&student_id).await?;
    app.wait_true(
        "const img = document.querySelector('[data-testid=artifact-thumbnail]');
         return !!img && img.getAttribute('src').startsWith('data:image/png;base64,')",
        "the portfolio shows the image's thumbnail",
    )
    .await?;

    // The conference report, rendered into its own window.
    app.click("[data-testid=nav-conferences]").await?;
    app.click("[data-testid=conf-tab-reports]").await?;
    app.wait_true(
        &format!("return !!document.querySelector(\"[data-testid=report-who] option[value='{student_id}']\")"),
        "the report form lists the student",
    )
    .await?;
    app.set_value("[data-testid=report-who]", &student_id)
        .await?;
    app.click("[data-testid=report-open]").await?;
    let main = app.switch_to_new_window().await?;
    app.wait_true(
        "return document.body && /Explain unit rates to a friend/.test(document.body.innerText)",
        "the report shows the goal",
    )
    .await?;
    let text = app
        .eval("return document.body.innerText")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        text.contains("60 %"),
        "the student's check-in is the goal's progress: {text}"
    );
    assert!(
        text.contains("Ratio poster"),
        "the portfolio highlight is on the report"
    );
    let thumbs = app
        .eval("return [...document.images].filter(i => i.src.startsWith('data:image/png')).length")
        .await?;
    assert_eq!(
        thumbs.as_i64(),
        Some(1),
        "with its thumbnail, as an inline image"
    );
    let scripts = app.eval("return document.scripts.length").await?;
    assert_eq!(
        scripts.as_i64(),
        Some(0),
        "the report page carries no script"
    );
    app.switch_to(main).await?;
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let goals = goals::list_goals(db.conn(), student_id.parse()?, "2026-11-24")?;
    assert_eq!(
        goals[0].check_ins.len(),
        1,
        "the check-in was saved through the op log"
    );
    assert_eq!(
        goals[0].check_ins[0].author.as_str(),
        "student",
        "written by the student"
    );
    Ok(())
}
