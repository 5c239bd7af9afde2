//! `waypoint groups`, `waypoint stations` and `waypoint rotation`: the grouping engine and
//! the rotation rule headless, on the same database and use cases as the app.

use clap::builder::NonEmptyStringValueParser;
use clap::{Args, Subcommand};
use waypoint_core::grouping::{Constraints, GroupCount, GroupingMode};
use waypoint_core::groups::GroupBasis;
use waypoint_core::rotations::{StationInput, StationKind};
use waypoint_store::groups::{self, GroupProposal, GroupRequest};
use waypoint_store::rotations::{self, RotationPreview};
use waypoint_store::{Db, evidence};

use crate::failure::{Failure, parse_id};

/// `waypoint groups`.
#[derive(Debug, Args)]
pub struct GroupsArgs {
    /// The class's id (see `waypoint classes list`)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    class: String,
    /// The target competencies by code, comma-separated: 6.RP.A.1,6.RP.A.2
    #[arg(long, value_name = "CODE[,CODE]")]
    competency: String,
    /// How many groups
    #[arg(
        long,
        value_name = "N",
        conflicts_with = "size",
        required_unless_present = "size"
    )]
    groups: Option<usize>,
    /// Group sizes instead: MIN-MAX, e.g. 3-5
    #[arg(long, value_name = "MIN-MAX")]
    size: Option<String>,
    /// like (reteach / practice / extend bands) or mixed (balanced levels in every group)
    #[arg(long, value_name = "like|mixed", default_value = "like")]
    mode: String,
    /// Two student ids to keep apart: A,B (repeatable)
    #[arg(long, value_name = "A,B")]
    apart: Vec<String>,
    /// Student ids to keep together: A,B,C (repeatable)
    #[arg(long, value_name = "A,B,C")]
    together: Vec<String>,
    /// Student ids who must be in the teacher-led group: A,B
    #[arg(long, value_name = "A,B")]
    teacher: Option<String>,
    /// Student ids absent today, left out: A,B
    #[arg(long, value_name = "A,B")]
    absent: Option<String>,
    /// The seed: the same seed gives the same groups
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Save the groups as a set for this day (YYYY-MM-DD); prints the saved set
    #[arg(long, value_name = "YYYY-MM-DD")]
    save: Option<String>,
}

/// `waypoint stations`.
#[derive(Debug, Subcommand)]
pub enum StationsCommand {
    /// List a class's stations
    List {
        /// The class's id
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: String,
    },
    /// Add a station to a class
    Add {
        /// The class's id
        #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
        class: String,
        /// Its name
        #[arg(long, value_name = "NAME")]
        name: String,
        /// teacher_led, collaborative, independent, online or custom
        #[arg(long, value_name = "KIND", default_value = "custom")]
        kind: String,
        /// Most students at once (none: no limit)
        #[arg(long, value_name = "N")]
        capacity: Option<u32>,
    },
}

