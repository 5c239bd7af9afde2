//! `conflicts`: one student renamed on two laptops is one conflict on both, with both names kept.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;
use waypoint_core::messages::{Message, english};

use crate::common::{Sandbox, utf8};

/// Hands everything `from` holds to `to` as a plain bundle: `export` then `import --json`,
/// which must succeed; returns the import's counts.
fn hand_over(from: &Sandbox, label: &str, to: &Sandbox, extra: &[&str]) -> Result<Value> {
    let bundle = from.file("handoff.json");
    let bundle = utf8(&bundle)?;
    let out = from.run(&["export", "--plain", "--out", bundle, "--label", label])?;
    anyhow::ensure!(
        out.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    to.json(&[&["import", bundle, "--json"], extra].concat())
}

/// Renames a student through the store's own use case: the CLI has no command to edit one.
fn rename_student(db: &Path, student: &Value, given: &str) -> Result<()> {
    let text = |key: &str| {
        student[key]
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("the student's {key}"))
    };
    let mut db = waypoint_store::Db::open(db)?;
    waypoint_store::roster::update_student(
        &mut db,
        text("id")?.parse()?,
        &waypoint_core::roster::StudentInput {
            given_name: given.to_owned(),
            family_name: text("familyName")?,
            preferred_name: text("preferredName")?,
            birth_date: text("birthDate")?,
            ..Default::default()
        },
    )?;
    Ok(())
}

#[test]
fn one_student_renamed_on_two_laptops_is_one_conflict_on_both() -> Result<()> {
    let (a, b) = (Sandbox::new()?, Sandbox::new()?);
    let class_id = a.demo_class_id()?;
    hand_over(&a, "Ms. A", &b, &["--receive-class", &class_id])?;
    let student = a.students(&class_id)?[0].clone();
    rename_student(&a.db(), &student, "Alejandra")?;
    rename_student(&b.db(), &student, "Sasha")?;

    for (counts, to) in [
        (hand_over(&a, "Ms. A", &b, &[])?, "B"),
        (hand_over(&b, "Mr. B", &a, &[])?, "A"),
    ] {
        assert_eq!(
            (&counts["new"], &counts["conflicts"]),
            (&Value::from(1), &Value::from(1)),
            "into {to}: the other laptop's rename is the one new change, and it conflicts: {counts}"
        );
    }

    for (sb, other) in [(&a, "Mr. B"), (&b, "Ms. A")] {
        let list = sb.json(&["conflicts", "--json"])?;
        let list = list.as_array().context("conflicts --json is an array")?;
        assert_eq!(list.len(), 1, "one field renamed twice is one conflict");
        let conflict = &list[0];
        assert_eq!(
            (&conflict["table"], &conflict["rowId"], &conflict["field"]),
            (
                &Value::from("student"),
                &student["id"],
                &Value::from("given_name")
            ),
            "the conflict is on the student's given name: {conflict}"
        );
        let candidates = conflict["candidates"]
            .as_array()
            .context("a conflict lists its candidates")?;
        let mut values: Vec<&str> = candidates
            .iter()
            .filter_map(|c| c["value"].as_str())
            .collect();
        values.sort_unstable();
        assert_eq!(
            values,
            ["Alejandra", "Sasha"],
            "both names are kept, neither is silently lost"
        );
        // Who wrote each value is a catalog message ("This laptop") or the co-teacher's label
        // as it is; read in English, as the command line prints it.
        let mut who: Vec<String> = candidates
            .iter()
            .filter_map(|c| serde_json::from_value::<Message>(c["who"].clone()).ok())
            .map(|m| english(&m))
            .collect();
        who.sort_unstable();
        let mut expected_who = ["This laptop", other];
        expected_who.sort_unstable();
        assert_eq!(
            who, expected_who,
            "each name says who wrote it: this laptop, or the co-teacher by their label"
        );
        assert_eq!(
            candidates.iter().filter(|c| c["current"] == true).count(),
            1,
            "exactly one of the names is the one shown meanwhile"
        );

        let text = sb.run(&["conflicts"])?;
        let text = String::from_utf8(text.stdout)?;
        assert!(
            text.starts_with("1 open conflict:")
                && text.contains("\"Alejandra\"")
                && text.contains("\"Sasha\""),
            "the text lists the conflict with both names: {text}"
        );
    }
    assert_eq!(
        a.dump()?,
        b.dump()?,
        "both laptops show the same name and keep the same conflict"
    );
    Ok(())
}
