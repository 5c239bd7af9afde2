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

/// Prints `html` and returns the PDF's path, beside it.
fn print_pdf(dir: &Path, html: &Path) -> Result<std::path::PathBuf> {
    let pdf = dir.join(format!(
        "{}.pdf",
        html.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("report")
    ));
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
    Ok(pdf)
}

/// Every font in the PDF, as `pdffonts` lists them: (name, type, embedded).
fn pdf_fonts(pdf: &Path) -> Result<Vec<(String, String, bool)>> {
    let out = Command::new("pdffonts")
        .arg(pdf)
        .output()
        .context("running pdffonts")?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    Ok(text
        .lines()
        .skip(2)
        .filter_map(|l| {
            // name, then type (two or three words), encoding, then emb sub uni.
            let cols: Vec<&str> = l.split_whitespace().collect();
            let emb = cols.get(cols.len().checked_sub(5)?)?;
            Some((
                cols.first()?.to_string(),
                l.get(37..55).unwrap_or("").trim().to_owned(),
                *emb == "yes",
            ))
        })
        .collect())
}

/// The demo class's batch, printed on `paper`: the page texts and the PDF.
fn demo_batch(
    sandbox: &Sandbox,
    class: &str,
    paper: &str,
) -> Result<(Vec<String>, std::path::PathBuf)> {
    let html = sandbox.file(&format!("class-{paper}.html"));
    let out = sandbox.run(&[
        "report",
        "conference",
        "--class",
        class,
        "--lang",
        "auto",
        "--paper",
        paper,
        "--out",
        utf8(&html)?,
    ])?;
    anyhow::ensure!(
        out.status.success(),
        "the report renders: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pages = print_pages(sandbox.dir.path(), &html)?;
    let pdf = sandbox.dir.path().join("report.pdf");
    Ok((pages, pdf))
}

#[test]
fn the_demo_class_prints_on_at_most_30_pages_each_family_in_its_language() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let names: Vec<String> = sandbox
        .students(&class)?
        .iter()
        .filter_map(|s| s["displayName"].as_str().map(str::to_owned))
        .collect();
    for paper in ["letter", "a4"] {
        let (pages, pdf) = demo_batch(&sandbox, &class, paper)?;
        assert!(
            (names.len()..=30).contains(&pages.len()),
            "{} students print on at most 30 {paper} pages, not {}",
            names.len(),
            pages.len()
        );
        let mut starts = Vec::new();
        for name in &names {
            // The first page with the name is where the report starts (each report names
            // only its own student).
            let page = pages
                .iter()
                .position(|text| text.contains(name.as_str()))
                .with_context(|| format!("{name}'s report is printed"))?;
            starts.push(page);
        }
        starts.sort_unstable();
        starts.dedup();
        assert_eq!(
            starts.len(),
            names.len(),
            "every student starts a page of their own on {paper}"
        );
        for (i, text) in pages.iter().enumerate() {
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            assert!(
                names.iter().any(|n| first.contains(n.as_str())),
                "page {} of {paper} names its student at the top: {first:?}",
                i + 1
            );
            let number = (i + 1).to_string();
            let total = pages.len().to_string();
            assert!(
                text.split_whitespace().any(|w| w.contains(&number)) && text.contains(&total),
                "page {} of {paper} is numbered",
                i + 1
            );
        }
        // Her report may run over two pages (the demo class gives her a goal, a conference
        // and portfolio items); every page names its student at the top.
        let hodan: String = pages
            .iter()
            .filter(|p| {
                p.lines()
                    .find(|l| !l.trim().is_empty())
                    .is_some_and(|l| l.contains("Hodan Abdi"))
            })
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            !hodan.is_empty(),
            "Hodan Abdi's report is in the batch on {paper}"
        );
        assert!(
            hodan.contains("Warbixinta kulanka waalidiinta") && hodan.contains("Qoraallada qoyska"),
            "Hodan's family speaks Somali: her report uses the Somali labels"
        );
        assert!(
            hodan.contains("Tarjumaaddan weli dib looma eegin.")
                && hodan.contains("This translation has not been reviewed yet."),
            "and says, in Somali and in English, that the translation needs review"
        );
        for (i, text) in pages.iter().enumerate() {
            assert!(
                !text.contains("Notes from the family") || text.contains("Next steps"),
                "page {} of {paper} does not hold the notes box without the next steps",
                i + 1
            );
        }
        let spanish = pages
            .iter()
            .filter(|p| p.contains("Informe de la conferencia"))
            .count();
        assert!(
            spanish > 0 && spanish < pages.len(),
            "Spanish-speaking families get Spanish labels and the others theirs ({spanish} of {})",
            pages.len()
        );
        for (label, language) in [
            ("تقرير اجتماع أولياء الأمور", "Arabic"),
            ("家长会报告", "Chinese"),
            ("Báo cáo buổi họp phụ huynh", "Vietnamese"),
            ("Rapò rankont paran ak pwofesè", "Haitian Creole"),
        ] {
            assert!(
                pages.iter().any(|p| p.contains(label)),
                "the demo's {language}-speaking family gets a report in {language}"
            );
        }
        let fonts = pdf_fonts(&pdf)?;
        assert!(!fonts.is_empty(), "pdffonts lists the fonts");
        for (name, kind, embedded) in &fonts {
            assert!(
                *embedded && name.contains("Noto") && !kind.starts_with("Type 3"),
                "every font is one of the bundled Noto fonts, embedded, so no glyph fell back to a system font or a missing-glyph box: {name} {kind}"
            );
        }
        for family in ["NotoSans-Regular", "NotoNaskhArabic", "NotoSansCJKsc"] {
            assert!(
                fonts.iter().any(|(n, _, _)| n.contains(family)),
                "{family} prints its script: {fonts:?}"
            );
        }
    }
    Ok(())
}

