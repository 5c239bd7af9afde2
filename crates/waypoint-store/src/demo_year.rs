//! Writes a planned school year of demo data ([`waypoint_core::demo::year`]) through the
//! use cases, for `waypoint demo --scale year`: a database that looks like June after a
//! year of teaching, to try the app and measure it at the size a real teacher reaches.
//!
//! The roster, the frameworks and the evidence go in a few large writes (evidence is most
//! of the year, and one transaction is what makes 45,000 pieces fast); everything else goes
//! through the same public use cases the app calls, one write each, so each is checked as a
//! teacher's would be. Every write is in the op log: a rebuild gives the same tables.
//!
//! The year can also be written in shares ([`YearShare`]), one per laptop of a co-teaching
//! team, after one laptop writes the roster ([`write_year_roster`]) and the others receive it
//! by sync: `waypoint_sync::team_year` does that for `waypoint demo --scale year --team N`.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::json;
use waypoint_core::author::Author;
use waypoint_core::conferences::ConferenceInput;
use waypoint_core::demo::year::YearPlan;
use waypoint_core::evidence::{EVIDENCE, EvidenceInput, EvidenceKind};
use waypoint_core::goals::{CheckInInput, GoalInput, GoalStatus};
use waypoint_core::groups::{GroupBasis, GroupInput, GroupSetInput};
use waypoint_core::ids::{ClassId, EvidenceId, NodeId, StudentId};
use waypoint_core::playlists::{
    ActivityInput, AssignTarget, Modality, PlaylistInput, PlaylistKind, TargetKind,
};
use waypoint_core::portfolio::ArtifactInput;
use waypoint_core::reflections::ReflectionInput;
use waypoint_core::roster::{CLASS, ClassView, LEARNER_PROFILE, STUDENT};
use waypoint_core::rotations::{RotationInput, StationInput, StationKind};

use crate::device::random10;
use crate::roster::{get_class, new_student_fields};
use crate::{Db, Error, Result};

/// What the year wrote, for the CLI to report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearSummary {
    /// The sections.
    pub classes: Vec<ClassView>,
    /// Students over all sections.
    pub students: usize,
    /// Competencies over both frameworks.
    pub competencies: usize,
    /// Pieces of evidence.
    pub evidence: usize,
    /// Goals.
    pub goals: usize,
    /// Goal check-ins.
    pub check_ins: usize,
    /// Reflections.
    pub reflections: usize,
    /// Conferences.
    pub conferences: usize,
    /// Portfolio items, each a small generated image.
    pub artifacts: usize,
    /// Saved group sets.
    pub group_sets: usize,
    /// Rotation plans, one per group set.
    pub rotations: usize,
    /// Activities.
    pub activities: usize,
    /// Playlists and choice boards, each assigned to a group.
    pub playlists: usize,
}

/// Which part of the year's work one laptop writes, when a team of co-teaching laptops
/// writes the year between them (`waypoint demo --scale year --team N`): the students whose
/// index is `laptop` modulo `laptops` (their evidence, goals, reflections, conferences and
/// portfolio items) and the sections likewise (their stations, group sets, rotations,
/// activities and playlists). Every piece is written by exactly one laptop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearShare {
    /// This laptop, from 0.
    pub laptop: usize,
    /// How many laptops share the year (at least 1).
    pub laptops: usize,
}

impl YearShare {
    /// The whole year, written by one laptop.
    pub const ALL: YearShare = YearShare {
        laptop: 0,
        laptops: 1,
    };

    fn has(&self, index: usize) -> bool {
        index % self.laptops.max(1) == self.laptop
    }
}

/// The roster and frameworks as written: the ids the plan's indexes stand for. Ids are the
/// same on every laptop the roster reaches by sync, so one laptop's [`YearRoster`] serves
/// the others once they have imported its ops.
pub struct YearRoster {
    written: Written,
}

/// The ids the plan's indexes stand for, once the roster and frameworks are written.
struct Written {
    classes: Vec<ClassId>,
    students: Vec<StudentId>,
    /// Each student's section.
    section_of: Vec<usize>,
    /// Each framework's competencies in tree order.
    competencies: Vec<Vec<NodeId>>,
    /// Each section's framework.
    framework_of: Vec<usize>,
}

