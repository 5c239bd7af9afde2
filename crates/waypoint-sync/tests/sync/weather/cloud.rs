//! A simulated sync service: each laptop has its own replica of the sync folder, as a real
//! sync client keeps one, and the service carries files between the replicas with the
//! weather Drive, OneDrive, Syncthing and school shares really make. Every choice is drawn
//! from the caller's seeded RNG, so a seed replays the same weather.
//!
//! The service holds every version of every name, oldest first; the last is the one it
//! serves. A replica holds, per name, the version it last received whole. Delivering to a
//! replica brings each name it lacks the newest version of, through one of the kinds of
//! [`Weather`]; uploading from a replica sends its laptop's own file when the laptop changed
//! it. Nothing here runs a network service: the "service" is this struct.

use anyhow::{Context, Result, bail};
use proptest::prelude::RngExt;
use proptest::test_runner::TestRng;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What the service or its clients do to the folder. Each kind happens at a random moment;
/// the harness counts them and checks that every kind happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weather {
    /// Syncthing downloads a file to `.syncthing.<name>.tmp` in the folder itself, then
    /// renames it over the name once it is whole; a sync that runs meanwhile sees the temp
    /// file, part-way or complete, beside the old version.
    SyncthingTemp,
    /// Office, and OneDrive opening files with it, keeps an owner file `~$<name>` beside a
    /// file it has open (a few hundred bytes naming who has it), left behind after a crash.
    OfficeOwnerFile,
    /// Browsers and Google Drive download to `<name>.partial` (Chrome's `.crdownload` and
    /// Firefox's `.part` are the same idea) and rename when done.
    PartialDownload,
    /// Drive and OneDrive, when two versions of a file meet, keep both: the other is
    /// renamed `<name> (1).waypoint` (then `(2)`, …), or, on OneDrive,
    /// `<name>-<computer name>.waypoint`.
    NumberedConflictCopy,
    /// Syncthing keeps the losing version of a conflict as
    /// `<name>.sync-conflict-YYYYMMDD-HHMMSS-<device id>.waypoint`.
    SyncthingConflictCopy,
    /// A client that writes in place (a copy onto an SMB share, Drive for desktop and
    /// OneDrive fetching a file on demand) leaves the file cut at some byte under its final
    /// name until it finishes; here it is finished at a later delivery.
    HalfArrived,
    /// The file changes between the folder's listing and its read: the service renames a
    /// newer version over it (Syncthing, Drive), writes part of one in place (a share), or
    /// removes it (a conflict copy the teacher deleted on another laptop). Done through
    /// `sync_folder_with_events`'s `Reading` event, so it is deterministic. (A file
    /// rewritten in place *during* the read is `waypoint_sync::file`'s unit test.)
    ChangedWhileRead,
    /// A client that is offline, paused or busy brings a file late; files arrive in any
    /// order, and an older version may arrive after a newer one.
    Late,
    /// A file replaced by an older version of itself: "restore a previous version" in
    /// Drive's or OneDrive's web page, or a laptop that was offline for weeks uploading its
    /// stale copy. When the laptop that owns the file changed it meanwhile, the service
    /// keeps that change as a conflict copy of the laptop's own file.
    OlderVersion,
    /// A folder the laptop may not write in. Tests may run as root, where permission bits
    /// do not stop a write, so the harness blocks the one write a sync makes in a way that
    /// fails for any user: a directory takes the name of the laptop's own file, and the
    /// rename of its new file over that name fails with EISDIR.
    ReadOnlyFolder,
    /// A full disk: a full file system can't be had in a test, and root may write past
    /// permission bits, so the temp file the laptop's write is about to fill (told by
    /// `sync_folder_with_events`'s `Writing` event) is made a symlink to Linux's
    /// `/dev/full`, whose every write fails with the kernel's own ENOSPC, for root too.
    DiskFull,
}

/// Every kind, for the check that each happened.
pub const ALL_WEATHER: [Weather; 11] = [
    Weather::SyncthingTemp,
    Weather::OfficeOwnerFile,
    Weather::PartialDownload,
    Weather::NumberedConflictCopy,
    Weather::SyncthingConflictCopy,
    Weather::HalfArrived,
    Weather::ChangedWhileRead,
    Weather::Late,
    Weather::OlderVersion,
    Weather::ReadOnlyFolder,
    Weather::DiskFull,
];

