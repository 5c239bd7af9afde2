//! Encrypted backups: one file holding a consistent copy of the database and the portfolio
//! files, under a backup passphrase; its preview; and restoring it.
//!
//! The format is documented in `docs/backup-format.md`. In short, inside age passphrase
//! encryption (the pinned work factor of [`crate::crypto`]): a manifest as one line of JSON,
//! then each file as a 4-byte big-endian header length, a JSON header (name, size, SHA-256)
//! and its bytes. The database comes first, then `artifacts/<sha256>` files. Everything is
//! streamed through age's STREAM encryption, so a backup of many gigabytes is never held in
//! memory, and a cut or altered file fails its authentication.
//!
//! Writing: a `VACUUM INTO` copy beside the database (deleted afterwards), hashed; the backup
//! goes to a temp name in the target folder, is synced, read back and checked in full, and
//! only then renamed to its name. Restoring: the preview decrypts only up to the manifest;
//! the restore stages every file in a temp folder beside the database, checks each hash and
//! size, the end of the stream, and the database itself (integrity, schema not newer than
//! this build), then moves the files into place and replaces the database, which reopens
//! with a new device id ([`waypoint_store::Db::replace_with`]). Until that last step, a
//! failure leaves the existing database exactly as it was.

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use waypoint_store::Db;
use waypoint_store::backup::{self as store_backup, ClassCount};
use waypoint_store::portfolio::artifacts_dir;

use crate::crypto::{MAX_WORK_FACTOR, MIN_PASSPHRASE_CHARS, WORK_FACTOR};
use crate::{Error, Result};
use waypoint_core::messages::Message;
use waypoint_core::msg;

/// The format's name in every manifest.
pub const FORMAT: &str = "waypoint-backup";
/// The format version this build writes and reads.
pub const VERSION: u32 = 1;
/// The file extension of a backup.
pub const EXTENSION: &str = "waypoint-backup";
/// The database entry's name.
pub const DATABASE_ENTRY: &str = "waypoint.sqlite3";
/// The longest manifest line accepted.
const MAX_MANIFEST: u64 = 1 << 20;
/// The longest entry header accepted.
const MAX_HEADER: u32 = 4096;
/// Progress is reported at least every this many bytes.
const PROGRESS_STEP: u64 = 1 << 20;

/// What a backup holds, written first so a preview needs nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupManifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`].
    pub version: u32,
    /// When the backup was made, Unix ms.
    pub created_wall_ms: u64,
    /// The database's schema version.
    pub schema_version: u32,
    /// The device id of the laptop it was made on.
    pub source_device: String,
    /// Every class, with its number of students.
    pub classes: Vec<ClassCount>,
    /// Counts.
    pub counts: BackupCounts,
}

/// A backup's counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupCounts {
    /// Classes.
    pub classes: u64,
    /// Students in all classes.
    pub students: u64,
    /// Pieces of evidence.
    pub evidence: u64,
    /// Portfolio items.
    pub artifacts: u64,
    /// Files in the backup: the database and each portfolio file.
    pub files: u64,
    /// Their bytes in all.
    pub bytes: u64,
}

/// One file's header inside a backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryHeader {
    name: String,
    size: u64,
    sha256: String,
}

/// Which step a long backup or restore is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum BackupPhase {
    /// Encrypting and writing the backup.
    Writing,
    /// Reading the written backup back to check it.
    Checking,
    /// Decrypting and checking a backup to restore it.
    Restoring,
}

/// How far a backup or restore has got, in bytes of the files it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupProgress {
    /// The step.
    pub phase: BackupPhase,
    /// Bytes done.
    pub done: u64,
    /// Bytes in all.
    pub total: u64,
}

