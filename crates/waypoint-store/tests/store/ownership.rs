//! Student ownership through the store's use cases on a real database: goals and check-ins
//! (and their survival through rebuild and import), the overdue/stale overview, the prompt
//! bank, reflections whose self-rating is self-assessment evidence, conferences, the
//! teacher PIN, student mode's limits, and the team reflection tool.

use anyhow::{Result, anyhow};
use waypoint_core::author::Author;
use waypoint_core::conferences::ConferenceInput;
use waypoint_core::evidence::EvidenceKind;
use waypoint_core::frameworks::NodeKind;
use waypoint_core::goals::{CheckInInput, GoalInput, GoalStatus};
use waypoint_core::ids::{ClassId, NodeId, StudentId};
use waypoint_core::reflections::{ReflectionInput, STARTER_PROMPTS};
use waypoint_core::team::{APPROACHES, QUESTIONS};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{
    Db, Error, conferences, evidence, frameworks, goals, portfolio, reflections, roster, settings,
    student_mode, team,
};

/// The demo class: its id, the students the demo gave no goal, conference or portfolio
/// item (roster order; the tests write those themselves) and its first two competencies.
struct Demo {
    class: ClassId,
    students: Vec<StudentId>,
    names: Vec<String>,
    c1: String,
    c2: String,
    strand: NodeId,
}

fn demo(db: &mut Db) -> Result<Demo> {
    let class = roster::load_demo_class(db)?.id;
    let mut students = Vec::new();
    for s in roster::list_students(db.conn(), class, false)? {
        let untouched = goals::list_goals(db.conn(), s.id, "2026-03-10")?.is_empty()
            && conferences::list_conferences(db.conn(), s.id)?.is_empty()
            && portfolio::list_artifacts(db.conn(), db.path(), s.id)?.is_empty();
        if untouched {
            students.push(s);
        }
    }
    assert!(
        students.len() >= 4,
        "the demo leaves most students for the tests to fill in: {}",
        students.len()
    );
    let fw = frameworks::class_frameworks(db.conn(), class)?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("the demo class uses a framework"))?;
    let nodes = frameworks::list_nodes(db.conn(), fw.id, false)?;
    let comps: Vec<String> = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Competency)
        .map(|n| n.id.to_string())
        .collect();
    let strand = nodes
        .iter()
        .find(|n| n.kind == NodeKind::Strand)
        .ok_or_else(|| anyhow!("the demo framework has strands"))?
        .id;
    Ok(Demo {
        class,
        names: students.iter().map(|s| s.display_name.clone()).collect(),
        students: students.iter().map(|s| s.id).collect(),
        c1: comps[0].clone(),
        c2: comps[1].clone(),
        strand,
    })
}

fn goal(title: &str, target: &str, competencies: &[&str]) -> GoalInput {
    GoalInput {
        title: title.into(),
        why: "Because I want to.".into(),
        steps: vec!["Step one".into(), "Step two".into()],
        target_date: target.into(),
        status: GoalStatus::Active,
        competency_ids: competencies.iter().map(|c| (*c).to_owned()).collect(),
        profile_links: vec!["Cooking".into()],
    }
}

fn check_in(date: &str, progress: f64, author: Author) -> CheckInInput {
    CheckInInput {
        date: date.into(),
        progress,
        note: "Going well.".into(),
        author,
    }
}

fn reflection(competency: &str, rating: Option<f64>) -> ReflectionInput {
    ReflectionInput {
        prompt_id: String::new(),
        response: "I can explain a ratio table now.".into(),
        date: "2026-03-02".into(),
        competency_id: competency.into(),
        self_rating: rating,
        for_conference: true,
        author: Author::Teacher,
    }
}

