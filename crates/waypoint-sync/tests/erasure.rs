//! Erasure that erases: a purged student's name and portfolio bytes are found nowhere on the
//! laptop afterwards (the database file, its WAL, the restore point, the snapshots, the
//! portfolio files and thumbnails, anything in the data folder) nor in the next bundle; and
//! a purge that arrives in a bundle erases the receiving laptop's copies too.

use anyhow::{Result, anyhow};
use std::path::{Path, PathBuf};
use waypoint_core::author::Author;
use waypoint_core::conferences::ConferenceInput;
use waypoint_core::evidence::{EvidenceInput, EvidenceKind};
use waypoint_core::frameworks::NodeKind;
use waypoint_core::goals::{CheckInInput, GoalInput, GoalStatus};
use waypoint_core::portfolio::ArtifactInput;
use waypoint_core::reflections::ReflectionInput;
use waypoint_core::roster::{ClassInput, LearnerProfile, StudentInput};
use waypoint_store::data_folder::snapshots_dir;
use waypoint_store::exchange::restore_point_path;
use waypoint_store::portfolio::{self, artifacts_dir};
use waypoint_store::{Db, conferences, evidence, frameworks, goals, reflections, roster};
use waypoint_sync::bundle;

/// The student's names: each appears in no other text the test or the demo class writes.
const GIVEN: &str = "Zyxwerth";
const FAMILY: &str = "Quolmbaq";
/// Bytes found only in the student's portfolio image (its pixels, stored uncompressed).
const PORTFOLIO_MARK: &[u8] = b"PixelsOnlyZyxPortfolio-7Qk2Lp9";

/// The traces a purge must remove, as byte strings to search for.
fn traces() -> [&'static [u8]; 3] {
    [GIVEN.as_bytes(), FAMILY.as_bytes(), PORTFOLIO_MARK]
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(files_under(&path)?);
        } else {
            out.push(path);
        }
    }
    Ok(out)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The files under `dir` that hold any trace, with the trace found.
fn traces_in_folder(dir: &Path) -> Result<Vec<(PathBuf, String)>> {
    let mut found = Vec::new();
    for path in files_under(dir)? {
        let bytes = std::fs::read(&path)?;
        for t in traces() {
            if contains(&bytes, t) {
                found.push((path.clone(), String::from_utf8_lossy(t).into_owned()));
            }
        }
    }
    Ok(found)
}

/// A PNG of 16 × 4 RGB pixels whose pixel bytes repeat [`PORTFOLIO_MARK`], written by hand
/// with an uncompressed (stored) deflate block so the mark is in the file's bytes.
fn marked_png() -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend(kind);
        out.extend(data);
        let crc = crc32(&out[start..]);
        out.extend(crc.to_be_bytes());
    }
    let (width, height) = (16u32, 4u32);
    let mut raw = Vec::new();
    let mut mark = PORTFOLIO_MARK.iter().cycle();
    for _ in 0..height {
        raw.push(0); // filter: none
        raw.extend(mark.by_ref().take(width as usize * 3));
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in &raw {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    let len = raw.len() as u16;
    let mut zlib = vec![0x78, 0x01, 0x01];
    zlib.extend(len.to_le_bytes());
    zlib.extend((!len).to_le_bytes());
    zlib.extend(&raw);
    zlib.extend(((b << 16) | a).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]); // 8-bit RGB, deflate, no filter method, no interlace
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &zlib);
    chunk(&mut png, b"IEND", &[]);
    png
}

/// The demo class's id, a live classmate's id and its first competency.
fn demo(db: &mut Db) -> Result<(String, String, String)> {
    let class = roster::load_demo_class(db)?.id;
    let classmate = roster::list_students(db.conn(), class, false)?[0].id;
    let fw = frameworks::class_frameworks(db.conn(), class)?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("the demo class uses a framework"))?;
    let competency = frameworks::list_nodes(db.conn(), fw.id, false)?
        .into_iter()
        .find(|n| n.kind == NodeKind::Competency)
        .ok_or_else(|| anyhow!("the demo framework has competencies"))?
        .id;
    Ok((
        class.to_string(),
        classmate.to_string(),
        competency.to_string(),
    ))
}

