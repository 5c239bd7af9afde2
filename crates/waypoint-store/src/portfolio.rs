//! Use cases and queries for portfolio artifacts: a student's files, each with a record.
//!
//! The record is an ordinary synced row (`artifact`), written through the op log. The bytes
//! are not in the database: they are copied into `artifacts/` beside it ([`artifacts_dir`])
//! and named by the SHA-256 of their contents, so the same bytes attached twice (even to two
//! students) are stored once, a file can be checked against its record, and a sync only ever
//! has to move bytes the other laptop lacks. Deleting a record leaves its bytes, since another
//! record, a restore or an undone import may still point at them. Purging a student removes
//! their bytes and thumbnails that no other record names ([`crate::data_folder`]).
//!
//! A record can arrive by sync before its bytes do, or the bytes can be damaged; listing never
//! fails for that. Each item says whether its bytes are here (`present`) and, when they are not
//! usable, why (`problem`), in a sentence for the teacher.
//!
//! Thumbnails are made on first listing and cached beside the bytes as
//! `<sha256>.thumb.png` (at most [`THUMB_MAX`] px on the long side), then returned as
//! `data:image/png;base64,…` URLs, which the CSP allows for images. Images are decoded with
//! the `image` crate (PNG, JPEG, GIF, WebP). The first page of a PDF is rendered by poppler's
//! `pdftoppm` when that program is on `PATH` (the `poppler-utils` package on Debian and
//! Ubuntu); without it a PDF has no thumbnail, and nothing else changes.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::json;
use sha2::{Digest, Sha256};
use waypoint_core::ids::{ArtifactId, StudentId};
use waypoint_core::op::{Op, OpKind};
use waypoint_core::portfolio::ARTIFACT;
use waypoint_core::portfolio::{
    ArtifactInput, ArtifactView, MAX_ARTIFACT_BYTES, SNIFF_BYTES, accept, file_fields, kind_of,
    mime_of,
};
use waypoint_core::roster::{STUDENT, changed_fields};

use crate::device::random10;
use crate::rows::{live_fields, not_found, text};
use crate::{Db, Error, Result};

/// The longest side of a thumbnail, in pixels: enough for a card in the portfolio grid and
/// the conference printout, small enough that a data: URL stays a few tens of kilobytes.
pub const THUMB_MAX: u32 = 320;

/// What an item says when its record is here but its bytes are not (yet).
pub const MISSING_FILE: &str = "The file for this item is not on this laptop yet; it comes with the next sync from the laptop it was added on.";
/// What an item says when its bytes are here but can't be used (unreadable, or cut short).
pub const UNREADABLE_FILE: &str = "The file for this item can't be read.";
/// What an image says when its bytes are here but do not decode.
pub const UNREADABLE_IMAGE: &str = "This image can't be read.";

/// Images larger than this many pixels get no thumbnail: decoding one would take more memory
/// than a classroom laptop should spend on a preview (a 12-megapixel photo is well inside).
const THUMB_SOURCE_MAX_PIXELS: u64 = 100_000_000;
/// How long `pdftoppm` may take on one first page before it is stopped.
const PDF_RENDER_TIMEOUT: Duration = Duration::from_secs(20);

/// The folder holding the portfolio's bytes for the database at `db_path`: `artifacts/`
/// beside it. Two databases in one folder share it, which is harmless since every file in it
/// is named by its contents.
pub fn artifacts_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join("artifacts")
}