fn field_of<T: std::fmt::Debug>(r: waypoint_store::Result<T>) -> String {
    match r {
        Err(Error::Domain(waypoint_core::Error::Invalid { field, .. })) => field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn goals_and_check_ins_round_trip_through_the_op_log_and_another_laptop() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("a.sqlite3"))?;
    let d = demo(&mut db)?;
    let ana = &d.students[0];
    let g = goals::create_goal(
        &mut db,
        *ana,
        &goal("Explain ratios", "2026-03-20", &[&d.c1, &d.c2]),
        "2026-03-01",
    )?;
    assert_eq!(
        g.competency_ids,
        [d.c1.clone(), d.c2.clone()],
        "competencies are kept in order"
    );
    assert_eq!(g.competency_codes.len(), 2, "one code per competency");
    assert!(
        g.competency_codes.iter().all(|c| !c.is_empty()),
        "live competencies have a code to show: {:?}",
        g.competency_codes
    );
    goals::add_check_in(
        &mut db,
        g.id,
        &check_in("2026-03-03", 30.0, Author::Student),
        "2026-03-04",
    )?;
    let g = goals::add_check_in(
        &mut db,
        g.id,
        &check_in("2026-03-04", 55.0, Author::Teacher),
        "2026-03-04",
    )?;
    assert_eq!(g.progress, 55, "progress is the latest check-in's");
    assert_eq!(g.check_ins.len(), 2, "both check-ins are kept");
    assert_eq!(
        g.check_ins[1].author,
        Author::Student,
        "each check-in keeps its author"
    );

    let mut edited = goal("Explain ratios with tables", "2026-03-20", &[&d.c1]);
    edited.status = GoalStatus::Met;
    let ops = db.ops()?.len();
    let g2 = goals::update_goal(&mut db, g.id, &edited, "2026-03-04")?;
    assert_eq!(g2.status, GoalStatus::Met, "the status is edited");
    assert_eq!(db.ops()?.len(), ops + 1, "an edit is one op");
    goals::update_goal(&mut db, g.id, &edited, "2026-03-04")?;
    assert_eq!(db.ops()?.len(), ops + 1, "an unchanged edit writes nothing");

    goals::delete_goal(&mut db, g.id)?;
    assert!(
        goals::list_goals(db.conn(), *ana, "2026-03-04")?.is_empty(),
        "a deleted goal is not listed"
    );
    let back = goals::restore_goal(&mut db, g.id, "2026-03-04")?;
    assert_eq!(
        back.check_ins.len(),
        2,
        "a restored goal comes back with its check-ins"
    );

    let before = dump_materialized(db.conn())?;
    db.rebuild()?;
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "the tables are a pure function of the op log"
    );

    let mut db2 = Db::open(&dir.path().join("b.sqlite3"))?;
    db2.import_ops(&db.ops()?)?;
    assert_eq!(
        goals::list_goals(db2.conn(), *ana, "2026-03-04")?,
        goals::list_goals(db.conn(), *ana, "2026-03-04")?,
        "another laptop given the same ops shows the same goals"
    );
    Ok(())
}

#[test]
fn the_overview_finds_overdue_and_stale_goals_and_students_without_one() -> Result<()> {
    let dir = tempfile::tempdir()?;
    // The clock at noon UTC on the overview's day: the demo's own goals are then three
    // weeks old with a check-in last week, neither overdue nor stale, whatever today is.
    let noon = chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("a real time")
        .and_utc()
        .timestamp_millis() as u64;
    let mut db = Db::open_with(&dir.path().join("w.sqlite3"), super::settable_clock(noon).1)?;
    let d = demo(&mut db)?;
    let (s0, s1, s2) = (&d.students[0], &d.students[1], &d.students[2]);
    // Who had no goal before the test wrote any (the demo gives a few students goals).
    let had_none: Vec<StudentId> = goals::goal_overview(db.conn(), d.class, "2026-03-10")?
        .without_goal
        .iter()
        .map(|s| s.student_id)
        .collect();
    assert!(
        d.students.iter().all(|s| had_none.contains(s)),
        "the students the test uses start with no goal"
    );
    // Overdue: target passed. Stale: made a month ago, never checked in.
    let late = goals::create_goal(&mut db, *s0, &goal("Late", "2026-03-01", &[]), "2026-02-20")?;
    goals::add_check_in(
        &mut db,
        late.id,
        &check_in("2026-03-09", 10.0, Author::Student),
        "2026-03-10",
    )?;
    goals::create_goal(&mut db, *s1, &goal("Quiet", "", &[]), "2026-02-01")?;
    let mut met = goal("Done", "2026-01-01", &[]);
    met.status = GoalStatus::Met;
    goals::create_goal(&mut db, *s2, &met, "2026-01-01")?;
    roster::set_student_archived(&mut db, d.students[3], true)?;

    let o = goals::goal_overview(db.conn(), d.class, "2026-03-10")?;
    let ids = |v: &[waypoint_core::goals::GoalOverviewEntry]| -> Vec<StudentId> {
        v.iter().map(|e| e.student_id).collect()
    };
    assert_eq!(
        ids(&o.overdue),
        [*s0],
        "only the active goal past its target is overdue"
    );
    assert_eq!(
        ids(&o.stale),
        [*s1],
        "only the active goal quiet for over 14 days is stale"
    );
    assert_eq!(
        o.overdue[0].display_name, d.names[0],
        "entries carry the student's name"
    );
    let without: Vec<StudentId> = o.without_goal.iter().map(|s| s.student_id).collect();
    assert!(
        without.contains(s2),
        "a student whose only goal is met has no active goal"
    );
    assert!(
        !without.contains(s0) && !without.contains(s1),
        "students with an active goal are not listed"
    );
    assert!(
        !without.contains(&d.students[3]),
        "archived students are left out"
    );
    let everyone_else: Vec<StudentId> = had_none
        .iter()
        .filter(|s| ![*s0, *s1, d.students[3]].contains(s))
        .copied()
        .collect();
    assert_eq!(
        without, everyone_else,
        "everyone else still has no goal, as before"
    );
    let names: Vec<&str> = o
        .without_goal
        .iter()
        .map(|s| s.display_name.as_str())
        .collect();
    let roster = roster::list_students(db.conn(), d.class, true)?;
    let roster_order: Vec<&str> = roster
        .iter()
        .map(|s| s.display_name.as_str())
        .filter(|n| names.contains(n))
        .collect();
    assert_eq!(
        names, roster_order,
        "students are listed in the roster's name order"
    );
    Ok(())
}

