//! Waypoint's sync bundles: one JSON file (a manifest plus ops) that carries a database's
//! changes to a co-teacher on a USB stick or through a shared folder.
//!
//! - [`backup`]: encrypted backups (the database and the portfolio files in one age file,
//!   format in `docs/backup-format.md`), their preview, and restoring them.
//! - [`bundle`]: the format (version 1; version 2 when it carries portfolio files), building
//!   a bundle from a database, and the strict reader that checks versions, the hashes and the
//!   counts before anything is used.
//! - [`crypto`]: age passphrase encryption with a pinned scrypt work factor.
//! - [`folder`]: sync folders, one file per laptop, and "Sync now".
//! - [`handoff`]: the app's use cases over this laptop's settings (the Sync page).
//! - [`secrets`]: the OS credential store for passphrases, with an in-memory fallback.
//! - [`team_year`]: the demo school year as a team's laptops hold it after syncing.
//! - [`file`]: writing a bundle safely (temp file, fsync, rename, re-read and verify) and
//!   reading one with a size limit checked before the bytes are read.
//!
//! Importing ([`bundle::import`]) refuses classes not chosen, then is the store's
//! [`waypoint_store::Db::import_bundle_ops`]: one transaction, a set
//! union of ops, so the same bundle twice, or bundles in any order, give the same state.

pub mod backup;
pub mod bundle;
pub mod crypto;
pub mod error;
pub mod file;
pub mod folder;
pub mod handoff;
pub mod secrets;
pub mod shares;
pub mod team_year;

pub use error::{Error, Result};
