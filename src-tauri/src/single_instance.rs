//! One app per database: a second launch focuses the running window and exits, instead of
//! opening the same database twice.
//!
//! The first instance holds an exclusive lock on `<db>.lock` for its lifetime and listens on
//! a Unix socket `<db>.sock`. A later launch finds the lock taken, connects to the socket,
//! asks the first instance to show its window (and to open the bundle it was given, if any:
//! a double-clicked `.waypoint` file while the app runs), and exits. Keying this on the database (not
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

/// What a later launch writes to the first instance's socket: `focus`, or `open` then a NUL
/// and the path's bytes (a path may hold any byte but NUL).
const FOCUS: &[u8] = b"focus\n";
const OPEN: &[u8] = b"open\0";
/// A message longer than any path is not from a Waypoint launch.
const MAX_MESSAGE: u64 = 64 * 1024;

/// Claims the database at `db`, or hands over to the instance that already has it, with the
/// bundle this launch was asked to open.
pub fn claim(db: &Path, open: Option<&Path>) -> std::io::Result<Launch> {
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
            notify_first(db, open);
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
fn notify_first(db: &Path, open: Option<&Path>) {
    use std::io::Write;
    use std::os::unix::ffi::OsStrExt;
    let message = match open {
        Some(path) => [OPEN, path.as_os_str().as_bytes()].concat(),
        None => FOCUS.to_vec(),
    };
    // The first instance may still be starting up; give it a moment to bind.
    for _ in 0..20 {
        if let Ok(mut s) = std::os::unix::net::UnixStream::connect(sibling(db, ".sock")) {
            let _ = s.write_all(&message);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

#[cfg(not(unix))]
fn notify_first(_db: &Path, _open: Option<&Path>) {}

/// The bundle a later launch's message asks to open, if it asks for one.
#[cfg(unix)]
fn opened_path(message: &[u8]) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    let path = message.strip_prefix(OPEN)?;
    (!path.is_empty() && !path.contains(&0))
        .then(|| PathBuf::from(std::ffi::OsStr::from_bytes(path)))
}

impl Guard {
    /// Calls `on_launch` whenever a later launch asks this instance to come to the front,
    /// with the bundle that launch was given to open, if any.
    #[cfg(unix)]
    pub fn listen(&mut self, on_launch: impl Fn(Option<PathBuf>) + Send + 'static) {
        use std::io::Read;
        let Some(listener) = self.listener.take() else {
            return;
        };
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                // A launch writes its message and exits; one that hangs must not stall the
                // listener, so the read has a deadline.
                let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(2)));
                let mut message = Vec::new();
                let _ = stream.take(MAX_MESSAGE).read_to_end(&mut message);
                on_launch(opened_path(&message));
            }
        });
    }

    /// Elsewhere a second launch only exits.
    #[cfg(not(unix))]
    pub fn listen(&mut self, _on_launch: impl Fn(Option<PathBuf>) + Send + 'static) {}
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
        let Launch::First(mut guard) = claim(&db, None)? else {
            panic!("the first claim must win")
        };
        let (tx, rx) = std::sync::mpsc::channel();
        guard.listen(move |opened| {
            let _ = tx.send(opened);
        });
        assert!(
            matches!(claim(&db, None)?, Launch::Second),
            "a second app must not open the same database"
        );
        assert_eq!(
            rx.recv_timeout(std::time::Duration::from_secs(5)).ok(),
            Some(None),
            "the first instance must be asked to focus its window, with nothing to open"
        );
        let bundle = dir.path().join("from lee\nnew.waypoint");
        assert!(
            matches!(claim(&db, Some(&bundle))?, Launch::Second),
            "a double-clicked bundle goes to the running app too"
        );
        assert_eq!(
            rx.recv_timeout(std::time::Duration::from_secs(5)).ok(),
            Some(Some(bundle)),
            "the first instance is given the bundle's path, byte for byte"
        );
        let other = dir.path().join("other.sqlite3");
        assert!(
            matches!(claim(&other, None)?, Launch::First(_)),
            "another database is another app"
        );
        drop(guard);
        assert!(
            matches!(claim(&db, None)?, Launch::First(_)),
            "the lock is released when the app exits"
        );
        Ok(())
    }
}
