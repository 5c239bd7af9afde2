//! End-to-end tests: the real `waypoint-app` binary, driven through its real webview
//! (tauri-driver → WebKitWebDriver → the app) under Xvfb, each run on its own temporary data
//! directory. `make test` runs them under `xvfb-run`.

mod backup;
mod classroom;
mod erasure;
mod harness;
mod imports;
mod mastery;
mod next_steps;
mod ownership;
mod package;
#[path = "../process_tree.rs"]
mod process_tree;
mod school_year;
mod screens;
mod shares;
mod spanish;
mod student_voice;
mod sync;
mod window;

use anyhow::{Context, Result};
use fantoccini::key::Key;
use harness::App;
use waypoint_store::{Db, roster};

/// A class and a student with every profile field filled in survive a restart.
#[tokio::test(flavor = "multi_thread")]
async fn a_full_profile_survives_a_restart() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    create_class(&app, "Period 3 Science").await?;
    add_student(&app, "Mariana", "Okafor", "Mari", "2014-05-17").await?;
    app.open_student_named("Mari Okafor").await?;
    for (input, value) in [
        ("#strengths-input", "Explains reasoning"),
        ("#needs-input", "Multi-step problems"),
        ("#interests-input", "Robotics"),
        ("#career-goals-input", "Engineer"),
        ("#other-languages-input", "Igbo"),
    ] {
        app.fill(input, value).await?;
        app.find(input)
            .await?
            .send_keys(&String::from(char::from(Key::Enter)))
            .await?;
    }
    app.click("#work-with-peers").await?;
    app.click("#learn-by-doing").await?;
    app.click("#learn-by-listening").await?;
    app.fill("#home-language", "English").await?;
    app.click("[data-testid=add-accommodation]").await?;
    app.set_value("#accommodation-0-kind", "504").await?;
    app.fill("#accommodation-0-notes", "Extra time on quizzes")
        .await?;
    app.set_value("#accommodation-0-review-date", "2027-01-15")
        .await?;
    app.click("[data-testid=add-contact]").await?;
    app.fill("#contact-0-name", "Ngozi Okafor").await?;
    app.fill("#contact-0-relationship", "Mother").await?;
    app.fill("#contact-0-phone", "555-0199").await?;
    app.fill("#contact-0-email", "ngozi@example.org").await?;
    app.fill("#contact-0-language", "Igbo").await?;
    app.fill("#profile-notes", "Thrives with hands-on tasks.")
        .await?;
    app.click("[data-testid=save-profile]").await?;
    app.wait_text("[data-testid=save-status]", "Saved").await?;
    app.stop().await?;

    let app = App::start(data.path()).await?;
    app.open_student_named("Mari Okafor").await?;
    for item in [
        "Explains reasoning",
        "Multi-step problems",
        "Robotics",
        "Engineer",
        "Igbo",
    ] {
        app.find(&format!("button[aria-label=\"Remove {item}\"]"))
            .await
            .with_context(|| {
                format!("the list item {item:?} must still be there after a restart")
            })?;
    }
    for (css, want) in [
        ("#given-name", "Mariana"),
        ("#family-name", "Okafor"),
        ("#preferred-name", "Mari"),
        ("#birth-date", "2014-05-17"),
        ("#home-language", "English"),
        ("#accommodation-0-kind", "504"),
        ("#accommodation-0-notes", "Extra time on quizzes"),
        ("#accommodation-0-review-date", "2027-01-15"),
        ("#contact-0-name", "Ngozi Okafor"),
        ("#contact-0-relationship", "Mother"),
        ("#contact-0-phone", "555-0199"),
        ("#contact-0-email", "ngozi@example.org"),
        ("#contact-0-language", "Igbo"),
        ("#profile-notes", "Thrives with hands-on tasks."),
    ] {
        assert_eq!(
            app.value(css).await?,
            want,
            "{css} must hold what was saved before the restart"
        );
    }
    for (css, want) in [
        ("#work-with-peers", true),
        ("#work-with-alone", false),
        ("#learn-by-doing", true),
        ("#learn-by-listening", true),
        ("#learn-by-reading", false),
    ] {
        assert_eq!(
            app.checked(css).await?,
            want,
            "{css} must keep its saved state"
        );
    }
    app.stop().await
}

/// A name that looks like HTML is shown as text and runs nothing.
#[tokio::test(flavor = "multi_thread")]
async fn a_student_named_like_html_is_shown_as_text() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    create_class(&app, "Homeroom").await?;
    let evil = "<img src=x onerror=alert(1)>";
    add_student(&app, evil, "Tables", "", "").await?;
    app.open_student_named(&format!("{evil} Tables")).await?;
    let injected: i64 = app
        .eval_int("return document.querySelectorAll('img[src=\"x\"]').length")
        .await?;
    assert_eq!(
        injected, 0,
        "no <img> element may be created from a student's name"
    );
    assert_eq!(
        app.value("#given-name").await?,
        evil,
        "the name must round-trip as typed"
    );
    app.stop().await
}

