//! Portfolio files in bundles (format version 2 and later): a file travels and lands whole, an
//! altered one is refused, one over the budget is left out and said to be missing, and files out
//! of order or in a version 1 bundle are refused.

use anyhow::Result;
use serde_json::json;
use std::path::Path;
use waypoint_core::portfolio::ArtifactInput;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::portfolio::{self, MISSING_FILE, artifacts_dir};
use waypoint_store::{Db, roster};
use waypoint_sync::Error;
use waypoint_sync::bundle::{self, Manifest};

use crate::common::{golden_v1, receive, sha256_hex};

/// A laptop with the demo class in a folder of its own (`artifacts/` is beside the
/// database, so two laptops in one folder would share their files and prove nothing), and a
/// small text file attached to the first student with no portfolio item yet (the demo class
/// gives a few students some). Returns the database, the student's id and the file's
/// SHA-256.
fn laptop_with_a_file(root: &Path, name: &str) -> Result<(Db, String, String)> {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir)?;
    let mut db = Db::open(&dir.join("w.sqlite3"))?;
    let class = roster::load_demo_class(&mut db)?;
    let mut student = None;
    for s in roster::list_students(db.conn(), class.id, false)? {
        if portfolio::list_artifacts(db.conn(), db.path(), s.id)?.is_empty() {
            student = Some(s.id.to_string());
            break;
        }
    }
    let student = student.ok_or(anyhow::anyhow!("a demo student with no portfolio item"))?;
    let source = root.join(format!("{name}-notes.txt"));
    std::fs::write(&source, "Bridge notes: the truss held 4 kg.\n".repeat(10))?;
    let view = portfolio::attach_artifact(
        &mut db,
        student.parse()?,
        &source,
        &ArtifactInput {
            title: "Bridge notes".into(),
            date: "2026-03-02".into(),
            ..Default::default()
        },
    )?;
    Ok((db, student, view.sha256))
}

/// An empty laptop in a folder of its own.
fn empty_laptop(root: &Path, name: &str) -> Result<Db> {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir)?;
    Ok(Db::open(&dir.join("w.sqlite3"))?)
}

/// The names and contents of the files in a laptop's `artifacts/`, to show nothing changed.
fn artifact_files(db: &Db) -> Result<Vec<(String, Vec<u8>)>> {
    let dir = artifacts_dir(db.path());
    if !dir.exists() {
        return Ok(vec![]);
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        out.push((
            e.file_name().to_string_lossy().into_owned(),
            std::fs::read(e.path())?,
        ));
    }
    out.sort();
    Ok(out)
}

#[test]
fn a_portfolio_file_travels_in_the_bundle_and_lands_on_the_other_laptop() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, student, sha) = laptop_with_a_file(root.path(), "a")?;
    let mut b = empty_laptop(root.path(), "b")?;
    let bytes = bundle::export(&a, None, "A", 1)?;
    let read = bundle::decode(&bytes)?;
    assert_eq!(
        read.manifest.format_version,
        bundle::STREAMS_VERSION,
        "a bundle of per-class streams carrying a file is written in version 3, which has files"
    );
    assert_eq!(
        read.manifest.min_reader_version, 3,
        "a reader that knows no streams must refuse it as newer rather than misread it"
    );
    let on_a: Vec<_> = artifact_files(&a)?
        .into_iter()
        .filter(|(name, _)| !name.ends_with(".thumb.png"))
        .collect();
    assert_eq!(
        read.files.len(),
        on_a.len(),
        "every portfolio file on the laptop is carried (the demo's and the one attached)"
    );
    assert!(
        read.files.iter().any(|f| f.sha256 == sha),
        "the file attached is among them"
    );
    assert_eq!(
        bundle::preview(&b, &read, false)?.files,
        on_a.len(),
        "the preview tells the teacher the files come with it"
    );
    receive(&mut b, &read)?;
    let items = portfolio::list_artifacts(b.conn(), b.path(), student.parse()?)?;
    assert_eq!(items.len(), 1, "the record arrives with the ops");
    assert!(
        items[0].present && items[0].problem.is_none(),
        "the file arrived with its record, so the item is whole: {:?}",
        items[0].problem
    );
    let landed = std::fs::read(artifacts_dir(b.path()).join(&sha))?;
    assert_eq!(
        sha256_hex(&landed),
        sha,
        "the bytes on the receiving laptop hash to the record's SHA-256"
    );
    let before = (dump_materialized(b.conn())?, artifact_files(&b)?);
    let again = receive(&mut b, &read)?;
    assert_eq!(again.new, 0, "the same bundle again brings nothing new");
    assert_eq!(
        (dump_materialized(b.conn())?, artifact_files(&b)?),
        before,
        "importing the same bundle again changes neither the rows nor the files"
    );
    Ok(())
}

