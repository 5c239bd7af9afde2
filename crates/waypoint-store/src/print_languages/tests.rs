//! Review, corrections and catalog files, against a real database.

use proptest::prelude::*;

use super::*;

fn db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = Db::open(&dir.path().join("waypoint.db")).expect("a fresh database opens");
    (dir, db)
}

fn somali(db: &Db) -> PrintLanguageStatus {
    list(db)
        .expect("the languages list")
        .into_iter()
        .find(|l| l.code == "so")
        .expect("Somali ships")
}

#[test]
fn a_family_language_needs_review_until_a_person_approves_it() {
    let (_dir, db) = db();
    let so = somali(&db);
    assert!(
        so.ships_for_review && so.needs_review,
        "Somali ships for review and is not yet approved"
    );
    assert_eq!(so.english_name, "Somali", "it names itself in English");
    let approved = approve(&db, "so", " Amina Yusuf ", 1_000).expect("approval is kept");
    assert!(!approved.needs_review, "approved: no longer needs review");
    assert_eq!(approved.approved_by, "Amina Yusuf", "the approver, trimmed");
    assert_eq!(approved.approved_at_ms, Some(1_000), "and when");
    assert!(
        local_catalogs(db.conn()).expect("local catalogs")["so"].approved,
        "printouts see the approval"
    );
    let withdrawn = withdraw_approval(&db, "so").expect("an approval can be taken back");
    assert!(withdrawn.needs_review, "and the mark comes back");
    assert!(
        approve(&db, "fr", "", 1).is_err(),
        "a language with no catalog can't be approved"
    );
}

#[test]
fn a_correction_is_kept_shown_and_cleared() {
    let (_dir, db) = db();
    let e = correct(&db, "so", "report-family-notes", "Qoraalka qoyska", 5).expect("kept");
    assert_eq!(
        e.correction.as_deref(),
        Some("Qoraalka qoyska"),
        "the editor shows the correction"
    );
    assert_eq!(e.english, "Notes from the family", "beside the English");
    assert_eq!(e.shipped, "Qoraallada qoyska", "and the shipped text");
    assert_eq!(somali(&db).corrections, 1, "the list counts it");
    let err = correct(&db, "so", "report-title", "Hi { $who }", 6)
        .expect_err("a new variable is refused");
    assert!(
        err.to_string().contains("$who"),
        "with a sentence naming it: {err}"
    );
    let e = clear_correction(&db, "so", "report-family-notes").expect("cleared");
    assert_eq!(e.correction, None, "back to the shipped text");
    assert_eq!(somali(&db).corrections, 0, "and the count with it");
}

#[test]
fn the_editors_save_keeps_a_text_and_clears_on_none() {
    let (_dir, db) = db();
    let e =
        set_correction(&db, "so", "report-family-notes", Some("Qoraalka qoyska"), 5).expect("kept");
    assert_eq!(
        e.correction.as_deref(),
        Some("Qoraalka qoyska"),
        "a text is kept as the correction"
    );
    let e = set_correction(&db, "so", "report-family-notes", None, 6).expect("cleared");
    assert_eq!(e.correction, None, "no text clears it");
    assert_eq!(somali(&db).corrections, 0, "and the count with it");
}

#[test]
fn a_bad_catalog_file_changes_nothing() {
    let (dir, db) = db();
    correct(&db, "so", "report-title", "Warbixin", 1).expect("kept");
    let path = dir.path().join("so.ftl");
    std::fs::write(&path, "report-title = Other\nnot-an-id = x\n").expect("written");
    let err = import_file(&db, "so", &path, 2).expect_err("an unknown id is refused");
    assert!(
        err.to_string().contains("not-an-id"),
        "the sentence names the id: {err}"
    );
    assert_eq!(
        entry(&db, "so", "report-title")
            .expect("the label")
            .correction
            .as_deref(),
        Some("Warbixin"),
        "the earlier correction is untouched"
    );
    std::fs::write(&path, vec![b'#'; MOST_CATALOG_BYTES + 10]).expect("written");
    assert!(
        import_file(&db, "so", &path, 3)
            .expect_err("too big")
            .to_string()
            .contains("KB"),
        "a file over the limit is refused unread"
    );
}

#[test]
fn a_catalog_file_carries_corrections_to_another_laptop() {
    let (dir, a) = db();
    correct(&a, "vi", "report-title", "Báo cáo họp phụ huynh", 1).expect("kept");
    let path = dir.path().join("vi.ftl");
    export_file(&a, "vi", &path).expect("exported");
    let (_dir2, b) = db();
    let done = import_file(&b, "vi", &path, 2).expect("imported");
    assert_eq!(
        done.corrections, 1,
        "one label differs from the shipped text"
    );
    assert_eq!(
        local_catalogs(b.conn()).expect("local")["vi"].corrections,
        local_catalogs(a.conn()).expect("local")["vi"].corrections,
        "the second laptop has the same corrections"
    );
}

/// Text an interpreter might type: words in several scripts, punctuation, and sometimes
/// the label's own variable.
fn label_text() -> impl Strategy<Value = String> {
    (
        "[A-Za-zÀ-ÿ\u{0621}-\u{064A}\u{4E00}-\u{4E50}ạảấầẩẫậ .,;:!?'()+…-]{1,40}",
        any::<bool>(),
    )
        .prop_map(|(words, with_n)| {
            let words = words.trim().trim_start_matches(['.', '-']).to_owned();
            let words = if words.is_empty() {
                "x".to_owned()
            } else {
                words
            };
            if with_n {
                format!("{words} {{ $n }}")
            } else {
                words
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn export_then_import_gives_back_the_same_corrections(
        texts in proptest::collection::vec(label_text(), 1..5),
        lang in proptest::sample::select(vec!["so", "ar", "vi", "zh", "ht", "pt"]),
    ) {
        let (_dir, a) = db();
        let ids = ["report-title", "report-family-notes", "report-more-skills", "summary-students", "report-goals"];
        for (id, text) in ids.iter().zip(&texts) {
            // Only the two counted labels take $n; the others refuse it, which is fine here.
            let _ = correct(&a, lang, id, text, 1);
        }
        let before = local_catalogs(a.conn()).expect("local").remove(lang).unwrap_or_default();
        let file = export(&a, lang).expect("exported");
        let (_dir2, b) = db();
        import(&b, lang, &file, 2).expect("its own export imports");
        let after = local_catalogs(b.conn()).expect("local").remove(lang).unwrap_or_default();
        prop_assert_eq!(after.corrections, before.corrections, "the file: {}", file);
    }
}
