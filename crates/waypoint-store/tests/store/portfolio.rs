//! Portfolio artifacts through the store's use cases on a real database and real files:
//! bytes named by their SHA-256 and stored once, the 100 MB limit checked before reading,
//! the allow-list, missing and damaged files reported on their item, image thumbnails made
//! and cached, and the record's survival through rebuild.

use anyhow::{Result, anyhow};
use base64::Engine;
use std::fs;
use std::path::PathBuf;
use waypoint_core::ids::StudentId;
use waypoint_core::portfolio::{ArtifactInput, MAX_ARTIFACT_BYTES};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::portfolio::{
    self, MISSING_FILE, UNREADABLE_IMAGE, artifacts_dir, attach_artifact, list_artifacts,
};
use waypoint_store::{Db, Error, roster};

use super::{class, student};

/// The SHA-256 of `BRIDGE_TEXT`, computed independently (`sha256sum`).
const BRIDGE_SHA256: &str = "af245ec63bfe739c2cb9c96f71e0ead4eed93c1de79f840d2d439c9e3f822ed4";
const BRIDGE_TEXT: &[u8] = b"My bridge held two kilograms.\n";

/// A database in a temp folder with students Ana and Ben, and a folder for source files.
struct Desk {
    _dir: tempfile::TempDir,
    db: Db,
    ana: StudentId,
    ben: StudentId,
    files: PathBuf,
}

fn desk() -> Result<Desk> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("data").join("w.sqlite3"))?;
    let class_id = roster::create_class(&mut db, &class("7B"))?.id;
    let ana = roster::create_student(&mut db, class_id, &student("Ana", "Ruiz"))?.id;
    let ben = roster::create_student(&mut db, class_id, &student("Ben", "Okafor"))?.id;
    let files = dir.path().join("from-usb");
    fs::create_dir_all(&files)?;
    Ok(Desk {
        _dir: dir,
        db,
        ana,
        ben,
        files,
    })
}

impl Desk {
    fn file(&self, name: &str, bytes: &[u8]) -> Result<PathBuf> {
        let path = self.files.join(name);
        fs::write(&path, bytes)?;
        Ok(path)
    }

    fn artifacts(&self) -> PathBuf {
        artifacts_dir(self.db.path())
    }

    /// The names of the files in `artifacts/`, sorted; none when it does not exist yet.
    fn stored(&self) -> Result<Vec<String>> {
        let Ok(entries) = fs::read_dir(self.artifacts()) else {
            return Ok(vec![]);
        };
        let mut names = entries
            .map(|e| Ok(e?.file_name().to_string_lossy().into_owned()))
            .collect::<Result<Vec<_>>>()?;
        names.sort();
        Ok(names)
    }
}

fn input(title: &str) -> ArtifactInput {
    ArtifactInput {
        title: title.into(),
        date: "2025-03-04".into(),
        reflection: "I would add trusses next time.".into(),
        competency_ids: vec![],
        highlight: false,
    }
}

/// A PNG of `width` × `height`, made with the `image` crate.
fn png(width: u32, height: u32) -> Result<Vec<u8>> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)?;
    Ok(out.into_inner())
}

/// Decodes a `data:image/png;base64,…` URL to the image's size.
fn data_url_size(url: &str) -> Result<(u32, u32)> {
    let b64 = url
        .strip_prefix("data:image/png;base64,")
        .ok_or_else(|| anyhow!("not a PNG data URL: {}", &url[..url.len().min(40)]))?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64)?;
    let img = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)?;
    Ok((img.width(), img.height()))
}

