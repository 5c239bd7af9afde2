//! Sharing one class with a co-teacher: "Share this class", "Join a shared class",
//! "Sync now" per share, and "Forget this class". The Sync page and the CLI call these.
//!
//! A share is one class, a sync folder and that class's passphrase. The passphrase is passed
//! in by the caller, who keeps it in the OS credential store (or in memory for the session):
//! nothing here writes it to disk. What travels for a share is that class's streams, the
//! shared streams, and the class's portfolio files, in files only that passphrase opens.

use serde::Serialize;
use std::path::Path;
use waypoint_core::Error as Core;
use waypoint_core::ids::ClassId;
use waypoint_store::Db;
use waypoint_store::shares::Share;

use crate::folder::{self, Progress, SyncReport};
use crate::{Error, Result, crypto, file};

/// How many words a generated passphrase has: six words of 2048 are 66 bits, more than
/// enough against guessing with age's scrypt, and short enough to read aloud.
pub const GENERATED_WORDS: usize = 6;

/// A passphrase of [`GENERATED_WORDS`] words from the BIP-39 English list, chosen with the
/// OS's random source, to be shown once and read to the co-teacher.
pub fn generate_passphrase() -> String {
    let words = bip39::Language::English.word_list();
    (0..GENERATED_WORDS)
        .map(|_| {
            // A v4 UUID's first two bytes are random: 65,536 values, an exact multiple of
            // the list's 2,048, so every word is equally likely.
            let b = uuid::Uuid::new_v4().into_bytes();
            words[(u16::from_be_bytes([b[0], b[1]]) as usize) % words.len()]
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The class for a sentence.
fn class_display(db: &Db, class: ClassId) -> Result<String> {
    let name = waypoint_store::roster::class_name(db.conn(), &class.to_string())?;
    Ok(crate::bundle::BundleClass {
        id: class.to_string(),
        name: name.unwrap_or_default(),
        known: true,
    }
    .display())
}

fn invalid(field: &str, message: impl Into<String>) -> Error {
    waypoint_store::Error::from(Core::invalid(field, message)).into()
}

fn check_folder(folder: &Path) -> Result<()> {
    if !folder.is_dir() {
        return Err(invalid(
            "folder",
            format!(
                "There is no folder at {}. Check the path, or plug in the USB stick.",
                folder.display()
            ),
        ));
    }
    Ok(())
}

/// "Share this class": records the share of `class` (which must be on this laptop) through
/// `folder`, checks the passphrase's strength, and writes this laptop's first file for it.
pub fn share_class(
    db: &mut Db,
    class: ClassId,
    folder: &Path,
    passphrase: &str,
    label: &str,
    wall_ms: u64,
) -> Result<Share> {
    check_folder(folder)?;
    crypto::check_passphrase(passphrase)?;
    if waypoint_store::roster::class_name(db.conn(), &class.to_string())?.is_none() {
        return Err(waypoint_store::Error::NotFound {
            what: "class",
            id: class.to_string(),
        }
        .into());
    }
    if !db.add_share(class, &folder.to_string_lossy())? {
        return Err(Error::AlreadyShared {
            class: class_display(db, class)?,
        });
    }
    let written = sync_share(db, class, passphrase, label, wall_ms, &mut |_| {});
    if let Err(e) = written {
        // A share that never wrote its file is no share: leave things as they were.
        db.remove_share(class)?;
        return Err(e);
    }
    db.share(class)?.ok_or_else(|| Error::NotShared {
        class: class.to_string(),
    })
}

/// What joining found in the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Joined {
    /// The classes joined (those whose files the passphrase opened).
    pub shares: Vec<Share>,
    /// What syncing each brought.
    pub reports: Vec<SyncReport>,
}

/// "Join a shared class": finds the share files in `folder` that `passphrase` opens, and for
/// each one's class records the share and syncs it (receiving that class). Refused when no
/// file there opens with that passphrase.
pub fn join_share(
    db: &mut Db,
    folder: &Path,
    passphrase: &str,
    label: &str,
    wall_ms: u64,
) -> Result<Joined> {
    check_folder(folder)?;
    let mut classes: Vec<ClassId> = Vec::new();
    let mut wrong_passphrase = false;
    let entries = std::fs::read_dir(folder).map_err(|source| Error::Io {
        path: folder.to_owned(),
        source,
    })?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let Some(class) = folder::share_file_class(&name) else {
            continue;
        };
        if classes.contains(&class) {
            continue;
        }
        match file::read_bundle(&folder.join(&name), Some(passphrase)) {
            Ok((_, true)) => classes.push(class),
            Err(Error::WrongPassphrase) => wrong_passphrase = true,
            // A plain or unreadable file is not a share this passphrase opens.
            _ => {}
        }
    }
    if classes.is_empty() {
        return Err(invalid(
            "passphrase",
            if wrong_passphrase {
                "No shared class in that folder opens with this passphrase. Check it with your co-teacher."
            } else {
                "That folder holds no shared class yet. Ask your co-teacher to share the class to it first."
            },
        ));
    }
    let mut out = Joined {
        shares: vec![],
        reports: vec![],
    };
    for class in classes {
        let added = db.add_share(class, &folder.to_string_lossy())?;
        match sync_share(db, class, passphrase, label, wall_ms, &mut |_| {}) {
            Ok(report) => out.reports.push(report),
            Err(e) => {
                if added {
                    db.remove_share(class)?;
                }
                return Err(e);
            }
        }
        if let Some(share) = db.share(class)? {
            out.shares.push(share);
        }
    }
    Ok(out)
}

/// "Sync now" for one share: imports the co-teachers' files for the class, then writes
/// this laptop's, both with the class's passphrase.
pub fn sync_share(
    db: &mut Db,
    class: ClassId,
    passphrase: &str,
    label: &str,
    wall_ms: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncReport> {
    let share = db.share(class)?.ok_or_else(|| Error::NotShared {
        class: class.to_string(),
    })?;
    let report = folder::sync_folder(
        db,
        Path::new(&share.folder),
        Some(passphrase),
        label,
        wall_ms,
        Some(class),
        progress,
    )?;
    db.set_share_synced(class, wall_ms)?;
    Ok(report)
}

/// "Forget this class": removes a class from this laptop only (its streams, rows and
/// portfolio files no other record uses), writing no op, so co-teachers keep it.
pub fn forget_class(db: &mut Db, class: ClassId) -> Result<()> {
    let files = db.forget_class(class)?;
    waypoint_store::portfolio::remove_unused_files(db, &files)?;
    Ok(())
}
