//! Printouts as HTML: the conference report (one student per page, teacher-led or
//! student-led, in each family's language), the class summary, and the team's reflection.
//!
//! The store gathers the data into the models below; this module renders them. Every text
//! goes through [`esc`], so a name with markup in it prints as the characters typed. Labels
//! come from the message catalogs in `assets/i18n/` (embedded at build time, one JSON file
//! per language), so a new language is a data change. Only `data:image/…;base64,` thumbnails
//! are ever written into an `src`, so a report never asks for anything from the network.

use serde::{Deserialize, Serialize};

use crate::mastery::Status;

mod catalog;
#[cfg(test)]
mod tests;

pub use catalog::{Catalog, DEFAULT_LANG, lang_for, languages};

/// Most skills listed on one report, so a student stays within two pages; the rest are
/// counted ("and 12 more skills").
pub const MOST_SKILL_LINES: usize = 24;

/// Most competencies listed as ready to learn on one report: the nearest few are enough to
/// talk about, and keep a student to two pages.
pub const MOST_READY_LINES: usize = 3;

/// Escapes text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A thumbnail safe to put in `src`: only a base64 `data:image/…` URL, else nothing.
fn safe_thumbnail(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("data:image/")?;
    let (kind, data) = rest.split_once(";base64,")?;
    let kind_ok = matches!(kind, "png" | "jpeg" | "gif" | "webp");
    let data_ok = data
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=');
    (kind_ok && data_ok).then_some(url)
}

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    /// US Letter.
    Letter,
    /// ISO A4.
    A4,
}

impl Paper {
    fn css(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "A4",
        }
    }
}

/// Teacher-led or student-led.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportVariant {
    /// The teacher leads; the report opens with the profile.
    Teacher,
    /// The student leads; the report opens with their own goal and reflection.
    Student,
}

/// One competency's line on the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyLine {
    /// Its code.
    pub code: String,
    /// Its short label.
    pub label: String,
    /// The calculated level now.
    pub level: Option<f64>,
    /// The scale's label for it (in the teacher's language; translated when known).
    pub level_label: String,
    /// Its status.
    pub status: Status,
    /// The calculated level at the last conference, when there was one.
    pub level_then: Option<f64>,
}

/// A competency the student is ready to learn (or already working on), in plain words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReadyLine {
    /// Its code, or "".
    pub code: String,
    /// What it is, in the framework's words (its statement).
    pub words: String,
    /// The student already has evidence on it.
    pub working: bool,
}

/// A strand and its competencies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StrandLines {
    /// The strand's name.
    pub name: String,
    /// Its competencies with evidence or a goal (others are left off to keep to two pages).
    pub competencies: Vec<CompetencyLine>,
}

/// A goal on the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportGoal {
    /// Its title.
    pub title: String,
    /// Why it matters.
    pub why: String,
    /// "active", "met", "not_met" or "dropped".
    pub status: String,
    /// Latest progress, 0–100.
    pub progress: u32,
    /// Target date or "".
    pub target_date: String,
    /// Steps.
    pub steps: Vec<String>,
}

/// A reflection the student chose for the conference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportReflection {
    /// When.
    pub date: String,
    /// The prompt, or "".
    pub prompt: String,
    /// The student's words.
    pub response: String,
}

/// A portfolio highlight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportArtifact {
    /// Its title.
    pub title: String,
    /// When.
    pub date: String,
    /// The student's reflection on it.
    pub reflection: String,
    /// A `data:image/…` thumbnail, when there is one.
    pub thumbnail: Option<String>,
    /// False when the file is not on this laptop.
    pub present: bool,
}

/// Everything one student's conference report shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ConferenceReport {
    /// The student's name.
    pub student_name: String,
    /// The class's name.
    pub class_name: String,
    /// The report's date.
    pub date: String,
    /// The catalog to print in.
    pub lang: String,
    /// Strengths from the profile.
    pub strengths: Vec<String>,
    /// Interests from the profile.
    pub interests: Vec<String>,
    /// Career goals from the profile.
    pub career_goals: Vec<String>,
    /// Mastery by strand.
    pub strands: Vec<StrandLines>,
    /// The date of the last conference before this report, if any.
    pub last_conference: Option<String>,
    /// Goals, active first.
    pub goals: Vec<ReportGoal>,
    /// Chosen reflections, newest first.
    pub reflections: Vec<ReportReflection>,
    /// Portfolio highlights, newest first.
    pub artifacts: Vec<ReportArtifact>,
    /// Next steps from the last conference, else empty.
    pub next_steps: Vec<String>,
    /// What the student is ready to learn now, nearest to mastery first (at most
    /// [`MOST_READY_LINES`]), from the framework's progression.
    #[serde(default)]
    pub ready: Vec<ReadyLine>,
}

