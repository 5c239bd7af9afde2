//! `make bench-app`: the release app in the real webview on a school year of data, against
//! the bare engine measured in the same run (issue 17). A benchmark, not a test: it prints
//! figures and ratios for BENCHMARKS.md and asserts nothing about them.
//!
//! - Cold start: the session request (which launches the app) to the first roster row,
//!   against the baseline: a minimal Tauri app (`baseline/`, the same window, CSP and
//!   WebKit, one static page of about the first view's size), launched the same way
//!   through tauri-driver, to an element with the same test id. Two references are measured
//!   too: the same baseline without compositing (which the app turns off,
//!   `webview_memory.rs`), and WebKitGTK's MiniBrowser on the same page, the engine's own
//!   floor.
//! - Views: each main view from the click in the navigation to its ready element (one that
//!   only appears once its data is rendered), timed inside the page.
//! - Memory: the PSS of the app and its WebKit processes after every view was visited,
//!   against the baseline's (and MiniBrowser's) after its page.
//! - Backend and database: see `backend.rs`.
//!
//! Every app run gets a fresh copy of the database in its own XDG folders. Settings, from
//! the environment: `WAYPOINT_BENCH_DB` (a database to use instead of generating one),
//! `WAYPOINT_BENCH_APP` (the app binary; by default the one cargo built with this bench),
//! `WAYPOINT_BENCH_BASELINE` (the baseline app; by default the example beside it),
//! `WAYPOINT_BENCH_CLI` (the `waypoint` binary that generates the database; by default the
//! one beside the app), `WAYPOINT_BENCH_RUNS` (cold starts and backend runs, default 7),
//! `WAYPOINT_BENCH_ROUNDS` (rounds over the views, default 10), `WAYPOINT_BENCH_HOLD` (after
//! the rounds, print the app's memory every 5 s this many times: what it settles to when left
//! alone), `WAYPOINT_BENCH_STDERR` (let the app's and WebKit's stderr through, for instance
//! JavaScriptCore's `JSC_logGC=1`).

mod backend;
#[path = "../process_tree.rs"]
mod process_tree;
mod webview;

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use webview::{PageTimes, Session, Target};

/// The arguments of `waypoint` that write the benchmark database: a school year.
const DEMO_ARGS: &[&str] = &["demo", "--scale", "year"];

/// The environment that starts a webview without compositing, as the app paints
/// (`webview_memory.rs`): the baseline is measured both ways, so that the app's figures can be
/// read against the engine's defaults and against the same engine setting.
const WITHOUT_COMPOSITING: &[(&str, &str)] = &[("WEBKIT_DISABLE_COMPOSITING_MODE", "1")];

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
                env: &[],
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