#[test]
fn an_attached_file_is_stored_under_the_sha256_of_its_bytes() -> Result<()> {
    let mut d = desk()?;
    let source = d.file("bridge notes.txt", BRIDGE_TEXT)?;
    let view = attach_artifact(&mut d.db, d.ana, &source, &input("Bridge notes"))?;
    assert_eq!(
        view.sha256, BRIDGE_SHA256,
        "the record carries the SHA-256 of the bytes, as sha256sum computes it"
    );
    assert_eq!(
        fs::read(d.artifacts().join(BRIDGE_SHA256))?,
        BRIDGE_TEXT,
        "the copy beside the database is named by that digest and holds the same bytes"
    );
    assert_eq!(
        (
            view.file_name.as_str(),
            view.mime.as_str(),
            view.kind.as_str()
        ),
        ("bridge notes.txt", "text/plain", "document"),
        "the file's name, type and kind are recorded"
    );
    assert_eq!(
        view.size,
        BRIDGE_TEXT.len() as u64,
        "the size is the byte count"
    );
    assert!(
        view.present && view.problem.is_none() && view.thumbnail.is_none(),
        "a text file is present, fine, and has no thumbnail: {view:?}"
    );
    assert_eq!(
        d.stored()?,
        vec![BRIDGE_SHA256.to_owned()],
        "no temp file is left behind"
    );
    assert_eq!(
        portfolio::artifact_bytes_path(d.db.conn(), d.db.path(), view.id)?,
        Some(d.artifacts().join(BRIDGE_SHA256)),
        "the reports engineer finds the bytes by the record's id"
    );
    Ok(())
}

#[test]
fn the_same_bytes_attached_twice_are_stored_once() -> Result<()> {
    let mut d = desk()?;
    let first = d.file("bridge.txt", BRIDGE_TEXT)?;
    let second = d.file("copy of bridge.txt", BRIDGE_TEXT)?;
    let (ana, ben) = (d.ana, d.ben);
    let a = attach_artifact(&mut d.db, ana, &first, &input("Ana's bridge"))?;
    let b = attach_artifact(&mut d.db, ben, &second, &input("Ben's bridge"))?;
    assert_ne!(a.id, b.id, "two attaches are two records");
    assert_eq!(
        a.sha256, b.sha256,
        "both records name the same bytes by their digest"
    );
    assert_eq!(
        d.stored()?,
        vec![BRIDGE_SHA256.to_owned()],
        "the bytes are on disk once, even for two students"
    );
    let ana_list = list_artifacts(d.db.conn(), d.db.path(), ana)?;
    let ben_list = list_artifacts(d.db.conn(), d.db.path(), ben)?;
    assert_eq!(
        (ana_list.len(), ben_list.len()),
        (1, 1),
        "each student sees their own record"
    );
    assert!(
        ana_list[0].present && ben_list[0].present,
        "the one copy serves both records"
    );
    Ok(())
}

#[test]
fn a_file_over_100_mb_is_refused_before_it_is_read_and_nothing_is_written() -> Result<()> {
    let mut d = desk()?;
    let path = d.files.join("field trip.mp4");
    // Sparse: the size is there at once without writing 100 MB, so the test stays fast.
    fs::File::create(&path)?.set_len(MAX_ARTIFACT_BYTES + 1)?;
    let ops_before = d.db.ops()?.len();
    let ana = d.ana;
    let err = attach_artifact(&mut d.db, ana, &path, &input("Field trip"))
        .expect_err("a file over the limit is refused");
    let message = err.to_string();
    assert!(
        matches!(err, Error::FileTooBig { .. })
            && message.contains("field trip.mp4")
            && message.contains("100 MB"),
        "the refusal names the file and the limit: {message}"
    );
    assert_eq!(
        d.db.ops()?.len(),
        ops_before,
        "no record is written for a refused file"
    );
    assert!(
        d.stored()?.is_empty(),
        "no bytes are copied for a refused file"
    );
    Ok(())
}

