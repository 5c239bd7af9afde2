//! A school year of fictional data for `waypoint demo --scale year`: the plan only.
//!
//! [`plan_year`] turns a size, a seed and "today" into everything a year of teaching leaves
//! behind (sections and students with full profiles, two CASE frameworks with progressions,
//! evidence growing week by week, goals and check-ins, reflections, conferences, portfolio
//! items, group sets with rotations, activities and playlists), as indexes and plain values.
//! `waypoint_store::demo_year` writes it through the use cases. No I/O, no clock: the seed
//! and the day are arguments, so the same arguments give the same year.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde_json::{Value, json};

use super::{DemoStudent, demo_class};
use crate::Result;
use crate::roster::ClassInput;

/// How big a year to plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearSize {
    /// Classes (sections).
    pub sections: usize,
    /// Students in each section.
    pub students_per_section: usize,
    /// Competencies in each of the two frameworks (a multiple of [`STRANDS`]).
    pub competencies: usize,
    /// Pieces of evidence over the whole year.
    pub evidence: usize,
    /// Portfolio items.
    pub artifacts: usize,
    /// Saved group sets, each with a rotation.
    pub group_sets: usize,
    /// School weeks, the last one holding "today".
    pub weeks: u32,
}

/// Strands in each framework.
pub const STRANDS: usize = 4;

impl YearSize {
    /// The year the issue asks for: 5 sections of 30, two frameworks of 80, about 45,000
    /// pieces of evidence, 300 portfolio images, 40 group sets over 36 weeks.
    pub const YEAR: YearSize = YearSize {
        sections: 5,
        students_per_section: 30,
        competencies: 80,
        evidence: 45_000,
        artifacts: 300,
        group_sets: 40,
        weeks: 36,
    };

    /// The year's shape for another number of sections and students: evidence, portfolio
    /// items and group sets in the same proportion per student and per section.
    pub fn scaled(sections: usize, students_per_section: usize) -> YearSize {
        let y = YearSize::YEAR;
        let students = sections * students_per_section;
        let full = y.sections * y.students_per_section;
        YearSize {
            sections,
            students_per_section,
            evidence: y.evidence * students / full,
            artifacts: y.artifacts * students / full,
            group_sets: (y.group_sets * sections).div_ceil(y.sections),
            ..y
        }
    }

    /// Every student in every section.
    pub fn students(&self) -> usize {
        self.sections * self.students_per_section
    }
}

/// One section: its class and which framework and students it has.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionPlan {
    /// The class form.
    pub class: ClassInput,
    /// Index into [`YearPlan::frameworks`].
    pub framework: usize,
    /// Indexes into [`YearPlan::students`].
    pub students: Vec<usize>,
}

/// One piece of evidence. `competency` indexes the section's framework in tree order.
#[derive(Debug, Clone, PartialEq)]
pub struct YearEvidence {
    /// Index into the students.
    pub student: usize,
    /// Index of the competency in its framework's tree order.
    pub competency: usize,
    /// A half point on the default 0–4 scale.
    pub level: f64,
    /// `YYYY-MM-DD`, a weekday before today.
    pub date: String,
}

/// A goal with its check-ins.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalPlan {
    /// Index into the students.
    pub student: usize,
    /// The competency it works on.
    pub competency: usize,
    /// The goal's title.
    pub title: String,
    /// Why it matters.
    pub why: String,
    /// Steps.
    pub steps: Vec<String>,
    /// The day it was set.
    pub created: String,
    /// The day it is due.
    pub target_date: String,
    /// Check-ins: date, progress 0–100, note.
    pub check_ins: Vec<(String, f64, String)>,
}

/// A reflection, a conference or a portfolio item: who, when, on what, and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedNote {
    /// Index into the students.
    pub student: usize,
    /// The competency it is about.
    pub competency: usize,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Title (portfolio), response (reflection) or notes (conference).
    pub text: String,
    /// A self-rating (reflection) or the colour seed of the image (portfolio).
    pub number: f64,
}

/// A saved group set, rotated through the section's stations on its date.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSetPlan {
    /// Index into the sections.
    pub section: usize,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Title.
    pub title: String,
    /// The competency the groups work on.
    pub competency: usize,
    /// Groups, as indexes into the students.
    pub groups: Vec<Vec<usize>>,
}