#[test]
fn a_self_rating_is_self_assessment_evidence_that_follows_the_reflection() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let d = demo(&mut db)?;
    let ana = &d.students[0];
    let count = |db: &Db, c: &str| -> Result<usize> {
        Ok(evidence::list_evidence(db.conn(), *ana, c.parse()?)?
            .iter()
            .filter(|e| e.kind == EvidenceKind::SelfAssessment)
            .count())
    };
    let r = reflections::add_reflection(&mut db, *ana, &reflection(&d.c1, Some(3.0)))?;
    let eid = r
        .evidence_id
        .ok_or_else(|| anyhow!("a rating makes evidence"))?;
    let e = evidence::get_evidence(db.conn(), eid)?;
    assert_eq!(
        (e.kind, e.level, e.date.as_str()),
        (EvidenceKind::SelfAssessment, 3.0, "2026-03-02"),
        "the evidence is the rating, as self-assessment, on the reflection's date"
    );
    let detail = evidence::cell_detail(db.conn(), *ana, d.c1.parse()?)?;
    assert!(
        serde_json::to_string(&detail)?.contains(&eid.to_string()),
        "the rating shows in the mastery detail for that cell"
    );

    let mut edit = reflection(&d.c2, Some(2.0));
    edit.date = "2026-03-05".into();
    let r2 = reflections::update_reflection(&mut db, r.id, &edit)?;
    assert_eq!(
        r2.evidence_id,
        Some(eid),
        "the same evidence row follows the edit"
    );
    let e = evidence::get_evidence(db.conn(), eid)?;
    assert_eq!(
        (e.level, e.date.as_str(), e.competency_id.to_string()),
        (2.0, "2026-03-05", d.c2.clone()),
        "its level, date and competency follow the reflection"
    );
    assert_eq!(
        count(&db, &d.c1)?,
        0,
        "nothing is left on the old competency"
    );

    let r3 = reflections::update_reflection(&mut db, r.id, &reflection(&d.c2, None))?;
    assert_eq!(r3.evidence_id, None, "removing the rating drops the link");
    assert_eq!(count(&db, &d.c2)?, 0, "and deletes the evidence");

    let r4 = reflections::update_reflection(&mut db, r.id, &reflection(&d.c2, Some(4.0)))?;
    let again = r4
        .evidence_id
        .ok_or_else(|| anyhow!("a new rating makes evidence again"))?;
    assert_ne!(again, eid, "a rating added back is a new piece of evidence");
    reflections::delete_reflection(&mut db, r.id)?;
    assert_eq!(
        count(&db, &d.c2)?,
        0,
        "deleting the reflection deletes its evidence"
    );
    assert!(
        reflections::list_reflections(db.conn(), *ana)?.is_empty(),
        "and the reflection is gone"
    );
    Ok(())
}

