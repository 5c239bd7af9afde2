//! The class's next steps for 35 students × 80 competencies with 30,000 pieces of evidence
//! and a realistic progression (each competency requires the one before it in its strand,
//! every third also the one before that), against the mastery grid measured in the same
//! run: next steps are the grid plus readiness, so the ratio is what they add. Run with
//! `make bench`; the figures go in BENCHMARKS.md (targets: ≤ 30 ms, ≤ 2× the grid).

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_main};
use serde_json::json;
use waypoint_core::evidence::EVIDENCE;
use waypoint_core::evidence::MasteryGrid;
use waypoint_core::frameworks::{FrameworkInput, NodeInput, NodeKind};
use waypoint_core::ids::{ClassId, EvidenceId, FrameworkId, NodeId};
use waypoint_core::op::Fields;
use waypoint_core::progressions::{Column, Preferences, Prerequisite, Standing};
use waypoint_core::roster::{ClassInput, StudentInput};
use waypoint_store::{Db, evidence, frameworks, progressions, roster};

const STUDENTS: usize = 35;
const STRANDS: usize = 4;
const PER_STRAND: usize = 20;
const EVIDENCE_ROWS: usize = 30_000;

/// A class, its framework with its progression, and its evidence.
fn setup(dir: &std::path::Path) -> (Db, ClassId, FrameworkId, usize) {
    let mut db = Db::open(&dir.join("bench.sqlite3")).expect("open");
    let class_id = roster::create_class(
        &mut db,
        &ClassInput {
            name: "Bench".into(),
            ..Default::default()
        },
    )
    .expect("class")
    .id;
    let students: Vec<String> = (0..STUDENTS)
        .map(|i| {
            let s = StudentInput {
                given_name: format!("Student{i}"),
                family_name: "Bench".into(),
                ..Default::default()
            };
            roster::create_student(&mut db, class_id, &s)
                .expect("student")
                .id
                .to_string()
        })
        .collect();
    let fw_id = frameworks::create_framework(
        &mut db,
        &FrameworkInput {
            title: "Bench framework".into(),
            subject: String::new(),
        },
    )
    .expect("framework")
    .id;
    frameworks::attach_framework(&mut db, class_id, fw_id).expect("attach");
    let mut competencies: Vec<NodeId> = Vec::new();
    let mut edges = 0;
    for s in 0..STRANDS {
        let strand = frameworks::create_node(&mut db, fw_id, None, &node(NodeKind::Strand, s, 0))
            .expect("strand")
            .id;
        let mut in_strand: Vec<NodeId> = Vec::new();
        for c in 0..PER_STRAND {
            let n = node(NodeKind::Competency, s, c + 1);
            let id = frameworks::create_node(&mut db, fw_id, Some(strand), &n)
                .expect("competency")
                .id;
            // Each competency builds on the one before it; every third on two before it too.
            let mut requires = Vec::new();
            if c >= 1 {
                requires.push(in_strand[c - 1]);
            }
            if c >= 2 && c % 3 == 0 {
                requires.push(in_strand[c - 2]);
            }
            for r in requires {
                progressions::add_prerequisite(&mut db, id, r).expect("prerequisite");
                edges += 1;
            }
            in_strand.push(id);
        }
        competencies.extend(in_strand);
    }
    db.write(|w| {
        for i in 0..EVIDENCE_ROWS {
            let student = &students[i % STUDENTS];
            let competency = competencies[(i / STUDENTS) % competencies.len()].to_string();
            let day = 1 + (i / (STUDENTS * competencies.len())) % 28;
            let level = ((i * 7) % 9) as f64 / 2.0;
            let fields: Fields = [
                ("student_id", json!(student)),
                ("competency_id", json!(competency)),
                ("level", json!(level)),
                ("date", json!(format!("2026-10-{day:02}"))),
                ("kind", json!("quiz")),
                ("note", json!("")),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
            let id = EvidenceId::mint(
                w.wall_ms(),
                (i as u128).to_be_bytes()[6..].try_into().expect("10 bytes"),
            );
            w.set(&EVIDENCE, &id.to_string(), fields)?;
        }
        Ok(())
    })
    .expect("evidence");
    (db, class_id, fw_id, edges)
}

/// The part of next steps that is not the grid: readiness and ordering for every student,
/// from a grid already read (the core rules alone, no SQL).
fn readiness_only(grid: &MasteryGrid, edges: &[Prerequisite]) -> usize {
    let columns: Vec<Column> = grid
        .competencies
        .iter()
        .map(|c| Column {
            id: c.id,
            name: c.code.clone(),
            credit_from_later: false,
        })
        .collect();
    let mut steps = 0;
    for row in &grid.cells {
        let standing: Vec<Standing> = row
            .iter()
            .map(|cell| Standing {
                status: Some(cell.status),
                level: cell.level,
                evidence: cell.count,
            })
            .collect();
        let states = waypoint_core::progressions::readiness(&columns, edges, &standing);
        steps += waypoint_core::progressions::next_steps(
            &states,
            &standing,
            &[],
            &Preferences::default(),
            &Default::default(),
        )
        .len();
    }
    steps
}

fn node(kind: NodeKind, strand: usize, n: usize) -> NodeInput {
    NodeInput {
        kind,
        code: format!("B.{strand}.{n}"),
        label: String::new(),
        statement: format!("Bench statement {strand}.{n}"),
        grade_levels: vec!["06".into()],
    }
}

/// The median of timings in seconds, in milliseconds.
fn median_ms(samples: &mut [f64]) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2] * 1000.0
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, class_id, fw_id, edges) = setup(dir.path());
    let grid_once = evidence::mastery_grid(db.conn(), class_id).expect("grid");
    let prerequisites = progressions::list_prerequisites(db.conn(), fw_id).expect("edges");
    let steps = progressions::class_next_steps(db.conn(), class_id).expect("next steps");
    assert_eq!(steps.students.len(), STUDENTS, "every student has a line");
    let ready: usize = steps.competencies.iter().map(|c| c.students.len()).sum();
    let with_step = steps.students.iter().filter(|s| s.next.is_some()).count();
    println!(
        "setup: {STUDENTS} students, {} competencies, {edges} prerequisites, {EVIDENCE_ROWS} pieces of evidence; {ready} (student, competency) pairs ready or working, {with_step} students with a next step",
        STRANDS * PER_STRAND
    );
    assert!(
        ready > 0 && ready < STUDENTS * STRANDS * PER_STRAND,
        "the progression leaves some competencies ready and some waiting"
    );

    let mut group = c.benchmark_group("next_steps_35x80_30k");
    group.bench_function("mastery_grid", |b| {
        b.iter(|| black_box(evidence::mastery_grid(db.conn(), class_id).expect("grid")))
    });
    group.bench_function("class_next_steps", |b| {
        b.iter(|| {
            black_box(progressions::class_next_steps(db.conn(), class_id).expect("next steps"))
        })
    });
    group.bench_function("readiness_only", |b| {
        b.iter(|| black_box(readiness_only(&grid_once, &prerequisites)))
    });
    group.finish();

    // The ratio, from runs interleaved so both see the same machine load.
    let (mut grid, mut next, mut rules) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..21 {
        let t = Instant::now();
        black_box(readiness_only(&grid_once, &prerequisites));
        rules.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        black_box(evidence::mastery_grid(db.conn(), class_id).expect("grid"));
        grid.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        black_box(progressions::class_next_steps(db.conn(), class_id).expect("next steps"));
        next.push(t.elapsed().as_secs_f64());
    }
    let (grid, next, rules) = (
        median_ms(&mut grid),
        median_ms(&mut next),
        median_ms(&mut rules),
    );
    println!(
        "interleaved medians: mastery_grid {grid:.2} ms, class_next_steps {next:.2} ms (readiness alone {rules:.3} ms); next steps / grid ratio: {:.2}",
        next / grid
    );
}

// criterion's macro generates an undocumented `benches` function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
