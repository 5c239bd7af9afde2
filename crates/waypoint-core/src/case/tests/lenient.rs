//! Real exports and written files with the common deviations: each is read, with its
//! warnings; the pre-1.0 format is refused with its own message.

use super::*;

const CCSS_MATH: &[u8] =
    include_bytes!("../../../tests/fixtures/case/opensalt-ccss-math-trimmed.json");
const WHAT_STANDARDS: &[u8] =
    include_bytes!("../../../tests/fixtures/case/opensalt-what-standards-could-be.json");
const TEXT_FOR_LIST: &[u8] =
    include_bytes!("../../../tests/fixtures/case/quirk-text-for-list.json");
const NUMBERS: &[u8] = include_bytes!("../../../tests/fixtures/case/quirk-numbers.json");
const PLAIN_URIS: &[u8] = include_bytes!("../../../tests/fixtures/case/quirk-plain-uris.json");
const MISSING: &[u8] = include_bytes!("../../../tests/fixtures/case/quirk-missing-fields.json");
const LSDOC: &[u8] = include_bytes!("../../../tests/fixtures/case/lsdoc-pre-1.0.json");

/// Counted straight from the JSON, independently of the reader: (items with an identifier,
/// isChildOf associations, precedes associations between two items of the file).
fn counts(bytes: &[u8]) -> (usize, usize, usize) {
    let v: Value = serde_json::from_slice(bytes).expect("the fixture is JSON");
    let items = v["CFItems"]
        .as_array()
        .map(|a| a.iter().filter(|i| i["identifier"].is_string()).count())
        .unwrap_or(0);
    let ids: HashSet<&str> = v["CFItems"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["identifier"].as_str())
        .collect();
    let associations = v["CFAssociations"].as_array().cloned().unwrap_or_default();
    let child_links = associations
        .iter()
        .filter(|x| x["associationType"] == "isChildOf")
        .count();
    let inside = |x: &Value, end: &str| {
        x[end]["identifier"]
            .as_str()
            .is_some_and(|id| ids.contains(id))
    };
    let precedes = associations
        .iter()
        .filter(|x| {
            x["associationType"] == "precedes"
                && inside(x, "originNodeURI")
                && inside(x, "destinationNodeURI")
        })
        .count();
    (items, child_links, precedes)
}

fn warning<'a>(pkg: &'a CasePackage, field: &str) -> &'a CaseWarning {
    pkg.warnings
        .iter()
        .find(|w| w.field == field)
        .unwrap_or_else(|| panic!("a warning about {field} is expected in {:#?}", pkg.warnings))
}

#[test]
fn opensalt_ccss_math_with_subject_as_text_is_read() {
    let pkg = parse(CCSS_MATH);
    let (items, child_links, _) = counts(CCSS_MATH);
    assert_eq!(items, 166, "the trimmed export has 166 items");
    assert_eq!(pkg.nodes.len(), items, "every item of the file is read");
    assert!(
        pkg.missing_parents.is_empty() && pkg.extra_parents == 0,
        "the {child_links} isChildOf links all resolve, one per item"
    );
    assert_eq!(
        pkg.document.subjects,
        vec!["Math"],
        "subject: \"Math\" is read as a list of one"
    );
    let subject = warning(&pkg, "subject");
    assert_eq!(
        subject.items,
        vec!["the CFDocument"],
        "the document is named"
    );
    assert_eq!(
        subject.message.id, "core-case-text-for-list",
        "the UI renders the warning from the catalog"
    );
    assert_eq!(
        subject.message.to_string(),
        "\"subject\" is text where CASE expects a list (the CFDocument); it was read as a list.",
        "the warning is a sentence saying what was done"
    );
    let levels = warning(&pkg, "educationalLevel");
    assert_eq!(
        levels.items.len(),
        items,
        "every item spells educationLevel the old way, and each is named once"
    );
    assert!(
        levels.message.to_string().contains("and 161 more")
            && levels.message.to_string().contains("\"educationLevel\""),
        "a long list is shortened and says what it was read as: {}",
        levels.message
    );
    let rp = node(&pkg, "CCSS.Math.Content.6.RP.A.1");
    assert_eq!(
        rp.education_levels,
        vec!["06"],
        "educationalLevel is read as educationLevel"
    );
    let fields: Vec<&str> = pkg.warnings.iter().map(|w| w.field.as_str()).collect();
    assert_eq!(
        fields,
        vec!["subject", "educationalLevel", "educationalLevel"],
        "only the subject and educationalLevel deviate (its name, and text for a list): {:#?}",
        pkg.warnings
    );
}

