//! The mastery grid for 35 students × 80 competencies with 30,000 pieces of evidence, from
//! SQLite to the rows the UI receives, against a baseline measured in the same run: a
//! hand-written query that only fetches the same evidence. Run with `make bench`; the
//! figures go in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_main};
use serde_json::json;
use waypoint_core::evidence::EVIDENCE;
use waypoint_core::frameworks::{FrameworkInput, NodeInput, NodeKind};
use waypoint_core::ids::{ClassId, EvidenceId};
use waypoint_core::op::Fields;
use waypoint_core::roster::{ClassInput, StudentInput};
use waypoint_store::{Db, evidence, frameworks, roster};

const STUDENTS: usize = 35;
const STRANDS: usize = 4;
const PER_STRAND: usize = 20;
const EVIDENCE_ROWS: usize = 30_000;

/// A class, its framework and its evidence; returns the database and the class id.
fn setup(dir: &std::path::Path) -> (Db, ClassId) {
    let mut db = Db::open(&dir.join("bench.sqlite3")).expect("open");
    let class = roster::create_class(
        &mut db,
        &ClassInput {
            name: "Bench".into(),
            ..Default::default()
        },
    )
    .expect("class");
    let class_id = class.id;
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
    let fw = frameworks::create_framework(
        &mut db,
        &FrameworkInput {
            title: "Bench framework".into(),
            subject: String::new(),
        },
    )
    .expect("framework");
    let fw_id = fw.id;
    frameworks::attach_framework(&mut db, class_id, fw_id).expect("attach");
    let mut competencies = Vec::new();
    for s in 0..STRANDS {
        let strand = frameworks::create_node(&mut db, fw_id, None, &node(NodeKind::Strand, s, 0))
            .expect("strand")
            .id;
        for c in 0..PER_STRAND {
            let n = node(NodeKind::Competency, s, c + 1);
            let id = frameworks::create_node(&mut db, fw_id, Some(strand), &n)
                .expect("competency")
                .id;
            competencies.push(id.to_string());
        }
    }
    db.write(|w| {
        for i in 0..EVIDENCE_ROWS {
            let student = &students[i % STUDENTS];
            let competency = &competencies[(i / STUDENTS) % competencies.len()];
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
    (db, class_id)
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

/// The baseline: one query that only fetches the same evidence, in whatever order SQLite
/// likes, with no calculation and no shaping.
fn fetch_evidence_only(db: &Db, class_id: &str) -> Vec<(String, String, String, f64)> {
    let mut stmt = db
        .conn()
        .prepare_cached(
            "SELECT e.student_id, e.competency_id, e.date, e.level FROM evidence e
             JOIN student s ON s.id = e.student_id
             WHERE s.class_id = ?1 AND s._deleted = 0 AND e._deleted = 0",
        )
        .expect("prepare");
    stmt.query_map([class_id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })
    .expect("query")
    .collect::<Result<_, _>>()
    .expect("rows")
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, class_id) = setup(dir.path());
    let grid = evidence::mastery_grid(db.conn(), class_id).expect("grid");
    assert_eq!(grid.students.len(), STUDENTS, "every student is a row");
    assert_eq!(
        grid.competencies.len(),
        STRANDS * PER_STRAND,
        "every competency is a column"
    );
    let total: u32 = grid.cells.iter().flatten().map(|c| c.count).sum();
    assert_eq!(
        total as usize, EVIDENCE_ROWS,
        "every piece of evidence is counted once"
    );
    assert_eq!(
        fetch_evidence_only(&db, &class_id.to_string()).len(),
        EVIDENCE_ROWS,
        "the baseline fetches the same rows"
    );

    let mut group = c.benchmark_group("mastery_grid_35x80_30k");
    group.bench_function("baseline_sql_fetch_only", |b| {
        b.iter(|| black_box(fetch_evidence_only(&db, &class_id.to_string())))
    });
    group.bench_function("mastery_grid", |b| {
        b.iter(|| black_box(evidence::mastery_grid(db.conn(), class_id).expect("grid")))
    });
    group.bench_function("mastery_grid_to_json", |b| {
        b.iter(|| {
            let grid = evidence::mastery_grid(db.conn(), class_id).expect("grid");
            black_box(serde_json::to_vec(&grid).expect("json"))
        })
    });
    group.finish();
}

// criterion's macro generates an undocumented `benches` function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
