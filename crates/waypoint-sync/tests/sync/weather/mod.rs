//! Folder weather: six laptops keep one class for a school year through a sync folder that
//! a simulated service ([`cloud`]) keeps in step, with what Drive, OneDrive, Syncthing and
//! school shares really do to a folder ([`cloud::Weather`]): temp, lock and download files,
//! conflict copies, files half arrived or changing while read, late and out-of-order
//! arrival, older versions coming back, a read-only folder and a full disk.
//!
//! Each laptop has its own database and its own replica of the folder, and runs the real
//! `sync_folder` on it at random moments. After every sync: each file the service left in
//! the replica is reported for what it is (a laptop's file or a copy of it as that laptop's,
//! a file not fully arrived in its own sentence, a copy of this laptop's own file as one,
//! temp files not at all); this laptop's file holds everything it has; no laptop counts
//! itself as another. A sync the folder refuses (read-only, full) fails with its own
//! sentence and leaves the database and the last good file as they were. When the weather
//! clears and everyone has synced a few rounds, every laptop's `dump_materialized` is the
//! same and every op any laptop wrote is on every laptop.
//!
//! Every draw comes from one seeded RNG, and every assertion names the seed:
//! `WAYPOINT_WEATHER_SEED=<n>` replays one, `WAYPOINT_WEATHER_CASES=<n>` runs seeds 1 to n
//! (2 by default, to keep `make test` quick).

mod cloud;

use anyhow::{Context, Result, bail, ensure};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use waypoint_core::evidence::{EvidenceInput, EvidenceKind};
use waypoint_core::frameworks::{FrameworkInput, NodeInput, NodeKind};
use waypoint_core::ids::{ClassId, DeviceId, EvidenceId, NodeId, StudentId};
use waypoint_core::op::OpId;
use waypoint_core::roster::{ClassInput, StudentInput};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, evidence, frameworks, roster};
use waypoint_sync::bundle;
use waypoint_sync::folder::{self, FileReport, FolderEvent, SyncReport};

use cloud::{ALL_WEATHER, Cloud, Lying, Weather};

/// The laptops' labels: each one's own, and not ASCII, so a file cut at a random byte is
/// often cut inside a character.
const LABELS: [&str; 6] = [
    "Sra. Núñez",
    "Mr. Øyelaran",
    "Ms. Lee",
    "Mme Lefèvre",
    "Herr Müller",
    "Ms. Zhang 张",
];
const LAPTOPS: usize = LABELS.len();
/// A school year, in weeks of five school days.
const WEEKS: usize = 36;
/// Things that happen in a week: teachers' edits, syncs, the service's moves.
const MOMENTS_PER_WEEK: usize = 14;
const GIVEN_NAMES: [&str; 12] = [
    "Ana María",
    "李娜",
    "Chloé",
    "Dário",
    "Émile",
    "Fátima",
    "Gül",
    "Ζωή",
    "Iñaki",
    "Мария",
    "Kofi",
    "Łucja",
];
const COMPETENCIES: [&str; 5] = [
    "Proporciones",
    "Expresiones",
    "Ecuaciones",
    "Funciones",
    "Estadística",
];
const LEVELS: [f64; 5] = [1.0, 2.0, 2.5, 3.0, 4.0];
/// Evidence notes in the class's languages: many characters of two and three bytes, so a
/// file cut at a random byte is often cut inside one.
const NOTES: [&str; 4] = [
    "Resolvió el problema con una tabla; explicó el porqué.",
    "用表格解释了推理，并检查了答案。",
    "Объяснила решение у доски.",
    "Ζωγράφισε το διάγραμμα σωστά.",
];

/// The seeds to run (see the module's notes).
fn seeds() -> Result<Vec<u64>> {
    if let Ok(one) = std::env::var("WAYPOINT_WEATHER_SEED") {
        return Ok(vec![
            one.parse().context("WAYPOINT_WEATHER_SEED is a number")?,
        ]);
    }
    let cases: u64 = match std::env::var("WAYPOINT_WEATHER_CASES") {
        Ok(n) => n.parse().context("WAYPOINT_WEATHER_CASES is a number")?,
        Err(_) => 2,
    };
    Ok((1..=cases).collect())
}

