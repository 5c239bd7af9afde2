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
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_store::Db;
use waypoint_store::shares::Share;

use crate::folder::{self, SyncProgress, SyncReport};
use crate::secrets::{SecretStore, share_key};
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
fn class_display(db: &Db, class: ClassId) -> Result<Message> {
    let name = waypoint_store::roster::class_name(db.conn(), class)?;
    Ok(crate::bundle::BundleClass {
        id: class.to_string(),
        name: name.unwrap_or_default(),
        known: true,
    }
    .label())
}

/// [`Error::NotShared`] for `class`, named where this laptop knows it.
fn not_shared(db: &Db, class: ClassId) -> Error {
    match class_display(db, class) {
        Ok(class) => Error::NotShared { class },
        Err(e) => e,
    }
}

fn invalid(field: &str, message: Message) -> Error {
    waypoint_store::Error::from(Core::invalid(field, message)).into()
}

fn check_folder(folder: &Path) -> Result<()> {
    if !folder.is_dir() {
        return Err(invalid(
            "folder",
            msg!("sync-no-folder-at", path = folder.display().to_string()),
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
    if waypoint_store::roster::class_name(db.conn(), class)?.is_none() {
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
    db.share(class)?.ok_or_else(|| not_shared(db, class))
}

/// What joining found in the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct JoinedShares {
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
) -> Result<JoinedShares> {
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
                msg!("sync-join-wrong-passphrase")
            } else {
                msg!("sync-join-no-share")
            },
        ));
    }
    let mut out = JoinedShares {
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
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<SyncReport> {
    let share = db.share(class)?.ok_or_else(|| not_shared(db, class))?;
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

// ------------------------------------------------------------------------------------------
// The app's use cases: the same, with each share's passphrase kept in a [`SecretStore`]
// under [`share_key`] (the OS credential store, or memory for the session) and the label
// taken from the handoff settings. The CLI passes passphrases in instead.

/// One share as the Sync page lists it: the share, and whether its passphrase is known
/// (stored, or typed this session), so the page can ask for it before syncing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct KeptShare {
    /// The share.
    #[serde(flatten)]
    pub share: Share,
    /// True when its passphrase is in the secret store.
    pub has_passphrase: bool,
}

/// What "Sync all" did for one share: its report, or why it did not sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ShareSync {
    /// The class.
    pub class_id: String,
    /// Its name ("" before the first sync of a join).
    pub class_name: String,
    /// What the sync did, when it ran.
    pub report: Option<SyncReport>,
    /// Why it did not, as a sentence.
    pub error: Option<Message>,
    /// True when it did not because its passphrase is not known this session.
    pub needs_passphrase: bool,
}

/// Every share, with whether its passphrase is known.
pub fn kept_shares(db: &Db, secrets: &dyn SecretStore) -> Result<Vec<KeptShare>> {
    db.shares()?
        .into_iter()
        .map(|share| {
            let has_passphrase = secrets.get(&share_key(&share.class_id))?.is_some();
            Ok(KeptShare {
                share,
                has_passphrase,
            })
        })
        .collect()
}

/// The passphrase of the share of `class`, or [`Error::ShareNeedsPassphrase`] when it is
/// not in the store (a laptop with no credential store, after a restart).
fn kept_passphrase(db: &Db, secrets: &dyn SecretStore, class: ClassId) -> Result<String> {
    if db.share(class)?.is_none() {
        return Err(Error::NotShared {
            class: class_display(db, class)?,
        });
    }
    secrets
        .get(&share_key(&class.to_string()))?
        .ok_or_else(|| match class_display(db, class) {
            Ok(class) => Error::ShareNeedsPassphrase { class },
            Err(e) => e,
        })
}

/// "Share this class" from the app: keeps `passphrase` in `secrets`, then shares. When
/// sharing fails, the store is put back as it was.
pub fn share_class_kept(
    db: &mut Db,
    secrets: &dyn SecretStore,
    class: ClassId,
    folder: &Path,
    passphrase: &str,
    wall_ms: u64,
) -> Result<Share> {
    crypto::check_passphrase(passphrase)?;
    if db.share(class)?.is_some() {
        // Checked before the store is touched: the passphrase kept for it must stay.
        return Err(Error::AlreadyShared {
            class: class_display(db, class)?,
        });
    }
    let key = share_key(&class.to_string());
    let before = secrets.get(&key)?;
    secrets.set(&key, passphrase)?;
    let label = db.handoff_settings()?.label;
    share_class(db, class, folder, passphrase, &label, wall_ms).inspect_err(|_| {
        // Best effort: a store that took the set takes this too.
        let _ = match &before {
            Some(old) => secrets.set(&key, old),
            None => secrets.delete(&key),
        };
    })
}