/// Attaches the file at `source` to a student's portfolio with the details in `input`.
///
/// In order, so that a refusal writes nothing: the input is validated and the student must
/// be live; the file's size is checked from its metadata before any byte is read (more than
/// [`MAX_ARTIFACT_BYTES`] is refused, naming the file and the limit); its type is read from
/// its first bytes and its name and must be on the allow-list; then its bytes are hashed while
/// they are copied to a temp file in `artifacts/`, which is synced and renamed to the hash
/// (or dropped when that file is already there); last, the record is written through the op
/// log. If that write fails, a copy made by this call is removed again.
pub fn attach_artifact(
    db: &mut Db,
    student_id: StudentId,
    source: &Path,
    input: &ArtifactInput,
) -> Result<ArtifactView> {
    let student_id_key = student_id.to_string();
    let input = input.validate()?;
    // Checked before the copy, so a missing student costs no disk; checked again in the
    // write, which is what makes it true at commit.
    live_fields(db.conn(), &STUDENT, "student", &student_id_key)?;
    let source_err = |e| io_error(source, e);
    let meta = fs::metadata(source).map_err(source_err)?;
    if !meta.is_file() {
        return Err(source_err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "it is a folder, not a file",
        )));
    }
    check_size(source, meta.len())?;
    let mut file = File::open(source).map_err(source_err)?;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut file)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(source_err)?;
    let file_name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mime = mime_of(&file_name, &head);
    accept(&file_name, mime)?;
    let stored = store_bytes(&artifacts_dir(db.path()), source, &head, file)?;
    let written = db.write(|w| {
        live_fields(w.conn(), &STUDENT, "student", &student_id_key)?;
        let id = ArtifactId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields();
        fields.insert("student_id".into(), json!(student_id));
        fields.extend(file_fields(&file_name, mime, stored.size, &stored.sha256));
        w.set(&ARTIFACT, &id.to_string(), fields)?;
        Ok(id)
    });
    match written {
        Ok(id) => get_artifact(db.conn(), db.path(), id),
        Err(e) => {
            if stored.created {
                // Best effort: the record was not written, so nothing points at these bytes.
                let _ = fs::remove_file(&stored.path);
            }
            Err(e)
        }
    }
}

/// Refuses a file over [`MAX_ARTIFACT_BYTES`].
fn check_size(path: &Path, size: u64) -> Result<()> {
    if size > MAX_ARTIFACT_BYTES {
        return Err(Error::FileTooBig {
            path: path.to_owned(),
            what: "a portfolio item",
            size_mb: size.div_ceil(1024 * 1024),
            limit_mb: MAX_ARTIFACT_BYTES / (1024 * 1024),
        });
    }
    Ok(())
}

fn io_error(path: &Path, source: io::Error) -> Error {
    Error::Io {
        path: path.to_owned(),
        source,
    }
}

/// Where one attach put the bytes.
struct Stored {
    /// `artifacts/<sha256>`.
    path: PathBuf,
    /// The SHA-256 of the bytes, lowercase hex.
    sha256: String,
    /// How many bytes.
    size: u64,
    /// True when this call created the file (false when the same bytes were already there).
    created: bool,
}