/// Levels printed like the app shows them: at most two decimals, no trailing zeros.
fn level_text(level: f64) -> String {
    let s = format!("{:.2}", (level * 100.0).round() / 100.0);
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn status_key(s: Status) -> &'static str {
    match s {
        Status::NotStarted => "status.not_started",
        Status::Progressing => "status.progressing",
        Status::Mastered => "status.mastered",
    }
}

const STYLE: &str = "
*{box-sizing:border-box}
body{font-family:'Inter','Helvetica Neue',Arial,sans-serif;color:#111;margin:0;font-size:10.5pt;line-height:1.35}
.page{break-after:page;page-break-after:always}
.page:last-child{break-after:auto;page-break-after:auto}
header.top{border-bottom:2px solid #1f3a8a;margin-bottom:8pt;padding-bottom:4pt}
h1{font-size:17pt;margin:0}
.sub{color:#444;margin:2pt 0 0}
h2{font-size:12pt;margin:10pt 0 4pt;color:#1f3a8a;break-after:avoid}
h3{font-size:10.5pt;margin:6pt 0 2pt}
p{margin:2pt 0}
ul{margin:2pt 0 2pt 14pt;padding:0}
table{border-collapse:collapse;width:100%;font-size:9.5pt}
th,td{border-bottom:1px solid #ccc;padding:2pt 4pt;text-align:left;vertical-align:top}
th{background:#eef2ff}
.lead{border:2px solid #1f3a8a;border-radius:6pt;padding:6pt 8pt;margin:6pt 0}
.bar{display:inline-block;width:80pt;height:7pt;border:1px solid #1f3a8a;vertical-align:middle}
.bar span{display:block;height:100%;background:#1f3a8a}
.cols{display:flex;gap:12pt}
.cols>div{flex:1}
.art{display:inline-block;width:30%;margin:0 2% 6pt 0;vertical-align:top;break-inside:avoid}
.art img{max-width:100%;max-height:90pt;border:1px solid #ccc}
.notes{border:1px solid #999;height:80pt;border-radius:4pt}
.muted{color:#555}
.avoid{break-inside:avoid}
";

fn head(title: &str, lang: &str, paper: Paper, landscape: bool) -> String {
    let orientation = if landscape { " landscape" } else { "" };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>@page{{size:{}{orientation};margin:14mm}}{STYLE}</style>\n</head>\n<body>\n",
        esc(lang),
        esc(title),
        paper.css()
    )
}

fn list(items: &[String]) -> String {
    let mut out = String::from("<ul>");
    for i in items {
        out.push_str(&format!("<li>{}</li>", esc(i)));
    }
    out.push_str("</ul>");
    out
}

fn goal_html(c: &Catalog, g: &ReportGoal) -> String {
    let mut out = format!(
        "<div class=\"avoid\"><h3>{}</h3><p><span class=\"bar\" role=\"img\" aria-label=\"{} %\"><span style=\"width:{}%\"></span></span> {} % · {}",
        esc(&g.title),
        g.progress.min(100),
        g.progress.min(100),
        g.progress.min(100),
        esc(&c.t(&format!("goal.{}", g.status)))
    );
    if !g.target_date.is_empty() {
        out.push_str(&format!(
            " · {}: {}",
            esc(&c.t("report.target")),
            esc(&g.target_date)
        ));
    }
    out.push_str("</p>");
    if !g.why.is_empty() {
        out.push_str(&format!("<p class=\"muted\">{}</p>", esc(&g.why)));
    }
    if !g.steps.is_empty() {
        out.push_str(&list(&g.steps));
    }
    out.push_str("</div>");
    out
}

fn reflection_html(r: &ReportReflection) -> String {
    let mut out = String::from("<div class=\"avoid\">");
    if !r.prompt.is_empty() {
        out.push_str(&format!("<h3>{}</h3>", esc(&r.prompt)));
    }
    out.push_str(&format!(
        "<p>“{}”</p><p class=\"muted\">{}</p></div>",
        esc(&r.response),
        esc(&r.date)
    ));
    out
}

/// One student's report, as the body of one page (or two).
fn conference_page(r: &ConferenceReport, variant: ReportVariant) -> String {
    let c = Catalog::get(&r.lang);
    let mut out = String::from("<section class=\"page\">");
    let kind = match variant {
        ReportVariant::Teacher => c.t("report.teacherLed"),
        ReportVariant::Student => c.t("report.studentLed"),
    };
    out.push_str(&format!(
        "<header class=\"top\"><h1>{} — {}</h1><p class=\"sub\">{} · {}: {} · {}: {}</p></header>",
        esc(&c.t("report.title")),
        esc(&r.student_name),
        esc(&kind),
        esc(&c.t("report.class")),
        esc(&r.class_name),
        esc(&c.t("report.date")),
        esc(&r.date)
    ));
    if variant == ReportVariant::Student {
        // A student-led conference opens with the student's own goal and words.
        out.push_str("<div class=\"lead\">");
        out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.myGoal"))));
        match r.goals.first() {
            Some(g) => out.push_str(&goal_html(&c, g)),
            None => out.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                esc(&c.t("report.noGoals"))
            )),
        }
        out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.myReflection"))));
        match r.reflections.first() {
            Some(x) => out.push_str(&reflection_html(x)),
            None => out.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                esc(&c.t("report.noReflections"))
            )),
        }
        out.push_str("</div>");
    }
    out.push_str(&format!(
        "<h2>{}</h2><div class=\"cols\">",
        esc(&c.t("report.profile"))
    ));
    for (key, items) in [
        ("report.strengths", &r.strengths),
        ("report.interests", &r.interests),
        ("report.careerGoals", &r.career_goals),
    ] {
        out.push_str(&format!("<div><h3>{}</h3>", esc(&c.t(key))));
        if items.is_empty() {
            out.push_str("<p class=\"muted\">—</p>");
        } else {
            out.push_str(&list(items));
        }
        out.push_str("</div>");
    }
    out.push_str("</div>");

    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.mastery"))));
    // Past this many skills a report would run past two pages; the rest are counted.
    let mut room = MOST_SKILL_LINES;
    let total: usize = r.strands.iter().map(|s| s.competencies.len()).sum();
    for s in &r.strands {
        if room == 0 {
            break;
        }
        out.push_str(&format!(
            "<h3>{}</h3><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            esc(&s.name),
            esc(&c.t("report.competency")),
            esc(&c.t("report.level")),
            esc(&c.t("report.status"))
        ));
        for line in s.competencies.iter().take(room) {
            room -= 1;
            let level = match line.level {
                Some(l) => format!("{} ({})", esc(&c.level(&line.level_label)), level_text(l)),
                None => esc(&c.t("report.noEvidence")),
            };
            out.push_str(&format!(
                "<tr><td>{} {}</td><td>{level}</td><td>{}</td></tr>",
                esc(&line.code),
                esc(&line.label),
                esc(&c.t(status_key(line.status)))
            ));
        }
        out.push_str("</tbody></table>");
    }
    if total > MOST_SKILL_LINES {
        out.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            esc(&c
                .t("report.moreSkills")
                .replace("{n}", &(total - MOST_SKILL_LINES).to_string()))
        ));
    }

    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.growth"))));
    match &r.last_conference {
        None => out.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            esc(&c.t("report.firstConference"))
        )),
        Some(date) => {
            out.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                esc(&c.t("report.growthSince").replace("{date}", date))
            ));
            let grown: Vec<String> = r
                .strands
                .iter()
                .flat_map(|s| &s.competencies)
                .filter_map(|l| match (l.level_then, l.level) {
                    (Some(then), Some(now)) if now > then + 1e-9 => Some(format!(
                        "{} {}: {} → {}",
                        l.code,
                        l.label,
                        level_text(then),
                        level_text(now)
                    )),
                    (None, Some(now)) => {
                        Some(format!("{} {}: — → {}", l.code, l.label, level_text(now)))
                    }
                    _ => None,
                })
                .collect();
            if grown.is_empty() {
                out.push_str(&format!("<p>{}</p>", esc(&c.t("report.noGrowth"))));
            } else {
                out.push_str(&list(&grown));
            }
        }
    }

    let goals = match variant {
        ReportVariant::Teacher => &r.goals[..],
        ReportVariant::Student => r.goals.get(1..).unwrap_or_default(),
    };
    if variant == ReportVariant::Teacher || !goals.is_empty() {
        out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.goals"))));
        if goals.is_empty() {
            out.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                esc(&c.t("report.noGoals"))
            ));
        }
        for g in goals {
            out.push_str(&goal_html(&c, g));
        }
    }

    let reflections = match variant {
        ReportVariant::Teacher => &r.reflections[..],
        ReportVariant::Student => r.reflections.get(1..).unwrap_or_default(),
    };
    if variant == ReportVariant::Teacher || !reflections.is_empty() {
        out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.reflections"))));
        if reflections.is_empty() {
            out.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                esc(&c.t("report.noReflections"))
            ));
        }
        for x in reflections {
            out.push_str(&reflection_html(x));
        }
    }

    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.portfolio"))));
    if r.artifacts.is_empty() {
        out.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            esc(&c.t("report.noPortfolio"))
        ));
    }
    for a in &r.artifacts {
        out.push_str("<div class=\"art\">");
        if let Some(src) = a.thumbnail.as_deref().and_then(safe_thumbnail) {
            out.push_str(&format!(
                "<img src=\"{}\" alt=\"{}\">",
                esc(src),
                esc(&a.title)
            ));
        }
        out.push_str(&format!(
            "<p><strong>{}</strong> · {}</p>",
            esc(&a.title),
            esc(&a.date)
        ));
        if !a.present {
            out.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                esc(&c.t("report.fileMissing"))
            ));
        }
        if !a.reflection.is_empty() {
            out.push_str(&format!("<p class=\"muted\">{}</p>", esc(&a.reflection)));
        }
        out.push_str("</div>");
    }

    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("report.nextSteps"))));
    let agreed = if r.next_steps.is_empty() {
        format!("<p class=\"muted\">{}</p>", esc(&c.t("report.noNextSteps")))
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
            .map(|l| ready_text(&c, l))
            .collect();
        out.push_str(&format!(
            "<div class=\"cols\"><div><h3>{}</h3>{agreed}</div><div><h3>{}</h3>{}</div></div>",
            esc(&c.t("report.agreedSteps")),
            esc(&c.t("report.readyNext")),
            list(&ready)
        ));
    }
    out.push_str(&format!(
        "<div class=\"avoid\"><h2>{}</h2><div class=\"notes\"></div></div>",
        esc(&c.t("report.familyNotes"))
    ));
    out.push_str("</section>\n");
    out
}