#[test]
fn a_bundle_whose_file_was_altered_is_refused_and_changes_nothing() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, _, _) = laptop_with_a_file(root.path(), "a")?;
    let b = empty_laptop(root.path(), "b")?;
    let bytes = bundle::export(&a, None, "A", 1)?;
    let text = String::from_utf8(bytes.clone())?;
    // The first character of the file's base64: "Bridge" encodes as "QnJp…". Swapping it for
    // another base64 character changes one byte of the file and nothing else.
    let at = text.find("\"data\":\"").ok_or(anyhow::anyhow!("no data"))? + 8;
    let mut altered = bytes.clone();
    altered[at] = if altered[at] == b'Q' { b'R' } else { b'Q' };
    let before = (dump_materialized(b.conn())?, artifact_files(&b)?);
    let err = bundle::decode(&altered).expect_err("an altered file must be caught");
    assert!(
        matches!(err, Error::Damaged { .. }),
        "refused as damaged or altered: {err}"
    );
    assert!(
        err.to_string().contains("altered"),
        "the message says so in the usual words: {err}"
    );
    assert_eq!(
        (dump_materialized(b.conn())?, artifact_files(&b)?),
        before,
        "a refused bundle changes neither the rows nor the files"
    );
    // Every cut near the ends (the header, the manifest, the last line) and around the file's
    // data, and one every 251 bytes of the demo class's changes between: cutting at each of
    // their bytes decodes the whole bundle once per byte, quadratic in its size, and tries no
    // other kind of cut.
    let edge = 4096.min(bytes.len());
    let around_file = at.saturating_sub(1024)..(at + 1024).min(bytes.len() - 1);
    let mut cuts: std::collections::BTreeSet<usize> = (0..edge).chain(around_file).collect();
    cuts.extend((edge..bytes.len().saturating_sub(edge)).step_by(251));
    cuts.extend(bytes.len().saturating_sub(edge)..bytes.len() - 1);
    for cut in cuts {
        assert!(
            bundle::decode(&bytes[..cut]).is_err(),
            "a bundle with a file, cut at byte {cut}, is refused"
        );
    }
    Ok(())
}

#[test]
fn a_file_over_the_budget_is_left_out_and_the_item_says_it_is_not_here_yet() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, student, _) = laptop_with_a_file(root.path(), "a")?;
    let mut b = empty_laptop(root.path(), "b")?;
    let bytes = bundle::export_with_file_budget(&a, None, "A", 1, 10)?;
    let read = bundle::decode(&bytes)?;
    assert!(
        read.files.is_empty(),
        "a 350-byte file does not fit in a 10-byte budget"
    );
    assert_eq!(
        (read.manifest.format_version, read.manifest.counts.files),
        (3, Some(0)),
        "with every file left out, its files section is there and empty"
    );
    receive(&mut b, &read)?;
    let items = portfolio::list_artifacts(b.conn(), b.path(), student.parse()?)?;
    assert_eq!(items.len(), 1, "the record still syncs");
    assert!(!items[0].present, "its bytes did not come");
    assert_eq!(
        items[0].problem.as_deref(),
        Some(MISSING_FILE),
        "the item says its file is not on this laptop yet"
    );
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 2)?)?)?;
    assert!(
        portfolio::list_artifacts(b.conn(), b.path(), student.parse()?)?[0].present,
        "a later full bundle within the budget brings the file"
    );
    Ok(())
}

#[test]
fn files_out_of_order_or_in_a_version_1_bundle_are_refused() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (a, _, _) = laptop_with_a_file(root.path(), "a")?;
    let good = bundle::decode(&bundle::export(&a, None, "A", 1)?)?;
    let text = String::from_utf8(bundle::export(&a, None, "A", 1)?)?;
    let mut outer: serde_json::Value = serde_json::from_str(&text)?;
    // Two entries, both valid, written in the wrong order with every hash recomputed: only
    // the order is wrong, and the order is part of the format (one bundle, one byte form).
    let entry = outer["files"][0].clone();
    let other = b"another file";
    use base64::Engine;
    let second = json!({
        "sha256": sha256_hex(other),
        "size": other.len(),
        "data": base64::engine::general_purpose::STANDARD.encode(other),
    });
    let (first, last) = if sha256_hex(other) > good.files[0].sha256 {
        (second, entry)
    } else {
        (entry, second)
    };
    let files = serde_json::to_string(&json!([first, last]))?;
    let mut manifest: Manifest = serde_json::from_value(outer["manifest"].take())?;
    manifest.files_sha256 = Some(sha256_hex(files.as_bytes()));
    manifest.counts.files = Some(2);
    let manifest_json = serde_json::to_string(&manifest)?;
    // The ops exactly as written (re-serializing them could change their bytes, and their
    // hash is in the manifest): between `","ops":` after the manifest hash and the files.
    let ops_at = text.find("\",\"ops\":").ok_or(anyhow::anyhow!("no ops"))? + 8;
    let files_at = text
        .rfind(",\"files\":")
        .ok_or(anyhow::anyhow!("no files"))?;
    let ops = &text[ops_at..files_at];
    let rebuilt = format!(
        "{{\"manifest\":{manifest_json},\"manifestSha256\":\"{}\",\"ops\":{ops},\"files\":{files}}}\n",
        sha256_hex(manifest_json.as_bytes())
    );
    let err = bundle::decode(rebuilt.as_bytes()).expect_err("files out of order");
    assert!(
        err.to_string().contains("out of order"),
        "refused for the order, every hash being right: {err}"
    );
    // A version 1 manifest with a files section tacked on: version 1 has no files.
    let mut v1_text = String::from_utf8(golden_v1()?)?;
    v1_text.truncate(v1_text.len() - 2);
    v1_text.push_str(",\"files\":[]}\n");
    let err = bundle::decode(v1_text.as_bytes()).expect_err("files in version 1");
    assert!(
        matches!(err, Error::Damaged { .. }),
        "a version 1 bundle with files is refused as altered: {err}"
    );
    Ok(())
}