/// Copies `head` and the rest of `file` (opened from `source`) into `dir`, named by their
/// SHA-256, hashing as it goes, so the file is read once. The copy goes to a temp name in the
/// same folder, is synced, then renamed: a crash leaves either no file or a whole one under
/// the hash, never a partial one. The temp file is removed on any failure.
fn store_bytes(dir: &Path, source: &Path, head: &[u8], mut file: File) -> Result<Stored> {
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let temp = dir.join(format!(".incoming-{}.tmp", hex(&random10())));
    let result = (|| {
        let temp_err = |e| io_error(&temp, e);
        let mut out = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(temp_err)?;
        let mut hasher = Sha256::new();
        hasher.update(head);
        out.write_all(head).map_err(temp_err)?;
        let mut size = head.len() as u64;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = file.read(&mut buf).map_err(|e| io_error(source, e))?;
            if n == 0 {
                break;
            }
            size += n as u64;
            // The file may have grown since its size was checked; the limit holds regardless.
            check_size(source, size)?;
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(temp_err)?;
        }
        out.sync_all().map_err(temp_err)?;
        drop(out);
        let sha256 = hex(&hasher.finalize());
        let path = dir.join(&sha256);
        let existing = fs::metadata(&path).ok();
        if existing.as_ref().is_some_and(|m| m.len() == size) {
            // The same bytes are already here: one copy serves every record that names them.
            let _ = fs::remove_file(&temp);
        } else {
            fs::rename(&temp, &path).map_err(|e| io_error(&path, e))?;
            // The rename itself is durable only once the folder is synced (Unix; elsewhere
            // a folder can't be opened, and the rename is as durable as the OS makes it).
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(Stored {
            path,
            sha256,
            size,
            created: existing.is_none(),
        })
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Lowercase hex.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// True for 64 lowercase hex digits. A record's `sha256` names a file on disk, and records
/// arrive from other laptops: anything else (`../x`, say) must never become a path.
fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

const COLUMNS: &str = "id, student_id, title, date, reflection, competency_ids, highlight,
    file_name, mime, size, sha256, peer_review, share_feedback,
    (SELECT count(*) FROM peer_feedback f WHERE f.artifact_id = artifact.id AND f._deleted = 0)";

/// A student's portfolio, newest first (by date, then by when it was added), each item with
/// whether its bytes are here, its thumbnail and any problem. A missing or damaged file is
/// reported on its item and never fails the list.
pub fn list_artifacts(
    conn: &Connection,
    db_path: &Path,
    student_id: StudentId,
) -> Result<Vec<ArtifactView>> {
    let student_id_key = student_id.to_string();
    live_fields(conn, &STUDENT, "student", &student_id_key)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM artifact WHERE student_id = ?1 AND _deleted = 0
         ORDER BY date DESC, id DESC"
    ))?;
    let rows = stmt
        .query_map([&student_id_key], artifact_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let dir = artifacts_dir(db_path);
    rows.into_iter()
        .map(|row| Ok(with_file_state(&dir, row?)))
        .collect()
}

/// One live artifact, with its file's state and thumbnail.
pub fn get_artifact(conn: &Connection, db_path: &Path, id: ArtifactId) -> Result<ArtifactView> {
    let row = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM artifact WHERE id = ?1 AND _deleted = 0"),
            [id.to_string()],
            artifact_row,
        )
        .optional()?
        .unwrap_or_else(|| Err(not_found("artifact", id)))?;
    Ok(with_file_state(&artifacts_dir(db_path), row))
}

/// The record as stored; `present`, `thumbnail` and `problem` are filled in from the disk.
fn artifact_row(r: &Row<'_>) -> rusqlite::Result<Result<ArtifactView>> {
    let (id, student_id, title, date) = (text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?);
    let reflection = text(r, 4)?;
    let competency_ids: Option<String> = r.get(5)?;
    let highlight = r.get::<_, Option<bool>>(6)?.unwrap_or(false);
    let (file_name, mime) = (text(r, 7)?, text(r, 8)?);
    let size = r.get::<_, Option<f64>>(9)?.unwrap_or(0.0);
    let sha256 = text(r, 10)?;
    let peer_review = r.get::<_, Option<bool>>(11)?.unwrap_or(false);
    let share_feedback = r.get::<_, Option<bool>>(12)?.unwrap_or(false);
    let feedback_count = r.get::<_, u32>(13)?;
    Ok((|| {
        let competency_ids = match competency_ids {
            Some(s) => serde_json::from_str(&s)?,
            None => Vec::new(),
        };
        Ok(ArtifactView {
            id: id.parse()?,
            student_id: student_id.parse()?,
            title,
            date,
            reflection,
            competency_ids,
            highlight,
            kind: kind_of(&file_name, &mime).to_owned(),
            file_name,
            mime,
            size: size.max(0.0).round() as u64,
            sha256,
            peer_review,
            share_feedback,
            feedback_count,
            present: false,
            thumbnail: None,
            problem: None,
        })
    })())
}

/// Fills in `present`, `thumbnail` and `problem` from the files in `dir`.
fn with_file_state(dir: &Path, mut view: ArtifactView) -> ArtifactView {
    match usable_bytes(dir, &view.sha256, view.size) {
        Err(problem) => view.problem = Some(problem.to_owned()),
        Ok(path) => {
            view.present = true;
            match view.kind.as_str() {
                "image" => match image_thumbnail(dir, &view.sha256, &path) {
                    Some(url) => view.thumbnail = Some(url),
                    None => view.problem = Some(UNREADABLE_IMAGE.to_owned()),
                },
                // A PDF without a thumbnail is still a fine PDF: no problem to report.
                "pdf" => view.thumbnail = pdf_thumbnail(dir, &view.sha256, &path),
                _ => {}
            }
        }
    }
    view
}

/// The path of the bytes named `sha256` when they are here, whole (the recorded size) and
/// readable; otherwise the sentence that says why not.
fn usable_bytes(dir: &Path, sha256: &str, size: u64) -> std::result::Result<PathBuf, &'static str> {
    if !is_sha256(sha256) {
        return Err(UNREADABLE_FILE);
    }
    let path = dir.join(sha256);
    match fs::metadata(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(MISSING_FILE),
        Err(_) => Err(UNREADABLE_FILE),
        Ok(m) if !m.is_file() || m.len() != size => Err(UNREADABLE_FILE),
        // Opening is cheap and catches a file this user may not read.
        Ok(_) => File::open(&path).map(|_| path).map_err(|_| UNREADABLE_FILE),
    }
}