/// Gives the student every kind of record that can hold their name, and a portfolio image
/// with its thumbnail; returns the image's SHA-256. Also attaches `shared` (a file) to both
/// the student and `classmate`.
fn fill_in(
    db: &mut Db,
    student: &str,
    classmate: &str,
    competency: &str,
    files: &Path,
) -> Result<String> {
    let full = format!("{GIVEN} {FAMILY}");
    roster::update_student(
        db,
        student.parse()?,
        &StudentInput {
            given_name: GIVEN.into(),
            family_name: FAMILY.into(),
            preferred_name: format!("{GIVEN}ie"),
            birth_date: "2014-05-06".into(),
            ..Default::default()
        },
    )?;
    roster::save_profile(
        db,
        student.parse()?,
        &LearnerProfile {
            strengths: vec![format!("{full} explains ratios to others")],
            notes: format!("{full} prefers the front row."),
            ..Default::default()
        },
    )?;
    evidence::record_evidence(
        db,
        &EvidenceInput {
            student_id: student.into(),
            competency_id: competency.into(),
            level: 3.0,
            date: "2026-03-02".into(),
            kind: EvidenceKind::Observation,
            note: format!("{full} solved it aloud."),
        },
    )?;
    let goal = goals::create_goal(
        db,
        student.parse()?,
        &GoalInput {
            title: format!("{full} finishes the ratio unit"),
            why: "Because I want to.".into(),
            steps: vec!["Practice".into()],
            target_date: "2026-06-01".into(),
            status: GoalStatus::Active,
            competency_ids: vec![],
            profile_links: vec![],
        },
        "2026-03-01",
    )?;
    goals::add_check_in(
        db,
        goal.id,
        &CheckInInput {
            date: "2026-03-03".into(),
            progress: 0.5,
            note: format!("{full} is halfway."),
            author: Author::Teacher,
        },
        "2026-03-03",
    )?;
    reflections::add_reflection(
        db,
        student.parse()?,
        &ReflectionInput {
            prompt_id: String::new(),
            response: format!("I am {full} and I can explain a ratio table now."),
            date: "2026-03-02".into(),
            competency_id: competency.into(),
            self_rating: Some(3.0),
            for_conference: true,
            author: Author::Student,
        },
    )?;
    conferences::create_conference(
        db,
        student.parse()?,
        &ConferenceInput {
            date: "2026-03-04".into(),
            attendees: vec![format!("{FAMILY} family")],
            notes: format!("{full} led the conference."),
            ..Default::default()
        },
    )?;
    let image = files.join("bridge.png");
    std::fs::write(&image, marked_png())?;
    let photo = portfolio::attach_artifact(
        db,
        student.parse()?,
        &image,
        &ArtifactInput {
            title: format!("{full}'s bridge"),
            date: "2026-03-02".into(),
            reflection: format!("{full}: next time, trusses."),
            ..Default::default()
        },
    )?;
    let shared = files.join("class-notes.txt");
    std::fs::write(&shared, "Notes the whole table wrote together.\n")?;
    for who in [student, classmate] {
        portfolio::attach_artifact(
            db,
            who.parse()?,
            &shared,
            &ArtifactInput {
                title: "Table notes".into(),
                date: "2026-03-02".into(),
                ..Default::default()
            },
        )?;
    }
    // Listing makes and caches the thumbnail.
    let listed = portfolio::list_artifacts(db.conn(), db.path(), student.parse()?)?;
    assert!(
        listed
            .iter()
            .any(|a| a.sha256 == photo.sha256 && a.thumbnail.is_some()),
        "the portfolio image has a thumbnail: {listed:?}"
    );
    Ok(photo.sha256)
}