/// Checks a new backup passphrase: long enough, and not only spaces.
pub fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::WeakBackupPassphrase {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

/// The default file name for a backup made on `date` (`YYYY-MM-DD`).
pub fn default_file_name(date: &str) -> String {
    format!("waypoint-backup-{date}.{EXTENSION}")
}

/// The backup file to write into `folder` on `date`, once the passphrase is strong enough
/// and the folder is there: checked before the database is copied, so a typo costs nothing.
pub fn target_in(folder: &Path, passphrase: &str, date: &str) -> Result<PathBuf> {
    check_passphrase(passphrase)?;
    if !folder.is_dir() {
        return Err(Error::NoFolder {
            path: folder.to_path_buf(),
        });
    }
    Ok(folder.join(default_file_name(date)))
}

/// A consistent copy of the database, hashed and ready to write; the copy is deleted when
/// this is dropped. Made with the database open ([`prepare`]), written without it
/// ([`write`]), so the app need not hold its database for the whole of a long backup.
pub struct Prepared {
    manifest: BackupManifest,
    entries: Vec<(EntryHeader, PathBuf)>,
    copy: PathBuf,
}

impl Drop for Prepared {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.copy);
    }
}

impl Prepared {
    /// What the backup will hold.
    pub fn manifest(&self) -> &BackupManifest {
        &self.manifest
    }
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The SHA-256 and size of a file, streamed.
fn hash_file(path: &Path) -> Result<(String, u64)> {
    let mut file = File::open(path).map_err(io_err(path))?;
    let mut hasher = Sha256::new();
    let size = io::copy(&mut file, &mut hasher).map_err(io_err(path))?;
    Ok((hex(&hasher.finalize()), size))
}

/// Copies a consistent snapshot of `db` beside it and lists the portfolio files: what a
/// backup made now holds.
pub fn prepare(db: &Db, now_ms: u64) -> Result<Prepared> {
    let dir = db.path().parent().unwrap_or_else(|| Path::new(""));
    let copy = store_backup::temp_path(dir, "backup-copy");
    db.copy_to(&copy)?;
    // From here the copy is removed on every return, by Prepared's drop.
    let mut prepared = Prepared {
        manifest: BackupManifest {
            format: FORMAT.to_owned(),
            version: VERSION,
            created_wall_ms: now_ms,
            schema_version: 0,
            source_device: db.device_id().to_string(),
            classes: Vec::new(),
            counts: BackupCounts {
                classes: 0,
                students: 0,
                evidence: 0,
                artifacts: 0,
                files: 0,
                bytes: 0,
            },
        },
        entries: Vec::new(),
        copy: copy.clone(),
    };
    let summary = store_backup::summarize_file(&copy)?;
    let (sha256, size) = hash_file(&copy)?;
    prepared.entries.push((
        EntryHeader {
            name: DATABASE_ENTRY.to_owned(),
            size,
            sha256,
        },
        copy,
    ));
    let art = artifacts_dir(db.path());
    let mut names: Vec<String> = match fs::read_dir(&art) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            // Thumbnails and temp files are left out: thumbnails are made again on demand.
            .filter(|n| is_sha256(n))
            .collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(io_err(&art)(e)),
    };
    names.sort();
    for name in names {
        let path = art.join(&name);
        let (sha256, size) = hash_file(&path)?;
        if sha256 != name {
            // A damaged portfolio file is not copied into the backup as if it were good.
            continue;
        }
        prepared.entries.push((
            EntryHeader {
                name: format!("artifacts/{name}"),
                size,
                sha256,
            },
            path,
        ));
    }
    let m = &mut prepared.manifest;
    m.schema_version = summary.schema_version;
    m.counts = BackupCounts {
        classes: summary.classes.len() as u64,
        students: summary.students,
        evidence: summary.evidence,
        artifacts: summary.artifacts,
        files: prepared.entries.len() as u64,
        bytes: prepared.entries.iter().map(|(h, _)| h.size).sum(),
    };
    m.classes = summary.classes;
    Ok(prepared)
}

/// Reports progress every [`PROGRESS_STEP`] bytes and at the end.
struct Meter<'a> {
    phase: BackupPhase,
    done: u64,
    total: u64,
    last: u64,
    report: &'a mut dyn FnMut(BackupProgress),
}