/// The cached thumbnail for `sha256` as a data: URL, if one was made before.
fn cached_thumbnail(dir: &Path, sha256: &str) -> Option<String> {
    fs::read(thumb_path(dir, sha256))
        .ok()
        .filter(|bytes| !bytes.is_empty())
        .map(|bytes| data_url(&bytes))
}

fn thumb_path(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(format!("{sha256}.thumb.png"))
}

fn data_url(png: &[u8]) -> String {
    format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png)
    )
}

/// Keeps a thumbnail for next time: a temp name, then a rename, so a reader never sees half
/// of one. Best effort: a thumbnail that can't be cached is simply made again next time.
fn cache_thumbnail(dir: &Path, sha256: &str, png: &[u8]) {
    let temp = dir.join(format!(".thumb-{}.tmp", hex(&random10())));
    if fs::write(&temp, png).is_err() || fs::rename(&temp, thumb_path(dir, sha256)).is_err() {
        let _ = fs::remove_file(&temp);
    }
}

/// An image's thumbnail as a data: URL: from the cache, or made and cached. `None` when the
/// image does not decode.
fn image_thumbnail(dir: &Path, sha256: &str, source: &Path) -> Option<String> {
    if let Some(url) = cached_thumbnail(dir, sha256) {
        return Some(url);
    }
    // The bytes may come from any laptop: a decoder that panics on a hostile file must cost
    // one thumbnail, not the whole list.
    let png = std::panic::catch_unwind(|| render_image_thumbnail(source))
        .ok()
        .flatten()?;
    cache_thumbnail(dir, sha256, &png);
    Some(data_url(&png))
}

/// Decodes the image at `source` (by its contents, whatever its name), turns it upright by
/// its EXIF orientation, shrinks it to fit [`THUMB_MAX`] and encodes it as PNG.
fn render_image_thumbnail(source: &Path) -> Option<Vec<u8>> {
    use image::{DynamicImage, ImageDecoder, ImageReader};
    let reader = ImageReader::open(source).ok()?.with_guessed_format().ok()?;
    let mut decoder = reader.into_decoder().ok()?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > THUMB_SOURCE_MAX_PIXELS {
        return None;
    }
    // Phone photos are stored sideways with a note saying so; a missing note is "upright".
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder).ok()?;
    if let Some(orientation) = orientation {
        img.apply_orientation(orientation);
    }
    // Only ever shrunk: a small image is kept at its own size rather than blown up.
    if img.width() > THUMB_MAX || img.height() > THUMB_MAX {
        img = img.thumbnail(THUMB_MAX, THUMB_MAX);
    }
    let mut png = io::Cursor::new(Vec::new());
    DynamicImage::ImageRgba8(img.to_rgba8())
        .write_to(&mut png, image::ImageFormat::Png)
        .ok()?;
    Some(png.into_inner())
}

/// A PDF's first page as a data: URL: from the cache, or rendered by `pdftoppm` and cached.
/// `None` when `pdftoppm` is not installed, fails, or takes too long.
fn pdf_thumbnail(dir: &Path, sha256: &str, source: &Path) -> Option<String> {
    if let Some(url) = cached_thumbnail(dir, sha256) {
        return Some(url);
    }
    let prefix = dir.join(format!(".pdf-{}", hex(&random10())));
    // `-singlefile` writes `<prefix>.png` rather than `<prefix>-1.png` (whose digits depend on
    // the page count), so the output has one known name.
    let output = prefix.with_extension("png");
    let rendered = run_pdftoppm(source, &prefix)
        .then(|| fs::read(&output).ok())
        .flatten()
        .filter(|png| !png.is_empty());
    let _ = fs::remove_file(&output);
    let png = rendered?;
    cache_thumbnail(dir, sha256, &png);
    Some(data_url(&png))
}

