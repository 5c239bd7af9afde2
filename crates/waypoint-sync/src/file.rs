//! Bundle files on disk: written so that a crash or a pulled USB stick never leaves a
//! half-written bundle under the real name, and read with a size limit checked first.
//! A file is either a plain bundle or an age-encrypted one; the reader tells them apart by
//! the age header.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

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
/// is removed and the file already at `path`, the last good bundle, is left as it was.
///
/// The temp file only ever holds the final bytes, so an encrypted export never puts its
/// plaintext on disk. Temp files that an earlier, killed export to the same name left behind
/// are removed first (sync-folder readers skip them anyway: they start with a dot).
pub fn write_bundle(path: &Path, plain: &[u8], passphrase: Option<&str>) -> Result<Bundle> {
    write_bundle_checked(path, plain, passphrase, |_| Ok(()))
}

/// [`write_bundle`], with `before_verify` run on the synced temp file just before it is
/// verified: the seam through which the tests stand in for a disk that hands back other
/// bytes than it was given.
fn write_bundle_checked(
    path: &Path,
    plain: &[u8],
    passphrase: Option<&str>,
    before_verify: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<Bundle> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
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
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle".into());
    remove_stale_temps(dir, &name);
    let temp = dir.join(temp_name(&name, std::process::id()));
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

/// The temp file an export by process `pid` writes before renaming it to `name`.
fn temp_name(name: &str, pid: u32) -> String {
    format!(".{name}.{pid}.tmp")
}

/// Removes the temp files of exports to `name` in `dir` that were killed before they could
/// clean up (`.<name>.<pid>.tmp`, any pid but this process's own, which is about to be
/// rewritten). Only that exact pattern is touched, since the folder may be the teacher's
/// own. Best effort: a temp that can't be removed is skipped by readers all the same.
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
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let size = fs::metadata(path).map_err(io)?.len();
    if size > MAX_BUNDLE_BYTES {
        return Err(Error::TooBig {
            path: path.to_owned(),
            size_mb: size.div_ceil(1024 * 1024),
            limit_mb: MAX_BUNDLE_BYTES / (1024 * 1024),
        });
    }
    fs::read(path).map_err(io)
}

/// Opens a bundle's bytes, decrypting them first when they are encrypted; also says
/// whether they were.
pub fn open_bytes(bytes: &[u8], passphrase: Option<&str>) -> Result<(Bundle, bool)> {
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
            let result = write_bundle_checked(&path, &plain, passphrase, flip);
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
        let result = write_bundle_checked(&path, &plain_bundle(), Some("a long passphrase"), |t| {
            seen = fs::read(t)?;
            Ok(())
        });
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
