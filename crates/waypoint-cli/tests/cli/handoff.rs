//! Handing a class over in a file: `export` and `import` (plain and encrypted), `undo-import`,
//! every refusal leaving the database byte for byte as it was, and the old passphrase row.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::common::{AGE_HEADER, Sandbox, passphrase_file, refused, utf8};

#[test]
fn export_then_import_hands_everything_over_once_and_refuses_a_damaged_bundle() -> Result<()> {
    let from = Sandbox::new()?;
    let class_id = from.demo_class_id()?;
    let bundle = from.file("handoff.json");
    let bundle_arg = utf8(&bundle)?;
    let refused = from.run(&["export", "--out", bundle_arg])?;
    assert_eq!(
        refused.status.code(),
        Some(2),
        "without --plain nothing is written"
    );
    assert!(!bundle.exists(), "a refused export leaves no file");
    let out = from.run(&["export", "--out", bundle_arg, "--plain"])?;
    assert!(
        out.status.success(),
        "export: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let to = Sandbox::new()?;
    let first = to.run(&["import", bundle_arg, "--receive-class", &class_id])?;
    assert!(
        first.status.success(),
        "import: {}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        String::from_utf8(first.stdout)?.contains("new changes"),
        "the count of new changes is printed"
    );
    let again = to.run(&["import", bundle_arg])?;
    assert!(
        String::from_utf8(again.stdout)?.starts_with("Nothing new"),
        "the same bundle twice brings nothing"
    );
    assert_eq!(
        from.run(&["dump", "--canonical"])?.stdout,
        to.run(&["dump", "--canonical"])?.stdout,
        "both databases hold the same state"
    );

    let undo = to.run(&["undo-import"])?;
    assert!(
        undo.status.success(),
        "undo: {}",
        String::from_utf8_lossy(&undo.stderr)
    );
    let after_undo: Value = serde_json::from_slice(&to.run(&["dump", "--canonical"])?.stdout)?;
    assert_eq!(
        after_undo["student"].as_array().map(Vec::len),
        Some(0),
        "undo takes the import back out"
    );
    let nothing = to.run(&["undo-import"])?;
    assert_eq!(
        nothing.status.code(),
        Some(1),
        "a second undo has nothing to undo"
    );

    let mut bytes = std::fs::read(&bundle)?;
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x04;
    std::fs::write(&bundle, &bytes)?;
    let damaged = to.run(&["import", bundle_arg])?;
    assert_eq!(
        damaged.status.code(),
        Some(2),
        "a damaged bundle is bad input"
    );
    let err = String::from_utf8(damaged.stderr)?;
    assert_eq!(err.lines().count(), 1, "one stderr line: {err}");
    assert!(
        err.contains("Nothing was imported"),
        "the teacher is told nothing changed: {err}"
    );
    Ok(())
}

/// Creates an empty database at `db`, as a fresh install of the app would, so that its dump
/// can be compared before and after refused imports.
fn empty_database(db: &Path) -> Result<()> {
    waypoint_store::Db::open(db).context("creating an empty database")?;
    Ok(())
}

/// The only class `classes list --json` shows: its id and its name.
fn only_class(sandbox: &Sandbox) -> Result<(String, String)> {
    let classes = sandbox.json(&["classes", "list", "--json"])?;
    let class = &classes[0];
    anyhow::ensure!(
        classes.as_array().map(Vec::len) == Some(1),
        "expected one class: {classes}"
    );
    Ok((
        class["id"].as_str().context("a class id")?.to_owned(),
        class["name"].as_str().context("a class name")?.to_owned(),
    ))
}

#[test]
fn an_encrypted_handoff_opens_only_with_the_passphrase_and_the_class_chosen() -> Result<()> {
    let a = Sandbox::new()?;
    a.demo_class_id()?;
    let (class_id, class_name) = only_class(&a)?;
    let pass = passphrase_file(a.file("class.pass"), "correct horse battery")?;
    let wrong = passphrase_file(a.file("wrong.pass"), "correct horse battery staple")?;
    let (pass, wrong) = (utf8(&pass)?, utf8(&wrong)?);
    let bundle = a.file("handoff.bundle");
    let bundle = utf8(&bundle)?;
    let out = a.run(&[
        "export",
        "--out",
        bundle,
        "--passphrase-file",
        pass,
        "--label",
        "Ms. A",
    ])?;
    assert!(
        out.status.success(),
        "an encrypted export succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sealed = std::fs::read(bundle)?;
    assert!(
        sealed.starts_with(AGE_HEADER),
        "with --passphrase-file the file is an age file, safe on a lost USB stick"
    );
    let family = a.students(&class_id)?[0]["familyName"]
        .as_str()
        .context("a family name")?
        .to_owned();
    let visible = String::from_utf8_lossy(&sealed);
    assert!(
        !visible.contains(&class_name) && !visible.contains(&family),
        "no class or student name may be readable in an encrypted bundle"
    );

    let b = Sandbox::new()?;
    empty_database(&b.db())?;
    let pristine = b.dump()?;
    let attempts: [(&[&str], &[&str], &str); 3] = [
        (
            &[],
            &["This bundle is encrypted", "Nothing was imported"],
            "an encrypted bundle without a passphrase",
        ),
        (
            &["--passphrase-file", wrong],
            &[
                "could not be opened with the class passphrase",
                "Nothing was imported",
            ],
            "a wrong passphrase",
        ),
        (
            &["--passphrase-file", pass],
            &[
                "holds a class you have not chosen to receive",
                &class_name,
                "Nothing was imported",
            ],
            "a class not chosen to receive",
        ),
    ];
    for (extra, expected, why) in attempts {
        let out = b.run(&[&["import", bundle], extra].concat())?;
        refused(&out, expected, why);
        assert_eq!(
            b.dump()?,
            pristine,
            "{why}: a refused import must leave the database byte for byte as it was"
        );
    }
    assert!(
        class_name.contains("demo"),
        "the refusal above named the demo class by its name: {class_name}"
    );

    let counts = b.json(&[
        "import",
        bundle,
        "--passphrase-file",
        pass,
        "--receive-class",
        &class_id,
        "--json",
    ])?;
    assert!(
        counts["new"].as_u64().is_some_and(|n| n > 0),
        "the right passphrase and the class chosen bring the class in: {counts}"
    );
    assert_eq!(
        counts["conflicts"], 0,
        "a first handoff into an empty laptop cannot conflict"
    );
    let handed_over = b.dump()?;
    assert_eq!(
        handed_over,
        a.dump()?,
        "after the handoff both laptops hold exactly the same state"
    );

    // The class is on this laptop now, so it needs choosing no more.
    let again = b.run(&["import", bundle, "--passphrase-file", pass])?;
    assert!(
        again.status.success(),
        "importing the same bundle again is harmless: {}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(
        String::from_utf8(again.stdout)?.starts_with("Nothing new"),
        "the same bundle twice brings nothing, and says so"
    );
    assert_eq!(
        b.dump()?,
        handed_over,
        "a second import of the same bundle changes nothing"
    );
    Ok(())
}

#[test]
fn export_needs_a_passphrase_or_plain_and_refuses_an_empty_passphrase() -> Result<()> {
    let sb = Sandbox::new()?;
    sb.demo_class_id()?;
    let out = sb.file("out.bundle");
    let out_arg = utf8(&out)?;
    refused(
        &sb.run(&["export", "--out", out_arg])?,
        &["--passphrase-file", "--plain"],
        "an export that says neither how to encrypt nor that it may be readable",
    );
    for (name, text) in [
        ("empty.pass", ""),
        ("newline.pass", "\n"),
        ("second-line.pass", "\ncorrect horse battery\n"),
    ] {
        let file = sb.file(name);
        std::fs::write(&file, text)?;
        refused(
            &sb.run(&[
                "export",
                "--out",
                out_arg,
                "--passphrase-file",
                utf8(&file)?,
            ])?,
            &["empty", name],
            &format!("a passphrase file whose first line is blank ({text:?})"),
        );
    }
    assert!(!out.exists(), "a refused export writes no file");
    Ok(())
}

#[test]
fn an_old_passphrase_row_is_taken_out_of_the_database_by_the_first_command() -> Result<()> {
    let sandbox = Sandbox::new()?;
    empty_database(&sandbox.db())?;
    let pass = "old-row-passphrase-5150";
    rusqlite::Connection::open(sandbox.db())?.execute(
        "INSERT INTO handoff_setting (key, value) VALUES ('passphrase', ?1)",
        [pass],
    )?;
    let db = sandbox.db();
    let out = sandbox
        .command(&["--db", utf8(&db)?, "classes", "list"])
        // Never the machine's real keyring: this run has memory only, as a bare session does.
        .env("WAYPOINT_SECRETS", "memory")
        .output()?;
    assert!(out.status.success(), "the command itself runs as usual");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("removed the class passphrase"),
        "the teacher is told the passphrase left the database: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let left: i64 = rusqlite::Connection::open(&db)?.query_row(
        "SELECT count(*) FROM handoff_setting WHERE key = 'passphrase'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(left, 0, "the row is gone");
    let bytes = std::fs::read(&db)?;
    assert!(
        !bytes.windows(pass.len()).any(|w| w == pass.as_bytes()),
        "and so are its bytes in the database file"
    );
    Ok(())
}
