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