#[test]
fn a_purged_student_is_in_no_file_of_the_data_folder_nor_in_the_next_bundle() -> Result<()> {
    let root = tempfile::tempdir()?;
    let data = root.path().join("data");
    let files = root.path().join("files");
    std::fs::create_dir_all(&files)?;
    let mut db = Db::open(&data.join("waypoint.sqlite3"))?;
    let (class, classmate, competency) = demo(&mut db)?;
    let student = roster::create_student(
        &mut db,
        class.parse()?,
        &StudentInput {
            given_name: "Temporary".into(),
            family_name: "Name".into(),
            ..Default::default()
        },
    )?
    .id;
    let photo = fill_in(
        &mut db,
        &student.to_string(),
        &classmate,
        &competency,
        &files,
    )?;
    let thumb = artifacts_dir(db.path()).join(format!("{photo}.thumb.png"));
    assert!(thumb.is_file(), "the thumbnail was cached beside the bytes");

    // A co-teacher's bundle comes in, so a restore point holding the student is taken.
    let mut peer = Db::open(&root.path().join("peer").join("waypoint.sqlite3"))?;
    roster::create_class(
        &mut peer,
        &ClassInput {
            name: "Period 4".into(),
            ..Default::default()
        },
    )?;
    let incoming = bundle::decode(&bundle::export(&peer, None, "Co-teacher", 5)?)?;
    bundle::import(&mut db, &incoming, false, &incoming.manifest.class_ids)?;
    let point = restore_point_path(db.path());
    assert!(
        contains(&std::fs::read(&point)?, GIVEN.as_bytes()),
        "the restore point holds the student before the purge"
    );
    // A snapshot, as the backups code keeps them (in a subfolder too).
    let snapshots = snapshots_dir(db.path());
    std::fs::create_dir_all(snapshots.join("weekly"))?;
    for copy in ["daily-2026-03-05.sqlite3", "weekly/2026-W10.sqlite3"] {
        let to = snapshots.join(copy);
        db.conn()
            .execute("VACUUM INTO ?1", [to.to_string_lossy().as_ref()])?;
    }
    assert!(
        !traces_in_folder(&data)?.is_empty(),
        "before the purge the data folder holds the student (so the search below can find it)"
    );

    roster::purge_student(&mut db, student)?;

    let left = traces_in_folder(&data)?;
    assert!(
        left.is_empty(),
        "after the purge, no file in the data folder (database, WAL, restore point, snapshots, portfolio) holds the student: {left:?}"
    );
    let wal = data.join("waypoint.sqlite3-wal");
    assert!(
        std::fs::metadata(&wal).map_or(true, |m| m.len() == 0),
        "the WAL is checkpointed and truncated"
    );
    assert!(!point.exists(), "the restore point is deleted");
    assert!(
        !thumb.exists() && !artifacts_dir(db.path()).join(&photo).exists(),
        "the student's own portfolio file and its thumbnail are deleted"
    );
    assert!(
        snapshots.is_dir() && files_under(&snapshots)?.is_empty(),
        "every snapshot is deleted; the folder stays for the next one"
    );
    let classmates_items = portfolio::list_artifacts(db.conn(), db.path(), classmate.parse()?)?;
    assert!(
        classmates_items.iter().all(|a| a.present),
        "a file another student's record names stays: {classmates_items:?}"
    );
    let next = bundle::export(&db, None, "Ms. Rivera", 10)?;
    for t in traces() {
        assert!(
            !contains(&next, t),
            "the next bundle carries no trace of the student ({})",
            String::from_utf8_lossy(t)
        );
    }
    assert_eq!(
        roster::list_classes(db.conn(), false)?.len(),
        2,
        "the rest of the data is untouched: both classes are still here"
    );
    drop(db);
    let left = traces_in_folder(&data)?;
    assert!(
        left.is_empty(),
        "after closing the database, no file holds the student: {left:?}"
    );
    Ok(())
}

#[test]
fn a_purge_that_arrives_in_a_bundle_erases_the_receiving_laptops_copies() -> Result<()> {
    let root = tempfile::tempdir()?;
    let mut a = Db::open(&root.path().join("a").join("waypoint.sqlite3"))?;
    let (class, classmate, competency) = demo(&mut a)?;
    let student = roster::create_student(
        &mut a,
        class.parse()?,
        &StudentInput {
            given_name: "Temporary".into(),
            family_name: "Name".into(),
            ..Default::default()
        },
    )?
    .id;
    let files = root.path().join("files");
    std::fs::create_dir_all(&files)?;
    let photo = fill_in(
        &mut a,
        &student.to_string(),
        &classmate,
        &competency,
        &files,
    )?;

    let b_data = root.path().join("b");
    let mut b = Db::open(&b_data.join("waypoint.sqlite3"))?;
    let full = bundle::decode(&bundle::export(&a, None, "A", 5)?)?;
    bundle::import(&mut b, &full, false, &full.manifest.class_ids)?;
    portfolio::list_artifacts(b.conn(), b.path(), student)?;
    assert!(
        artifacts_dir(b.path()).join(&photo).is_file(),
        "the image reached the co-teacher's laptop"
    );
    // A second bundle, so B's restore point holds the student.
    roster::create_class(
        &mut a,
        &ClassInput {
            name: "Period 4".into(),
            ..Default::default()
        },
    )?;
    let more = bundle::decode(&bundle::export(&a, Some(&b.version_vector()?), "A", 6)?)?;
    bundle::import(&mut b, &more, false, &more.manifest.class_ids)?;
    assert!(
        !traces_in_folder(&b_data)?.is_empty(),
        "before the purge arrives, B holds the student"
    );

    roster::purge_student(&mut a, student)?;
    let purge = bundle::decode(&bundle::export(&a, Some(&b.version_vector()?), "A", 7)?)?;
    bundle::import(&mut b, &purge, false, &purge.manifest.class_ids)?;

    let left = traces_in_folder(&b_data)?;
    assert!(
        left.is_empty(),
        "once the purge arrives, no file on the receiving laptop holds the student: {left:?}"
    );
    assert!(
        !b.can_undo_import()?,
        "the import that brought the purge can't be undone: that would bring the student back"
    );
    Ok(())
}
