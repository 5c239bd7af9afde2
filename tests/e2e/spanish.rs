//! End to end in Spanish: a teacher picks Spanish in the footer's language picker and runs the
//! main flows (a student's profile, with a refusal from the backend shown in Spanish; quick
//! capture reaching the Mastery grid; groups and a rotation shown on Today and the projector;
//! a sync through a folder), with axe run on every page visited; the choice survives a
//! restart.
//!
//! Expected words are read from the Spanish catalogs (`assets/i18n/app/es`), so a translator's
//! rewording does not break the test, and each is checked to differ from the English, so a
//! screen left in English cannot pass.

use anyhow::{Context, Result, bail};
use fantoccini::key::Key;
use std::path::{Path, PathBuf};

use crate::harness::{self, App};

/// A demo student, opened for the profile and found again after the restart.
const STUDENT: &str = "Caleb Foster";
/// A demo competency with no evidence yet: what is typed is all the grid shows.
const FRESH: &str = "WPM.6.EE.A.8";
/// A demo competency with evidence for every student, to group on.
const GROUPED: &str = "WPM.6.EE.A.6";
const PASSPHRASE: &str = "jarabe de arce 42";

fn catalogs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/i18n/app")
}

/// A one-line message's text in a language's catalog, as written (placeables unexpanded).
fn message(lang: &str, id: &str) -> Result<String> {
    let dir = catalogs().join(lang);
    let prefix = format!("{id} =");
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let text = std::fs::read_to_string(entry?.path())?;
        if let Some(value) = text.lines().find_map(|l| l.strip_prefix(&prefix)) {
            return Ok(value.trim().to_owned());
        }
    }
    bail!("{id} is not in the {lang} catalog")
}

/// The Spanish for `id`; an error when it reads the same as the English, because a check
/// for it could then not tell the two languages apart.
fn es(id: &str) -> Result<String> {
    let spanish = message("es", id)?;
    if spanish == message("en", id)? {
        bail!("{id} reads the same in English and Spanish: pick another message to check");
    }
    Ok(spanish)
}

/// Alt+`digit`: an area's shortcut.
fn alt(digit: char) -> String {
    format!("{}{digit}", char::from(Key::Alt))
}

/// Waits until the document says it is in Spanish.
async fn wait_spanish(app: &App, what: &str) -> Result<()> {
    app.wait_true("return document.documentElement.lang === 'es'", what)
        .await
}

/// Picks Spanish in the footer's language picker.
async fn choose_spanish(app: &App) -> Result<()> {
    // A <select> is set by script: its typing rules differ between webviews (see harness).
    app.set_value("[data-testid=language-picker]", "es").await?;
    wait_spanish(app, "choosing Español sets lang=\"es\" on the document").await?;
    let label = es("footer-language")?;
    app.wait_text("label:has([data-testid=language-picker])", &label)
        .await
        .context("the picker's own label switches to Spanish at once, without a restart")
}