impl Written {
    fn competency_of_section(&self, section: usize, index: usize) -> String {
        let list = &self.competencies[self.framework_of[section]];
        list.get(index % list.len().max(1))
            .map(|c| c.to_string())
            .unwrap_or_default()
    }

    fn competency(&self, student: usize, index: usize) -> String {
        self.competency_of_section(self.section_of[student], index)
    }
}

/// Writes the whole planned year into `db`: [`write_year_roster`], then
/// [`write_year_share`] of all of it.
pub fn load_demo_year(db: &mut Db, plan: &YearPlan) -> Result<YearSummary> {
    db.with_bulk_cache(|db| {
        let roster = write_year_roster(db, plan)?;
        write_year_share(db, plan, &roster, YearShare::ALL)
    })
}

/// Writes the year's sections, students with their profiles, and frameworks (with their
/// progressions) into `db`, in a few large writes.
pub fn write_year_roster(db: &mut Db, plan: &YearPlan) -> Result<YearRoster> {
    Ok(YearRoster {
        written: write_roster_and_frameworks(db, plan)?,
    })
}

/// Writes `share` of the year's work into `db`, which holds `roster` (written here or
/// received by sync). Portfolio images are generated into a folder beside the database and
/// attached from there (the use case copies them into the content-addressed store); the
/// folder is removed afterwards. The summary counts what this call wrote, with the whole
/// roster's sections, students and competencies.
pub fn write_year_share(
    db: &mut Db,
    plan: &YearPlan,
    roster: &YearRoster,
    share: YearShare,
) -> Result<YearSummary> {
    let written = &roster.written;
    let evidence = write_evidence(db, plan, written, share)?;
    let mut summary = YearSummary {
        classes: Vec::new(),
        students: written.students.len(),
        competencies: written.competencies.iter().map(Vec::len).sum(),
        evidence,
        goals: 0,
        check_ins: 0,
        reflections: 0,
        conferences: 0,
        artifacts: 0,
        group_sets: 0,
        rotations: 0,
        activities: 0,
        playlists: 0,
    };
    write_student_work(db, plan, written, share, &mut summary)?;
    write_portfolio(db, plan, written, share, &mut summary)?;
    write_groups_and_playlists(db, plan, written, share, &mut summary)?;
    summary.classes = written
        .classes
        .iter()
        .map(|c| get_class(db.conn(), *c))
        .collect::<Result<_>>()?;
    Ok(summary)
}

fn write_roster_and_frameworks(db: &mut Db, plan: &YearPlan) -> Result<Written> {
    let (classes, students) = db.write(|w| {
        let mut classes = Vec::new();
        let mut students = vec![None; plan.students.len()];
        for section in &plan.sections {
            let class_id = ClassId::mint(w.wall_ms(), random10());
            let mut fields = section.class.validate()?.to_fields();
            fields.insert("archived".into(), json!(false));
            w.set(&CLASS, &class_id.to_string(), fields)?;
            for &s in &section.students {
                let demo = &plan.students[s];
                let id = StudentId::mint(w.wall_ms(), random10());
                w.set(
                    &STUDENT,
                    &id.to_string(),
                    new_student_fields(class_id, &demo.student.validate()?),
                )?;
                w.set(
                    &LEARNER_PROFILE,
                    &id.to_string(),
                    demo.profile.validate()?.to_fields(),
                )?;
                students[s] = Some(id);
            }
            classes.push(class_id);
        }
        Ok((classes, students))
    })?;
    let students: Vec<StudentId> = students
        .into_iter()
        .map(|s| s.ok_or_else(|| plan_error("a student in no section")))
        .collect::<Result<_>>()?;
    let mut section_of = vec![0; students.len()];
    for (i, section) in plan.sections.iter().enumerate() {
        for &s in &section.students {
            section_of[s] = i;
        }
    }
    let framework_of: Vec<usize> = plan.sections.iter().map(|s| s.framework).collect();
    let mut competencies = Vec::new();
    for (f, bytes) in plan.frameworks.iter().enumerate() {
        let using: Vec<ClassId> = (0..classes.len())
            .filter(|&c| framework_of[c] == f)
            .map(|c| classes[c])
            .collect();
        competencies
            .push(db.write(|w| crate::frameworks::load_generated_framework(w, bytes, &using))?);
    }
    Ok(Written {
        classes,
        students,
        section_of,
        competencies,
        framework_of,
    })
}

