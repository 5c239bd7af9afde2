//! What the teacher chose or dropped, opened into named files: one file, a zip of files, or
//! a folder of them, within limits that keep a wrong choice harmless.
//!
//! Limits: each file at most [`MAX_FILE_BYTES`](crate::table::MAX_FILE_BYTES) (20 MiB),
//! a zip or folder at most [`MAX_FILES`] files that are read and [`MAX_TOTAL_BYTES`]
//! (100 MiB) in all, uncompressed; a zip entry's real size is what counts, not the size its
//! header claims. In a zip or folder only `.csv`, `.txt` and `.xlsx` files are read, and
//! files under `__MACOSX/` or starting with `.` are skipped. A zip whose files all sit in one
//! folder is read as if they did not.

use std::io::{Cursor, Read};
use std::path::Path;

use crate::table::{MAX_FILE_BYTES, check_size};
use crate::{Error, Result};
use waypoint_core::msg;

/// The most files read from one zip or folder.
pub const MAX_FILES: usize = 64;
/// The most bytes read from one zip or folder, uncompressed.
pub const MAX_TOTAL_BYTES: u64 = 100 * 1024 * 1024;

/// How the files arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// One file.
    File,
    /// A zip archive.
    Zip,
    /// A folder.
    Folder,
}

/// One file of a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Its name (inside a zip: its path there, without a folder all files share).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The files the teacher chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The name of the file or folder chosen, for messages.
    pub name: String,
    /// How they arrived.
    pub kind: SourceKind,
    /// The files, in name order.
    pub files: Vec<SourceFile>,
}

impl Source {
    /// The file called `name` (compared without case, ignoring any folder).
    pub fn file(&self, name: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| {
            let base = f.name.rsplit('/').next().unwrap_or(&f.name);
            base.eq_ignore_ascii_case(name)
        })
    }

    /// True when the source has a file called `name`.
    pub fn has(&self, name: &str) -> bool {
        self.file(name).is_some()
    }
}

/// Opens `path`: a folder, a zip or one file.
pub fn open(path: &Path) -> Result<Source> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return open_folder(path, &name);
    }
    check_size(&name, meta.len())?;
    let bytes = std::fs::read(path).map_err(io)?;
    from_bytes(&name, bytes)
}

/// A source from one file's bytes: a zip (not an `.xlsx`) is opened, anything else is one file.
pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Source> {
    check_size(name, bytes.len() as u64)?;
    if bytes.is_empty() {
        return Err(Error::Empty {
            name: name.to_owned(),
        });
    }
    let lower = name.to_ascii_lowercase();
    if bytes.starts_with(b"PK\x03\x04") && !lower.ends_with(".xlsx") && !is_xlsx(&bytes) {
        return open_zip(name, &bytes);
    }
    if lower.ends_with(".zip") {
        return Err(Error::NotWhatItClaims {
            name: name.to_owned(),
            expected: msg!("import-kind-zip"),
            reason: msg!("import-why-not-a-zip"),
        });
    }
    Ok(Source {
        name: name.to_owned(),
        kind: SourceKind::File,
        files: vec![SourceFile {
            name: name.to_owned(),
            bytes,
        }],
    })
}

/// True for a zip that is an Excel workbook (it holds `xl/workbook.xml`).
fn is_xlsx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .map(|z| z.index_for_name("xl/workbook.xml").is_some())
        .unwrap_or(false)
}

fn wanted(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let base = lower.rsplit('/').next().unwrap_or(&lower);
    !lower.starts_with("__macosx/")
        && !base.starts_with('.')
        && (base.ends_with(".csv") || base.ends_with(".txt") || base.ends_with(".xlsx"))
}

fn too_many(name: &str) -> Error {
    Error::NotWhatItClaims {
        name: name.to_owned(),
        expected: msg!("import-kind-roster-export"),
        reason: msg!("import-why-too-many-files", max = MAX_FILES),
    }
}

fn too_big_in_all(name: &str, total: u64) -> Error {
    Error::TooBig {
        name: name.to_owned(),
        size_mb: total.div_ceil(1024 * 1024),
        limit_mb: MAX_TOTAL_BYTES / (1024 * 1024),
    }
}

fn open_zip(name: &str, bytes: &[u8]) -> Result<Source> {
    let broken = |e: zip::result::ZipError| Error::NotWhatItClaims {
        name: name.to_owned(),
        expected: msg!("import-kind-readable-zip"),
        reason: msg!("import-why-zip-damaged", reason = e.to_string()),
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    let mut files = vec![];
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(broken)?;
        let entry_name = entry.name().map_err(broken)?.into_owned();
        if entry.is_dir() || !wanted(&entry_name) {
            continue;
        }
        if files.len() == MAX_FILES {
            return Err(too_many(name));
        }
        // Read one byte past the limit: a header can lie about the size, the bytes cannot.
        let mut buf = vec![];
        (&mut entry)
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::NotWhatItClaims {
                name: name.to_owned(),
                expected: msg!("import-kind-readable-zip"),
                reason: msg!(
                    "import-why-entry-not-unpacked",
                    entry = entry_name.clone(),
                    reason = e.to_string()
                ),
            })?;
        check_size(&entry_name, buf.len() as u64)?;
        total += buf.len() as u64;
        if total > MAX_TOTAL_BYTES {
            return Err(too_big_in_all(name, total));
        }
        files.push(SourceFile {
            name: entry_name,
            bytes: buf,
        });
    }
    strip_common_folder(&mut files);
    files.sort_by(|a, b| a.name.cmp(&b.name));
    if files.is_empty() {
        return Err(Error::NotWhatItClaims {
            name: name.to_owned(),
            expected: msg!("import-kind-roster-export"),
            reason: msg!("import-why-no-table-file"),
        });
    }
    Ok(Source {
        name: name.to_owned(),
        kind: SourceKind::Zip,
        files,
    })
}

