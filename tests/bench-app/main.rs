//! `make bench-app`: the release app in the real webview, against WebKit's own floor
//! measured in the same run (issue 17). A benchmark, not a test: it prints figures and
//! ratios for BENCHMARKS.md and asserts nothing about them.
//!
//! - Cold start: the session request (which launches the app) to the first roster row,
//!   against MiniBrowser launched the same way and loading a static page of about the
//!   first view's size (a styled list), to an element with the same test id.
//! - Views: each main view from the click in the navigation to its ready element (one that
//!   only appears once its data is rendered), timed inside the page.
//! - Memory: the PSS of the app and its WebKit processes after every view was visited,
//!   against MiniBrowser's after its page.
//! - Backend and database: see `backend.rs`.
//!
//! Every app run gets a fresh copy of the database in its own XDG folders. Settings, from
//! the environment: `WAYPOINT_BENCH_DB` (a database to use instead of generating one),
//! `WAYPOINT_BENCH_APP` (the app binary; by default the one cargo built with this bench),
//! `WAYPOINT_BENCH_CLI` (the `waypoint` binary that generates the database; by default the
//! one beside the app), `WAYPOINT_BENCH_RUNS` (cold starts and backend runs, default 7),
//! `WAYPOINT_BENCH_ROUNDS` (rounds over the views, default 10).

mod backend;
mod webview;

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use webview::{Session, Target};

/// The arguments of `waypoint` that write the benchmark database. THE ONE PLACE TO SWITCH
/// to the school year (issue 17): `["demo", "--scale", "year"]`. Until it is switched and
/// run, the figures in BENCHMARKS.md are on the demo class.
const DEMO_ARGS: &[&str] = &["demo"];

/// The first view painted with data, in the app and in the baseline page alike.
const FIRST_VIEW: &str = "[data-testid=roster-item]";

/// The views, in the order a round visits them (it starts on Students, where the app
/// opens, so the first is another), with their navigation id and ready element.
const VIEWS: &[(&str, &str, &str)] = &[
    (
        "Evidence",
        "evidence",
        "#capture-competency option:not([value=\"\"])",
    ),
    ("Mastery", "mastery", "[data-testid=grid-cell]"),
    (
        "Today",
        "today",
        "[data-testid=today-page] [data-testid=coverage-list]",
    ),
    (
        "Groups",
        "groups",
        "[data-testid=groups-target], [data-testid=groups-no-students]",
    ),
    ("Sync", "sync", "[data-testid=sync-laptop]"),
    ("Students", "students", "[data-testid=roster-item]"),
    (
        "Goals (another student)",
        "goals",
        "[data-testid=student-goals] [data-testid=goal-item], [data-testid=student-goals-empty]",
    ),
];

