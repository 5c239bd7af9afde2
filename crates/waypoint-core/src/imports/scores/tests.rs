use super::*;
use crate::mastery::ScaleLevel;
use proptest::prelude::*;

fn sid(n: u8) -> StudentId {
    StudentId::mint(1_700_000_000_000 + u64::from(n), [n; 10])
}

fn nid(n: u8) -> NodeId {
    NodeId::mint(1_700_000_000_000 + u64::from(n), [n; 10])
}

fn pupil(n: u8, given: &str, family: &str, number: &str, email: &str) -> ScoreStudent {
    ScoreStudent {
        id: sid(n),
        display_name: format!("{given} {family}"),
        given_name: given.into(),
        family_name: family.into(),
        preferred_name: String::new(),
        student_number: number.into(),
        source_id: String::new(),
        email: email.into(),
    }
}

fn class() -> Vec<ScoreStudent> {
    vec![
        pupil(1, "Ana", "Lopez", "000123", "ana@school.org"),
        pupil(2, "Bo", "Chen", "124", "bo@school.org"),
        pupil(3, "Cy", "Diaz", "125", ""),
        pupil(4, "Cy", "Diaz", "126", ""),
    ]
}

fn competencies() -> Vec<ScoreCompetency> {
    vec![
        ScoreCompetency {
            id: nid(1),
            code: "RP.1".into(),
            label: "Ratios".into(),
            scale: Scale::default_scale(),
        },
        ScoreCompetency {
            id: nid(2),
            code: "EE.1".into(),
            label: "Expressions".into(),
            scale: Scale::default_scale(),
        },
    ]
}

fn sheet(headers: &[&str], rows: &[&[&str]]) -> Sheet {
    Sheet {
        file: "quiz.csv".into(),
        headers: headers.iter().map(|h| (*h).to_owned()).collect(),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| SheetRow {
                line: i as u32 + 2,
                cells: r.iter().map(|c| (*c).to_owned()).collect(),
            })
            .collect(),
        problems: vec![],
    }
}

fn wide_map() -> ScoresMap {
    ScoresMap {
        shape: Shape::Wide,
        student: StudentFinder::StudentId {
            column: "Student ID".into(),
        },
        competencies: vec![
            CompetencyColumns {
                competency: "RP.1".into(),
                columns: vec!["Ratios %".into()],
                combine: Combine::Average,
            },
            CompetencyColumns {
                competency: nid(2).to_string(),
                columns: vec!["Expr A %".into(), "Expr B %".into()],
                combine: Combine::Average,
            },
        ],
        conversion: Conversion::default(),
        kind: EvidenceKind::Quiz,
        date: DateSource::Fixed {
            date: "2026-03-14".into(),
        },
    }
}

fn levels(plan: &ScoresPlan) -> Vec<(StudentId, String, f64)> {
    plan.evidence
        .iter()
        .map(|e| (e.student_id, e.competency.clone(), e.level))
        .collect()
}

#[test]
fn a_wide_sheet_gives_evidence_per_student_and_competency_on_the_default_cuts() {
    let s = sheet(
        &["Student ID", "Name", "Ratios %", "Expr A %", "Expr B %"],
        &[
            &["123", "Ana", "85", "60", "80"],
            &["124", "Bo", "100%", "", "95"],
            &["999", "Zed", "50", "50", "50"],
        ],
    );
    let plan = plan(&s, &wide_map(), &class(), &competencies(), &[]).expect("the map fits");
    assert_eq!(
        levels(&plan),
        [
            (sid(1), "RP.1".into(), 3.0),
            (sid(1), "EE.1".into(), 2.5),
            (sid(2), "RP.1".into(), 4.0),
            (sid(2), "EE.1".into(), 4.0),
        ],
        "85% is proficient (from 80%), the average of 60 and 80 is 70 (2.5 from 66.6%), an empty cell is skipped and 100% is the top; leading zeros of a Student ID do not matter"
    );
    assert_eq!(
        plan.unmatched,
        [UnmatchedStudent {
            line: 4,
            value: "999".into(),
            reason: msg!("import-scores-no-student", by = "student-id")
        }],
        "the unknown student is listed with its line"
    );
    assert_eq!(
        plan.unmatched[0].reason.to_string(),
        "No student in the class has this Student ID.",
        "the reason reads in English as it did before it had an id"
    );
    assert_eq!(
        plan.evidence[0].note, "Imported from quiz.csv",
        "the note names the file"
    );
    assert_eq!(
        plan.evidence[1].sources.len(),
        2,
        "both columns feeding Expressions are kept as the evidence's sources"
    );
    assert_eq!(
        (plan.counts.evidence_new, plan.counts.students_matched),
        (4, 2),
        "the counts agree with the evidence"
    );
}