/// An activity in a section, for one competency.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityPlan {
    /// Index into the sections.
    pub section: usize,
    /// The competency it practises.
    pub competency: usize,
    /// Title.
    pub title: String,
    /// 0 read, 1 watch, 2 practice, 3 create.
    pub modality: usize,
    /// Minutes.
    pub minutes: f64,
}

/// A playlist (or choice board when `pick_count` > 0) of a section's activities, assigned
/// to one group of the section's last group set.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaylistPlan {
    /// Index into the sections.
    pub section: usize,
    /// Title.
    pub title: String,
    /// Indexes into [`YearPlan::activities`].
    pub activities: Vec<usize>,
    /// 0 for a playlist; how many to pick on a choice board.
    pub pick_count: f64,
    /// Which group of the section's last group set it is assigned to.
    pub group: usize,
}

/// Everything a school year leaves behind, as values for the store to write.
#[derive(Debug, Clone, PartialEq)]
pub struct YearPlan {
    /// The first school day (a Monday).
    pub first_day: String,
    /// Sections.
    pub sections: Vec<SectionPlan>,
    /// Every student, with a full learner profile.
    pub students: Vec<DemoStudent>,
    /// The frameworks as CASE 1.0 packages (JSON bytes), with `precedes` progressions.
    pub frameworks: Vec<Vec<u8>>,
    /// Evidence, in date order within each student.
    pub evidence: Vec<YearEvidence>,
    /// Goals and check-ins.
    pub goals: Vec<GoalPlan>,
    /// Reflections; `number` is the self-rating.
    pub reflections: Vec<DatedNote>,
    /// Conferences; `text` is the notes.
    pub conferences: Vec<DatedNote>,
    /// Portfolio items; `text` is the title, `number` the image's colour seed.
    pub artifacts: Vec<DatedNote>,
    /// Group sets, each rotated through the section's stations on its date.
    pub group_sets: Vec<GroupSetPlan>,
    /// Activities.
    pub activities: Vec<ActivityPlan>,
    /// Playlists and choice boards.
    pub playlists: Vec<PlaylistPlan>,
}

/// SplitMix64: a small seeded generator, so the plan needs no dependency and no OS randomness.
#[derive(Debug, Clone)]
pub struct SeededRng(u64);

impl SeededRng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> SeededRng {
        SeededRng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }

    fn uuid(&mut self) -> String {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .to_string()
    }
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The weekday on or before `d`.
fn weekday_on_or_before(mut d: NaiveDate) -> NaiveDate {
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d -= Duration::days(1);
    }
    d
}

/// The school calendar: `weeks` weeks of Monday-to-Friday ending in today's week.
struct Calendar {
    first: NaiveDate,
    today: NaiveDate,
    weeks: u32,
}

impl Calendar {
    fn new(today: NaiveDate, weeks: u32) -> Calendar {
        let monday = today - Duration::days(today.weekday().num_days_from_monday() as i64);
        Calendar {
            first: monday - Duration::weeks(weeks.saturating_sub(1) as i64),
            today,
            weeks,
        }
    }

    /// A weekday in `week` (0-based, clamped to the year), strictly before today.
    fn day(&self, week: u32, weekday: u32) -> NaiveDate {
        let week = week.min(self.weeks - 1) as i64;
        let d = self.first + Duration::days(week * 7 + (weekday % 5) as i64);
        if d >= self.today {
            self.before(self.today)
        } else {
            d
        }
    }

    /// The school day before `d`, never before the first day.
    fn before(&self, d: NaiveDate) -> NaiveDate {
        weekday_on_or_before(d - Duration::days(1)).max(self.first)
    }

    /// How far through the year `d` is, 0 to 1.
    fn fraction(&self, d: NaiveDate) -> f64 {
        let span = (self.today - self.first).num_days().max(1) as f64;
        ((d - self.first).num_days() as f64 / span).clamp(0.0, 1.0)
    }
}

/// A strand's title and the five topics it covers.
type Strand = (&'static str, [&'static str; 5]);

