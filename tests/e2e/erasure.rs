//! End to end: a student erased through the app's "Erase student permanently…" dialog leaves
//! no trace of their name in the database file, its WAL, or any other file in the data folder,
//! while another student's name is still there; and student mode refuses the erasure.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

use crate::harness::{self, App};
use crate::{add_student, create_class};

/// Names found nowhere else: a match can only come from this student.
const GIVEN: &str = "Zephyrinea";
const FAMILY: &str = "Quillbottomry";
/// In the portfolio file's bytes, so the file itself must go.
const POEM: &str = "Zephyrinea Quillbottomry wrote this poem about tide pools.";

#[tokio::test(flavor = "multi_thread")]
async fn an_erased_student_leaves_no_trace_in_the_data_folder() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let folder = harness::db_path(data.path())
        .parent()
        .context("the database is in a folder")?
        .to_path_buf();
    let app = App::start(data.path()).await?;
    create_class(&app, "Homeroom").await?;
    add_student(&app, GIVEN, FAMILY, "", "").await?;
    add_student(&app, "Benedikt", "Okafor", "", "").await?;
    let id = student_id(&app, &format!("{GIVEN} {FAMILY}")).await?;
    let other = student_id(&app, "Benedikt Okafor").await?;

    // Something of hers in the profile and in a portfolio file, so the erasure has more than
    // a name to find.
    app.open_student(&id).await?;
    app.fill("#profile-notes", &format!("{GIVEN} likes tide pools."))
        .await?;
    app.click("[data-testid=save-profile]").await?;
    app.wait_text("[data-testid=save-status]", "Saved").await?;
    let poem = data.path().join("poem.txt");
    std::fs::write(&poem, POEM)?;
    invoke(
        &app,
        &format!(
            "'attach_artifact_path', {{ studentId: '{id}', path: {path},
               input: {{ title: 'Tide pools', date: '2026-11-20', reflection: '', competencyIds: [], highlight: false }} }}",
            path = serde_json::to_string(&poem.display().to_string())?
        ),
    )
    .await
    .and_then(|r| if r == "ok" { Ok(()) } else { anyhow::bail!("attaching the poem: {r}") })?;
    std::fs::remove_file(&poem)?;
    assert!(
        !files_naming(&folder, FAMILY)?.is_empty(),
        "before the erasure her name is in the data folder, so the scan can find it"
    );

    // A malformed id never reaches the command: Tauri refuses the argument, in the words
    // ui/src/api.ts maps to an `invalid` error next to the argument (`BAD_ARGUMENT`).
    let refused = invoke(&app, "'purge_student', { id: 'not-an-id' }").await?;
    assert!(
        refused.starts_with("invalid args `id` for command `purge_student`"),
        "a typed id refuses text that is not one, as api.ts expects to read it: {refused}"
    );

    // Student mode (with Benedikt) refuses the erasure: it is a teacher's command.
    app.open_student(&other).await?;
    app.click("[data-testid=student-mode-enter]").await?;
    app.fill("[data-testid=pin-new]", "2468").await?;
    app.fill("[data-testid=pin-confirm]", "2468").await?;
    app.click("[data-testid=pin-save]").await?;
    app.find("[data-testid=student-mode]").await?;
    assert_eq!(
        invoke(&app, &format!("'purge_student', {{ id: '{id}' }}")).await?,
        "student_mode",
        "in student mode a student cannot erase a classmate"
    );
    app.click("[data-testid=sm-exit]").await?;
    app.fill("[data-testid=sm-pin]", "2468").await?;
    app.click("[data-testid=sm-pin-submit]").await?;
    app.find("[data-testid=nav-students]").await?;

    // The erasure, as a teacher does it.
    app.click("[data-testid=nav-students]").await?;
    app.open_student(&id).await?;
    // The page re-renders for the chosen student: wait until it is hers, so the click
    // lands on her erase button and not on the one of the page being replaced.
    app.find_text("[data-testid=erase-student-section]", GIVEN)
        .await?;
    app.wait_true(
        &format!("return document.querySelector('#given-name')?.value === '{GIVEN}'"),
        "her form is the one on the page",
    )
    .await?;
    app.click("[data-testid=erase-student]").await?;
    app.fill("[data-testid=erase-confirm-name]", GIVEN).await?;
    let refused = app
        .eval("return document.querySelector('[data-testid=erase-student-confirm]').disabled")
        .await?;
    assert_eq!(
        refused.as_bool(),
        Some(true),
        "the first name alone does not unlock the Erase button"
    );
    app.fill(
        "[data-testid=erase-confirm-name]",
        &format!("{GIVEN} {FAMILY}"),
    )
    .await?;
    app.click("[data-testid=erase-student-confirm]").await?;
    app.wait_text("[data-testid=toast]", &format!("Erased {GIVEN} {FAMILY}"))
        .await?;
    app.wait_text("#student-title", "No student selected")
        .await?;
    app.wait_count(
        &format!("[data-testid=roster-item][data-student-id='{id}']"),
        0,
    )
    .await?;
    app.find(&format!(
        "[data-testid=roster-item][data-student-id='{other}']"
    ))
    .await
    .context("the other student stays on the roster")?;

    // While the app runs (its WAL in place) and after it has closed.
    let running = files_naming(&folder, FAMILY)?;
    assert!(
        running.is_empty(),
        "with the app still open, her family name is in {running:?}"
    );
    app.stop().await?;
    let db = harness::db_path(data.path());
    assert!(db.is_file(), "the database is still there to scan");
    for needle in [GIVEN, FAMILY, "tide pools"] {
        let left = files_naming(&folder, needle)?;
        assert!(
            left.is_empty(),
            "{needle:?} survives the erasure in {left:?} (the database, its WAL, a restore point, a snapshot or a portfolio file)"
        );
    }
    assert!(
        files_naming(&folder, "Benedikt")?.contains(&db),
        "the other student is still in the database, so the scan reads its plain text"
    );
    Ok(())
}

/// The student id on the roster item that shows `name`.
async fn student_id(app: &App, name: &str) -> Result<String> {
    let item = app.find_text("[data-testid=roster-item]", name).await?;
    item.attr("data-student-id")
        .await?
        .with_context(|| format!("{name}'s roster item carries their id"))
}

/// Calls a command over the app's own IPC (`args` is the JS argument list after `invoke(`)
/// and returns "ok" or the error's code.
async fn invoke(app: &App, args: &str) -> Result<String> {
    app.eval(&format!(
        "window.__probe = 'pending';
         window.__TAURI_INTERNALS__.invoke({args})
           .then(() => {{ window.__probe = 'ok'; }}, e => {{ window.__probe = e && e.code ? e.code : String(e); }});
         return true"
    ))
    .await?;
    app.wait_true("return window.__probe !== 'pending'", "the app answers")
        .await?;
    Ok(app
        .eval("return window.__probe")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Every file under `dir` whose bytes contain `needle` (as UTF-8).
fn files_naming(dir: &Path, needle: &str) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("listing {}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(bytes) = std::fs::read(&path)
                && bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
            {
                found.push(path);
            }
        }
    }
    Ok(found)
}
