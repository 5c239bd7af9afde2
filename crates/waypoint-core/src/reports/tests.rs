//! The printouts' tests: escaping, the catalogs, each report's content and shape.

use super::*;

fn report(name: &str, lang: &str) -> ConferenceReport {
    ConferenceReport {
        student_name: name.into(),
        class_name: "6A".into(),
        date: "2026-11-24".into(),
        lang: lang.into(),
        strengths: vec!["Explains reasoning".into()],
        interests: vec![],
        career_goals: vec![],
        strands: vec![StrandLines {
            name: "Ratios".into(),
            competencies: vec![CompetencyLine {
                code: "6.RP.A.1".into(),
                label: "Ratio language".into(),
                level: Some(2.5),
                level_label: "Developing+".into(),
                status: Status::Progressing,
                level_then: Some(1.5),
            }],
        }],
        last_conference: Some("2026-10-01".into()),
        goals: vec![ReportGoal {
            title: "Explain unit rates".into(),
            why: String::new(),
            status: "active".into(),
            progress: 40,
            target_date: String::new(),
            steps: vec![],
        }],
        reflections: vec![],
        artifacts: vec![ReportArtifact {
            title: "Poster".into(),
            date: "2026-11-01".into(),
            reflection: String::new(),
            thumbnail: Some("javascript:alert(1)".into()),
            present: true,
        }],
        next_steps: vec![],
        ready: vec![],
    }
}

#[test]
fn markup_in_a_name_prints_as_text() {
    let html = conference_html(
        &[report("<b>Ana</b> & \"Bo\"", "en")],
        ReportVariant::Teacher,
        Paper::Letter,
    );
    assert!(
        html.contains("&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Bo&quot;"),
        "the name is escaped where it is shown"
    );
    assert!(!html.contains("<b>Ana"), "no markup from the name survives");
    assert!(
        !html.contains("javascript:"),
        "a thumbnail that is not a data:image URL is never written"
    );
}

#[test]
fn spanish_families_get_spanish_labels_and_growth_is_shown() {
    let html = conference_html(&[report("Ana", "es")], ReportVariant::Teacher, Paper::A4);
    for label in [
        "Informe de la conferencia",
        "Metas",
        "Notas de la familia",
        "En desarrollo+",
        "En camino",
    ] {
        assert!(html.contains(label), "the Spanish label {label:?} is used");
    }
    assert!(
        html.contains("lang=\"es\""),
        "the document says its language"
    );
    assert!(html.contains("size:A4"), "the paper size is set for print");
    assert!(
        html.contains("1.5 → 2.5"),
        "growth since the last conference is shown"
    );
}

#[test]
fn every_student_is_a_page_and_student_led_opens_with_their_goal() {
    let html = conference_html(
        &[report("Ana", "en"), report("Bo", "en")],
        ReportVariant::Student,
        Paper::Letter,
    );
    assert_eq!(
        html.matches("<section class=\"page\">").count(),
        2,
        "one page section per student"
    );
    let lead = html
        .find("My goal")
        .expect("the student-led report has the student's goal");
    let profile = html.find("Who I am as a learner").expect("and the profile");
    assert!(lead < profile, "the student's own goal comes first");
}

#[test]
fn family_languages_are_matched_from_what_was_typed() {
    assert_eq!(lang_for("Spanish"), "es", "the English name");
    assert_eq!(
        lang_for(" Español "),
        "es",
        "the Spanish name, any case and spacing"
    );
    assert_eq!(lang_for("es-MX"), "es", "a language tag");
    assert_eq!(lang_for("Tagalog"), "en", "no catalog: English");
    assert!(
        languages()
            .iter()
            .any(|(code, name)| code == "es" && name == "Español"),
        "the catalogs list themselves"
    );
}

#[test]
fn ready_competencies_print_in_plain_words_beside_the_agreed_steps() {
    let mut r = report("Ana", "en");
    r.next_steps = vec!["Practise unit rates at home".into()];
    r.ready = (0..4)
        .map(|i| ReadyLine {
            code: format!("6.EE.A.{}", 7 + i),
            words: format!("Skill number {i}"),
            working: i == 1,
        })
        .collect();
    let html = conference_html(&[r.clone()], ReportVariant::Teacher, Paper::Letter);
    assert!(
        html.contains("<li>Ready to learn: Skill number 0 (6.EE.A.7)</li>"),
        "a ready competency is its words and its code: {html}"
    );
    assert!(
        html.contains("<li>Working on: Skill number 1 (6.EE.A.8)</li>"),
        "one with evidence already is being worked on"
    );
    assert!(
        !html.contains("Skill number 3"),
        "at most {MOST_READY_LINES} are listed, to keep to two pages"
    );
    assert!(
        html.contains("Agreed at the last conference")
            && html.contains("<li>Practise unit rates at home</li>"),
        "the steps agreed at the last conference stay, under their own heading"
    );
    let next = html.find("Next steps").expect("the section is there");
    let ready = html.find("Ready to learn:").expect("the ready list");
    let notes = html.find("Notes from the family").expect("the notes box");
    assert!(
        next < ready && ready < notes,
        "the ready competencies are in the Next steps section"
    );

    r.lang = "es".into();
    let es = conference_html(&[r], ReportVariant::Teacher, Paper::Letter);
    for label in [
        "Acordados en la última conferencia",
        "Lo que sigue",
        "Puede aprender ahora: Skill number 0 (6.EE.A.7)",
        "Está trabajando en: Skill number 1 (6.EE.A.8)",
    ] {
        assert!(es.contains(label), "the Spanish label {label:?} is used");
    }
}

#[test]
fn with_nothing_ready_the_next_steps_section_is_as_before() {
    let html = conference_html(
        &[report("Ana", "en")],
        ReportVariant::Teacher,
        Paper::Letter,
    );
    assert!(
        html.contains("<h2>Next steps</h2><p class=\"muted\">To be agreed at the conference.</p>"),
        "no progression to report: the section reads exactly as it did"
    );
    assert!(
        !html.contains("What comes next"),
        "and no empty ready list is printed"
    );
}
