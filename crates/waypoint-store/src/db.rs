//! Opening the database: pragmas, migrations, device identity and the persisted clock.

use rusqlite::{Connection, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use waypoint_core::hlc::HlcClock;
use waypoint_core::ids::DeviceId;

use crate::migrations::{LATEST, migrations};
use crate::{Error, Result, device};

/// A source of wall-clock time in Unix milliseconds. Tests pass their own to move time.
pub type WallClock = Arc<dyn Fn() -> u64 + Send + Sync>;

/// How to open a database.
#[derive(Clone)]
pub struct OpenOptions {
    /// Where the time for the HLC and for minting ids comes from.
    pub wall_clock: WallClock,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self {
            wall_clock: Arc::new(system_wall_ms),
        }
    }
}

fn system_wall_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// An open Waypoint database: the connection, this installation's device id and its HLC.
pub struct Db {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    pub(crate) device: DeviceId,
    /// The install marker's token, rewritten with each new high-water mark.
    pub(crate) install_token: String,
    pub(crate) clock: HlcClock,
    pub(crate) wall: WallClock,
}

/// The app's default database: `waypoint.sqlite3` in the OS data directory
/// (`$XDG_DATA_HOME/waypoint` on Linux).
pub fn default_db_path() -> Result<PathBuf> {
    let dirs =
        directories::ProjectDirs::from("org", "Waypoint", "Waypoint").ok_or(Error::NoDataDir)?;
    Ok(dirs.data_dir().join("waypoint.sqlite3"))
}

/// SQLite's page cache in everyday use, in KiB (SQLite's default is 2 MiB). The app's reads
/// touch the whole year's data one view at a time, and a larger cache only kept it in the
/// app's own memory: 32 MiB of it, by the Sync view (`make bench-app`, BENCHMARKS.md). The
/// operating system keeps the file's pages cached anyway.
const EVERYDAY_CACHE_KIB: i64 = 4096;

/// The page cache during a bulk write ([`Db::with_bulk_cache`]), in KiB.
const BULK_CACHE_KIB: i64 = 32768;

impl Db {
    /// Runs `work` with the page cache a bulk write needs, then gives the memory back.
    ///
    /// With 32 MiB, a large import's pages stay in memory until its commit instead of
    /// spilling into the WAL and being read back. Afterwards the cache returns to its
    /// everyday size and SQLite frees what it held beyond it (`shrink_memory`), so one
    /// import does not keep the app's memory up for the rest of the day.
    pub(crate) fn with_bulk_cache<T>(
        &mut self,
        work: impl FnOnce(&mut Db) -> Result<T>,
    ) -> Result<T> {
        self.conn
            .pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        let result = work(self);
        // Even if these fail, the work's own result is what the caller needs to hear.
        let _ = self
            .conn
            .pragma_update(None, "cache_size", -EVERYDAY_CACHE_KIB);
        let _ = self.conn.execute_batch("PRAGMA shrink_memory");
        result
    }

    /// Opens (creating if needed) the database at `path` with the system clock.
    pub fn open(path: &Path) -> Result<Db> {
        Db::open_with(path, OpenOptions::default())
    }

    /// Opens the database at `path`: WAL with `synchronous=FULL`, `secure_delete`, foreign
    /// keys, a busy timeout, migrations, then
    /// the device identity (new if the file was copied or restored) and the persisted HLC.
    pub fn open_with(path: &Path, options: OpenOptions) -> Result<Db> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits in a power cut,
        // and those may be ops already written into a bundle a co-teacher now holds; the
        // device would then write new ops under the same ids. FULL syncs the WAL at each
        // commit: one fsync per write, which a teacher's click never notices, and bulk work
        // (imports, CASE imports, the demo) commits once, so the benches barely move.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted and overwritten content is zeroed, not left in free pages and cells: a
        // purge must leave no trace of a student in the file (see `data_folder`).
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -EVERYDAY_CACHE_KIB)?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > LATEST as i64 {
            return Err(Error::TooNew {
                found,
                known: LATEST,
            });
        }
        // A copy first, so a migration that goes wrong can be undone by hand.
        if found > 0 && (found as usize) < LATEST {
            crate::backup::snapshot_before_migration(&conn, path, found, (options.wall_clock)())?;
        }
        migrations().to_latest(&mut conn)?;
        let now = (options.wall_clock)();
        let (device, install_token) = device::identify(&mut conn, path, now)?;
        let (wall_ms, counter) = conn
            .query_row(
                "SELECT wall_ms, counter FROM hlc_state WHERE id = 1",
                [],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
            )
            .optional()?
            .unwrap_or((0, 0));
        let mut db = Db {
            conn,
            path: path.to_path_buf(),
            device,
            install_token,
            clock: HlcClock::resume(device, wall_ms as u64, counter as u32),
            wall: options.wall_clock,
        };
        crate::schema::ensure_materialized(&mut db)?;
        Ok(db)
    }

    /// This installation's device id: the origin of every op written here.
    pub fn device_id(&self) -> DeviceId {
        self.device
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for queries. Writes go through [`Db::write`].
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The schema version this build migrates to.
    pub fn schema_version() -> usize {
        LATEST
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache_kib(db: &Db) -> i64 {
        let size: i64 = db
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))
            .expect("the cache size");
        -size
    }

    #[test]
    fn a_bulk_write_has_the_large_cache_and_gives_it_back_even_when_it_fails() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let mut db = Db::open(&dir.path().join("w.sqlite3")).expect("a new database");
        assert_eq!(
            cache_kib(&db),
            EVERYDAY_CACHE_KIB,
            "an opened database has the everyday cache"
        );
        let during = db
            .with_bulk_cache(|db| Ok(cache_kib(db)))
            .expect("the work runs");
        assert_eq!(during, BULK_CACHE_KIB, "the work runs with the bulk cache");
        assert_eq!(
            cache_kib(&db),
            EVERYDAY_CACHE_KIB,
            "the everyday cache is back after the work"
        );
        let failed: Result<()> = db.with_bulk_cache(|_| {
            Err(Error::NotFound {
                what: "class",
                id: "a failed import".into(),
            })
        });
        assert!(failed.is_err(), "the work's failure reaches the caller");
        assert_eq!(
            cache_kib(&db),
            EVERYDAY_CACHE_KIB,
            "the everyday cache is back after a failed work too"
        );
    }
}
