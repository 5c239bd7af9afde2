//! The demo school year as a grade-level team's laptops hold it after syncing
//! (`waypoint demo --scale year --team N`): the same planned year as one laptop would write
//! ([`waypoint_store::demo_year`]), written by N devices and carried between them by the
//! same bundles a sync folder or a USB stick carries.
//!
//! Laptop 1 writes the roster and frameworks and hands them to the others in a bundle; each
//! laptop then writes its share of the work ([`YearShare`]: every student's evidence, goals,
//! reflections, conferences and portfolio items on exactly one laptop, every section's
//! groups, rotations and playlists likewise); the others send theirs to laptop 1, which then
//! sends each of them what it lacks. Every laptop ends with every op, so every laptop's
//! tables are the same.

use std::path::{Path, PathBuf};

use serde::Serialize;
use waypoint_core::demo::year::YearPlan;
use waypoint_store::Db;
use waypoint_store::demo_year::{YearShare, YearSummary, write_year_roster, write_year_share};

use crate::{Result, bundle};

/// How many laptops a team may have: a grade-level team of two to six teachers.
pub const TEAM_SIZES: std::ops::RangeInclusive<usize> = 2..=6;

/// One laptop of the team, once the team has synced.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamLaptop {
    /// Its database.
    pub path: PathBuf,
    /// Its device id: the origin of the ops it wrote.
    pub device: String,
    /// What it wrote itself (the sections, students and competencies are the whole
    /// roster's, which laptop 1 wrote).
    pub wrote: YearSummary,
    /// Ops it wrote itself.
    pub own_ops: u64,
}

/// What the team wrote, laptop by laptop.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamSummary {
    /// The laptops, laptop 1 first.
    pub laptops: Vec<TeamLaptop>,
    /// Bundles exchanged between them.
    pub bundles: usize,
}

/// Where laptop `number` (from 1) of a team keeps its database, when laptop 1's is `first`:
/// laptop 1 is `first` itself; laptop k is `<stem>-laptop-k/<file name>` in `first`'s
/// folder. A folder each, because a laptop keeps its portfolio files in `artifacts/` beside
/// its database, and a team's laptops do not share a disk.
pub fn laptop_path(first: &Path, number: usize) -> PathBuf {
    if number <= 1 {
        return first.to_path_buf();
    }
    let stem = first
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "waypoint".into());
    let name = first
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "waypoint.sqlite3".into());
    first
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join(format!("{stem}-laptop-{number}"))
        .join(name)
}

/// Writes `plan` as `laptops` (laptop 1 first) would after syncing, stamping bundles with
/// `wall_ms`. With one laptop it is the plain year.
pub fn write_team_year(laptops: &mut [Db], plan: &YearPlan, wall_ms: u64) -> Result<TeamSummary> {
    let count = laptops.len();
    let mut bundles = 0;
    let Some(first) = laptops.first_mut() else {
        return Ok(TeamSummary {
            laptops: Vec::new(),
            bundles,
        });
    };
    let roster = write_year_roster(first, plan)?;
    for k in 1..count {
        send(laptops, 0, k, wall_ms, true)?;
        bundles += 1;
    }
    let mut wrote = Vec::with_capacity(count);
    for (k, db) in laptops.iter_mut().enumerate() {
        let share = YearShare {
            laptop: k,
            laptops: count,
        };
        wrote.push(write_year_share(db, plan, &roster, share)?);
    }
    for k in 1..count {
        send(laptops, k, 0, wall_ms, false)?;
        bundles += 1;
    }
    for k in 1..count {
        send(laptops, 0, k, wall_ms, false)?;
        bundles += 1;
    }
    let mut out = Vec::with_capacity(count);
    for (db, wrote) in laptops.iter().zip(wrote) {
        out.push(TeamLaptop {
            path: db.path().to_path_buf(),
            device: db.device_id().to_string(),
            wrote,
            own_ops: db.own_op_count()?,
        });
    }
    Ok(TeamSummary {
        laptops: out,
        bundles,
    })
}

/// Carries what laptop `to` lacks from laptop `from` in a bundle, through the same export,
/// strict reader and import a sync folder uses. `first` is the first bundle `to` receives:
/// it chooses to receive the bundle's classes, as a co-teacher does once.
fn send(laptops: &mut [Db], from: usize, to: usize, wall_ms: u64, first: bool) -> Result<()> {
    let bytes = {
        let sender = &laptops[from];
        let since = laptops[to].version_vector()?;
        bundle::export(
            sender,
            Some(&since),
            &format!("Laptop {}", from + 1),
            wall_ms,
        )?
    };
    let received = bundle::decode(&bytes)?;
    let accept = if first {
        received.manifest.class_ids.clone()
    } else {
        Vec::new()
    };
    bundle::import(&mut laptops[to], &received, false, &accept)?;
    Ok(())
}
