//! Conflicts between laptops: one resolved on one laptop closes on both, and a clock hours
//! ahead does not beat a later edit that saw it.

use anyhow::Result;
use serde_json::json;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, roster};
use waypoint_sync::bundle;

use crate::common::{first_student, receive, rename, small_db};

#[test]
fn a_conflict_resolved_on_one_laptop_closes_on_both() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (_, s) = first_student(&a)?;
    rename(&mut a, &s, "Anita")?;
    rename(&mut b, &s, "Anna")?;
    let exchange = |from: &Db, to: &mut Db| -> Result<()> {
        receive(
            to,
            &bundle::decode(&bundle::export(from, Some(&to.version_vector()?), "x", 2)?)?,
        )?;
        Ok(())
    };
    exchange(&a, &mut b)?;
    exchange(&b, &mut a)?;
    let open = waypoint_store::conflicts::list_conflicts(&a)?;
    assert_eq!(
        open.len(),
        1,
        "the same field edited on both is one conflict"
    );
    assert_eq!(open[0].field, "given_name", "on the given name");
    let values: Vec<String> = open[0]
        .candidates
        .iter()
        .map(|c| waypoint_core::messages::english(&c.display))
        .collect();
    assert!(
        values.iter().any(|v| v == "Anita") && values.iter().any(|v| v == "Anna"),
        "both values are kept: {values:?}"
    );
    assert!(
        open[0]
            .candidates
            .iter()
            .any(|c| waypoint_core::messages::english(&c.who) == "This laptop"),
        "who wrote each value is said"
    );
    let err = waypoint_store::conflicts::resolve_conflict(
        &mut a,
        "student",
        &s.id.to_string(),
        "given_name",
        &json!("   "),
    )
    .expect_err("a blank name");
    assert!(
        err.to_string().contains("blank"),
        "an edit is validated: {err}"
    );
    waypoint_store::conflicts::resolve_conflict(
        &mut a,
        "student",
        &s.id.to_string(),
        "given_name",
        &json!("Ana María"),
    )?;
    assert!(
        waypoint_store::conflicts::list_conflicts(&a)?.is_empty(),
        "resolved here"
    );
    exchange(&a, &mut b)?;
    assert!(
        waypoint_store::conflicts::list_conflicts(&b)?.is_empty(),
        "and closed on the other laptop by the same op"
    );
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(b.conn())?,
        "both show the same"
    );
    assert_eq!(
        roster::get_student(b.conn(), s.id)?.given_name,
        "Ana María",
        "with the value the teacher typed"
    );
    Ok(())
}

#[test]
fn a_clock_hours_ahead_does_not_beat_a_later_edit_that_saw_it() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let ahead = waypoint_store::OpenOptions {
        wall_clock: std::sync::Arc::new(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                // Within what an import accepts (a day ahead), far enough to win on time.
                .map(|d| d.as_millis() as u64 + 20 * 3600 * 1000)
                .unwrap_or(0)
        }),
    };
    let mut b = Db::open_with(&dir.path().join("b.sqlite3"), ahead)?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (_, s) = first_student(&a)?;
    rename(&mut b, &s, "From the future")?;
    receive(&mut a, &bundle::decode(&bundle::export(&b, None, "B", 2)?)?)?;
    rename(&mut a, &s, "Now")?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 3)?)?)?;
    for db in [&a, &b] {
        assert_eq!(
            roster::get_student(db.conn(), s.id)?.given_name,
            "Now",
            "the edit made after seeing the other wins, whatever the clocks say"
        );
        assert!(
            waypoint_store::conflicts::list_conflicts(db)?.is_empty(),
            "and it is no conflict"
        );
    }
    Ok(())
}