#[test]
fn refused_files_write_nothing() -> Result<()> {
    let mut d = desk()?;
    let ana = d.ana;
    let ops_before = d.db.ops()?.len();

    let program = d.file("game.exe", b"MZ\x90\x00 not a portfolio item")?;
    let err = attach_artifact(&mut d.db, ana, &program, &input("Game"))
        .expect_err("a program is refused");
    assert!(
        matches!(&err, Error::Domain(waypoint_core::Error::Invalid { field, .. }) if field == "file")
            && err
                .to_string()
                .starts_with("This kind of file can't go in a portfolio: game.exe."),
        "a program is a validation error on the file: {err}"
    );

    let gone = d.files.join("not there.png");
    let err = attach_artifact(&mut d.db, ana, &gone, &input("Gone"))
        .expect_err("a file that does not exist is refused");
    assert!(
        matches!(&err, Error::Io { path, .. } if *path == gone),
        "a file that can't be read is an I/O error naming it: {err}"
    );

    let fine = d.file("fine.txt", BRIDGE_TEXT)?;
    let err =
        attach_artifact(&mut d.db, ana, &fine, &input(" ")).expect_err("a blank title is refused");
    assert!(
        matches!(&err, Error::Domain(waypoint_core::Error::Invalid { field, .. }) if field == "title"),
        "the input is validated before the file is touched: {err}"
    );

    let nobody = StudentId::mint(1, [7; 10]).to_string();
    let err = attach_artifact(&mut d.db, nobody.parse()?, &fine, &input("Fine"))
        .expect_err("an unknown student is refused");
    assert!(
        matches!(
            err,
            Error::NotFound {
                what: "student",
                ..
            }
        ),
        "the student must exist: {err}"
    );

    assert_eq!(d.db.ops()?.len(), ops_before, "no refusal writes a record");
    assert!(d.stored()?.is_empty(), "no refusal copies bytes");
    Ok(())
}

#[test]
fn a_missing_file_is_reported_on_its_item_and_the_list_is_still_returned() -> Result<()> {
    let mut d = desk()?;
    let ana = d.ana;
    let notes = d.file("notes.txt", BRIDGE_TEXT)?;
    let photo = d.file("photo.png", &png(8, 8)?)?;
    let lost = attach_artifact(&mut d.db, ana, &notes, &input("Notes"))?;
    let kept = attach_artifact(&mut d.db, ana, &photo, &input("Photo"))?;
    // As on a laptop that received the record by sync before the bytes.
    fs::remove_file(d.artifacts().join(&lost.sha256))?;
    let list = list_artifacts(d.db.conn(), d.db.path(), ana)?;
    assert_eq!(
        list.len(),
        2,
        "a missing file never breaks the list: {list:?}"
    );
    let lost = list
        .iter()
        .find(|a| a.id == lost.id)
        .ok_or_else(|| anyhow!("the item without bytes is listed"))?;
    assert!(
        !lost.present && lost.problem.as_deref() == Some(MISSING_FILE),
        "the item says its file is not on this laptop yet: {lost:?}"
    );
    assert_eq!(
        MISSING_FILE,
        "The file for this item is not on this laptop yet; it comes with the next sync from the laptop it was added on.",
        "the teacher is told where the file will come from"
    );
    let kept = list
        .iter()
        .find(|a| a.id == kept.id)
        .ok_or_else(|| anyhow!("the other item is listed"))?;
    assert!(
        kept.present && kept.problem.is_none(),
        "the other item is unaffected: {kept:?}"
    );
    assert_eq!(
        portfolio::artifact_bytes_path(d.db.conn(), d.db.path(), lost.id)?,
        None,
        "there is no path to bytes that are not here"
    );
    Ok(())
}

#[test]
fn a_corrupt_image_is_reported_without_a_thumbnail() -> Result<()> {
    let mut d = desk()?;
    let ana = d.ana;
    // Named .png but not a PNG: accepted by its extension, then fails to decode.
    let broken = d.file(
        "broken.png",
        b"this was a photo once, before the USB stick died",
    )?;
    let view = attach_artifact(&mut d.db, ana, &broken, &input("Broken photo"))?;
    assert_eq!(view.kind, "image", "the record is an image by its name");
    assert!(view.present, "the bytes are here, whole, as recorded");
    assert_eq!(
        (view.thumbnail.as_deref(), view.problem.as_deref()),
        (None, Some(UNREADABLE_IMAGE)),
        "an image that does not decode has no thumbnail and says so, without a panic"
    );
    let list = list_artifacts(d.db.conn(), d.db.path(), ana)?;
    assert_eq!(
        list[0].problem.as_deref(),
        Some("This image can't be read."),
        "the list reports it too"
    );
    Ok(())
}