fn rng_for(seed: u64) -> TestRng {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

/// `YYYY-MM-DD` of school day `day`, counting weekdays from Monday 1 September 2025.
fn school_date(day: usize) -> String {
    const MONTHS: [(u32, u32, u32); 10] = [
        (2025, 9, 30),
        (2025, 10, 31),
        (2025, 11, 30),
        (2025, 12, 31),
        (2026, 1, 31),
        (2026, 2, 28),
        (2026, 3, 31),
        (2026, 4, 30),
        (2026, 5, 31),
        (2026, 6, 30),
    ];
    let mut left = (day / 5 * 7 + day % 5) as u32;
    for (year, month, days) in MONTHS {
        if left < days {
            return format!("{year}-{month:02}-{:02}", left + 1);
        }
        left -= days;
    }
    "2026-06-30".into()
}

/// One laptop: its database and who it is.
struct Laptop {
    db: Db,
    device: DeviceId,
    label: &'static str,
}

/// Everything a database holds that a sync could change: its tables and conflicts, and
/// its op log.
fn snapshot(db: &Db) -> Result<(Value, BTreeSet<OpId>)> {
    Ok((dump_materialized(db.conn())?, op_ids(db)?))
}

fn op_ids(db: &Db) -> Result<BTreeSet<OpId>> {
    Ok(db.ops()?.into_iter().map(|o| o.id).collect())
}

/// The class, its framework of five competencies and eight students, made on laptop 0.
fn start_the_year(db: &mut Db) -> Result<ClassId> {
    let class = roster::create_class(
        db,
        &ClassInput {
            name: "6.º B — Matemáticas".into(),
            ..Default::default()
        },
    )?;
    let framework = frameworks::create_framework(
        db,
        &FrameworkInput {
            title: "Álgebra y funciones".into(),
            subject: "Matemáticas".into(),
        },
    )?;
    for (i, statement) in COMPETENCIES.iter().enumerate() {
        frameworks::create_node(
            db,
            framework.id,
            None,
            &NodeInput {
                kind: NodeKind::Competency,
                code: format!("M6.{i}"),
                label: (*statement).into(),
                statement: format!("{statement}: aplica y explica."),
                grade_levels: vec!["06".into()],
            },
        )?;
    }
    frameworks::attach_framework(db, class.id, framework.id)?;
    for given in &GIVEN_NAMES[..8] {
        roster::create_student(db, class.id, &student(given, "Pérez"))?;
    }
    Ok(class.id)
}

fn student(given: &str, family: &str) -> StudentInput {
    StudentInput {
        given_name: given.into(),
        family_name: family.into(),
        ..Default::default()
    }
}

/// What a laptop can edit: the class's students and competencies it holds so far.
fn what_is_here(db: &Db, class: ClassId) -> Result<(Vec<StudentId>, Vec<NodeId>)> {
    if roster::class_name(db.conn(), class)?.is_none() {
        return Ok((vec![], vec![]));
    }
    let students = roster::list_students(db.conn(), class, false)?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let mut competencies = Vec::new();
    for fw in frameworks::class_frameworks(db.conn(), class)? {
        competencies.extend(
            frameworks::list_nodes(db.conn(), fw.id, false)?
                .into_iter()
                .filter(|n| n.kind == NodeKind::Competency)
                .map(|n| n.id),
        );
    }
    Ok((students, competencies))
}

/// The class's live evidence on this laptop.
fn evidence_here(db: &Db) -> Result<Vec<EvidenceId>> {
    let mut stmt = db
        .conn()
        .prepare("SELECT id FROM evidence WHERE _deleted = 0 ORDER BY id")?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.iter()
        .map(|id| id.parse().map_err(anyhow::Error::from))
        .collect()
}

/// A teacher's school day on one laptop: one to three edits of what it holds (evidence
/// mostly; new students, renames, evidence changed or deleted, a student archived).
fn school_day(db: &mut Db, class: ClassId, day: usize, rng: &mut TestRng) -> Result<()> {
    for _ in 0..rng.random_range(1..=3) {
        let (students, competencies) = what_is_here(db, class)?;
        if students.is_empty() {
            return Ok(());
        }
        let pick = |rng: &mut TestRng, n: usize| rng.random_range(0..n);
        let some_student = students[pick(rng, students.len())];
        match rng.random_range(0..100) {
            0..50 if !competencies.is_empty() => {
                evidence::record_evidence(
                    db,
                    &EvidenceInput {
                        student_id: some_student.to_string(),
                        competency_id: competencies[pick(rng, competencies.len())].to_string(),
                        level: LEVELS[pick(rng, LEVELS.len())],
                        date: school_date(day),
                        kind: EvidenceKind::ExitTicket,
                        note: NOTES[pick(rng, NOTES.len())].into(),
                    },
                )?;
            }
            50..62 => {
                let given = GIVEN_NAMES[pick(rng, GIVEN_NAMES.len())];
                roster::create_student(db, class, &student(given, "García-Ñúñez"))?;
            }
            62..80 => {
                let given = GIVEN_NAMES[pick(rng, GIVEN_NAMES.len())];
                let now = roster::get_student(db.conn(), some_student)?;
                roster::update_student(db, some_student, &student(given, &now.family_name))?;
            }
            80..90 => {
                let all = evidence_here(db)?;
                if let Some(&id) = all.get(pick(rng, all.len().max(1))) {
                    let mut input =
                        evidence::get_evidence(db.conn(), id).map(|e| EvidenceInput {
                            student_id: e.student_id.to_string(),
                            competency_id: e.competency_id.to_string(),
                            level: e.level,
                            date: e.date,
                            kind: e.kind,
                            note: e.note,
                        })?;
                    input.level = LEVELS[pick(rng, LEVELS.len())];
                    evidence::update_evidence(db, id, &input)?;
                }
            }
            90..97 => {
                let all = evidence_here(db)?;
                if let Some(&id) = all.get(pick(rng, all.len().max(1))) {
                    evidence::delete_evidence(db, id)?;
                }
            }
            _ => {
                let archived = rng.random_bool(0.7);
                roster::set_student_archived(db, some_student, archived)?;
            }
        }
    }
    Ok(())
}

/// What the harness makes happen to one sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Blocked {
    /// The folder takes the write.
    No,
    /// [`Weather::ReadOnlyFolder`].
    ReadOnly,
    /// [`Weather::DiskFull`].
    Full,
}

