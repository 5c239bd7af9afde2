//! Learning progressions from the command line: `prereq add|remove|list` on the demo class's
//! framework (a loop refused, nothing written), `evidence add` that makes a student master a
//! prerequisite so `next-steps` shows the dependent competency as ready with the reason, and
//! bad input refused in one line with the data left as it was.

use anyhow::{Context, Result};
use serde_json::Value;

use crate::common::{Sandbox, refused, utf8};

const SAMPLE_CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/case/sample-math-6.json"
);

/// The demo class and the id of its framework (re-importing the sample finds it in place).
fn demo(sandbox: &Sandbox) -> Result<(String, String)> {
    let class = sandbox.demo_class_id()?;
    let report = sandbox.json(&["case-import", SAMPLE_CASE, "--json"])?;
    let framework = report["frameworkId"]
        .as_str()
        .context("case-import --json names the framework")?
        .to_owned();
    Ok((class, framework))
}

/// `text` as the printouts escape it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Whether a `prereq` listing holds "`competency` requires `requires`".
fn lists(prereqs: &Value, competency: &str, requires: &str) -> bool {
    prereqs.as_array().into_iter().flatten().any(|p| {
        p["competency"].as_str() == Some(competency) && p["requires"].as_str() == Some(requires)
    })
}

#[test]
fn prereq_add_list_and_remove_and_a_loop_is_refused_with_nothing_written() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let (_, framework) = demo(&sandbox)?;
    let listed = sandbox.json(&["prereq", "list", "--framework", &framework, "--json"])?;
    assert!(
        lists(&listed, "WPM.6.EE.A.7", "WPM.6.EE.A.6"),
        "the sample framework's progression is listed by code: {listed}"
    );
    let add = [
        "prereq",
        "add",
        "--framework",
        &framework,
        "--competency",
        "WPM.6.RP.A.1",
        "--requires",
        "WPM.6.EE.A.6",
        "--json",
    ];
    let added = sandbox.json(&add)?;
    assert!(
        lists(&added, "WPM.6.RP.A.1", "WPM.6.EE.A.6"),
        "add prints the framework's prerequisites with the new one: {added}"
    );
    assert_eq!(
        added.as_array().map(Vec::len),
        listed.as_array().map(|l| l.len() + 1),
        "exactly one prerequisite was added"
    );
    assert_eq!(
        sandbox.json(&add)?,
        added,
        "adding the same prerequisite again changes nothing"
    );

    // EE.B.10 already needs EE.A.6 through B.9 and A.7: making A.6 need B.10 closes a loop.
    let before = sandbox.dump()?;
    let out = sandbox.run(&[
        "prereq",
        "add",
        "--framework",
        &framework,
        "--competency",
        "WPM.6.EE.A.6",
        "--requires",
        "WPM.6.EE.B.10",
    ])?;
    refused(
        &out,
        &[
            "That would make a loop: WPM.6.EE.A.6 needs WPM.6.EE.B.10",
            "which needs WPM.6.EE.A.6",
        ],
        "a prerequisite that closes a loop",
    );
    assert_eq!(
        sandbox.dump()?,
        before,
        "a refused loop writes nothing, so the database is byte for byte as it was"
    );

    let remove = [
        "prereq",
        "remove",
        "--framework",
        &framework,
        "--competency",
        "WPM.6.RP.A.1",
        "--requires",
        "WPM.6.EE.A.6",
        "--json",
    ];
    let removed = sandbox.json(&remove)?;
    assert_eq!(
        removed, listed,
        "remove takes the prerequisite away and leaves the progression as it was"
    );
    let before = sandbox.dump()?;
    let out = sandbox.run(&remove)?;
    refused(
        &out,
        &[
            "WPM.6.RP.A.1 does not require WPM.6.EE.A.6",
            "nothing was removed",
        ],
        "removing a prerequisite that is not there",
    );
    assert_eq!(sandbox.dump()?, before, "and nothing changed");
    Ok(())
}

/// The first student (in roster order) for whom `code` waits only on `requires` and has no
/// level yet, with their id.
fn waiting_student(steps: &Value, code: &str, requires: &str) -> Option<String> {
    steps.as_array()?.iter().find_map(|s| {
        let waits = s["notYet"].as_array()?.iter().any(|c| {
            c["code"].as_str() == Some(code)
                && c["reason"]["id"] == "reason-not-yet"
                && c["reason"]["args"]["names"].as_str() == Some(requires)
                && c["level"].is_null()
        });
        waits.then(|| s["studentId"].as_str().map(str::to_owned))?
    })
}