#[test]
fn an_image_gets_a_cached_png_thumbnail_at_most_320_px() -> Result<()> {
    let mut d = desk()?;
    let ana = d.ana;
    let wide = d.file("poster.png", &png(640, 200)?)?;
    let small = d.file("icon.png", &png(10, 6)?)?;
    let view = attach_artifact(&mut d.db, ana, &wide, &input("Poster"))?;
    let url = view
        .thumbnail
        .clone()
        .ok_or_else(|| anyhow!("a PNG gets a thumbnail: {view:?}"))?;
    assert_eq!(
        data_url_size(&url)?,
        (320, 100),
        "the long side is cut to 320 px and the shape is kept"
    );
    let cache = d.artifacts().join(format!("{}.thumb.png", view.sha256));
    assert!(cache.is_file(), "the thumbnail is cached beside the bytes");
    // Replace the cache with a different (valid) PNG: a second listing must use it as is.
    fs::write(&cache, png(3, 3)?)?;
    let again = list_artifacts(d.db.conn(), d.db.path(), ana)?;
    assert_eq!(
        data_url_size(again[0].thumbnail.as_deref().unwrap_or_default())?,
        (3, 3),
        "a thumbnail is made once, then read from the cache"
    );
    let icon = attach_artifact(&mut d.db, ana, &small, &input("Icon"))?;
    assert_eq!(
        data_url_size(icon.thumbnail.as_deref().unwrap_or_default())?,
        (10, 6),
        "a small image is never blown up"
    );
    assert!(
        icon.problem.is_none() && view.problem.is_none(),
        "good images have no problem"
    );
    Ok(())
}

#[test]
fn artifacts_are_newest_first_edited_deleted_and_survive_a_rebuild() -> Result<()> {
    let mut d = desk()?;
    let ana = d.ana;
    let notes = d.file("notes.txt", BRIDGE_TEXT)?;
    let older = attach_artifact(
        &mut d.db,
        ana,
        &notes,
        &ArtifactInput {
            date: "2025-01-10".into(),
            ..input("Older")
        },
    )?;
    let newer = attach_artifact(&mut d.db, ana, &notes, &input("Newer"))?;
    let titles = |db: &Db| -> Result<Vec<String>> {
        Ok(list_artifacts(db.conn(), db.path(), ana)?
            .into_iter()
            .map(|a| a.title)
            .collect())
    };
    assert_eq!(
        titles(&d.db)?,
        ["Newer", "Older"],
        "the newest work comes first"
    );

    let edited = portfolio::update_artifact(
        &mut d.db,
        older.id,
        &ArtifactInput {
            highlight: true,
            competency_ids: vec![waypoint_core::ids::NodeId::mint(5, [5; 10]).to_string()],
            ..input("Older, retitled")
        },
    )?;
    assert!(
        edited.highlight && edited.title == "Older, retitled" && edited.date == "2025-03-04",
        "an edit rewrites the record's fields: {edited:?}"
    );
    assert_eq!(
        (edited.sha256.as_str(), edited.size),
        (BRIDGE_SHA256, BRIDGE_TEXT.len() as u64),
        "an edit leaves the file alone"
    );

    let before = dump_materialized(d.db.conn())?;
    let row = &before["artifact"];
    assert!(
        row.to_string().contains(BRIDGE_SHA256) && row.to_string().contains("Older, retitled"),
        "the record is a materialized row like any other: {row}"
    );
    d.db.rebuild()?;
    assert_eq!(
        dump_materialized(d.db.conn())?,
        before,
        "the artifact rows are a pure function of the op log"
    );

    portfolio::delete_artifact(&mut d.db, newer.id)?;
    assert_eq!(
        titles(&d.db)?,
        ["Older, retitled"],
        "a deleted item leaves the portfolio"
    );
    assert!(
        d.artifacts().join(BRIDGE_SHA256).is_file(),
        "its bytes stay: the other record still names them"
    );
    assert!(
        matches!(
            portfolio::artifact_bytes_path(d.db.conn(), d.db.path(), newer.id),
            Err(Error::NotFound { .. })
        ),
        "a deleted record has no bytes to offer"
    );
    assert!(
        matches!(
            portfolio::delete_artifact(&mut d.db, newer.id),
            Err(Error::NotFound { .. })
        ),
        "deleting twice is an unknown id, not a second tombstone"
    );
    Ok(())
}