/// The two frameworks: title, subject, code prefix, strands and the topics in each.
const FRAMEWORKS: [(&str, &str, &str, [Strand; STRANDS]); 2] = [
    (
        "Waypoint Sample Math, Grade 7",
        "Mathematics",
        "WPM.7",
        [
            (
                "Ratios and Proportional Relationships",
                [
                    "unit rates",
                    "proportional tables",
                    "constant of proportionality",
                    "percent change",
                    "scale drawings",
                ],
            ),
            (
                "The Number System",
                [
                    "adding rational numbers",
                    "subtracting rational numbers",
                    "multiplying rational numbers",
                    "dividing rational numbers",
                    "rational numbers in context",
                ],
            ),
            (
                "Expressions and Equations",
                [
                    "equivalent expressions",
                    "rewriting expressions",
                    "two-step equations",
                    "inequalities",
                    "multi-step word problems",
                ],
            ),
            (
                "Geometry and Statistics",
                [
                    "angle relationships",
                    "area and circumference",
                    "surface area and volume",
                    "random sampling",
                    "probability models",
                ],
            ),
        ],
    ),
    (
        "Waypoint Sample English Language Arts, Grade 7",
        "English Language Arts",
        "WPE.7",
        [
            (
                "Reading Literature",
                [
                    "citing textual evidence",
                    "theme development",
                    "character and setting",
                    "point of view",
                    "comparing texts",
                ],
            ),
            (
                "Reading Informational Text",
                [
                    "central ideas",
                    "text structure",
                    "author's purpose",
                    "evaluating arguments",
                    "word meaning in context",
                ],
            ),
            (
                "Writing",
                [
                    "argument claims",
                    "informative organization",
                    "narrative technique",
                    "revising for clarity",
                    "short research projects",
                ],
            ),
            (
                "Speaking and Listening",
                [
                    "collaborative discussion",
                    "paraphrasing speakers",
                    "evaluating a speaker's claims",
                    "presenting findings",
                    "adapting speech to context",
                ],
            ),
        ],
    ),
];

/// The step within a topic: each topic is learned in four steps of growing depth.
const STEPS: [&str; 4] = [
    "Explain",
    "Apply",
    "Solve problems with",
    "Justify and extend",
];

/// A competency's statement: its step and topic, from its index in a strand.
fn statement(topic: &str, step: usize) -> String {
    format!("{} {topic}.", STEPS[step % STEPS.len()])
}

/// One framework as a CASE 1.0 package: the document, [`STRANDS`] strands of
/// `competencies / STRANDS` standards each, `isChildOf` links and `precedes` progressions
/// (each standard follows the one before it in its strand, and every fifth one also the
/// standard at the same place in the strand before).
fn case_package(rng: &mut SeededRng, which: usize, competencies: usize) -> Vec<u8> {
    let (title, subject, prefix, strands) = &FRAMEWORKS[which];
    let doc_id = rng.uuid();
    let link = |id: &str, title: &str| json!({"identifier": id, "title": title, "uri": format!("https://case.example.org/uri/{id}")});
    let stamp = "2026-08-01T12:00:00+00:00";
    let mut items: Vec<Value> = Vec::new();
    let mut associations: Vec<Value> = Vec::new();
    let associate = |rng: &mut SeededRng, kind: &str, from: Value, to: Value, seq: usize| {
        let id = rng.uuid();
        json!({
            "identifier": id, "associationType": kind, "sequenceNumber": seq,
            "uri": format!("https://case.example.org/uri/{id}"),
            "originNodeURI": from, "destinationNodeURI": to, "lastChangeDateTime": stamp,
        })
    };
    let per_strand = (competencies / STRANDS).max(1);
    let mut standards: Vec<Vec<(String, String)>> = Vec::new();
    for (s, (strand, topics)) in strands.iter().enumerate() {
        let strand_id = rng.uuid();
        let strand_code = format!("{prefix}.{}", s + 1);
        items.push(json!({
            "identifier": strand_id, "fullStatement": strand, "humanCodingScheme": strand_code,
            "CFItemType": "Strand", "listEnumeration": (s + 1).to_string(),
            "educationLevel": ["07"], "lastChangeDateTime": stamp,
        }));
        associations.push(associate(
            rng,
            "isChildOf",
            link(&strand_id, &strand_code),
            link(&doc_id, title),
            s + 1,
        ));
        let mut in_strand = Vec::new();
        for j in 0..per_strand {
            let id = rng.uuid();
            let code = format!("{strand_code}.{}", j + 1);
            let topic = topics[(j / STEPS.len()) % topics.len()];
            items.push(json!({
                "identifier": id, "fullStatement": statement(topic, j), "humanCodingScheme": code,
                "CFItemType": "Standard", "listEnumeration": (j + 1).to_string(),
                "educationLevel": ["07"], "lastChangeDateTime": stamp,
            }));
            associations.push(associate(
                rng,
                "isChildOf",
                link(&id, &code),
                link(&strand_id, &strand_code),
                j + 1,
            ));
            in_strand.push((id, code));
        }
        standards.push(in_strand);
    }
    for (s, in_strand) in standards.iter().enumerate() {
        for j in 1..in_strand.len() {
            let (earlier, later) = (&in_strand[j - 1], &in_strand[j]);
            associations.push(associate(
                rng,
                "precedes",
                link(&earlier.0, &earlier.1),
                link(&later.0, &later.1),
                1,
            ));
            if s > 0 && j % 5 == 0 {
                let across = &standards[s - 1][j - 1];
                associations.push(associate(
                    rng,
                    "precedes",
                    link(&across.0, &across.1),
                    link(&later.0, &later.1),
                    1,
                ));
            }
        }
    }
    let package = json!({
        "CFDocument": {
            "identifier": doc_id, "uri": format!("https://case.example.org/uri/{doc_id}"),
            "creator": "Waypoint Sample Standards Group (fictional)", "title": title,
            "lastChangeDateTime": stamp, "publisher": "Waypoint (sample data)",
            "subject": [subject], "language": "en", "version": "1.0", "adoptionStatus": "Draft",
        },
        "CFItems": items,
        "CFAssociations": associations,
    });
    serde_json::to_vec_pretty(&package).unwrap_or_default()
}

