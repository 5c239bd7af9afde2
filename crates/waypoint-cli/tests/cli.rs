//! The `waypoint` binary, driven as a script or a teacher would drive it: real process,
//! real SQLite file, one fresh temporary database per test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde_json::Value;
use tempfile::TempDir;

/// A temporary home for one test: its database, and a data directory standing in for the
/// OS one so that even a bug that ignored `--db` could not touch the real app's data.
struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new() -> Result<Self> {
        Ok(Sandbox {
            dir: tempfile::tempdir().context("creating a temp dir")?,
        })
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("test.sqlite3")
    }

    fn xdg_data_home(&self) -> PathBuf {
        self.dir.path().join("xdg-data")
    }

    /// Runs `waypoint --db <sandbox db> <args>`.
    fn run(&self, args: &[&str]) -> Result<Output> {
        let db = self.db();
        let db = db.to_str().context("the temp path is UTF-8")?;
        self.run_exactly(&[&["--db", db], args].concat())
    }

    /// Runs `waypoint <args>` with nothing added, for tests about where options go.
    fn run_exactly(&self, args: &[&str]) -> Result<Output> {
        self.command(args)
            .output()
            .context("running the waypoint binary")
    }

    /// `waypoint <args>`, not yet started, kept away from the real app's data directory.
    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_waypoint"));
        command
            .args(args)
            .env("XDG_DATA_HOME", self.xdg_data_home());
        command
    }

    /// Runs `waypoint --db <db> <args>` on another database in the sandbox.
    fn run_on(&self, db: &Path, args: &[&str]) -> Result<Output> {
        self.run_exactly(&[&["--db", utf8(db)?], args].concat())
    }

    /// A path in the sandbox's folder, beside its database.
    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `dump --canonical` of the sandbox database: the bytes two laptops are compared by.
    fn dump(&self) -> Result<Vec<u8>> {
        self.dump_of(&self.db())
    }

    /// `dump --canonical` of the database at `db`, which must succeed.
    fn dump_of(&self, db: &Path) -> Result<Vec<u8>> {
        let out = self.run_on(db, &["dump", "--canonical"])?;
        anyhow::ensure!(
            out.status.success(),
            "`waypoint dump --canonical` of {} failed: {}",
            db.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        Ok(out.stdout)
    }

    /// Runs a command that must succeed and returns its stdout parsed as JSON.
    fn json(&self, args: &[&str]) -> Result<Value> {
        let out = self.run(args)?;
        anyhow::ensure!(
            out.status.success(),
            "`waypoint {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).with_context(|| {
            format!(
                "`waypoint {}` must print valid JSON; got {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Loads the demo class and returns its id.
    fn demo_class_id(&self) -> Result<String> {
        let class = self.json(&["demo", "--json"])?;
        class["id"]
            .as_str()
            .map(str::to_owned)
            .context("demo --json must include the class id")
    }

    fn students(&self, class_id: &str) -> Result<Vec<Value>> {
        let list = self.json(&["students", "list", "--class", class_id, "--json"])?;
        list.as_array()
            .cloned()
            .context("students list --json must be an array")
    }
}

/// A temp path as the UTF-8 text a command line takes.
fn utf8(path: &Path) -> Result<&str> {
    path.to_str().context("temp paths are UTF-8")
}

/// The one line a failed command writes to stderr.
fn the_one_stderr_line(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.lines().count(),
        1,
        "a failure must be exactly one stderr line, so scripts and teachers see just the reason: {stderr:?}"
    );
    stderr.trim_end().to_owned()
}

#[test]
fn demo_creates_a_class_of_24_students() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.json(&["demo", "--json"])?;
    assert_eq!(
        class["studentCount"], 24,
        "demo --json reports the class it made, with its student count"
    );
    let class_id = class["id"].as_str().context("the demo class has an id")?;
    let students = sandbox.students(class_id)?;
    assert_eq!(
        students.len(),
        24,
        "the demo class is the 24-student sample teachers try the app with"
    );
    assert!(
        students.iter().all(|s| s["classId"] == class_id),
        "every listed student must belong to the class asked for"
    );
    Ok(())
}

#[test]
fn classes_list_json_is_an_array_holding_the_demo_class() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let classes = sandbox.json(&["classes", "list", "--json"])?;
    let classes = classes
        .as_array()
        .context("classes list --json must be an array, even for one class")?;
    assert_eq!(
        classes.len(),
        1,
        "a fresh database plus the demo holds exactly one class"
    );
    assert_eq!(
        classes[0]["id"], class_id,
        "the listed class must be the one demo made"
    );
    assert_eq!(
        classes[0]["studentCount"], 24,
        "scripts read the student count from the list"
    );
    Ok(())
}

#[test]
fn an_added_student_is_listed() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let added = sandbox.json(&[
        "students",
        "add",
        "--class",
        &class_id,
        "--given",
        " Alejandro ",
        "--family",
        "Zuñiga",
        "--preferred",
        "Alex",
        "--birth-date",
        "2014-03-09",
        "--json",
    ])?;
    assert!(
        added.is_object(),
        "students add --json prints the one student it made"
    );
    assert_eq!(
        added["givenName"], "Alejandro",
        "names are stored trimmed, as the app stores them"
    );
    assert_eq!(
        added["displayName"], "Alex Zuñiga",
        "the preferred name is what the app shows"
    );
    let students = sandbox.students(&class_id)?;
    assert_eq!(
        students.len(),
        25,
        "the new student joins the 24 demo students"
    );
    assert!(
        students.iter().any(|s| s["id"] == added["id"]
            && s["birthDate"] == "2014-03-09"
            && s["familyName"] == "Zuñiga"),
        "the added student must be listed with what was typed"
    );
    Ok(())
}

#[test]
fn students_purge_erases_a_student_from_the_database_file_and_the_next_bundle() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let added = sandbox.json(&[
        "students", "add", "--class", &class_id, "--given", "Zyxwerth", "--family", "Quolmbaq",
        "--json",
    ])?;
    let id = added["id"].as_str().context("the added student's id")?;
    let out = sandbox.run(&["students", "purge", id])?;
    assert!(
        out.status.success(),
        "purge: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8(out.stdout)?.starts_with("Erased student"),
        "the purge says what it did"
    );
    let holds = |bytes: &[u8]| bytes.windows(8).any(|w| w == b"Quolmbaq");
    for suffix in ["", "-wal"] {
        let file = PathBuf::from(format!("{}{suffix}", sandbox.db().display()));
        if file.exists() {
            assert!(
                !holds(&std::fs::read(&file)?),
                "{} holds no trace of the purged student",
                file.display()
            );
        }
    }
    let bundle = sandbox.file("next.bundle");
    let export = sandbox.run(&["export", "--plain", "--out", utf8(&bundle)?])?;
    assert!(export.status.success(), "the next bundle is written");
    assert!(
        !holds(&std::fs::read(&bundle)?),
        "the next bundle carries no trace of the purged student"
    );
    let listed = sandbox.json(&[
        "students",
        "list",
        "--class",
        &class_id,
        "--archived",
        "--json",
    ])?;
    assert!(
        listed
            .as_array()
            .is_some_and(|a| a.iter().all(|s| s["id"] != added["id"])),
        "the purged student is listed nowhere, not even with archived ones"
    );
    let unknown = sandbox.run(&["students", "purge", "0190f5c2-0000-7000-8000-000000000000"])?;
    assert_eq!(
        unknown.status.code(),
        Some(1),
        "an id that names no student fails (exit 1): {}",
        String::from_utf8_lossy(&unknown.stderr)
    );
    Ok(())
}