/// Drops a leading folder every file shares (`export-2026/users.csv` → `users.csv`).
fn strip_common_folder(files: &mut [SourceFile]) {
    let Some(first) = files.first() else { return };
    let Some((folder, _)) = first.name.split_once('/') else {
        return;
    };
    let prefix = format!("{folder}/");
    if files.iter().all(|f| f.name.starts_with(&prefix)) {
        for f in files.iter_mut() {
            f.name = f.name[prefix.len()..].to_owned();
        }
    }
}

fn open_folder(path: &Path, name: &str) -> Result<Source> {
    let io = |p: &Path| {
        let p = p.to_owned();
        move |source| Error::Io { path: p, source }
    };
    let mut files = vec![];
    let mut total = 0u64;
    let mut entries: Vec<_> = std::fs::read_dir(path)
        .map_err(io(path))?
        .collect::<std::io::Result<_>>()
        .map_err(io(path))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let p = entry.path();
        if !p.is_file() || !wanted(&file_name) {
            continue;
        }
        if files.len() == MAX_FILES {
            return Err(too_many(name));
        }
        let size = entry.metadata().map_err(io(&p))?.len();
        check_size(&file_name, size)?;
        total += size;
        if total > MAX_TOTAL_BYTES {
            return Err(too_big_in_all(name, total));
        }
        files.push(SourceFile {
            name: file_name,
            bytes: std::fs::read(&p).map_err(io(&p))?,
        });
    }
    if files.is_empty() {
        return Err(Error::NotWhatItClaims {
            name: name.to_owned(),
            expected: msg!("import-kind-roster-export"),
            reason: msg!("import-why-folder-no-table-file"),
        });
    }
    Ok(Source {
        name: name.to_owned(),
        kind: SourceKind::Folder,
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Cursor::new(vec![]);
        let mut w = zip::ZipWriter::new(&mut out);
        for (name, bytes) in entries {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("start a zip entry");
            w.write_all(bytes).expect("write a zip entry");
        }
        w.finish().expect("finish the zip");
        out.into_inner()
    }

    #[test]
    fn a_zip_in_one_folder_is_read_as_its_files() {
        let bytes = zip_of(&[
            ("export/users.csv", b"a\n1\n"),
            ("export/classes.csv", b"b\n2\n"),
            ("__MACOSX/export/._users.csv", b"junk"),
            ("export/readme.pdf", b"%PDF"),
        ]);
        let source = from_bytes("oneroster.zip", bytes).expect("a zip opens");
        let names: Vec<_> = source.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["classes.csv", "users.csv"],
            "the shared folder is dropped and only CSV files are read, Mac metadata skipped"
        );
        assert!(source.has("USERS.csv"), "file lookup ignores case");
    }

    #[test]
    fn a_file_named_zip_that_is_not_one_is_refused_in_a_sentence() {
        let err = from_bytes("roster.zip", b"name\nAda\n".to_vec()).expect_err("not a zip");
        assert_eq!(
            err.to_string(),
            "roster.zip is not a zip archive: its contents are not a zip.",
            "the teacher is told what is wrong with the file, by name"
        );
    }

    #[test]
    fn an_empty_file_is_refused() {
        let err = from_bytes("users.csv", vec![]).expect_err("empty");
        assert_eq!(err.to_string(), "users.csv is empty.", "empty files say so");
    }

    #[test]
    fn a_zip_entry_over_the_limit_is_refused_by_its_real_size() {
        let big = vec![b'a'; (MAX_FILE_BYTES + 10) as usize];
        let bytes = zip_of(&[("users.csv", &big)]);
        assert!(
            (bytes.len() as u64) < MAX_FILE_BYTES,
            "the compressed zip itself is small, so only the unpacked size can trip the limit"
        );
        let err = from_bytes("big.zip", bytes).expect_err("too big once unpacked");
        assert!(
            matches!(err, Error::TooBig { ref name, .. } if name == "users.csv"),
            "the unpacked entry is what is measured: {err}"
        );
    }

    #[test]
    fn a_folder_is_read_in_name_order_and_a_plain_file_is_one_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("users.csv"), "a\n").expect("write");
        std::fs::write(dir.path().join("classes.csv"), "b\n").expect("write");
        std::fs::write(dir.path().join(".hidden.csv"), "c\n").expect("write");
        let source = open(dir.path()).expect("a folder opens");
        assert_eq!(source.kind, SourceKind::Folder, "a folder is a folder");
        let names: Vec<_> = source.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["classes.csv", "users.csv"],
            "hidden files are skipped"
        );
        let one = open(&dir.path().join("users.csv")).expect("a file opens");
        assert_eq!(one.kind, SourceKind::File, "one file is one file");
    }
}
