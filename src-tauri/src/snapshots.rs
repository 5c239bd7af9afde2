//! The day's snapshot: taken on a background thread at startup when there is none for
//! today, and checked again every hour while the app runs (a laptop left open overnight
//! gets the next day's). Written through a connection of its own, so no command waits.

use std::path::PathBuf;
use std::time::Duration;

/// How often the thread checks whether the day has a snapshot.
const EVERY: Duration = Duration::from_secs(3600);

/// Starts the snapshot thread for the database at `db_path`.
pub fn spawn(db_path: PathBuf) {
    let spawned = std::thread::Builder::new()
        .name("snapshots".into())
        .spawn(move || {
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