#[test]
fn bad_scores_and_dates_are_row_problems_and_the_rest_is_used() {
    let mut map = wide_map();
    map.date = DateSource::Column {
        column: "Timestamp".into(),
        day_first: false,
    };
    let s = sheet(
        &[
            "Timestamp",
            "Student ID",
            "Ratios %",
            "Expr A %",
            "Expr B %",
        ],
        &[
            &["3/14/2026 10:22:05", "123", "abc", "70", "70"],
            &["yesterday", "124", "90", "90", "90"],
            &["2026-03-15", "125", "120", "", ""],
        ],
    );
    let p = plan(&s, &map, &class(), &competencies(), &[]).expect("the map fits");
    assert_eq!(
        levels(&p),
        [(sid(1), "EE.1".into(), 2.5)],
        "only the usable evidence is planned"
    );
    assert_eq!(p.evidence[0].date, "2026-03-14", "a US timestamp is read");
    let reasons: Vec<(u32, String)> = p
        .problems
        .iter()
        .map(|x| (x.line, x.reason.to_string()))
        .collect();
    assert_eq!(reasons.len(), 3, "three problems: {reasons:?}");
    assert!(
        reasons[0].1.contains("\"abc\" is not a score"),
        "a word is not a score: {reasons:?}"
    );
    assert!(
        reasons[1].1.contains("\"yesterday\""),
        "an unreadable date leaves the row out: {reasons:?}"
    );
    assert!(
        reasons[2].1.contains("out of range"),
        "120% is out of range: {reasons:?}"
    );
    assert!(
        p.problems.iter().all(|x| x.file == "quiz.csv"),
        "every problem names the file"
    );
}

#[test]
fn a_renamed_column_or_an_unknown_competency_refuses_the_whole_map() {
    let s = sheet(
        &["Student ID", "Ratios (%)", "Expr A %", "Expr B %"],
        &[&["123", "85", "60", "80"]],
    );
    let e = plan(&s, &wide_map(), &class(), &competencies(), &[]).expect_err("half-mapped");
    assert!(
        e.to_string().contains("\"Ratios %\"") && e.to_string().contains("quiz.csv has changed"),
        "the error names the file and the missing column: {e}"
    );
    let mut map = wide_map();
    map.competencies[0].competency = "NOPE".into();
    let s = sheet(
        &["Student ID", "Ratios %", "Expr A %", "Expr B %"],
        &[&["123", "85", "60", "80"]],
    );
    let e = plan(&s, &map, &class(), &competencies(), &[]).expect_err("unknown");
    assert!(
        e.to_string().contains("no competency \"NOPE\""),
        "an unknown competency is named: {e}"
    );
    let mut map = wide_map();
    map.conversion = Conversion::Percent {
        cuts: vec![Cut {
            min_percent: 50.0,
            level: 2.25,
        }],
    };
    let e = plan(&s, &map, &class(), &competencies(), &[]).expect_err("off scale");
    assert!(
        e.to_string().contains("not a level on the scale"),
        "a cut point off the scale is refused: {e}"
    );
}

#[test]
fn evidence_already_there_is_not_planned_again() {
    let s = sheet(
        &["Student ID", "Ratios %", "Expr A %", "Expr B %"],
        &[&["123", "85", "", ""], &["123", "85", "", ""]],
    );
    let existing = vec![ExistingEvidence {
        student_id: sid(1),
        competency_id: nid(1),
        date: "2026-03-14".into(),
        level: 3.0,
        note: "Imported from quiz.csv".into(),
    }];
    let p = plan(&s, &wide_map(), &class(), &competencies(), &existing).expect("fits");
    assert!(
        p.evidence.iter().all(|e| e.already_there),
        "the same student, competency, date, level and note is already there"
    );
    assert_eq!(
        (p.counts.evidence_new, p.counts.evidence_already),
        (0, 2),
        "nothing to write"
    );
    assert!(p.is_empty(), "so applying writes nothing");
}