/// Runs `pdftoppm -png -f 1 -l 1 -scale-to 320 -singlefile <source> <prefix>`; true when it
/// finished successfully within [`PDF_RENDER_TIMEOUT`]. A missing program is just false.
fn run_pdftoppm(source: &Path, prefix: &Path) -> bool {
    let spawned = Command::new("pdftoppm")
        .args(["-png", "-f", "1", "-l", "1", "-scale-to"])
        .arg(THUMB_MAX.to_string())
        .arg("-singlefile")
        .arg(source)
        .arg(prefix)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = spawned else {
        return false;
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if started.elapsed() < PDF_RENDER_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            // Too slow (a hostile or enormous page) or not waitable: stop it, no thumbnail.
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

/// Edits an artifact's record (title, date, reflection, competencies, highlight); only
/// changed fields are written. The file is not changed: to replace it, attach a new one.
pub fn update_artifact(db: &mut Db, id: ArtifactId, input: &ArtifactInput) -> Result<ArtifactView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &ARTIFACT, "artifact", &id.to_string())?;
        w.set(
            &ARTIFACT,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_artifact(db.conn(), db.path(), id)
}

/// Deletes an artifact's record (a tombstone, which syncs). Its bytes stay: another record
/// may name the same bytes, and a restore or an undone import may bring this one back.
pub fn delete_artifact(db: &mut Db, id: ArtifactId) -> Result<()> {
    let key = id.to_string();
    db.write(|w| {
        live_fields(w.conn(), &ARTIFACT, "artifact", &key)?;
        w.tombstone(&ARTIFACT, &key)
    })
}

/// The path of a live artifact's bytes, for printing or opening: `Some` when they are on this
/// laptop, whole and readable, `None` when not (yet). An unknown or deleted id is
/// [`Error::NotFound`].
pub fn artifact_bytes_path(
    conn: &Connection,
    db_path: &Path,
    id: ArtifactId,
) -> Result<Option<PathBuf>> {
    let (sha256, size) = conn
        .query_row(
            "SELECT sha256, size FROM artifact WHERE id = ?1 AND _deleted = 0",
            [id.to_string()],
            |r| Ok((text(r, 0)?, r.get::<_, Option<f64>>(1)?.unwrap_or(0.0))),
        )
        .optional()?
        .ok_or_else(|| not_found("artifact", id))?;
    let size = size.max(0.0).round() as u64;
    Ok(usable_bytes(&artifacts_dir(db_path), &sha256, size).ok())
}

/// The SHA-256 of every file a student's artifact records name, deleted records included:
/// what a purge of the student may have to remove from `artifacts/`.
pub(crate) fn student_sha256s(conn: &Connection, student_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT sha256 FROM artifact WHERE student_id = ?1 AND sha256 IS NOT NULL",
    )?;
    let rows = stmt
        .query_map([student_id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().filter(|s| is_sha256(s)).collect())
}

/// The files in `artifacts/` that hold the bytes named `sha256` or are made from them: the
/// bytes and their thumbnail. Nothing for a name that is not a SHA-256.
pub(crate) fn files_of(db_path: &Path, sha256: &str) -> Vec<PathBuf> {
    if !is_sha256(sha256) {
        return Vec::new();
    }
    let dir = artifacts_dir(db_path);
    vec![dir.join(sha256), thumb_path(&dir, sha256)]
}

/// One artifact file a sync bundle may carry: its SHA-256 (its name in `artifacts/`), where
/// it is on this laptop and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactFile {
    /// The SHA-256 of the bytes, lowercase hex.
    pub sha256: String,
    /// `artifacts/<sha256>` beside the database.
    pub path: PathBuf,
    /// Its size in bytes, as recorded and as on disk.
    pub size: u64,
}

/// Removes the portfolio files `hashes` (and their thumbnails) that no artifact record on
/// this laptop names any more, deleted ones included: after a class is forgotten or a
/// student purged, their bytes leave the data folder too.
pub fn remove_unused_files(db: &Db, hashes: &[String]) -> Result<()> {
    let dir = artifacts_dir(db.path());
    for hash in hashes.iter().filter(|h| is_sha256(h)) {
        let used: bool = db.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM artifact WHERE sha256 = ?1)",
            [hash],
            |r| r.get(0),
        )?;
        if used {
            continue;
        }
        for path in [dir.join(hash), dir.join(format!("{hash}.thumb.png"))] {
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(Error::Io { path, source }),
            }
        }
    }
    Ok(())
}