/// A plan that does not hold together (a bug in the generator, not the teacher's doing).
fn plan_error(what: &str) -> Error {
    Error::Domain(waypoint_core::Error::BadPayload {
        table: "demo".into(),
        reason: what.into(),
    })
}

/// The share's evidence in one write: one op per piece, built by the evidence form. Returns
/// how many pieces were written.
fn write_evidence(
    db: &mut Db,
    plan: &YearPlan,
    written: &Written,
    share: YearShare,
) -> Result<usize> {
    let scale = waypoint_core::mastery::Scale::default_scale();
    db.write(|w| {
        let mut count = 0;
        for e in plan.evidence.iter().filter(|e| share.has(e.student)) {
            let input = EvidenceInput {
                student_id: written.students[e.student].to_string(),
                competency_id: written.competency(e.student, e.competency),
                level: e.level,
                date: e.date.clone(),
                kind: EvidenceKind::Observation,
                note: String::new(),
            };
            let id = EvidenceId::mint(w.wall_ms(), random10());
            w.set(
                &EVIDENCE,
                &id.to_string(),
                input.validate(&scale)?.to_fields(),
            )?;
            count += 1;
        }
        Ok(count)
    })
}

/// Goals with their check-ins, reflections and conferences, in one write through the same
/// writer-level steps the use cases take.
fn write_student_work(
    db: &mut Db,
    plan: &YearPlan,
    written: &Written,
    share: YearShare,
    summary: &mut YearSummary,
) -> Result<()> {
    db.write(|w| {
        for g in plan.goals.iter().filter(|g| share.has(g.student)) {
            let input = GoalInput {
                title: g.title.clone(),
                why: g.why.clone(),
                steps: g.steps.clone(),
                target_date: g.target_date.clone(),
                status: GoalStatus::Active,
                competency_ids: vec![written.competency(g.student, g.competency)],
                profile_links: Vec::new(),
            }
            .validate()?;
            let student = written.students[g.student].to_string();
            let goal = crate::goals::write_goal(w, &student, &input, &g.created)?;
            summary.goals += 1;
            for (date, progress, note) in &g.check_ins {
                let check_in = CheckInInput {
                    date: date.clone(),
                    progress: *progress,
                    note: note.clone(),
                    author: Author::Student,
                }
                .validate()?;
                crate::goals::write_check_in(w, &goal.to_string(), &check_in)?;
                summary.check_ins += 1;
            }
        }
        for r in plan.reflections.iter().filter(|r| share.has(r.student)) {
            let input = ReflectionInput {
                prompt_id: String::new(),
                response: r.text.clone(),
                date: r.date.clone(),
                competency_id: written.competency(r.student, r.competency),
                self_rating: Some(r.number),
                for_conference: false,
                author: Author::Student,
            }
            .validate()?;
            let student = written.students[r.student].to_string();
            crate::reflections::write_reflection(w, &student, &input)?;
            summary.reflections += 1;
        }
        for c in plan.conferences.iter().filter(|c| share.has(c.student)) {
            let input = ConferenceInput {
                date: c.date.clone(),
                attendees: vec!["Student".into(), "Family".into(), "Teacher".into()],
                notes: c.text.clone(),
                next_steps: vec!["Practise the goal's steps at home twice a week".into()],
                follow_ups: vec!["Check in on the goal in three weeks".into()],
                student_led: true,
            }
            .validate()?;
            let student = written.students[c.student].to_string();
            crate::conferences::write_conference(w, &student, &input)?;
            summary.conferences += 1;
        }
        Ok(())
    })
}

