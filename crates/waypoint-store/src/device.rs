//! This installation's device id, and the install-marker rule that renews it when the
//! database file is copied or restored.
//!
//! Why it matters: ops are numbered `(device, seq)`. If a copy of a database kept its
//! device id, the copy and the original would both write `(device, 42)` with different
//! contents, and sync could no longer tell them apart. A restored backup is the same danger
//! in time: it would write seqs again that the device has already handed to a peer. So the
//! id belongs to one file in one place and only moves forward. Three things tie it there:
//! - an install marker, a small file beside the database holding a random token that is
//!   also stored inside the database;
//! - the marker's high-water mark: the highest seq this device has committed, rewritten
//!   after every write; a database whose own ops stop below it has been rolled back;
//! - on Unix, the database file's identity (device and inode), which a copy does not keep.
//!
//! When any of them no longer matches, this is a new installation: it gets a fresh device
//! id, and its own ops start again at seq 1. The old id's ops stay in the log, unchanged.

use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};
use waypoint_core::ids::DeviceId;

use crate::{Error, Result};

/// The install marker's path for a database at `db_path`: `<db file name>.install`.
pub fn marker_path(db_path: &Path) -> PathBuf {
    let mut name = db_path.file_name().unwrap_or_default().to_os_string();
    name.push(".install");
    db_path.with_file_name(name)
}

/// The device id and install token for the database at `path`, minting new ones on first
/// open and whenever the file was copied or restored.
pub(crate) fn identify(
    conn: &mut Connection,
    path: &Path,
    now_ms: u64,
) -> Result<(DeviceId, String)> {
    let marker = marker_path(path);
    let on_disk = match std::fs::read_to_string(&marker) {
        Ok(s) => Marker::parse(&s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(Error::Io {
                path: marker,
                source,
            });
        }
    };
    let identity = file_identity(path)?;
    let stored: Option<(String, String, String)> = conn
        .query_row(
            "SELECT device_id, install_token, file_identity FROM local_device WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    if let Some((device, token, stored_identity)) = &stored
        && let Some(m) = &on_disk
        && m.token == *token
        && *stored_identity == identity
    {
        // The ops this device wrote, over all its streams (the legacy one is named by the
        // device id alone, the others start with it and a colon).
        let own_seq: i64 = conn.query_row(
            "SELECT coalesce(sum(top), 0) FROM (SELECT max(seq) AS top FROM op
                 WHERE origin = ?1 OR substr(origin, 1, length(?1) + 1) = ?1 || ':'
                 GROUP BY origin)",
            [device],
            |r| r.get(0),
        )?;
        if own_seq as u64 >= m.seq {
            return Ok((device.parse::<DeviceId>()?, token.clone()));
        }
    }
    let device = DeviceId::mint(now_ms, random10());
    let token = uuid::Uuid::new_v4().simple().to_string();
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO local_device (id, device_id, install_token, file_identity) VALUES (1, ?1, ?2, ?3)
         ON CONFLICT(id) DO UPDATE SET device_id = excluded.device_id,
             install_token = excluded.install_token, file_identity = excluded.file_identity",
        params![device.to_string(), token, identity],
    )?;
    write_marker(
        &marker,
        &Marker {
            token: token.clone(),
            seq: 0,
        },
    )?;
    tx.commit()?;
    Ok((device, token))
}

/// The install marker's contents: the token, then the high-water mark.
pub(crate) struct Marker {
    pub(crate) token: String,
    pub(crate) seq: u64,
}

impl Marker {
    fn parse(text: &str) -> Option<Marker> {
        let mut parts = text.split_whitespace();
        let token = parts.next()?.to_owned();
        let seq = parts.next().map_or(Some(0), |s| s.parse().ok())?;
        Some(Marker { token, seq })
    }
}

/// Raises the marker's high-water mark after a committed write. Best effort: if the marker
/// cannot be written, the mark stays lower, which can only keep the id, never wrongly renew
/// it; the write itself is already safe in the database.
pub(crate) fn record_high_water(db_path: &Path, token: &str, seq: u64) {
    let marker = Marker {
        token: token.to_owned(),
        seq,
    };
    let _ = write_marker(&marker_path(db_path), &marker);
}

/// Writes the marker so that a power cut leaves the old one or the new one, never neither
/// or half of one: a temp file, fsynced, renamed over the marker, then the folder fsynced
/// so the rename itself is on disk. A marker lost or rolled back in a crash would renew the
/// device id (safe, but a needless new identity); one that reached the disk before the
/// database's commit cannot happen, since it is written after the commit, which
/// `synchronous=FULL` has made durable.
fn write_marker(marker: &Path, m: &Marker) -> Result<()> {
    use std::io::Write;
    let tmp = marker.with_extension("install.tmp");
    let io = |source| Error::Io {
        path: marker.to_path_buf(),
        source,
    };
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(format!("{}\n{}\n", m.token, m.seq).as_bytes())?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, marker)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    // On Unix a folder opens and syncs; elsewhere the rename is as durable as the OS makes it.
    if let Some(dir) = marker.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn file_identity(path: &Path) -> Result<String> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(format!("{}:{}", meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_identity(_path: &Path) -> Result<String> {
    // Elsewhere the install marker alone detects a copy; a restore that also restores the
    // marker keeps the id, which DESIGN.md notes as a limit on those systems.
    Ok(String::new())
}

/// Ten random bytes for the random part of a UUIDv7.
pub(crate) fn random10() -> [u8; 10] {
    let mut out = [0u8; 10];
    out.copy_from_slice(&uuid::Uuid::new_v4().as_bytes()[..10]);
    out
}
