//! `waypoint evidence add`, `waypoint prereq` and `waypoint next-steps`: recording evidence,
//! editing a framework's progression and reading each student's next steps, headless, with
//! the app's use cases.
//!
//! Competencies are named on the command line by their codes, as a teacher reads them on the
//! grid; this module turns a code into the one node it names (in the student's class's
//! frameworks, or in one framework) and refuses, in one line, a code that names none or
//! several.

use clap::builder::NonEmptyStringValueParser;
use clap::{Args, Subcommand};
use serde::Serialize;
use waypoint_core::evidence::{EvidenceInput, EvidenceKind};
use waypoint_core::frameworks::{NodeKind, NodeView};
use waypoint_core::ids::{ClassId, FrameworkId, NodeId, StudentId};
use waypoint_core::progressions::{Fit, Prerequisite, Readiness, learn_by_of};
use waypoint_core::roster::LearnBy;
use waypoint_store::progressions::{self, StudentNextSteps};
use waypoint_store::{Db, evidence, frameworks, roster};

use crate::emit;
use crate::failure::{Failure, parse_id};

/// `waypoint evidence`.
#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Record one piece of evidence: a student's level on a competency
    Add(EvidenceAddArgs),
}

/// `waypoint evidence add`. The level is taken as text and parsed here, so a bad one is the
/// usual one-line `waypoint: ...` error (exit 2), not clap's usage message.
#[derive(Debug, Args)]
pub struct EvidenceAddArgs {
    /// The student's id (see `waypoint students list`)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    student: String,
    /// The competency's code, in a framework the student's class uses: WPM.6.EE.A.7
    #[arg(long, value_name = "CODE")]
    competency: String,
    /// The level, one of the framework's scale levels (0 to 4 in half points by default)
    #[arg(long, value_name = "L", allow_hyphen_values = true)]
    level: String,
    /// The day it was gathered, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// observation, exit_ticket, quiz, project, conference or self_assessment
    #[arg(long, value_name = "KIND", default_value = "observation")]
    kind: String,
    /// A note kept with it
    #[arg(long, value_name = "TEXT", default_value = "")]
    note: String,
    /// Which framework the code is in, when two of the class's frameworks share it
    #[arg(long, value_name = "ID")]
    framework: Option<String>,
}

/// `waypoint prereq`.
#[derive(Debug, Subcommand)]
pub enum PrereqCommand {
    /// Say that a competency requires another first (a loop is refused)
    Add(PrereqArgs),
    /// Remove a prerequisite
    Remove(PrereqArgs),
    /// List a framework's prerequisites
    List {
        /// The framework's id (the `frameworkId` that `waypoint case-import --json` prints)
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        framework: String,
    },
}

/// One prerequisite named by codes.
#[derive(Debug, Args)]
pub struct PrereqArgs {
    /// The framework's id (the `frameworkId` that `waypoint case-import --json` prints)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    framework: String,
    /// The later competency's code
    #[arg(long, value_name = "CODE")]
    competency: String,
    /// The code of the competency it builds on
    #[arg(long, value_name = "CODE")]
    requires: String,
}

/// `waypoint next-steps`.
#[derive(Debug, Args)]
pub struct NextStepsArgs {
    /// The class's id (see `waypoint classes list`)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    class: String,
    /// Only this student [default: every current student of the class]
    #[arg(long, value_name = "ID")]
    student: Option<String>,
}

/// The evidence kinds by their stored names, in the order `--help` lists them.
const KINDS: [EvidenceKind; 6] = [
    EvidenceKind::Observation,
    EvidenceKind::ExitTicket,
    EvidenceKind::Quiz,
    EvidenceKind::Project,
    EvidenceKind::Conference,
    EvidenceKind::SelfAssessment,
];