#[test]
fn invalid_input_changes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let d = demo(&mut db)?;
    let ana = &d.students[0];
    let g = goals::create_goal(&mut db, *ana, &goal("G", "", &[]), "2026-03-01")?;
    let r = reflections::add_reflection(&mut db, *ana, &reflection(&d.c1, Some(3.0)))?;
    reflections::ensure_starter_prompts(&mut db)?;
    let before = dump_materialized(db.conn())?;
    let ops = db.ops()?.len();

    assert_eq!(
        field_of(goals::create_goal(
            &mut db,
            *ana,
            &goal(" ", "", &[]),
            "2026-03-01"
        )),
        "title",
        "a goal needs a title"
    );
    assert_eq!(
        field_of(goals::create_goal(
            &mut db,
            *ana,
            &goal("G", "", &[&d.strand.to_string()]),
            "2026-03-01"
        )),
        "competencyIds",
        "a goal is about competencies, not strands"
    );
    assert_eq!(
        field_of(goals::create_goal(
            &mut db,
            *ana,
            &goal("G", "", &["0190b7a0-0000-7000-8000-000000000000"]),
            "2026-03-01"
        )),
        "competencyIds",
        "an unknown competency is refused on the field"
    );
    assert!(
        matches!(
            goals::create_goal(
                &mut db,
                "0190b7a0-0000-7000-8000-000000000000".parse()?,
                &goal("G", "", &[]),
                "2026-03-01"
            ),
            Err(Error::NotFound {
                what: "student",
                ..
            })
        ),
        "an unknown student is not found"
    );
    assert_eq!(
        field_of(goals::add_check_in(
            &mut db,
            g.id,
            &check_in("2026-03-02", 101.0, Author::Student),
            "2026-03-02"
        )),
        "progress",
        "progress is 0 to 100"
    );
    assert_eq!(
        field_of(reflections::add_reflection(
            &mut db,
            *ana,
            &reflection(&d.c1, Some(7.0))
        )),
        "selfRating",
        "a rating off the scale is refused on the rating, by the evidence's own check"
    );
    assert_eq!(
        field_of(reflections::update_reflection(
            &mut db,
            r.id,
            &reflection(&d.c1, Some(7.0))
        )),
        "selfRating",
        "and so is an edit to one"
    );
    let mut bad_prompt = reflection("", None);
    bad_prompt.prompt_id = "0190b7a0-0000-7000-8000-000000000000".into();
    assert_eq!(
        field_of(reflections::add_reflection(&mut db, *ana, &bad_prompt)),
        "promptId",
        "an unknown prompt is refused"
    );
    assert_eq!(
        field_of(conferences::create_conference(
            &mut db,
            *ana,
            &ConferenceInput {
                date: String::new(),
                ..Default::default()
            }
        )),
        "date",
        "a conference is dated"
    );
    assert_eq!(
        field_of(reflections::create_prompt(&mut db, "  ")),
        "text",
        "a prompt says something"
    );
    assert!(
        matches!(
            team::save_team_approach(
                &mut db,
                "0190b7a0-0000-7000-8000-000000000000".parse()?,
                "what.competency-based",
                "",
                ""
            ),
            Err(Error::NotFound { .. })
        ),
        "an unknown team reflection is not found"
    );
    assert_eq!(
        db.ops()?.len(),
        ops,
        "no op may be written for rejected input"
    );
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "and no row may change"
    );
    Ok(())
}

#[test]
fn the_starter_bank_is_written_once_and_prompts_are_snapshotted() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let d = demo(&mut db)?;
    assert!(
        reflections::list_prompts(db.conn(), true)?.is_empty(),
        "a new bank is empty until seeded"
    );
    assert!(
        reflections::ensure_starter_prompts(&mut db)?,
        "the first call seeds the bank"
    );
    let bank = reflections::list_prompts(db.conn(), false)?;
    let texts: Vec<&str> = bank.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, STARTER_PROMPTS, "the starter prompts, in order");
    for p in &bank {
        reflections::set_prompt_archived(&mut db, p.id, true)?;
    }
    let ops = db.ops()?.len();
    assert!(
        !reflections::ensure_starter_prompts(&mut db)?,
        "a bank that ever had prompts is not reseeded"
    );
    assert_eq!(db.ops()?.len(), ops, "so nothing is written");
    assert!(
        reflections::list_prompts(db.conn(), false)?.is_empty(),
        "archived prompts are hidden"
    );

    let p = reflections::create_prompt(&mut db, "What surprised you?")?;
    assert_eq!(
        reflections::list_prompts(db.conn(), true)?
            .last()
            .map(|x| x.id),
        Some(p.id),
        "a new prompt goes last"
    );
    let mut input = reflection("", None);
    input.prompt_id = p.id.to_string();
    let r = reflections::add_reflection(&mut db, d.students[0], &input)?;
    reflections::update_prompt(&mut db, p.id, "What surprised you most?")?;
    let again = reflections::get_reflection(db.conn(), r.id)?;
    assert_eq!(
        again.prompt_text, "What surprised you?",
        "a reflection keeps the words it answered"
    );

    // A second laptop that seeded its own bank merges with this one rather than doubling.
    let mut other = Db::open(&dir.path().join("other.sqlite3"))?;
    reflections::ensure_starter_prompts(&mut other)?;
    other.import_ops(&db.ops()?)?;
    assert_eq!(
        reflections::list_prompts(other.conn(), true)?.len(),
        STARTER_PROMPTS.len() + 1,
        "the starters have the same ids everywhere, so there is one bank"
    );

    let mut fresh = Db::open(&dir.path().join("fresh.sqlite3"))?;
    reflections::create_prompt(&mut fresh, "Mine first?")?;
    assert_eq!(
        reflections::list_prompts(fresh.conn(), true)?.len(),
        STARTER_PROMPTS.len() + 1,
        "a teacher's first prompt does not keep the starters out"
    );
    Ok(())
}