/// "Ready to learn: Write expressions … (6.EE.A.7)", in the report's language.
fn ready_text(c: &Catalog, l: &ReadyLine) -> String {
    let label = c.t(if l.working {
        "report.workingOn"
    } else {
        "report.readyToLearn"
    });
    let (words, code) = (l.words.trim(), l.code.trim());
    match (words.is_empty(), code.is_empty()) {
        (false, false) => format!("{label}: {words} ({code})"),
        (false, true) => format!("{label}: {words}"),
        (true, _) => format!("{label}: {code}"),
    }
}

/// The conference reports as one printable document: each student starts a new page.
pub fn conference_html(
    reports: &[ConferenceReport],
    variant: ReportVariant,
    paper: Paper,
) -> String {
    let lang = reports.first().map_or(DEFAULT_LANG, |r| r.lang.as_str());
    let title = match reports {
        [one] => format!(
            "{} — {}",
            Catalog::get(lang).t("report.title"),
            one.student_name
        ),
        _ => Catalog::get(lang).t("report.title"),
    };
    let mut out = head(&title, lang, paper, false);
    for r in reports {
        out.push_str(&conference_page(r, variant));
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// One competency's row of the class summary: how many students at each status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SummaryRow {
    /// Its code.
    pub code: String,
    /// Its label.
    pub label: String,
    /// Students not started (no evidence or no result yet).
    pub not_started: u32,
    /// Students on the way.
    pub progressing: u32,
    /// Students who mastered it.
    pub mastered: u32,
}

/// A group on the class summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SummaryGroup {
    /// Its name.
    pub name: String,
    /// Its focus.
    pub focus: String,
    /// Its members' names.
    pub members: Vec<String>,
}

