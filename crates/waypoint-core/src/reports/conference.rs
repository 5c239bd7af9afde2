//! The conference report: one student per report, each starting a new page, in the
//! family's language and its direction, kept to one page when its content fits.
//!
//! What keeps it short: the profile's lists run as lines, not bullets; all strands share one
//! table, with growth since the last conference as a column of it; goals, reflections and
//! highlights are capped by the store. The notes box travels with the next steps, so a page
//! never starts with the box alone. Each report is a named page, so Chromium's page margin
//! prints the student's name and the page number on every page; the in-page header and
//! review line carry the same for printers without margin boxes (WebKitGTK).

use std::fmt::Write as _;

use super::catalog::{Catalog, LocalCatalogs, css_string};
use super::{
    ConferenceReport, DEFAULT_LANG, MOST_READY_LINES, MOST_SKILL_LINES, Paper, ReadyLine,
    ReportGoal, ReportReflection, ReportVariant, esc, head, safe_thumbnail, status_key,
};

/// User text in a line of the report's language: isolated, so a Latin name in an Arabic
/// report (or the reverse) keeps its own direction and its neighbours' order.
fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", esc(text))
}

/// Items on one line, separated by middle dots.
fn run(items: &[String]) -> String {
    items.iter().map(|i| bdi(i)).collect::<Vec<_>>().join(" · ")
}

fn list(items: &[String]) -> String {
    let mut out = String::from("<ul>");
    for i in items {
        let _ = write!(out, "<li>{}</li>", bdi(i));
    }
    out.push_str("</ul>");
    out
}

fn muted(text: &str) -> String {
    format!("<p class=\"muted\">{}</p>", esc(text))
}

fn goal_html(c: &Catalog, g: &ReportGoal) -> String {
    let progress = g.progress.min(100);
    let mut out = format!(
        "<div class=\"goal avoid\"><p><strong>{}</strong> <span class=\"bar\" role=\"img\" aria-label=\"{progress} %\"><span style=\"inline-size:{progress}%\"></span></span> <span dir=\"ltr\">{progress} %</span> · {}",
        bdi(&g.title),
        esc(&c.t(&format!("goal-{}", g.status.replace('_', "-"))))
    );
    if !g.target_date.is_empty() {
        let _ = write!(
            out,
            " · {}: {}",
            esc(&c.t("report-target")),
            esc(&c.date(&g.target_date))
        );
    }
    out.push_str("</p>");
    if !g.why.is_empty() {
        let _ = write!(out, "<p class=\"muted\">{}</p>", bdi(&g.why));
    }
    if !g.steps.is_empty() {
        let _ = write!(
            out,
            "<p>{}: {}</p>",
            esc(&c.t("report-steps")),
            run(&g.steps)
        );
    }
    out.push_str("</div>");
    out
}

fn reflection_html(c: &Catalog, r: &ReportReflection) -> String {
    let mut out = String::from("<div class=\"avoid\">");
    if !r.prompt.is_empty() {
        let _ = write!(out, "<p><strong>{}</strong></p>", bdi(&r.prompt));
    }
    let _ = write!(
        out,
        "<p>“{}” <span class=\"muted\">({})</span></p></div>",
        bdi(&r.response),
        esc(&c.date(&r.date))
    );
    out
}

/// "Ready to learn: Write expressions … (6.EE.A.7)", in the report's language.
fn ready_html(c: &Catalog, l: &ReadyLine) -> String {
    let label = c.t(if l.working {
        "report-working-on"
    } else {
        "report-ready-to-learn"
    });
    let (words, code) = (l.words.trim(), l.code.trim());
    match (words.is_empty(), code.is_empty()) {
        (false, false) => format!("{}: {} ({})", esc(&label), bdi(words), bdi(code)),
        (false, true) => format!("{}: {}", esc(&label), bdi(words)),
        (true, _) => format!("{}: {}", esc(&label), bdi(code)),
    }
}

fn heading(c: &Catalog, id: &str) -> String {
    format!("<h2>{}</h2>", esc(&c.t(id)))
}