impl Meter<'_> {
    fn add(&mut self, n: u64) {
        self.done += n;
        if self.done - self.last >= PROGRESS_STEP || self.done == self.total {
            self.last = self.done;
            (self.report)(BackupProgress {
                phase: self.phase,
                done: self.done,
                total: self.total,
            });
        }
    }
}

/// Copies exactly `size` bytes from `from` to `to`, hashing them; the hash, or `None` when
/// `from` ended early.
fn copy_hashed(
    from: &mut dyn Read,
    to: &mut dyn Write,
    size: u64,
    meter: &mut Meter<'_>,
) -> io::Result<Option<String>> {
    let mut hasher = Sha256::new();
    let mut left = size;
    let mut buf = vec![0u8; 64 * 1024];
    while left > 0 {
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = from.read(&mut buf[..want])?;
        if n == 0 {
            return Ok(None);
        }
        hasher.update(&buf[..n]);
        to.write_all(&buf[..n])?;
        left -= n as u64;
        meter.add(n as u64);
    }
    Ok(Some(hex(&hasher.finalize())))
}

/// Writes the prepared backup to `out` under `passphrase`: a temp file in the same folder,
/// synced, read back and checked in full, then renamed to `out`. A failure leaves `out` as
/// it was and no temp file.
pub fn write(
    prepared: &Prepared,
    out: &Path,
    passphrase: &str,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<BackupManifest> {
    check_passphrase(passphrase)?;
    let dir = out.parent().unwrap_or_else(|| Path::new(""));
    if !dir.as_os_str().is_empty() && !dir.is_dir() {
        return Err(Error::NoFolder {
            path: dir.to_path_buf(),
        });
    }
    let temp = store_backup::temp_path(dir, "waypoint-backup");
    let result = (|| {
        write_encrypted(prepared, &temp, passphrase, progress)?;
        let mut meter = Meter {
            phase: BackupPhase::Checking,
            done: 0,
            total: prepared.manifest.counts.bytes,
            last: 0,
            report: progress,
        };
        let read = read_all(&temp, passphrase, &mut |_, _| Ok(None), &mut meter)?;
        if read != prepared.manifest {
            return Err(Error::VerifyFailed {
                path: out.to_path_buf(),
            });
        }
        fs::rename(&temp, out).map_err(io_err(out))?;
        if let Ok(d) = File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        }) {
            let _ = d.sync_all();
        }
        Ok(prepared.manifest.clone())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(|e| match e {
        // A backup that does not read back is a disk problem, not a damaged backup.
        Error::BackupDamaged { .. } | Error::NotABackup { .. } => Error::VerifyFailed {
            path: out.to_path_buf(),
        },
        other => other,
    })
}

fn write_encrypted(
    prepared: &Prepared,
    temp: &Path,
    passphrase: &str,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<()> {
    let file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp)
        .map_err(io_err(temp))?;
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _))
        .map_err(|e| Error::Encrypt(e.to_string()))?;
    let mut w = encryptor
        .wrap_output(BufWriter::new(file))
        .map_err(io_err(temp))?;
    let mut manifest = serde_json::to_vec(&prepared.manifest)
        .map_err(|e| Error::Encrypt(format!("the manifest: {e}")))?;
    manifest.push(b'\n');
    w.write_all(&manifest).map_err(io_err(temp))?;
    let mut meter = Meter {
        phase: BackupPhase::Writing,
        done: 0,
        total: prepared.manifest.counts.bytes,
        last: 0,
        report: progress,
    };
    for (header, path) in &prepared.entries {
        let json = serde_json::to_vec(header)
            .map_err(|e| Error::Encrypt(format!("a file header: {e}")))?;
        w.write_all(&(json.len() as u32).to_be_bytes())
            .and_then(|()| w.write_all(&json))
            .map_err(io_err(temp))?;
        let mut from = File::open(path).map_err(io_err(path))?;
        let got = copy_hashed(&mut from, &mut w, header.size, &mut meter).map_err(io_err(temp))?;
        if got.as_deref() != Some(header.sha256.as_str()) {
            return Err(Error::ChangedWhileBackingUp { path: path.clone() });
        }
    }
    let buffered = w.finish().map_err(io_err(temp))?;
    let file = buffered
        .into_inner()
        .map_err(|e| io_err(temp)(e.into_error()))?;
    file.sync_all().map_err(io_err(temp))
}