/// When a competency is first taught: the standards of each strand are taught in order, the
/// strands side by side, over the first 90% of the year.
fn taught_week(competency: usize, per_strand: usize, weeks: u32) -> u32 {
    let j = competency % per_strand.max(1);
    (j as f64 * weeks as f64 * 0.9 / per_strand.max(1) as f64) as u32
}

/// A level from where a student started, how fast they grow, how far through the year it
/// is and how often they have practised the competency, with noise; a half point 0–4.
fn level(start: f64, rate: f64, fraction: f64, attempt: usize, noise: f64) -> f64 {
    let raw = start + rate * fraction + 0.35 * attempt as f64 + noise;
    ((raw * 2.0).round() / 2.0).clamp(0.0, 4.0)
}

/// Plans a school year of `size` ending today. The same size, seed and day give the same
/// plan.
pub fn plan_year(size: YearSize, seed: u64, today: NaiveDate) -> Result<YearPlan> {
    let mut rng = SeededRng::new(seed);
    let cal = Calendar::new(today, size.weeks.max(1));
    let demo = demo_class()?;
    let per_strand = (size.competencies / STRANDS).max(1);
    let comps = per_strand * STRANDS;
    let frameworks = (0..FRAMEWORKS.len())
        .map(|f| case_package(&mut rng, f, comps))
        .collect();
    let students = year_students(&demo.students, size.students());
    let sections = (0..size.sections)
        .map(|s| {
            let framework = s % FRAMEWORKS.len();
            let subject = if framework == 0 { "Math" } else { "ELA" };
            SectionPlan {
                class: ClassInput {
                    name: format!("Grade 7 {subject} — Period {} (demo year)", s + 1),
                    subject: FRAMEWORKS[framework].1.to_owned(),
                    grade_level: "7".to_owned(),
                },
                framework,
                students: (s * size.students_per_section..(s + 1) * size.students_per_section)
                    .collect(),
            }
        })
        .collect();
    let mut plan = YearPlan {
        first_day: ymd(cal.first),
        sections,
        students,
        frameworks,
        evidence: Vec::new(),
        goals: Vec::new(),
        reflections: Vec::new(),
        conferences: Vec::new(),
        artifacts: Vec::new(),
        group_sets: Vec::new(),
        activities: Vec::new(),
        playlists: Vec::new(),
    };
    plan_evidence(&mut plan, &mut rng, &cal, size, comps);
    plan_student_work(&mut plan, &mut rng, &cal, size, comps);
    plan_groups_and_playlists(&mut plan, &mut rng, &cal, size, comps);
    Ok(plan)
}

