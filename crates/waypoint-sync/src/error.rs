//! The sync crate's error type. Every message is a sentence a teacher can act on, and says
//! that nothing was imported where that is true.

use std::path::PathBuf;
use thiserror::Error;

/// What can go wrong with a bundle.
#[derive(Debug, Error)]
pub enum Error {
    /// The bytes are not a Waypoint bundle at all, or not one this reader can parse.
    #[error("This file is not a Waypoint sync bundle ({reason}). Nothing was imported.")]
    NotABundle {
        /// What is wrong, as a clause.
        reason: String,
    },
    /// A bundle from a newer Waypoint.
    #[error(
        "This bundle was made by a newer version of Waypoint (format {found}, schema {schema}); this version reads format {known} and schema up to {known_schema}. Update Waypoint, then import it again. Nothing was imported."
    )]
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
    #[error(
        "This bundle is damaged or was altered: {reason}. Nothing was imported; ask for a fresh copy."
    )]
    Damaged {
        /// What does not match.
        reason: String,
    },
    /// The file is over the size limit; refused before it is read.
    #[error(
        "{path} is {size_mb} MB, more than the {limit_mb} MB a sync bundle may be. Nothing was imported."
    )]
    TooBig {
        /// The file.
        path: PathBuf,
        /// Its size, rounded up.
        size_mb: u64,
        /// The limit.
        limit_mb: u64,
    },
    /// Reading or writing a file failed.
    #[error("Could not use {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The written bundle did not read back identically.
    #[error(
        "The bundle written to {path} did not read back correctly; the disk may be full or failing. Try another folder or stick."
    )]
    VerifyFailed {
        /// The file.
        path: PathBuf,
    },
    /// An incremental export for a device that never sent a bundle here.
    #[error(
        "No bundle from device {device} has been imported here yet, so Waypoint can't tell what it lacks. Hand it a full bundle instead."
    )]
    UnknownPeer {
        /// The device asked for.
        device: String,
    },
    /// The class passphrase does not open this bundle.
    #[error(
        "This bundle could not be opened with the class passphrase. Check that you and your co-teacher use the same passphrase. Nothing was imported."
    )]
    WrongPassphrase,
    /// An encrypted bundle and no passphrase to open it.
    #[error(
        "This bundle is encrypted. Set the class passphrase your co-teacher uses, then import it again. Nothing was imported."
    )]
    NeedsPassphrase,
    /// An encrypted bundle whose scrypt work factor is above the bound.
    #[error(
        "This bundle was encrypted with a setting far stronger than Waypoint uses (work factor {required}, at most {max} is accepted), so it was not opened. Ask for a fresh copy from Waypoint. Nothing was imported."
    )]
    TooMuchWork {
        /// The bundle's work factor.
        required: u8,
        /// The most accepted.
        max: u8,
    },
    /// Encryption failed (out of memory or a broken writer).
    #[error("The bundle could not be encrypted: {0}")]
    Encrypt(String),
    /// A class passphrase that is too short.
    #[error("The class passphrase must be at least {min} characters long.")]
    WeakPassphrase {
        /// The minimum.
        min: usize,
    },
    /// The bundle holds classes the teacher has not chosen to receive.
    #[error(
        "This bundle holds {} you have not chosen to receive: {}. Choose to receive {} first. Nothing was imported.",
        if classes.len() == 1 { "a class" } else { "classes" },
        classes.iter().map(|c| c.display()).collect::<Vec<_>>().join(", "),
        if classes.len() == 1 { "it" } else { "them" }
    )]
    ClassNotChosen {
        /// The classes, with names where the bundle gives them.
        classes: Vec<crate::bundle::BundleClass>,
    },
    /// A manifest whose class list does not match the classes its ops touch.
    #[error(
        "This bundle's list of classes does not match the changes it holds, so it may have been altered. Nothing was imported."
    )]
    ManifestClasses,
    /// A plain (unencrypted) bundle for a class this laptop shares with a passphrase.
    #[error(
        "This bundle is not encrypted, but {class} is shared with a passphrase here, so only an encrypted bundle is accepted for it. Ask your co-teacher to sync again with the class passphrase. Nothing was imported."
    )]
    PlainForShare {
        /// The class, for a sentence.
        class: String,
    },
    /// A plain bundle opened on a laptop that has a sync passphrase set.
    #[error(
        "This bundle is not encrypted, and this laptop syncs with a passphrase, so only encrypted bundles are accepted. Ask your co-teacher to export with the passphrase. Nothing was imported."
    )]
    PlainWithPassphrase,
    /// A share for a class this laptop already shares.
    #[error("{class} is already shared from this laptop; use Sync now, or forget the share first.")]
    AlreadyShared {
        /// The class, for a sentence.
        class: String,
    },
    /// No share for that class.
    #[error("This laptop does not share {class}.")]
    NotShared {
        /// The class, for a sentence.
        class: String,
    },
    /// A share whose passphrase is not known in this session.
    #[error(
        "The passphrase for {class} is not stored on this laptop. Type it once to sync this class; it is kept until you quit."
    )]
    ShareNeedsPassphrase {
        /// The class, for a sentence.
        class: String,
    },
    /// The sync folder is missing or not a folder.
    #[error(
        "The sync folder {path} is not there. If it is a USB stick, plug it in; otherwise choose the folder again."
    )]
    NoFolder {
        /// The folder.
        path: PathBuf,
    },
    /// The OS credential store refused or failed (locked, or its service stopped).
    #[error(
        "The system's password store could not be used ({source}). Unlock it or try again; nothing was changed."
    )]
    SecretStore {
        /// Why.
        source: keyring::Error,
    },
    /// No class passphrase in this session, on a laptop with no credential store to keep it.
    #[error(
        "Type the class passphrase on the Sync page first: this laptop has no password store, so Waypoint keeps it only until the app quits."
    )]
    PassphraseNotInSession,
    /// The file is not a Waypoint backup.
    #[error("This file is not a Waypoint backup ({reason}). Nothing was replaced.")]
    NotABackup {
        /// What is wrong, as a clause.
        reason: String,
    },
    /// A backup that is cut short, altered, or does not match its manifest.
    #[error(
        "This backup is damaged or was altered: {reason}. Nothing was replaced; try another copy of the backup."
    )]
    BackupDamaged {
        /// What does not match.
        reason: String,
    },
    /// The passphrase does not open this backup.
    #[error(
        "This backup could not be opened with that passphrase. Use the backup passphrase chosen when it was made (not the class passphrase). Nothing was replaced."
    )]
    WrongBackupPassphrase,
    /// A backup from a newer Waypoint.
    #[error(
        "This backup was made by a newer version of Waypoint (backup format {found}, schema {schema}); this version reads format {known} and schema up to {known_schema}. Update Waypoint, then restore it. Nothing was replaced."
    )]
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
    #[error("The backup passphrase must be at least {min} characters long.")]
    WeakBackupPassphrase {
        /// The minimum.
        min: usize,
    },
    /// A portfolio file changed or vanished while a backup was being written.
    #[error(
        "The portfolio file {path} changed while the backup was being written, so the backup was not kept. Make the backup again."
    )]
    ChangedWhileBackingUp {
        /// The file.
        path: PathBuf,
    },
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] waypoint_store::Error),
}

/// Result with the sync error.
pub type Result<T> = std::result::Result<T, Error>;
