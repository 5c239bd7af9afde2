//! `waypoint mastery`: the calculation on its own, its text and JSON output, and bad input.

use anyhow::Result;
use serde_json::Value;

use crate::common::{Sandbox, the_one_stderr_line};

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