/// One laptop's replica of the folder, as its sync client keeps it.
pub struct Replica {
    /// The folder on the laptop.
    pub dir: PathBuf,
    /// The name of the file its laptop writes.
    pub own: String,
    /// Per name, the version this replica last received whole.
    holds: BTreeMap<String, usize>,
    /// Names lying here cut short under their own name.
    half: BTreeSet<String>,
    /// Temp, lock and download files a client left here, by the name they are for.
    temps: BTreeMap<String, Vec<PathBuf>>,
}

/// What a file in a replica is, as the service knows it: what a sync must make of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lying {
    /// A whole version of a file from `owner` (an index into the laptops): its own file or
    /// a copy of it.
    Whole { owner: usize },
    /// A file from `owner` cut short under its own name.
    Half { owner: usize },
    /// A temp, lock or download file: never a bundle.
    Temp,
}

/// The service, its replicas and what weather it has made so far.
pub struct Cloud {
    /// Every name's versions, oldest first; the last is the one served.
    files: BTreeMap<String, Vec<Vec<u8>>>,
    /// Whose file (or copy of whose file) each name is.
    owners: BTreeMap<String, usize>,
    /// Names removed from the service (a conflict copy the teacher deleted).
    removed: BTreeSet<String>,
    /// The replicas, one per laptop.
    pub replicas: Vec<Replica>,
    /// How many times each kind of weather happened.
    pub seen: BTreeMap<Weather, usize>,
    /// Conflict copies made so far, to number Drive's and to keep their count modest.
    copies: usize,
}

/// Where to cut `bytes`: at least two bytes short (cutting only the final newline would
/// leave whole JSON, a whole bundle). A quarter of cuts fall inside a character of two or
/// more bytes, which uniform cuts of mostly-ASCII JSON would seldom do.
fn cut_at(rng: &mut TestRng, bytes: &[u8]) -> usize {
    let end = bytes.len().saturating_sub(1).max(1);
    let inside: Vec<usize> = (1..end).filter(|&i| bytes[i] & 0xC0 == 0x80).collect();
    if !inside.is_empty() && rng.random_bool(0.25) {
        return inside[rng.random_range(0..inside.len())];
    }
    rng.random_range(0..end)
}

impl Cloud {
    /// A service with one empty replica per `(folder, own file name)`.
    pub fn new(replicas: Vec<(PathBuf, String)>) -> Result<Cloud> {
        let replicas = replicas
            .into_iter()
            .map(|(dir, own)| {
                std::fs::create_dir_all(&dir)?;
                Ok(Replica {
                    dir,
                    own,
                    holds: BTreeMap::new(),
                    half: BTreeSet::new(),
                    temps: BTreeMap::new(),
                })
            })
            .collect::<Result<_>>()?;
        Ok(Cloud {
            files: BTreeMap::new(),
            owners: BTreeMap::new(),
            removed: BTreeSet::new(),
            replicas,
            seen: BTreeMap::new(),
            copies: 0,
        })
    }

    /// Counts one happening of `weather` (the harness makes the last two itself).
    pub fn seen_weather(&mut self, weather: Weather) {
        self.saw(weather);
    }

    fn saw(&mut self, weather: Weather) {
        *self.seen.entry(weather).or_default() += 1;
    }

    /// The newest version's index of `name`.
    fn newest(&self, name: &str) -> Option<usize> {
        self.files.get(name).map(|v| v.len() - 1)
    }

    /// The client of replica `r` uploads its laptop's file when the laptop changed it since
    /// the replica last had it from the service.
    pub fn upload(&mut self, r: usize) -> Result<()> {
        let rep = &self.replicas[r];
        let path = rep.dir.join(&rep.own);
        // A file the client itself is midway bringing is not the laptop's change.
        if !path.is_file() || rep.half.contains(&rep.own) {
            return Ok(());
        }
        let bytes = std::fs::read(&path)?;
        let own = rep.own.clone();
        let had = rep
            .holds
            .get(&own)
            .and_then(|&i| self.files.get(&own).map(|v| &v[i]));
        if had == Some(&bytes) {
            return Ok(());
        }
        let versions = self.files.entry(own.clone()).or_default();
        versions.push(bytes);
        let index = versions.len() - 1;
        self.owners.insert(own.clone(), r);
        self.replicas[r].holds.insert(own, index);
        Ok(())
    }