/// A one-page PDF, 200 × 100 points, with a filled rectangle, its xref offsets computed.
fn tiny_pdf() -> Vec<u8> {
    let content = "0 0 1 rg 10 10 120 60 re f";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>".to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn a_pdf_gets_its_first_page_as_a_thumbnail_when_pdftoppm_is_installed() -> Result<()> {
    let mut d = desk()?;
    let ana = d.ana;
    let source = d.file("lab report.pdf", &tiny_pdf())?;
    let view = attach_artifact(&mut d.db, ana, &source, &input("Lab report"))?;
    assert_eq!(
        (view.kind.as_str(), view.mime.as_str()),
        ("pdf", "application/pdf"),
        "a PDF is known by its signature"
    );
    assert!(
        view.present && view.problem.is_none(),
        "a PDF with or without a thumbnail is fine: {view:?}"
    );
    let installed = std::process::Command::new("pdftoppm")
        .arg("-v")
        .output()
        .is_ok();
    if installed {
        let url = view
            .thumbnail
            .as_deref()
            .ok_or_else(|| anyhow!("pdftoppm is installed, so the first page is drawn"))?;
        assert_eq!(
            data_url_size(url)?,
            (320, 160),
            "the page is scaled so its long side is 320 px"
        );
        assert!(
            d.artifacts()
                .join(format!("{}.thumb.png", view.sha256))
                .is_file(),
            "the page is drawn once and cached"
        );
        assert_eq!(
            d.stored()?.len(),
            2,
            "only the bytes and the thumbnail remain; pdftoppm's output is moved, not left"
        );
    } else {
        assert_eq!(
            view.thumbnail, None,
            "without pdftoppm a PDF simply has no thumbnail"
        );
    }
    Ok(())
}

#[test]
fn bytes_from_a_bundle_are_stored_only_under_their_own_sha256_and_only_once() -> Result<()> {
    let d = desk()?;
    for (name, bytes) in [
        (BRIDGE_SHA256, &b"not the bridge text"[..]),
        ("../../escape", BRIDGE_TEXT),
        (&BRIDGE_SHA256.to_uppercase()[..], BRIDGE_TEXT),
    ] {
        assert!(
            portfolio::store_artifact_bytes(d.db.path(), name, bytes).is_err(),
            "{name:?}: only bytes that hash to a lowercase SHA-256 name are stored"
        );
    }
    assert_eq!(
        d.stored()?,
        Vec::<String>::new(),
        "a refusal writes nothing"
    );
    portfolio::store_artifact_bytes(d.db.path(), BRIDGE_SHA256, BRIDGE_TEXT)?;
    portfolio::store_artifact_bytes(d.db.path(), BRIDGE_SHA256, BRIDGE_TEXT)?;
    assert_eq!(
        d.stored()?,
        vec![BRIDGE_SHA256.to_owned()],
        "stored once under its hash, no temp file left, the second time a no-op"
    );
    assert_eq!(
        fs::read(d.artifacts().join(BRIDGE_SHA256))?,
        BRIDGE_TEXT,
        "the bytes are whole"
    );
    Ok(())
}

#[test]
fn the_files_a_bundle_may_carry_are_those_its_artifact_ops_name_and_are_here() -> Result<()> {
    let mut d = desk()?;
    let (bridge, other) = (
        d.file("bridge.txt", BRIDGE_TEXT)?,
        d.file("other.txt", b"other text\n")?,
    );
    let (ana, ben) = (d.ana, d.ben);
    let kept = attach_artifact(&mut d.db, ana, &bridge, &input("Bridge"))?;
    let gone = attach_artifact(&mut d.db, ben, &other, &input("Other"))?;
    fs::remove_file(d.artifacts().join(&gone.sha256))?;
    let ops = d.db.ops()?;
    let files = portfolio::artifact_files_for_ops(d.db.path(), &ops);
    assert_eq!(
        files.iter().map(|f| f.sha256.as_str()).collect::<Vec<_>>(),
        vec![kept.sha256.as_str()],
        "the file that is here is offered once; the one not here is left out"
    );
    assert_eq!(files[0].size, BRIDGE_TEXT.len() as u64, "with its size");
    assert!(
        portfolio::artifact_files_for_ops(d.db.path(), &ops[..1]).is_empty(),
        "ops that set no artifact name no file"
    );
    Ok(())
}
