//! Classes and students: `demo`, `classes list`, `students add` and `students list`, the
//! table a teacher reads, and the one-line refusals of bad names, dates and ids.

use anyhow::{Context, Result};

use crate::common::{Sandbox, refused, the_one_stderr_line, utf8};

#[test]
fn demo_scale_year_builds_a_small_year() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let args = [
        "demo",
        "--scale",
        "year",
        "--sections",
        "1",
        "--students",
        "3",
        "--seed",
        "7",
        "--today",
        "2027-06-10",
        "--json",
    ];
    let year = sandbox.json(&args)?;
    assert_eq!(year["students"], 3, "one section of three students");
    assert_eq!(year["evidence"], 900, "300 pieces of evidence per student");
    assert_eq!(
        year["competencies"], 160,
        "two frameworks of 80 competencies"
    );
    assert_eq!(
        year["classes"][0]["studentCount"], 3,
        "the section is a class like any other"
    );
    let classes = sandbox.json(&["classes", "list", "--json"])?;
    assert_eq!(
        classes.as_array().map(Vec::len),
        Some(1),
        "one section, one class"
    );
    Ok(())
}

#[test]
fn demo_team_writes_laptops_that_have_synced_and_says_where() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let args = [
        "demo",
        "--scale",
        "year",
        "--team",
        "2",
        "--sections",
        "1",
        "--students",
        "4",
        "--today",
        "2027-06-10",
    ];
    let out = sandbox.run(&args)?;
    assert!(
        out.status.success(),
        "a team of two is written: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second = sandbox.file("test-laptop-2").join("test.sqlite3");
    let text = String::from_utf8_lossy(&out.stdout);
    for (i, path) in [sandbox.db(), second.clone()].iter().enumerate() {
        assert!(
            text.contains(&format!("Laptop {}", i + 1)) && text.contains(utf8(path)?),
            "the output says where laptop {} is: {text}",
            i + 1
        );
    }
    assert_eq!(
        sandbox.dump()?,
        sandbox.dump_of(&second)?,
        "the two laptops hold the same, as after a sync"
    );
    assert!(
        text.contains("Laptop 1") && text.contains("the roster (1 sections, 4 students"),
        "laptop 1 wrote the roster: {text}"
    );
    Ok(())
}

#[test]
fn demo_team_is_refused_without_a_year_or_outside_two_to_six() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let without_year = sandbox.run(&["demo", "--team", "3"])?;
    refused(
        &without_year,
        &["--team", "--scale year"],
        "--team needs --scale year",
    );
    for n in ["1", "7"] {
        let out = sandbox.run(&["demo", "--scale", "year", "--team", n])?;
        refused(
            &out,
            &["--team", "2", "6", n],
            &format!("a team of {n} is refused"),
        );
    }
    assert!(
        !sandbox.db().exists() && !sandbox.file("test-laptop-2").exists(),
        "a refused command creates no database"
    );
    Ok(())
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