/// Records a started session's cold start and, a second later, its PSS; then stops it.
async fn weigh(
    s: Session,
    starts: &mut Vec<Duration>,
    pages: &mut Vec<PageTimes>,
    pss: &mut Vec<f64>,
    show: bool,
) -> Result<()> {
    starts.push(s.start);
    pages.push(s.page);
    tokio::time::sleep(Duration::from_secs(1)).await;
    pss.push(s.pss()? as f64);
    if show {
        let each: Vec<String> = s
            .pss_by_process()
            .iter()
            .map(|(name, bytes)| format!("{name} {}", mb(*bytes)))
            .collect();
        println!("processes: {}", each.join(", "));
    }
    s.stop().await;
    Ok(())
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
    let baseline = match std::env::var_os("WAYPOINT_BENCH_BASELINE") {
        Some(b) => PathBuf::from(b),
        None => app
            .parent()
            .context("the app binary's folder")?
            .join("examples")
            .join("bench-baseline"),
    };
    if !baseline.is_file() {
        bail!(
            "no baseline app at {}: `make bench-app` builds it \
             (cargo build --release -p waypoint-app --example bench-baseline)",
            baseline.display()
        );
    }
    let page =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/bench-app/baseline/page/index.html");
    println!("app: {}", app.display());
    println!("baseline app: {}", baseline.display());
    println!(
        "database: {} ({})",
        db.display(),
        mb(std::fs::metadata(&db)?.len())
    );
    println!("machine: {}", machine());
    println!("load average at start: {}", loadavg());

    // Cold starts, the app and the baselines interleaved so all see the same machine.
    let mut starts: [Vec<Duration>; 4] = Default::default();
    let mut pss: [Vec<f64>; 4] = Default::default();
    let mut pages: [Vec<PageTimes>; 4] = Default::default();
    let mut origin = String::new();
    for i in 0..runs {
        let s = start_app(tmp.path(), &format!("start-{i}"), &db, &app).await?;
        if i == 0 {
            origin = s.client.current_url().await?.to_string();
        }
        weigh(s, &mut starts[0], &mut pages[0], &mut pss[0], i == 0).await?;
        let data = tmp.path().join(format!("baseline-{i}"));
        std::fs::create_dir_all(&data)?;
        let s = start_retrying(&Target::App {
            binary: &baseline,
            data: &data,
            env: &[],
        })
        .await?;
        weigh(s, &mut starts[1], &mut pages[1], &mut pss[1], i == 0).await?;
        let s = start_retrying(&Target::App {
            binary: &baseline,
            data: &data,
            env: WITHOUT_COMPOSITING,
        })
        .await?;
        weigh(s, &mut starts[2], &mut pages[2], &mut pss[2], i == 0).await?;
        let s = start_retrying(&Target::MiniBrowser { page: &page }).await?;
        weigh(s, &mut starts[3], &mut pages[3], &mut pss[3], i == 0).await?;
        eprintln!(
            "cold start {}/{runs}: app {:?}, Tauri baseline {:?} ({:?} without compositing), MiniBrowser {:?}",
            i + 1,
            starts[0][i],
            starts[1][i],
            starts[2][i],
            starts[3][i]
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
    let show = |when: &str, s: &Session| {
        let each: Vec<String> = s
            .pss_by_process()
            .iter()
            .map(|(name, bytes)| format!("{name} {}", mb(*bytes)))
            .collect();
        println!("app memory {when}: {}", each.join(", "));
    };
    show("at start", &s);
    for round in 0..=rounds {
        for (i, (name, nav, ready)) in VIEWS.iter().enumerate() {
            let (present, painted) = webview::open_view(&s.client, nav, ready)
                .await
                .with_context(|| format!("round {round}, {name}"))?;
            if round == 0 {
                show(&format!("after {name}"), &s);
                first[i] = (present, painted);
            } else {
                times[i].0.push(present);
                times[i].1.push(painted);
            }
        }
        if round == 0 {
            show("after every view once", &s);
        } else {
            show(&format!("after round {round}"), &s);
        }
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    show("after every round", &s);
    let app_pss = s.pss()?;
    if let Ok(hold) = std::env::var("WAYPOINT_BENCH_HOLD") {
        let times: u64 = hold
            .parse()
            .context("WAYPOINT_BENCH_HOLD is a whole number of 5 s waits")?;
        for i in 0..times {
            tokio::time::sleep(Duration::from_secs(5)).await;
            show(&format!("held {}s", (i + 1) * 5), &s);
        }
    }
    s.stop().await;

    let back = backend::measure(&db, tmp.path(), runs)?;
    println!("load average at end: {}", loadavg());

    let [a, b, bc, m] = starts.each_ref().map(|v| Figures::of_durations(v));
    println!();
    println!("| cold start ({runs} runs each) | median | p95 |");
    println!("|---|---|---|");
    for (name, f) in [
        ("app, to the first roster row", a),
        ("baseline: minimal Tauri app, static page", b),
        (
            "reference: the baseline without compositing, as the app paints",
            bc,
        ),
        ("reference: MiniBrowser, the same page", m),
    ] {
        println!("| {name} | {} | {} |", ms(f.median), ms(f.p95));
    }
    println!(
        "| ratio to the Tauri baseline (target ≤ 1.25) | {:.2} | {:.2} |",
        a.median / b.median,
        a.p95 / b.p95
    );
    println!(
        "| ratio to the baseline without compositing | {:.2} | {:.2} |",
        a.median / bc.median,
        a.p95 / bc.p95
    );
    println!(
        "| ratio to MiniBrowser | {:.2} | {:.2} |",
        a.median / m.median,
        a.p95 / m.p95
    );
    println!();
    println!(
        "| where the cold start went (medians) | before the page | HTML arrived | DOMContentLoaded | ready element |"
    );
    println!("|---|---|---|---|---|");
    for (name, st, pg) in [
        ("app", &starts[0], &pages[0]),
        ("Tauri baseline", &starts[1], &pages[1]),
        ("baseline without compositing", &starts[2], &pages[2]),
        ("MiniBrowser", &starts[3], &pages[3]),
    ] {
        let med = |f: &dyn Fn(&PageTimes) -> f64| {
            Figures::of(&pg.iter().map(f).collect::<Vec<_>>()).median
        };
        let before: Vec<f64> = st
            .iter()
            .zip(pg)
            .map(|(d, p)| d.as_secs_f64() * 1000.0 - p.ready)
            .collect();
        println!(
            "| {name} | {} | {} | {} | {} |",
            ms(Figures::of(&before).median),
            ms(med(&|p| p.response_end)),
            ms(med(&|p| p.dom_content_loaded)),
            ms(med(&|p| p.ready)),
        );
    }
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
    let [fa, fb, fbc, fm] = pss.each_ref().map(|v| Figures::of(v));
    println!();
    println!("| memory (PSS, all processes) | MB |");
    println!("|---|---|");
    println!("| app after every view | {} |", mb(app_pss));
    for (name, f) in [
        ("app after its first view", fa),
        ("baseline: minimal Tauri app, after its page", fb),
        (
            "reference: the baseline without compositing, after its page",
            fbc,
        ),
        ("reference: MiniBrowser, after the same page", fm),
    ] {
        println!("| {name} (median of {runs}) | {} |", mb(f.median as u64));
    }
    println!(
        "| ratio, after every view, to the Tauri baseline (target ≤ 1.25) | {:.2} |",
        app_pss as f64 / fb.median
    );
    println!(
        "| ratio, after the first view, to the Tauri baseline | {:.2} |",
        fa.median / fb.median
    );
    println!(
        "| ratio, after every view, to the baseline without compositing | {:.2} |",
        app_pss as f64 / fbc.median
    );
    println!(
        "| ratio, after every view, to MiniBrowser | {:.2} |",
        app_pss as f64 / fm.median
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