    /// The style of the next conflict copy: Drive's and Syncthing's in turn, so a year
    /// with two copies has both.
    fn next_copy_style(&self) -> Weather {
        if self.copies.is_multiple_of(2) {
            Weather::NumberedConflictCopy
        } else {
            Weather::SyncthingConflictCopy
        }
    }

    /// A conflict copy's name for `name`, in the style of `weather`.
    fn copy_name(&mut self, name: &str, weather: Weather, rng: &mut TestRng) -> String {
        self.copies += 1;
        let stem = name.strip_suffix(".waypoint").unwrap_or(name);
        match weather {
            Weather::SyncthingConflictCopy => {
                const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
                let device: String = (0..7)
                    .map(|_| LETTERS[rng.random_range(0..LETTERS.len())] as char)
                    .collect();
                format!(
                    "{stem}.sync-conflict-2026{:02}{:02}-{:02}{:02}{:02}-{device}.waypoint",
                    rng.random_range(1..=12),
                    rng.random_range(1..=28),
                    rng.random_range(0..24),
                    rng.random_range(0..60),
                    rng.random_range(0..60),
                )
            }
            _ if rng.random_bool(0.3) => {
                format!("{stem}-DESKTOP-{:04X}Q.waypoint", self.copies)
            }
            _ => format!("{stem} ({}).waypoint", self.copies),
        }
    }

    /// The service meets two versions of one laptop's file (two replicas changed it while
    /// apart) and keeps one of its versions as a conflict copy, which then travels to every
    /// replica like any file. A few at most, as a teacher clears them now and then.
    pub fn conflict_copy(&mut self, rng: &mut TestRng) -> Option<String> {
        if self.copies >= 8 {
            return None;
        }
        let mains: Vec<String> = self
            .files
            .keys()
            .filter(|n| self.replicas.iter().any(|r| &r.own == *n))
            .cloned()
            .collect();
        if mains.is_empty() {
            return None;
        }
        let name = mains[rng.random_range(0..mains.len())].clone();
        let weather = self.next_copy_style();
        let versions = &self.files[&name];
        let bytes = versions[rng.random_range(0..versions.len())].clone();
        let owner = self.owners[&name];
        let copy = self.copy_name(&name, weather, rng);
        self.files.insert(copy.clone(), vec![bytes]);
        self.owners.insert(copy.clone(), owner);
        self.saw(weather);
        Some(copy)
    }

    /// "Restore a previous version" of one laptop's file: an older version becomes the
    /// newest, and travels to every replica, its owner's too.
    pub fn restore_older(&mut self, rng: &mut TestRng) {
        let older: Vec<String> = self
            .files
            .iter()
            .filter(|(n, v)| v.len() > 1 && self.replicas.iter().any(|r| &r.own == *n))
            .map(|(n, _)| n.clone())
            .collect();
        if older.is_empty() {
            return;
        }
        let name = &older[rng.random_range(0..older.len())];
        let versions = self.files.get_mut(name).expect("a name just listed");
        let old = versions[rng.random_range(0..versions.len() - 1)].clone();
        versions.push(old);
        self.saw(Weather::OlderVersion);
    }

    /// The teacher deletes a conflict copy (on some laptop); the service removes it from
    /// every replica as they sync.
    pub fn delete_a_copy(&mut self, rng: &mut TestRng) {
        let copies: Vec<String> = self
            .files
            .keys()
            .filter(|n| !self.replicas.iter().any(|r| &r.own == *n))
            .cloned()
            .collect();
        if copies.is_empty() {
            return;
        }
        let name = copies[rng.random_range(0..copies.len())].clone();
        self.files.remove(&name);
        self.removed.insert(name);
    }