/// The run of one seed: the laptops, the service and the RNG.
struct Year {
    seed: u64,
    rng: TestRng,
    laptops: Vec<Laptop>,
    cloud: Cloud,
    class: ClassId,
    /// Syncs run, and those the folder refused, for the summary.
    syncs: usize,
    refused: usize,
    _dir: tempfile::TempDir,
}

impl Year {
    fn new(seed: u64) -> Result<Year> {
        let dir = tempfile::tempdir()?;
        let mut laptops = Vec::new();
        let mut replicas = Vec::new();
        for (i, label) in LABELS.iter().enumerate() {
            let db = Db::open(&dir.path().join(format!("laptop{i}.sqlite3")))?;
            let device = db.device_id();
            replicas.push((
                dir.path().join(format!("laptop{i}-sync")),
                folder::device_file_name(&device.to_string()),
            ));
            laptops.push(Laptop { db, device, label });
        }
        let class = start_the_year(&mut laptops[0].db)?;
        for laptop in &mut laptops {
            // Every co-teacher has chosen to receive the class.
            laptop.db.receive_classes(&[class.to_string()])?;
        }
        Ok(Year {
            seed,
            rng: rng_for(seed),
            laptops,
            cloud: Cloud::new(replicas)?,
            class,
            syncs: 0,
            refused: 0,
            _dir: dir,
        })
    }

