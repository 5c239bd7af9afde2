//! Use cases and queries for classes, students and learner profiles.
//!
//! A use case validates its input with `waypoint-core`, writes through the op log in one
//! transaction, and returns the fresh view, so the shell and the CLI stay one-liners.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::json;
use waypoint_core::conferences::CONFERENCE;
use waypoint_core::demo::demo_class;
use waypoint_core::evidence::{EVIDENCE, STATUS_OVERRIDE};
use waypoint_core::feedback::PEER_FEEDBACK;
use waypoint_core::goals::{GOAL, GOAL_CHECKIN};
use waypoint_core::groups::GROUP_MEMBER;
use waypoint_core::ids::{ClassId, StudentId};
use waypoint_core::op::Fields;
use waypoint_core::playlists::{ACTIVITY_PROGRESS, PLAYLIST_ASSIGNMENT};
use waypoint_core::portfolio::ARTIFACT;
use waypoint_core::reflections::REFLECTION;
use waypoint_core::roster::{
    CLASS, ClassInput, ClassView, LEARNER_PROFILE, LearnerProfile, ProfileBadges, STUDENT,
    StudentInput, StudentView, changed_fields, display_name,
};
use waypoint_core::table::{FieldKind, TableSpec};

use crate::device::random10;
use crate::oplog::{row_fields, sql_to_json};
use crate::rows::{live_fields, not_found, set_archived, text};
use crate::{Db, Error, Result};

/// Classes, sorted by name; archived ones only when asked for.
pub fn list_classes(conn: &Connection, include_archived: bool) -> Result<Vec<ClassView>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.name, c.subject, c.grade_level, c.archived,
            (SELECT count(*) FROM student s WHERE s.class_id = c.id AND s._deleted = 0 AND coalesce(s.archived, 0) = 0)
         FROM class c
         WHERE c._deleted = 0 AND (?1 OR coalesce(c.archived, 0) = 0)
         ORDER BY c.name COLLATE NOCASE, c.id",
    )?;
    let rows = stmt
        .query_map([include_archived], class_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// One class.
pub fn get_class(conn: &Connection, id: ClassId) -> Result<ClassView> {
    conn.query_row(
        "SELECT c.id, c.name, c.subject, c.grade_level, c.archived,
            (SELECT count(*) FROM student s WHERE s.class_id = c.id AND s._deleted = 0 AND coalesce(s.archived, 0) = 0)
         FROM class c WHERE c.id = ?1 AND c._deleted = 0",
        [id.to_string()],
        class_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("class", id)))
}

fn class_row(r: &Row<'_>) -> rusqlite::Result<Result<ClassView>> {
    let id = text(r, 0)?;
    let (name, subject, grade_level) = (text(r, 1)?, text(r, 2)?, text(r, 3)?);
    let archived = r.get::<_, Option<bool>>(4)?.unwrap_or(false);
    let student_count = r.get::<_, u32>(5)?;
    Ok(id
        .parse::<ClassId>()
        .map_err(Error::from)
        .map(|id| ClassView {
            id,
            name,
            subject,
            grade_level,
            archived,
            student_count,
        }))
}

