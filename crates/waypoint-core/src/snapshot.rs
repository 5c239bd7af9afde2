//! Which local database snapshots to keep: the names of the snapshot files and the
//! retention rule, as pure functions of the names and a date passed in.
//!
//! The store writes the snapshots into `snapshots/` beside the database and deletes what
//! this module says to delete; it never decides itself. Two kinds of file live there:
//! - a **daily** snapshot, `daily-YYYY-MM-DD.sqlite3`, at most one per local date. The
//!   7 most recent days are kept, plus the newest snapshot of each of the 4 most recent ISO
//!   weeks, so a problem noticed a few weeks late can still be undone;
//! - a snapshot taken **before a schema migration**, `before-migration-<ms>-v<from>.sqlite3`,
//!   of which the newest [`KEEP_BEFORE_MIGRATION`] are kept.
//!
//! Files with any other name (a temp file being written, something a person put there) are
//! never listed as snapshots, and never deleted by the rule.

use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeSet;

/// How many days of daily snapshots are kept (today and the 6 days before).
pub const KEEP_DAYS: u64 = 7;
/// How many ISO weeks keep their newest daily snapshot (this week and the 3 before).
pub const KEEP_WEEKS: u64 = 4;
/// How many snapshots taken before a migration are kept.
pub const KEEP_BEFORE_MIGRATION: usize = 3;

const DAILY_PREFIX: &str = "daily-";
const MIGRATION_PREFIX: &str = "before-migration-";
const SUFFIX: &str = ".sqlite3";

/// What a snapshot file is, read from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SnapshotName {
    /// The day's snapshot, by local date.
    Daily(NaiveDate),
    /// Taken before migrating from schema `from`, at `taken_ms` (Unix ms).
    BeforeMigration {
        /// When it was taken.
        taken_ms: u64,
        /// The schema version the database had.
        from: u32,
    },
}

impl SnapshotName {
    /// The file name for this snapshot.
    pub fn file_name(&self) -> String {
        match self {
            SnapshotName::Daily(date) => format!("{DAILY_PREFIX}{date}{SUFFIX}"),
            SnapshotName::BeforeMigration { taken_ms, from } => {
                // Zero-padded so names sort by time.
                format!("{MIGRATION_PREFIX}{taken_ms:015}-v{from}{SUFFIX}")
            }
        }
    }

    /// Reads a snapshot file name; `None` for any other file.
    pub fn parse(name: &str) -> Option<SnapshotName> {
        let stem = name.strip_suffix(SUFFIX)?;
        if let Some(date) = stem.strip_prefix(DAILY_PREFIX) {
            // Only the exact form this module writes, so `daily-2026-3-2` is not a snapshot.
            let parsed = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
            return (parsed.to_string() == date).then_some(SnapshotName::Daily(parsed));
        }
        let rest = stem.strip_prefix(MIGRATION_PREFIX)?;
        let (ms, from) = rest.split_once("-v")?;
        if ms.is_empty() || !ms.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if from.is_empty() || !from.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(SnapshotName::BeforeMigration {
            taken_ms: ms.parse().ok()?,
            from: from.parse().ok()?,
        })
    }
}

/// The daily snapshots to keep, given the dates of those there are and today's date.
///
/// Kept: every date within [`KEEP_DAYS`] days up to the reference day, and the newest date of
/// each of the [`KEEP_WEEKS`] ISO weeks up to it. The reference day is today, or the newest
/// snapshot's date when that is later (the clock was set back): so the newest snapshot is
/// always kept, and a wrong clock can only keep more, never delete everything.
/// When every snapshot is older than the weeks kept, the newest one is still kept.
pub fn daily_to_keep(dates: &[NaiveDate], today: NaiveDate) -> BTreeSet<NaiveDate> {
    let all: BTreeSet<NaiveDate> = dates.iter().copied().collect();
    let Some(&newest) = all.last() else {
        return BTreeSet::new();
    };
    let reference = today.max(newest);
    let day_floor = reference
        .checked_sub_days(Days::new(KEEP_DAYS - 1))
        .unwrap_or(NaiveDate::MIN);
    let mut keep: BTreeSet<NaiveDate> = all
        .range(day_floor..=reference)
        .copied()
        .collect::<BTreeSet<_>>();
    for back in 0..KEEP_WEEKS {
        let Some(in_week) = reference.checked_sub_days(Days::new(7 * back)) else {
            break;
        };
        let week = in_week.iso_week();
        let monday = NaiveDate::from_isoywd_opt(week.year(), week.week(), chrono::Weekday::Mon)
            .unwrap_or(NaiveDate::MIN);
        let sunday = monday
            .checked_add_days(Days::new(6))
            .unwrap_or(NaiveDate::MAX);
        if let Some(&latest) = all.range(monday..=sunday.min(reference)).next_back() {
            keep.insert(latest);
        }
    }
    keep.insert(newest);
    keep
}