    /// Laptop `j` syncs through its replica. `weather` allows the folder to refuse the
    /// write and files to change while read; without it the weather is clear.
    fn sync(&mut self, j: usize, weather: bool, when: &str) -> Result<Option<SyncReport>> {
        let seed = self.seed;
        let replica = self.cloud.replicas[j].dir.clone();
        let own = replica.join(&self.cloud.replicas[j].own);
        let linux = cfg!(target_os = "linux");
        // About one weather sync in eight is refused (half of them by each kind), and the
        // next one once a kind is overdue (none in the first sixty syncs): every year has both.
        let overdue = |kind| self.syncs > 60 && !self.cloud.seen.contains_key(&kind);
        let blocked = match (weather, self.rng.random_range(0..100)) {
            (true, 0..6) => Blocked::ReadOnly,
            (true, 6..12) if linux => Blocked::Full,
            (true, _) if overdue(Weather::ReadOnlyFolder) => Blocked::ReadOnly,
            (true, _) if linux && overdue(Weather::DiskFull) => Blocked::Full,
            _ => Blocked::No,
        };
        let mut expect: BTreeMap<String, Option<Lying>> = self
            .cloud
            .lying(j)
            .into_iter()
            .map(|(n, l)| (n, Some(l)))
            .collect();
        let own_before = std::fs::read(&own).ok();
        let before = snapshot(&self.laptops[j].db)?;
        match blocked {
            Blocked::ReadOnly => {
                if own.is_file() {
                    std::fs::remove_file(&own)?;
                }
                std::fs::create_dir(&own)?;
                self.cloud.seen_weather(Weather::ReadOnlyFolder);
            }
            Blocked::Full => self.cloud.seen_weather(Weather::DiskFull),
            Blocked::No => {}
        }
        let change_p = if weather { 0.15 } else { 0.0 };
        let (cloud, rng) = (&mut self.cloud, &mut self.rng);
        let mut hook_failed: Option<anyhow::Error> = None;
        let mut disk_full = blocked == Blocked::Full;
        let laptop = &mut self.laptops[j];
        let result = folder::sync_folder_with_events(
            &mut laptop.db,
            &replica,
            None,
            laptop.label,
            1_757_000_000_000,
            None,
            &mut |event| match event {
                FolderEvent::Writing(temp) if std::mem::take(&mut disk_full) => {
                    // See Weather::DiskFull.
                    #[cfg(unix)]
                    if let Err(e) = std::os::unix::fs::symlink("/dev/full", temp) {
                        hook_failed = Some(e.into());
                    }
                }
                FolderEvent::Reading(path) if rng.random_bool(change_p) => {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    match cloud.change_while_read(j, path, rng) {
                        Ok(now) => {
                            expect.insert(name, now);
                        }
                        Err(e) => hook_failed = Some(e),
                    }
                }
                _ => {}
            },
        );
        if let Some(e) = hook_failed {
            return Err(e.context(format!("seed {seed}, {when}: the weather itself failed")));
        }
        let ctx = format!("seed {seed}, {when}, laptop {j} ({})", LABELS[j]);
        self.syncs += 1;
        self.refused += usize::from(result.is_err());
        match blocked {
            Blocked::No => {
                let report =
                    result.with_context(|| format!("{ctx}: a sync the folder does not refuse"))?;
                self.check_report(j, &report, &expect, &ctx)?;
                self.check_own_file(j, &own, &ctx)?;
                Ok(Some(report))
            }
            Blocked::ReadOnly | Blocked::Full => {
                let (want, what) = if blocked == Blocked::ReadOnly {
                    ("sync-not-writable", "a folder that can't be written")
                } else {
                    ("sync-disk-full", "a full disk")
                };
                let got = result.as_ref().err().map(|e| e.message().id);
                ensure!(
                    got.as_deref() == Some(want),
                    "{ctx}: {what} fails the sync with {want}, not {:?}",
                    result.as_ref().map(|r| &r.files).map_err(|e| e.to_string())
                );
                ensure!(
                    snapshot(&self.laptops[j].db)? == before,
                    "{ctx}: {what} leaves the database as it was (nothing imported)"
                );
                if blocked == Blocked::ReadOnly {
                    ensure!(own.is_dir(), "{ctx}: the folder in the way is left alone");
                    std::fs::remove_dir(&own)?;
                    if let Some(bytes) = &own_before {
                        std::fs::write(&own, bytes)?;
                    }
                } else {
                    ensure!(
                        std::fs::read(&own).ok() == own_before,
                        "{ctx}: {what} leaves this laptop's last good file byte for byte"
                    );
                    let temps: Vec<String> = std::fs::read_dir(&replica)?
                        .filter_map(|e| e.ok())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .filter(|n| n.starts_with(&format!(".{}.", self.cloud.replicas[j].own)))
                        .collect();
                    ensure!(
                        temps.is_empty(),
                        "{ctx}: nothing is left in the way of the next write: {temps:?}"
                    );
                }
                Ok(None)
            }
        }
    }