#[test]
fn evidence_that_masters_a_prerequisite_makes_the_next_competency_ready_with_the_reason()
-> Result<()> {
    let sandbox = Sandbox::new()?;
    let (class, _) = demo(&sandbox)?;
    let all = sandbox.json(&["next-steps", "--class", &class, "--json"])?;
    assert_eq!(
        all.as_array().map(Vec::len),
        Some(24),
        "next-steps --json without --student lists every current demo student"
    );
    let student = waiting_student(&all, "WPM.6.EE.A.8", "WPM.6.EE.A.7")
        .context("some demo student has WPM.6.EE.A.8 waiting on WPM.6.EE.A.7")?;

    let first = sandbox.json(&[
        "evidence",
        "add",
        "--student",
        &student,
        "--competency",
        "WPM.6.EE.A.7",
        "--level",
        "4",
        "--json",
    ])?;
    assert_eq!(
        first["kind"], "observation",
        "evidence is an observation unless --kind says otherwise"
    );
    let today = first["date"]
        .as_str()
        .context("the saved evidence has a date")?
        .to_owned();
    assert_eq!(today.len(), 10, "without --date it is dated today: {today}");
    let second = sandbox.json(&[
        "evidence",
        "add",
        "--student",
        &student,
        "--competency",
        "WPM.6.EE.A.7",
        "--level",
        "4",
        "--date",
        &today,
        "--kind",
        "exit-ticket",
        "--json",
    ])?;
    assert_eq!(
        second["kind"], "exit_ticket",
        "--kind takes the kind's name, with a hyphen or an underscore"
    );
    assert_eq!(
        second["competencyId"], first["competencyId"],
        "the code names the same competency both times"
    );

    let mine = sandbox.json(&[
        "next-steps",
        "--class",
        &class,
        "--student",
        &student,
        "--json",
    ])?;
    assert_eq!(
        mine["studentId"].as_str(),
        Some(student.as_str()),
        "--student prints that one student's next steps as one object"
    );
    let step = mine["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| &s["competency"])
        .find(|c| c["code"] == "WPM.6.EE.A.8")
        .with_context(|| format!("WPM.6.EE.A.8 is now a next step: {mine}"))?;
    assert_eq!(
        step["state"], "ready",
        "with its prerequisite mastered and no evidence of its own, it is ready"
    );
    assert_eq!(
        step["reason"],
        serde_json::json!({"id": "reason-ready", "args": {"basis": {"id": "reason-basis-mastered", "args": {"names": "WPM.6.EE.A.7"}}}}),
        "the reason (a catalog message in --json) names the prerequisite now mastered"
    );

    let text = sandbox.run(&["next-steps", "--class", &class, "--student", &student])?;
    let text = String::from_utf8(text.stdout)?;
    assert!(
        text.lines()
            .next()
            .is_some_and(|l| l.contains(" of 13 mastered")),
        "the human block opens with the student and their count: {text}"
    );
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("ready")
            && l.contains("WPM.6.EE.A.8")
            && l.ends_with("ready: WPM.6.EE.A.7 mastered")),
        "and lists the ready competency with its reason: {text}"
    );

    // The conference report says it to the family in plain words, beside the agreed steps.
    let html = sandbox.file("ready.html");
    let out = sandbox.run(&[
        "report",
        "conference",
        "--class",
        &class,
        "--student",
        &student,
        "--lang",
        "en",
        "--out",
        utf8(&html)?,
    ])?;
    assert!(
        out.status.success(),
        "the report renders: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&html)?;
    let steps = mine["steps"].as_array().context("steps")?;
    assert!(!steps.is_empty(), "this student has next steps");
    // The nearest three, in order, as next-steps lists them.
    for (i, step) in steps.iter().take(3).enumerate() {
        let c = &step["competency"];
        let label = match c["state"].as_str() {
            Some("working_on_it") => "Working on",
            _ => "Ready to learn",
        };
        let line = format!(
            // Names and codes the teacher or a framework typed are isolated for right-to-left pages.
            "<li>{label}: <bdi>{}</bdi> (<bdi>{}</bdi>)</li>",
            escaped(c["statement"].as_str().context("a statement")?),
            c["code"].as_str().context("a code")?
        );
        assert!(
            html.contains(&line),
            "next step {i} is on the report in the framework's words: {line}"
        );
    }
    if let Some(fourth) = steps.get(3) {
        let code = fourth["competency"]["code"].as_str().context("a code")?;
        assert!(
            !html.contains(&format!("(<bdi>{code}</bdi>)</li>")),
            "no more than three are printed, to keep to two pages"
        );
    }
    assert!(
        html.contains("Agreed at the last conference"),
        "next to the steps agreed at the last conference"
    );
    Ok(())
}