fn kind(text: &str) -> Result<EvidenceKind, Failure> {
    let wanted = text.trim().to_lowercase().replace('-', "_");
    KINDS
        .into_iter()
        .find(|k| k.as_str() == wanted)
        .ok_or_else(|| {
            let names: Vec<&str> = KINDS.iter().map(|k| k.as_str()).collect();
            crate::failure::usage(
                "kind",
                format!(
                    "--kind is one of {}; \"{}\" is none of these.",
                    names.join(", "),
                    shown(text)
                ),
            )
            .into()
        })
}

/// At most 40 characters of what was typed, for a message.
fn shown(text: &str) -> String {
    text.trim().chars().take(40).collect()
}

/// A level typed on the command line: a finite number (the scale check is the store's).
fn level(text: &str) -> Result<f64, Failure> {
    match text.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        _ => Err(crate::failure::usage(
            "level",
            format!(
                "--level must be a number such as 3 or 2.5; \"{}\" is not.",
                shown(text)
            ),
        )
        .into()),
    }
}

/// The nodes of `nodes` whose code is `code` (any case), competencies first when a strand
/// shares the code.
fn with_code<'a>(nodes: &'a [NodeView], code: &str) -> Vec<&'a NodeView> {
    let code = code.trim();
    let all: Vec<&NodeView> = nodes
        .iter()
        .filter(|n| !code.is_empty() && n.code.trim().eq_ignore_ascii_case(code))
        .collect();
    if all.len() > 1 && all.iter().any(|n| n.kind == NodeKind::Competency) {
        all.into_iter()
            .filter(|n| n.kind == NodeKind::Competency)
            .collect()
    } else {
        all
    }
}

/// The competency `code` names in the student's class's frameworks (or in `framework`).
fn class_competency(
    db: &Db,
    class: ClassId,
    who: &str,
    code: &str,
    framework: Option<FrameworkId>,
) -> Result<(NodeId, String), Failure> {
    let mut used = frameworks::class_frameworks(db.conn(), class)?;
    if let Some(f) = framework {
        used.retain(|x| x.id == f);
        if used.is_empty() {
            return Err(crate::failure::usage(
                "framework",
                format!("{who}'s class does not use framework {f}; see the class's frameworks in the app."),
            )
            .into());
        }
    }
    if used.is_empty() {
        return Err(crate::failure::usage(
            "competency",
            format!(
                "{who}'s class uses no framework yet, so no competency has code {}; attach one with `waypoint case-import FILE --class ID`.",
                shown(code)
            ),
        )
        .into());
    }
    let mut found: Vec<(String, NodeId, String)> = Vec::new();
    for f in &used {
        let nodes = frameworks::list_nodes(db.conn(), f.id, false)?;
        for n in with_code(&nodes, code) {
            found.push((format!("{} ({})", f.title, f.id), n.id, n.code.clone()));
        }
    }
    let titles: Vec<String> = used.iter().map(|f| f.title.clone()).collect();
    match found.as_slice() {
        [(_, id, code)] => Ok((*id, code.clone())),
        [] => Err(crate::failure::usage(
            "competency",
            format!(
                "No competency with code {} is in {who}'s class's frameworks (looked in {}).",
                shown(code),
                waypoint_core::progressions::and_list(&titles)
            ),
        )
        .into()),
        many => {
            let places: Vec<String> = many.iter().map(|(p, _, _)| p.clone()).collect();
            Err(crate::failure::usage(
                "competency",
                format!(
                    "Code {} is in more than one of {who}'s class's frameworks ({}); add --framework ID to say which.",
                    shown(code),
                    waypoint_core::progressions::and_list(&places)
                ),
            )
            .into())
        }
    }
}

/// The competency `code` names in one framework (archived ones too, so the store can say
/// why an archived one can't be used).
fn framework_competency(nodes: &[NodeView], title: &str, code: &str) -> Result<NodeId, Failure> {
    match with_code(nodes, code).as_slice() {
        [one] => Ok(one.id),
        [] => Err(crate::failure::usage(
            "competency",
            format!("No competency in {title} has code {}.", shown(code)),
        )
        .into()),
        _ => Err(crate::failure::usage(
            "competency",
            format!(
                "More than one competency in {title} has code {}; give them different codes in the app first.",
                shown(code)
            ),
        )
        .into()),
    }
}

