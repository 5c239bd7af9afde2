//! Reading a district-size OneRoster 1.1 set: 1,000 students, 400 sections and 9,000 student
//! enrollments (plus 80 teachers, 500 guardians and 400 teacher enrollments) from
//! `roster::synthetic::synthetic_district`, with `roster::read`. Measured in the same run,
//! the baseline is a bare `csv` crate pass over the same bytes (every record of every file
//! parsed, nothing built), the least any reader must do. Run with
//! `cargo bench -p waypoint-import --bench roster_read`; the figures go in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_main};
use waypoint_import::roster::read;
use waypoint_import::roster::synthetic::synthetic_district;
use waypoint_import::source::Source;

/// Every record of every file through the `csv` crate, counting fields.
fn baseline(source: &Source) -> usize {
    let mut fields = 0;
    for file in &source.files {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(file.bytes.as_slice());
        let mut record = csv::StringRecord::new();
        while reader.read_record(&mut record).expect("a record") {
            fields += record.len();
        }
    }
    fields
}

fn bench(c: &mut Criterion) {
    let district = synthetic_district(1_000, 400, 9_000, 15);
    let roster = read(&district, None).expect("the district reads");
    let enrollments: usize = roster.sections.iter().map(|s| s.student_ids.len()).sum();
    assert_eq!(
        (roster.students.len(), roster.sections.len(), enrollments),
        (1_000, 400, 9_000),
        "the benchmark reads the district-size set it claims to"
    );
    assert!(roster.problems.is_empty(), "and reads it without problems");

    let mut group = c.benchmark_group("roster_read_1000_students_400_sections_9000_enrollments");
    group.bench_function("baseline_bare_csv_pass", |b| {
        b.iter(|| black_box(baseline(black_box(&district))))
    });
    group.bench_function("roster_read", |b| {
        b.iter(|| black_box(read(black_box(&district), None).expect("reads")))
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
