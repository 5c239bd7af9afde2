//! One app per database: a second launch focuses the running window and exits, instead of
//! opening the same database twice.
//!
//! The first instance holds an exclusive lock on `<db>.lock` for its lifetime and listens on
//! a Unix socket `<db>.sock`. A later launch finds the lock taken, connects to the socket,
//! asks the first instance to show its window, and exits. Keying this on the database (not
//! on the app id) means two different databases, as the end-to-end tests use, never block
//! each other.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// What this launch should do.
pub enum Launch {
    /// This is the only instance: keep the lock (and the listener) alive while running.
    First(Guard),
    /// Another instance has the database open and was asked to come to the front.
    Second,
}

/// Held by the first instance for as long as it runs.
pub struct Guard {
    _lock: File,
    #[cfg(unix)]
    listener: Option<std::os::unix::net::UnixListener>,
    #[cfg(unix)]
    socket: PathBuf,
}

fn sibling(db: &Path, ext: &str) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(ext);
    db.with_file_name(name)
}

/// Claims the database at `db`, or hands over to the instance that already has it.
pub fn claim(db: &Path) -> std::io::Result<Launch> {
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(sibling(db, ".lock"))?;
    match lock.try_lock() {
        Ok(()) => Ok(Launch::First(first(lock, db))),
        Err(TryLockError::WouldBlock) => {
            notify_first(db);
            Ok(Launch::Second)
        }
        Err(TryLockError::Error(e)) => Err(e),
    }
}

#[cfg(unix)]
fn first(lock: File, db: &Path) -> Guard {
    let socket = sibling(db, ".sock");
    // A socket file left by a crashed instance is stale: we hold the lock, so nobody owns it.
    let _ = std::fs::remove_file(&socket);
    let listener = std::os::unix::net::UnixListener::bind(&socket).ok();
    Guard {
        _lock: lock,
        listener,
        socket,
    }
}

#[cfg(not(unix))]
fn first(lock: File, _db: &Path) -> Guard {
    Guard { _lock: lock }
}

#[cfg(unix)]
fn notify_first(db: &Path) {
    use std::io::Write;
    // The first instance may still be starting up; give it a moment to bind.
    for _ in 0..20 {
        if let Ok(mut s) = std::os::unix::net::UnixStream::connect(sibling(db, ".sock")) {
            let _ = s.write_all(b"focus\n");
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

#[cfg(not(unix))]
fn notify_first(_db: &Path) {}

impl Guard {
    /// Calls `on_focus` whenever a later launch asks this instance to come to the front.
    #[cfg(unix)]
    pub fn listen(&mut self, on_focus: impl Fn() + Send + 'static) {
        let Some(listener) = self.listener.take() else {
            return;
        };
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stream.is_ok() {
                    on_focus();
                }
            }
        });
    }

    /// Elsewhere a second launch only exits.
    #[cfg(not(unix))]
    pub fn listen(&mut self, _on_focus: impl Fn() + Send + 'static) {}
}

#[cfg(unix)]
impl Drop for Guard {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.socket);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_on_the_same_database_is_refused_and_reaches_the_first() -> std::io::Result<()>
    {
        let dir = tempfile::tempdir()?;
        let db = dir.path().join("w.sqlite3");
        let Launch::First(mut guard) = claim(&db)? else {
            panic!("the first claim must win")
        };
        let (tx, rx) = std::sync::mpsc::channel();
        guard.listen(move || {
            let _ = tx.send(());
        });
        assert!(
            matches!(claim(&db)?, Launch::Second),
            "a second app must not open the same database"
        );
        assert!(
            rx.recv_timeout(std::time::Duration::from_secs(5)).is_ok(),
            "the first instance must be asked to focus its window"
        );
        let other = dir.path().join("other.sqlite3");
        assert!(
            matches!(claim(&other)?, Launch::First(_)),
            "another database is another app"
        );
        drop(guard);
        assert!(
            matches!(claim(&db)?, Launch::First(_)),
            "the lock is released when the app exits"
        );
        Ok(())
    }
}