#[test]
fn a_long_sheet_groups_a_students_items_per_competency_and_day() {
    let map = ScoresMap {
        shape: Shape::Long {
            item_column: "Skill".into(),
            score_column: "Points".into(),
        },
        student: StudentFinder::Email {
            column: "Email".into(),
        },
        competencies: vec![CompetencyColumns {
            competency: "rp.1".into(),
            columns: vec!["Q1".into(), "Q2".into()],
            combine: Combine::Sum,
        }],
        conversion: Conversion::Points {
            max: 4.0,
            cuts: vec![],
        },
        kind: EvidenceKind::ExitTicket,
        date: DateSource::Column {
            column: "Date".into(),
            day_first: true,
        },
    };
    let s = sheet(
        &["Email", "Date", "Skill", "Points"],
        &[
            &["ANA@school.org", "14/03/2026", "Q1", "2"],
            &["ana@school.org", "14/03/2026", "Q2", "1.5"],
            &["ana@school.org", "14/03/2026", "Q9", "1"],
            &["bo@school.org", "14/03/2026", "Q1", "2"],
            &["bo@school.org", "14/03/2026", "Q2", "3"],
        ],
    );
    let p = plan(&s, &map, &class(), &competencies(), &[]).expect("fits");
    assert_eq!(
        levels(&p),
        [(sid(1), "RP.1".into(), 3.5)],
        "Ana's 2 + 1.5 of 4 points is 87.5%, past 3.5's 86.6%; an email matches without case"
    );
    assert_eq!(p.evidence[0].sources.len(), 2, "both of Ana's rows fed it");
    assert_eq!(
        p.evidence[0].kind,
        EvidenceKind::ExitTicket,
        "the map's kind"
    );
    assert_eq!(
        p.unmapped_items,
        ["Q9"],
        "an item no competency takes is listed"
    );
    assert!(
        p.problems.len() == 1 && p.problems[0].reason.to_string().contains("add up to 5"),
        "Bo's 2 + 3 is more than the 4 points there are: {:?}",
        p.problems
    );
}

#[test]
fn names_match_as_last_first_or_first_last_and_twins_are_not_guessed() {
    let mut map = wide_map();
    map.student = StudentFinder::Name {
        column: "Name".into(),
    };
    let s = sheet(
        &["Name", "Ratios %", "Expr A %", "Expr B %"],
        &[
            &["Lopez, Ana", "90", "", ""],
            &["bo  chen", "90", "", ""],
            &["Cy Diaz", "90", "", ""],
            &["", "", "", ""],
        ],
    );
    let p = plan(&s, &map, &class(), &competencies(), &[]).expect("fits");
    let who: Vec<StudentId> = p.evidence.iter().map(|e| e.student_id).collect();
    assert_eq!(who, [sid(1), sid(2)], "both name orders are matched");
    assert_eq!(p.unmatched.len(), 1, "a blank row is skipped silently");
    assert!(
        p.unmatched[0]
            .reason
            .to_string()
            .contains("More than one student"),
        "two Cy Diaz are never guessed between: {:?}",
        p.unmatched
    );
}

#[test]
fn default_cuts_put_proficient_at_80_percent() {
    let cuts = default_cuts(&Scale::default_scale());
    let at: Vec<(f64, f64)> = cuts.iter().map(|c| (c.level, c.min_percent)).collect();
    assert_eq!(
        at,
        [
            (0.0, 0.0),
            (0.5, 13.3),
            (1.0, 26.6),
            (1.5, 40.0),
            (2.0, 53.3),
            (2.5, 66.6),
            (3.0, 80.0),
            (3.5, 86.6),
            (4.0, 93.3)
        ],
        "the documented default cut points on the 0-4 scale"
    );
}

#[test]
fn a_vendor_scale_puts_its_proficient_mark_on_the_threshold() {
    let vendor = Conversion::Vendor {
        min: 0.0,
        proficient: 70.0,
        max: 100.0,
    };
    let scale = Scale::default_scale();
    let at = |v: f64| vendor.level(v, &scale, &[]);
    assert_eq!(at(70.0), Some(3.0), "the proficient mark is proficient");
    assert_eq!(at(69.9), Some(2.5), "just below it is not (rounded down)");
    assert_eq!(at(100.0), Some(4.0), "the top is the top");
    assert_eq!(at(0.0), Some(0.0), "the bottom is the bottom");
    assert_eq!(at(101.0), None, "above the vendor's max is out of range");
}