#[test]
fn opensalt_sample_with_sequence_numbers_as_text_is_read() {
    let pkg = parse(WHAT_STANDARDS);
    let (items, _, precedes) = counts(WHAT_STANDARDS);
    assert_eq!(pkg.nodes.len(), items, "all {items} items are read");
    assert_eq!(pkg.precedes.len(), precedes, "its precedes links are kept");
    let seq = warning(&pkg, "sequenceNumber");
    assert_eq!(
        seq.items,
        vec!["CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A"],
        "the two links with text sequence numbers are named by their child's code"
    );
    let tops: Vec<&str> = pkg
        .nodes
        .iter()
        .filter(|n| n.parent.is_none())
        .map(|n| n.code.as_str())
        .collect();
    assert_eq!(
        &tops[..2],
        &["CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A"],
        "the numbers in the text order the top level"
    );
}

#[test]
fn text_where_a_list_belongs_and_lists_of_one() {
    let pkg = parse(TEXT_FOR_LIST);
    assert_eq!(
        pkg.nodes.len(),
        counts(TEXT_FOR_LIST).0,
        "every item is read"
    );
    assert_eq!(
        pkg.document.subjects,
        vec!["Math"],
        "subject text is a list"
    );
    assert_eq!(pkg.document.version, "2.0", "a list of one is its text");
    assert_eq!(
        node(&pkg, "Q.2").education_levels,
        vec!["05", "06"],
        "text with commas is split"
    );
    assert_eq!(
        node(&pkg, "Q.2").full_statement,
        "Subtract fractions.",
        "a one-entry statement list is read"
    );
    assert_eq!(
        warning(&pkg, "educationLevel").items,
        vec!["Q.1", "Q.2"],
        "Q.3 has a real list and is not named"
    );
    assert_eq!(
        warning(&pkg, "fullStatement").items,
        vec!["Q.2"],
        "the statement list is named"
    );
    assert_eq!(
        warning(&pkg, "version").items,
        vec!["the CFDocument"],
        "the version list is named"
    );
    assert_eq!(
        node(&pkg, "Q.3").parent.as_deref(),
        Some("q-1"),
        "the tree is kept"
    );
}

#[test]
fn numbers_as_text_and_text_as_numbers() {
    let pkg = parse(NUMBERS);
    assert_eq!(pkg.nodes.len(), counts(NUMBERS).0, "every item is read");
    assert_eq!(
        codes(&pkg),
        vec!["7", "7.2", "7.1", "7.3"],
        "2.0 before \"3\", and \"first\" (ignored) last"
    );
    assert_eq!(
        node(&pkg, "7").list_enumeration,
        "1",
        "a number is read as text"
    );
    let by_field = |f: &str| warning(&pkg, f).items.clone();
    assert_eq!(
        by_field("humanCodingScheme"),
        vec!["n-1"],
        "a code read from a number names the item by identifier"
    );
    assert_eq!(by_field("listEnumeration"), vec!["7"], "named by its code");
    let sequence: Vec<&CaseWarning> = pkg
        .warnings
        .iter()
        .filter(|w| w.field == "sequenceNumber")
        .collect();
    assert_eq!(
        sequence.len(),
        3,
        "text numbers, a decimal point and no number at all are three warnings: {sequence:#?}"
    );
    assert!(
        sequence
            .iter()
            .any(|w| w.items == vec!["7.3"] && w.message.to_string().contains("ignored")),
        "\"first\" is ignored and said to be"
    );
}

