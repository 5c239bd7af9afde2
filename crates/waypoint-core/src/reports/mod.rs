//! Printouts as HTML: the conference report (one student per page, teacher-led or
//! student-led, in each family's language), the class summary, and the team's reflection.
//!
//! The store gathers the data into the models below; this module renders them. Every text
//! goes through [`esc`], so a name with markup in it prints as the characters typed. Labels
//! come from the Project Fluent catalogs in `assets/i18n/print/` (embedded at build time, one
//! file per language), with this laptop's corrections laid over them, so a new language is a
//! data change. Only `data:image/…;base64,` thumbnails and the bundled fonts (`fonts/…`,
//! served beside the HTML) are ever referenced, so a report never asks the network.

use serde::{Deserialize, Serialize};

use crate::mastery::Status;

mod catalog;
pub mod catalog_file;
mod conference;
pub mod fonts;
#[cfg(test)]
mod tests;

pub use catalog::{
    Catalog, DEFAULT_LANG, LocalCatalog, LocalCatalogs, META_IDS, PrintLanguage, lang_for,
    languages, print_languages,
};
pub use conference::conference_html;

/// Most skills listed on one report, so a student stays within two pages; the rest are
/// counted ("and 12 more skills").
pub const MOST_SKILL_LINES: usize = 24;

/// Most competencies listed as ready to learn on one report: the nearest few are enough to
/// talk about, and keep a student to one page.
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

fn status_key(s: Status) -> &'static str {
    match s {
        Status::NotStarted => "status-not-started",
        Status::Progressing => "status-progressing",
        Status::Mastered => "status-mastered",
    }
}

/// The printouts' style. Logical properties (start/end, inline/block) throughout, so a
/// right-to-left report mirrors by its `dir` alone: table cells, list indents and bars.
const STYLE: &str = "
*{box-sizing:border-box}
body{color:#111;margin:0;font-size:9.5pt;line-height:1.3}
.page{break-after:page;page-break-after:always}
.page:last-child{break-after:auto;page-break-after:auto}
header.top{border-block-end:2px solid #1f3a8a;margin-block-end:4pt;padding-block-end:3pt}
h1{font-size:15pt;margin:0}
.sub{color:#444;margin:1pt 0 0}
h2{font-size:11pt;margin:7pt 0 2pt;color:#1f3a8a;break-after:avoid}
h3{font-size:9.5pt;margin:3pt 0 1pt}
p{margin:1pt 0}
ul{margin-block:1pt;margin-inline:12pt 0;padding:0}
table{border-collapse:collapse;inline-size:100%;font-size:8.5pt}
th,td{border-block-end:1px solid #ccc;padding:1pt 3pt;text-align:start;vertical-align:top}
th{background:#eef2ff}
tr.strand th{background:none;color:#1f3a8a;border-block-end:1px solid #1f3a8a}
tr{break-inside:avoid}
.lead{border:2px solid #1f3a8a;border-radius:6pt;padding:3pt 6pt;margin:4pt 0}
.bar{display:inline-block;inline-size:60pt;block-size:6pt;border:1px solid #1f3a8a;vertical-align:middle}
.bar span{display:block;block-size:100%;background:#1f3a8a}
.cols{display:flex;gap:10pt}
.cols>div{flex:1}
.art{display:inline-block;inline-size:31%;margin-block:0 3pt;margin-inline:0 2%;vertical-align:top;break-inside:avoid}
.art img{max-inline-size:100%;max-block-size:54pt;border:1px solid #ccc}
.notes{border:1px solid #999;block-size:54pt;border-radius:4pt}
.muted{color:#555}
.avoid{break-inside:avoid}
.review{font-size:8pt;color:#7a4b00;border:1px solid #d9a400;border-radius:3pt;padding:1pt 4pt;margin:2pt 0}
";

/// The document's head: its language and direction, the paper, the fonts, and any page
/// rules of its own (`pages`).
fn head(title: &str, c: &Catalog, paper: Paper, landscape: bool, pages: &str) -> String {
    let orientation = if landscape { " landscape" } else { "" };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>@page{{size:{}{orientation};margin:12mm 12mm 13mm}}@page{{@bottom-right{{content:{};font-size:8pt;color:#555}}}}{}{STYLE}{pages}</style>\n</head>\n<body>\n",
        esc(c.code()),
        c.dir(),
        esc(title),
        paper.css(),
        c.page_number_css(),
        fonts::FONT_CSS
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
        &format!("{} — {}", c.t("summary-title"), s.class_name),
        &c,
        paper,
        true,
        "",
    );
    out.push_str(&format!(
        "<section class=\"page\"><header class=\"top\"><h1>{} — {}</h1><p class=\"sub\">{} · {}</p></header>",
        esc(&c.t("summary-title")),
        esc(&s.class_name),
        esc(&c.date(&s.date)),
        esc(&c.t_count("summary-students", s.students as usize))
    ));
    out.push_str(&format!(
        "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&c.t("summary-distribution")),
        esc(&c.t("report-competency")),
        esc(&c.t("status-not-started")),
        esc(&c.t("status-progressing")),
        esc(&c.t("status-mastered"))
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
    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("summary-groups"))));
    match &s.group_set {
        None => out.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            esc(&c.t("summary-no-groups"))
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
        &format!("{} — {}", c.t("team-title"), t.team),
        &c,
        paper,
        false,
        "",
    );
    out.push_str(&format!(
        "<section class=\"page\"><header class=\"top\"><h1>{}</h1><p class=\"sub\">{} · {}</p></header>",
        esc(&c.t("team-title")),
        esc(&t.team),
        esc(&c.date(&t.date))
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
            esc(&c.t("team-looks-like")),
            esc(&a.looks_like),
            esc(&c.t("team-now")),
            esc(&a.now),
            esc(&c.t("team-different")),
            esc(&a.different)
        ));
    }
    out.push_str(&format!("<h2>{}</h2>", esc(&c.t("team-questions"))));
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
