//! `students purge`: a student erased from the database file and from the next bundle.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::common::{Sandbox, utf8};

#[test]
fn students_purge_erases_a_student_from_the_database_file_and_the_next_bundle() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let added = sandbox.json(&[
        "students", "add", "--class", &class_id, "--given", "Zyxwerth", "--family", "Quolmbaq",
        "--json",
    ])?;
    let id = added["id"].as_str().context("the added student's id")?;
    let out = sandbox.run(&["students", "purge", id])?;
    assert!(
        out.status.success(),
        "purge: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8(out.stdout)?.starts_with("Erased student"),
        "the purge says what it did"
    );
    let holds = |bytes: &[u8]| bytes.windows(8).any(|w| w == b"Quolmbaq");
    for suffix in ["", "-wal"] {
        let file = PathBuf::from(format!("{}{suffix}", sandbox.db().display()));
        if file.exists() {
            assert!(
                !holds(&std::fs::read(&file)?),
                "{} holds no trace of the purged student",
                file.display()
            );
        }
    }
    let bundle = sandbox.file("next.bundle");
    let export = sandbox.run(&["export", "--plain", "--out", utf8(&bundle)?])?;
    assert!(export.status.success(), "the next bundle is written");
    assert!(
        !holds(&std::fs::read(&bundle)?),
        "the next bundle carries no trace of the purged student"
    );
    let listed = sandbox.json(&[
        "students",
        "list",
        "--class",
        &class_id,
        "--archived",
        "--json",
    ])?;
    assert!(
        listed
            .as_array()
            .is_some_and(|a| a.iter().all(|s| s["id"] != added["id"])),
        "the purged student is listed nowhere, not even with archived ones"
    );
    let unknown = sandbox.run(&["students", "purge", "0190f5c2-0000-7000-8000-000000000000"])?;
    assert_eq!(
        unknown.status.code(),
        Some(1),
        "an id that names no student fails (exit 1): {}",
        String::from_utf8_lossy(&unknown.stderr)
    );
    Ok(())
}