    /// Each file the service left in the replica is reported for what it is, and nothing
    /// else is reported; no laptop holds itself as a peer.
    fn check_report(
        &self,
        j: usize,
        report: &SyncReport,
        expect: &BTreeMap<String, Option<Lying>>,
        ctx: &str,
    ) -> Result<()> {
        let reported: BTreeMap<&str, &FileReport> =
            report.files.iter().map(|f| (f.file.as_str(), f)).collect();
        ensure!(
            reported.len() == report.files.len(),
            "{ctx}: each file is reported once: {:?}",
            report.files
        );
        for f in &report.files {
            let error = f.error.as_ref().map(|m| m.id.as_str());
            match expect.get(&f.file) {
                Some(Some(Lying::Whole { owner } | Lying::Half { owner })) if *owner == j => {
                    ensure!(
                        error == Some("sync-folder-own-copy")
                            && f.counts.is_none()
                            && f.label == LABELS[j],
                        "{ctx}: {} is a copy of this laptop's own file (whole or not): \
                         reported as this laptop's, never read: {f:?}",
                        f.file
                    )
                }
                Some(Some(Lying::Whole { owner })) => ensure!(
                    f.counts.is_some() && error.is_none() && f.label == LABELS[*owner],
                    "{ctx}: {} is laptop {owner}'s ({}), whole: imported as its: {f:?}",
                    f.file,
                    LABELS[*owner]
                ),
                Some(Some(Lying::Half { .. })) => ensure!(
                    error == Some("sync-folder-file-incomplete") && f.counts.is_none(),
                    "{ctx}: {} has not fully arrived: said so in its own sentence: {f:?}",
                    f.file
                ),
                Some(Some(Lying::Temp)) => {
                    bail!(
                        "{ctx}: {} is a sync client's temp file, read as a bundle: {f:?}",
                        f.file
                    )
                }
                Some(None) => bail!("{ctx}: {} was gone before it was read: {f:?}", f.file),
                None => bail!("{ctx}: {} is not in the folder: {f:?}", f.file),
            }
        }
        for (name, lying) in expect {
            if matches!(lying, Some(Lying::Whole { .. } | Lying::Half { .. })) {
                ensure!(
                    reported.contains_key(name.as_str()),
                    "{ctx}: {name} ({lying:?}) is in the folder but not in the report: {:?}",
                    report.files
                );
            }
        }
        let me = self.laptops[j].device;
        let others: BTreeSet<DeviceId> = self.laptops.iter().map(|l| l.device).collect();
        for peer in self.laptops[j].db.peers()? {
            ensure!(
                peer.device != me && others.contains(&peer.device),
                "{ctx}: a peer is another of the six laptops, never this one: {:?}",
                peer.device
            );
        }
        Ok(())
    }