/// Saving a blank name shows the field's error and writes nothing.
#[tokio::test(flavor = "multi_thread")]
async fn a_blank_name_shows_the_field_error_and_changes_nothing() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    create_class(&app, "Homeroom").await?;
    app.click("[data-testid=add-student]").await?;
    app.fill("#given-name", "   ").await?;
    app.fill("#family-name", "Okafor").await?;
    app.click("[data-testid=save-student]").await?;
    let error = app.wait_nonempty("#given-name-error").await?;
    assert!(
        error.contains("blank"),
        "the message must say what is wrong, got {error:?}"
    );
    let rows: i64 = app
        .eval_int("return document.querySelectorAll('[data-testid=roster-item]').length")
        .await?;
    assert_eq!(rows, 0, "no student may appear in the roster");
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let classes = roster::list_classes(db.conn(), true)?;
    assert_eq!(classes.len(), 1, "the class made before is there");
    assert_eq!(classes[0].student_count, 0, "no student was written");
    // A new database also holds the starter reflection prompts, written at first launch.
    let ops: Vec<_> = db
        .ops()?
        .into_iter()
        .filter(|o| o.table != "reflection_prompt")
        .collect();
    assert_eq!(ops.len(), 1, "and no op besides the class's own");
    Ok(())
}

/// A rule only the backend checks (an email's shape) comes back over IPC as `invalid` with
/// its field, shows next to that field, and nothing is saved.
#[tokio::test(flavor = "multi_thread")]
async fn a_backend_rejection_shows_next_to_its_field() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    create_class(&app, "Homeroom").await?;
    add_student(&app, "Ana", "Ruiz", "", "").await?;
    app.open_student_named("Ana Ruiz").await?;
    app.click("[data-testid=add-contact]").await?;
    app.fill("#contact-0-name", "Rosa Ruiz").await?;
    app.fill("#contact-0-email", "rosa@example").await?;
    app.click("[data-testid=save-profile]").await?;
    let error = app.wait_nonempty("#contact-0-email-error").await?;
    assert!(
        error.contains("email"),
        "the backend's message must sit by the email field, got {error:?}"
    );
    assert_eq!(
        app.value("#contact-0-email").await?,
        "rosa@example",
        "what was typed is kept to fix"
    );
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let class = &roster::list_classes(db.conn(), true)?[0];
    let student = &roster::list_students(db.conn(), class.id, true)?[0];
    let profile = roster::get_profile(db.conn(), student.id)?;
    assert!(
        profile.family_contacts.is_empty(),
        "a rejected profile must not be half-saved"
    );
    Ok(())
}

/// The demo class loads, and a second launch on the same database hands over to the first.
#[tokio::test(flavor = "multi_thread")]
async fn the_demo_class_loads_and_a_second_launch_focuses_the_first() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    let status = harness::launch_again(data.path()).await?;
    assert!(
        status.success(),
        "the second launch exits cleanly instead of opening the database twice"
    );
    let rows: i64 = app
        .eval_int("return document.querySelectorAll('[data-testid=roster-item]').length")
        .await?;
    assert_eq!(rows, 24, "the first app keeps running, untouched");
    app.stop().await
}

pub(crate) async fn create_class(app: &App, name: &str) -> Result<()> {
    app.click("[data-testid=new-class]").await?;
    app.fill("#class-name", name).await?;
    app.click("[data-testid=save-class]").await?;
    app.wait_text("#class-switcher option:checked", name).await
}

pub(crate) async fn add_student(
    app: &App,
    given: &str,
    family: &str,
    preferred: &str,
    birth: &str,
) -> Result<()> {
    app.click("[data-testid=add-student]").await?;
    app.fill("#given-name", given).await?;
    app.fill("#family-name", family).await?;
    if !preferred.is_empty() {
        app.fill("#preferred-name", preferred).await?;
    }
    if !birth.is_empty() {
        app.set_value("#birth-date", birth).await?;
    }
    app.click("[data-testid=save-student]").await?;
    let shown = if preferred.is_empty() {
        given
    } else {
        preferred
    };
    app.find_text("[data-testid=roster-item]", &format!("{shown} {family}"))
        .await?;
    Ok(())
}

/// The real webview, with a student open, passes an axe-core audit (contrast included,
/// which the UI's jsdom tests cannot measure).
#[tokio::test(flavor = "multi_thread")]
async fn the_students_area_passes_an_axe_audit() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    let empty_profile = app.axe_violations().await?;
    assert!(
        empty_profile.is_empty(),
        "axe violations with no student open: {empty_profile:#?}"
    );
    app.open_student_named("Caleb Foster").await?;
    app.find("[data-testid=save-profile]").await?;
    let open = app.axe_violations().await?;
    assert!(
        open.is_empty(),
        "axe violations with a profile open: {open:#?}"
    );
    app.stop().await
}