/// A small PNG (64×48) of two colour bands from `seed`, so every portfolio item has its
/// own picture and thumbnail.
pub(crate) fn write_demo_png(path: &Path, seed: u32) -> Result<()> {
    let [_, r, g, b] = seed.to_be_bytes();
    let image = image::RgbImage::from_fn(64, 48, |x, y| {
        if y < 24 {
            image::Rgb([r, g.wrapping_add(x as u8 * 2), b])
        } else {
            image::Rgb([b, r, g.wrapping_add(y as u8 * 3)])
        }
    });
    image
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| Error::Io {
            path: path.to_owned(),
            source: std::io::Error::other(e),
        })
}

/// The folder demo images are generated in before the use case copies them.
pub(crate) fn image_scratch(db: &Db) -> PathBuf {
    db.path()
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join("demo-images")
}

fn write_portfolio(
    db: &mut Db,
    plan: &YearPlan,
    written: &Written,
    share: YearShare,
    summary: &mut YearSummary,
) -> Result<()> {
    let scratch = image_scratch(db);
    fs::create_dir_all(&scratch).map_err(|source| Error::Io {
        path: scratch.clone(),
        source,
    })?;
    let result = (|| {
        for (i, a) in plan.artifacts.iter().enumerate() {
            if !share.has(a.student) {
                continue;
            }
            let file = scratch.join(format!("item-{}.png", i + 1));
            write_demo_png(&file, a.number as u32)?;
            let input = ArtifactInput {
                title: a.text.clone(),
                date: a.date.clone(),
                reflection: String::new(),
                competency_ids: vec![written.competency(a.student, a.competency)],
                highlight: i % 5 == 0,
            };
            crate::portfolio::attach_artifact(db, written.students[a.student], &file, &input)?;
            summary.artifacts += 1;
        }
        Ok(())
    })();
    let _ = fs::remove_dir_all(&scratch);
    result
}

/// The four stations every section rotates through.
pub(crate) fn demo_stations() -> [StationInput; 4] {
    let station = |name: &str, kind| StationInput {
        name: name.into(),
        kind,
        capacity: None,
        materials: String::new(),
        instructions: String::new(),
    };
    [
        station("Teacher table", StationKind::TeacherLed),
        station("Partner practice", StationKind::Collaborative),
        station("Independent work", StationKind::Independent),
        station("Online practice", StationKind::Online),
    ]
}

fn write_groups_and_playlists(
    db: &mut Db,
    plan: &YearPlan,
    written: &Written,
    share: YearShare,
    summary: &mut YearSummary,
) -> Result<()> {
    let mut stations = vec![Vec::new(); written.classes.len()];
    for (section, class) in written.classes.iter().enumerate() {
        if !share.has(section) {
            continue;
        }
        for s in demo_stations() {
            stations[section].push(crate::rotations::create_station(db, *class, &s)?.id);
        }
    }
    let mut last_set = vec![None; written.classes.len()];
    for set in plan.group_sets.iter().filter(|s| share.has(s.section)) {
        let class = written.classes[set.section];
        let competency = written.competency_of_section(set.section, set.competency);
        let input = GroupSetInput {
            date: set.date.clone(),
            title: set.title.clone(),
            basis: GroupBasis {
                competency_ids: vec![competency],
                competency_codes: Vec::new(),
                mode: "manual".into(),
                seed: 0,
            },
            groups: set
                .groups
                .iter()
                .enumerate()
                .map(|(i, members)| GroupInput {
                    name: format!("Group {}", i + 1),
                    focus: None,
                    teacher_led: i == 0,
                    locked: false,
                    student_ids: members
                        .iter()
                        .map(|s| written.students[*s].to_string())
                        .collect(),
                    reasons: vec![None; members.len()],
                })
                .collect(),
        };
        let saved = crate::groups::save_group_set(db, class, &input)?;
        summary.group_sets += 1;
        let rotation = RotationInput {
            date: set.date.clone(),
            group_set_id: saved.id.clone(),
            station_ids: stations[set.section].clone(),
            block_minutes: 15,
            transition_minutes: 2,
        };
        crate::rotations::build_rotation(db, class, &rotation)?;
        summary.rotations += 1;
        last_set[set.section] = Some(saved);
    }
    // A playlist's activities are its own section's, so written by the same laptop.
    let mut activities = vec![String::new(); plan.activities.len()];
    for (i, a) in plan.activities.iter().enumerate() {
        if !share.has(a.section) {
            continue;
        }
        let input = ActivityInput {
            competency_id: written.competency_of_section(a.section, a.competency),
            title: a.title.clone(),
            modality: [
                Modality::Read,
                Modality::Watch,
                Modality::Practice,
                Modality::Create,
            ][a.modality % 4],
            minutes: a.minutes,
            instructions: String::new(),
            link: String::new(),
            interests: Vec::new(),
        };
        let made = crate::playlists::create_activity(db, written.classes[a.section], &input)?;
        activities[i] = made.id.to_string();
        summary.activities += 1;
    }
    for p in plan.playlists.iter().filter(|p| share.has(p.section)) {
        let input = PlaylistInput {
            title: p.title.clone(),
            kind: if p.pick_count > 0.0 {
                PlaylistKind::ChoiceBoard
            } else {
                PlaylistKind::Playlist
            },
            activity_ids: p
                .activities
                .iter()
                .map(|a| activities[*a].clone())
                .collect(),
            pick_count: p.pick_count,
        };
        let made = crate::playlists::create_playlist(db, written.classes[p.section], &input)?;
        summary.playlists += 1;
        if let Some(set) = &last_set[p.section] {
            let group = &set.groups[p.group % set.groups.len().max(1)];
            let target = AssignTarget {
                kind: TargetKind::Group,
                id: group.id.clone(),
            };
            crate::playlists::assign_playlist(db, made.id, &target)?;
        }
    }
    Ok(())
}