/// "Join a shared class" from the app: joins, then keeps the passphrase for each class
/// joined.
pub fn join_share_kept(
    db: &mut Db,
    secrets: &dyn SecretStore,
    folder: &Path,
    passphrase: &str,
    wall_ms: u64,
) -> Result<JoinedShares> {
    let label = db.handoff_settings()?.label;
    let joined = join_share(db, folder, passphrase, &label, wall_ms)?;
    for share in &joined.shares {
        secrets.set(&share_key(&share.class_id), passphrase)?;
    }
    Ok(joined)
}

/// "Sync now" for one share from the app, with its kept passphrase.
pub fn sync_share_kept(
    db: &mut Db,
    secrets: &dyn SecretStore,
    class: ClassId,
    wall_ms: u64,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<SyncReport> {
    let passphrase = kept_passphrase(db, secrets, class)?;
    let label = db.handoff_settings()?.label;
    sync_share(db, class, &passphrase, &label, wall_ms, progress)
}

/// "Sync all": every share in turn. One share that fails (its folder unplugged, its
/// passphrase not known this session) is reported and the others still sync.
pub fn sync_all_kept(
    db: &mut Db,
    secrets: &dyn SecretStore,
    wall_ms: u64,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<Vec<ShareSync>> {
    let mut out = Vec::new();
    for share in db.shares()? {
        let class: ClassId = share
            .class_id
            .parse()
            .map_err(|e: Core| waypoint_store::Error::from(e))?;
        let result = sync_share_kept(db, secrets, class, wall_ms, progress);
        let class_name = db.share(class)?.map(|s| s.class_name).unwrap_or_default();
        out.push(match result {
            Ok(report) => ShareSync {
                class_id: share.class_id,
                class_name,
                report: Some(report),
                error: None,
                needs_passphrase: false,
            },
            Err(e) => ShareSync {
                class_id: share.class_id,
                class_name,
                report: None,
                needs_passphrase: matches!(e, Error::ShareNeedsPassphrase { .. }),
                error: Some(e.message()),
            },
        });
    }
    Ok(out)
}

/// Keeps the passphrase of an existing share of `class` (asked once per session where
/// there is no credential store). Refused when the class's files in its folder exist and
/// none opens with it: a wrong one would write this laptop's file with it.
pub fn set_share_passphrase(
    db: &Db,
    secrets: &dyn SecretStore,
    class: ClassId,
    passphrase: &str,
) -> Result<()> {
    let share = db.share(class)?.ok_or_else(|| not_shared(db, class))?;
    crypto::check_passphrase(passphrase)?;
    let mut tried = false;
    if let Ok(entries) = std::fs::read_dir(&share.folder) {
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok())
            .filter(|e| folder::share_file_class(&e.file_name().to_string_lossy()) == Some(class))
            .map(|e| e.path())
            .collect();
        files.sort();
        for path in files {
            match file::read_bundle(&path, Some(passphrase)) {
                Ok(_) => {
                    tried = false;
                    break;
                }
                Err(Error::WrongPassphrase) => tried = true,
                // A half-copied file says nothing about the passphrase.
                Err(_) => {}
            }
        }
    }
    if tried {
        return Err(invalid(
            "passphrase",
            msg!(
                "sync-not-share-passphrase",
                class = class_display(db, class)?
            ),
        ));
    }
    secrets.set(&share_key(&class.to_string()), passphrase)
}

/// "Forget this class" from the app: also removes the share's kept passphrase (first, so
/// a store that refuses leaves the class as it was).
pub fn forget_class_kept(db: &mut Db, secrets: &dyn SecretStore, class: ClassId) -> Result<()> {
    secrets.delete(&share_key(&class.to_string()))?;
    forget_class(db, class)
}
