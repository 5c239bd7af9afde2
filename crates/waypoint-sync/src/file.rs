//! Bundle files on disk: written so that a crash or a pulled USB stick never leaves a
//! half-written bundle under the real name, and read with a size limit checked first.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::bundle::{Bundle, decode};
use crate::{Error, Result};

/// The largest bundle accepted, checked before a byte is read.
pub const MAX_BUNDLE_BYTES: u64 = 512 * 1024 * 1024;

/// Writes `bytes` to `path`: a temp file beside it, fsync, rename, fsync the folder, then
/// re-reads the file and checks it decodes to the same bundle.
pub fn write_bundle(path: &Path, bytes: &[u8]) -> Result<Bundle> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let expected = decode(bytes)?;
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
    let back = read_bundle(path)?;
    if back != expected {
        return Err(Error::VerifyFailed {
            path: path.to_owned(),
        });
    }
    Ok(back)
}

/// Reads and checks a bundle file; one over [`MAX_BUNDLE_BYTES`] is refused unread.
pub fn read_bundle(path: &Path) -> Result<Bundle> {
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
    decode(&fs::read(path).map_err(io)?)
}