/// Fills in a class (the demo class) so a new teacher sees every feature in use: a goal
/// with a check-in for three students, stations and a group set rotated through them on
/// `today`, a conference, three portfolio items (small generated images), an activity on
/// every competency of its frameworks (so next steps suggest something) and a playlist
/// assigned to a group. Each piece goes through its use case, as a teacher's would.
///
/// [`crate::roster::load_demo_class`] calls it with the teacher's day at the database's
/// clock.
pub fn enrich_demo_class(db: &mut Db, class: ClassId, today: chrono::NaiveDate) -> Result<()> {
    let students: Vec<String> = crate::roster::list_students(db.conn(), class, false)?
        .into_iter()
        .map(|s| s.id.to_string())
        .collect();
    let mut competencies: Vec<NodeId> = Vec::new();
    for fw in crate::frameworks::class_frameworks(db.conn(), class)? {
        competencies.extend(
            crate::frameworks::tree_order(crate::frameworks::framework_nodes(db.conn(), fw.id)?)
                .into_iter()
                .filter(|n| {
                    n.kind == waypoint_core::frameworks::NodeKind::Competency && !n.archived
                })
                .map(|n| n.id),
        );
    }
    let (students, competencies) = (&students[..], &competencies[..]);
    let day = |days_ago: i64| {
        (today - chrono::Duration::days(days_ago))
            .format("%Y-%m-%d")
            .to_string()
    };
    let student = |i: usize| -> Result<StudentId> { Ok(students[i % students.len()].parse()?) };
    let competency = |i: usize| competencies[i % competencies.len().max(1)].to_string();
    if students.is_empty() || competencies.is_empty() {
        return Ok(());
    }
    for (i, title) in [
        "Explain my reasoning in full sentences",
        "Check each step before I move on",
        "Ask a question in every small-group session",
    ]
    .iter()
    .enumerate()
    {
        let goal = GoalInput {
            title: (*title).into(),
            why: "So I can show what I know.".into(),
            steps: vec![
                "Use the sentence frames".into(),
                "Compare with a partner".into(),
            ],
            target_date: day(-30),
            status: GoalStatus::Active,
            competency_ids: vec![competency(i)],
            profile_links: Vec::new(),
        };
        let made = crate::goals::create_goal(db, student(i * 5)?, &goal, &day(21))?;
        let check_in = CheckInInput {
            date: day(7),
            progress: 40.0 + 10.0 * i as f64,
            note: "Getting there: I did it on two of three problems.".into(),
            author: Author::Student,
        };
        crate::goals::add_check_in(db, made.id, &check_in, &day(0))?;
    }
    let conference = ConferenceInput {
        date: day(8),
        attendees: vec!["Student".into(), "Family".into(), "Teacher".into()],
        notes: "Talked through the mastery grid and the goal; strong start on ratios.".into(),
        next_steps: vec!["Practise unit rates with grocery prices at home".into()],
        follow_ups: vec!["Check in on the goal next week".into()],
        student_led: true,
    };
    crate::conferences::create_conference(db, student(0)?, &conference)?;
    let scratch = image_scratch(db);
    fs::create_dir_all(&scratch).map_err(|source| Error::Io {
        path: scratch.clone(),
        source,
    })?;
    let attached = (|| -> Result<()> {
        for (i, title) in ["Ratio table poster", "Exit ticket", "Station work"]
            .iter()
            .enumerate()
        {
            let file = scratch.join(format!("demo-{}.png", i + 1));
            write_demo_png(&file, 0x3a_7b_c8 ^ (i as u32 * 0x45_21_9d))?;
            let input = ArtifactInput {
                title: (*title).into(),
                date: day(3 + i as i64 * 4),
                reflection: "I am proud of how I organised this.".into(),
                competency_ids: vec![competency(i)],
                highlight: i == 0,
            };
            crate::portfolio::attach_artifact(db, student(i * 3)?, &file, &input)?;
        }
        Ok(())
    })();
    let _ = fs::remove_dir_all(&scratch);
    attached?;
    let mut station_ids = Vec::new();
    for s in demo_stations() {
        station_ids.push(crate::rotations::create_station(db, class, &s)?.id);
    }
    let count = station_ids.len();
    let set = GroupSetInput {
        date: day(0),
        title: "Today's stations".into(),
        basis: GroupBasis {
            competency_ids: vec![competency(0)],
            competency_codes: Vec::new(),
            mode: "manual".into(),
            seed: 0,
        },
        groups: (0..count)
            .map(|g| {
                let members: Vec<String> =
                    students.iter().skip(g).step_by(count).cloned().collect();
                GroupInput {
                    name: format!("Group {}", g + 1),
                    focus: None,
                    teacher_led: g == 0,
                    locked: false,
                    reasons: vec![None; members.len()],
                    student_ids: members,
                }
            })
            .collect(),
    };
    let saved = crate::groups::save_group_set(db, class, &set)?;
    let rotation = RotationInput {
        date: day(0),
        group_set_id: saved.id.clone(),
        station_ids,
        block_minutes: 15,
        transition_minutes: 2,
    };
    crate::rotations::build_rotation(db, class, &rotation)?;
    let modalities = [
        Modality::Practice,
        Modality::Watch,
        Modality::Read,
        Modality::Create,
    ];
    let mut activity_ids = Vec::new();
    for (i, c) in competencies.iter().enumerate() {
        let input = ActivityInput {
            competency_id: c.to_string(),
            title: format!("Practice set {}", i + 1),
            modality: modalities[i % modalities.len()],
            minutes: 15.0,
            instructions: "Work through the set, then check with the answer card.".into(),
            link: String::new(),
            interests: Vec::new(),
        };
        activity_ids.push(
            crate::playlists::create_activity(db, class, &input)?
                .id
                .to_string(),
        );
    }
    let playlist = PlaylistInput {
        title: "Ratios catch-up".into(),
        kind: PlaylistKind::Playlist,
        activity_ids: activity_ids.into_iter().take(4).collect(),
        pick_count: 0.0,
    };
    let made = crate::playlists::create_playlist(db, class, &playlist)?;
    if let Some(group) = saved.groups.first() {
        let target = AssignTarget {
            kind: TargetKind::Group,
            id: group.id.clone(),
        };
        crate::playlists::assign_playlist(db, made.id, &target)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::YearShare;

    #[test]
    fn a_teams_shares_deal_every_index_to_exactly_one_laptop() {
        for laptops in 1..=6 {
            for index in 0..40 {
                let owners = (0..laptops)
                    .filter(|&laptop| YearShare { laptop, laptops }.has(index))
                    .count();
                assert_eq!(
                    owners, 1,
                    "index {index} of a team of {laptops} is written once"
                );
            }
        }
        assert!(
            (0..40).all(|i| YearShare::ALL.has(i)),
            "one laptop writes the whole year"
        );
    }
}