    /// After a sync, this laptop's file holds every op it has: whatever the service did to
    /// it (an older version, a conflict), the sync's write put it back.
    fn check_own_file(&self, j: usize, own: &Path, ctx: &str) -> Result<()> {
        let bytes = std::fs::read(own).with_context(|| format!("{ctx}: its own file"))?;
        let held: BTreeSet<OpId> = bundle::decode(&bytes)
            .with_context(|| format!("{ctx}: its own file reads back"))?
            .ops
            .into_iter()
            .map(|o| o.id)
            .collect();
        ensure!(
            held == op_ids(&self.laptops[j].db)?,
            "{ctx}: this laptop's file holds exactly what it has"
        );
        Ok(())
    }

    /// One moment of the year: an edit, a sync, or one of the service's moves.
    fn moment(&mut self, week: usize, day: usize) -> Result<()> {
        let j = self.rng.random_range(0..LAPTOPS);
        let when = format!("week {week}, day {day}");
        match self.rng.random_range(0..100) {
            0..40 => school_day(&mut self.laptops[j].db, self.class, day, &mut self.rng)
                .with_context(|| {
                    format!("seed {}, {when}: a school day on laptop {j}", self.seed)
                })?,
            40..65 => {
                self.sync(j, true, &when)?;
                if self.rng.random_bool(0.5) {
                    self.cloud.upload(j)?;
                }
            }
            65..80 => self.cloud.upload(j)?,
            80..95 => self.cloud.deliver(j, &mut self.rng, false)?,
            95..97 => {
                self.cloud.conflict_copy(&mut self.rng);
            }
            97..99 => self.cloud.restore_older(&mut self.rng),
            _ => self.cloud.delete_a_copy(&mut self.rng),
        }
        Ok(())
    }

    /// The weather clears: the service brings everything whole, and everyone syncs until a
    /// round brings nothing new to anyone. Only copies of a laptop's own file are reported
    /// then. How many rounds it took.
    fn clear_up(&mut self) -> Result<usize> {
        for round in 1..=6 {
            let mut new = 0;
            for j in 0..LAPTOPS {
                self.cloud.upload(j)?;
            }
            for j in 0..LAPTOPS {
                self.cloud.deliver(j, &mut self.rng, true)?;
            }
            for j in 0..LAPTOPS {
                let when = format!("clearing round {round}");
                let report = self
                    .sync(j, false, &when)?
                    .context("a sync in fair weather")?;
                for f in &report.files {
                    let error = f.error.as_ref().map(|m| m.id.as_str());
                    ensure!(
                        error.is_none() || error == Some("sync-folder-own-copy"),
                        "seed {}, {when}, laptop {j}: in clear weather every file reads: {f:?}",
                        self.seed
                    );
                }
                new += report.totals.new;
                self.cloud.upload(j)?;
            }
            if new == 0 {
                // Nothing new anywhere: every laptop had what every file held. The service
                // brings the last files everywhere, and the folder is as fair weather has it.
                for j in 0..LAPTOPS {
                    self.cloud.deliver(j, &mut self.rng, true)?;
                }
                ensure!(
                    self.cloud.settled(),
                    "seed {}: after clear weather every replica holds every file whole",
                    self.seed
                );
                return Ok(round);
            }
        }
        bail!(
            "seed {}: six rounds of clear weather did not settle",
            self.seed
        )
    }

