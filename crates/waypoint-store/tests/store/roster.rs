//! The roster's class-wide reads through the store's public API: a whole class's profile
//! badges in one call give what reading each student's profile gives.

use anyhow::Result;
use waypoint_core::roster::{LearnerProfile, ProfileBadges};
use waypoint_store::{Db, Error, roster};

use super::{class, student};

#[test]
fn a_class_badges_match_each_students_profile() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let c = roster::load_demo_class(&mut db)?;
    // A student with no saved profile, an archived one, and one in another class.
    let bare = roster::create_student(&mut db, c.id, &student("Bo", "Bare"))?.id;
    let gone = roster::list_students(db.conn(), c.id, false)?[0].id;
    roster::set_student_archived(&mut db, gone, true)?;
    let other = roster::create_class(&mut db, &class("Other"))?.id;
    roster::create_student(&mut db, other, &student("Cy", "Lee"))?;

    let mut expected = roster::list_students(db.conn(), c.id, true)?
        .iter()
        .map(|s| {
            Ok(ProfileBadges::of(
                s.id,
                &roster::get_profile(db.conn(), s.id)?,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    expected.sort_by_key(|b| b.student_id);
    let mut got = roster::class_profile_badges(db.conn(), c.id)?;
    got.sort_by_key(|b| b.student_id);
    assert_eq!(
        got, expected,
        "one query gives every student's badges, archived ones too, as their profiles do"
    );
    assert_eq!(
        got.len(),
        25,
        "the 24 demo students and the one added, none from elsewhere"
    );
    assert!(
        got.iter().any(|b| !b.accommodations.is_empty())
            && got.iter().any(|b| !b.home_language.is_empty()),
        "the demo class has accommodations and home languages, so the comparison means something"
    );
    assert_eq!(
        got.iter().find(|b| b.student_id == bare),
        Some(&ProfileBadges::of(bare, &LearnerProfile::default())),
        "a student without a profile has no badges"
    );
    assert!(
        matches!(
            roster::class_profile_badges(
                db.conn(),
                "0190b7a0-0000-7000-8000-000000000000".parse()?
            ),
            Err(Error::NotFound { .. })
        ),
        "an unknown class is not found"
    );
    Ok(())
}
