//! Bundle files on disk: written so that a crash or a pulled USB stick never leaves a
//! half-written bundle under the real name, and read with a size limit checked first.
//! A file is either a plain bundle or an age-encrypted one; the reader tells them apart by
//! the age header.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::bundle::{Bundle, decode};
use crate::crypto;
use crate::{Error, Result};

/// The largest bundle accepted, checked before a byte is read.
pub const MAX_BUNDLE_BYTES: u64 = 512 * 1024 * 1024;

/// Writes the bundle `plain` to `path`, encrypted to `passphrase` when one is given.
///
/// The bytes go to a temp file beside it (`.<name>.<pid>.tmp`), which is fsynced and then
/// verified as a reader will see it: under [`MAX_BUNDLE_BYTES`], decrypted when encrypted,
/// parsed strictly, and equal to the bundle in `plain` (manifest, hashes, ops and files).
/// Only then is it renamed over `path` and the folder fsynced. On any failure the temp file
/// is removed and the file already at `path`, the last good bundle, is left as it was. A
/// full disk is [`Error::DiskFull`], and a folder that refuses the write (read-only, no
/// permission, a folder in the way of the name) [`Error::NotWritable`].
///
/// The temp file only ever holds the final bytes, so an encrypted export never puts its
/// plaintext on disk. Temp files that an earlier, killed export to the same name left behind
/// are removed first (sync-folder readers skip them anyway: they start with a dot).
pub fn write_bundle(path: &Path, plain: &[u8], passphrase: Option<&str>) -> Result<Bundle> {
    write_bundle_seen(path, plain, passphrase, &mut |_| {})
}

/// [`write_bundle`], telling `before_write` the temp file it is about to write (after the
/// temp files of killed exports were removed): the seam through which the folder-weather
/// tests put a full disk there, a symlink to `/dev/full`, since a full file system can't be
/// had in a test.
pub(crate) fn write_bundle_seen(
    path: &Path,
    plain: &[u8],
    passphrase: Option<&str>,
    before_write: &mut dyn FnMut(&Path),
) -> Result<Bundle> {
    write_bundle_checked(path, plain, passphrase, before_write, |_| Ok(()))
}

/// [`write_bundle`], with `before_verify` run on the synced temp file just before it is
/// verified: the seam through which the tests stand in for a disk that hands back other
/// bytes than it was given.
fn write_bundle_checked(
    path: &Path,
    plain: &[u8],
    passphrase: Option<&str>,
    before_write: &mut dyn FnMut(&Path),
    before_verify: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<Bundle> {
    let io = |source| write_error(path, source);
    let expected = decode(plain)?;
    let sealed;
    let bytes = match passphrase {
        Some(p) => {
            sealed = crypto::encrypt(plain, p)?;
            &sealed[..]
        }
        None => plain,
    };
    let size = bytes.len() as u64;
    if size > MAX_BUNDLE_BYTES {
        // Refused here rather than written: no reader would open it.
        return Err(Error::TooBig {
            path: path.to_owned(),
            size_mb: size.div_ceil(1024 * 1024),
            limit_mb: MAX_BUNDLE_BYTES / (1024 * 1024),
        });
    }
    let dir = folder_of(path);
    remove_stale_temps(dir, &file_name_of(path));
    let temp = temp_path(path);
    before_write(&temp);
    let written = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        before_verify(&temp)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(io(e));
    }
    let back = match read_bundle(&temp, passphrase) {
        Ok((back, _)) if back == expected => back,
        _ => {
            let _ = fs::remove_file(&temp);
            return Err(Error::VerifyFailed {
                path: path.to_owned(),
            });
        }
    };
    if let Err(e) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(io(e));
    }
    // The rename itself is durable only once the folder is synced.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(back)
}

