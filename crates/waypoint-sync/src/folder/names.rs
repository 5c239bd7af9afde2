//! What a file in a sync folder is, from its name alone: a laptop's file, a copy of one
//! that a sync service made, or nothing of Waypoint's.
//!
//! Waypoint writes `waypoint-<device>.waypoint`, and per share
//! `waypoint-<device>-class-<class>.waypoint` (`.bundle` in older versions). The services
//! that keep a folder in step add names of their own beside them:
//!
//! | who | what it leaves | read as |
//! |---|---|---|
//! | Syncthing, while downloading | `.syncthing.<name>.tmp` | not Waypoint's |
//! | Office and OneDrive | `~$<name>` (an owner file) | not Waypoint's |
//! | browsers, Drive | `<name>.partial`, `.crdownload`, `.part`, `.download`, `.tmp` | not Waypoint's |
//! | Waypoint's own export | `.<name>.<pid>.tmp` | not Waypoint's (see `file`) |
//! | Drive, OneDrive, Windows | `waypoint-<device> (1).waypoint`, `… - Copy.waypoint` | a copy of `<device>`'s file |
//! | OneDrive | `waypoint-<device>-<computer name>.waypoint` | a copy |
//! | Syncthing | `waypoint-<device>.sync-conflict-20250102-104015-RQSO2YC.waypoint` | a copy |
//! | Dropbox, Nextcloud | `waypoint-<device> (conflicted copy 2025-01-02).waypoint` | a copy |
//! | iCloud | `waypoint-<device> 2.waypoint` | a copy |
//!
//! The rule behind the table: a name is Waypoint's when it is `waypoint-`, a device id,
//! perhaps `-class-` and a class id, then anything, then a bundle extension; anything between
//! the ids and the extension was put there by someone else, so the file is a copy of that
//! device's file. Temp, lock and download names fail the rule (they start with `.` or `~`,
//! or end with another extension), so they are never read as bundles.
//!
//! A name whose device part is not a device id (not one Waypoint writes, but perhaps one a
//! person made) is still read as some laptop's file, as it always was; only a bundle's own
//! manifest says whose it is.

use waypoint_core::ids::{ClassId, DeviceId};

/// The extension Waypoint gives the bundles it writes, here and in handoffs.
pub const EXTENSION: &str = "waypoint";

/// Extensions older versions gave bundles; files named so are still read.
pub const LEGACY_EXTENSIONS: &[&str] = &["bundle"];

/// What a sync folder file's name says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncFileName {
    /// Whose file it is: the device id as the name spells it.
    pub device: String,
    /// The shared class, for a share's file.
    pub class: Option<ClassId>,
    /// True for a copy a sync service (or a person) made of that device's file, under a
    /// name of its own; false for the file the device itself writes.
    pub copy: bool,
}

impl SyncFileName {
    /// True when the name is `device`'s (its file or a copy of it), however the id is
    /// spelt (upper or lower case).
    pub fn is_of(&self, device: DeviceId) -> bool {
        self.device.parse::<DeviceId>().is_ok_and(|d| d == device)
    }
}

/// The length of a hyphenated UUID, the way every id in a file name is written.
const ID_LEN: usize = 36;

/// An id of `T` at the start of `text`, and what follows it.
fn leading_id<T: std::str::FromStr>(text: &str) -> Option<(T, &str)> {
    let id = text.get(..ID_LEN)?;
    Some((id.parse().ok()?, &text[ID_LEN..]))
}

