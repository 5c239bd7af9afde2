//! `waypoint demo`: the demo class, or with `--scale year` a school year of demo data
//! (optionally as several co-teaching laptops' databases that have synced).

use std::path::PathBuf;
use std::time::Instant;

use clap::{Args, ValueEnum};
use waypoint_core::demo::year::{YearSize, plan_year};
use waypoint_store::demo_year::{YearSummary, load_demo_year};
use waypoint_store::{Db, roster};
use waypoint_sync::team_year::{TEAM_SIZES, laptop_path, write_team_year};

use crate::failure::Failure;
use crate::{emit, render};

/// How much demo data to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Scale {
    /// One class of 24 students with five weeks of work
    Class,
    /// A school year: 5 sections of 30, two frameworks of 80 competencies, about 45,000
    /// pieces of evidence, goals, reflections, conferences, 300 portfolio images, 40 group
    /// sets with rotations, activities and playlists
    Year,
}

/// `waypoint demo` options.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How much to make
    #[arg(long, value_enum, default_value = "class")]
    scale: Scale,
    /// The year's random seed: the same seed (and day) gives the same year
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Sections in the year (with --scale year)
    #[arg(long, value_name = "N", default_value_t = YearSize::YEAR.sections)]
    sections: usize,
    /// Students per section (with --scale year)
    #[arg(long, value_name = "N", default_value_t = YearSize::YEAR.students_per_section)]
    students: usize,
    /// The year's last day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
    /// Write the year as N co-teaching laptops' databases that have synced (2 to 6, with
    /// --scale year): laptop 1 is --db, laptop k is <stem>-laptop-k/<file> beside it
    #[arg(long, value_name = "N")]
    team: Option<usize>,
}

/// Runs `waypoint demo`.
pub fn run(args: &DemoArgs, path: PathBuf, json: bool) -> Result<(), Failure> {
    if let Some(team) = args.team {
        if args.scale != Scale::Year {
            return Err(crate::failure::usage(
                "team",
                "--team writes a school year as several laptops: use it with --scale year.",
            )
            .into());
        }
        if !TEAM_SIZES.contains(&team) {
            return Err(crate::failure::usage(
                "team",
                format!(
                    "--team must be from {} to {} laptops, not {team}.",
                    TEAM_SIZES.start(),
                    TEAM_SIZES.end()
                ),
            )
            .into());
        }
    }
    match args.scale {
        Scale::Class => {
            let class = roster::load_demo_class(&mut Db::open(&path)?)?;
            emit(json, &class, render::demo_created)
        }
        Scale::Year => {
            if args.sections == 0 || args.students == 0 {
                return Err(crate::failure::usage(
                    "sections",
                    "--sections and --students must be at least 1.",
                )
                .into());
            }
            let today = match &args.today {
                Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                    Failure::from(crate::failure::usage(
                        "today",
                        "--today must be a date, YYYY-MM-DD.",
                    ))
                })?,
                None => chrono::Local::now().date_naive(),
            };
            let started = Instant::now();
            let plan = plan_year(
                YearSize::scaled(args.sections, args.students),
                args.seed,
                today,
            )?;
            if let Some(team) = args.team {
                let mut laptops = (1..=team)
                    .map(|k| Db::open(&laptop_path(&path, k)))
                    .collect::<Result<Vec<_>, _>>()?;
                let now_ms = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_millis() as u64)
                    .unwrap_or(0);
                let summary = write_team_year(&mut laptops, &plan, now_ms)?;
                let seconds = started.elapsed().as_secs_f64();
                return emit(json, &summary, |s| render::demo_team_created(s, seconds));
            }
            let summary: YearSummary = load_demo_year(&mut Db::open(&path)?, &plan)?;
            let seconds = started.elapsed().as_secs_f64();
            emit(json, &summary, |s| render::demo_year_created(s, seconds))
        }
    }
}
