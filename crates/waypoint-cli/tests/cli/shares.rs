//! Sharing one class through a folder: `share`, `shares join`, `shares sync`, `forget-class`.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::common::{Sandbox, the_one_stderr_line, utf8};

/// A teacher with Period 2 and Period 4 shares Period 2 through a folder; her co-teacher
/// joins it. The co-teacher's laptop holds Period 2 only (not an id or a name of Period 4),
/// and an edit on each side merges after each syncs.
#[test]
fn sharing_one_class_carries_that_class_only_and_edits_merge_both_ways() -> Result<()> {
    let sb = Sandbox::new()?;
    let a = sb.file("a.sqlite3");
    let b = sb.file("b.sqlite3");
    let folder = sb.file("shared");
    std::fs::create_dir(&folder)?;
    let pass = sb.file("pass.txt");
    std::fs::write(&pass, "maple river lantern orbit velvet canyon\n")?;
    let json = |db: &Path, args: &[&str]| sb.json_on(db, &[args, &["--json"]].concat());
    let id = |v: &Value| v["id"].as_str().map(str::to_owned).context("an id");
    let p2 = id(&json(&a, &["classes", "add", "--name", "Period 2"])?)?;
    let p4 = id(&json(&a, &["classes", "add", "--name", "Period Four Xq"])?)?;
    let ana = id(&json(
        &a,
        &[
            "students", "add", "--class", &p2, "--given", "Ana", "--family", "Ruiz",
        ],
    )?)?;
    let hidden = id(&json(
        &a,
        &[
            "students",
            "add",
            "--class",
            &p4,
            "--given",
            "Wendeline",
            "--family",
            "Oxbury",
        ],
    )?)?;
    let (folder_s, pass_s) = (utf8(&folder)?, utf8(&pass)?);
    json(
        &a,
        &[
            "share",
            "--class",
            &p2,
            "--folder",
            folder_s,
            "--passphrase-file",
            pass_s,
            "--label",
            "A",
        ],
    )?;
    let joined = json(
        &b,
        &[
            "shares",
            "join",
            "--folder",
            folder_s,
            "--passphrase-file",
            pass_s,
            "--label",
            "B",
        ],
    )?;
    assert_eq!(
        joined["shares"][0]["classId"].as_str(),
        Some(p2.as_str()),
        "joining finds the shared class in the folder"
    );
    let classes = json(&b, &["classes", "list"])?;
    let names: Vec<&str> = classes
        .as_array()
        .context("a list")?
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(
        names,
        vec!["Period 2"],
        "B's class list shows only the shared class"
    );
    let bytes = std::fs::read(&b)?;
    let text = String::from_utf8_lossy(&bytes);
    for secret in [&p4, &hidden, "Period Four Xq", "Wendeline", "Oxbury"] {
        assert!(
            !text.contains(secret),
            "B's database file must hold nothing of the other class: found {secret}"
        );
    }
    let listed = json(&b, &["shares", "list"])?;
    assert_eq!(
        listed[0]["className"], "Period 2",
        "the share is listed with its class"
    );
    // An edit on each side, then Sync now on both (and once more on A to take B's).
    json(
        &a,
        &[
            "students", "add", "--class", &p2, "--given", "Bo", "--family", "Lee",
        ],
    )?;
    json(
        &b,
        &[
            "students", "add", "--class", &p2, "--given", "Cy", "--family", "Diaz",
        ],
    )?;
    for (db, label) in [(&a, "A"), (&b, "B"), (&a, "A")] {
        json(
            db,
            &[
                "shares",
                "sync",
                "--class",
                &p2,
                "--passphrase-file",
                pass_s,
                "--label",
                label,
            ],
        )?;
    }
    let roster = |db: &Path| -> Result<Vec<String>> {
        let list = json(db, &["students", "list", "--class", &p2])?;
        let mut names: Vec<String> = list
            .as_array()
            .context("a list")?
            .iter()
            .filter_map(|s| s["displayName"].as_str().map(str::to_owned))
            .collect();
        names.sort();
        Ok(names)
    };
    assert_eq!(
        roster(&a)?,
        vec!["Ana Ruiz", "Bo Lee", "Cy Diaz"],
        "A has both edits"
    );
    assert_eq!(roster(&b)?, roster(&a)?, "B has both edits too");
    assert!(!ana.is_empty(), "the first student was created");
    // A plain bundle for the shared class is refused on B, and B's data is unchanged.
    let plain = sb.file("plain.bundle");
    json(
        &a,
        &["export", "--class", &p2, "--plain", "--out", utf8(&plain)?],
    )?;
    let before = sb.dump_of(&b)?;
    let out = sb.run_on(&b, &["import", utf8(&plain)?])?;
    assert!(
        !out.status.success(),
        "a plain bundle under a share's passphrase is refused"
    );
    assert!(
        the_one_stderr_line(&out).contains("not encrypted"),
        "the refusal says why: {}",
        the_one_stderr_line(&out)
    );
    assert_eq!(sb.dump_of(&b)?, before, "and nothing changed");
    // Forgetting the class removes it from B only.
    json(&b, &["forget-class", &p2])?;
    assert!(
        json(&b, &["classes", "list"])?
            .as_array()
            .is_some_and(|l| l.is_empty()),
        "B no longer holds the class"
    );
    assert_eq!(roster(&a)?.len(), 3, "A keeps it");
    Ok(())
}