#[test]
fn human_output_is_an_aligned_table_with_ids_and_names() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let out = sandbox.run(&["students", "list", "--class", &class_id])?;
    assert!(out.status.success(), "listing the demo class must succeed");
    let text = String::from_utf8(out.stdout).context("output is UTF-8")?;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 25, "a header line plus one line per student");
    assert!(
        lines[0].starts_with("ID ") && lines[0].contains("FAMILY NAME"),
        "the header names the columns: {}",
        lines[0]
    );
    let family_column = |line: &str| line.chars().skip(38).take(1).collect::<String>();
    assert!(
        lines[1..].iter().all(|l| family_column(l) != " "),
        "every family name starts in the same column, after the 36-character id:\n{text}"
    );
    let students = sandbox.students(&class_id)?;
    let first = &students[0];
    assert!(
        lines[1].starts_with(first["id"].as_str().unwrap_or("?")),
        "rows come in the store's order and start with the id a teacher passes to other commands"
    );
    Ok(())
}

#[test]
fn a_blank_given_name_is_one_clear_line_and_adds_nothing() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let out = sandbox.run(&[
        "students", "add", "--class", &class_id, "--given", "  ", "--family", "Ruiz",
    ])?;
    assert_eq!(
        out.status.code(),
        Some(2),
        "invalid input exits 2, as --help documents"
    );
    assert_eq!(
        the_one_stderr_line(&out),
        "waypoint: Given name can't be blank.",
        "the line names the field and what is wrong with it"
    );
    assert!(
        out.stdout.is_empty(),
        "a failed add must not print a student"
    );
    assert_eq!(
        sandbox.students(&class_id)?.len(),
        24,
        "a rejected student must not be stored"
    );
    Ok(())
}

#[test]
fn an_unknown_class_id_is_one_not_found_line() -> Result<()> {
    let sandbox = Sandbox::new()?;
    sandbox.demo_class_id()?;
    let missing = "01900000-0000-7000-8000-000000000000";
    for args in [
        vec!["students", "list", "--class", missing],
        vec![
            "students", "add", "--class", missing, "--given", "Ana", "--family", "Ruiz",
        ],
    ] {
        let out = sandbox.run(&args)?;
        assert_eq!(
            out.status.code(),
            Some(1),
            "`{}` names nothing, which is a failure, not a crash",
            args.join(" ")
        );
        assert_eq!(
            the_one_stderr_line(&out),
            format!("waypoint: No class with id {missing} exists; it may have been deleted."),
            "the line says which id was not found"
        );
    }
    let out = sandbox.run(&["students", "list", "--class", "not-an-id"])?;
    assert!(
        the_one_stderr_line(&out).contains("not-an-id"),
        "a malformed id is reported as not found, naming it"
    );
    Ok(())
}

#[test]
fn a_10000_character_name_is_rejected() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let long = "x".repeat(10_000);
    let out = sandbox.run(&[
        "students", "add", "--class", &class_id, "--given", "Ana", "--family", &long,
    ])?;
    assert_eq!(
        out.status.code(),
        Some(2),
        "a too-long name is invalid input"
    );
    let line = the_one_stderr_line(&out);
    assert!(
        line.starts_with("waypoint: Family name is too long") && line.len() < 200,
        "the error names the field and does not echo 10,000 characters: {line}"
    );
    assert_eq!(sandbox.students(&class_id)?.len(), 24, "nothing is stored");
    Ok(())
}

#[test]
fn a_bad_birth_date_is_rejected() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let out = sandbox.run(&[
        "students",
        "add",
        "--class",
        &class_id,
        "--given",
        "Ana",
        "--family",
        "Ruiz",
        "--birth-date",
        "2014-02-30",
    ])?;
    assert_eq!(
        out.status.code(),
        Some(2),
        "an impossible date is invalid input"
    );
    assert!(
        the_one_stderr_line(&out).contains("Birth date"),
        "the error names the field"
    );
    Ok(())
}

#[test]
fn global_options_work_before_and_after_the_subcommand() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class_id = sandbox.demo_class_id()?;
    let db = sandbox.db();
    let db = db.to_str().context("the temp path is UTF-8")?;
    let before = sandbox.run_exactly(&["--db", db, "--json", "classes", "list"])?;
    let after = sandbox.run_exactly(&["classes", "list", "--json", "--db", db])?;
    for out in [&before, &after] {
        assert!(
            out.status.success(),
            "--db and --json are accepted on either side of the subcommand: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let classes: Value = serde_json::from_slice(&out.stdout)
            .context("--json must print JSON wherever it is written")?;
        assert_eq!(
            classes[0]["id"], class_id,
            "--db must select the sandbox database wherever it is written"
        );
    }
    Ok(())
}

#[test]
fn listing_a_missing_database_fails_without_creating_it() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let out = sandbox.run(&["classes", "list"])?;
    assert_eq!(
        out.status.code(),
        Some(1),
        "a mistyped --db path must not look like an empty database"
    );
    assert!(
        the_one_stderr_line(&out).contains("no database"),
        "the line says what is wrong"
    );
    assert!(
        !sandbox.db().exists(),
        "a read-only command must not create a database"
    );
    Ok(())
}

#[test]
fn archived_widens_the_list_rather_than_filtering_it() -> Result<()> {
    let sandbox = Sandbox::new()?;
    sandbox.demo_class_id()?;
    let with_archived = sandbox.json(&["classes", "list", "--archived", "--json"])?;
    assert_eq!(
        with_archived.as_array().map(Vec::len),
        Some(1),
        "--archived adds archived classes to the list; it must not hide the active ones"
    );
    Ok(())
}

#[test]
fn the_app_database_is_never_touched() -> Result<()> {
    let sandbox = Sandbox::new()?;
    sandbox.demo_class_id()?;
    sandbox.json(&["classes", "list", "--json"])?;
    assert!(
        sandbox.db().is_file(),
        "the commands must write to the --db file"
    );
    assert!(
        !sandbox.xdg_data_home().exists(),
        "with --db given, nothing may be written to the app's data directory"
    );
    Ok(())
}

#[test]
fn help_documents_the_exit_statuses() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let out = sandbox.run(&["--help"])?;
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "--help succeeds");
    assert!(
        help.contains("Exit status") && help.contains("2  invalid input"),
        "scripts need to know what the exit statuses mean: {help}"
    );
    Ok(())
}

#[test]
fn mastery_prints_the_decaying_average_with_its_label() -> Result<()> {
    let sandbox = Sandbox::new()?;
    // Canvas's published 1,2,3,4,5 at 65% gives 4.47; on the 0-4 scale the same steps are
    // 0,1,2,3,4, and since the weights add up to 1 the result is 1 lower: 3.47.
    let out = sandbox.run_exactly(&[
        "mastery",
        "--method",
        "decaying_average",
        "--scores",
        "0,1,2,3,4",
    ])?;
    assert!(
        out.status.success(),
        "a valid calculation succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "3.47  Proficient\n",
        "the level to 2 decimals, two spaces, then the default scale's label"
    );
    assert!(
        !sandbox.xdg_data_home().exists(),
        "mastery is pure arithmetic and must not create or even look for a database"
    );
    Ok(())
}