/// The axe violations found on each page visited, asserted together at the end so that one
/// run reports every page.
#[derive(Default)]
struct Audit(Vec<(&'static str, Vec<String>)>);

impl Audit {
    async fn page(&mut self, app: &App, name: &'static str) -> Result<()> {
        let violations = app.axe_violations().await?;
        self.0.push((name, violations));
        Ok(())
    }

    fn assert_clean(self) {
        let dirty: Vec<_> = self.0.into_iter().filter(|(_, v)| !v.is_empty()).collect();
        assert!(
            dirty.is_empty(),
            "every page visited in Spanish passes axe in the real webview: {dirty:#?}"
        );
    }
}

/// The index of the focused quick-capture row, or -1.
const FOCUSED_ROW: &str = "return [...document.querySelectorAll('[data-testid=capture-row]')].indexOf(document.activeElement)";

/// The accessible names of the grid cells for one competency code, top row first.
async fn column_labels(app: &App, code: &str) -> Result<Vec<String>> {
    let labels = app
        .eval(&format!(
            "return [...document.querySelectorAll('[data-testid=grid-cell]')]
                .map(c => c.getAttribute('aria-label') || '')
                .filter(l => l.includes('{code}:'))"
        ))
        .await?;
    Ok(serde_json::from_value(labels)?)
}

/// Picks Spanish before the demo class is loaded, edits a profile, records evidence from the
/// keyboard and sees it in the Mastery grid; after a restart the app is still in Spanish.
#[tokio::test(flavor = "multi_thread")]
async fn a_teacher_works_in_spanish_on_profiles_and_evidence_and_it_survives_a_restart()
-> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let mut audit = Audit::default();
    let app = App::start(data.path()).await?;

    // The first screen, before any class: the picker is in the footer already.
    choose_spanish(&app).await?;
    app.wait_text("[data-testid=load-demo]", &es("shell-demo-load")?)
        .await
        .context("the first screen's button is in Spanish")?;
    audit.page(&app, "the first screen").await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    audit.page(&app, "students, none open").await?;

    // The profile: add a strength, edit the notes, save, and read the Spanish status.
    app.open_student_named(STUDENT).await?;
    app.fill("#strengths-input", "Explica su razonamiento")
        .await?;
    app.keys(&char::from(Key::Enter).to_string()).await?;
    let remove = es("shell-chip-remove")?.replace("{ $item }", "Explica su razonamiento");
    app.find(&format!("button[aria-label=\"{remove}\"]"))
        .await
        .context("the new strength's remove button is named in Spanish")?;
    // A rule only the backend checks (an email's shape): its sentence arrives as a message
    // and shows in Spanish beside the field, and nothing is saved until it is fixed.
    let contact = app
        .eval_int("return document.querySelectorAll('[id^=contact-][id$=-name]').length")
        .await?;
    app.click("[data-testid=add-contact]").await?;
    app.fill(&format!("#contact-{contact}-name"), "Rosa Foster")
        .await?;
    app.fill(&format!("#contact-{contact}-email"), "rosa@ejemplo")
        .await?;
    app.click("[data-testid=save-profile]").await?;
    let rejected = es("core-not-an-email")?.replace("{ $value }", "rosa@ejemplo");
    app.wait_text(&format!("#contact-{contact}-email-error"), &rejected)
        .await
        .context("the backend's refusal is shown in Spanish, not English")?;
    app.fill(&format!("#contact-{contact}-email"), "rosa@ejemplo.org")
        .await?;
    app.fill("#profile-notes", "Aprende mejor con materiales concretos.")
        .await?;
    app.click("[data-testid=save-profile]").await?;
    app.wait_text("[data-testid=save-status]", &es("profile-saved")?)
        .await
        .context("saving the profile says so in Spanish")?;
    audit.page(&app, "a student's profile").await?;

    // Quick capture from the keyboard: a 2 and a 4 for the first two students.
    app.keys(&alt('2')).await?;
    app.find("#capture-competency").await?;
    audit.page(&app, "evidence, nothing chosen").await?;
    let value = app
        .eval(&format!(
            "return [...document.querySelectorAll('#capture-competency option')]
                .find(o => o.textContent.includes('{FRESH}')).value"
        ))
        .await?;
    app.set_value(
        "#capture-competency",
        value.as_str().context("the competency is offered")?,
    )
    .await?;
    app.wait_true(
        &format!("{FOCUSED_ROW} === 0"),
        "choosing a competency puts focus on the first student",
    )
    .await?;
    for (level, next) in [("2", 1), ("4", 2)] {
        app.keys(level).await?;
        app.wait_true(
            &format!("{FOCUSED_ROW} === {next}"),
            &format!("typing {level} saves it and moves focus to row {next}"),
        )
        .await?;
    }
    audit.page(&app, "evidence, quick capture").await?;

    // The Mastery grid shows both, its cells named in Spanish.
    app.open_area("mastery").await?;
    app.find("[data-testid=grid-cell]").await?;
    let labels = column_labels(&app, FRESH).await?;
    assert_eq!(labels.len(), 24, "one cell per demo student: {labels:?}");
    let progressing = es("mastery-cell-status-progressing")?;
    let mastered = es("mastery-cell-status-mastered")?;
    assert!(
        labels[0].contains(&progressing),
        "a 2, under the threshold of 3, reads {progressing:?}: {:?}",
        labels[0]
    );
    assert!(
        labels[1].contains(&mastered),
        "a 4 reads {mastered:?}: {:?}",
        labels[1]
    );
    audit.page(&app, "mastery grid").await?;
    app.stop().await?;

    // After a restart the app opens in Spanish, and what was saved is there.
    let app = App::start(data.path()).await?;
    wait_spanish(&app, "the chosen language is remembered across a restart").await?;
    assert_eq!(
        app.value("[data-testid=language-picker]").await?,
        "es",
        "the picker still shows the teacher's choice, not \"follow the OS\""
    );
    app.wait_text("[data-testid=nav-students]", &es("nav-students")?)
        .await
        .context("the navigation opens in Spanish")?;
    // The demo class has a rotation for today, so the app opens on Today.
    app.click("[data-testid=nav-students]").await?;
    app.open_student_named(STUDENT).await?;
    assert_eq!(
        app.value("#profile-notes").await?,
        "Aprende mejor con materiales concretos.",
        "the notes saved in Spanish are kept"
    );
    audit
        .page(&app, "a student's profile after a restart")
        .await?;
    app.stop().await?;
    audit.assert_clean();
    Ok(())
}

/// In Spanish: groups suggested from the demo's evidence and saved, a rotation built and shown
/// on Today and the projector, and a sync through a folder with its Spanish report.
#[tokio::test(flavor = "multi_thread")]
async fn groups_a_rotation_and_a_sync_run_in_spanish() -> Result<()> {
    let _serial = harness::serial().await;
    let (data, folder) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let mut audit = Audit::default();
    let app = App::start(data.path()).await?;
    choose_spanish(&app).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;

    // Groups on one competency, suggested and saved.
    app.open_area("groups").await?;
    app.click(&format!(
        "[data-testid=groups-target][data-code='{GROUPED}']"
    ))
    .await?;
    app.fill("[data-testid=groups-count]", "4").await?;
    app.click("[data-testid=groups-suggest]").await?;
    app.wait_count("[data-testid=groups-proposal] [data-testid=group-card]", 4)
        .await?;
    audit.page(&app, "groups, a proposal").await?;
    app.click("[data-testid=groups-save]").await?;
    app.wait_count("[data-testid=group-set] [data-testid=group-card]", 4)
        .await?;
    audit.page(&app, "groups, saved").await?;

    // The demo class's four stations and a rotation through them.
    app.click("[data-testid=groups-tab-stations]").await?;
    app.wait_count("[data-testid=station-item]", 4).await?;
    audit.page(&app, "stations").await?;
    app.click("[data-testid=groups-tab-rotation]").await?;
    app.wait_count("[data-testid=rotation-station]", 4).await?;
    app.click("[data-testid=rotation-build]").await?;
    app.wait_count("[data-testid=rotation-cell]", 16).await?;
    audit.page(&app, "rotation").await?;

    // The projector window, which keeps the teacher's language too.
    app.click("[data-testid=open-projector]").await?;
    let main = app.switch_to_new_window().await?;
    app.wait_count("[data-testid=projector-group]", 4).await?;
    wait_spanish(&app, "the projector window is in Spanish too").await?;
    audit.page(&app, "projector").await?;
    app.switch_to(main).await?;

    // Today shows the rotation's block.
    app.open_area("today").await?;
    app.find("[data-testid=clock-start]").await?;
    audit.page(&app, "today").await?;

    // Sync through a folder: set it up, sync now, read the Spanish report.
    app.open_area("sync").await?;
    audit.page(&app, "sync, not set up").await?;
    app.fill("[data-testid=sync-label-input]", "Sra. Ortiz")
        .await?;
    app.click("[data-testid=sync-label-save]").await?;
    app.fill(
        "[data-testid=sync-folder-input]",
        &folder.path().display().to_string(),
    )
    .await?;
    app.click("[data-testid=sync-folder-save]").await?;
    app.fill("[data-testid=sync-passphrase]", PASSPHRASE)
        .await?;
    app.fill("[data-testid=sync-passphrase-confirm]", PASSPHRASE)
        .await?;
    app.click("[data-testid=sync-passphrase-save]").await?;
    app.wait_true(
        "return !document.querySelector('[data-testid=sync-now]').disabled",
        "Sync now is enabled once a folder and a passphrase are set",
    )
    .await?;
    // A file in the folder that is no bundle: the report counts it, in Spanish plurals.
    let junk = folder.path().join("waypoint-junk.bundle");
    std::fs::write(&junk, b"not a bundle")?;
    app.click("[data-testid=sync-now]").await?;
    let summary = app.wait_nonempty("[data-testid=sync-summary]").await?;
    let nothing = es("sync-counts-nothing")?;
    assert!(
        summary.contains(&nothing) && summary.contains("1 archivo no se importó"),
        "the summary says in Spanish that nothing came in and one file was not imported \
         (sync-summary-not-imported, singular): {summary:?}"
    );
    app.find("[data-testid=sync-file-line]")
        .await
        .context("the unreadable file has its own line in the report")?;
    audit.page(&app, "sync, a file not imported").await?;

    // Without it, a sync reads exactly "nothing new".
    std::fs::remove_file(&junk)?;
    app.open_area("students").await?;
    app.open_area("sync").await?;
    app.click("[data-testid=sync-now]").await?;
    app.wait_true(
        "return !document.querySelector('[data-testid=sync-file-line]')
            && !!document.querySelector('[data-testid=sync-summary]')",
        "the second sync's report lists no file",
    )
    .await?;
    let summary = app.wait_nonempty("[data-testid=sync-summary]").await?;
    assert_eq!(
        summary.trim(),
        nothing,
        "with no co-teacher's file yet, the report says in Spanish that nothing came in"
    );
    audit.page(&app, "sync, with a report").await?;
    app.stop().await?;

    let written = std::fs::read_dir(folder.path())?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".waypoint"))
        .count();
    assert_eq!(
        written, 1,
        "the sync wrote this laptop's file to the folder"
    );
    audit.assert_clean();
    Ok(())
}