    /// Brings replica `r` what it lacks, each name through some weather; with `clear`, the
    /// weather is fine: every name arrives whole and every temp file goes.
    pub fn deliver(&mut self, r: usize, rng: &mut TestRng, clear: bool) -> Result<()> {
        let dir = self.replicas[r].dir.clone();
        for name in self.removed.clone() {
            if self.replicas[r].holds.remove(&name).is_some() || self.replicas[r].half.remove(&name)
            {
                remove_if_there(&dir.join(&name))?;
            }
            self.clear_temps(r, &name)?;
        }
        let names: Vec<String> = self.files.keys().cloned().collect();
        for name in names {
            let newest = self.newest(&name).context("a name the service holds")?;
            let rep = &self.replicas[r];
            if rep.holds.get(&name) == Some(&newest) && !rep.half.contains(&name) {
                if clear {
                    self.clear_temps(r, &name)?;
                }
                continue;
            }
            if clear {
                self.arrive(r, &name, newest, rng)?;
                continue;
            }
            match rng.random_range(0..100) {
                0..30 => self.saw(Weather::Late),
                30..40 => {
                    // Out of order: a version older than the newest, unless that is all.
                    let held = self.replicas[r].holds.get(&name).copied();
                    let older: Vec<usize> = (0..newest).filter(|i| Some(*i) != held).collect();
                    if older.is_empty() {
                        self.saw(Weather::Late);
                    } else {
                        let pick = older[rng.random_range(0..older.len())];
                        self.arrive(r, &name, pick, rng)?;
                        self.saw(Weather::Late);
                    }
                }
                40..52 => {
                    let bytes = &self.files[&name][newest];
                    let cut = cut_at(rng, bytes);
                    std::fs::write(dir.join(&name), &bytes[..cut])?;
                    let rep = &mut self.replicas[r];
                    rep.half.insert(name.clone());
                    rep.holds.remove(&name);
                    self.saw(Weather::HalfArrived);
                }
                52..60 => self.leave_temp(r, &name, newest, rng)?,
                _ => self.arrive(r, &name, newest, rng)?,
            }
        }
        Ok(())
    }

    /// A client midway through bringing `name`: a temp, lock or download file beside it.
    fn leave_temp(
        &mut self,
        r: usize,
        name: &str,
        version: usize,
        rng: &mut TestRng,
    ) -> Result<()> {
        let bytes = &self.files[name][version];
        // Part of the file or all of it: a finished download not yet renamed is still a
        // temp file.
        let cut = if rng.random_bool(0.5) {
            bytes.len()
        } else {
            cut_at(rng, bytes)
        };
        let (temp, contents, weather) = match rng.random_range(0..3) {
            0 => (
                format!(".syncthing.{name}.tmp"),
                bytes[..cut].to_vec(),
                Weather::SyncthingTemp,
            ),
            1 => (
                format!("{name}.partial"),
                bytes[..cut].to_vec(),
                Weather::PartialDownload,
            ),
            _ => {
                // An owner file: the user's name in a fixed-size record.
                let mut owner = b"\x0bSra. N\xc3\xba\xc3\xb1ez".to_vec();
                owner.resize(162, b' ');
                (format!("~${name}"), owner, Weather::OfficeOwnerFile)
            }
        };
        let path = self.replicas[r].dir.join(&temp);
        std::fs::write(&path, contents)?;
        self.replicas[r]
            .temps
            .entry(name.to_owned())
            .or_default()
            .push(path);
        self.saw(weather);
        Ok(())
    }

    /// Removes the temp files left for `name` in replica `r`: the client finished.
    fn clear_temps(&mut self, r: usize, name: &str) -> Result<()> {
        for path in self.replicas[r].temps.remove(name).unwrap_or_default() {
            remove_if_there(&path)?;
        }
        Ok(())
    }