    /// Every laptop shows the same, and holds every op any laptop wrote.
    fn check_converged(&self) -> Result<()> {
        let seed = self.seed;
        let dump = dump_materialized(self.laptops[0].db.conn())?;
        let mut written = BTreeSet::new();
        for laptop in &self.laptops {
            written.extend(
                laptop
                    .db
                    .ops()?
                    .into_iter()
                    .filter(|o| o.id.stream.device == laptop.device)
                    .map(|o| o.id),
            );
        }
        for (j, laptop) in self.laptops.iter().enumerate() {
            ensure!(
                dump_materialized(laptop.db.conn())? == dump,
                "seed {seed}: laptop {j} ({}) shows what laptop 0 shows",
                laptop.label
            );
            let held = op_ids(&laptop.db)?;
            let lost: Vec<&OpId> = written.difference(&held).collect();
            ensure!(
                lost.is_empty(),
                "seed {seed}: laptop {j} ({}) lacks {} of the ops written, e.g. {:?}",
                laptop.label,
                lost.len(),
                lost.first()
            );
        }
        let evidence = dump["evidence"].as_array().map_or(0, Vec::len);
        eprintln!(
            "seed {seed}: {evidence} evidence, {} ops written",
            written.len()
        );
        ensure!(
            evidence > 20 && written.len() > 100,
            "seed {seed}: a year's work was done ({evidence} evidence, {} ops)",
            written.len()
        );
        // Linux has /dev/full; elsewhere the full disk is only the unit test's.
        let kinds = ALL_WEATHER
            .into_iter()
            .filter(|k| cfg!(target_os = "linux") || *k != Weather::DiskFull);
        for kind in kinds {
            ensure!(
                self.cloud.seen.get(&kind).copied().unwrap_or(0) > 0,
                "seed {seed}: the weather included {kind:?} (seen: {:?})",
                self.cloud.seen
            );
        }
        Ok(())
    }
}

#[test]
fn six_laptops_sync_a_school_year_through_the_weather() -> Result<()> {
    for seed in seeds()? {
        school_year(seed)
            .with_context(|| format!("seed {seed}: WAYPOINT_WEATHER_SEED={seed} replays it"))?;
    }
    Ok(())
}

/// One seed's school year, its clearing and the checks at the end.
fn school_year(seed: u64) -> Result<()> {
    let mut year = Year::new(seed)?;
    for week in 0..WEEKS {
        for m in 0..MOMENTS_PER_WEEK {
            year.moment(week, week * 5 + m * 5 / MOMENTS_PER_WEEK)?;
        }
    }
    let rounds = year.clear_up()?;
    year.check_converged()?;
    // Shown with --nocapture: what the year was like, for the long runs' record.
    eprintln!(
        "seed {seed}: {} syncs ({} refused), {} clear rounds, weather {:?}",
        year.syncs, year.refused, rounds, year.cloud.seen
    );
    Ok(())
}

