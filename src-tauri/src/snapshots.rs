//! The day's snapshot: taken on a background thread shortly after startup when there is none
//! for today, and checked again every hour while the app runs (a laptop left open overnight
//! gets the next day's). Written through a connection of its own, so no command waits.

use std::path::PathBuf;
use std::time::Duration;

/// How often the thread checks whether the day has a snapshot.
const EVERY: Duration = Duration::from_secs(3600);

/// How long after startup the first check waits. Copying a school year's database (50 MB)
/// while the window opened cost about a tenth of the cold start on two cores (`make
/// bench-app`, BENCHMARKS.md); ten seconds on, the first view is up. A student erased in
/// those seconds is still safe: a snapshot and an erasure never overlap
/// (`waypoint_store::backup`).
const FIRST_AFTER: Duration = Duration::from_secs(10);

/// Starts the snapshot thread for the database at `db_path`.
pub fn spawn(db_path: PathBuf) {
    let spawned = std::thread::Builder::new()
        .name("snapshots".into())
        .spawn(move || {
            std::thread::sleep(FIRST_AFTER);
            loop {
                let today = chrono::Local::now().date_naive();
                if let Err(e) = waypoint_store::backup::take_daily_snapshot_of(&db_path, today) {
                    // Nothing to show the teacher mid-lesson; the next check tries again.
                    eprintln!("waypoint: the day's snapshot was not taken: {e}");
                }
                std::thread::sleep(EVERY);
            }
        });
    if let Err(e) = spawned {
        eprintln!("waypoint: the snapshot thread did not start: {e}");
    }
}
