//! The backend's share, timed directly on the use cases the app's commands call: quick
//! capture's save (`record_evidence`, what one keystroke in the capture grid runs), the op
//! log's `rebuild`, and one class's full bundle exported and imported into an empty database.
//! Each runs on its own copy of the benchmark database.

use crate::Figures;
use anyhow::{Context, Result};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;
use waypoint_core::evidence::{EvidenceInput, EvidenceKind};
use waypoint_store::{Db, evidence, roster};
use waypoint_sync::bundle;

/// What the backend measurements found.
pub struct Backend {
    /// The database file's size, in bytes.
    pub db_bytes: u64,
    /// The class the bundle carried (the one with the most students).
    pub class_name: String,
    /// Its students.
    pub students: usize,
    /// Its competencies (the mastery grid's columns).
    pub competencies: usize,
    /// The ops in the class's bundle.
    pub bundle_ops: usize,
    /// The bundle's size in bytes.
    pub bundle_bytes: usize,
    /// One quick-capture save.
    pub capture: Figures,
    /// `Db::rebuild`.
    pub rebuild: Figures,
    /// `bundle::export_class`.
    pub export: Figures,
    /// `bundle::decode` and `bundle::import` into an empty database.
    pub import: Figures,
}

fn copy_of(db: &Path, dir: &Path, name: &str) -> Result<Db> {
    let path = dir.join(name);
    crate::copy_database(db, &path)?;
    Ok(Db::open(&path)?)
}

/// Runs every backend measurement on copies of `db` made in `dir`.
pub fn measure(db: &Path, dir: &Path, runs: usize) -> Result<Backend> {
    let db_bytes = std::fs::metadata(db)?.len();
    let mut work = copy_of(db, dir, "capture.sqlite3")?;
    // The class with the most students: the one a bundle of "one class" is about.
    let classes = roster::list_classes(work.conn(), false)?;
    let mut best = None;
    for c in classes {
        let n = roster::list_students(work.conn(), c.id, false)?.len();
        if best.as_ref().is_none_or(|(_, m)| n > *m) {
            best = Some((c, n));
        }
    }
    let (class, students) = best.context("the benchmark database has no class")?;
    let grid = evidence::mastery_grid(work.conn(), class.id)?;
    let competencies = grid.competencies.len();
    anyhow::ensure!(
        students > 0 && competencies > 0,
        "class {} has no students or no competencies to capture evidence for",
        class.name
    );

    // Quick capture: one save per keystroke, across the grid as a teacher goes down a column.
    let date = chrono::Local::now().format("%Y-%m-%d").to_string();
    let mut capture = Vec::new();
    for i in 0..runs * 30 {
        let input = EvidenceInput {
            student_id: grid.students[i % students].id.to_string(),
            competency_id: grid.competencies[(i / students) % competencies]
                .id
                .to_string(),
            level: 3.0,
            date: date.clone(),
            kind: EvidenceKind::Observation,
            note: String::new(),
        };
        let began = Instant::now();
        black_box(evidence::record_evidence(&mut work, &input)?);
        capture.push(began.elapsed());
    }
    drop(work);

    let mut rebuild = Vec::new();
    for i in 0..runs {
        let mut copy = copy_of(db, dir, &format!("rebuild-{i}.sqlite3"))?;
        let began = Instant::now();
        copy.rebuild()?;
        rebuild.push(began.elapsed());
    }

    let (mut export, mut import) = (Vec::new(), Vec::new());
    let (mut bundle_ops, mut bundle_bytes) = (0, 0);
    for i in 0..runs {
        let mut source = copy_of(db, dir, &format!("export-{i}.sqlite3"))?;
        let began = Instant::now();
        let bytes = bundle::export_class(&mut source, class.id, None, "bench", 1)?;
        export.push(began.elapsed());
        drop(source);
        let mut target = Db::open(&dir.join(format!("import-{i}.sqlite3")))?;
        let began = Instant::now();
        let decoded = bundle::decode(&bytes)?;
        let accept = decoded.manifest.class_ids.clone();
        black_box(bundle::import(&mut target, &decoded, false, &accept)?);
        import.push(began.elapsed());
        bundle_ops = decoded.ops.len();
        bundle_bytes = bytes.len();
    }
    Ok(Backend {
        db_bytes,
        class_name: class.name,
        students,
        competencies,
        bundle_ops,
        bundle_bytes,
        capture: Figures::of_durations(&capture),
        rebuild: Figures::of_durations(&rebuild),
        export: Figures::of_durations(&export),
        import: Figures::of_durations(&import),
    })
}
