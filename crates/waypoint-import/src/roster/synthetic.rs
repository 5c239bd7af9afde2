//! A made-up district as a OneRoster 1.1 bulk set, for benchmarks and scale tests: the same
//! arguments always give the same bytes (a small linear congruential generator, no `rand`).
//!
//! `students` students, `sections` classes each with one teacher (a teacher per five
//! classes), `enrollments` student enrollments spread evenly (no student twice in a class),
//! a guardian for every other student, and a birth date for each in demographics.csv.

use crate::source::{Source, SourceFile, SourceKind};

const GIVEN: [&str; 16] = [
    "Ada",
    "Alan",
    "Grace",
    "Katherine",
    "Edsger",
    "Barbara",
    "Dennis",
    "Frances",
    "Donald",
    "Radia",
    "Ken",
    "Margaret",
    "Tim",
    "Shafi",
    "Niklaus",
    "Hedy",
];
const FAMILY: [&str; 16] = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Johnson",
    "Dijkstra",
    "Liskov",
    "Ritchie",
    "Allen",
    "Knuth",
    "Perlman",
    "Thompson",
    "Hamilton",
    "Berners-Lee",
    "Goldwasser",
    "Wirth",
    "Lamarr",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        // Knuth's MMIX constants.
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
}

/// A OneRoster 1.1 district: see the module doc. `sections` is at least 1, and each student
/// is in at most `sections` classes, so `enrollments` is capped at `students * sections`.
pub fn synthetic_district(
    students: usize,
    sections: usize,
    enrollments: usize,
    seed: u64,
) -> Source {
    let sections = sections.max(1);
    let enrollments = enrollments.min(students * sections);
    let teachers = sections.div_ceil(5);
    let mut rng = Lcg(seed ^ 0x5eed);
    let mut users = String::from(
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n",
    );
    for t in 0..teachers {
        let (g, f) = (rng.pick(&GIVEN), rng.pick(&FAMILY));
        users.push_str(&format!(
            "t{t},,,true,org1,teacher,t{t},,{g},{f},,T{t},{g}.{f}{t}@school.example,,,,,\n"
        ));
    }
    let mut demographics = String::from("sourcedId,status,dateLastModified,birthDate,sex\n");
    for s in 0..students {
        let (g, f) = (rng.pick(&GIVEN), rng.pick(&FAMILY));
        let grade = 6 + s % 3;
        let agent = if s % 2 == 0 {
            format!("g{s}")
        } else {
            String::new()
        };
        users.push_str(&format!(
            "s{s},,,true,org1,student,s{s},,{g},{f},,{},,,,{agent},{grade:02},\n",
            100_000 + s
        ));
        demographics.push_str(&format!(
            "s{s},,,{}-{:02}-{:02},\n",
            2010 + rng.next() % 5,
            1 + rng.next() % 12,
            1 + rng.next() % 28
        ));
    }
    for s in (0..students).step_by(2) {
        let g = rng.pick(&GIVEN);
        users.push_str(&format!(
            "g{s},,,true,org1,guardian,g{s},,{g},Family{s},,,,,555-{:04},s{s},,\n",
            s % 10_000
        ));
    }
    let mut classes = String::from(
        "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n",
    );
    let mut roster = String::from(
        "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\n",
    );
    for c in 0..sections {
        classes.push_str(&format!(
            "c{c},,,Class {c} — Period {},{:02},course{},,scheduled,,org1,term1,Mathematics,,{}\n",
            1 + c % 7,
            6 + c % 3,
            c % 20,
            1 + c % 7
        ));
        roster.push_str(&format!(
            "te{c},,,c{c},org1,t{},teacher,true,,\n",
            c % teachers
        ));
    }
    let offset = (rng.next() as usize) % sections;
    for k in 0..enrollments {
        let (s, j) = (k % students.max(1), k / students.max(1));
        // 37 is prime: for a fixed student, j * 37 hits distinct classes unless 37 divides
        // `sections`, when a step of 1 is used instead.
        let step = if sections.is_multiple_of(37) { 1 } else { 37 };
        let c = (s * 7 + j * step + offset) % sections;
        roster.push_str(&format!("e{k},,,c{c},org1,s{s},student,false,,\n"));
    }
    let manifest = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.academicSessions,absent\nfile.categories,absent\nfile.classes,bulk\nfile.classResources,absent\nfile.courses,absent\nfile.courseResources,absent\nfile.demographics,bulk\nfile.enrollments,bulk\nfile.lineItems,absent\nfile.orgs,bulk\nfile.resources,absent\nfile.results,absent\nfile.users,bulk\nsource.systemName,Waypoint synthetic district\nsource.systemCode,synthetic\n";
    let orgs = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\norg1,,,Synthetic Middle School,school,SMS,\n";
    let file = |name: &str, text: String| SourceFile {
        name: name.to_owned(),
        bytes: text.into_bytes(),
    };
    Source {
        name: "synthetic-district.zip".into(),
        kind: SourceKind::Zip,
        files: vec![
            file("classes.csv", classes),
            file("demographics.csv", demographics),
            file("enrollments.csv", roster),
            file("manifest.csv", manifest.to_owned()),
            file("orgs.csv", orgs.to_owned()),
            file("users.csv", users),
        ],
    }
}