#[test]
fn scores_and_dates_are_read_as_files_write_them() {
    let v = |s: &str| parse_score(s).map(|c| (c.value, c.out_of));
    assert_eq!(v("85%"), Some((85.0, None)), "a percent sign");
    assert_eq!(v("7 / 10"), Some((7.0, Some(10.0))), "a Google Forms total");
    assert_eq!(v("72,5"), Some((72.5, None)), "a decimal comma");
    assert_eq!(v("n/a"), None, "not a number");
    assert_eq!(
        Conversion::default().value_of(parse_score("7 / 10").expect("fraction")),
        70.0,
        "a fraction is a percent under the percent conversion"
    );
    let d = |s: &str, day_first| parse_date(s, day_first);
    assert_eq!(
        d("2026/03/14 10:22:05 AM GMT-5", false).as_deref(),
        Some("2026-03-14")
    );
    assert_eq!(d("03/04/2026", true).as_deref(), Some("2026-04-03"));
    assert_eq!(d("03/04/2026", false).as_deref(), Some("2026-03-04"));
    assert_eq!(
        d("2026-03-14T09:00:00Z", false).as_deref(),
        Some("2026-03-14")
    );
    assert_eq!(d("14.03.2026", false).as_deref(), Some("2026-03-14"));
    assert_eq!(d("3/14/26", false), None, "a two-digit year is not guessed");
    assert_eq!(d("2026-02-30", false), None, "no such day");
}

#[test]
fn headers_are_recognized_and_changes_listed() {
    let saved: Vec<String> = ["Student ID", "Ratios %", "Expr A %", "Expr B %"]
        .map(String::from)
        .to_vec();
    let map = wide_map();
    let reordered: Vec<String> = ["student_id", "Expr B %", "Ratios %", "Expr A %"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        check_headers(&saved, &map, &reordered),
        HeaderCheck::Same,
        "order and spelling of a header do not matter"
    );
    let renamed: Vec<String> = ["Student ID", "Ratios (%)", "Expr A %", "Expr B %", "Notes"]
        .map(String::from)
        .to_vec();
    let check = check_headers(&saved, &map, &renamed);
    assert_eq!(
        check,
        HeaderCheck::Changed {
            missing: vec!["Ratios %".into()],
            added: vec!["Ratios (%)".into(), "Notes".into()],
            renamed: vec![Rename {
                from: "Ratios %".into(),
                to: "Ratios (%)".into()
            }],
            unusable: vec!["Ratios %".into()],
        },
        "what changed is listed, with the rename guessed from the column's place"
    );
    assert!(!check.usable(), "a gone mapped column blocks applying");
}

fn scale_strategy() -> impl Strategy<Value = Scale> {
    (2usize..8, 1usize..7).prop_map(|(n, t)| {
        let levels: Vec<ScaleLevel> = (0..n)
            .map(|i| ScaleLevel {
                value: i as f64 * 0.5 + 1.0,
                label: format!("L{i}"),
                descriptor: String::new(),
            })
            .collect();
        let threshold = levels[t.min(n - 1).max(1)].value;
        Scale { levels, threshold }
    })
}

fn conversion_strategy() -> impl Strategy<Value = Conversion> {
    prop_oneof![
        Just(Conversion::default()),
        (1.0f64..50.0).prop_map(|max| Conversion::Points { max, cuts: vec![] }),
        (0.0f64..100.0, 1.0f64..100.0, 1.0f64..100.0).prop_map(|(min, a, b)| Conversion::Vendor {
            min,
            proficient: min + a,
            max: min + a + b,
        }),
    ]
}

proptest! {
    #[test]
    fn a_higher_score_never_gives_a_lower_level_and_every_level_is_on_the_scale(
        scale in scale_strategy(),
        conversion in conversion_strategy(),
        a in 0.0f64..=1.0,
        b in 0.0f64..=1.0,
    ) {
        let (lo, hi) = conversion.range();
        let (x, y) = (lo + a.min(b) * (hi - lo), lo + a.max(b) * (hi - lo));
        let lx = conversion.level(x, &scale, &[]);
        let ly = conversion.level(y, &scale, &[]);
        let (lx, ly) = (lx.expect("in range"), ly.expect("in range"));
        prop_assert!(lx <= ly, "{x} gives {lx} but the higher {y} gives {ly}");
        for l in [lx, ly] {
            prop_assert!(scale.levels.iter().any(|s| s.value == l), "{l} is a level of the scale");
        }
    }
}
