//! Random rosters written as OneRoster 1.1 CSV, once clean and once with random quirks (line
//! endings, quoting, column order, a BOM, `metadata.*` columns, no final newline), read to
//! the same `SourceRoster`.

use proptest::prelude::*;
use waypoint_import::roster::read;
use waypoint_import::source::{Source, SourceFile, SourceKind};

/// One table: a header and rows of plain text.
struct Csv {
    name: &'static str,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// How one file is written.
#[derive(Debug, Clone)]
struct Quirks {
    line_end: &'static str,
    quote_all: bool,
    bom: bool,
    final_newline: bool,
    /// A permutation seed for the columns.
    shuffle: u64,
    metadata: bool,
}

fn quirks() -> impl Strategy<Value = Quirks> {
    (
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<u64>(),
        any::<bool>(),
    )
        .prop_map(
            |(line_end, quote_all, bom, final_newline, shuffle, metadata)| Quirks {
                line_end,
                quote_all,
                bom,
                final_newline,
                shuffle,
                metadata,
            },
        )
}

fn field(text: &str, quote_all: bool) -> String {
    if quote_all || text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn write(csv: &Csv, q: &Quirks) -> Vec<u8> {
    let mut order: Vec<usize> = (0..csv.header.len()).collect();
    // A Fisher–Yates shuffle driven by the seed.
    let mut s = q.shuffle | 1;
    for i in (1..order.len()).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        order.swap(i, (s % (i as u64 + 1)) as usize);
    }
    let line = |cells: &[String], extra: &[&str]| {
        let mut out: Vec<String> = order
            .iter()
            .map(|i| field(&cells[*i], q.quote_all))
            .collect();
        out.extend(extra.iter().map(|e| field(e, q.quote_all)));
        out.join(",")
    };
    let (meta_h, meta_v): (&[&str], &[&str]) = if q.metadata {
        (&["metadata.extra", "metadata.note"], &["x", "a, b"])
    } else {
        (&[], &[])
    };
    let mut lines = vec![line(&csv.header, meta_h)];
    lines.extend(csv.rows.iter().map(|r| line(r, meta_v)));
    let mut text = lines.join(q.line_end);
    if q.final_newline {
        text.push_str(q.line_end);
    }
    let mut bytes = if q.bom {
        b"\xEF\xBB\xBF".to_vec()
    } else {
        vec![]
    };
    bytes.extend(text.into_bytes());
    bytes
}

fn clean() -> Quirks {
    Quirks {
        line_end: "\n",
        quote_all: false,
        bom: false,
        final_newline: true,
        shuffle: 0,
        metadata: false,
    }
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// Names with the characters that make quoting matter.
fn name() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ,'\"-]{0,12}".prop_map(|s| s.trim().to_owned())
}

#[derive(Debug, Clone)]
struct Roster {
    students: Vec<(String, String, String)>,
    sections: Vec<String>,
    enrollments: Vec<(usize, usize)>,
}

fn roster() -> impl Strategy<Value = Roster> {
    (
        prop::collection::vec(
            (
                name(),
                name(),
                prop::option::of((2005u32..2020, 1u32..13, 1u32..29)),
            ),
            1..12,
        ),
        prop::collection::vec(name(), 1..5),
    )
        .prop_flat_map(|(students, sections)| {
            let (n, m) = (students.len(), sections.len());
            (
                Just(students),
                Just(sections),
                prop::collection::vec((0..n, 0..m), 0..30),
            )
        })
        .prop_map(|(students, sections, enrollments)| Roster {
            students: students
                .into_iter()
                .map(|(g, f, d)| {
                    let date = d.map_or(String::new(), |(y, m, d)| format!("{y}-{m:02}-{d:02}"));
                    (g, f, date)
                })
                .collect(),
            sections,
            enrollments,
        })
}

fn tables(r: &Roster) -> Vec<Csv> {
    let mut users = Csv {
        name: "users.csv",
        header: strings(&[
            "sourcedId",
            "status",
            "dateLastModified",
            "enabledUser",
            "orgSourcedIds",
            "role",
            "username",
            "userIds",
            "givenName",
            "familyName",
            "middleName",
            "identifier",
            "email",
            "sms",
            "phone",
            "agentSourcedIds",
            "grades",
            "password",
        ]),
        rows: vec![],
    };
    let mut demographics = Csv {
        name: "demographics.csv",
        header: strings(&["sourcedId", "status", "dateLastModified", "birthDate"]),
        rows: vec![],
    };
    users.rows.push(strings(&[
        "t1",
        "",
        "",
        "true",
        "o1",
        "teacher",
        "t",
        "",
        "Kim",
        "Park",
        "",
        "",
        "k@x.example",
        "",
        "",
        "",
        "",
        "",
    ]));
    for (i, (g, f, d)) in r.students.iter().enumerate() {
        let id = format!("s{i}");
        users.rows.push(vec![
            id.clone(),
            String::new(),
            String::new(),
            "true".into(),
            "o1".into(),
            "student".into(),
            id.clone(),
            String::new(),
            g.clone(),
            f.clone(),
            String::new(),
            format!("N{i}"),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            "06".into(),
            String::new(),
        ]);
        demographics
            .rows
            .push(vec![id, String::new(), String::new(), d.clone()]);
    }
    let mut classes = Csv {
        name: "classes.csv",
        header: strings(&[
            "sourcedId",
            "status",
            "dateLastModified",
            "title",
            "grades",
            "subjects",
            "schoolSourcedId",
        ]),
        rows: vec![],
    };
    for (i, title) in r.sections.iter().enumerate() {
        classes.rows.push(vec![
            format!("c{i}"),
            String::new(),
            String::new(),
            title.clone(),
            "06".into(),
            "Math, Science".into(),
            "o1".into(),
        ]);
    }
    let mut enrollments = Csv {
        name: "enrollments.csv",
        header: strings(&[
            "sourcedId",
            "status",
            "dateLastModified",
            "classSourcedId",
            "schoolSourcedId",
            "userSourcedId",
            "role",
        ]),
        rows: vec![vec![
            "e-t".into(),
            String::new(),
            String::new(),
            "c0".into(),
            "o1".into(),
            "t1".into(),
            "teacher".into(),
        ]],
    };
    for (k, (s, c)) in r.enrollments.iter().enumerate() {
        enrollments.rows.push(vec![
            format!("e{k}"),
            String::new(),
            String::new(),
            format!("c{c}"),
            "o1".into(),
            format!("s{s}"),
            "student".into(),
        ]);
    }
    let orgs = Csv {
        name: "orgs.csv",
        header: strings(&["sourcedId", "status", "dateLastModified", "name", "type"]),
        rows: vec![strings(&[
            "o1",
            "",
            "",
            "Hill \"Top\" School, East",
            "school",
        ])],
    };
    let manifest = Csv {
        name: "manifest.csv",
        header: strings(&["propertyName", "value"]),
        rows: [
            ("manifest.version", "1.0"),
            ("oneroster.version", "1.1"),
            ("file.users", "bulk"),
            ("file.classes", "bulk"),
            ("file.enrollments", "bulk"),
            ("file.orgs", "bulk"),
            ("file.demographics", "bulk"),
        ]
        .iter()
        .map(|(k, v)| strings(&[k, v]))
        .collect(),
    };
    vec![users, demographics, classes, enrollments, orgs, manifest]
}

fn source(tables: &[Csv], quirks: &[Quirks]) -> Source {
    Source {
        name: "roster".into(),
        kind: SourceKind::Folder,
        files: tables
            .iter()
            .zip(quirks)
            .map(|(t, q)| SourceFile {
                name: t.name.into(),
                bytes: write(t, q),
            })
            .collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn quirks_never_change_the_roster(r in roster(), qs in prop::collection::vec(quirks(), 6)) {
        let t = tables(&r);
        let clean_roster = read(&source(&t, &vec![clean(); 6]), None).expect("the clean set reads");
        let quirky_roster = read(&source(&t, &qs), None).expect("the quirky set reads");
        prop_assert!(clean_roster.problems.is_empty(), "a clean set has no problems: {:?}", clean_roster.problems);
        prop_assert_eq!(
            &quirky_roster,
            &clean_roster,
            "line endings, quoting, column order, a BOM and metadata columns change nothing ({:?})",
            qs
        );
        prop_assert_eq!(clean_roster.students.len(), r.students.len(), "every student is read");
        let enrolled: std::collections::HashSet<_> = r.enrollments.iter().collect();
        let read_enrollments: usize = clean_roster.sections.iter().map(|s| s.student_ids.len()).sum();
        prop_assert_eq!(read_enrollments, enrolled.len(), "every distinct enrollment is read once");
        let expect_names: Vec<_> = r.students.iter().map(|(g, f, _)| (g.as_str(), f.as_str())).collect();
        let names: Vec<_> = clean_roster.students.iter().map(|s| (s.given_name.as_str(), s.family_name.as_str())).collect();
        prop_assert_eq!(names, expect_names, "names survive quoting exactly");
    }
}