/// Records one piece of evidence; `today` is the default date.
pub fn run_evidence(
    db: &mut Db,
    command: &EvidenceCommand,
    today: &str,
    json: bool,
) -> Result<(), Failure> {
    let EvidenceCommand::Add(args) = command;
    // Everything typed is checked before anything is written.
    let level = level(&args.level)?;
    let kind = kind(&args.kind)?;
    let student = roster::get_student(db.conn(), parse_id(&args.student)?)?;
    let framework = args.framework.as_deref().map(parse_id).transpose()?;
    let (competency, code) = class_competency(
        db,
        student.class_id,
        &student.display_name,
        &args.competency,
        framework,
    )?;
    let input = EvidenceInput {
        student_id: student.id.to_string(),
        competency_id: competency.to_string(),
        level,
        date: args.date.clone().unwrap_or_else(|| today.to_owned()),
        kind,
        note: args.note.clone(),
    };
    let saved = evidence::record_evidence(db, &input)?;
    emit(json, &saved, |e| {
        format!(
            "Recorded level {} on {} for {} ({}, {}).\n",
            level_text(e.level),
            code,
            student.display_name,
            e.date,
            e.kind.as_str()
        )
    })
}

/// A prerequisite with the codes it links, as `prereq` prints it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrereqLine {
    /// The later competency.
    pub competency_id: NodeId,
    /// Its code.
    pub competency: String,
    /// The competency it builds on.
    pub requires_id: NodeId,
    /// Its code.
    pub requires: String,
}

fn prereq_lines(nodes: &[NodeView], edges: &[Prerequisite]) -> Vec<PrereqLine> {
    let code = |id: NodeId| {
        nodes
            .iter()
            .find(|n| n.id == id)
            .map_or_else(|| id.to_string(), |n| n.code.clone())
    };
    // In the framework's tree order, as the teacher reads it, rather than by id.
    let place = |id: NodeId| nodes.iter().position(|n| n.id == id).unwrap_or(usize::MAX);
    let mut edges = edges.to_vec();
    edges.sort_by_key(|e| (place(e.competency), place(e.requires)));
    edges
        .iter()
        .map(|e| PrereqLine {
            competency_id: e.competency,
            competency: code(e.competency),
            requires_id: e.requires,
            requires: code(e.requires),
        })
        .collect()
}

/// `prereq add`, `remove` and `list`; each prints the framework's prerequisites after.
pub fn run_prereq(db: &mut Db, command: &PrereqCommand, json: bool) -> Result<(), Failure> {
    let framework_text = match command {
        PrereqCommand::Add(a) | PrereqCommand::Remove(a) => &a.framework,
        PrereqCommand::List { framework } => framework,
    };
    let framework: FrameworkId = parse_id(framework_text)?;
    let title = frameworks::get_framework(db.conn(), framework)?.title;
    let nodes = frameworks::list_nodes(db.conn(), framework, true)?;
    let edges = match command {
        PrereqCommand::List { .. } => progressions::list_prerequisites(db.conn(), framework)?,
        PrereqCommand::Add(a) => {
            let later = framework_competency(&nodes, &title, &a.competency)?;
            let earlier = framework_competency(&nodes, &title, &a.requires)?;
            progressions::add_prerequisite(db, later, earlier)?
        }
        PrereqCommand::Remove(a) => {
            let later = framework_competency(&nodes, &title, &a.competency)?;
            let earlier = framework_competency(&nodes, &title, &a.requires)?;
            let edge = Prerequisite {
                competency: later,
                requires: earlier,
            };
            if !progressions::list_prerequisites(db.conn(), framework)?.contains(&edge) {
                return Err(crate::failure::usage(
                    "requires",
                    format!(
                        "{} does not require {} in {title}; nothing was removed.",
                        shown(&a.competency),
                        shown(&a.requires)
                    ),
                )
                .into());
            }
            progressions::remove_prerequisite(db, later, earlier)?
        }
    };
    let lines = prereq_lines(&nodes, &edges);
    emit(json, &lines, |lines| {
        if lines.is_empty() {
            return format!("{title} has no prerequisites.\n");
        }
        let width = lines
            .iter()
            .map(|l| l.competency.chars().count())
            .max()
            .unwrap_or(0);
        let mut out = String::new();
        for l in lines {
            out.push_str(&format!(
                "{:<width$}  requires  {}\n",
                l.competency, l.requires
            ));
        }
        out
    })
}

