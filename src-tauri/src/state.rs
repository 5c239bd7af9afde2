//! The shell's managed state: the open database behind a mutex.

use std::sync::{Mutex, MutexGuard};
use waypoint_store::Db;

use crate::error::IpcError;

/// The database the app has open.
pub struct AppState {
    db: Mutex<Db>,
}

impl AppState {
    /// Wraps an open database.
    pub fn new(db: Db) -> Self {
        Self { db: Mutex::new(db) }
    }

    /// The database, for one command's duration.
    pub fn db(&self) -> Result<MutexGuard<'_, Db>, IpcError> {
        self.db
            .lock()
            .map_err(|_| IpcError::internal("An earlier command failed midway; restart Waypoint."))
    }
}