#[test]
fn mastery_power_law_with_two_scores_is_no_result() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let out = sandbox.run_exactly(&["mastery", "--method", "power_law", "--scores", "2,3"])?;
    assert!(
        out.status.success(),
        "too little evidence is an answer, not a failure"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "no result: Not enough evidence: power law needs at least 3 scores; has 2.\n",
        "the reason says what the method needs"
    );
    Ok(())
}

#[test]
fn mastery_json_has_the_documented_shape() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let value = sandbox.json(&[
        "mastery",
        "--method",
        "decaying_average",
        "--scores",
        "0, 1, 2, 3, 4",
        "--json",
    ])?;
    assert_eq!(
        value,
        serde_json::json!({
            "method": "decaying_average",
            "param": 0.65,
            "scores": [0.0, 1.0, 2.0, 3.0, 4.0],
            "level": 3.47,
            "noResult": null,
            "label": "Proficient",
        }),
        "scripts read the method, its parameter (the default here), the scores and the result"
    );
    let none = sandbox.json(&[
        "mastery",
        "--method",
        "n_mastery",
        "--param",
        "2",
        "--threshold",
        "3.5",
        "--scores",
        "3.5,2",
        "--json",
    ])?;
    assert_eq!(
        (&none["level"], &none["label"]),
        (&Value::Null, &Value::Null),
        "no result is null level and label: {none}"
    );
    assert_eq!(
        none["noResult"], "No result yet: needs 2 scores at or above 3.5 (Proficient+); has 1.",
        "--threshold moves the bar n_mastery counts against"
    );
    Ok(())
}

#[test]
fn mastery_rejects_bad_input_with_one_line_and_exit_2() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let cases: &[(&[&str], &str)] = &[
        (
            &["--method", "median", "--scores", "1,2"],
            "There is no method called \"median\"; use one of: highest, latest, average, weighted_average, decaying_average, n_mastery, power_law.",
        ),
        (
            &[
                "--method",
                "decaying_average",
                "--param",
                "1.5",
                "--scores",
                "1",
            ],
            "The decay rate must be more than 0 and at most 1",
        ),
        (
            &["--method", "highest", "--param", "0.5", "--scores", "1"],
            "takes no parameter",
        ),
        (
            &[
                "--method",
                "weighted_average",
                "--param",
                "lots",
                "--scores",
                "1",
            ],
            "--param",
        ),
        (
            &["--method", "latest", "--scores", "1,two,3"],
            "Score 2 in --scores must be a number; \"two\" is not.",
        ),
        (
            &["--method", "latest", "--scores", "1,-1"],
            "Score 2 in --scores (-1) is off the scale, which runs from 0 to 4.",
        ),
        (
            &["--method", "latest", "--scores", "1,,2"],
            "Score 2 in --scores is blank.",
        ),
        (&["--method", "latest", "--scores", "4.5"], "off the scale"),
        (
            &["--method", "latest", "--scores", "1", "--threshold", "2.75"],
            "The mastery threshold must be one of the scale's level values",
        ),
    ];
    for (args, expected) in cases {
        let out = sandbox.run_exactly(&[&["mastery"], *args].concat())?;
        assert_eq!(
            out.status.code(),
            Some(2),
            "`mastery {}` is invalid input, which exits 2",
            args.join(" ")
        );
        let line = the_one_stderr_line(&out);
        assert!(
            line.starts_with("waypoint: ") && line.contains(expected),
            "the line names the problem ({expected}): {line}"
        );
        assert!(out.stdout.is_empty(), "nothing is printed on stdout");
    }
    Ok(())
}

const SAMPLE_CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/case/sample-math-6.json"
);
const CYCLE_CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../waypoint-core/tests/fixtures/case/cycle.json"
);

#[test]
fn case_import_prints_counts_attaches_and_updates_in_place_on_reimport() -> Result<()> {
    let sb = Sandbox::new()?;
    let class_id = sb.demo_class_id()?;
    let out = sb.run(&["case-import", SAMPLE_CASE, "--class", &class_id])?;
    assert!(
        out.status.success(),
        "import succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout)?;
    // The demo class already uses the sample framework, so this import finds it in place.
    assert!(
        text.starts_with("Updated \"Waypoint Sample Math, Grade 6\""),
        "a second import of the same package updates it: {text}"
    );
    assert!(text.contains("0 created"), "nothing is duplicated: {text}");
    let report = sb.json(&["case-import", SAMPLE_CASE, "--json"])?;
    assert_eq!(report["created"], 0, "a re-import creates no node");
    assert_eq!(
        report["unchanged"], 21,
        "all 21 items are already as the file has them"
    );
    Ok(())
}

#[test]
fn case_import_refuses_a_loop_with_one_line_and_exit_2() -> Result<()> {
    let sb = Sandbox::new()?;
    let out = sb.run(&["case-import", CYCLE_CASE])?;
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad file is input the user can fix"
    );
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(err.lines().count(), 1, "exactly one stderr line: {err}");
    assert!(
        err.contains("loops back on itself"),
        "the loop is named: {err}"
    );
    Ok(())
}

#[test]
fn dump_canonical_is_the_same_for_a_copy_and_refuses_a_missing_database() -> Result<()> {
    let sb = Sandbox::new()?;
    let missing = sb.run(&["dump", "--canonical"])?;
    assert_eq!(
        missing.status.code(),
        Some(1),
        "no database: nothing to dump"
    );
    sb.demo_class_id()?;
    let first = sb.run(&["dump", "--canonical"])?;
    assert!(
        first.status.success(),
        "dump succeeds: {}",
        String::from_utf8_lossy(&first.stderr)
    );
    let copy = sb.dir.path().join("copy.sqlite3");
    std::fs::copy(sb.db(), &copy)?;
    let copied = sb.run_exactly(&[
        "--db",
        copy.to_str().context("UTF-8")?,
        "dump",
        "--canonical",
    ])?;
    assert_eq!(
        first.stdout, copied.stdout,
        "the same ops give the same bytes"
    );
    let dump: Value = serde_json::from_slice(&first.stdout)?;
    assert_eq!(
        dump["student"].as_array().map(Vec::len),
        Some(24),
        "the demo's students are in the dump"
    );
    Ok(())
}