/// `count` students with the demo class's profiles and distinct names: the given names in
/// order, family names shifted by one more for each round through the class.
fn year_students(demo: &[DemoStudent], count: usize) -> Vec<DemoStudent> {
    let n = demo.len().max(1);
    (0..count)
        .map(|k| {
            let (round, i) = (k / n, k % n);
            let mut s = demo[i].clone();
            s.student.family_name = demo[(i + round) % n].student.family_name.clone();
            s.student.grade = "7".to_owned();
            s.student.student_number = format!("Y{:05}", k + 1);
            s
        })
        .collect()
}

fn plan_evidence(
    plan: &mut YearPlan,
    rng: &mut SeededRng,
    cal: &Calendar,
    size: YearSize,
    comps: usize,
) {
    let per_strand = comps / STRANDS;
    let n = plan.students.len().max(1);
    for student in 0..plan.students.len() {
        let pieces = size.evidence / n + usize::from(student < size.evidence % n);
        // Where a student starts and how fast they grow: by June most have mastered the
        // competencies taught in the autumn, and few the ones taught last.
        let start = 0.8 + rng.unit() * 1.2;
        let rate = 1.0 + rng.unit() * 1.6;
        let mut counts = vec![pieces / comps; comps];
        let mut order: Vec<usize> = (0..comps).collect();
        rng.shuffle(&mut order);
        for &c in order.iter().take(pieces % comps) {
            counts[c] += 1;
        }
        let mut taken: BTreeSet<(usize, NaiveDate)> = BTreeSet::new();
        let mut rows = Vec::with_capacity(pieces);
        for (c, &count) in counts.iter().enumerate() {
            let first = taught_week(c, per_strand, cal.weeks);
            let gap = ((cal.weeks - first) / count.max(1) as u32).max(1);
            for k in 0..count {
                let week = first + k as u32 * gap + rng.below(gap as usize) as u32;
                let mut day = cal.day(week, rng.below(5) as u32);
                // Two pieces on one competency the same day read as one; move back a day.
                while taken.contains(&(c, day)) && day > cal.first {
                    day = cal.before(day);
                }
                while taken.contains(&(c, day)) {
                    day += Duration::days(1);
                    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                        day += Duration::days(1);
                    }
                }
                taken.insert((c, day));
                let noise = (rng.unit() - 0.5) * 0.9;
                rows.push((
                    day,
                    YearEvidence {
                        student,
                        competency: c,
                        level: level(start, rate, cal.fraction(day), k, noise),
                        date: ymd(day),
                    },
                ));
            }
        }
        rows.sort_by_key(|a| (a.0, a.1.competency));
        plan.evidence.extend(rows.into_iter().map(|(_, e)| e));
    }
}

const GOAL_TOPICS: [&str; 4] = [
    "Show my reasoning step by step",
    "Check my work before I hand it in",
    "Use new vocabulary in my explanations",
    "Ask for help when I am stuck",
];
const REFLECTIONS: [&str; 5] = [
    "I understand this better now because I practised with a partner.",
    "I still mix up the steps sometimes, so I want to try more examples.",
    "The station work helped me see where I went wrong.",
    "I was proud that I could explain it to my group.",
    "Next time I will start earlier and check each step.",
];
const ARTIFACTS: [&str; 4] = ["Station work", "Exit ticket", "Project draft", "Sketch"];