#[test]
fn bad_evidence_is_refused_in_one_line_and_changes_nothing() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let students = sandbox.students(&class)?;
    let student = students[0]["id"].as_str().context("an id")?.to_owned();
    let before = sandbox.dump()?;
    let add = |extra: &[&str]| {
        let mut args = vec!["evidence", "add", "--student", student.as_str()];
        args.extend_from_slice(extra);
        sandbox.run(&args)
    };
    for (extra, expected, why) in [
        (
            vec!["--competency", "WPM.9.ZZ.1", "--level", "3"],
            vec![
                "No competency with code WPM.9.ZZ.1",
                "looked in Waypoint Sample Math, Grade 6",
            ],
            "an unknown code names what was looked for",
        ),
        (
            vec!["--competency", "WPM.6.EE.A.7", "--level", "three"],
            vec!["--level must be a number", "\"three\""],
            "a level that is not a number",
        ),
        (
            vec!["--competency", "WPM.6.EE.A.7", "--level", "2.25"],
            vec!["2.25 is not a level on this scale", "0.5"],
            "a level off the framework's scale lists the levels",
        ),
        (
            vec![
                "--competency",
                "WPM.6.EE.A.7",
                "--level",
                "3",
                "--date",
                "2026-02-30",
            ],
            vec!["2026-02-30"],
            "a date that is not a real day",
        ),
        (
            vec![
                "--competency",
                "WPM.6.EE.A.7",
                "--level",
                "3",
                "--kind",
                "gut feeling",
            ],
            vec!["--kind is one of observation", "\"gut feeling\""],
            "an unknown kind lists the kinds",
        ),
    ] {
        let out = add(&extra)?;
        refused(&out, &expected, why);
        assert_eq!(sandbox.dump()?, before, "{why}: nothing is written");
    }
    Ok(())
}

/// Every `identifier` in a CASE package, anywhere in it.
fn identifiers(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("identifier", Value::String(id)) => out.push(id.clone()),
                    _ => identifiers(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| identifiers(v, out)),
        _ => {}
    }
}

#[test]
fn a_code_in_two_of_the_class_frameworks_names_both_and_framework_picks_one() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let (class, sample) = demo(&sandbox)?;
    // A second framework with the sample's codes: the same package under new identifiers.
    let mut text = std::fs::read_to_string(SAMPLE_CASE)?;
    let mut ids = Vec::new();
    identifiers(&serde_json::from_str(&text)?, &mut ids);
    ids.sort();
    ids.dedup();
    for id in &ids {
        text = text.replace(id.as_str(), &format!("feed{}", &id[4..]));
    }
    let text = text.replace("Waypoint Sample Math, Grade 6", "Second Math");
    let copy = sandbox.file("second.json");
    std::fs::write(&copy, text)?;
    let second = sandbox.json(&["case-import", utf8(&copy)?, "--class", &class, "--json"])?;
    assert_ne!(
        second["frameworkId"].as_str(),
        Some(sample.as_str()),
        "the copy is a framework of its own"
    );
    let students = sandbox.students(&class)?;
    let student = students[0]["id"].as_str().context("an id")?;
    let before = sandbox.dump()?;
    let args = [
        "evidence",
        "add",
        "--student",
        student,
        "--competency",
        "WPM.6.EE.A.7",
        "--level",
        "3",
    ];
    let out = sandbox.run(&args)?;
    refused(
        &out,
        &[
            "Code WPM.6.EE.A.7 is in more than one",
            "Second Math",
            "Waypoint Sample Math, Grade 6",
            "--framework",
        ],
        "a code two of the class's frameworks share",
    );
    assert_eq!(sandbox.dump()?, before, "an ambiguous code writes nothing");
    let saved = sandbox.json(&[&args[..], &["--framework", &sample, "--json"]].concat())?;
    assert_eq!(saved["level"], 3.0, "--framework says which one is meant");
    Ok(())
}
