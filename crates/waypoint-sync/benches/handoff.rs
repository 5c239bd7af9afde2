//! A 150,000-op handoff: export from a database, and import into an empty one, against a
//! baseline measured in the same run: a bare rusqlite bulk insert of the same op rows into
//! a table with the op log's schema (no decoding, no materialized rows, no bookkeeping).
//! Run with `make bench`; the figures go in BENCHMARKS.md.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_main};
use rusqlite::{Connection, params};
use serde_json::json;
use waypoint_core::evidence::EVIDENCE;
use waypoint_core::op::{Fields, Op};
use waypoint_core::roster::{ClassInput, StudentInput};
use waypoint_store::{Db, roster};
use waypoint_sync::bundle;

const STUDENTS: usize = 30;
const CREATED: usize = 100_000;
const EDITED: usize = 50_000;

/// A class of 30, then 100,000 pieces of evidence and 50,000 edits of them: with the
/// class and students, about 150,000 ops.
fn source(dir: &std::path::Path) -> Db {
    let mut db = Db::open(&dir.join("source.sqlite3")).expect("open");
    let class = roster::create_class(
        &mut db,
        &ClassInput {
            name: "Bench".into(),
            ..Default::default()
        },
    )
    .expect("class");
    let students: Vec<String> = (0..STUDENTS)
        .map(|i| {
            let s = StudentInput {
                given_name: format!("Student{i}"),
                family_name: "Bench".into(),
                ..Default::default()
            };
            roster::create_student(&mut db, class.id, &s)
                .expect("student")
                .id
                .to_string()
        })
        .collect();
    let ids: Vec<String> = (0..CREATED)
        .map(|i| format!("01900000-0000-7000-8000-{i:012}"))
        .collect();
    db.write(|w| {
        for (i, id) in ids.iter().enumerate() {
            let f: Fields = [
                ("student_id", json!(students[i % STUDENTS])),
                ("competency_id", json!(format!("c{}", i % 80))),
                ("level", json!((i % 9) as f64 / 2.0)),
                ("date", json!(format!("2026-10-{:02}", 1 + i % 28))),
                ("kind", json!("observation")),
                ("note", json!("")),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
            w.set(&EVIDENCE, id, f)?;
        }
        for (i, id) in ids.iter().take(EDITED).enumerate() {
            let f: Fields = [("level".to_owned(), json!(((i + 3) % 9) as f64 / 2.0))]
                .into_iter()
                .collect();
            w.set(&EVIDENCE, id, f)?;
        }
        Ok(())
    })
    .expect("evidence");
    db
}

/// An empty table with the op log's schema, opened with the pragmas the store sets.
fn bare_table(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).expect("open");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "NORMAL")
        .expect("sync");
    conn.execute_batch(
        "CREATE TABLE op (origin TEXT NOT NULL, seq INTEGER NOT NULL, hlc_wall INTEGER NOT NULL,
             hlc_counter INTEGER NOT NULL, deps TEXT NOT NULL, tbl TEXT NOT NULL,
             row_id TEXT NOT NULL, kind TEXT NOT NULL, fields TEXT NOT NULL,
             PRIMARY KEY (origin, seq)) STRICT, WITHOUT ROWID;
         CREATE INDEX op_by_row ON op (tbl, row_id);",
    )
    .expect("schema");
    conn
}

/// The op rows as the baseline inserts them, serialized beforehand so the baseline is
/// only SQLite's work.
type Row = (
    String,
    i64,
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
);

fn rows(ops: &[Op]) -> Vec<Row> {
    ops.iter()
        .map(|o| {
            (
                o.id.stream.to_string(),
                o.id.seq as i64,
                o.hlc.wall_ms as i64,
                o.hlc.counter as i64,
                serde_json::to_string(&o.deps).expect("deps"),
                o.table.clone(),
                o.row_id.clone(),
                o.kind.as_str().to_owned(),
                serde_json::to_string(&o.fields).expect("fields"),
            )
        })
        .collect()
}

fn bare_insert(conn: &mut Connection, rows: &[Row]) {
    let tx = conn.transaction().expect("tx");
    {
        let mut stmt = tx
            .prepare("INSERT INTO op VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .expect("prepare");
        for r in rows {
            stmt.execute(params![r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8])
                .expect("insert");
        }
    }
    tx.commit().expect("commit");
}

fn benches() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = source(dir.path());
    let ops = db.ops().expect("ops");
    let bytes = bundle::export(&db, None, "bench", 1).expect("export");
    let decoded = bundle::decode(&bytes).expect("decode");
    assert_eq!(decoded.ops.len(), ops.len(), "the bundle carries every op");
    let accept = decoded.manifest.class_ids.clone();
    let baseline_rows = rows(&ops);
    eprintln!(
        "{} ops, bundle {:.1} MB",
        ops.len(),
        bytes.len() as f64 / 1_048_576.0
    );
    let counter = std::cell::Cell::new(0u64);
    // Each run imports into a new file; the earlier ones are removed first, so gigabytes
    // of finished runs do not pile up in the page cache and slow the later runs.
    let fresh_path = || {
        if let Ok(entries) = std::fs::read_dir(dir.path()) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with("target-") {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        counter.set(counter.get() + 1);
        dir.path().join(format!("target-{}.sqlite3", counter.get()))
    };

    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    let mut g = c.benchmark_group("handoff_150k");
    g.bench_function("export_bundle", |b| {
        b.iter(|| black_box(bundle::export(&db, None, "bench", 1).expect("export")))
    });
    g.bench_function("decode_bundle", |b| {
        b.iter(|| black_box(bundle::decode(&bytes).expect("decode")))
    });
    g.bench_function("import_into_empty", |b| {
        b.iter_batched(
            || Db::open(&fresh_path()).expect("open"),
            |mut target| {
                black_box(bundle::import(&mut target, &decoded, false, &accept).expect("import"));
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("baseline_bare_insert", |b| {
        b.iter_batched(
            || bare_table(&fresh_path()),
            |mut conn| bare_insert(&mut conn, &baseline_rows),
            BatchSize::PerIteration,
        )
    });
    g.finish();

    // The ratio, from runs interleaved so both see the same machine load.
    let (mut import, mut bare) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        {
            let mut target = Db::open(&fresh_path()).expect("open");
            let t = Instant::now();
            bundle::import(&mut target, &decoded, false, &accept).expect("import");
            import.push(t.elapsed().as_secs_f64());
        }
        let mut conn = bare_table(&fresh_path());
        let t = Instant::now();
        bare_insert(&mut conn, &baseline_rows);
        bare.push(t.elapsed().as_secs_f64());
        drop(conn);
    }
    import.sort_by(f64::total_cmp);
    bare.sort_by(f64::total_cmp);
    let (import, bare) = (import[2], bare[2]);
    let n = ops.len() as f64;
    println!(
        "import into empty: {:.0} ops/s ({import:.3} s); bare insert: {:.0} ops/s ({bare:.3} s); import/bare throughput ratio: {:.2}",
        n / import,
        n / bare,
        bare / import
    );
}

criterion_main!(benches);