fn plan_student_work(
    plan: &mut YearPlan,
    rng: &mut SeededRng,
    cal: &Calendar,
    size: YearSize,
    comps: usize,
) {
    let weeks = cal.weeks;
    for student in 0..plan.students.len() {
        let competency = rng.below(comps);
        let set_week = 2 + rng.below(6) as u32;
        let created = cal.day(set_week, rng.below(5) as u32);
        let mut check_ins = Vec::new();
        let mut progress = 0.0;
        for k in 1..=4u32 {
            progress = (progress + 10.0 + rng.below(25) as f64).min(100.0);
            let note = REFLECTIONS[rng.below(REFLECTIONS.len())].to_owned();
            check_ins.push((
                ymd(cal.day(set_week + k * weeks / 6, rng.below(5) as u32)),
                progress,
                note,
            ));
        }
        plan.goals.push(GoalPlan {
            student,
            competency,
            title: GOAL_TOPICS[student % GOAL_TOPICS.len()].to_owned(),
            why: "So my teacher and I can see how I am growing.".to_owned(),
            steps: vec![
                "Pick one problem a day to explain".to_owned(),
                "Compare with a partner".to_owned(),
            ],
            created: ymd(created),
            target_date: ymd(cal.today + Duration::days(60)),
            check_ins,
        });
        for quarter in 0..4u32 {
            let day = cal.day(quarter * weeks / 4 + 1 + rng.below(6) as u32, 4);
            plan.reflections.push(DatedNote {
                student,
                competency: rng.below(comps),
                date: ymd(day),
                text: REFLECTIONS[rng.below(REFLECTIONS.len())].to_owned(),
                number: 1.0 + rng.below(7) as f64 / 2.0,
            });
        }
        plan.conferences.push(DatedNote {
            student,
            competency,
            date: ymd(cal.day(weeks / 3, rng.below(5) as u32)),
            text: "Fall conference: strengths, the goal we set, and how to help at home."
                .to_owned(),
            number: 0.0,
        });
    }
    let n = plan.students.len().max(1);
    for a in 0..size.artifacts {
        let student = (a * 7) % n;
        plan.artifacts.push(DatedNote {
            student,
            competency: rng.below(comps),
            date: ymd(cal.day(rng.below(weeks as usize) as u32, rng.below(5) as u32)),
            text: format!("{} {}", ARTIFACTS[a % ARTIFACTS.len()], a / n + 1),
            number: rng.below(1 << 24) as f64,
        });
    }
}

const ACTIVITIES: [&str; 4] = ["Read about", "Watch a short video on", "Practice", "Create"];