#[test]
fn export_then_import_hands_everything_over_once_and_refuses_a_damaged_bundle() -> Result<()> {
    let from = Sandbox::new()?;
    let class_id = from.demo_class_id()?;
    let bundle = from.dir.path().join("handoff.json");
    let bundle_arg = bundle.to_str().context("UTF-8")?;
    let refused = from.run(&["export", "--out", bundle_arg])?;
    assert_eq!(
        refused.status.code(),
        Some(2),
        "without --plain nothing is written"
    );
    assert!(!bundle.exists(), "a refused export leaves no file");
    let out = from.run(&["export", "--out", bundle_arg, "--plain"])?;
    assert!(
        out.status.success(),
        "export: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let to = Sandbox::new()?;
    let first = to.run(&["import", bundle_arg, "--receive-class", &class_id])?;
    assert!(
        first.status.success(),
        "import: {}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        String::from_utf8(first.stdout)?.contains("new changes"),
        "the count of new changes is printed"
    );
    let again = to.run(&["import", bundle_arg])?;
    assert!(
        String::from_utf8(again.stdout)?.starts_with("Nothing new"),
        "the same bundle twice brings nothing"
    );
    assert_eq!(
        from.run(&["dump", "--canonical"])?.stdout,
        to.run(&["dump", "--canonical"])?.stdout,
        "both databases hold the same state"
    );

    let undo = to.run(&["undo-import"])?;
    assert!(
        undo.status.success(),
        "undo: {}",
        String::from_utf8_lossy(&undo.stderr)
    );
    let after_undo: Value = serde_json::from_slice(&to.run(&["dump", "--canonical"])?.stdout)?;
    assert_eq!(
        after_undo["student"].as_array().map(Vec::len),
        Some(0),
        "undo takes the import back out"
    );
    let nothing = to.run(&["undo-import"])?;
    assert_eq!(
        nothing.status.code(),
        Some(1),
        "a second undo has nothing to undo"
    );

    let mut bytes = std::fs::read(&bundle)?;
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x04;
    std::fs::write(&bundle, &bytes)?;
    let damaged = to.run(&["import", bundle_arg])?;
    assert_eq!(
        damaged.status.code(),
        Some(2),
        "a damaged bundle is bad input"
    );
    let err = String::from_utf8(damaged.stderr)?;
    assert_eq!(err.lines().count(), 1, "one stderr line: {err}");
    assert!(
        err.contains("Nothing was imported"),
        "the teacher is told nothing changed: {err}"
    );
    Ok(())
}

/// The first bytes of every age file: an encrypted bundle.
const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// Writes a class passphrase file (the passphrase on its first line, as a teacher saves it).
fn passphrase_file(path: PathBuf, passphrase: &str) -> Result<PathBuf> {
    std::fs::write(&path, format!("{passphrase}\n")).context("writing a passphrase file")?;
    Ok(path)
}

/// Creates an empty database at `db`, as a fresh install of the app would, so that its dump
/// can be compared before and after refused imports.
fn empty_database(db: &Path) -> Result<()> {
    waypoint_store::Db::open(db).context("creating an empty database")?;
    Ok(())
}

/// The only class `classes list --json` shows: its id and its name.
fn only_class(sandbox: &Sandbox) -> Result<(String, String)> {
    let classes = sandbox.json(&["classes", "list", "--json"])?;
    let class = &classes[0];
    anyhow::ensure!(
        classes.as_array().map(Vec::len) == Some(1),
        "expected one class: {classes}"
    );
    Ok((
        class["id"].as_str().context("a class id")?.to_owned(),
        class["name"].as_str().context("a class name")?.to_owned(),
    ))
}

/// Asserts that a command was refused as bad input (exit 2) with one stderr line holding
/// every one of `expected`, printed nothing, and returns that line.
fn refused(out: &Output, expected: &[&str], why: &str) -> String {
    assert_eq!(
        out.status.code(),
        Some(2),
        "{why}: refused as input the teacher can fix (exit 2); stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = the_one_stderr_line(out);
    for part in expected {
        assert!(
            line.contains(part),
            "{why}: the line must say {part:?}: {line}"
        );
    }
    assert!(
        out.stdout.is_empty(),
        "{why}: a refused command prints no result"
    );
    line
}

#[test]
fn an_encrypted_handoff_opens_only_with_the_passphrase_and_the_class_chosen() -> Result<()> {
    let a = Sandbox::new()?;
    a.demo_class_id()?;
    let (class_id, class_name) = only_class(&a)?;
    let pass = passphrase_file(a.file("class.pass"), "correct horse battery")?;
    let wrong = passphrase_file(a.file("wrong.pass"), "correct horse battery staple")?;
    let (pass, wrong) = (utf8(&pass)?, utf8(&wrong)?);
    let bundle = a.file("handoff.bundle");
    let bundle = utf8(&bundle)?;
    let out = a.run(&[
        "export",
        "--out",
        bundle,
        "--passphrase-file",
        pass,
        "--label",
        "Ms. A",
    ])?;
    assert!(
        out.status.success(),
        "an encrypted export succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sealed = std::fs::read(bundle)?;
    assert!(
        sealed.starts_with(AGE_HEADER),
        "with --passphrase-file the file is an age file, safe on a lost USB stick"
    );
    let family = a.students(&class_id)?[0]["familyName"]
        .as_str()
        .context("a family name")?
        .to_owned();
    let visible = String::from_utf8_lossy(&sealed);
    assert!(
        !visible.contains(&class_name) && !visible.contains(&family),
        "no class or student name may be readable in an encrypted bundle"
    );

    let b = Sandbox::new()?;
    empty_database(&b.db())?;
    let pristine = b.dump()?;
    let attempts: [(&[&str], &[&str], &str); 3] = [
        (
            &[],
            &["This bundle is encrypted", "Nothing was imported"],
            "an encrypted bundle without a passphrase",
        ),
        (
            &["--passphrase-file", wrong],
            &[
                "could not be opened with the class passphrase",
                "Nothing was imported",
            ],
            "a wrong passphrase",
        ),
        (
            &["--passphrase-file", pass],
            &[
                "holds a class you have not chosen to receive",
                &class_name,
                "Nothing was imported",
            ],
            "a class not chosen to receive",
        ),
    ];
    for (extra, expected, why) in attempts {
        let out = b.run(&[&["import", bundle], extra].concat())?;
        refused(&out, expected, why);
        assert_eq!(
            b.dump()?,
            pristine,
            "{why}: a refused import must leave the database byte for byte as it was"
        );
    }
    assert!(
        class_name.contains("demo"),
        "the refusal above named the demo class by its name: {class_name}"
    );

    let counts = b.json(&[
        "import",
        bundle,
        "--passphrase-file",
        pass,
        "--receive-class",
        &class_id,
        "--json",
    ])?;
    assert!(
        counts["new"].as_u64().is_some_and(|n| n > 0),
        "the right passphrase and the class chosen bring the class in: {counts}"
    );
    assert_eq!(
        counts["conflicts"], 0,
        "a first handoff into an empty laptop cannot conflict"
    );
    let handed_over = b.dump()?;
    assert_eq!(
        handed_over,
        a.dump()?,
        "after the handoff both laptops hold exactly the same state"
    );

    // The class is on this laptop now, so it needs choosing no more.
    let again = b.run(&["import", bundle, "--passphrase-file", pass])?;
    assert!(
        again.status.success(),
        "importing the same bundle again is harmless: {}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(
        String::from_utf8(again.stdout)?.starts_with("Nothing new"),
        "the same bundle twice brings nothing, and says so"
    );
    assert_eq!(
        b.dump()?,
        handed_over,
        "a second import of the same bundle changes nothing"
    );
    Ok(())
}

#[test]
fn export_needs_a_passphrase_or_plain_and_refuses_an_empty_passphrase() -> Result<()> {
    let sb = Sandbox::new()?;
    sb.demo_class_id()?;
    let out = sb.file("out.bundle");
    let out_arg = utf8(&out)?;
    refused(
        &sb.run(&["export", "--out", out_arg])?,
        &["--passphrase-file", "--plain"],
        "an export that says neither how to encrypt nor that it may be readable",
    );
    for (name, text) in [
        ("empty.pass", ""),
        ("newline.pass", "\n"),
        ("second-line.pass", "\ncorrect horse battery\n"),
    ] {
        let file = sb.file(name);
        std::fs::write(&file, text)?;
        refused(
            &sb.run(&[
                "export",
                "--out",
                out_arg,
                "--passphrase-file",
                utf8(&file)?,
            ])?,
            &["empty", name],
            &format!("a passphrase file whose first line is blank ({text:?})"),
        );
    }
    assert!(!out.exists(), "a refused export writes no file");
    Ok(())
}

/// The device id of the database, as the manifest of a plain export names its sender.
fn device_id(sandbox: &Sandbox) -> Result<String> {
    let scratch = sandbox.file("device-id.bundle");
    let manifest = sandbox.json(&["export", "--plain", "--out", utf8(&scratch)?, "--json"])?;
    std::fs::remove_file(&scratch)?;
    Ok(manifest["source"]["device"]
        .as_str()
        .context("the manifest names the sending device")?
        .to_owned())
}

/// Every name in the folder, sorted.
fn names_in(dir: &Path) -> Result<Vec<String>> {
    let mut names = std::fs::read_dir(dir)?
        .map(|e| Ok(e?.file_name().to_string_lossy().into_owned()))
        .collect::<Result<Vec<_>>>()?;
    names.sort();
    Ok(names)
}

#[test]
fn two_laptops_sync_through_a_folder_until_nothing_is_new() -> Result<()> {
    let (a, b) = (Sandbox::new()?, Sandbox::new()?);
    let shared = tempfile::tempdir()?;
    let folder = shared.path().join("usb-stick");
    std::fs::create_dir(&folder)?;
    let pass = passphrase_file(shared.path().join("class.pass"), "correct horse battery")?;
    let (folder_arg, pass) = (utf8(&folder)?, utf8(&pass)?);
    let sync = |sb: &Sandbox, label: &str, extra: &[&str]| {
        sb.json(
            &[
                &[
                    "sync-folder",
                    folder_arg,
                    "--passphrase-file",
                    pass,
                    "--label",
                    label,
                    "--json",
                ],
                extra,
            ]
            .concat(),
        )
    };
    let new = |report: &Value| report["totals"]["new"].as_u64();

    let class_id = a.demo_class_id()?;
    let a_first = sync(&a, "Ms. A", &[])?;
    assert_eq!(new(&a_first), Some(0), "an empty folder brings nothing");
    let a_file = format!("waypoint-{}.bundle", device_id(&a)?);
    assert_eq!(
        names_in(&folder)?,
        vec![a_file.clone()],
        "the first laptop leaves exactly its own file, named by its device id, and no temp file"
    );
    assert_eq!(
        a_first["wrote"],
        folder.join(&a_file).to_string_lossy().as_ref(),
        "the report says which file was written"
    );
    assert!(
        std::fs::read(folder.join(&a_file))?.starts_with(AGE_HEADER),
        "with a passphrase the file in the shared folder is encrypted"
    );

    let b_first = sync(&b, "Mr. B", &["--receive-class", &class_id])?;
    assert!(
        new(&b_first).is_some_and(|n| n > 0),
        "the second laptop takes in the first one's class: {b_first}"
    );
    assert_eq!(
        (&b_first["files"][0]["label"], &b_first["files"][0]["error"]),
        (&Value::from("Ms. A"), &Value::Null),
        "the report names whose file was read, and that it was imported: {b_first}"
    );
    assert_eq!(
        names_in(&folder)?.len(),
        2,
        "each laptop keeps one file in the folder"
    );
    assert_eq!(a.dump()?, b.dump()?, "after one round the laptops agree");

    let added = b.json(&[
        "students", "add", "--class", &class_id, "--given", "Zora", "--family", "Nakamura",
        "--json",
    ])?;
    let b_second = sync(&b, "Mr. B", &[])?;
    assert_eq!(
        new(&b_second),
        Some(0),
        "the first laptop's file has not changed: nothing new for the second"
    );
    let a_second = sync(&a, "Ms. A", &[])?;
    assert_eq!(
        new(&a_second),
        Some(1),
        "the one student added on the second laptop is the one new change: {a_second}"
    );
    assert!(
        a.students(&class_id)?
            .iter()
            .any(|s| s["id"] == added["id"] && s["givenName"] == "Zora"),
        "the student added on the second laptop is listed on the first"
    );
    let synced = a.dump()?;
    assert_eq!(
        synced,
        b.dump()?,
        "after the edit travels both laptops agree"
    );

    for (sb, label) in [(&a, "Ms. A"), (&b, "Mr. B")] {
        assert_eq!(
            new(&sync(sb, label, &[])?),
            Some(0),
            "with no edits anywhere, another sync brings nothing"
        );
    }
    assert_eq!(
        a.dump()?,
        synced,
        "syncing with nothing new changes nothing"
    );
    assert_eq!(b.dump()?, synced, "on either laptop");
    assert_eq!(
        names_in(&folder)?.len(),
        2,
        "rewriting its file never leaves a second copy or a temp file behind"
    );
    Ok(())
}

#[test]
fn a_sync_folder_that_is_not_there_is_one_line_and_exit_2() -> Result<()> {
    let sb = Sandbox::new()?;
    let missing = sb.file("unplugged-stick");
    let pass = passphrase_file(sb.file("class.pass"), "correct horse battery")?;
    let out = sb.run(&[
        "sync-folder",
        utf8(&missing)?,
        "--passphrase-file",
        utf8(&pass)?,
    ])?;
    refused(
        &out,
        &["The sync folder", "is not there", utf8(&missing)?],
        "a sync folder that does not exist (an unplugged stick)",
    );
    assert!(!missing.exists(), "the missing folder is not created");
    Ok(())
}

/// Hands everything `from` holds to `to` as a plain bundle: `export` then `import --json`,
/// which must succeed; returns the import's counts.
fn hand_over(from: &Sandbox, label: &str, to: &Sandbox, extra: &[&str]) -> Result<Value> {
    let bundle = from.file("handoff.json");
    let bundle = utf8(&bundle)?;
    let out = from.run(&["export", "--plain", "--out", bundle, "--label", label])?;
    anyhow::ensure!(
        out.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    to.json(&[&["import", bundle, "--json"], extra].concat())
}

/// Renames a student through the store's own use case: the CLI has no command to edit one.
fn rename_student(db: &Path, student: &Value, given: &str) -> Result<()> {
    let text = |key: &str| {
        student[key]
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("the student's {key}"))
    };
    let mut db = waypoint_store::Db::open(db)?;
    waypoint_store::roster::update_student(
        &mut db,
        &text("id")?,
        &waypoint_core::roster::StudentInput {
            given_name: given.to_owned(),
            family_name: text("familyName")?,
            preferred_name: text("preferredName")?,
            birth_date: text("birthDate")?,
        },
    )?;
    Ok(())
}

#[test]
fn one_student_renamed_on_two_laptops_is_one_conflict_on_both() -> Result<()> {
    let (a, b) = (Sandbox::new()?, Sandbox::new()?);
    let class_id = a.demo_class_id()?;
    hand_over(&a, "Ms. A", &b, &["--receive-class", &class_id])?;
    let student = a.students(&class_id)?[0].clone();
    rename_student(&a.db(), &student, "Alejandra")?;
    rename_student(&b.db(), &student, "Sasha")?;

    for (counts, to) in [
        (hand_over(&a, "Ms. A", &b, &[])?, "B"),
        (hand_over(&b, "Mr. B", &a, &[])?, "A"),
    ] {
        assert_eq!(
            (&counts["new"], &counts["conflicts"]),
            (&Value::from(1), &Value::from(1)),
            "into {to}: the other laptop's rename is the one new change, and it conflicts: {counts}"
        );
    }

    for (sb, other) in [(&a, "Mr. B"), (&b, "Ms. A")] {
        let list = sb.json(&["conflicts", "--json"])?;
        let list = list.as_array().context("conflicts --json is an array")?;
        assert_eq!(list.len(), 1, "one field renamed twice is one conflict");
        let conflict = &list[0];
        assert_eq!(
            (&conflict["table"], &conflict["rowId"], &conflict["field"]),
            (
                &Value::from("student"),
                &student["id"],
                &Value::from("given_name")
            ),
            "the conflict is on the student's given name: {conflict}"
        );
        let candidates = conflict["candidates"]
            .as_array()
            .context("a conflict lists its candidates")?;
        let mut values: Vec<&str> = candidates
            .iter()
            .filter_map(|c| c["value"].as_str())
            .collect();
        values.sort_unstable();
        assert_eq!(
            values,
            ["Alejandra", "Sasha"],
            "both names are kept, neither is silently lost"
        );
        let mut who: Vec<&str> = candidates
            .iter()
            .filter_map(|c| c["who"].as_str())
            .collect();
        who.sort_unstable();
        let mut expected_who = ["This laptop", other];
        expected_who.sort_unstable();
        assert_eq!(
            who, expected_who,
            "each name says who wrote it: this laptop, or the co-teacher by their label"
        );
        assert_eq!(
            candidates.iter().filter(|c| c["current"] == true).count(),
            1,
            "exactly one of the names is the one shown meanwhile"
        );

        let text = sb.run(&["conflicts"])?;
        let text = String::from_utf8(text.stdout)?;
        assert!(
            text.starts_with("1 open conflict:")
                && text.contains("\"Alejandra\"")
                && text.contains("\"Sasha\""),
            "the text lists the conflict with both names: {text}"
        );
    }
    assert_eq!(
        a.dump()?,
        b.dump()?,
        "both laptops show the same name and keep the same conflict"
    );
    Ok(())
}

/// Students added on top of the demo class for the import that gets killed: enough that a
/// debug build spends about a second importing them.
const BULK_STUDENTS: u64 = 20_000;
/// How many imports are killed.
const KILLS: u64 = 8;

/// Writes a database at `db` holding the demo class and [`BULK_STUDENTS`] more students,
/// in one transaction through the store (adding them one command at a time would take
/// minutes); returns the class id.
fn bulk_database(db: &Path) -> Result<String> {
    use waypoint_core::ids::StudentId;
    let mut db = waypoint_store::Db::open(db)?;
    let class_id = waypoint_store::roster::load_demo_class(&mut db)?
        .id
        .to_string();
    db.write(|w| {
        for i in 0..BULK_STUDENTS {
            let mut random = [0; 10];
            random[2..].copy_from_slice(&i.to_be_bytes());
            let id = StudentId::mint(w.wall_ms(), random).to_string();
            let mut fields = waypoint_core::roster::StudentInput {
                given_name: format!("Student {i}"),
                family_name: "Bulk".into(),
                preferred_name: String::new(),
                birth_date: "2014-09-01".into(),
            }
            .to_fields();
            fields.insert("class_id".into(), Value::from(class_id.as_str()));
            fields.insert("archived".into(), Value::from(false));
            w.set(&waypoint_core::roster::STUDENT, &id, fields)?;
        }
        Ok(())
    })?;
    Ok(class_id)
}

/// Copies the database file at `from` (and its write-ahead log, if one is left) to `to`:
/// a fresh receiving laptop for each run.
fn copy_database(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)?;
    let wal = |p: &Path| {
        let mut name = p.as_os_str().to_owned();
        name.push("-wal");
        PathBuf::from(name)
    };
    if wal(from).exists() {
        std::fs::copy(wal(from), wal(to))?;
    }
    Ok(())
}

/// The restore point the store is writing while an import runs: `<db>.before-import.new`.
/// It exists from the start of the restore-point copy until the import's transaction has
/// ended, so seeing it after a kill means the kill landed in one of them.
fn restore_point_in_progress(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".before-import.new");
    PathBuf::from(name)
}

/// Waits until `flag` exists or the child exits, polling; the time it took.
fn wait_for_file(flag: &Path, child: &mut std::process::Child) -> Result<Duration> {
    let start = Instant::now();
    while !flag.exists() && child.try_wait()?.is_none() {
        anyhow::ensure!(
            start.elapsed() < Duration::from_secs(60),
            "the import never started its restore point"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    Ok(start.elapsed())
}

/// SQLite's own check of every page and index of the database at `db`.
fn integrity_check(db: &Path) -> Result<String> {
    let conn = rusqlite::Connection::open(db)?;
    Ok(conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
}

/// A fixed-seed generator (splitmix64): the same delays on every run of the test.
fn next_fraction(state: &mut u64) -> f64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) as f64 / u64::MAX as f64
}

#[cfg(unix)]
#[test]
fn a_kill_at_any_moment_of_an_import_leaves_the_state_before_or_after_it() -> Result<()> {
    use std::os::unix::process::ExitStatusExt;
    let sb = Sandbox::new()?;
    let setup = Instant::now();
    let sender = sb.file("sender.sqlite3");
    let class_id = bulk_database(&sender)?;
    let big = sb.file("big.bundle");
    let big_arg = utf8(&big)?;
    let out = sb.run_on(&sender, &["export", "--plain", "--out", big_arg])?;
    assert!(
        out.status.success(),
        "the big bundle is exported: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The receiving laptop has a class of its own, so "before" is not an empty database.
    let pristine = sb.file("receiver.sqlite3");
    let out = sb.run_on(&pristine, &["demo"])?;
    assert!(out.status.success(), "the receiver gets its own demo class");
    let before = sb.dump_of(&pristine)?;
    let import = |db: &Path| -> Result<std::process::Child> {
        Ok(sb
            .command(&[
                "--db",
                utf8(db)?,
                "import",
                big_arg,
                "--receive-class",
                &class_id,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?)
    };

    // One import to the end, timed: until its restore point starts, and from then to exit.
    let full = sb.file("full.sqlite3");
    copy_database(&pristine, &full)?;
    let started = Instant::now();
    let mut child = import(&full)?;
    let until_restore_point = wait_for_file(&restore_point_in_progress(&full), &mut child)?;
    let finished = child.wait_with_output()?;
    let import_time = started.elapsed();
    assert!(
        finished.status.success(),
        "an import left alone completes: {}",
        String::from_utf8_lossy(&finished.stderr)
    );
    let then_to_exit = import_time.saturating_sub(until_restore_point);
    let after = sb.dump_of(&full)?;
    assert_ne!(after, before, "the import brings the bulk class in");
    eprintln!(
        "setup {:?}; import {import_time:?}, restore point after {until_restore_point:?}",
        setup.elapsed().saturating_sub(import_time)
    );

    let mut seed = 0x5EED_u64;
    let mut killed = 0;
    let mut rolled_back_mid_import = None;
    for run in 0..KILLS {
        let copy = sb.file(&format!("run-{run}.sqlite3"));
        copy_database(&pristine, &copy)?;
        let in_progress = restore_point_in_progress(&copy);
        let jitter = next_fraction(&mut seed);
        let mut child = import(&copy)?;
        // Each kill has its own slice of the import, at a pseudo-random point in it. The
        // first two slices are before the restore point (reading and checking the bundle,
        // opening the database); the third kill comes the moment the restore-point copy is
        // seen to begin, while it is being written; the rest are spread over the rest of the
        // import, which is mostly its transaction.
        let delay = match run {
            0 | 1 => until_restore_point.mul_f64((run as f64 + jitter) / 2.0),
            2 => {
                wait_for_file(&in_progress, &mut child)?;
                Duration::ZERO
            }
            _ => {
                wait_for_file(&in_progress, &mut child)?;
                let slices = (KILLS - 3) as f64;
                then_to_exit.mul_f64(((run - 3) as f64 + jitter) / slices * 0.95)
            }
        };
        std::thread::sleep(delay);
        // If it has already exited the kill does nothing; the status below says which.
        let _ = child.kill();
        let out = child.wait_with_output()?;
        let was_killed = out.status.signal() == Some(9);
        assert!(
            was_killed || out.status.success(),
            "run {run}: an import not killed must have completed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            integrity_check(&copy)?,
            "ok",
            "run {run}: a kill {delay:?} in must never corrupt the database"
        );
        let now = sb.dump_of(&copy)?;
        assert!(
            now == before || now == after,
            "run {run}: a kill {delay:?} in must leave exactly the state before the import or after it, never part of it"
        );
        if !was_killed {
            assert_eq!(
                now, after,
                "run {run}: a completed import brought everything"
            );
        }
        killed += u64::from(was_killed);
        if was_killed && in_progress.exists() && now == before {
            rolled_back_mid_import.get_or_insert(copy);
        }
    }
    eprintln!("{killed} of {KILLS} imports killed before they finished");
    let Some(interrupted) = rolled_back_mid_import else {
        panic!(
            "no kill landed inside the restore point or the import's transaction ({killed} of \
             {KILLS} were killed at all), so this run proved nothing about them"
        );
    };

    // The laptop whose import was killed half-way simply imports the bundle again.
    let retry = sb.run_on(
        &interrupted,
        &["import", big_arg, "--receive-class", &class_id],
    )?;
    assert!(
        retry.status.success(),
        "after a kill the same import runs again, despite the half-written restore point: {}",
        String::from_utf8_lossy(&retry.stderr)
    );
    assert_eq!(
        sb.dump_of(&interrupted)?,
        after,
        "the retried import brings everything"
    );
    let undo = sb.run_on(&interrupted, &["undo-import"])?;
    assert!(
        undo.status.success(),
        "the retried import can be undone: {}",
        String::from_utf8_lossy(&undo.stderr)
    );
    assert_eq!(
        sb.dump_of(&interrupted)?,
        before,
        "its restore point is the state before the import, not a half-done one"
    );
    Ok(())
}

#[test]
fn groups_are_formed_from_the_class_levels_the_same_way_for_the_same_seed() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let students = sandbox.students(&class)?;
    let (a, b) = (
        students[0]["id"].as_str().context("an id")?.to_owned(),
        students[1]["id"].as_str().context("an id")?.to_owned(),
    );
    let apart = format!("{a},{b}");
    let args = [
        "groups",
        "--class",
        &class,
        "--competency",
        "WPM.6.EE.A.6,WPM.6.EE.A.7",
        "--groups",
        "4",
        "--mode",
        "mixed",
        "--apart",
        &apart,
        "--seed",
        "9",
        "--json",
    ];
    let first = sandbox.json(&args)?;
    let groups = first["groups"].as_array().context("groups is an array")?;
    assert_eq!(groups.len(), 4, "--groups 4 gives four groups");
    let placed: Vec<&str> = groups
        .iter()
        .flat_map(|g| g["members"].as_array().into_iter().flatten())
        .filter_map(|m| m["studentId"].as_str())
        .collect();
    assert_eq!(
        placed.len(),
        24,
        "every demo student is placed exactly once"
    );
    let together = groups.iter().any(|g| {
        let ids: Vec<&str> = g["members"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m["studentId"].as_str())
            .collect();
        ids.contains(&a.as_str()) && ids.contains(&b.as_str())
    });
    assert!(
        !together,
        "--apart keeps the two students in different groups"
    );
    assert_eq!(
        sandbox.json(&args)?,
        first,
        "the same seed gives the same groups, byte for byte"
    );
    Ok(())
}

#[test]
fn groups_refuse_a_bad_mode_an_unknown_code_and_impossible_sizes_with_one_line() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let before = sandbox.dump()?;
    for (args, needle) in [
        (
            vec![
                "--competency",
                "WPM.6.EE.A.6",
                "--groups",
                "3",
                "--mode",
                "fast",
            ],
            "like or mixed",
        ),
        (vec!["--competency", "NOPE.1", "--groups", "3"], "NOPE.1"),
        (
            vec!["--competency", "WPM.6.EE.A.6", "--size", "13-15"],
            "13 to 15",
        ),
    ] {
        let out =
            sandbox.run(&[&["groups", "--class", class.as_str()], args.as_slice()].concat())?;
        assert_eq!(out.status.code(), Some(2), "bad input exits 2 ({args:?})");
        let line = the_one_stderr_line(&out);
        assert!(
            line.contains(needle),
            "the message names the problem: {line}"
        );
    }
    assert_eq!(sandbox.dump()?, before, "a refused grouping writes nothing");
    Ok(())
}

#[test]
fn a_saved_group_set_rotates_through_the_stations_by_the_rule() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let set = sandbox.json(&[
        "groups",
        "--class",
        &class,
        "--competency",
        "WPM.6.EE.A.6",
        "--groups",
        "4",
        "--save",
        "2026-11-24",
        "--json",
    ])?;
    let set_id = set["id"].as_str().context("the saved set has an id")?;
    let mut stations = Vec::new();
    for (name, kind) in [
        ("Online", "online"),
        ("Teacher", "teacher_led"),
        ("Pairs", "collaborative"),
        ("Solo", "independent"),
    ] {
        let s = sandbox.json(&[
            "stations",
            "add",
            "--class",
            &class,
            "--name",
            name,
            "--kind",
            kind,
            "--capacity",
            "8",
            "--json",
        ])?;
        stations.push(s["id"].as_str().context("a station id")?.to_owned());
    }
    let plan = sandbox.json(&[
        "rotation",
        "--group-set",
        set_id,
        "--stations",
        &stations.join(","),
        "--json",
    ])?;
    let cells = plan["cells"].as_array().context("cells is an array")?;
    assert_eq!(cells.len(), 4, "four stations make four rounds");
    for round in cells {
        let mut at: Vec<&str> = round
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str())
            .collect();
        at.sort_unstable();
        at.dedup();
        assert_eq!(
            at.len(),
            4,
            "each round puts the four groups at four stations"
        );
    }
    let teacher_group = plan["groups"]
        .as_array()
        .and_then(|g| g.iter().position(|g| g["teacherLed"] == true))
        .context("one group is teacher-led")?;
    assert_eq!(
        cells[0][teacher_group], stations[1],
        "the group that most needs the teacher starts at the teacher-led station"
    );
    Ok(())
}

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

/// A teacher with Period 2 and Period 4 shares Period 2 through a folder; her co-teacher
/// joins it. The co-teacher's laptop holds Period 2 only (not an id or a name of Period 4),
/// and an edit on each side merges after each syncs.
#[test]
fn sharing_one_class_carries_that_class_only_and_edits_merge_both_ways() -> Result<()> {
    let sb = Sandbox::new()?;
    let a = sb.file("a.sqlite3");
    let b = sb.file("b.sqlite3");
    let folder = sb.file("shared");
    std::fs::create_dir(&folder)?;
    let pass = sb.file("pass.txt");
    std::fs::write(&pass, "maple river lantern orbit velvet canyon\n")?;
    let json = |db: &Path, args: &[&str]| -> Result<Value> {
        let out = sb.run_on(db, &[args, &["--json"]].concat())?;
        anyhow::ensure!(
            out.status.success(),
            "`waypoint {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        Ok(serde_json::from_slice(&out.stdout)?)
    };
    let id = |v: &Value| v["id"].as_str().map(str::to_owned).context("an id");
    let p2 = id(&json(&a, &["classes", "add", "--name", "Period 2"])?)?;
    let p4 = id(&json(&a, &["classes", "add", "--name", "Period Four Xq"])?)?;
    let ana = id(&json(
        &a,
        &[
            "students", "add", "--class", &p2, "--given", "Ana", "--family", "Ruiz",
        ],
    )?)?;
    let hidden = id(&json(
        &a,
        &[
            "students",
            "add",
            "--class",
            &p4,
            "--given",
            "Wendeline",
            "--family",
            "Oxbury",
        ],
    )?)?;
    let (folder_s, pass_s) = (utf8(&folder)?, utf8(&pass)?);
    json(
        &a,
        &[
            "share",
            "--class",
            &p2,
            "--folder",
            folder_s,
            "--passphrase-file",
            pass_s,
            "--label",
            "A",
        ],
    )?;
    let joined = json(
        &b,
        &[
            "shares",
            "join",
            "--folder",
            folder_s,
            "--passphrase-file",
            pass_s,
            "--label",
            "B",
        ],
    )?;
    assert_eq!(
        joined["shares"][0]["classId"].as_str(),
        Some(p2.as_str()),
        "joining finds the shared class in the folder"
    );
    let classes = json(&b, &["classes", "list"])?;
    let names: Vec<&str> = classes
        .as_array()
        .context("a list")?
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(
        names,
        vec!["Period 2"],
        "B's class list shows only the shared class"
    );
    let bytes = std::fs::read(&b)?;
    let text = String::from_utf8_lossy(&bytes);
    for secret in [&p4, &hidden, "Period Four Xq", "Wendeline", "Oxbury"] {
        assert!(
            !text.contains(secret),
            "B's database file must hold nothing of the other class: found {secret}"
        );
    }
    let listed = json(&b, &["shares", "list"])?;
    assert_eq!(
        listed[0]["className"], "Period 2",
        "the share is listed with its class"
    );
    // An edit on each side, then Sync now on both (and once more on A to take B's).
    json(
        &a,
        &[
            "students", "add", "--class", &p2, "--given", "Bo", "--family", "Lee",
        ],
    )?;
    json(
        &b,
        &[
            "students", "add", "--class", &p2, "--given", "Cy", "--family", "Diaz",
        ],
    )?;
    for (db, label) in [(&a, "A"), (&b, "B"), (&a, "A")] {
        json(
            db,
            &[
                "shares",
                "sync",
                "--class",
                &p2,
                "--passphrase-file",
                pass_s,
                "--label",
                label,
            ],
        )?;
    }
    let roster = |db: &Path| -> Result<Vec<String>> {
        let list = json(db, &["students", "list", "--class", &p2])?;
        let mut names: Vec<String> = list
            .as_array()
            .context("a list")?
            .iter()
            .filter_map(|s| s["displayName"].as_str().map(str::to_owned))
            .collect();
        names.sort();
        Ok(names)
    };
    assert_eq!(
        roster(&a)?,
        vec!["Ana Ruiz", "Bo Lee", "Cy Diaz"],
        "A has both edits"
    );
    assert_eq!(roster(&b)?, roster(&a)?, "B has both edits too");
    assert!(!ana.is_empty(), "the first student was created");
    // A plain bundle for the shared class is refused on B, and B's data is unchanged.
    let plain = sb.file("plain.bundle");
    json(
        &a,
        &["export", "--class", &p2, "--plain", "--out", utf8(&plain)?],
    )?;
    let before = sb.dump_of(&b)?;
    let out = sb.run_on(&b, &["import", utf8(&plain)?])?;
    assert!(
        !out.status.success(),
        "a plain bundle under a share's passphrase is refused"
    );
    assert!(
        the_one_stderr_line(&out).contains("not encrypted"),
        "the refusal says why: {}",
        the_one_stderr_line(&out)
    );
    assert_eq!(sb.dump_of(&b)?, before, "and nothing changed");
    // Forgetting the class removes it from B only.
    json(&b, &["forget-class", &p2])?;
    assert!(
        json(&b, &["classes", "list"])?
            .as_array()
            .is_some_and(|l| l.is_empty()),
        "B no longer holds the class"
    );
    assert_eq!(roster(&a)?.len(), 3, "A keeps it");
    Ok(())
}

#[test]
fn an_old_passphrase_row_is_taken_out_of_the_database_by_the_first_command() -> Result<()> {
    let sandbox = Sandbox::new()?;
    empty_database(&sandbox.db())?;
    let pass = "old-row-passphrase-5150";
    rusqlite::Connection::open(sandbox.db())?.execute(
        "INSERT INTO handoff_setting (key, value) VALUES ('passphrase', ?1)",
        [pass],
    )?;
    let db = sandbox.db();
    let out = sandbox
        .command(&["--db", utf8(&db)?, "classes", "list"])
        // Never the machine's real keyring: this run has memory only, as a bare session does.
        .env("WAYPOINT_SECRETS", "memory")
        .output()?;
    assert!(out.status.success(), "the command itself runs as usual");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("removed the class passphrase"),
        "the teacher is told the passphrase left the database: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let left: i64 = rusqlite::Connection::open(&db)?.query_row(
        "SELECT count(*) FROM handoff_setting WHERE key = 'passphrase'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(left, 0, "the row is gone");
    let bytes = std::fs::read(&db)?;
    assert!(
        !bytes.windows(pass.len()).any(|w| w == pass.as_bytes()),
        "and so are its bytes in the database file"
    );
    Ok(())
}
