//! Where this laptop keeps its secrets (the class passphrase, later one per share): the OS
//! credential store (Keychain on macOS, Credential Manager on Windows, the Secret Service
//! on Linux), never the database or a restore point.
//!
//! Where no credential store is reachable (a bare Linux session without a Secret Service
//! daemon, CI), secrets are kept in this process's memory only, so the app asks for them
//! once per session; [`SecretStore::persistent`] says which, so the Sync page can tell the
//! teacher. [`open_secret_store`] probes the OS store once and picks. Setting
//! `WAYPOINT_SECRETS=memory` skips the probe and keeps secrets in memory (for tests that
//! must not touch a real keyring).
//!
//! Keys are plain strings: [`SYNC_PASSPHRASE`] for the sync passphrase, and
//! [`share_key`] for a share's.
//!
//! Laptops set up before this kept the passphrase in the database's local settings;
//! [`move_legacy_passphrase`] moves it here and erases it from the disk.

use std::collections::BTreeMap;
use std::sync::Mutex;
use waypoint_store::Db;

use crate::{Error, Result};

/// The credential-store service name the app's secrets are filed under.
pub const SERVICE: &str = "org.waypoint.desktop";

/// The key of the sync passphrase.
pub const SYNC_PASSPHRASE: &str = "sync-passphrase";

/// The key of a share's passphrase: `share:<class_id>`.
pub fn share_key(class_id: &str) -> String {
    format!("share:{class_id}")
}

/// A place for secrets, by key.
pub trait SecretStore: Send + Sync {
    /// The secret under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>>;
    /// Keeps `value` under `key`, replacing any secret there.
    fn set(&self, key: &str, value: &str) -> Result<()>;
    /// Removes the secret under `key`; nothing to remove is not an error.
    fn delete(&self, key: &str) -> Result<()>;
    /// True when secrets outlive this process (the OS store); false when they are kept in
    /// memory until the app quits.
    fn persistent(&self) -> bool;
}

/// The OS credential store, through the `keyring` crate: one entry per key, under the
/// service name given.
pub struct OsKeyring {
    service: String,
}

impl OsKeyring {
    /// The OS store, filing entries under `service`. Nothing is checked until first use;
    /// [`open_secret_store`] probes it.
    pub fn new(service: &str) -> Self {
        Self {
            service: service.to_owned(),
        }
    }

    fn entry(&self, key: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, key).map_err(keyring_error)
    }
}

fn keyring_error(source: keyring::Error) -> Error {
    Error::SecretStore { source }
}

impl SecretStore for OsKeyring {
    fn get(&self, key: &str) -> Result<Option<String>> {
        match self.entry(key)?.get_password() {
            Ok(v) => Ok(Some(v)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(e)),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<()> {
        self.entry(key)?.set_password(value).map_err(keyring_error)
    }

    fn delete(&self, key: &str) -> Result<()> {
        match self.entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keyring_error(e)),
        }
    }

    fn persistent(&self) -> bool {
        true
    }
}

/// Secrets in this process's memory only: gone when the app quits.
#[derive(Default)]
pub struct SessionMemory {
    secrets: Mutex<BTreeMap<String, String>>,
}

impl SessionMemory {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn map(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, String>> {
        // A panic while holding the lock cannot leave the map half-changed (each change
        // is one call), so the data is still good.
        self.secrets.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl SecretStore for SessionMemory {
    fn get(&self, key: &str) -> Result<Option<String>> {
        Ok(self.map().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<()> {
        self.map().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<()> {
        self.map().remove(key);
        Ok(())
    }

    fn persistent(&self) -> bool {
        false
    }
}

/// The key the probe writes and removes at once.
const PROBE_KEY: &str = "waypoint-probe";

/// Whether `store` really keeps a secret: a set, a get that returns it, and a delete.
fn works(store: &dyn SecretStore) -> bool {
    let value = uuid::Uuid::new_v4().to_string();
    let round_trip = store.set(PROBE_KEY, &value).is_ok()
        && matches!(store.get(PROBE_KEY), Ok(Some(v)) if v == value);
    let removed = store.delete(PROBE_KEY).is_ok();
    round_trip && removed
}

/// The OS credential store filed under `service` if it works here, else a
/// [`SessionMemory`] (also when `WAYPOINT_SECRETS=memory`).
pub fn open_secret_store(service: &str) -> Box<dyn SecretStore> {
    if std::env::var("WAYPOINT_SECRETS").as_deref() == Ok("memory") {
        return Box::new(SessionMemory::new());
    }
    let os = OsKeyring::new(service);
    if works(&os) {
        Box::new(os)
    } else {
        Box::new(SessionMemory::new())
    }
}

/// Moves a class passphrase that an older Waypoint kept in the database into `secrets`
/// (unless `secrets` already holds a newer one), then erases it from the database file,
/// its WAL and the import restore point. True when a passphrase was found in the database.
/// The database is erased only after `secrets` has the value, so a failure loses nothing.
pub fn move_legacy_passphrase(db: &mut Db, secrets: &dyn SecretStore) -> Result<bool> {
    let legacy = db.legacy_passphrase()?;
    if let Some(p) = legacy.as_deref().filter(|p| !p.is_empty())
        && secrets.get(SYNC_PASSPHRASE)?.is_none()
    {
        secrets.set(SYNC_PASSPHRASE, p)?;
    }
    db.erase_legacy_passphrase()?;
    Ok(legacy.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_memory_keeps_secrets_until_dropped_and_says_so() {
        let m = SessionMemory::new();
        assert!(!m.persistent(), "memory does not outlive the process");
        assert_eq!(m.get("k").ok().flatten(), None, "empty at first");
        assert!(
            m.set("k", "v1").is_ok() && m.set("k", "v2").is_ok(),
            "set twice"
        );
        assert_eq!(
            m.get("k").ok().flatten().as_deref(),
            Some("v2"),
            "the last value wins"
        );
        assert!(
            m.delete("k").is_ok() && m.delete("k").is_ok(),
            "deleting twice is fine"
        );
        assert_eq!(m.get("k").ok().flatten(), None, "and it is gone");
        assert!(works(&m), "the probe passes on a store that keeps secrets");
        assert_eq!(
            m.get(PROBE_KEY).ok().flatten(),
            None,
            "the probe leaves nothing behind"
        );
    }

    #[test]
    fn share_keys_are_generic_strings() {
        assert_eq!(share_key("abc"), "share:abc", "one key per class");
    }
}