fn plan_groups_and_playlists(
    plan: &mut YearPlan,
    rng: &mut SeededRng,
    cal: &Calendar,
    size: YearSize,
    comps: usize,
) {
    let sections = plan.sections.len().max(1);
    for g in 0..size.group_sets {
        let section = g % sections;
        let week = (g / sections) as u32 * cal.weeks / (size.group_sets / sections).max(1) as u32;
        let mut members = plan.sections[section].students.clone();
        rng.shuffle(&mut members);
        let count = members.len().clamp(1, 4);
        let mut groups = vec![Vec::new(); count];
        for (i, s) in members.into_iter().enumerate() {
            groups[i % count].push(s);
        }
        let competency = rng.below(comps);
        plan.group_sets.push(GroupSetPlan {
            section,
            date: ymd(cal.day(week, 1 + rng.below(3) as u32)),
            title: format!("Stations, week {}", week + 1),
            competency,
            groups,
        });
    }
    for section in 0..plan.sections.len() {
        let first = plan.activities.len();
        for c in (0..comps).step_by(4) {
            let modality = (c / 4) % ACTIVITIES.len();
            plan.activities.push(ActivityPlan {
                section,
                competency: c,
                title: format!("{} competency {}", ACTIVITIES[modality], c + 1),
                modality,
                minutes: 10.0 + 5.0 * rng.below(4) as f64,
            });
        }
        let made = plan.activities.len() - first;
        for p in 0..4usize {
            let activities: Vec<usize> = (0..5).map(|k| first + (p * 5 + k) % made).collect();
            plan.playlists.push(PlaylistPlan {
                section,
                title: format!("Unit {} practice", p + 1),
                activities,
                pick_count: if p % 2 == 1 { 2.0 } else { 0.0 },
                group: p,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 6, 10).expect("a real day")
    }

    #[test]
    fn the_full_year_has_the_sizes_the_issue_asks_for() {
        let plan = plan_year(YearSize::YEAR, 7, today()).expect("the year plans");
        assert_eq!(plan.sections.len(), 5, "five sections");
        assert_eq!(plan.students.len(), 150, "five sections of thirty");
        assert_eq!(
            plan.evidence.len(),
            45_000,
            "about 45,000 pieces of evidence"
        );
        assert_eq!(plan.artifacts.len(), 300, "300 portfolio images");
        assert_eq!(plan.group_sets.len(), 40, "40 saved group sets");
        assert_eq!(plan.frameworks.len(), 2, "two frameworks");
        for bytes in &plan.frameworks {
            let package = crate::case::parse_package(bytes).expect("our own CASE package reads");
            let standards = package.nodes.iter().filter(|i| i.is_leaf).count();
            assert_eq!(standards, 80, "80 competencies in each framework");
            assert!(
                package.precedes.len() >= 76,
                "every standard but the first of a strand follows another: {}",
                package.precedes.len()
            );
        }
        let names: BTreeSet<(String, String)> = plan
            .students
            .iter()
            .map(|s| (s.student.given_name.clone(), s.student.family_name.clone()))
            .collect();
        assert_eq!(names.len(), 150, "no two students share a name");
    }

    #[test]
    fn the_same_seed_gives_the_same_year_and_another_seed_another() {
        let size = YearSize::scaled(1, 6);
        let a = plan_year(size, 42, today()).expect("plans");
        assert_eq!(
            a,
            plan_year(size, 42, today()).expect("plans"),
            "seeded: repeatable"
        );
        assert_ne!(
            a.evidence,
            plan_year(size, 43, today()).expect("plans").evidence,
            "another seed, another year"
        );
    }

    #[test]
    fn no_two_students_have_the_same_evidence_rows() {
        let plan = plan_year(YearSize::YEAR, 1, today()).expect("plans");
        let mut rows: BTreeMap<usize, BTreeSet<(usize, u32, String)>> = BTreeMap::new();
        for e in &plan.evidence {
            let fresh = rows.entry(e.student).or_default().insert((
                e.competency,
                (e.level * 2.0) as u32,
                e.date.clone(),
            ));
            assert!(fresh, "a student has one row per competency, level and day");
        }
        let distinct: BTreeSet<&BTreeSet<(usize, u32, String)>> = rows.values().collect();
        assert_eq!(
            distinct.len(),
            150,
            "every student's rows differ from every other's"
        );
    }

    #[test]
    fn evidence_is_on_weekdays_inside_the_year_on_the_scale() {
        let plan = plan_year(YearSize::scaled(2, 10), 5, today()).expect("plans");
        let (first, last) = (plan.first_day.clone(), ymd(today()));
        for e in &plan.evidence {
            assert!(
                e.date >= first && e.date < last,
                "{} lies in the year, before today",
                e.date
            );
            let day = NaiveDate::parse_from_str(&e.date, "%Y-%m-%d").expect("a date");
            assert!(
                !matches!(day.weekday(), Weekday::Sat | Weekday::Sun),
                "{} is a school day",
                e.date
            );
            assert!(
                (0.0..=4.0).contains(&e.level) && (e.level * 2.0).fract() == 0.0,
                "a half point on the 0–4 scale"
            );
        }
        let weeks =
            (today() - NaiveDate::parse_from_str(&first, "%Y-%m-%d").expect("a date")).num_weeks();
        assert_eq!(weeks, 35, "36 school weeks, today's the last");
    }

    #[test]
    fn later_evidence_is_higher_on_average() {
        let plan = plan_year(YearSize::scaled(2, 15), 9, today()).expect("plans");
        let mid = plan
            .evidence
            .iter()
            .map(|e| e.date.clone())
            .max()
            .unwrap_or_default();
        let cut = NaiveDate::parse_from_str(&plan.first_day, "%Y-%m-%d").expect("a date")
            + Duration::weeks(18);
        let cut = ymd(cut);
        let mean = |later: bool| {
            let v: Vec<f64> = plan
                .evidence
                .iter()
                .filter(|e| (e.date >= cut) == later)
                .map(|e| e.level)
                .collect();
            v.iter().sum::<f64>() / v.len().max(1) as f64
        };
        assert!(
            mean(true) > mean(false) + 0.3,
            "the second half ({}) grows past the first ({}); last day {mid}",
            mean(true),
            mean(false)
        );
    }

    #[test]
    fn the_small_scale_keeps_the_proportions() {
        let size = YearSize::scaled(1, 5);
        assert_eq!(size.evidence, 1500, "300 pieces per student");
        assert_eq!(size.artifacts, 10, "two portfolio items per student");
        assert_eq!(size.group_sets, 8, "eight group sets per section");
        let plan = plan_year(size, 3, today()).expect("plans");
        assert_eq!(plan.goals.len(), 5, "a goal per student");
        assert_eq!(plan.reflections.len(), 20, "four reflections per student");
        assert_eq!(plan.playlists.len(), 4, "four playlists per section");
        assert!(
            plan.group_sets
                .iter()
                .all(|g| g.groups.iter().all(|m| !m.is_empty())),
            "no empty group"
        );
    }
}