/// Reads a sync folder file's name; `None` for a name that is not Waypoint's.
pub fn parse(name: &str) -> Option<SyncFileName> {
    let rest = name.strip_prefix("waypoint-")?;
    let middle = std::iter::once(EXTENSION)
        .chain(LEGACY_EXTENSIONS.iter().copied())
        .find_map(|ext| rest.strip_suffix(ext)?.strip_suffix('.'))?;
    if middle.is_empty() {
        return None;
    }
    let Some((_, after)) = leading_id::<DeviceId>(middle) else {
        // Not a device id: read as a laptop's file under that name, as before copies were
        // recognised (no copy can be told from it).
        let (device, class) = match middle.split_once("-class-") {
            Some((device, class)) => match class.parse() {
                Ok(class) => (device, Some(class)),
                Err(_) => (middle, None),
            },
            None => (middle, None),
        };
        return Some(SyncFileName {
            device: device.to_owned(),
            class,
            copy: false,
        });
    };
    let (class, tail) = match after
        .strip_prefix("-class-")
        .and_then(leading_id::<ClassId>)
    {
        Some((class, tail)) => (Some(class), tail),
        None => (None, after),
    };
    Some(SyncFileName {
        device: middle[..ID_LEN].to_owned(),
        class,
        copy: !tail.is_empty(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEVICE: &str = "0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506";
    const CLASS: &str = "0192f3a4-0000-7111-8222-333344445555";

    fn file(copy: bool) -> Option<SyncFileName> {
        Some(SyncFileName {
            device: DEVICE.into(),
            class: None,
            copy,
        })
    }

    fn share(copy: bool) -> Option<SyncFileName> {
        Some(SyncFileName {
            device: DEVICE.into(),
            class: CLASS.parse().ok(),
            copy,
        })
    }

    #[test]
    fn names_real_sync_services_leave_are_read_for_what_they_are() {
        let d = DEVICE;
        let c = CLASS;
        let table: Vec<(String, Option<SyncFileName>, &str)> = vec![
            // What Waypoint writes.
            (
                format!("waypoint-{d}.waypoint"),
                file(false),
                "a laptop's file",
            ),
            (
                format!("waypoint-{d}.bundle"),
                file(false),
                "an older version's name",
            ),
            (
                format!("waypoint-{d}-class-{c}.waypoint"),
                share(false),
                "a share's file",
            ),
            (
                format!("waypoint-{}.waypoint", d.to_uppercase()),
                Some(SyncFileName {
                    device: d.to_uppercase(),
                    class: None,
                    copy: false,
                }),
                "an id in upper case, as a case-folding file system may show it",
            ),
            // Temp, lock and download files: never bundles, whatever they hold.
            (
                format!(".syncthing.waypoint-{d}.waypoint.tmp"),
                None,
                "Syncthing downloading",
            ),
            (
                format!("~$waypoint-{d}.waypoint"),
                None,
                "an Office/OneDrive owner file",
            ),
            (
                format!("waypoint-{d}.waypoint.partial"),
                None,
                "a Drive or browser download",
            ),
            (
                format!("waypoint-{d}.waypoint.crdownload"),
                None,
                "a Chrome download",
            ),
            (
                format!("waypoint-{d}.waypoint.part"),
                None,
                "a Firefox download",
            ),
            (
                format!("waypoint-{d}.waypoint.tmp"),
                None,
                "a generic temp file",
            ),
            (
                format!("waypoint-{d}.waypoint~"),
                None,
                "an editor's backup",
            ),
            (
                format!(".waypoint-{d}.waypoint.4242.tmp"),
                None,
                "Waypoint's own export",
            ),
            (
                format!("Copy of waypoint-{d}.waypoint"),
                None,
                "Drive's \"Copy of\"",
            ),
            // Conflict copies: the device's file under another name.
            (
                format!("waypoint-{d} (1).waypoint"),
                file(true),
                "Drive and OneDrive",
            ),
            (
                format!("waypoint-{d} (12).waypoint"),
                file(true),
                "Drive, twelfth copy",
            ),
            (
                format!("waypoint-{d}.sync-conflict-20250102-104015-RQSO2YC.waypoint"),
                file(true),
                "Syncthing",
            ),
            (
                format!("waypoint-{d}-DESKTOP-7QK2L1P.waypoint"),
                file(true),
                "OneDrive's computer name",
            ),
            (
                format!("waypoint-{d} (conflicted copy 2025-01-02).waypoint"),
                file(true),
                "Dropbox",
            ),
            (
                format!("waypoint-{d} (conflicted copy 2025-01-02 104015).waypoint"),
                file(true),
                "Nextcloud",
            ),
            (format!("waypoint-{d} 2.waypoint"), file(true), "iCloud"),
            (
                format!("waypoint-{d} - Copy.waypoint"),
                file(true),
                "Windows Explorer",
            ),
            (
                format!("waypoint-{d} (1).bundle"),
                file(true),
                "a copy of an older name",
            ),
            (
                format!("waypoint-{d}-class-x.waypoint"),
                file(true),
                "a class that is no id",
            ),
            (
                format!("waypoint-{d}-class-{c} (1).waypoint"),
                share(true),
                "a share file's Drive copy",
            ),
            (
                format!("waypoint-{d}-class-{c}.sync-conflict-20250102-104015-RQSO2YC.waypoint"),
                share(true),
                "a share file's Syncthing copy",
            ),
            // Not Waypoint's at all.
            (format!("waypoint-{d}.json"), None, "another extension"),
            (format!("notes-{d}.waypoint"), None, "another prefix"),
            (
                format!("waypoint-{d}waypoint"),
                None,
                "no dot before the extension",
            ),
            ("waypoint-.waypoint".into(), None, "no device at all"),
        ];
        for (name, want, why) in table {
            assert_eq!(parse(&name), want, "{why}: {name}");
        }
    }

    #[test]
    fn a_name_without_a_device_id_is_read_as_it_always_was() {
        assert_eq!(
            parse("waypoint-half-copied.bundle"),
            Some(SyncFileName {
                device: "half-copied".into(),
                class: None,
                copy: false
            }),
            "a hand-made name is some laptop's file, to be read and judged by its contents"
        );
        assert_eq!(
            parse(&format!("waypoint-d1-class-{CLASS}.waypoint")).and_then(|n| n.class),
            CLASS.parse().ok(),
            "a share file's class is read even when the device part is no id"
        );
    }

    #[test]
    fn a_name_is_a_devices_however_its_id_is_spelt() -> Result<(), waypoint_core::Error> {
        let device: DeviceId = DEVICE.parse()?;
        let upper = parse(&format!("waypoint-{} (1).waypoint", DEVICE.to_uppercase()));
        assert!(
            upper.is_some_and(|n| n.is_of(device) && n.copy),
            "an upper-case copy of this device's file is still this device's"
        );
        let other = parse("waypoint-0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f507.waypoint");
        assert!(
            other.is_some_and(|n| !n.is_of(device)),
            "one digit off is another device"
        );
        Ok(())
    }
}