/// The baseline's page: about what the app first paints, a header and a styled list of
/// names, with no script.
const BASELINE_PAGE: &str = r##"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baseline</title>
<style>
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; color: #1d2330; background: #f6f7f9; }
header { display: flex; gap: 16px; padding: 10px 20px; background: #fff; border-bottom: 1px solid #dde1e7; }
header a { color: #33507a; text-decoration: none; padding: 4px 8px; border-radius: 6px; }
main { display: grid; grid-template-columns: 280px 1fr; gap: 20px; padding: 20px; }
ul { list-style: none; margin: 0; padding: 8px; background: #fff; border-radius: 10px; box-shadow: 0 1px 2px #0002; }
li button { display: block; width: 100%; text-align: left; padding: 6px 10px; border: 0; background: none; font: inherit; border-radius: 6px; }
li button:hover { background: #eef2f8; }
section { background: #fff; border-radius: 10px; padding: 16px; box-shadow: 0 1px 2px #0002; }
</style></head>
<body><header><strong>Waypoint</strong><a href="#">Students</a><a href="#">Evidence</a>
<a href="#">Mastery</a><a href="#">Frameworks</a><a href="#">Sync</a><a href="#">Today</a></header>
<main><ul>ITEMS</ul><section><h2>Student</h2><p>Choose a student to see their profile.</p></section></main>
</body></html>
"##;

/// A median and 95th percentile (nearest rank), in milliseconds.
#[derive(Clone, Copy)]
pub struct Figures {
    /// The median.
    pub median: f64,
    /// The 95th percentile.
    pub p95: f64,
    /// How many values.
    pub n: usize,
}

impl Figures {
    fn of(values: &[f64]) -> Figures {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let rank = |q: f64| v[((q * v.len() as f64).ceil() as usize).clamp(1, v.len()) - 1];
        Figures {
            median: rank(0.5),
            p95: rank(0.95),
            n: v.len(),
        }
    }

    fn of_durations(values: &[Duration]) -> Figures {
        Figures::of(
            &values
                .iter()
                .map(|d| d.as_secs_f64() * 1000.0)
                .collect::<Vec<_>>(),
        )
    }
}

fn env_number(name: &str, default: usize) -> Result<usize> {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .with_context(|| format!("{name}={v} is not a number")),
        Err(_) => Ok(default),
    }
}

/// The benchmark database: `WAYPOINT_BENCH_DB`, or one `waypoint` writes with [`DEMO_ARGS`].
fn database(dir: &Path, app: &Path) -> Result<PathBuf> {
    if let Some(db) = std::env::var_os("WAYPOINT_BENCH_DB") {
        return Ok(PathBuf::from(db));
    }
    let cli = match std::env::var_os("WAYPOINT_BENCH_CLI") {
        Some(c) => PathBuf::from(c),
        None => app.with_file_name("waypoint"),
    };
    if !cli.is_file() {
        bail!(
            "{} is missing: build it (cargo build --release -p waypoint-cli), or set WAYPOINT_BENCH_CLI or WAYPOINT_BENCH_DB",
            cli.display()
        );
    }
    let db = dir.join("bench.sqlite3");
    let status = Command::new(&cli)
        .arg("--db")
        .arg(&db)
        .args(DEMO_ARGS)
        .stdout(std::process::Stdio::null())
        .status()
        .with_context(|| format!("running {}", cli.display()))?;
    if !status.success() {
        bail!("`waypoint {}` failed: {status}", DEMO_ARGS.join(" "));
    }
    Ok(db)
}

/// A fresh data directory holding a copy of `db` where the app looks for its database.
fn fresh_data(dir: &Path, name: &str, db: &Path) -> Result<PathBuf> {
    let data = dir.join(name);
    let folder = data.join("data").join("waypoint");
    std::fs::create_dir_all(&folder)?;
    copy_database(db, &folder.join("waypoint.sqlite3"))?;
    Ok(data)
}

/// Copies the database file `db` to `to`, and the portfolio files beside it (`artifacts/`,
/// which the school year has) beside the copy, unless they are already there.
pub fn copy_database(db: &Path, to: &Path) -> Result<()> {
    std::fs::copy(db, to).with_context(|| format!("copying {}", db.display()))?;
    let (Some(from_dir), Some(to_dir)) = (db.parent(), to.parent()) else {
        return Ok(());
    };
    let (from, into) = (from_dir.join("artifacts"), to_dir.join("artifacts"));
    if from.is_dir() && !into.exists() {
        std::fs::create_dir_all(&into)?;
        for entry in std::fs::read_dir(&from)? {
            let entry = entry?;
            std::fs::copy(entry.path(), into.join(entry.file_name()))?;
        }
    }
    Ok(())
}

/// Starts the app on a fresh copy of `db` (a new one for each attempt), up to three times,
/// as [`start_retrying`] does.
async fn start_app(dir: &Path, name: &str, db: &Path, app: &Path) -> Result<Session> {
    let mut last = None;
    for attempt in 0..3 {
        let data = fresh_data(dir, &format!("{name}-{attempt}"), db)?;
        match Session::start(
            &Target::App {
                binary: app,
                data: &data,
            },
            FIRST_VIEW,
        )
        .await
        {
            Ok(s) => return Ok(s),
            Err(e) => {
                eprintln!("app start failed, trying again: {e:#}");
                last = Some(e);
            }
        }
    }
    Err(last.unwrap_or_else(|| anyhow::anyhow!("the app did not start")))
}

/// Starts `target`, up to three times: on a loaded machine WebKitWebDriver can drop a
/// session request (tests/e2e/harness.rs). Only a start that succeeded is timed.
async fn start_retrying(target: &Target<'_>) -> Result<Session> {
    let mut last = None;
    for _ in 0..3 {
        match Session::start(target, FIRST_VIEW).await {
            Ok(s) => return Ok(s),
            Err(e) => {
                eprintln!("start failed, trying again: {e:#}");
                last = Some(e);
            }
        }
    }
    Err(last.unwrap_or_else(|| anyhow::anyhow!("it did not start")))
}

fn first_line(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .to_string()
        })
        .unwrap_or_default()
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_default();
    let mem = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    format!(
        "{} cores, {cpu}; {mem}; {}; WebKitGTK {}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0),
        first_line("uname", &["-sr"]),
        first_line(
            "dpkg-query",
            &["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"]
        ),
    )
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn ms(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0} ms")
    } else {
        format!("{v:.1} ms")
    }
}

fn mb(bytes: u64) -> String {
    let mb = bytes as f64 / 1e6;
    if mb >= 10.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.2} MB")
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    // `cargo bench` passes `--bench`; this harness takes no arguments.
    if std::env::var_os("DISPLAY").is_none() {
        bail!("the app benchmarks need a display: run them under xvfb-run (make bench-app does)");
    }
    let runs = env_number("WAYPOINT_BENCH_RUNS", 7)?.max(1);
    let rounds = env_number("WAYPOINT_BENCH_ROUNDS", 10)?.max(1);
    let app = match std::env::var_os("WAYPOINT_BENCH_APP") {
        Some(a) => PathBuf::from(a),
        None => PathBuf::from(env!("CARGO_BIN_EXE_waypoint-app")),
    };
    let tmp = tempfile::tempdir()?;
    let db = database(tmp.path(), &app)?;
    let items: String = (1..=24)
        .map(|i| {
            format!("<li><button data-testid=\"roster-item\">Student number {i}</button></li>")
        })
        .collect();
    let page = tmp.path().join("baseline.html");
    std::fs::write(&page, BASELINE_PAGE.replace("ITEMS", &items))?;
    println!("app: {}", app.display());
    println!(
        "database: {} ({})",
        db.display(),
        mb(std::fs::metadata(&db)?.len())
    );
    println!("machine: {}", machine());
    println!("load average at start: {}", loadavg());

    // Cold starts, app and baseline interleaved so both see the same machine.
    let (mut app_starts, mut base_starts, mut app_first_pss, mut base_pss) =
        (vec![], vec![], vec![], vec![]);
    let mut origin = String::new();
    for i in 0..runs {
        let s = start_app(tmp.path(), &format!("start-{i}"), &db, &app).await?;
        app_starts.push(s.start);
        if i == 0 {
            origin = s.client.current_url().await?.to_string();
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        app_first_pss.push(s.pss()? as f64);
        s.stop().await;
        let s = start_retrying(&Target::MiniBrowser { page: &page }).await?;
        base_starts.push(s.start);
        tokio::time::sleep(Duration::from_secs(1)).await;
        base_pss.push(s.pss()? as f64);
        if i == 0 {
            println!("baseline processes: {:?}", s.process_names());
        }
        s.stop().await;
        eprintln!(
            "cold start {}/{runs}: app {:?}, baseline {:?}",
            i + 1,
            app_starts[i],
            base_starts[i]
        );
    }
    // A dev build would load a dev server's URL; the release build serves its embedded UI.
    if origin.starts_with("http://localhost") || origin.starts_with("http://127.0.0.1") {
        bail!(
            "the app loaded {origin}: it is a dev build, not the release app with its embedded UI"
        );
    }
    println!("app page: {origin}");

    // The views, in one app session: a first round (first visits), then `rounds` more.
    let s = start_app(tmp.path(), "views", &db, &app).await?;
    println!("app processes: {:?}", s.process_names());
    let mut first = vec![(0.0, 0.0); VIEWS.len()];
    let mut times: Vec<(Vec<f64>, Vec<f64>)> = vec![(vec![], vec![]); VIEWS.len()];
    for round in 0..=rounds {
        for (i, (name, nav, ready)) in VIEWS.iter().enumerate() {
            let (present, painted) = webview::open_view(&s.client, nav, ready)
                .await
                .with_context(|| format!("round {round}, {name}"))?;
            if round == 0 {
                first[i] = (present, painted);
            } else {
                times[i].0.push(present);
                times[i].1.push(painted);
            }
        }
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let app_pss = s.pss()?;
    s.stop().await;

    let back = backend::measure(&db, tmp.path(), runs)?;
    println!("load average at end: {}", loadavg());

    let (a, b) = (
        Figures::of_durations(&app_starts),
        Figures::of_durations(&base_starts),
    );
    println!();
    println!("| cold start ({runs} runs each) | median | p95 |");
    println!("|---|---|---|");
    println!(
        "| app, to the first roster row | {} | {} |",
        ms(a.median),
        ms(a.p95)
    );
    println!(
        "| baseline (MiniBrowser, static page) | {} | {} |",
        ms(b.median),
        ms(b.p95)
    );
    println!(
        "| ratio (target ≤ 1.25) | {:.2} | {:.2} |",
        a.median / b.median,
        a.p95 / b.p95
    );
    println!();
    println!(
        "| view ({rounds} rounds) | to ready, median | to ready, p95 | painted, median | painted, p95 | first visit (ready / painted) |"
    );
    println!("|---|---|---|---|---|---|");
    for (i, (name, _, _)) in VIEWS.iter().enumerate() {
        let (p, q) = (Figures::of(&times[i].0), Figures::of(&times[i].1));
        println!(
            "| {name} | {} | {} | {} | {} | {} / {} |",
            ms(p.median),
            ms(p.p95),
            ms(q.median),
            ms(q.p95),
            ms(first[i].0),
            ms(first[i].1)
        );
    }
    let (fa, fb) = (Figures::of(&app_first_pss), Figures::of(&base_pss));
    println!();
    println!("| memory (PSS, all processes) | MB |");
    println!("|---|---|");
    println!("| app after every view | {} |", mb(app_pss));
    println!(
        "| app after its first view (median of {runs}) | {} |",
        mb(fa.median as u64)
    );
    println!(
        "| baseline after its page (median of {runs}) | {} |",
        mb(fb.median as u64)
    );
    println!(
        "| ratio, after every view (target ≤ 1.25) | {:.2} |",
        app_pss as f64 / fb.median
    );
    println!(
        "| ratio, after the first view | {:.2} |",
        fa.median / fb.median
    );
    println!();
    println!(
        "database: {}; class {:?}: {} students × {} competencies; its bundle: {} ops, {}",
        mb(back.db_bytes),
        back.class_name,
        back.students,
        back.competencies,
        back.bundle_ops,
        mb(back.bundle_bytes as u64)
    );
    println!("| backend | median | p95 | runs |");
    println!("|---|---|---|---|");
    for (name, f) in [
        (
            "quick capture save (record_evidence; target ≤ 16 ms)",
            back.capture,
        ),
        ("rebuild()", back.rebuild),
        ("export one class's full bundle", back.export),
        ("decode + import it into an empty database", back.import),
    ] {
        println!("| {name} | {} | {} | {} |", ms(f.median), ms(f.p95), f.n);
    }
    Ok(())
}
