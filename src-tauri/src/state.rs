//! The shell's managed state: the open database behind a mutex, and the rotation clock the
//! Today view drives and the projector window shows.

use std::sync::{Mutex, MutexGuard};
use std::time::Instant;
use waypoint_core::clock::Clock;
use waypoint_store::Db;

use crate::error::IpcError;

/// The database the app has open, and the rotation clock.
pub struct AppState {
    db: Mutex<Db>,
    clock: Mutex<Clock>,
    started: Instant,
}

impl AppState {
    /// Wraps an open database.
    pub fn new(db: Db) -> Self {
        Self {
            db: Mutex::new(db),
            clock: Mutex::new(Clock::default()),
            started: Instant::now(),
        }
    }

    /// The database, for one command's duration.
    pub fn db(&self) -> Result<MutexGuard<'_, Db>, IpcError> {
        self.db
            .lock()
            .map_err(|_| IpcError::internal("An earlier command failed midway; restart Waypoint."))
    }

    /// The rotation clock, and the time on the monotonic clock it counts in (ms since the app
    /// started), so a change of the wall clock never jumps the countdown.
    pub fn clock(&self) -> Result<(MutexGuard<'_, Clock>, u64), IpcError> {
        let now = self.started.elapsed().as_millis() as u64;
        let clock = self
            .clock
            .lock()
            .map_err(|_| IpcError::internal("The rotation clock failed; restart Waypoint."))?;
        Ok((clock, now))
    }
}

/// The teacher's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}
