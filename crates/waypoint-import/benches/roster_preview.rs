//! Previewing a district-size OneRoster 1.1 export (1,000 students, 400 sections, 9,000
//! student enrollments, from `roster::synthetic::synthetic_district`) as the import dialog
//! does, from a folder on disk, against a database that already holds one teacher's five
//! sections: `inspect_roster` (read the files, list the teachers and sections and which
//! classes they would update) and `preview_roster` for one teacher's sections and for all
//! 400. The baseline, measured in the same run, is reading the same files from disk and one
//! bare `csv` crate pass over them, the least any preview must do. Run with
//! `cargo bench -p waypoint-import --bench roster_preview`; the figures go in BENCHMARKS.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_main};
use waypoint_core::imports::roster_plan::RosterChoice;
use waypoint_import::roster::synthetic::synthetic_district;
use waypoint_import::roster_import::{apply_roster, inspect_roster, preview_roster};
use waypoint_store::Db;

/// Every file of the folder read from disk and parsed by the `csv` crate, counting fields.
fn baseline(folder: &Path) -> usize {
    let mut fields = 0;
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .expect("the folder lists")
        .map(|e| e.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let bytes = std::fs::read(&path).expect("a file reads");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes.as_slice());
        let mut record = csv::StringRecord::new();
        while reader.read_record(&mut record).expect("a record") {
            fields += record.len();
        }
    }
    fields
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let folder = dir.path().join("district");
    std::fs::create_dir(&folder).expect("the folder is made");
    for file in synthetic_district(1_000, 400, 9_000, 15).files {
        std::fs::write(folder.join(&file.name), &file.bytes).expect("a file is written");
    }
    let mut db = Db::open(&dir.path().join("bench.sqlite3")).expect("the database opens");
    let seen = inspect_roster(&db, &folder, None).expect("the district reads");
    assert_eq!(
        (seen.student_count, seen.sections.len()),
        (1_000, 400),
        "the benchmark previews the district-size set it claims to"
    );
    let teacher = seen.teachers[0].source_id.clone();
    let mine: Vec<String> = seen
        .sections
        .iter()
        .filter(|s| s.teacher_ids.contains(&teacher))
        .map(|s| s.source_id.clone())
        .collect();
    let one_teacher = RosterChoice {
        teacher_id: teacher,
        section_ids: mine,
        archive: vec![],
    };
    // Her classes are already here, so the preview matches students rather than only adding.
    apply_roster(&mut db, &folder, None, &one_teacher, 1, &mut |_, _| {}).expect("applies");
    let everything = RosterChoice {
        section_ids: seen.sections.iter().map(|s| s.source_id.clone()).collect(),
        ..RosterChoice::default()
    };

    let mut group = c.benchmark_group("roster_preview_1000_students_400_sections_9000_enrollments");
    group.sample_size(20);
    group.bench_function("baseline_read_and_bare_csv_pass", |b| {
        b.iter(|| black_box(baseline(black_box(&folder))))
    });
    group.bench_function("inspect", |b| {
        b.iter(|| black_box(inspect_roster(&db, &folder, None).expect("inspects")))
    });
    group.bench_function("preview_one_teachers_sections", |b| {
        b.iter(|| black_box(preview_roster(&db, &folder, None, &one_teacher).expect("previews")))
    });
    group.bench_function("preview_all_400_sections", |b| {
        b.iter(|| black_box(preview_roster(&db, &folder, None, &everything).expect("previews")))
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