#[test]
fn plain_uris_are_resolved() {
    let pkg = parse(PLAIN_URIS);
    assert_eq!(pkg.nodes.len(), counts(PLAIN_URIS).0, "every item is read");
    assert!(
        pkg.missing_parents.is_empty(),
        "every plain URI resolves: {:?}",
        pkg.missing_parents
    );
    let parent_code = |code: &str| {
        let p = node(&pkg, code).parent.clone();
        p.map(|p| node_code_of(&pkg, &p))
    };
    assert_eq!(
        parent_code("S.1"),
        None,
        "the document's address is the top"
    );
    for code in ["S.1.1", "S.1.2", "S.1.3"] {
        assert_eq!(
            parent_code(code).as_deref(),
            Some("S.1"),
            "{code} hangs under S.1 (by uri, identifier or last segment)"
        );
    }
    assert_eq!(
        codes(&pkg),
        vec!["S.1", "S.1.1", "S.1.2", "S.1.3"],
        "the sequence numbers still order them"
    );
    assert_eq!(
        node(&pkg, "S.1").item_type,
        "Domain",
        "a type URI is named by its definition"
    );
    assert_eq!(
        node(&pkg, "S.1.1").item_type,
        "",
        "an unknown type URI is empty"
    );
    assert_eq!(
        warning(&pkg, "originNodeURI").items,
        vec!["S.1", "S.1.1", "S.1.2"],
        "each plain origin is named"
    );
    assert_eq!(
        warning(&pkg, "CFItemTypeURI").items,
        vec!["S.1", "S.1.1"],
        "each plain type is named"
    );
    assert!(
        pkg.warnings
            .iter()
            .any(|w| w.field == "destinationNodeURI"
                && w.message.to_string().contains("no identifier")),
        "a LinkURI with only a uri is noted: {:#?}",
        pkg.warnings
    );
}

fn node_code_of(pkg: &CasePackage, identifier: &str) -> String {
    pkg.nodes
        .iter()
        .find(|n| n.identifier == identifier)
        .map(|n| n.code.clone())
        .unwrap_or_default()
}

#[test]
fn missing_fields_and_unusable_entries() {
    let pkg = parse(MISSING);
    let ids: Vec<&str> = pkg.nodes.iter().map(|n| n.identifier.as_str()).collect();
    assert_eq!(
        ids,
        vec!["m-1", "m-2", "m-3"],
        "the item without an identifier and the repeat are left out; m-2 under m-1"
    );
    assert_eq!(
        pkg.document.title, "",
        "a missing title is empty, not refused"
    );
    assert_eq!(
        warning(&pkg, "fullStatement").items,
        vec!["m-3"],
        "only the item with neither statement nor code is named"
    );
    let left_out: Vec<&str> = pkg
        .warnings
        .iter()
        .filter(|w| w.field == "identifier")
        .flat_map(|w| w.items.iter().map(String::as_str))
        .collect();
    assert_eq!(
        left_out,
        vec!["M.4 (entry 4 in CFItems)", "M.5"],
        "the item without an identifier and the repeat are both reported: {:#?}",
        pkg.warnings
    );
    assert!(
        pkg.warnings.iter().any(|w| w.field == "isChildOf"),
        "the link without a destination is reported"
    );
    assert!(
        !pkg.warnings.iter().any(|w| w.field == "CFItemType"
            || w.field == "humanCodingScheme"
            || w.field == "title"),
        "missing optional fields give no warning"
    );
}

#[test]
fn a_clean_package_has_no_warnings() {
    assert!(
        parse(include_bytes!(
            "../../../../../assets/case/sample-math-6.json"
        ))
        .warnings
        .is_empty(),
        "the sample follows the specification"
    );
}

#[test]
fn the_pre_one_format_is_refused_with_its_own_message() {
    let err = parse_package(LSDOC).expect_err("lsDoc is refused");
    assert_eq!(err, Error::CasePreOneFormat, "its own variant");
    let message = err.to_string();
    assert!(
        message.contains("pre-1.0") && message.contains("CASE 1.0 export"),
        "the message says what it is and what to ask for: {message}"
    );
    let upper = br#"{"LSDoc": {"identifier": "x"}, "LSItems": []}"#;
    assert_eq!(
        parse_package(upper),
        Err(Error::CasePreOneFormat),
        "the capitalised spelling is recognised too"
    );
}

#[test]
fn a_loop_is_still_refused_when_written_with_plain_uris() {
    let bytes = package(
        vec![item("a", "A"), item("b", "B")],
        vec![
            json!({"associationType": "isChildOf", "originNodeURI": "https://x.org/uri/a", "destinationNodeURI": "https://x.org/uri/b"}),
            json!({"associationType": "isChildOf", "originNodeURI": "b", "destinationNodeURI": {"identifier": "a"}, "sequenceNumber": "1"}),
        ],
    );
    assert_eq!(
        cycle_codes(&bytes),
        vec!["A", "B"],
        "lenience does not hide a loop"
    );
}
