//! End to end: groups from real mastery data, a student moved, a rotation built, the
//! projector window counting down, and a playlist assigned and ticked off, in the real app.

use anyhow::{Context, Result};
use waypoint_store::{Db, groups, playlists, roster};

use crate::harness::{self, App};

/// The code of a demo competency with evidence for every student.
const CODE: &str = "WPM.6.EE.A.6";

/// Seconds on the projector's countdown, from its `mm:ss` text.
async fn projector_seconds(app: &App) -> Result<u64> {
    let text = app
        .wait_nonempty("[data-testid=projector-remaining]")
        .await?;
    let (m, s) = text
        .trim()
        .split_once(':')
        .with_context(|| format!("the countdown reads mm:ss, not {text:?}"))?;
    Ok(m.trim().parse::<u64>()? * 60 + s.trim().parse::<u64>()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_from_mastery_data_rotate_through_stations_on_the_projector() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;

    // Groups from the demo class's evidence on one competency.
    app.click("[data-testid=nav-groups]").await?;
    app.click(&format!("[data-testid=groups-target][data-code='{CODE}']"))
        .await?;
    app.fill("[data-testid=groups-count]", "5").await?;
    app.click("[data-testid=groups-suggest]").await?;
    app.wait_count("[data-testid=groups-proposal] [data-testid=group-card]", 5)
        .await?;
    let reason = app.wait_nonempty("[data-testid=member-reason]").await?;
    assert!(
        reason.contains(CODE),
        "each student's reason cites their level on the target: {reason}"
    );
    app.click("[data-testid=groups-save]").await?;
    app.wait_count("[data-testid=group-set] [data-testid=group-card]", 5)
        .await?;

    // Move the first student of group 1 to group 2 from the keyboard.
    let mover = app
        .eval(
            "const m = document.querySelector('[data-testid=group-set] [data-testid=group-card] [data-testid=group-member]');
             m.focus(); return m.dataset.studentId",
        )
        .await?;
    let mover = mover
        .as_str()
        .context("a member row has a student id")?
        .to_owned();
    app.keys("2").await?;
    app.wait_true(
        &format!(
            "const cards = document.querySelectorAll('[data-testid=group-set] [data-testid=group-card]');
             return !!cards[1].querySelector('[data-student-id=\"{mover}\"]')
                 && !cards[0].querySelector('[data-student-id=\"{mover}\"]')"
        ),
        "the student moved to the second group",
    )
    .await?;

    // The demo class's four stations and one of our own, then a rotation through all five.
    app.click("[data-testid=groups-tab-stations]").await?;
    app.wait_count("[data-testid=station-item]", 4).await?;
    app.fill("[data-testid=station-name]", "Reading nook")
        .await?;
    app.set_value("[data-testid=station-kind]", "independent")
        .await?;
    app.click("[data-testid=station-save]").await?;
    app.wait_count("[data-testid=station-item]", 5).await?;
    app.click("[data-testid=groups-tab-rotation]").await?;
    app.wait_count("[data-testid=rotation-station]", 5).await?;
    app.click("[data-testid=rotation-build]").await?;
    app.wait_count("[data-testid=rotation-cell]", 25).await?;
    let rounds_ok = app
        .eval(
            "const rows = {};
             for (const c of document.querySelectorAll('[data-testid=rotation-cell]')) {
               (rows[c.dataset.round] ??= []).push(c.querySelector('select').value);
             }
             return Object.values(rows).every(r => new Set(r).size === r.length && r.length === 5)",
        )
        .await?;
    assert_eq!(
        rounds_ok.as_bool(),
        Some(true),
        "every round sends the five groups to five different stations"
    );
    assert!(
        app.find("[data-testid=print-rotation-chart]").await.is_ok(),
        "the wall chart is ready to print"
    );
    let violations = app.axe_violations().await?;
    assert!(
        violations.is_empty(),
        "the rotation page passes axe: {violations:?}"
    );

    // The projector: open it, start the clock from Today, and watch it count down.
    app.click("[data-testid=open-projector]").await?;
    let main = app.switch_to_new_window().await?;
    app.wait_nonempty("[data-testid=projector-round]").await?;
    app.wait_count("[data-testid=projector-group]", 5).await?;
    let text = app
        .eval("return document.body.innerText")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        !text.contains(CODE) && !text.contains("level"),
        "the projector shows no competency levels or reasons: {text}"
    );
    app.switch_to(main.clone()).await?;
    app.click("[data-testid=nav-today]").await?;
    app.click("[data-testid=clock-start]").await?;
    app.switch_to_new_window().await?;
    app.wait_true(
        "const t = document.querySelector('[data-testid=projector-remaining]')?.textContent ?? '';
         return /[1-9]/.test(t)",
        "the projector shows the started block's time",
    )
    .await?;
    let first = projector_seconds(&app).await?;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let later = projector_seconds(&app).await?;
    assert!(
        later < first,
        "the projector's countdown moves: {first} s, then {later} s"
    );
    app.switch_to(main).await?;
    app.click("[data-testid=clock-pause]").await?;
    let violations = app.axe_violations().await?;
    assert!(
        violations.is_empty(),
        "the Today page passes axe: {violations:?}"
    );
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let class = roster::list_classes(db.conn(), false)?[0].id.to_string();
    let sets = groups::list_group_sets(db.conn(), class.parse()?)?;
    let set = groups::get_group_set(db.conn(), sets[0].id.parse()?)?;
    assert!(
        set.groups[1].members.iter().any(|m| m.student_id == mover),
        "the move was saved through the op log"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_playlist_assigned_to_a_student_is_ticked_off_on_their_page() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;

    app.click("[data-testid=nav-playlists]").await?;
    // The page loads the class's competencies after it shows; wait for them.
    app.wait_true(
        "const s = document.querySelector('[data-testid=activity-competency]');
         return !!s && [...s.options].some(o => o.value)",
        "the activity form offers the class's competencies",
    )
    .await?;
    let competency = app
        .eval(
            "return [...document.querySelector('[data-testid=activity-competency]').options].find(o => o.value).value",
        )
        .await?;
    let competency = competency
        .as_str()
        .context("a competency to choose")?
        .to_owned();
    for title in ["Watch: balancing equations", "Practice set A"] {
        app.set_value("[data-testid=activity-competency]", &competency)
            .await?;
        app.fill("[data-testid=activity-title]", title).await?;
        app.click("[data-testid=activity-save]").await?;
        app.wait_true(
            &format!(
                "return [...document.querySelectorAll('[data-testid=activity-item]')].some(a => a.textContent.includes('{title}'))"
            ),
            "the activity is listed",
        )
        .await?;
    }
    app.fill("[data-testid=playlist-title]", "Equations path")
        .await?;
    // The demo class has activities of its own: tick just the two made here.
    const OURS: &str = "[...document.querySelectorAll('[data-testid=playlist-activity]')]
        .filter(b => ['Watch: balancing equations', 'Practice set A'].includes(b.closest('label').querySelector('.pick-title').textContent.trim()))";
    app.wait_true(
        &format!("return {OURS}.length === 2"),
        "the two new activities are offered",
    )
    .await?;
    app.eval(&format!(
        "for (const b of {OURS}) if (!b.checked) b.click(); return true"
    ))
    .await?;
    app.click("[data-testid=playlist-save]").await?;
    // Beside the demo class's own playlist.
    app.wait_count("[data-testid=playlist-item]", 2).await?;
    let card = app
        .eval(
            "return [...document.querySelectorAll('[data-testid=playlist-item]')]
                .find(c => c.querySelector('.pl-title').textContent.includes('Equations path')).dataset.playlistId",
        )
        .await?;
    let card = format!(
        "[data-testid=playlist-item][data-playlist-id='{}']",
        card.as_str().context("the new playlist's card")?
    );
    app.set_value(&format!("{card} [data-testid=assign-kind]"), "student")
        .await?;
    app.wait_true(
        &format!(
            "const s = document.querySelector(\"{card} [data-testid=assign-target]\");
             return !!s && [...s.options].some(o => o.value)"
        ),
        "the assign form offers the class's students",
    )
    .await?;
    // The second student: the demo class assigns its playlist to the first one's group.
    let student = app
        .eval(&format!(
            "const s = document.querySelector(\"{card} [data-testid=assign-target]\");
             const o = [...s.options].filter(o => o.value)[1]; return [o.value, o.textContent.trim()]"
        ))
        .await?;
    let student_id = student[0].as_str().context("a student option")?.to_owned();
    let name = student[1].as_str().unwrap_or_default().to_owned();
    app.set_value(&format!("{card} [data-testid=assign-target]"), &student_id)
        .await?;
    app.click(&format!("{card} [data-testid=assign-save]"))
        .await?;
    app.wait_count(&format!("{card} [data-testid=assignment-item]"), 1)
        .await?;

    app.click("[data-testid=nav-students]").await?;
    app.open_student(&student_id).await?;
    app.wait_count("[data-testid=student-playlist]", 1).await?;
    let activity = app
        .eval("return document.querySelector('[data-testid=activity-status]').dataset.activityId")
        .await?;
    let activity = activity.as_str().context("an activity row")?.to_owned();
    app.set_value(
        &format!("[data-testid=activity-status][data-activity-id='{activity}']"),
        "done",
    )
    .await?;
    app.wait_true(
        "return /1 of 2/.test(document.querySelector('[data-testid=student-playlist-progress]').textContent)",
        &format!("{name}'s progress reads 1 of 2 done"),
    )
    .await?;
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let mine = playlists::student_playlists(db.conn(), student_id.parse()?)?;
    assert_eq!(mine.len(), 1, "the playlist reached the student");
    assert_eq!(mine[0].done, 1, "the activity marked done was saved");
    Ok(())
}