/// A share's files through the same weather, encrypted as the app writes them: copies of a
/// co-teacher's share file are read as hers, a copy of this laptop's own is not read, a share
/// file cut short at any point of its encryption is one that has not fully arrived (never
/// "wrong passphrase"), and the laptop-wide sync on the same folder reads none of them.
#[test]
fn a_shares_encrypted_files_copies_and_half_arrivals_are_read_for_what_they_are() -> Result<()> {
    use waypoint_sync::shares;
    const PASS: &str = "maple syrup 42";
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder)?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    let class = start_the_year(&mut a)?;
    shares::share_class(&mut a, class, &folder, PASS, "Sra. Núñez", 1)?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    shares::join_share(&mut b, &folder, PASS, "Mr. Øyelaran", 2)?;
    let a_file = folder::share_file_name(&a.device_id().to_string(), class);
    let b_file = folder::share_file_name(&b.device_id().to_string(), class);
    let sealed = std::fs::read(folder.join(&a_file))?;
    let header_end = sealed
        .windows(4)
        .position(|w| w == b"\n---")
        .context("an age header")?;
    let mut expect: BTreeMap<String, &str> = BTreeMap::new();
    for (copy, bytes) in [
        (" (1)", sealed.clone()),
        (".sync-conflict-20260302-101500-RQSO2YC", sealed.clone()),
    ] {
        std::fs::write(
            folder.join(a_file.replace(".waypoint", &format!("{copy}.waypoint"))),
            bytes,
        )?;
    }
    expect.insert(a_file.replace(".waypoint", " (1).waypoint"), "A");
    expect.insert(
        a_file.replace(
            ".waypoint",
            ".sync-conflict-20260302-101500-RQSO2YC.waypoint",
        ),
        "A",
    );
    // Cut in the header's first line, in its stanza, just after its MAC, in the payload, and
    // one byte short.
    for (i, cut) in [
        10,
        header_end - 20,
        header_end + 50,
        sealed.len() / 2,
        sealed.len() - 1,
    ]
    .into_iter()
    .enumerate()
    {
        let name = a_file.replace(".waypoint", &format!(" ({}).waypoint", i + 2));
        std::fs::write(folder.join(&name), &sealed[..cut])?;
        expect.insert(name, "incomplete");
    }
    std::fs::copy(
        folder.join(&b_file),
        folder.join(b_file.replace(".waypoint", " (1).waypoint")),
    )?;
    expect.insert(b_file.replace(".waypoint", " (1).waypoint"), "own copy");
    expect.insert(a_file.clone(), "A");
    std::fs::write(folder.join(format!(".syncthing.{a_file}.tmp")), &sealed)?;
    std::fs::write(folder.join(format!("{a_file}.partial")), &sealed)?;

    let laptop_wide = folder::sync_folder(
        &mut b,
        &folder,
        Some(PASS),
        "Mr. Øyelaran",
        3,
        None,
        &mut |_| {},
    )?;
    ensure!(
        laptop_wide.files.is_empty(),
        "the laptop-wide sync reads no share file nor a copy of one: {:?}",
        laptop_wide.files
    );
    let report = shares::sync_share(&mut b, class, PASS, "Mr. Øyelaran", 4, &mut |_| {})?;
    let got: BTreeMap<String, &str> = report
        .files
        .iter()
        .map(|f| {
            let what = match (f.error.as_ref().map(|m| m.id.as_str()), &f.counts) {
                (None, Some(_)) if f.label == "Sra. Núñez" => "A",
                (Some("sync-folder-file-incomplete"), None) => "incomplete",
                (Some("sync-folder-own-copy"), None) if f.label == "Mr. Øyelaran" => "own copy",
                _ => "something else",
            };
            (f.file.clone(), what)
        })
        .collect();
    ensure!(
        got == expect,
        "each share file is reported for what it is:\n got {got:#?}\nwant {expect:#?}\nfrom {:#?}",
        report.files
    );
    ensure!(
        b.peers()?.iter().all(|p| p.device == a.device_id()),
        "B's only peer is A"
    );
    Ok(())
}

/// A half-arrived file is cut at any byte: inside a character of several bytes, inside a
/// number (`2.` of a level 2.5), anywhere. Whatever it was cut inside, it reads as cut short,
/// which a sync folder reports as not fully arrived, never as "not a Waypoint bundle".
#[test]
fn a_bundle_cut_at_any_byte_reads_as_cut_short_whatever_it_was_cut_inside() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("a.sqlite3"))?;
    let class = start_the_year(&mut db)?;
    let (students, competencies) = what_is_here(&db, class)?;
    evidence::record_evidence(
        &mut db,
        &EvidenceInput {
            student_id: students[1].to_string(),
            competency_id: competencies[0].to_string(),
            level: 2.5,
            date: school_date(3),
            kind: EvidenceKind::Quiz,
            note: NOTES[1].into(),
        },
    )?;
    let bytes = bundle::export(&db, None, LABELS[0], 1)?;
    ensure!(
        bytes.windows(4).any(|w| w == b"2.5,") || bytes.windows(4).any(|w| w == b"2.5}"),
        "the bundle carries a level with a decimal point, to be cut after it"
    );
    for cut in 0..bytes.len() - 1 {
        let why = match bundle::decode(&bytes[..cut]) {
            Err(
                waypoint_sync::Error::Damaged { reason }
                | waypoint_sync::Error::NotABundle { reason },
            ) => reason.id,
            other => format!("{:?}", other.map(|b| b.ops.len())),
        };
        let want = if cut == 0 {
            "sync-why-empty"
        } else {
            "sync-why-cut-short-copying"
        };
        ensure!(
            why == want,
            "a bundle cut at byte {cut} of {} ({:?}) reads as {want}, not {why}",
            bytes.len(),
            String::from_utf8_lossy(&bytes[cut.saturating_sub(12)..cut])
        );
    }
    Ok(())
}