/// The portfolio files (by SHA-256) that artifact records in `ops` name: the only files a
/// bundle may store on this laptop.
pub fn artifact_hashes_in_ops(ops: &[Op]) -> std::collections::BTreeSet<String> {
    ops.iter()
        .filter(|op| op.table == ARTIFACT.name && op.kind == OpKind::Set)
        .filter_map(|op| op.fields.get("sha256")?.as_str())
        .filter(|h| is_sha256(h))
        .map(str::to_owned)
        .collect()
}

/// The files named by the artifact records that `ops` set (table `artifact`, field `sha256`)
/// and that are here, whole (the recorded size, when the op records one) and readable:
/// deduplicated and sorted by SHA-256, so a bundle built from them is the same every time.
///
/// This runs no SQL: the ops name the bytes, and the disk says whether they are here. Files
/// that are missing or the wrong size are left out (the receiver then lists the item as not
/// on its laptop yet). The contents are not hashed here: the caller reads each file once
/// anyway and checks it against its name then, so a file is never read twice.
pub fn artifact_files_for_ops(db_path: &Path, ops: &[Op]) -> Vec<ArtifactFile> {
    let dir = artifacts_dir(db_path);
    let mut wanted: BTreeMap<String, Option<u64>> = BTreeMap::new();
    for op in ops {
        if op.table != ARTIFACT.name || op.kind != OpKind::Set {
            continue;
        }
        let Some(sha256) = op.fields.get("sha256").and_then(|v| v.as_str()) else {
            continue;
        };
        // A record from another laptop may name anything: only a hash becomes a path.
        if !is_sha256(sha256) {
            continue;
        }
        let size = op
            .fields
            .get("size")
            .and_then(|v| v.as_f64())
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(|s| s.round() as u64);
        let entry = wanted.entry(sha256.to_owned()).or_insert(size);
        if entry.is_none() {
            *entry = size;
        }
    }
    wanted
        .into_iter()
        .filter_map(|(sha256, size)| {
            let path = dir.join(&sha256);
            let meta = fs::metadata(&path).ok().filter(|m| m.is_file())?;
            if size.is_some_and(|s| s != meta.len()) {
                return None;
            }
            Some(ArtifactFile {
                sha256,
                path,
                size: meta.len(),
            })
        })
        .collect()
}

/// Stores bytes that arrived in a sync bundle as `artifacts/<sha256>` beside the database at
/// `db_path`. Refused (nothing written) unless `sha256` is a SHA-256 in lowercase hex and the
/// bytes hash to it. Content-addressed, so it is idempotent: when a file of that name and
/// size is already there, nothing is written. Otherwise the bytes go to a temp file in the
/// same folder, which is synced and renamed (then the folder synced), so a crash leaves either
/// no file or a whole one, never part of one under the real name.
pub fn store_artifact_bytes(db_path: &Path, sha256: &str, bytes: &[u8]) -> Result<()> {
    let dir = artifacts_dir(db_path);
    let target = dir.join(if is_sha256(sha256) { sha256 } else { "_" });
    if !is_sha256(sha256) || hex(&Sha256::digest(bytes)) != sha256 {
        return Err(io_error(
            &target,
            io::Error::new(
                io::ErrorKind::InvalidData,
                "the bytes do not match their SHA-256",
            ),
        ));
    }
    if fs::metadata(&target).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64) {
        return Ok(());
    }
    fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    let temp = dir.join(format!(".incoming-{}.tmp", hex(&random10())));
    let result = (|| {
        let temp_err = |e| io_error(&temp, e);
        let mut out = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(temp_err)?;
        out.write_all(bytes).map_err(temp_err)?;
        out.sync_all().map_err(temp_err)?;
        drop(out);
        fs::rename(&temp, &target).map_err(|e| io_error(&target, e))?;
        // The rename itself is durable only once the folder is synced (see store_bytes).
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_sha256_names_a_file() {
        assert!(is_sha256(&"a".repeat(64)), "64 lowercase hex digits");
        for bad in ["../../etc/passwd", "", &"A".repeat(64), &"a".repeat(63)] {
            assert!(
                !is_sha256(bad),
                "{bad:?} from another laptop must never become a path"
            );
        }
    }

    #[test]
    fn the_artifacts_folder_is_beside_the_database() {
        assert_eq!(
            artifacts_dir(Path::new("/data/waypoint/w.sqlite3")),
            Path::new("/data/waypoint/artifacts"),
            "bytes live beside the database, so a backup of the folder has both"
        );
    }
}