/// "Back up to a folder…": writes a backup into `folder`, named by `date`, and says where.
///
/// The passphrase and the folder are checked first, so a typo never waits for the database.
/// Then `lock` takes the database only while its copy is made ([`prepare`]), and its guard
/// is dropped before the long encryption and check ([`write`]), so the app keeps working
/// meanwhile. `lock` is how the caller holds its database (the app's mutex, a plain
/// reference); its error is the caller's own, so a refusal to lend the database (student
/// mode) comes back unchanged, and this module's errors convert into it.
pub fn write_backup_into<G, E>(
    folder: &Path,
    passphrase: &str,
    date: &str,
    now_ms: u64,
    lock: impl FnOnce() -> std::result::Result<G, E>,
    progress: &mut dyn FnMut(BackupProgress),
) -> std::result::Result<(PathBuf, BackupManifest), E>
where
    G: std::ops::Deref<Target = Db>,
    E: From<Error>,
{
    let out = target_in(folder, passphrase, date)?;
    let prepared = {
        let db = lock()?;
        prepare(&db, now_ms)?
        // The guard drops here, before the write below.
    };
    let manifest = write(&prepared, &out, passphrase, progress)?;
    Ok((out, manifest))
}

/// Makes a backup of `db` at `out` in one go (the CLI; the app uses [`write_backup_into`],
/// which holds its database only while the copy is made).
pub fn back_up(
    db: &Db,
    out: &Path,
    passphrase: &str,
    now_ms: u64,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<BackupManifest> {
    check_passphrase(passphrase)?;
    let prepared = prepare(db, now_ms)?;
    write(&prepared, out, passphrase, progress)
}

/// Opens a backup: decrypts the header and reads the manifest line. The reader is left at
/// the first file.
fn open(file: &Path, passphrase: &str) -> Result<(BackupManifest, Box<dyn BufRead>)> {
    use age::DecryptError as D;
    let input = File::open(file).map_err(io_err(file))?;
    let decryptor = age::Decryptor::new_buffered(BufReader::new(input)).map_err(|e| match e {
        D::UnknownFormat | D::InvalidHeader => Error::NotABackup {
            reason: msg!("sync-why-not-encrypted-backup"),
        },
        D::Io(_) => Error::BackupDamaged {
            reason: msg!("sync-why-header-cut-short"),
        },
        _ => Error::BackupDamaged {
            reason: msg!("sync-why-header-unreadable"),
        },
    })?;
    if !decryptor.is_scrypt() {
        return Err(Error::NotABackup {
            reason: msg!("sync-why-not-passphrase-encrypted"),
        });
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            D::DecryptionFailed | D::KeyDecryptionFailed | D::NoMatchingKeys => {
                Error::WrongBackupPassphrase
            }
            D::ExcessiveWork { .. } => Error::NotABackup {
                reason: msg!("sync-why-work-too-strong"),
            },
            _ => Error::BackupDamaged {
                reason: msg!("sync-why-header-unreadable"),
            },
        })?;
    let mut reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(64 * 1024, reader));
    let mut line = Vec::new();
    (&mut reader)
        .take(MAX_MANIFEST)
        .read_until(b'\n', &mut line)
        .map_err(cut)?;
    if line.last() != Some(&b'\n') {
        return Err(if line.len() as u64 >= MAX_MANIFEST {
            Error::NotABackup {
                reason: msg!("sync-why-no-manifest"),
            }
        } else {
            cut_short()
        });
    }
    let value: serde_json::Value =
        serde_json::from_slice(&line).map_err(|_| Error::NotABackup {
            reason: msg!("sync-why-manifest-not-json"),
        })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Error::NotABackup {
            reason: msg!("sync-why-manifest-not-backup"),
        });
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    let schema = value
        .get("schemaVersion")
        .and_then(|v| v.as_u64())
        .unwrap_or(0);
    let known_schema = Db::schema_version() as u64;
    if version > u64::from(VERSION) || schema > known_schema {
        return Err(Error::BackupTooNew {
            found: version,
            schema,
            known: VERSION,
            known_schema,
        });
    }
    let manifest: BackupManifest =
        serde_json::from_value(value).map_err(|e| Error::NotABackup {
            reason: msg!("sync-why-manifest-invalid", reason = e.to_string()),
        })?;
    Ok((manifest, reader))
}

