//! The `waypoint` binary, driven as a script or a teacher would drive it: real process,
//! real SQLite file, one fresh temporary database per test.

use std::path::PathBuf;
use std::process::{Command, Output};

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
        Command::new(env!("CARGO_BIN_EXE_waypoint"))
            .args(args)
            .env("XDG_DATA_HOME", self.xdg_data_home())
            .output()
            .context("running the waypoint binary")
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
    from.demo_class_id()?;
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
    let first = to.run(&["import", bundle_arg])?;
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
