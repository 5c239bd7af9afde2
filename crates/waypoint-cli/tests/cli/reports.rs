//! `report conference`: printed to PDF with headless Chromium, a page (or two) per student, in
//! each family's language, with names printed as typed.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result};

use crate::common::{Sandbox, the_one_stderr_line, utf8};

/// Prints `html` to PDF with headless Chromium (installed by `make test`) and returns each
/// page's text, read back with `pdftotext`.
fn print_pages(dir: &Path, html: &Path) -> Result<Vec<String>> {
    let pdf = dir.join("report.pdf");
    let profile = tempfile::tempdir()?;
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .context("running chromium (make test installs it)")?;
    anyhow::ensure!(status.success() && pdf.is_file(), "chromium printed no PDF");
    let info = Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .context("running pdfinfo")?;
    let pages: usize = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .context("pdfinfo reports a page count")?;
    (1..=pages)
        .map(|p| {
            let out = Command::new("pdftotext")
                .args(["-layout", "-f", &p.to_string(), "-l", &p.to_string()])
                .arg(&pdf)
                .arg("-")
                .output()
                .context("running pdftotext")?;
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        })
        .collect()
}

#[test]
fn a_class_of_24_prints_24_to_48_pages_with_every_student_on_a_new_page() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let names: Vec<String> = sandbox
        .students(&class)?
        .iter()
        .filter_map(|s| s["displayName"].as_str().map(str::to_owned))
        .collect();
    let html = sandbox.file("class.html");
    let out = sandbox.run(&[
        "report",
        "conference",
        "--class",
        &class,
        "--lang",
        "auto",
        "--out",
        utf8(&html)?,
    ])?;
    assert!(
        out.status.success(),
        "the report renders: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pages = print_pages(sandbox.dir.path(), &html)?;
    assert!(
        (24..=48).contains(&pages.len()),
        "24 students print on one or two pages each, not {}",
        pages.len()
    );
    let mut starts = Vec::new();
    for name in &names {
        let page = pages
            .iter()
            .position(|text| {
                text.lines()
                    .find(|l| !l.trim().is_empty())
                    .is_some_and(|first| first.contains(name.as_str()))
            })
            .with_context(|| format!("{name}'s report starts at the top of a page"))?;
        starts.push(page);
    }
    starts.sort_unstable();
    starts.dedup();
    assert_eq!(
        starts.len(),
        names.len(),
        "every student starts a page of their own"
    );
    let spanish = pages
        .iter()
        .filter(|p| p.contains("Informe de la conferencia"))
        .count();
    assert!(
        spanish > 0 && spanish < pages.len(),
        "Spanish-speaking families get Spanish labels and the others English ({spanish} of {} pages)",
        pages.len()
    );
    Ok(())
}

#[test]
fn a_name_with_markup_prints_as_text_and_spanish_can_be_asked_for() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let added = sandbox.json(&[
        "students",
        "add",
        "--class",
        &class,
        "--given",
        "<b>Bold</b>",
        "--family",
        "O'Hara & Co",
        "--json",
    ])?;
    let id = added["id"].as_str().context("the new student's id")?;
    let html = sandbox.file("one.html");
    let out = sandbox.run(&[
        "report",
        "conference",
        "--class",
        &class,
        "--student",
        id,
        "--lang",
        "es",
        "--variant",
        "student",
        "--paper",
        "a4",
        "--out",
        utf8(&html)?,
    ])?;
    assert!(
        out.status.success(),
        "the report renders: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let source = std::fs::read_to_string(&html)?;
    assert!(
        source.contains("&lt;b&gt;Bold&lt;/b&gt;") && !source.contains("<b>Bold"),
        "the name is escaped in the HTML"
    );
    let pages = print_pages(sandbox.dir.path(), &html)?;
    assert!(
        (1..=2).contains(&pages.len()),
        "one student prints on one or two pages, not {}",
        pages.len()
    );
    // pdftotext keeps the page's line breaks; the name may wrap.
    let first = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        first.contains("<b>Bold</b> O'Hara & Co"),
        "the printed page shows the name exactly as typed: {first}"
    );
    assert!(
        first.contains("Mi meta") && first.contains("Informe de la conferencia"),
        "--lang es prints Spanish labels, and the student-led report opens with the goal"
    );
    let bad = sandbox.run(&[
        "report",
        "conference",
        "--class",
        &class,
        "--lang",
        "fr",
        "--out",
        utf8(&html)?,
    ])?;
    assert_eq!(
        bad.status.code(),
        Some(2),
        "an unknown language is bad input"
    );
    assert!(
        the_one_stderr_line(&bad).contains("\"fr\""),
        "the message names the language asked for"
    );
    Ok(())
}