fn mastery_html(c: &Catalog, r: &ConferenceReport) -> String {
    let mut out = heading(c, "report-mastery");
    let since = r.last_conference.as_deref();
    let _ = write!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th>",
        esc(&c.t("report-competency")),
        esc(&c.t("report-level")),
        esc(&c.t("report-status"))
    );
    if let Some(date) = since {
        let _ = write!(
            out,
            "<th>{}</th>",
            esc(&c.t_with("report-growth-since", "date", &c.date(date)))
        );
    }
    out.push_str("</tr></thead><tbody>");
    let columns = if since.is_some() { 4 } else { 3 };
    // Past this many skills a report would run long; the rest are counted.
    let mut room = MOST_SKILL_LINES;
    let mut grown = 0;
    for s in &r.strands {
        if room == 0 {
            break;
        }
        let _ = write!(
            out,
            "<tr class=\"strand\"><th colspan=\"{columns}\">{}</th></tr>",
            bdi(&s.name)
        );
        for line in s.competencies.iter().take(room) {
            room -= 1;
            let level = match line.level {
                Some(l) => format!(
                    "{} (<span dir=\"ltr\">{}</span>)",
                    esc(&c.level(&line.level_label)),
                    c.number(l)
                ),
                None => esc(&c.t("report-no-evidence")),
            };
            let _ = write!(
                out,
                "<tr><td><bdi dir=\"ltr\">{}</bdi> {}</td><td>{level}</td><td>{}</td>",
                esc(&line.code),
                bdi(&line.label),
                esc(&c.t(status_key(line.status)))
            );
            if since.is_some() {
                let change = match (line.level_then, line.level) {
                    (Some(then), Some(now)) if now > then + 1e-9 => {
                        Some(format!("{} → {}", c.number(then), c.number(now)))
                    }
                    (None, Some(now)) => Some(format!("— → {}", c.number(now))),
                    _ => None,
                };
                grown += usize::from(change.is_some());
                let _ = write!(
                    out,
                    "<td><span dir=\"ltr\">{}</span></td>",
                    change.unwrap_or_default()
                );
            }
            out.push_str("</tr>");
        }
    }
    out.push_str("</tbody></table>");
    let total: usize = r.strands.iter().map(|s| s.competencies.len()).sum();
    if total > MOST_SKILL_LINES {
        out.push_str(&muted(
            &c.t_count("report-more-skills", total - MOST_SKILL_LINES),
        ));
    }
    match since {
        None => out.push_str(&muted(&c.t("report-first-conference"))),
        Some(_) if grown == 0 => out.push_str(&muted(&c.t("report-no-growth"))),
        Some(_) => {}
    }
    out
}

fn portfolio_html(c: &Catalog, r: &ConferenceReport) -> String {
    let mut out = heading(c, "report-portfolio");
    if r.artifacts.is_empty() {
        out.push_str(&muted(&c.t("report-no-portfolio")));
    }
    for a in &r.artifacts {
        out.push_str("<div class=\"art\">");
        if let Some(src) = a.thumbnail.as_deref().and_then(safe_thumbnail) {
            let _ = write!(out, "<img src=\"{}\" alt=\"{}\">", esc(src), esc(&a.title));
        }
        let _ = write!(
            out,
            "<p><strong>{}</strong> · {}</p>",
            bdi(&a.title),
            esc(&c.date(&a.date))
        );
        if !a.present {
            out.push_str(&muted(&c.t("report-file-missing")));
        }
        if !a.reflection.is_empty() {
            let _ = write!(out, "<p class=\"muted\">{}</p>", bdi(&a.reflection));
        }
        out.push_str("</div>");
    }
    out
}

/// The next steps and the family's notes box, kept together so the box never starts a
/// page on its own.
fn closing_html(c: &Catalog, r: &ConferenceReport) -> String {
    let mut out = String::from("<div class=\"closing avoid\">");
    out.push_str(&heading(c, "report-next-steps"));
    let agreed = if r.next_steps.is_empty() {
        muted(&c.t("report-no-next-steps"))
    } else {
        list(&r.next_steps)
    };
    if r.ready.is_empty() {
        // Nothing ready to learn (or no progression): the section is as it always was.
        out.push_str(&agreed);
    } else {
        // What was agreed stays; what the progression says comes beside it.
        let ready: Vec<String> = r
            .ready
            .iter()
            .take(MOST_READY_LINES)
            .map(|l| format!("<li>{}</li>", ready_html(c, l)))
            .collect();
        let _ = write!(
            out,
            "<div class=\"cols\"><div><h3>{}</h3>{agreed}</div><div><h3>{}</h3><ul>{}</ul></div></div>",
            esc(&c.t("report-agreed-steps")),
            esc(&c.t("report-ready-next")),
            ready.concat()
        );
    }
    let _ = write!(
        out,
        "<h2>{}</h2><div class=\"notes\"></div></div>",
        esc(&c.t("report-family-notes"))
    );
    out
}

/// The review line: in the report's language and in English, so the teacher can read it.
fn review_html(c: &Catalog) -> String {
    if !c.needs_review() {
        return String::new();
    }
    let english = Catalog::get(DEFAULT_LANG).t("review-mark");
    format!(
        "<p class=\"review\">{} · <span lang=\"en\" dir=\"ltr\">{}</span></p>",
        esc(&c.t("review-mark")),
        esc(&english)
    )
}