#[test]
fn conferences_are_listed_newest_first_and_edited_in_place() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let d = demo(&mut db)?;
    let ana = &d.students[0];
    let input = |date: &str| ConferenceInput {
        date: date.into(),
        attendees: vec!["Ana".into(), " ".into(), "Ms. Ortiz".into()],
        notes: "Went well.".into(),
        next_steps: vec!["Practise tables".into()],
        follow_ups: vec!["Email family".into()],
        student_led: true,
    };
    let first = conferences::create_conference(&mut db, *ana, &input("2026-01-10"))?;
    conferences::create_conference(&mut db, *ana, &input("2026-03-10"))?;
    assert_eq!(
        first.attendees,
        ["Ana", "Ms. Ortiz"],
        "blank names are dropped"
    );
    let list = conferences::list_conferences(db.conn(), *ana)?;
    assert_eq!(list[0].date, "2026-03-10", "newest first");
    let mut edit = input("2026-01-11");
    edit.student_led = false;
    let edited = conferences::update_conference(&mut db, first.id, &edit)?;
    assert!(
        !edited.student_led && edited.date == "2026-01-11",
        "edits are saved"
    );
    conferences::delete_conference(&mut db, first.id)?;
    assert_eq!(
        conferences::list_conferences(db.conn(), *ana)?.len(),
        1,
        "a deleted conference is gone"
    );
    assert!(
        conferences::list_conferences(db.conn(), d.students[1])?.is_empty(),
        "another student's list is their own"
    );
    Ok(())
}

#[test]
fn the_teacher_pin_is_digits_hashed_and_guarded_by_itself() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    assert!(!settings::has_teacher_pin(db.conn())?, "no PIN at first");
    assert!(
        !settings::check_teacher_pin(&mut db, "")?,
        "with no PIN, nothing matches"
    );
    assert_eq!(
        field_of(settings::set_teacher_pin(&mut db, "", "123")),
        "newPin",
        "too short"
    );
    assert_eq!(
        field_of(settings::set_teacher_pin(&mut db, "", "12ab")),
        "newPin",
        "digits only"
    );
    settings::set_teacher_pin(&mut db, "", "2468")?;
    assert!(settings::has_teacher_pin(db.conn())?, "the PIN is set");
    assert!(
        settings::check_teacher_pin(&mut db, "2468")?,
        "the right PIN matches"
    );
    assert!(
        !settings::check_teacher_pin(&mut db, "2469")?,
        "a wrong one does not"
    );
    let stored: String = db.conn().query_row(
        "SELECT value FROM handoff_setting WHERE key = 'teacher_pin'",
        [],
        |r| r.get(0),
    )?;
    assert!(!stored.contains("2468"), "the PIN is not stored as typed");
    assert_eq!(
        field_of(settings::set_teacher_pin(&mut db, "1111", "13579")),
        "currentPin",
        "changing the PIN needs the current one"
    );
    settings::set_teacher_pin(&mut db, "2468", "13579")?;
    assert!(
        settings::check_teacher_pin(&mut db, "13579")?,
        "the new PIN works"
    );
    assert!(
        !settings::check_teacher_pin(&mut db, "2468")?,
        "the old one no longer does"
    );
    assert!(
        db.ops()?.is_empty(),
        "the PIN is local: never an op, never synced"
    );
    Ok(())
}

