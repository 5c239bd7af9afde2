//! The sync crate's error type. Every message is a sentence a teacher can act on, and says
//! that nothing was imported where that is true. The sentences live in the catalogs
//! (`backend-sync.ftl`, ids `sync-…`): [`Error::message`] gives the id and its arguments,
//! and `Display` is its English.

use std::path::PathBuf;

use thiserror::Error;
use waypoint_core::messages::{Message, english};
use waypoint_core::msg;

/// What can go wrong with a bundle.
#[derive(Debug, Error)]
// One source of English: every variant's text is its catalog message's (see `message`).
#[error("{}", english(&self.message()))]
pub enum Error {
    /// The bytes are not a Waypoint bundle at all, or not one this reader can parse.
    NotABundle {
        /// What is wrong, as a clause (a `sync-why-…` message).
        reason: Message,
    },
    /// A bundle from a newer Waypoint.
    TooNew {
        /// The bundle's minimum reader version.
        found: u32,
        /// The bundle's schema version.
        schema: u32,
        /// The format version this build reads.
        known: u32,
        /// The newest schema this build knows.
        known_schema: u32,
    },
    /// The payload does not match its manifest: damaged in transit or altered.
    Damaged {
        /// What does not match, as a clause (a `sync-why-…` message).
        reason: Message,
    },
    /// The file is over the size limit; refused before it is read.
    TooBig {
        /// The file.
        path: PathBuf,
        /// Its size, rounded up.
        size_mb: u64,
        /// The limit.
        limit_mb: u64,
    },
    /// Reading or writing a file failed.
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file changed while it was being read (a sync client or another program was
    /// still writing it in place).
    ChangedWhileReading {
        /// The file.
        path: PathBuf,
    },
    /// A file could not be written because the disk (or the cloud folder's quota) is full.
    DiskFull {
        /// The file.
        path: PathBuf,
    },
    /// A file could not be written where it goes: the folder is read-only, writing there is
    /// not allowed, or something else has the file's name.
    NotWritable {
        /// The file.
        path: PathBuf,
        /// Why, in the system's words.
        source: std::io::Error,
    },
    /// The written bundle did not read back identically.
    VerifyFailed {
        /// The file.
        path: PathBuf,
    },
    /// An incremental export for a device that never sent a bundle here.
    UnknownPeer {
        /// The device asked for.
        device: String,
    },
    /// The class passphrase does not open this bundle.
    WrongPassphrase,
    /// An encrypted bundle and no passphrase to open it.
    NeedsPassphrase,
    /// An encrypted bundle whose scrypt work factor is above the bound.
    TooMuchWork {
        /// The bundle's work factor.
        required: u8,
        /// The most accepted.
        max: u8,
    },
    /// Encryption failed (out of memory or a broken writer).
    Encrypt(String),
    /// A class passphrase that is too short.
    WeakPassphrase {
        /// The minimum.
        min: usize,
    },
    /// The bundle holds classes the teacher has not chosen to receive.
    ClassNotChosen {
        /// The classes, with names where the bundle gives them.
        classes: Vec<crate::bundle::BundleClass>,
    },
    /// A manifest whose class list does not match the classes its ops touch.
    ManifestClasses,
    /// A plain (unencrypted) bundle for a class this laptop shares with a passphrase.
    PlainForShare {
        /// The class, for a sentence (see [`crate::bundle::BundleClass::label`]).
        class: Message,
    },
    /// A plain bundle opened on a laptop that has a sync passphrase set.
    PlainWithPassphrase,
    /// A share for a class this laptop already shares.
    AlreadyShared {
        /// The class, for a sentence (see [`crate::bundle::BundleClass::label`]).
        class: Message,
    },
    /// No share for that class.
    NotShared {
        /// The class, for a sentence (see [`crate::bundle::BundleClass::label`]).
        class: Message,
    },
    /// A share whose passphrase is not known in this session.
    ShareNeedsPassphrase {
        /// The class, for a sentence (see [`crate::bundle::BundleClass::label`]).
        class: Message,
    },
    /// The sync folder is missing or not a folder.
    NoFolder {
        /// The folder.
        path: PathBuf,
    },
    /// The OS credential store refused or failed (locked, or its service stopped).
    SecretStore {
        /// Why.
        source: keyring::Error,
    },
    /// No class passphrase in this session, on a laptop with no credential store to keep it.
    PassphraseNotInSession,
    /// The file is not a Waypoint backup.
    NotABackup {
        /// What is wrong, as a clause (a `sync-why-…` message).
        reason: Message,
    },
    /// A backup that is cut short, altered, or does not match its manifest.
    BackupDamaged {
        /// What does not match, as a clause (a `sync-why-…` message).
        reason: Message,
    },
    /// The passphrase does not open this backup.
    WrongBackupPassphrase,
    /// A backup from a newer Waypoint.
    BackupTooNew {
        /// The backup's format version.
        found: u64,
        /// Its schema version.
        schema: u64,
        /// The format version this build reads.
        known: u32,
        /// The newest schema this build knows.
        known_schema: u64,
    },
    /// A backup passphrase that is too short.
    WeakBackupPassphrase {
        /// The minimum.
        min: usize,
    },
    /// A portfolio file changed or vanished while a backup was being written.
    ChangedWhileBackingUp {
        /// The file.
        path: PathBuf,
    },
    /// The store refused or failed.
    Store(#[from] waypoint_store::Error),
}

/// Result with the sync error.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The sentence for a person, as a catalog id and its arguments.
    pub fn message(&self) -> Message {
        match self {
            Error::NotABundle { reason } => msg!("sync-not-a-bundle", reason = reason.clone()),
            Error::TooNew {
                found,
                schema,
                known,
                known_schema,
            } => msg!(
                "sync-too-new",
                found = *found,
                schema = *schema,
                known = *known,
                known_schema = *known_schema
            ),
            Error::Damaged { reason } => msg!("sync-damaged", reason = reason.clone()),
            Error::TooBig {
                path,
                size_mb,
                limit_mb,
            } => msg!(
                "sync-too-big",
                path = path.display().to_string(),
                size_mb = *size_mb,
                limit_mb = *limit_mb
            ),
            Error::Io { path, source } => msg!(
                "sync-io",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Error::ChangedWhileReading { path } => msg!(
                "sync-changed-while-reading",
                path = path.display().to_string()
            ),
            Error::DiskFull { path } => msg!("sync-disk-full", path = path.display().to_string()),
            Error::NotWritable { path, source } => msg!(
                "sync-not-writable",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Error::VerifyFailed { path } => {
                msg!("sync-verify-failed", path = path.display().to_string())
            }
            Error::UnknownPeer { device } => msg!("sync-unknown-peer", device = device),
            Error::WrongPassphrase => msg!("sync-wrong-passphrase"),
            Error::NeedsPassphrase => msg!("sync-needs-passphrase"),
            Error::TooMuchWork { required, max } => msg!(
                "sync-too-much-work",
                required = u32::from(*required),
                max = u32::from(*max)
            ),
            Error::Encrypt(reason) => msg!("sync-encrypt-failed", reason = reason),
            Error::WeakPassphrase { min } => msg!("sync-weak-passphrase", min = *min),
            Error::ClassNotChosen { classes } => msg!(
                "sync-class-not-chosen",
                count = classes.len(),
                classes = crate::bundle::class_list(classes)
            ),
            Error::ManifestClasses => msg!("sync-manifest-classes"),
            Error::PlainForShare { class } => msg!("sync-plain-for-share", class = class.clone()),
            Error::PlainWithPassphrase => msg!("sync-plain-with-passphrase"),
            Error::AlreadyShared { class } => msg!("sync-already-shared", class = class.clone()),
            Error::NotShared { class } => msg!("sync-not-shared", class = class.clone()),
            Error::ShareNeedsPassphrase { class } => {
                msg!("sync-share-needs-passphrase", class = class.clone())
            }
            Error::NoFolder { path } => msg!("sync-no-folder", path = path.display().to_string()),
            Error::SecretStore { source } => {
                msg!("sync-secret-store", reason = source.to_string())
            }
            Error::PassphraseNotInSession => msg!("sync-passphrase-not-in-session"),
            Error::NotABackup { reason } => msg!("sync-not-a-backup", reason = reason.clone()),
            Error::BackupDamaged { reason } => msg!("sync-backup-damaged", reason = reason.clone()),
            Error::WrongBackupPassphrase => msg!("sync-wrong-backup-passphrase"),
            Error::BackupTooNew {
                found,
                schema,
                known,
                known_schema,
            } => msg!(
                "sync-backup-too-new",
                found = *found,
                schema = *schema,
                known = *known,
                known_schema = *known_schema
            ),
            Error::WeakBackupPassphrase { min } => {
                msg!("sync-weak-backup-passphrase", min = *min)
            }
            Error::ChangedWhileBackingUp { path } => msg!(
                "sync-changed-while-backing-up",
                path = path.display().to_string()
            ),
            Error::Store(e) => e.message(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::BundleClass;

    #[test]
    fn a_refusal_travels_as_its_id_and_reads_as_before_in_english() {
        let e = Error::Damaged {
            reason: msg!("sync-why-manifest-checksum"),
        };
        assert_eq!(
            e.message().id,
            "sync-damaged",
            "the UI shows the sentence from its own catalog by this id"
        );
        assert_eq!(
            e.to_string(),
            "This bundle is damaged or was altered: its manifest does not match its checksum. Nothing was imported; ask for a fresh copy.",
            "the command line and logs read the same English as before the catalogs"
        );
        assert_eq!(
            Error::TooMuchWork {
                required: 30,
                max: 22
            }
            .to_string(),
            "This bundle was encrypted with a setting far stronger than Waypoint uses (work factor 30, at most 22 is accepted), so it was not opened. Ask for a fresh copy from Waypoint. Nothing was imported.",
            "numbers are arguments, written plainly in English"
        );
    }

    #[test]
    fn refused_classes_are_listed_and_counted_in_one_sentence() {
        let class = |id: &str, name: &str| BundleClass {
            id: id.into(),
            name: name.into(),
            known: false,
        };
        let one = Error::ClassNotChosen {
            classes: vec![class("c1", "Period 2")],
        };
        assert_eq!(
            one.to_string(),
            "This bundle holds a class you have not chosen to receive: \u{201c}Period 2\u{201d}. Choose to receive it first. Nothing was imported.",
            "one class: singular"
        );
        let three = Error::ClassNotChosen {
            classes: vec![
                class("c1", "Period 2"),
                class("abcdefghij", ""),
                class("c3", "Art"),
            ],
        };
        assert_eq!(
            three.to_string(),
            "This bundle holds classes you have not chosen to receive: \u{201c}Period 2\u{201d}, class abcdefgh, \u{201c}Art\u{201d}. Choose to receive them first. Nothing was imported.",
            "several classes: plural, each named (or its id's start) and separated by commas"
        );
        assert_eq!(
            three.message().args.get("count"),
            Some(&waypoint_core::messages::MessageArg::Number(3)),
            "the count travels so each language picks its plural"
        );
    }

    #[test]
    fn a_store_failure_keeps_the_stores_message() {
        let inner = waypoint_store::Error::NoDataDir;
        let expected = inner.message();
        assert_eq!(
            Error::from(inner).message(),
            expected,
            "a store error inside a sync error is shown as the store words it"
        );
    }

    #[test]
    fn a_store_failure_inside_reads_as_the_stores_own_english() {
        let store = waypoint_store::Error::NotFound {
            what: "student",
            id: "x".into(),
        };
        let english_of_store = store.to_string();
        let e = Error::from(store);
        assert_eq!(
            e.to_string(),
            english_of_store,
            "the enum-level Display covers the wrapped variant too, with the store's sentence"
        );
        assert_eq!(
            e.to_string(),
            english(&e.message()),
            "Display is the English of the message the UI is sent"
        );
    }
}