/// One student's report: a page, or two when its content needs them.
fn conference_page(
    c: &Catalog,
    r: &ConferenceReport,
    variant: ReportVariant,
    index: usize,
) -> String {
    let mut out = format!(
        "<section class=\"page\" lang=\"{}\" dir=\"{}\" style=\"page:r{index}\">",
        esc(c.code()),
        c.dir()
    );
    let kind = match variant {
        ReportVariant::Teacher => c.t("report-teacher-led"),
        ReportVariant::Student => c.t("report-student-led"),
    };
    let _ = write!(
        out,
        "<header class=\"top\"><h1>{} — {}</h1><p class=\"sub\">{} · {}: {} · {}: {}</p></header>",
        esc(&c.t("report-title")),
        bdi(&r.student_name),
        esc(&kind),
        esc(&c.t("report-class")),
        bdi(&r.class_name),
        esc(&c.t("report-date")),
        esc(&c.date(&r.date))
    );
    out.push_str(&review_html(c));
    if variant == ReportVariant::Student {
        // A student-led conference opens with the student's own goal and words.
        out.push_str("<div class=\"lead\">");
        out.push_str(&heading(c, "report-my-goal"));
        match r.goals.first() {
            Some(g) => out.push_str(&goal_html(c, g)),
            None => out.push_str(&muted(&c.t("report-no-goals"))),
        }
        out.push_str(&heading(c, "report-my-reflection"));
        match r.reflections.first() {
            Some(x) => out.push_str(&reflection_html(c, x)),
            None => out.push_str(&muted(&c.t("report-no-reflections"))),
        }
        out.push_str("</div>");
    }
    out.push_str(&heading(c, "report-profile"));
    out.push_str("<div class=\"cols\">");
    for (id, items) in [
        ("report-strengths", &r.strengths),
        ("report-interests", &r.interests),
        ("report-career-goals", &r.career_goals),
    ] {
        let _ = write!(out, "<div><h3>{}</h3>", esc(&c.t(id)));
        if items.is_empty() {
            out.push_str("<p class=\"muted\">—</p>");
        } else {
            let _ = write!(out, "<p>{}</p>", run(items));
        }
        out.push_str("</div>");
    }
    out.push_str("</div>");
    out.push_str(&mastery_html(c, r));

    let goals = match variant {
        ReportVariant::Teacher => &r.goals[..],
        ReportVariant::Student => r.goals.get(1..).unwrap_or_default(),
    };
    if variant == ReportVariant::Teacher || !goals.is_empty() {
        out.push_str(&heading(c, "report-goals"));
        if goals.is_empty() {
            out.push_str(&muted(&c.t("report-no-goals")));
        }
        for g in goals {
            out.push_str(&goal_html(c, g));
        }
    }
    let reflections = match variant {
        ReportVariant::Teacher => &r.reflections[..],
        ReportVariant::Student => r.reflections.get(1..).unwrap_or_default(),
    };
    if variant == ReportVariant::Teacher || !reflections.is_empty() {
        out.push_str(&heading(c, "report-reflections"));
        if reflections.is_empty() {
            out.push_str(&muted(&c.t("report-no-reflections")));
        }
        for x in reflections {
            out.push_str(&reflection_html(c, x));
        }
    }
    out.push_str(&portfolio_html(c, r));
    out.push_str(&closing_html(c, r));
    out.push_str("</section>\n");
    out
}

/// The page rules for report `index`: the student's name and the page number in the page
/// margin, in the report's language.
fn page_css(c: &Catalog, r: &ConferenceReport, index: usize) -> String {
    let (start, end) = if c.dir() == "rtl" {
        ("right", "left")
    } else {
        ("left", "right")
    };
    let review = if c.needs_review() {
        css_string(&c.t("review-mark"))
    } else {
        "none".to_owned()
    };
    let dir = c.dir();
    // Every margin box is set, so the document's own (English, left to right) is replaced.
    format!(
        "@page r{index}{{@top-{start}{{content:{};font-size:8pt;color:#555;direction:{dir}}}@top-{end}{{content:none}}@bottom-{end}{{content:{};font-size:8pt;color:#555;direction:{dir}}}@bottom-{start}{{content:{review};font-size:8pt;color:#7a4b00;direction:{dir}}}}}",
        css_string(&r.student_name),
        c.page_number_css()
    )
}

/// The conference reports as one printable document: each student starts a new page, in
/// the language of their report, with this laptop's corrections and approvals.
pub fn conference_html(
    reports: &[ConferenceReport],
    variant: ReportVariant,
    paper: Paper,
    local: &LocalCatalogs,
) -> String {
    let catalog =
        |lang: &str| Catalog::with_local(lang, &local.get(lang).cloned().unwrap_or_default());
    let first = reports
        .first()
        .map_or_else(|| catalog(DEFAULT_LANG), |r| catalog(&r.lang));
    let title = match reports {
        [one] => format!("{} — {}", first.t("report-title"), one.student_name),
        _ => first.t("report-title"),
    };
    let catalogs: Vec<Catalog> = reports.iter().map(|r| catalog(&r.lang)).collect();
    let pages: String = reports
        .iter()
        .zip(&catalogs)
        .enumerate()
        .map(|(i, (r, c))| page_css(c, r, i))
        .collect();
    let mut out = head(&title, &first, paper, false, &pages);
    for (i, (r, c)) in reports.iter().zip(&catalogs).enumerate() {
        out.push_str(&conference_page(c, r, variant, i));
    }
    out.push_str("</body>\n</html>\n");
    out
}