#[test]
fn an_arabic_report_prints_right_to_left() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let student = sandbox
        .students(&class)?
        .iter()
        .find(|s| s["displayName"].as_str() == Some("Hodan Abdi"))
        .and_then(|s| s["id"].as_str().map(str::to_owned))
        .context("the demo has Hodan Abdi")?;
    let html = sandbox.file("arabic.html");
    let out = sandbox.run(&[
        "report",
        "conference",
        "--class",
        &class,
        "--student",
        &student,
        "--lang",
        "ar",
        "--out",
        utf8(&html)?,
    ])?;
    assert!(out.status.success(), "the Arabic report renders");
    let pdf = print_pdf(sandbox.dir.path(), &html)?;
    let bbox = Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg("-")
        .output()
        .context("running pdftotext -bbox")?;
    let text = String::from_utf8_lossy(&bbox.stdout).into_owned();
    let width: f64 = text
        .split("<page width=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|w| w.parse().ok())
        .context("the page has a width")?;
    // Where a word sits: its left and right edges. pdftotext gives an Arabic word's
    // letters in visual order, so it is looked for reversed too.
    let word = |w: &str| -> Option<(f64, f64)> {
        let reversed: String = w.chars().rev().collect();
        let line = text.lines().find(|l| {
            l.contains(&format!(">{w}</word>")) || l.contains(&format!(">{reversed}</word>"))
        })?;
        let attr = |name: &str| -> Option<f64> {
            line.split(&format!("{name}=\""))
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()
        };
        Some((attr("xMin")?, attr("xMax")?))
    };
    let (_, title_right) = word("تقرير").context("the Arabic title is printed")?;
    assert!(
        title_right > width * 0.8,
        "the title starts at the right margin ({title_right} of {width})"
    );
    let (strengths_left, _) = word("القوة").context("the profile's first heading")?;
    let (hopes_left, _) = word("آمال").context("and its last")?;
    assert!(
        strengths_left > hopes_left,
        "the profile's columns run right to left: strengths ({strengths_left}) right of hopes ({hopes_left})"
    );
    let (name_left, _) = word("Hodan").context("the name, in Latin letters")?;
    let (family_left, _) = word("Abdi").context("and its second word")?;
    assert!(
        name_left < family_left,
        "a Latin name inside keeps its own order: Hodan before Abdi"
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

#[test]
fn an_approved_language_loses_the_mark_and_corrections_travel_as_a_catalog_file() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let render = |name: &str| -> Result<String> {
        let html = sandbox.file(name);
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
        anyhow::ensure!(out.status.success(), "the batch renders");
        Ok(std::fs::read_to_string(&html)?)
    };
    assert!(
        render("before.html")?.contains("Tarjumaaddan weli dib looma eegin."),
        "Somali prints marked for review"
    );
    let ftl = sandbox.file("so.ftl");
    std::fs::write(&ftl, "report-family-notes = Qoraalka qoyska\n")?;
    let done = sandbox.json(&["report", "languages", "import", "so", utf8(&ftl)?, "--json"])?;
    assert_eq!(done["corrections"], 1, "one label corrected: {done}");
    sandbox.json(&[
        "report",
        "languages",
        "approve",
        "so",
        "--by",
        "Amina",
        "--json",
    ])?;
    let after = render("after.html")?;
    assert!(
        !after.contains("Tarjumaaddan weli dib looma eegin.") && after.contains("Qoraalka qoyska"),
        "approved: no mark; corrected: the interpreter's words print"
    );
    sandbox.json(&[
        "report",
        "languages",
        "export",
        "so",
        "--out",
        utf8(&ftl)?,
        "--json",
    ])?;
    assert!(
        std::fs::read_to_string(&ftl)?.contains("report-family-notes = Qoraalka qoyska"),
        "the export carries the correction"
    );
    std::fs::write(&ftl, "report-title = { $who }\n")?;
    let bad = sandbox.run(&["report", "languages", "import", "so", utf8(&ftl)?])?;
    assert_eq!(
        bad.status.code(),
        Some(2),
        "a bad catalog file is bad input"
    );
    assert!(
        the_one_stderr_line(&bad).contains("$who"),
        "and one sentence says why"
    );
    Ok(())
}