/// The error for a failed write of `path`: a full disk and a folder that refuses writes
/// have their own sentences, since the teacher can do something about each.
fn write_error(path: &Path, source: std::io::Error) -> Error {
    use std::io::ErrorKind as Kind;
    match source.kind() {
        Kind::StorageFull | Kind::QuotaExceeded => Error::DiskFull {
            path: path.to_owned(),
        },
        Kind::PermissionDenied
        | Kind::ReadOnlyFilesystem
        | Kind::IsADirectory
        | Kind::DirectoryNotEmpty => Error::NotWritable {
            path: path.to_owned(),
            source,
        },
        _ => Error::Io {
            path: path.to_owned(),
            source,
        },
    }
}

/// The folder `path` is in.
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// `path`'s file name, as text.
fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle".into())
}

/// The temp file an export by process `pid` writes before renaming it to `name`.
fn temp_name(name: &str, pid: u32) -> String {
    format!(".{name}.{pid}.tmp")
}

/// Where [`write_bundle`] of `path` in this process puts the bytes before renaming them
/// into place (`.<name>.<pid>.tmp` beside it).
fn temp_path(path: &Path) -> PathBuf {
    folder_of(path).join(temp_name(&file_name_of(path), std::process::id()))
}

/// Removes the temp files of exports to `name` in `dir` that were killed before they could
/// clean up (`.<name>.<pid>.tmp`, any pid, this process's own too: whatever is there is not
/// this export's, which has not begun). Only that exact pattern is touched, since the folder
/// may be the teacher's own. Best effort: a temp that can't be removed is skipped by readers
/// all the same.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|rest| rest.strip_suffix(".tmp"))
        else {
            continue;
        };
        if !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Reads a bundle file's bytes; one over [`MAX_BUNDLE_BYTES`] is refused unread.
///
/// A sync client may be writing the file in place while it is read. The bytes are read
/// through one handle, and the file's size and modification time are taken from that
/// handle before and after: when they differ, or fewer or more bytes came than the file
/// had, it is refused as [`Error::ChangedWhileReading`] rather than judged on a mixture.
/// A file replaced by a rename while it is read is not a change of the file being read:
/// its bytes are the old file's, whole.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    read_bytes_checked(path, |_| Ok(()))
}