    /// `version` of `name` arrives whole in replica `r`, the way Syncthing brings a file (a
    /// temp file renamed over the name). When `name` is the replica's own laptop's file and
    /// the laptop changed it since the replica last had it from the service, the change is
    /// kept as a conflict copy of it, as Drive, OneDrive and Syncthing do.
    fn arrive(&mut self, r: usize, name: &str, version: usize, rng: &mut TestRng) -> Result<()> {
        let dir = self.replicas[r].dir.clone();
        let path = dir.join(name);
        let rep = &self.replicas[r];
        if name == rep.own && path.is_file() && !rep.half.contains(name) {
            let local = std::fs::read(&path)?;
            let had = self.replicas[r]
                .holds
                .get(name)
                .map(|&i| &self.files[name][i]);
            let older = self.files[name][version] != local;
            if had != Some(&local) && older {
                let weather = self.next_copy_style();
                let copy = self.copy_name(name, weather, rng);
                std::fs::rename(&path, dir.join(&copy))?;
                // The copy is a new file of this replica's: it uploads at once.
                self.files.insert(copy.clone(), vec![local]);
                self.owners.insert(copy.clone(), r);
                self.replicas[r].holds.insert(copy, 0);
                self.saw(weather);
            }
            if older {
                self.saw(Weather::OlderVersion);
            }
        }
        let temp = dir.join(format!(".syncthing.{name}.tmp"));
        std::fs::write(&temp, &self.files[name][version])?;
        std::fs::rename(&temp, &path)?;
        let rep = &mut self.replicas[r];
        rep.holds.insert(name.to_owned(), version);
        rep.half.remove(name);
        self.clear_temps(r, name)
    }

    /// What a sync of replica `r` will find there, by name (its own file left out).
    pub fn lying(&self, r: usize) -> BTreeMap<String, Lying> {
        let rep = &self.replicas[r];
        let mut out = BTreeMap::new();
        for (name, _) in rep.holds.iter().filter(|(n, _)| **n != rep.own) {
            out.insert(
                name.clone(),
                Lying::Whole {
                    owner: self.owners[name],
                },
            );
        }
        for name in rep.half.iter().filter(|n| **n != rep.own) {
            out.insert(
                name.clone(),
                Lying::Half {
                    owner: self.owners[name],
                },
            );
        }
        for path in rep.temps.values().flatten() {
            if let Some(name) = path.file_name() {
                out.insert(name.to_string_lossy().into_owned(), Lying::Temp);
            }
        }
        out
    }

    /// The client of replica `r` touches `path` while its laptop's sync is between listing
    /// the folder and reading it; what the file is afterwards (`None`: gone).
    pub fn change_while_read(
        &mut self,
        r: usize,
        path: &Path,
        rng: &mut TestRng,
    ) -> Result<Option<Lying>> {
        let name = path
            .file_name()
            .context("a file in the folder")?
            .to_string_lossy()
            .into_owned();
        self.saw(Weather::ChangedWhileRead);
        let Some(newest) = self.newest(&name) else {
            // Deleted from the service: the deletion arrives now.
            if !self.removed.contains(&name) {
                bail!("{name} is read but the service never had it");
            }
            std::fs::remove_file(path)?;
            let rep = &mut self.replicas[r];
            rep.holds.remove(&name);
            rep.half.remove(&name);
            return Ok(None);
        };
        let owner = self.owners[&name];
        match rng.random_range(0..3) {
            0 => {
                // A version renamed over it: the read gets that one, whole.
                let version = rng.random_range(0..=newest);
                self.arrive(r, &name, version, rng)?;
                Ok(Some(Lying::Whole { owner }))
            }
            1 => {
                // Written in place, part-way.
                let bytes = &self.files[&name][newest];
                let cut = cut_at(rng, bytes);
                std::fs::write(path, &bytes[..cut])?;
                let rep = &mut self.replicas[r];
                rep.holds.remove(&name);
                rep.half.insert(name);
                Ok(Some(Lying::Half { owner }))
            }
            _ => {
                // Gone; the service brings it back at a later delivery.
                std::fs::remove_file(path)?;
                let rep = &mut self.replicas[r];
                rep.holds.remove(&name);
                rep.half.remove(&name);
                Ok(None)
            }
        }
    }

    /// True when every replica holds the newest version of every name whole, and no temp
    /// file is left: the weather has cleared.
    pub fn settled(&self) -> bool {
        self.replicas.iter().all(|rep| {
            rep.half.is_empty()
                && rep.temps.values().all(Vec::is_empty)
                && self
                    .files
                    .keys()
                    .all(|n| rep.holds.get(n) == self.newest(n).as_ref())
        })
    }
}

fn remove_if_there(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}
