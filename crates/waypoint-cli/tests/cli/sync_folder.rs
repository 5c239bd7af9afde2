//! `sync-folder`: laptops taking turns through a shared folder until nothing is new, one file
//! each, and a folder that is not there.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::common::{AGE_HEADER, Sandbox, passphrase_file, refused, utf8};

/// The device id of the database, as the manifest of a plain export names its sender.
fn device_id(sandbox: &Sandbox) -> Result<String> {
    let scratch = sandbox.file("device-id.bundle");
    let manifest = sandbox.json(&["export", "--plain", "--out", utf8(&scratch)?, "--json"])?;
    std::fs::remove_file(&scratch)?;
    Ok(manifest["source"]["device"]
        .as_str()
        .context("the manifest names the sending device")?
        .to_owned())
}

/// Every name in the folder, sorted.
fn names_in(dir: &Path) -> Result<Vec<String>> {
    let mut names = std::fs::read_dir(dir)?
        .map(|e| Ok(e?.file_name().to_string_lossy().into_owned()))
        .collect::<Result<Vec<_>>>()?;
    names.sort();
    Ok(names)
}

#[test]
fn two_laptops_sync_through_a_folder_until_nothing_is_new() -> Result<()> {
    let (a, b) = (Sandbox::new()?, Sandbox::new()?);
    let shared = tempfile::tempdir()?;
    let folder = shared.path().join("usb-stick");
    std::fs::create_dir(&folder)?;
    let pass = passphrase_file(shared.path().join("class.pass"), "correct horse battery")?;
    let (folder_arg, pass) = (utf8(&folder)?, utf8(&pass)?);
    let sync = |sb: &Sandbox, label: &str, extra: &[&str]| {
        sb.json(
            &[
                &[
                    "sync-folder",
                    folder_arg,
                    "--passphrase-file",
                    pass,
                    "--label",
                    label,
                    "--json",
                ],
                extra,
            ]
            .concat(),
        )
    };
    let new = |report: &Value| report["totals"]["new"].as_u64();

    let class_id = a.demo_class_id()?;
    let a_first = sync(&a, "Ms. A", &[])?;
    assert_eq!(new(&a_first), Some(0), "an empty folder brings nothing");
    let a_file = format!("waypoint-{}.waypoint", device_id(&a)?);
    assert_eq!(
        names_in(&folder)?,
        vec![a_file.clone()],
        "the first laptop leaves exactly its own file, named by its device id, and no temp file"
    );
    assert_eq!(
        a_first["wrote"],
        folder.join(&a_file).to_string_lossy().as_ref(),
        "the report says which file was written"
    );
    assert!(
        std::fs::read(folder.join(&a_file))?.starts_with(AGE_HEADER),
        "with a passphrase the file in the shared folder is encrypted"
    );

    let b_first = sync(&b, "Mr. B", &["--receive-class", &class_id])?;
    assert!(
        new(&b_first).is_some_and(|n| n > 0),
        "the second laptop takes in the first one's class: {b_first}"
    );
    assert_eq!(
        (&b_first["files"][0]["label"], &b_first["files"][0]["error"]),
        (&Value::from("Ms. A"), &Value::Null),
        "the report names whose file was read, and that it was imported: {b_first}"
    );
    assert_eq!(
        names_in(&folder)?.len(),
        2,
        "each laptop keeps one file in the folder"
    );
    assert_eq!(a.dump()?, b.dump()?, "after one round the laptops agree");

    let added = b.json(&[
        "students", "add", "--class", &class_id, "--given", "Zora", "--family", "Nakamura",
        "--json",
    ])?;
    let b_second = sync(&b, "Mr. B", &[])?;
    assert_eq!(
        new(&b_second),
        Some(0),
        "the first laptop's file has not changed: nothing new for the second"
    );
    let a_second = sync(&a, "Ms. A", &[])?;
    assert_eq!(
        new(&a_second),
        Some(1),
        "the one student added on the second laptop is the one new change: {a_second}"
    );
    assert!(
        a.students(&class_id)?
            .iter()
            .any(|s| s["id"] == added["id"] && s["givenName"] == "Zora"),
        "the student added on the second laptop is listed on the first"
    );
    let synced = a.dump()?;
    assert_eq!(
        synced,
        b.dump()?,
        "after the edit travels both laptops agree"
    );

    for (sb, label) in [(&a, "Ms. A"), (&b, "Mr. B")] {
        assert_eq!(
            new(&sync(sb, label, &[])?),
            Some(0),
            "with no edits anywhere, another sync brings nothing"
        );
    }
    assert_eq!(
        a.dump()?,
        synced,
        "syncing with nothing new changes nothing"
    );
    assert_eq!(b.dump()?, synced, "on either laptop");
    assert_eq!(
        names_in(&folder)?.len(),
        2,
        "rewriting its file never leaves a second copy or a temp file behind"
    );
    Ok(())
}

#[test]
fn a_sync_folder_that_is_not_there_is_one_line_and_exit_2() -> Result<()> {
    let sb = Sandbox::new()?;
    let missing = sb.file("unplugged-stick");
    let pass = passphrase_file(sb.file("class.pass"), "correct horse battery")?;
    let out = sb.run(&[
        "sync-folder",
        utf8(&missing)?,
        "--passphrase-file",
        utf8(&pass)?,
    ])?;
    refused(
        &out,
        &["The sync folder", "is not there", utf8(&missing)?],
        "a sync folder that does not exist (an unplugged stick)",
    );
    assert!(!missing.exists(), "the missing folder is not created");
    Ok(())
}