fn cut_short() -> Error {
    Error::BackupDamaged {
        reason: msg!("sync-why-cut-short"),
    }
}

/// A read error inside the encrypted stream: age authenticates every chunk, so this is a
/// cut or altered file.
fn cut(_: io::Error) -> Error {
    Error::BackupDamaged {
        reason: msg!("sync-why-contents-cut-or-altered"),
    }
}

/// What a backup holds, read from its manifest only: nothing else is decrypted.
pub fn preview(file: &Path, passphrase: &str) -> Result<BackupManifest> {
    Ok(open(file, passphrase)?.0)
}

/// Where a file read from a backup goes: `Ok(None)` to check and discard it.
type Sink<'a> = dyn FnMut(&str, &str) -> Result<Option<(File, PathBuf)>> + 'a;

/// Reads a whole backup, checking every file's size and hash against its header, the
/// headers against the manifest, and the end of the stream. `sink` is asked, for each
/// file (by name and sha256), where to write it.
fn read_all(
    file: &Path,
    passphrase: &str,
    sink: &mut Sink<'_>,
    meter: &mut Meter<'_>,
) -> Result<BackupManifest> {
    let (manifest, mut reader) = open(file, passphrase)?;
    meter.total = manifest.counts.bytes;
    let mut bytes = 0u64;
    for index in 0..manifest.counts.files {
        let mut len = [0u8; 4];
        reader.read_exact(&mut len).map_err(|_| cut_short())?;
        let len = u32::from_be_bytes(len);
        if len > MAX_HEADER {
            return Err(damaged(msg!("sync-why-file-header-too-long")));
        }
        let mut json = vec![0u8; len as usize];
        reader.read_exact(&mut json).map_err(|_| cut_short())?;
        let header: EntryHeader = serde_json::from_slice(&json)
            .map_err(|_| damaged(msg!("sync-why-file-header-unreadable")))?;
        let expected_name = index == 0;
        let ok_name = if expected_name {
            header.name == DATABASE_ENTRY
        } else {
            header
                .name
                .strip_prefix("artifacts/")
                .is_some_and(|s| s == header.sha256)
        };
        if !ok_name || !is_sha256(&header.sha256) {
            return Err(damaged(msg!("sync-why-file-unexpected-name")));
        }
        bytes = bytes.saturating_add(header.size);
        if bytes > manifest.counts.bytes {
            return Err(damaged(msg!("sync-why-more-bytes")));
        }
        let target = sink(&header.name, &header.sha256)?;
        let got = match target {
            Some((mut f, path)) => {
                let got = copy_hashed(&mut reader, &mut f, header.size, meter);
                let got = got.map_err(|e| {
                    if e.kind() == io::ErrorKind::InvalidData
                        || e.kind() == io::ErrorKind::UnexpectedEof
                    {
                        cut(e)
                    } else {
                        io_err(&path)(e)
                    }
                })?;
                f.sync_all().map_err(io_err(&path))?;
                got
            }
            None => copy_hashed(&mut reader, &mut io::sink(), header.size, meter).map_err(cut)?,
        };
        match got {
            None => return Err(cut_short()),
            Some(h) if h != header.sha256 => {
                return Err(damaged(msg!(
                    "sync-why-file-hash",
                    file = header.name.clone()
                )));
            }
            Some(_) => {}
        }
    }
    if bytes != manifest.counts.bytes {
        return Err(damaged(msg!("sync-why-fewer-bytes")));
    }
    // Reading to the end also checks age's final chunk: a cut file fails here.
    let mut rest = [0u8; 1];
    match reader.read(&mut rest).map_err(cut)? {
        0 => Ok(manifest),
        _ => Err(damaged(msg!("sync-why-more-than-manifest"))),
    }
}