#[test]
fn student_mode_sees_and_writes_only_its_own_student() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let d = demo(&mut db)?;
    let (ana, ben) = (&d.students[0], &d.students[1]);
    reflections::ensure_starter_prompts(&mut db)?;
    let mine = goals::create_goal(&mut db, *ana, &goal("Mine", "", &[]), "2026-03-01")?;
    let theirs = goals::create_goal(&mut db, *ben, &goal("Theirs", "", &[]), "2026-03-01")?;
    reflections::add_reflection(&mut db, *ben, &reflection("", None))?;

    let v = student_mode::student_mode_view(&db, *ana, "2026-03-02")?;
    assert_eq!(v.goals.len(), 1, "only the student's own goals");
    assert!(v.reflections.is_empty(), "no one else's reflections");
    assert_eq!(
        v.prompts.len(),
        STARTER_PROMPTS.len(),
        "the active prompts are offered"
    );

    let before = dump_materialized(db.conn())?;
    assert!(
        matches!(
            student_mode::student_check_in(
                &mut db,
                *ana,
                theirs.id,
                &check_in("2026-03-02", 50.0, Author::Teacher),
                "2026-03-02"
            ),
            Err(Error::NotFound { what: "goal", .. })
        ),
        "another student's goal is reported as not found"
    );
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "and nothing is written"
    );

    let v = student_mode::student_check_in(
        &mut db,
        *ana,
        mine.id,
        &check_in("2026-03-02", 50.0, Author::Teacher),
        "2026-03-02",
    )?;
    assert_eq!(
        v.goals[0].check_ins[0].author,
        Author::Student,
        "a check-in in student mode is the student's"
    );
    let v =
        student_mode::student_reflect(&mut db, *ana, &reflection(&d.c1, Some(2.0)), "2026-03-02")?;
    assert_eq!(
        v.reflections.len(),
        1,
        "the reflection is the student's own"
    );
    assert_eq!(
        v.reflections[0].author,
        Author::Student,
        "written as the student, whatever was sent"
    );
    assert!(
        v.reflections[0].evidence_id.is_some(),
        "a student's self-rating is evidence too"
    );
    Ok(())
}

#[test]
fn the_team_tool_keeps_one_note_per_approach_and_three_answers() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let t = team::create_team_reflection(&mut db, " Grade 6 team ", "2026-03-02")?;
    assert_eq!(t.team, "Grade 6 team", "the team name is trimmed");
    assert_eq!(
        t.approaches.len(),
        APPROACHES.len(),
        "every approach is there from the start"
    );
    assert!(
        t.approaches
            .iter()
            .all(|a| a.now.is_empty() && a.different.is_empty()),
        "with blank notes"
    );
    assert_eq!(
        t.questions.len(),
        QUESTIONS.len(),
        "and the three questions"
    );
    let id = t.id;

    team::save_team_approach(&mut db, id, "how.flexible-pacing", "Math only", "")?;
    let v = team::save_team_approach(
        &mut db,
        id,
        "how.flexible-pacing",
        "Math and ELA",
        "Not yet in science",
    )?;
    let a = v
        .approaches
        .iter()
        .find(|a| a.id == "how.flexible-pacing")
        .ok_or_else(|| anyhow!("the approach is listed"))?;
    assert_eq!(
        (a.now.as_str(), a.different.as_str()),
        ("Math and ELA", "Not yet in science"),
        "notes are updated"
    );
    let rows: i64 = db.conn().query_row(
        "SELECT count(*) FROM team_approach_note WHERE reflection_id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    assert_eq!(
        rows, 1,
        "one row per (reflection, approach), updated in place"
    );
    assert_eq!(
        field_of(team::save_team_approach(
            &mut db,
            id,
            "how.telepathy",
            "",
            ""
        )),
        "approachId",
        "an unknown approach is a clear error"
    );
    let v = team::save_team_answer(&mut db, id, 3, "Try choice boards; Ms. Ortiz leads.")?;
    assert_eq!(
        v.questions[2].answer, "Try choice boards; Ms. Ortiz leads.",
        "answers follow their question"
    );
    assert_eq!(
        field_of(team::save_team_answer(&mut db, id, 4, "x")),
        "question",
        "there are three questions"
    );
    let list = team::list_team_reflections(db.conn())?;
    assert_eq!(list.len(), 1, "the reflection is listed");
    let before = dump_materialized(db.conn())?;
    db.rebuild()?;
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "team notes are a pure function of the log"
    );
    assert_eq!(
        team::get_team_reflection(db.conn(), id)?,
        v,
        "and read back the same"
    );
    Ok(())
}
