//! The printouts' tests: escaping, the catalogs, each report's content and shape.

use super::*;
use crate::reports::catalog_file;

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
        &LocalCatalogs::new(),
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
    let html = conference_html(
        &[report("Ana", "es")],
        ReportVariant::Teacher,
        Paper::A4,
        &LocalCatalogs::new(),
    );
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
        html.contains("1,5 → 2,5"),
        "growth since the last conference is shown, with the Spanish decimal comma"
    );
}

#[test]
fn every_student_is_a_page_and_student_led_opens_with_their_goal() {
    let html = conference_html(
        &[report("Ana", "en"), report("Bo", "en")],
        ReportVariant::Student,
        Paper::Letter,
        &LocalCatalogs::new(),
    );
    assert_eq!(
        html.matches("<section class=\"page\"").count(),
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
    let html = conference_html(
        &[r.clone()],
        ReportVariant::Teacher,
        Paper::Letter,
        &LocalCatalogs::new(),
    );
    assert!(
        html.contains("<li>Ready to learn: <bdi>Skill number 0</bdi> (<bdi>6.EE.A.7</bdi>)</li>"),
        "a ready competency is its words and its code: {html}"
    );
    assert!(
        html.contains("<li>Working on: <bdi>Skill number 1</bdi> (<bdi>6.EE.A.8</bdi>)</li>"),
        "one with evidence already is being worked on"
    );
    assert!(
        !html.contains("Skill number 3"),
        "at most {MOST_READY_LINES} are listed, to keep to two pages"
    );
    assert!(
        html.contains("Agreed at the last conference")
            && html.contains("<li><bdi>Practise unit rates at home</bdi></li>"),
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
    let es = conference_html(
        &[r],
        ReportVariant::Teacher,
        Paper::Letter,
        &LocalCatalogs::new(),
    );
    for label in [
        "Acordados en la última conferencia",
        "Lo que sigue",
        "Puede aprender ahora: <bdi>Skill number 0</bdi>",
        "Está trabajando en: <bdi>Skill number 1</bdi>",
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
        &LocalCatalogs::new(),
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

#[test]
fn every_print_catalog_has_every_english_id_with_the_same_variables() {
    let all = print_languages();
    assert!(
        all.len() >= 8,
        "English, Spanish and the six family languages ship: {all:?}"
    );
    for lang in &all {
        let problems = catalog_file::catalog_problems(&lang.code);
        assert!(
            problems.is_empty(),
            "{} is complete and parses: {problems:#?}",
            lang.code
        );
    }
    for code in ["so", "ar", "vi", "zh", "ht", "pt"] {
        assert!(
            all.iter().any(|l| l.code == code && l.ships_for_review),
            "{code} ships marked for review"
        );
    }
    assert!(
        all.iter()
            .any(|l| l.code == "es" && !l.ships_for_review && l.english_name == "Spanish"),
        "Spanish was reviewed before it shipped, and names itself in English"
    );
}

#[test]
fn the_names_a_teacher_types_find_the_family_languages() {
    for (typed, code) in [
        ("Somali", "so"),
        ("Af-Soomaali", "so"),
        ("soomaali", "so"),
        ("Mandarin", "zh"),
        ("中文", "zh"),
        ("普通话", "zh"),
        ("Arabic", "ar"),
        ("العربية", "ar"),
        ("Haitian Creole", "ht"),
        ("Kreyòl", "ht"),
        ("Creole", "ht"),
        ("Português", "pt"),
        ("portuguese", "pt"),
        ("Tiếng Việt", "vi"),
        ("Vietnamese", "vi"),
        ("pt-BR", "pt"),
    ] {
        assert_eq!(lang_for(typed), code, "{typed:?} finds its catalog");
    }
}

#[test]
fn plurals_dates_and_numbers_follow_each_language() {
    let en = Catalog::get("en");
    assert_eq!(
        en.t_count("report-more-skills", 1),
        "…and one more skill, shown in the mastery grid.",
        "English says one skill"
    );
    assert!(
        en.t_count("report-more-skills", 5)
            .contains("5 more skills"),
        "and many skills"
    );
    let ar = Catalog::get("ar");
    assert!(
        ar.t_count("report-more-skills", 2).contains("مهارتان"),
        "Arabic has a dual"
    );
    assert!(
        ar.t_count("report-more-skills", 5).contains("مهارات"),
        "and a form for three to ten"
    );
    assert!(
        ar.t_count("report-more-skills", 12).contains("مهارة أخرى"),
        "and one for eleven and up"
    );
    assert_eq!(
        Catalog::get("ht").t_count("summary-students", 1),
        "Yon elèv",
        "Haitian Creole, which has no plural rules of its own, still says one student"
    );
    assert_eq!(
        Catalog::get("es").date("2026-11-24"),
        "24 de noviembre de 2026",
        "a Spanish date"
    );
    assert_eq!(
        en.date("2026-11-24"),
        "November 24, 2026",
        "an English date"
    );
    assert_eq!(
        Catalog::get("zh").date("2026-03-05"),
        "2026年3月5日",
        "a Chinese date"
    );
    assert_eq!(
        en.date("soon"),
        "soon",
        "a text that is no date stays as typed"
    );
    assert_eq!(Catalog::get("pt").number(2.5), "2,5", "a decimal comma");
    assert_eq!(en.number(2.0), "2", "no trailing zeros");
}

#[test]
fn an_arabic_report_is_right_to_left_with_the_review_mark_in_both_languages() {
    let html = conference_html(
        &[report("Ana", "ar")],
        ReportVariant::Teacher,
        Paper::A4,
        &LocalCatalogs::new(),
    );
    assert!(
        html.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "the document is Arabic, right to left"
    );
    assert!(
        html.contains("lang=\"ar\" dir=\"rtl\""),
        "and so is the report's section"
    );
    assert!(html.contains("تقرير اجتماع أولياء الأمور"), "Arabic labels");
    assert!(
        html.contains("<bdi>Ana</bdi>"),
        "the name is isolated, so it keeps its own direction"
    );
    assert!(
        html.contains("لم تتم مراجعة هذه الترجمة بعد.")
            && html.contains("This translation has not been reviewed yet."),
        "an unreviewed translation says so in Arabic and in English"
    );
    assert!(
        html.contains("@bottom-left{content:counter(page)")
            || html.contains("@bottom-left{content:\""),
        "the page number sits at the end of the line: the left, right to left"
    );
    let approved = LocalCatalogs::from([(
        "ar".to_owned(),
        LocalCatalog {
            approved: true,
            corrections: Default::default(),
        },
    )]);
    let html = conference_html(
        &[report("Ana", "ar")],
        ReportVariant::Teacher,
        Paper::A4,
        &approved,
    );
    assert!(
        !html.contains("This translation has not been reviewed yet."),
        "once approved, the mark goes"
    );
}

#[test]
fn an_interpreters_correction_replaces_the_shipped_label() {
    let text = catalog_file::check_correction("report-family-notes", "Qoraalka qoyska")
        .expect("a plain correction is accepted");
    let local = LocalCatalogs::from([(
        "so".to_owned(),
        LocalCatalog {
            approved: false,
            corrections: [("report-family-notes".to_owned(), text)].into(),
        },
    )]);
    let html = conference_html(
        &[report("Hodan", "so")],
        ReportVariant::Teacher,
        Paper::Letter,
        &local,
    );
    assert!(html.contains("Qoraalka qoyska"), "the correction prints");
    assert!(
        !html.contains("Qoraallada qoyska"),
        "instead of the shipped text"
    );
    assert!(
        html.contains("Warbixinta kulanka waalidiinta"),
        "the other labels stay Somali"
    );
}

#[test]
fn a_correction_may_not_add_variables_or_change_the_catalogs_own_ids() {
    let err = catalog_file::check_correction("report-title", "Report for { $name }")
        .expect_err("a variable the renderer does not give is refused");
    assert!(
        err.to_string().contains("$name"),
        "the message names the variable: {err}"
    );
    assert!(
        catalog_file::check_correction("report-growth-since", "Tan iyo { $date }").is_ok(),
        "the English text's own variable is fine"
    );
    assert!(
        catalog_file::check_correction("language-review", "reviewed").is_err(),
        "the review status is not a label"
    );
    assert!(
        catalog_file::check_correction("report-nope", "x").is_err(),
        "an id the printouts don't use"
    );
    assert!(
        catalog_file::check_correction("report-title", "  ").is_err(),
        "a blank correction"
    );
    assert!(
        catalog_file::check_correction("report-title", "Open { brace").is_err(),
        "text that is not valid Fluent"
    );
}

#[test]
fn a_catalog_file_is_read_whole_or_not_at_all() {
    let ok = "report-title = Warbixin cusub\nreport-family-notes = Qoraallada qoyska\n";
    let corrections = catalog_file::import_catalog("so", ok).expect("a good file");
    assert_eq!(
        corrections.keys().collect::<Vec<_>>(),
        vec!["report-title"],
        "only labels that differ from the shipped text become corrections"
    );
    for (bad, why) in [
        ("report-title = {", "does not parse"),
        ("made-up-id = Hello", "an unknown id"),
        ("report-title = Hi { $who }", "a new variable"),
        ("-brand = Waypoint", "a term"),
        ("report-title = A\nreport-title = B", "an id twice"),
    ] {
        let err = catalog_file::import_catalog("so", bad)
            .expect_err(&format!("a file with {why} is refused"));
        assert!(
            err.to_string().ends_with('.'),
            "the refusal is one sentence: {err}"
        );
    }
    let big = "# x\n".repeat(catalog_file::MOST_CATALOG_BYTES / 4 + 1);
    assert!(
        catalog_file::import_catalog("so", &big)
            .expect_err("a file over the limit is refused")
            .to_string()
            .contains("KB"),
        "the refusal gives the limit"
    );
}

#[test]
fn an_exported_catalog_reads_back_as_the_same_corrections() {
    let plural = "{ $n ->\n    [one] hal xirfad\n   *[other] { $n } xirfadood\n}";
    let mut corrections = std::collections::BTreeMap::new();
    for (id, text) in [
        ("report-title", "Warbixin cusub"),
        ("report-more-skills", plural),
    ] {
        corrections.insert(
            id.to_owned(),
            catalog_file::check_correction(id, text).expect("a valid correction"),
        );
    }
    let local = LocalCatalog {
        approved: false,
        corrections,
    };
    let file = catalog_file::export_catalog("so", &local).expect("Somali exports");
    assert!(
        file.contains("report-title = Warbixin cusub"),
        "the export carries the correction: {file}"
    );
    assert!(
        file.contains("report-family-notes = Qoraallada qoyska"),
        "and the shipped text of the rest"
    );
    let back = catalog_file::import_catalog("so", &file).expect("its own export reads back");
    assert_eq!(back, local.corrections, "the same corrections, exactly");
}
