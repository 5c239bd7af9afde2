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

/// Writes the bundle `plain` to `path`, encrypted to `passphrase` when one is given: a temp
/// file beside it, fsync, rename, fsync the folder, then re-reads the file and checks that
/// it opens to the same bundle.
pub fn write_bundle(path: &Path, plain: &[u8], passphrase: Option<&str>) -> Result<Bundle> {
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
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle".into());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&temp, path)?;
        // The rename itself is durable only once the folder is synced.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        return Err(io(e));
    }
    let (back, _) = read_bundle(path, passphrase)?;
    if back != expected {
        return Err(Error::VerifyFailed {
            path: path.to_owned(),
        });
    }
    Ok(back)
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