/// [`read_bytes`], with `during` run after the file is opened and measured and before its
/// bytes are read: the seam through which the tests stand in for a client writing it.
fn read_bytes_checked(
    path: &Path,
    during: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let too_big = |size: u64| Error::TooBig {
        path: path.to_owned(),
        size_mb: size.div_ceil(1024 * 1024),
        limit_mb: MAX_BUNDLE_BYTES / (1024 * 1024),
    };
    let mut file = File::open(path).map_err(io)?;
    let before = file.metadata().map_err(io)?;
    if before.len() > MAX_BUNDLE_BYTES {
        return Err(too_big(before.len()));
    }
    during(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(before.len() as usize);
    (&mut file)
        .take(MAX_BUNDLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    let after = file.metadata().map_err(io)?;
    if bytes.len() as u64 != before.len()
        || after.len() != before.len()
        || after.modified().ok() != before.modified().ok()
    {
        return Err(Error::ChangedWhileReading {
            path: path.to_owned(),
        });
    }
    Ok(bytes)
}

/// Opens a bundle's bytes, decrypting them first when they are encrypted; also says
/// whether they were.
pub fn open_bytes(bytes: &[u8], passphrase: Option<&str>) -> Result<(Bundle, bool)> {
    if crypto::is_cut_encrypted(bytes) {
        return Err(Error::Damaged {
            reason: waypoint_core::msg!("sync-why-header-cut-short"),
        });
    }
    if crypto::is_encrypted(bytes) {
        let p = passphrase.ok_or(Error::NeedsPassphrase)?;
        let plain = crypto::decrypt(bytes, p, MAX_BUNDLE_BYTES)?;
        Ok((decode(&plain)?, true))
    } else {
        Ok((decode(bytes)?, false))
    }
}

/// Reads, decrypts if needed, and checks a bundle file; also says whether it was encrypted.
pub fn read_bundle(path: &Path, passphrase: Option<&str>) -> Result<(Bundle, bool)> {
    open_bytes(&read_bytes(path)?, passphrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain_bundle() -> Vec<u8> {
        let dir = tempfile::tempdir().expect("a temp folder");
        let db = waypoint_store::Db::open(&dir.path().join("a.sqlite3")).expect("a database");
        crate::bundle::export(&db, None, "", 1).expect("an empty database exports")
    }

    #[test]
    fn a_temp_file_that_does_not_verify_is_removed_and_the_last_good_file_is_untouched()
    -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("waypoint-x.bundle");
        let plain = plain_bundle();
        assert!(
            write_bundle(&path, &plain, None).is_ok(),
            "the first export is written"
        );
        let good = fs::read(&path)?;
        for passphrase in [None, Some("correct horse battery staple")] {
            // A disk that hands back other bytes than it was given: one byte flipped.
            let flip = |temp: &Path| {
                let mut bytes = fs::read(temp)?;
                let last = bytes.len() / 2;
                bytes[last] ^= 0x20;
                fs::write(temp, bytes)
            };
            let result = write_bundle_checked(&path, &plain, passphrase, &mut |_| {}, flip);
            assert!(
                matches!(result, Err(Error::VerifyFailed { .. })),
                "a temp file that does not read back is refused: {result:?}"
            );
            assert_eq!(
                fs::read(&path)?,
                good,
                "the last good bundle is byte-identical after a failed export"
            );
            let names: Vec<String> = fs::read_dir(dir.path())?
                .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect::<std::io::Result<_>>()?;
            assert_eq!(
                names,
                vec!["waypoint-x.bundle".to_owned()],
                "no temp file is left behind"
            );
        }
        Ok(())
    }

    #[test]
    fn an_encrypted_export_never_puts_plaintext_in_its_temp_file() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("waypoint-x.bundle");
        let mut seen = Vec::new();
        let result = write_bundle_checked(
            &path,
            &plain_bundle(),
            Some("a long passphrase"),
            &mut |_| {},
            |t| {
                seen = fs::read(t)?;
                Ok(())
            },
        );
        assert!(result.is_ok(), "the export is written: {result:?}");
        assert!(
            crypto::is_encrypted(&seen),
            "the temp file holds the encrypted bytes, never the plaintext"
        );
        assert_eq!(
            fs::read(&path)?,
            seen,
            "what was verified is exactly what was renamed into place"
        );
        Ok(())
    }

    #[test]
    fn a_file_rewritten_in_place_while_read_is_refused_and_one_renamed_over_is_read_whole()
    -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("waypoint-x.waypoint");
        let old = plain_bundle();
        let mut newer = old.clone();
        newer.extend_from_slice(b"    ");
        // A client copying a newer version over the file in place: truncated, then written
        // again, shorter (part-way) or longer (whole) than the file was when it was opened.
        for (rewrite, what) in [(&old[..old.len() / 2], "part-way"), (&newer[..], "whole")] {
            fs::write(&path, &old)?;
            let read = read_bytes_checked(&path, |p| {
                let mut f = OpenOptions::new().write(true).truncate(true).open(p)?;
                f.write_all(rewrite)
            });
            assert!(
                matches!(read, Err(Error::ChangedWhileReading { .. })),
                "a file rewritten in place ({what}) while read is refused, not judged on a mixture: {read:?}"
            );
        }
        // A client that downloads to a temp file and renames it over the name (Syncthing):
        // the file opened is read whole, as it was.
        fs::write(&path, &old)?;
        let read = read_bytes_checked(&path, |p| {
            let temp = p.with_file_name(".syncthing.waypoint-x.waypoint.tmp");
            fs::write(&temp, &newer)?;
            fs::rename(&temp, p)
        });
        assert!(
            read.as_ref().is_ok_and(|bytes| *bytes == old),
            "a file renamed over while read leaves the opened one whole: {:?}",
            read.map(|b| b.len())
        );
        assert_eq!(
            fs::read(&path)?,
            newer,
            "and the next read gets the new one"
        );
        Ok(())
    }

    #[test]
    fn a_full_disk_and_a_folder_in_the_way_have_their_own_errors_and_keep_the_last_good_file()
    -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("waypoint-x.waypoint");
        let plain = plain_bundle();
        assert!(
            write_bundle(&path, &plain, None).is_ok(),
            "the first export is written"
        );
        #[cfg(target_os = "linux")]
        {
            let good = fs::read(&path)?;
            // A full disk, for any user: the temp file is the kernel's /dev/full, whose
            // every write fails with ENOSPC.
            let mut planted = Ok(());
            let full = write_bundle_seen(&path, &plain, None, &mut |temp| {
                planted = std::os::unix::fs::symlink("/dev/full", temp);
            });
            planted?;
            assert_eq!(
                full.as_ref().err().map(|e| e.message().id),
                Some("sync-disk-full".to_owned()),
                "ENOSPC is a full disk, in its own sentence: {full:?}"
            );
            assert_eq!(
                fs::read(&path)?,
                good,
                "the last good bundle is untouched by a full disk"
            );
            assert!(
                !temp_path(&path).exists(),
                "and nothing is left in the way of the next export"
            );
        }
        // A folder with this file's name: the rename can't put it there, for root too.
        fs::remove_file(&path)?;
        fs::create_dir(&path)?;
        let blocked = write_bundle(&path, &plain, None);
        assert!(
            matches!(blocked, Err(Error::NotWritable { .. })),
            "a folder in the way is a place Waypoint may not write: {blocked:?}"
        );
        assert!(path.is_dir(), "the folder in the way is left alone");
        assert!(
            !temp_path(&path).exists(),
            "and no temp file is left beside it"
        );
        Ok(())
    }

    #[test]
    fn an_encrypted_bundle_cut_anywhere_says_it_was_cut_and_never_blames_the_passphrase() {
        let pass = "a long passphrase";
        let sealed = crypto::encrypt(&plain_bundle(), pass).expect("encrypts");
        let header = sealed
            .windows(4)
            .position(|w| w == b"\n---")
            .expect("an age header")
            + 60;
        // Every byte of the header (read before any key is derived), then a few of the
        // payload (each costs a key derivation).
        let cuts = (1..header).chain([header + 1, header + 30, sealed.len() - 1]);
        for cut in cuts {
            let why = match open_bytes(&sealed[..cut], Some(pass)) {
                Err(Error::Damaged { reason }) => reason.id,
                other => format!("{other:?}"),
            };
            assert!(
                [
                    "sync-why-header-cut-short",
                    "sync-why-contents-cut-or-altered"
                ]
                .contains(&why.as_str()),
                "an encrypted bundle cut at byte {cut} of {} is said to be cut, not {why}",
                sealed.len()
            );
        }
    }

    #[test]
    fn a_killed_exports_temp_files_are_removed_by_the_next_export_to_that_name()
    -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("waypoint-x.bundle");
        let stale = dir.path().join(temp_name("waypoint-x.bundle", 4_000_000));
        let unrelated = [".waypoint-y.bundle.12.tmp", ".waypoint-x.bundle.notes.tmp"];
        fs::write(&stale, b"{\"half\": ")?;
        for name in unrelated {
            fs::write(dir.path().join(name), b"not ours")?;
        }
        assert!(
            write_bundle(&path, &plain_bundle(), None).is_ok(),
            "the export is written"
        );
        assert!(!stale.exists(), "a killed export's temp file is removed");
        for name in unrelated {
            assert!(
                dir.path().join(name).exists(),
                "{name} is not a temp file of this export, so it is left alone"
            );
        }
        Ok(())
    }
}