/// `waypoint rotation`.
#[derive(Debug, Args)]
pub struct RotationArgs {
    /// The group set's id (from `waypoint groups --save`)
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    group_set: String,
    /// The stations' ids in order, comma-separated (see `waypoint stations list`)
    #[arg(long, value_name = "ID,ID,...")]
    stations: String,
}

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl GroupsArgs {
    fn request(&self, db: &Db) -> Result<GroupRequest, Failure> {
        let grid = evidence::mastery_grid(db.conn(), parse_id(&self.class)?)?;
        let competency_ids = list(&self.competency)
            .iter()
            .map(|code| {
                grid.competencies
                    .iter()
                    .find(|c| c.code == *code)
                    .map(|c| c.id.to_string())
                    .ok_or_else(|| {
                        crate::failure::usage(
                            "competency",
                            format!(
                                "No competency with code {code} is in this class's frameworks."
                            ),
                        )
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let count = match (&self.groups, &self.size) {
            (Some(n), _) => GroupCount::Groups { count: *n },
            (None, Some(range)) => {
                let bad = || {
                    crate::failure::usage(
                        "size",
                        format!("--size is MIN-MAX, for example 3-5; \"{range}\" is not."),
                    )
                };
                let (min, max) = range.split_once('-').ok_or_else(bad)?;
                GroupCount::Size {
                    min: min.trim().parse().map_err(|_| bad())?,
                    max: max.trim().parse().map_err(|_| bad())?,
                }
            }
            (None, None) => GroupCount::Groups { count: 4 },
        };
        let mode = match self.mode.as_str() {
            "like" => GroupingMode::Like,
            "mixed" => GroupingMode::Mixed,
            other => {
                return Err(crate::failure::usage(
                    "mode",
                    format!("--mode is like or mixed; \"{other}\" is neither."),
                )
                .into());
            }
        };
        let apart = self
            .apart
            .iter()
            .map(|pair| match list(pair).as_slice() {
                [a, b] => Ok((a.clone(), b.clone())),
                _ => Err(crate::failure::usage(
                    "apart",
                    format!("--apart takes two student ids, A,B; \"{pair}\" is not two."),
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(GroupRequest {
            competency_ids,
            count,
            mode,
            constraints: Constraints {
                apart,
                together: self.together.iter().map(|t| list(t)).collect(),
                teacher_led: self.teacher.as_deref().map(list).unwrap_or_default(),
                absent: self.absent.as_deref().map(list).unwrap_or_default(),
            },
            seed: self.seed,
            keep: Vec::new(),
            by_readiness: false,
            group_word: "Group".into(),
        })
    }
}

/// Suggests groups, and saves them when `--save DAY` is given.
pub fn run_groups(db: &mut Db, args: &GroupsArgs, json: bool) -> Result<(), Failure> {
    let request = args.request(db)?;
    let proposal = groups::suggest_groups(db.conn(), parse_id(&args.class)?, &request)?;
    let Some(date) = &args.save else {
        return crate::emit(json, &proposal, proposal_text);
    };
    let basis = GroupBasis {
        competency_ids: request.competency_ids.clone(),
        competency_codes: list(&args.competency),
        mode: args.mode.clone(),
        seed: args.seed,
    };
    let title = format!("Groups on {}", args.competency);
    let input = proposal.to_input(date, &title, basis);
    let set = groups::save_group_set(db, parse_id(&args.class)?, &input)?;
    crate::emit(json, &set, |s| {
        format!("Saved group set {} ({} groups).\n", s.id, s.groups.len())
    })
}

fn proposal_text(p: &GroupProposal) -> String {
    let mut out = String::new();
    for g in &p.groups {
        let lead = if g.teacher_led { " (teacher-led)" } else { "" };
        let focus = g
            .focus
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        out.push_str(&format!("{}{lead}: {focus}\n", g.name));
        for m in &g.members {
            out.push_str(&format!("  {:<28} {}\n", m.display_name, m.reason));
        }
    }
    if !p.absent.is_empty() {
        let names: Vec<&str> = p.absent.iter().map(|a| a.display_name.as_str()).collect();
        out.push_str(&format!("Absent: {}\n", names.join(", ")));
    }
    out
}

/// Lists or adds stations.
pub fn run_stations(db: &mut Db, command: &StationsCommand, json: bool) -> Result<(), Failure> {
    match command {
        StationsCommand::List { class } => {
            let stations = rotations::list_stations(db.conn(), parse_id(class)?, false)?;
            crate::emit(json, &stations, |list| {
                list.iter()
                    .map(|s| format!("{}  {:<24} {}\n", s.id, s.name, s.kind.label()))
                    .collect()
            })
        }
        StationsCommand::Add {
            class,
            name,
            kind,
            capacity,
        } => {
            let kind = match kind.as_str() {
                "teacher_led" | "collaborative" | "independent" | "online" | "custom" => {
                    StationKind::parse(kind)
                }
                other => {
                    return Err(crate::failure::usage(
                        "kind",
                        format!(
                            "--kind is teacher_led, collaborative, independent, online or custom; \"{other}\" is none of these."
                        ),
                    )
                    .into());
                }
            };
            let input = StationInput {
                name: name.clone(),
                kind,
                capacity: *capacity,
                materials: String::new(),
                instructions: String::new(),
            };
            let station = rotations::create_station(db, parse_id(class)?, &input)?;
            crate::emit(json, &station, |s| {
                format!("Added station {} ({}).\n", s.name, s.id)
            })
        }
    }
}

/// Prints the plan the rotation rule makes (nothing is saved).
pub fn run_rotation(db: &Db, args: &RotationArgs, json: bool) -> Result<(), Failure> {
    let plan =
        rotations::preview_rotation(db.conn(), parse_id(&args.group_set)?, &list(&args.stations))?;
    crate::emit(json, &plan, plan_text)
}

fn plan_text(p: &RotationPreview) -> String {
    let name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| p.stations.iter().find(|s| &s.id == id))
            .map_or("—".to_owned(), |s| s.name.clone())
    };
    let mut out = String::new();
    for (r, round) in p.cells.iter().enumerate() {
        out.push_str(&format!("Round {}\n", r + 1));
        for (g, cell) in round.iter().enumerate() {
            out.push_str(&format!("  {:<16} {}\n", p.groups[g].name, name(cell)));
        }
    }
    out.push_str(&p.rule.to_string());
    out
}