fn damaged(reason: Message) -> Error {
    Error::BackupDamaged { reason }
}

/// Reads the backup at `file` into a staging folder beside the database at `db_path`, all
/// of it checked, and checks the staged database. Returns the staging folder (the caller
/// removes it) and the manifest.
fn stage(
    db_path: &Path,
    file: &Path,
    passphrase: &str,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<(PathBuf, BackupManifest)> {
    let dir = db_path.parent().unwrap_or_else(|| Path::new(""));
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    let staging = store_backup::temp_path(dir, "restore");
    fs::create_dir(&staging).map_err(io_err(&staging))?;
    let result = (|| {
        let mut sink = |name: &str, sha256: &str| -> Result<Option<(File, PathBuf)>> {
            let path = if name == DATABASE_ENTRY {
                staging.join(DATABASE_ENTRY)
            } else {
                staging.join(sha256)
            };
            let f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .map_err(io_err(&path))?;
            Ok(Some((f, path)))
        };
        let mut meter = Meter {
            phase: BackupPhase::Restoring,
            done: 0,
            total: 0,
            last: 0,
            report: progress,
        };
        let manifest = read_all(file, passphrase, &mut sink, &mut meter)?;
        store_backup::check_restored_file(&staging.join(DATABASE_ENTRY))?;
        Ok(manifest)
    })();
    match result {
        Ok(m) => Ok((staging, m)),
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

/// Moves the staged portfolio files into `artifacts/` (those already there are kept: they
/// are named by their contents).
fn place_artifacts(db_path: &Path, staging: &Path) -> Result<()> {
    let art = artifacts_dir(db_path);
    for entry in fs::read_dir(staging).map_err(io_err(staging))? {
        let entry = entry.map_err(io_err(staging))?;
        let name = entry.file_name();
        let Some(name) = name.to_str().filter(|n| is_sha256(n)) else {
            continue;
        };
        fs::create_dir_all(&art).map_err(io_err(&art))?;
        let target = art.join(name);
        if !target.exists() {
            fs::rename(entry.path(), &target).map_err(io_err(&target))?;
        }
    }
    if let Ok(d) = File::open(&art) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Restores the backup at `file` in place of the open database `db`, which then holds the
/// backup's data under a new device id. Everything is read and checked before anything is
/// replaced; a failure before the replacement leaves `db` exactly as it was.
pub fn restore(
    db: &mut Db,
    file: &Path,
    passphrase: &str,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<BackupManifest> {
    let db_path = db.path().to_path_buf();
    let (staging, manifest) = stage(&db_path, file, passphrase, progress)?;
    let result = place_artifacts(&db_path, &staging)
        .and_then(|()| Ok(db.replace_with(&staging.join(DATABASE_ENTRY))?));
    let _ = fs::remove_dir_all(&staging);
    result.map(|()| manifest)
}

/// Restores the backup at `file` to `db_path`, where there is no database yet (the CLI
/// restoring onto a new laptop). The database gets a new device id when first opened.
pub fn restore_new(
    db_path: &Path,
    file: &Path,
    passphrase: &str,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<BackupManifest> {
    let (staging, manifest) = stage(db_path, file, passphrase, progress)?;
    let result = place_artifacts(db_path, &staging).and_then(|()| {
        Ok(store_backup::install(
            db_path,
            &staging.join(DATABASE_ENTRY),
        )?)
    });
    let _ = fs::remove_dir_all(&staging);
    result.map(|()| manifest)
}