/// The class summary printout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClassSummary {
    /// The class's name.
    pub class_name: String,
    /// The date.
    pub date: String,
    /// How many students.
    pub students: u32,
    /// One row per competency.
    pub rows: Vec<SummaryRow>,
    /// The title of the newest group set, if any.
    pub group_set: Option<String>,
    /// Its groups.
    pub groups: Vec<SummaryGroup>,
}

/// The class summary as one printable document (landscape).
pub fn class_summary_html(s: &ClassSummary, paper: Paper) -> String {
    let c = Catalog::get(DEFAULT_LANG);
    let mut out = head(
        &format!("{} — {}", c.t("summary.title"), s.class_name),
        DEFAULT_LANG,
        paper,
        true,
    );
    out.push_str(&format!(
        "<section class=\"page\"><header class=\"top\"><h1>{} — {}</h1><p class=\"sub\">{} · {}: {}</p></header>",
        esc(&c.t("summary.title")),
        esc(&s.class_name),
        esc(&s.date),
        esc(&c.t("summary.students")),
        s.students
    ));
    out.push_str(&format!(
        "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&c.t("summary.distribution")),
        esc(&c.t("report.competency")),
        esc(&c.t("status.not_started")),
        esc(&c.t("status.progressing")),
        esc(&c.t("status.mastered"))
    ));
    let total = s.students.max(1);
    for r in &s.rows {
        let bar = |n: u32| {
            format!(
                "{n} <span class=\"bar\"><span style=\"width:{}%\"></span></span>",
                n * 100 / total
            )
        };
        out.push_str(&format!(
            "<tr><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.code),
            esc(&r.label),
            bar(r.not_started),
            bar(r.progressing),
            bar(r.mastered)
        ));
    }
    out.push_str("</tbody></table>");
    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("summary.groups"))));
    match &s.group_set {
        None => out.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            esc(&c.t("summary.noGroups"))
        )),
        Some(title) => {
            out.push_str(&format!("<p class=\"muted\">{}</p>", esc(title)));
            for g in &s.groups {
                out.push_str(&format!(
                    "<div class=\"art\"><h3>{}</h3><p class=\"muted\">{}</p>{}</div>",
                    esc(&g.name),
                    esc(&g.focus),
                    list(&g.members)
                ));
            }
        }
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}