/// The snapshot files to delete among `names` (file names in the snapshots folder), given
/// today's date: dailies outside [`daily_to_keep`], and all but the newest
/// [`KEEP_BEFORE_MIGRATION`] taken before a migration. Other names are never listed.
pub fn to_delete(names: &[String], today: NaiveDate) -> Vec<String> {
    let parsed: Vec<(&String, SnapshotName)> = names
        .iter()
        .filter_map(|n| SnapshotName::parse(n).map(|s| (n, s)))
        .collect();
    let dailies: Vec<NaiveDate> = parsed
        .iter()
        .filter_map(|(_, s)| match s {
            SnapshotName::Daily(d) => Some(*d),
            SnapshotName::BeforeMigration { .. } => None,
        })
        .collect();
    let keep_days = daily_to_keep(&dailies, today);
    let mut migrations: Vec<(u64, &String)> = parsed
        .iter()
        .filter_map(|(n, s)| match s {
            SnapshotName::BeforeMigration { taken_ms, .. } => Some((*taken_ms, *n)),
            SnapshotName::Daily(_) => None,
        })
        .collect();
    migrations.sort();
    let old_migrations = migrations.len().saturating_sub(KEEP_BEFORE_MIGRATION);
    let mut out: Vec<String> = parsed
        .iter()
        .filter_map(|(n, s)| match s {
            SnapshotName::Daily(d) if !keep_days.contains(d) => Some((*n).clone()),
            _ => None,
        })
        .chain(
            migrations[..old_migrations]
                .iter()
                .map(|(_, n)| (*n).clone()),
        )
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
    }

    #[test]
    fn names_round_trip_and_other_files_are_not_snapshots() {
        let daily = SnapshotName::Daily(d("2026-03-02"));
        assert_eq!(
            daily.file_name(),
            "daily-2026-03-02.sqlite3",
            "the documented name"
        );
        assert_eq!(
            SnapshotName::parse(&daily.file_name()),
            Some(daily),
            "a daily name reads back"
        );
        let before = SnapshotName::BeforeMigration {
            taken_ms: 1_772_000_000_000,
            from: 7,
        };
        assert_eq!(
            SnapshotName::parse(&before.file_name()),
            Some(before),
            "a pre-migration name reads back"
        );
        for other in [
            "daily-2026-3-2.sqlite3",
            "daily-2026-03-02.sqlite3.tmp",
            ".tmp-abc.sqlite3",
            "before-migration--v3.sqlite3",
            "before-migration-12-v.sqlite3",
            "notes.txt",
        ] {
            assert_eq!(
                SnapshotName::parse(other),
                None,
                "{other} is not a snapshot, so the rule never deletes it"
            );
        }
    }

    #[test]
    fn a_week_of_daily_snapshots_and_one_per_week_before() {
        // Every day for 60 days up to Wednesday 2026-03-04 (ISO week 10).
        let today = d("2026-03-04");
        let dates: Vec<NaiveDate> = (0..60).map(|i| today - chrono::Duration::days(i)).collect();
        let keep = daily_to_keep(&dates, today);
        let want: BTreeSet<NaiveDate> = [
            // the last 7 days
            "2026-02-26",
            "2026-02-27",
            "2026-02-28",
            "2026-03-01",
            "2026-03-02",
            "2026-03-03",
            "2026-03-04",
            // the newest of weeks 9 (ends Sun 03-01, already kept), 8 and 7
            "2026-02-22",
            "2026-02-15",
        ]
        .into_iter()
        .map(d)
        .collect();
        assert_eq!(
            keep, want,
            "7 days, plus the Sunday of each of the weeks before, 4 weeks back in all"
        );
    }

    #[test]
    fn the_newest_is_kept_even_when_old_or_in_the_future() {
        let old = vec![d("2025-01-01"), d("2025-01-05")];
        assert_eq!(
            daily_to_keep(&old, d("2026-03-04")),
            BTreeSet::from([d("2025-01-05")]),
            "after months without the app, the last snapshot is still there"
        );
        let ahead = vec![d("2026-03-01"), d("2027-01-01")];
        assert!(
            daily_to_keep(&ahead, d("2026-03-04")).contains(&d("2027-01-01")),
            "a clock set back never deletes the newest snapshot"
        );
    }

    #[test]
    fn pre_migration_snapshots_keep_the_newest_few() {
        let names: Vec<String> = (1..=5)
            .map(|i| {
                SnapshotName::BeforeMigration {
                    taken_ms: i * 1000,
                    from: i as u32,
                }
                .file_name()
            })
            .chain(["daily-2026-03-04.sqlite3".to_owned(), "x.tmp".to_owned()])
            .collect();
        let gone = to_delete(&names, d("2026-03-04"));
        assert_eq!(
            gone,
            vec![names[0].clone(), names[1].clone()],
            "the two oldest pre-migration snapshots go; today's daily and other files stay"
        );
    }

    fn dates() -> impl Strategy<Value = (Vec<NaiveDate>, NaiveDate)> {
        let base = d("2026-01-01");
        (proptest::collection::vec(0u64..400, 0..60), 0u64..450).prop_map(move |(offsets, t)| {
            let to = |o: u64| base + chrono::Duration::days(o as i64);
            (offsets.into_iter().map(to).collect(), to(t))
        })
    }

    proptest! {
        #[test]
        fn retention_keeps_the_newest_keeps_few_and_is_idempotent((dates, today) in dates()) {
            let keep = daily_to_keep(&dates, today);
            if let Some(newest) = dates.iter().max() {
                prop_assert!(keep.contains(newest), "the newest snapshot is never deleted");
            }
            prop_assert!(
                keep.len() as u64 <= KEEP_DAYS + KEEP_WEEKS,
                "at most 7 daily and 4 weekly are kept: {}", keep.len()
            );
            prop_assert!(
                keep.iter().all(|k| dates.contains(k)),
                "only dates that exist are kept"
            );
            let again: Vec<NaiveDate> = keep.iter().copied().collect();
            prop_assert_eq!(
                daily_to_keep(&again, today), keep.clone(),
                "pruning what was kept deletes nothing more"
            );
            let names: Vec<String> = dates.iter().map(|d| SnapshotName::Daily(*d).file_name()).collect();
            let gone = to_delete(&names, today);
            prop_assert!(
                gone.iter().all(|n| SnapshotName::parse(n).is_some_and(|s| matches!(s, SnapshotName::Daily(d) if !keep.contains(&d)))),
                "to_delete lists exactly the dailies the rule does not keep"
            );
        }
    }
}