/// Creates a class.
pub fn create_class(db: &mut Db, input: &ClassInput) -> Result<ClassView> {
    let input = input.validate()?;
    let id = db.write(|w| {
        let id = ClassId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields();
        fields.insert("archived".into(), json!(false));
        w.set(&CLASS, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_class(db.conn(), id)
}

/// Renames or otherwise edits a class; only changed fields are written.
pub fn update_class(db: &mut Db, id: ClassId, input: &ClassInput) -> Result<ClassView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &CLASS, "class", &id.to_string())?;
        w.set(
            &CLASS,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_class(db.conn(), id)
}

/// Archives or unarchives a class. Its students are kept as they are.
pub fn set_class_archived(db: &mut Db, id: ClassId, archived: bool) -> Result<ClassView> {
    db.write(|w| set_archived(w, &CLASS, "class", &id.to_string(), archived))?;
    get_class(db.conn(), id)
}

/// Students in a class, sorted by family then given name; archived ones only when asked.
pub fn list_students(
    conn: &Connection,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<StudentView>> {
    get_class(conn, class_id)?;
    let mut stmt = conn.prepare(
        "SELECT id, class_id, given_name, family_name, preferred_name, birth_date, archived,
            student_number, email, grade
         FROM student
         WHERE class_id = ?1 AND _deleted = 0 AND (?2 OR coalesce(archived, 0) = 0)
         ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id",
    )?;
    let rows = stmt
        .query_map(params![class_id.to_string(), include_archived], student_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// Erases a student for good (legal erasure): purge ops for the student, the learner
/// profile, and every piece of evidence, status override, group placement, playlist
/// assignment, activity progress row, goal and check-in, reflection, peer feedback they wrote
/// or received, portfolio artifact record and conference about them, deleted ones too.
/// Their values are blanked here and, as the ops travel, on every laptop; the op ids stay so
/// sync still lines up. Unlike archive or delete, this cannot be undone.
///
/// Once that is committed, the copies are erased too ([`Db::erase_copies`]): the restore
/// point, every snapshot, and the student's portfolio files and thumbnails that no other
/// record names; and the WAL is checkpointed and truncated. The database runs with
/// `secure_delete`, so the blanked values are zeroed in its pages rather than left in free
/// space. Purging a student already purged writes no op and only erases the copies again,
/// which finishes a purge whose clean-up failed ([`Error::NotErased`]).
pub fn purge_student(db: &mut Db, id: StudentId) -> Result<()> {
    let key = id.to_string();
    let (exists, purged): (bool, bool) = db.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM student WHERE id = ?1),
                EXISTS (SELECT 1 FROM op WHERE tbl = 'student' AND row_id = ?1 AND kind = 'purge')",
        [&key],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if !exists {
        return Err(Error::NotFound {
            what: "student",
            id: key,
        });
    }
    if purged {
        return db.erase_copies(&[]);
    }
    // Read before the purge blanks the records that name them.
    let files = crate::portfolio::student_sha256s(db.conn(), &key)?;
    write_purge(db, &key)?;
    db.erase_copies(&files)
}

/// The purge ops for a student and every row about them, in one write.
fn write_purge(db: &mut Db, id: &str) -> Result<()> {
    let id = id.to_owned();
    db.write(|w| {
        // The student's own row goes last: until it is purged, it still names the class
        // that every other row's stream is found through.
        let mut rows: Vec<(&TableSpec, String)> = vec![(&LEARNER_PROFILE, id.clone())];
        let about_student = [
            (&EVIDENCE, "student_id = ?1"),
            (&STATUS_OVERRIDE, "student_id = ?1"),
            (&GROUP_MEMBER, "student_id = ?1"),
            (&ACTIVITY_PROGRESS, "student_id = ?1"),
            (
                &PLAYLIST_ASSIGNMENT,
                "target_kind = 'student' AND target_id = ?1",
            ),
            (&GOAL, "student_id = ?1"),
            (
                &GOAL_CHECKIN,
                "goal_id IN (SELECT id FROM goal WHERE student_id = ?1)",
            ),
            (&REFLECTION, "student_id = ?1"),
            // Feedback the student wrote, and feedback on their items, before the items:
            // a feedback row finds its class through its item.
            (
                &PEER_FEEDBACK,
                "author_id = ?1 OR artifact_id IN (SELECT id FROM artifact WHERE student_id = ?1)",
            ),
            (&ARTIFACT, "student_id = ?1"),
            (&CONFERENCE, "student_id = ?1"),
        ];
        for (spec, filter) in about_student {
            let mut stmt = w
                .conn()
                .prepare(&format!("SELECT id FROM {} WHERE {filter}", spec.name))?;
            let ids = stmt
                .query_map([&id], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.extend(ids.into_iter().map(|r| (spec, r)));
        }
        rows.push((&STUDENT, id.clone()));
        for (spec, row) in rows {
            w.purge(spec, &row)?;
        }
        Ok(())
    })
}

/// A class's name whatever its state (archived or deleted included), if the row exists.
pub fn class_name(conn: &Connection, id: ClassId) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM class WHERE id = ?1",
            [id.to_string()],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// One student.
pub fn get_student(conn: &Connection, id: StudentId) -> Result<StudentView> {
    conn.query_row(
        "SELECT id, class_id, given_name, family_name, preferred_name, birth_date, archived,
            student_number, email, grade
         FROM student WHERE id = ?1 AND _deleted = 0",
        [id.to_string()],
        student_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("student", id)))
}

fn student_row(r: &Row<'_>) -> rusqlite::Result<Result<StudentView>> {
    let (id, class_id) = (text(r, 0)?, text(r, 1)?);
    let (given, family, preferred) = (text(r, 2)?, text(r, 3)?, text(r, 4)?);
    let birth_date = text(r, 5)?;
    let archived = r.get::<_, Option<bool>>(6)?.unwrap_or(false);
    let (student_number, email, grade) = (text(r, 7)?, text(r, 8)?, text(r, 9)?);
    let ids = id.parse().and_then(|id| Ok((id, class_id.parse()?)));
    Ok(ids.map_err(Error::from).map(|(id, class_id)| StudentView {
        id,
        class_id,
        display_name: display_name(&given, &family, &preferred),
        given_name: given,
        family_name: family,
        preferred_name: preferred,
        birth_date,
        student_number,
        email,
        grade,
        archived,
    }))
}

/// Adds a student to a class.
pub fn create_student(db: &mut Db, class_id: ClassId, input: &StudentInput) -> Result<StudentView> {
    let input = input.validate()?;
    let id = db.write(|w| {
        live_fields(w.conn(), &CLASS, "class", &class_id.to_string())?;
        let id = StudentId::mint(w.wall_ms(), random10());
        w.set(
            &STUDENT,
            &id.to_string(),
            new_student_fields(class_id, &input),
        )?;
        Ok(id)
    })?;
    get_student(db.conn(), id)
}

pub(crate) fn new_student_fields(class_id: ClassId, input: &StudentInput) -> Fields {
    let mut fields = input.to_fields();
    fields.insert("class_id".into(), json!(class_id.to_string()));
    fields.insert("archived".into(), json!(false));
    fields
}

/// Edits a student's name or birth date; only changed fields are written.
pub fn update_student(db: &mut Db, id: StudentId, input: &StudentInput) -> Result<StudentView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &STUDENT, "student", &id.to_string())?;
        w.set(
            &STUDENT,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_student(db.conn(), id)
}

/// Archives or unarchives a student.
pub fn set_student_archived(db: &mut Db, id: StudentId, archived: bool) -> Result<StudentView> {
    db.write(|w| set_archived(w, &STUDENT, "student", &id.to_string(), archived))?;
    get_student(db.conn(), id)
}

/// A student's learner profile (empty if none was saved yet).
pub fn get_profile(conn: &Connection, id: StudentId) -> Result<LearnerProfile> {
    get_student(conn, id)?;
    match row_fields(conn, &LEARNER_PROFILE, &id.to_string())? {
        Some(fields) => Ok(LearnerProfile::from_fields(&fields)?),
        None => Ok(LearnerProfile::default()),
    }
}

/// The roster's badges for every student of a class, archived ones too, in one query: the
/// same as [`get_profile`] per student, cut down to what the badges show. A student without
/// a saved profile has none.
pub fn class_profile_badges(conn: &Connection, class_id: ClassId) -> Result<Vec<ProfileBadges>> {
    get_class(conn, class_id)?;
    let mut stmt = conn.prepare(
        "SELECT s.id, p.home_language, p.accommodations
         FROM student s LEFT JOIN learner_profile p ON p.id = s.id AND p._deleted = 0
         WHERE s.class_id = ?1 AND s._deleted = 0
         ORDER BY s.id",
    )?;
    let mut rows = stmt.query([class_id.to_string()])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let student: StudentId = text(r, 0)?.parse()?;
        // The two columns read as `get_profile` reads them, so both parse alike.
        let fields: Fields = [
            ("home_language", r.get::<_, SqlValue>(1)?, FieldKind::Text),
            ("accommodations", r.get::<_, SqlValue>(2)?, FieldKind::Json),
        ]
        .into_iter()
        .map(|(name, value, kind)| (name.to_owned(), sql_to_json(value, kind)))
        .collect();
        out.push(ProfileBadges::of(
            student,
            &LearnerProfile::from_fields(&fields)?,
        ));
    }
    Ok(out)
}

/// Saves a student's learner profile; only the fields that changed are written.
pub fn save_profile(
    db: &mut Db,
    id: StudentId,
    profile: &LearnerProfile,
) -> Result<LearnerProfile> {
    let profile = profile.validate()?;
    db.write(|w| {
        live_fields(w.conn(), &STUDENT, "student", &id.to_string())?;
        let old = row_fields(w.conn(), &LEARNER_PROFILE, &id.to_string())?.unwrap_or_default();
        w.set(
            &LEARNER_PROFILE,
            &id.to_string(),
            changed_fields(&old, &profile.to_fields()),
        )
    })?;
    get_profile(db.conn(), id)
}

/// Creates the demo class (24 fictional students with full profiles, the sample framework
/// and five weeks of evidence) in one transaction, then fills it in with
/// [`crate::demo_year::enrich_demo_class`] so every feature has something to show: goals,
/// a conference, portfolio items, today's rotation, activities and a playlist.
///
/// "Today" is the teacher's local day at the database's wall clock (the day the app's Today
/// view opens on), so a test that opens the database with its own clock gets the same class.
pub fn load_demo_class(db: &mut Db) -> Result<ClassView> {
    let demo = demo_class()?;
    let today = chrono::DateTime::from_timestamp_millis((db.wall)() as i64)
        .map(|t| t.with_timezone(&chrono::Local).date_naive())
        .unwrap_or_default();
    let id = db.write(|w| {
        let class_id = ClassId::mint(w.wall_ms(), random10());
        let mut fields = demo.class.validate()?.to_fields();
        fields.insert("archived".into(), json!(false));
        w.set(&CLASS, &class_id.to_string(), fields)?;
        let mut student_ids = Vec::with_capacity(demo.students.len());
        for s in &demo.students {
            let id = StudentId::mint(w.wall_ms(), random10()).to_string();
            w.set(
                &STUDENT,
                &id,
                new_student_fields(class_id, &s.student.validate()?),
            )?;
            w.set(&LEARNER_PROFILE, &id, s.profile.validate()?.to_fields())?;
            student_ids.push(id);
        }
        crate::frameworks::load_demo_framework(w, class_id, &student_ids)?;
        Ok(class_id)
    })?;
    crate::demo_year::enrich_demo_class(db, id, today)?;
    get_class(db.conn(), id)
}