/// One approach on the team's reflection printout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamApproachLine {
    /// The theme it belongs to.
    pub theme: String,
    /// Its title.
    pub title: String,
    /// What it looks like in a classroom.
    pub looks_like: String,
    /// "We do this now".
    pub now: String,
    /// "This is different from our approach".
    pub different: String,
}

/// The team's reflection printout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamReport {
    /// The team.
    pub team: String,
    /// The date.
    pub date: String,
    /// The approaches, theme by theme.
    pub approaches: Vec<TeamApproachLine>,
    /// The reflection guide's questions and answers.
    pub questions: Vec<(String, String)>,
}

/// The team's reflection as one printable document.
pub fn team_html(t: &TeamReport, paper: Paper) -> String {
    let c = Catalog::get(DEFAULT_LANG);
    let mut out = head(
        &format!("{} — {}", c.t("team.title"), t.team),
        DEFAULT_LANG,
        paper,
        false,
    );
    out.push_str(&format!(
        "<section class=\"page\"><header class=\"top\"><h1>{}</h1><p class=\"sub\">{} · {}</p></header>",
        esc(&c.t("team.title")),
        esc(&t.team),
        esc(&t.date)
    ));
    let mut theme = "";
    for a in &t.approaches {
        if a.theme != theme {
            theme = &a.theme;
            out.push_str(&format!("<h2>{}</h2>", esc(theme)));
        }
        out.push_str(&format!(
            "<div class=\"avoid\"><h3>{}</h3><p class=\"muted\">{}: {}</p><p><strong>{}:</strong> {}</p><p><strong>{}:</strong> {}</p></div>",
            esc(&a.title),
            esc(&c.t("team.looksLike")),
            esc(&a.looks_like),
            esc(&c.t("team.now")),
            esc(&a.now),
            esc(&c.t("team.different")),
            esc(&a.different)
        ));
    }
    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("team.questions"))));
    for (q, a) in &t.questions {
        out.push_str(&format!(
            "<div class=\"avoid\"><h3>{}</h3><p>{}</p></div>",
            esc(q),
            esc(a)
        ));
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}