/// `next-steps`: each current student's (or one student's) next steps.
pub fn run_next_steps(db: &Db, args: &NextStepsArgs, json: bool) -> Result<(), Failure> {
    let class: ClassId = parse_id(&args.class)?;
    match &args.student {
        Some(id) => {
            let id: StudentId = parse_id(id)?;
            let student = roster::get_student(db.conn(), id)?;
            if student.class_id != class {
                return Err(crate::failure::usage(
                    "student",
                    format!("{} is not in class {class}.", student.display_name),
                )
                .into());
            }
            let steps = progressions::student_next_steps(db.conn(), id)?;
            emit(json, &steps, student_block)
        }
        None => {
            let all = roster::list_students(db.conn(), class, false)?
                .into_iter()
                .map(|s| progressions::student_next_steps(db.conn(), s.id))
                .collect::<Result<Vec<_>, _>>()?;
            emit(json, &all, |all| {
                if all.is_empty() {
                    return "This class has no current students.\n".to_owned();
                }
                all.iter().map(student_block).collect::<Vec<_>>().join("\n")
            })
        }
    }
}

fn state_word(state: Readiness) -> &'static str {
    match state {
        Readiness::Mastered => "mastered",
        Readiness::Ready => "ready",
        Readiness::WorkingOnIt => "working on it",
        Readiness::NotYet => "not yet",
    }
}

fn learn_by_word(l: LearnBy) -> &'static str {
    match l {
        LearnBy::Reading => "reading",
        LearnBy::Listening => "listening",
        LearnBy::Doing => "doing",
    }
}

/// One student's block: the count, each next step with its activities, then what waits.
fn student_block(s: &StudentNextSteps) -> String {
    let mut out = format!(
        "{} — {} of {} mastered\n",
        s.display_name, s.mastered, s.total
    );
    let lines = s
        .steps
        .iter()
        .map(|st| &st.competency)
        .chain(s.not_yet.iter());
    let state_w = lines
        .clone()
        .map(|l| state_word(l.state).len())
        .max()
        .unwrap_or(0);
    let code_w = lines.map(|l| l.code.chars().count()).max().unwrap_or(0);
    if s.steps.is_empty() {
        out.push_str("  no next step: nothing is ready to learn\n");
    }
    for step in &s.steps {
        let c = &step.competency;
        out.push_str(&format!(
            "  {:<state_w$}  {:<code_w$}  {}\n",
            state_word(c.state),
            c.code,
            c.reason
        ));
        for a in &step.activities {
            let fit = match a.fit {
                Fit::WayOfLearning => {
                    format!(
                        "their way of learning: {}",
                        learn_by_word(learn_by_of(a.modality))
                    )
                }
                Fit::Interest => format!(
                    "their interest: {}",
                    a.interest.as_deref().unwrap_or_default()
                ),
                Fit::Competency => "practises it".to_owned(),
            };
            out.push_str(&format!("      {} ({} min; {fit})\n", a.title, a.minutes));
        }
    }
    for c in &s.not_yet {
        out.push_str(&format!(
            "  {:<state_w$}  {:<code_w$}  {}\n",
            state_word(c.state),
            c.code,
            c.reason
        ));
    }
    out
}

/// A level as typed: at most two decimals, no trailing zeros.
fn level_text(level: f64) -> String {
    let s = format!("{level:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}
