//! The CASE reader's tests: the sample package, every rejection and report, the order of
//! the tree, and properties over generated packages.

use super::tree::natural_cmp;
use super::*;
use proptest::prelude::*;
use serde_json::json;
use std::collections::HashSet;

const SAMPLE: &[u8] = include_bytes!("../../../../assets/case/sample-math-6.json");
const SAMPLE_V2: &[u8] = include_bytes!("../../tests/fixtures/case/sample-math-6-v2.json");
const CYCLE: &[u8] = include_bytes!("../../tests/fixtures/case/cycle.json");
const MISSING_PARENT: &[u8] = include_bytes!("../../tests/fixtures/case/missing-parent.json");
const NOT_A_PACKAGE: &[u8] = include_bytes!("../../tests/fixtures/case/not-a-package.json");
const TRUNCATED: &[u8] = include_bytes!("../../tests/fixtures/case/truncated.json");

const SAMPLE_DOC_ID: &str = "a574b543-dc65-5f43-87b5-91ce787358a4";

fn parse(bytes: &[u8]) -> CasePackage {
    parse_package(bytes).expect("the package should parse")
}

fn node<'a>(pkg: &'a CasePackage, code: &str) -> &'a CaseNode {
    pkg.nodes
        .iter()
        .find(|n| n.code == code)
        .unwrap_or_else(|| panic!("{code} should be in the package"))
}

fn codes(pkg: &CasePackage) -> Vec<&str> {
    pkg.nodes.iter().map(|n| n.code.as_str()).collect()
}

fn depth(pkg: &CasePackage, code: &str) -> usize {
    let by_id: HashMap<&str, &CaseNode> = pkg
        .nodes
        .iter()
        .map(|n| (n.identifier.as_str(), n))
        .collect();
    let mut d = 0;
    let mut current = node(pkg, code);
    while let Some(p) = &current.parent {
        d += 1;
        current = by_id[p.as_str()];
    }
    d
}

fn not_package_reason(bytes: &[u8]) -> String {
    match parse_package(bytes) {
        Err(Error::NotCasePackage { reason }) => reason,
        other => panic!("expected NotCasePackage, got {other:?}"),
    }
}

fn invalid_reason(bytes: &[u8]) -> String {
    match parse_package(bytes) {
        Err(Error::InvalidCasePackage { reason }) => reason,
        other => panic!("expected InvalidCasePackage, got {other:?}"),
    }
}

fn cycle_codes(bytes: &[u8]) -> Vec<String> {
    match parse_package(bytes) {
        Err(Error::CaseCycle { codes }) => codes,
        other => panic!("expected CaseCycle, got {other:?}"),
    }
}

// Small packages written in the tests.

fn item(id: &str, code: &str) -> Value {
    json!({ "identifier": id, "humanCodingScheme": code, "fullStatement": format!("Statement {code}") })
}

fn child(origin: &str, destination: &str, sequence: Option<i64>) -> Value {
    let mut a = json!({
        "identifier": format!("{origin}->{destination}"),
        "associationType": "isChildOf",
        "originNodeURI": { "title": origin, "identifier": origin, "uri": format!("https://case.example.org/uri/{origin}") },
        "destinationNodeURI": { "title": destination, "identifier": destination, "uri": format!("https://case.example.org/uri/{destination}") },
    });
    if let Some(s) = sequence {
        a["sequenceNumber"] = json!(s);
    }
    a
}

fn package(items: Vec<Value>, associations: Vec<Value>) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "CFDocument": { "identifier": "doc", "title": "Test framework", "version": "1" },
        "CFItems": items,
        "CFAssociations": associations,
    }))
    .expect("a json! value serializes")
}

// The sample framework.

#[test]
fn sample_document_and_counts() {
    let pkg = parse(SAMPLE);
    let doc = &pkg.document;
    assert_eq!(
        doc.identifier, SAMPLE_DOC_ID,
        "the document identifier is read as given"
    );
    assert_eq!(
        doc.title, "Waypoint Sample Math, Grade 6",
        "the title is read"
    );
    assert_eq!(doc.version, "1.0", "the sample is version 1.0");
    assert_eq!(
        doc.creator, "Waypoint Sample Standards Group (fictional)",
        "creator is read"
    );
    assert_eq!(
        doc.last_change, "2025-01-15T12:00:00+00:00",
        "lastChangeDateTime is read"
    );
    assert_eq!(
        doc.subjects,
        vec!["Mathematics"],
        "subject is a list of text"
    );
    assert_eq!(doc.adoption_status, "Draft", "adoptionStatus is read");
    assert_eq!(
        pkg.nodes.len(),
        21,
        "2 domains + 5 clusters + 12 standards + 2 components"
    );
    let count = |t: &str| pkg.nodes.iter().filter(|n| n.item_type == t).count();
    assert_eq!(count("Domain"), 2, "two domains");
    assert_eq!(count("Cluster"), 5, "five clusters");
    assert_eq!(count("Standard"), 12, "twelve standards");
    assert_eq!(
        count("Component"),
        2,
        "components get their type from CFItemTypeURI.title"
    );
    assert!(
        pkg.missing_parents.is_empty(),
        "every parent in the sample exists"
    );
    assert_eq!(pkg.extra_parents, 0, "every sample item has one parent");
    assert!(
        pkg.nodes.iter().all(|n| n.education_levels == ["06"]),
        "every sample item is for grade 06"
    );
}

#[test]
fn sample_is_in_pre_order_with_siblings_in_order() {
    let pkg = parse(SAMPLE);
    assert_eq!(
        codes(&pkg),
        vec![
            "WPM.6.RP",
            "WPM.6.RP.A",
            "WPM.6.RP.A.1",
            "WPM.6.RP.A.2",
            "WPM.6.RP.A.3",
            "WPM.6.RP.A.3.a",
            "WPM.6.RP.A.3.b",
            "WPM.6.RP.B",
            "WPM.6.RP.B.4",
            "WPM.6.RP.B.5",
            "WPM.6.EE",
            "WPM.6.EE.A",
            "WPM.6.EE.A.6",
            "WPM.6.EE.A.7",
            "WPM.6.EE.A.8",
            "WPM.6.EE.B",
            "WPM.6.EE.B.9",
            "WPM.6.EE.B.10",
            "WPM.6.EE.B.11",
            "WPM.6.EE.C",
            "WPM.6.EE.C.12",
        ],
        "the file lists items sorted by code text; the tree order must not follow it"
    );
}

#[test]
fn sample_sequence_number_beats_list_enumeration() {
    let pkg = parse(SAMPLE);
    let (rp, ee) = (node(&pkg, "WPM.6.RP"), node(&pkg, "WPM.6.EE"));
    assert_eq!(
        (rp.list_enumeration.as_str(), ee.list_enumeration.as_str()),
        ("2", "1"),
        "the fixture numbers EE first in listEnumeration"
    );
    assert_eq!(
        (rp.order, ee.order),
        (0, 1),
        "but sequenceNumber 1 puts RP first, and sequenceNumber wins"
    );
}

#[test]
fn sample_natural_code_order_when_nothing_else_decides() {
    let pkg = parse(SAMPLE);
    let orders: Vec<u32> = ["WPM.6.EE.B.9", "WPM.6.EE.B.10", "WPM.6.EE.B.11"]
        .iter()
        .map(|c| node(&pkg, c).order)
        .collect();
    assert_eq!(
        orders,
        vec![0, 1, 2],
        "without sequenceNumber or listEnumeration, 9 comes before 10 and 11 (not text order)"
    );
}

#[test]
fn sample_parents_depths_and_leaves() {
    let pkg = parse(SAMPLE);
    assert_eq!(
        node(&pkg, "WPM.6.RP").parent,
        None,
        "a domain is a child of the document"
    );
    assert_eq!(
        node(&pkg, "WPM.6.RP.A.3.a").parent.as_deref(),
        Some(node(&pkg, "WPM.6.RP.A.3").identifier.as_str()),
        "a component's parent is its standard"
    );
    for (code, d) in [
        ("WPM.6.EE", 0),
        ("WPM.6.EE.C", 1),
        ("WPM.6.EE.C.12", 2),
        ("WPM.6.RP.A.3.b", 3),
    ] {
        assert_eq!(depth(&pkg, code), d, "{code} sits at depth {d}");
    }
    for (code, leaf) in [
        ("WPM.6.RP", false),
        ("WPM.6.RP.A", false),
        ("WPM.6.RP.A.3", false),
        ("WPM.6.RP.A.3.a", true),
        ("WPM.6.RP.A.2", true),
        ("WPM.6.EE.C.12", true),
    ] {
        assert_eq!(
            node(&pkg, code).is_leaf,
            leaf,
            "{code} is_leaf should be {leaf}"
        );
    }
    let rp_a3a = node(&pkg, "WPM.6.RP.A.3.a");
    assert_eq!(
        rp_a3a.item_type, "Component",
        "CFItemTypeURI.title stands in for CFItemType"
    );
    assert_eq!(rp_a3a.list_enumeration, "a", "listEnumeration is read");
    assert_eq!(
        rp_a3a.abbreviated_statement, "Tables of equivalent ratios",
        "abbreviatedStatement is read"
    );
    assert!(
        rp_a3a.full_statement.starts_with("Complete tables"),
        "fullStatement is read"
    );
}

#[test]
fn version_two_parses_with_its_changes() {
    let v1 = parse(SAMPLE);
    let v2 = parse(SAMPLE_V2);
    assert_eq!(
        v2.document.identifier, v1.document.identifier,
        "v2 is the same framework"
    );
    assert_eq!(v2.document.version, "1.1", "v2 is version 1.1");
    assert_eq!(v2.nodes.len(), 22, "v2 adds one standard");
    assert_eq!(
        node(&v2, "WPM.6.EE.C.13").parent.as_deref(),
        Some(node(&v2, "WPM.6.EE.C").identifier.as_str()),
        "the new standard sits in cluster EE.C"
    );
    let moved = node(&v2, "WPM.6.RP.B.5");
    assert_eq!(
        moved.identifier,
        node(&v1, "WPM.6.RP.B.5").identifier,
        "a moved standard keeps its identifier"
    );
    assert_eq!(
        moved.parent.as_deref(),
        Some(node(&v2, "WPM.6.RP.A").identifier.as_str()),
        "RP.B.5 moved to cluster RP.A"
    );
    assert_eq!(moved.order, 3, "it comes after RP.A.1–3");
    for code in ["WPM.6.RP.A.2", "WPM.6.EE.A.7"] {
        assert_ne!(
            node(&v2, code).full_statement,
            node(&v1, code).full_statement,
            "{code} was reworded in v2"
        );
    }
    let reworded = v1
        .nodes
        .iter()
        .filter(|n| node(&v2, &n.code).full_statement != n.full_statement)
        .count();
    assert_eq!(reworded, 2, "only two statements changed");
}

// Problems in the file.

#[test]
fn a_loop_is_named_in_order() {
    let codes = cycle_codes(CYCLE);
    assert_eq!(
        codes,
        vec!["WPM.6.RP", "WPM.6.RP.A"],
        "the loop starts at its smallest code, parent to child"
    );
    let message = Error::CaseCycle { codes }.to_string();
    assert_eq!(
        message,
        "This framework's structure loops back on itself: WPM.6.RP → WPM.6.RP.A → WPM.6.RP. \
         Ask the publisher for a corrected file.",
        "the message closes the loop for a teacher"
    );
}

#[test]
fn an_item_inside_itself_is_a_loop() {
    let bytes = package(vec![item("x", "X")], vec![child("x", "x", None)]);
    let codes = cycle_codes(&bytes);
    assert_eq!(codes, vec!["X"], "self-parenting is a loop of one");
    assert!(
        Error::CaseCycle { codes }.to_string().contains("X → X"),
        "the message shows the item pointing at itself"
    );
}

#[test]
fn a_loop_is_reported_the_same_whatever_the_file_order() {
    // A contains B contains C contains A, written in two different orders.
    let items = vec![
        item("a", "A"),
        item("b", "B"),
        item("c", "C"),
        item("d", "D"),
    ];
    let links = vec![
        child("b", "a", Some(1)),
        child("c", "b", Some(1)),
        child("a", "c", Some(1)),
        child("d", "doc", Some(1)),
    ];
    let forward = cycle_codes(&package(items.clone(), links.clone()));
    let backward = cycle_codes(&package(
        items.into_iter().rev().collect(),
        links.into_iter().rev().collect(),
    ));
    assert_eq!(
        forward,
        vec!["A", "B", "C"],
        "parent to child, from the smallest code"
    );
    assert_eq!(
        forward, backward,
        "the file's order must not change the message"
    );
}

#[test]
fn a_loop_without_codes_is_named_by_identifiers() {
    let bytes = package(
        vec![item("id-2", ""), item("id-1", "")],
        vec![child("id-1", "id-2", None), child("id-2", "id-1", None)],
    );
    assert_eq!(
        cycle_codes(&bytes),
        vec!["id-1", "id-2"],
        "identifiers stand in for missing codes"
    );
}

#[test]
fn a_missing_parent_is_kept_at_the_top_and_reported() {
    let pkg = parse(MISSING_PARENT);
    assert_eq!(pkg.nodes.len(), 6, "nothing is dropped");
    let orphan = node(&pkg, "WPM.6.RP.B.4");
    assert_eq!(
        orphan.parent, None,
        "an item whose parent is missing sits at the top"
    );
    assert_eq!(
        pkg.missing_parents.len(),
        1,
        "only RP.B.4 points at a missing parent"
    );
    let reported = &pkg.missing_parents[0];
    assert_eq!(reported.code, "WPM.6.RP.B.4", "the report names the item");
    assert_eq!(reported.identifier, orphan.identifier, "and its identifier");
    assert_eq!(
        reported.parent, "129b09cd-a226-5316-b277-24c73f9a30bf",
        "and the identifier of the cluster WPM.6.RP.B that the file lacks"
    );
    assert_eq!(
        node(&pkg, "WPM.6.RP.B.5").parent,
        None,
        "an item with no isChildOf at all sits at the top too, without a report"
    );
    assert_eq!(
        codes(&pkg),
        vec![
            "WPM.6.RP",
            "WPM.6.RP.A",
            "WPM.6.RP.A.1",
            "WPM.6.RP.A.2",
            "WPM.6.RP.B.4",
            "WPM.6.RP.B.5"
        ],
        "top-level items, orphans included, are ordered by the same sibling rule"
    );
}

#[test]
fn other_json_and_cut_files_are_not_packages_with_distinct_reasons() {
    let other = not_package_reason(NOT_A_PACKAGE);
    let cut = not_package_reason(TRUNCATED);
    assert_eq!(
        other, "it has no CFDocument",
        "a Waypoint class file has no CFDocument"
    );
    assert!(
        cut.contains("cut short"),
        "a truncated file says it was cut short: {cut}"
    );
    assert_ne!(other, cut, "the two problems need different advice");
    assert_eq!(
        Error::NotCasePackage { reason: other }.to_string(),
        "This file is not a CASE framework package (CFPackage): it has no CFDocument.",
        "the message is one sentence"
    );
}

#[test]
fn each_kind_of_non_package_says_what_it_is() {
    let cases: [(&[u8], &str); 12] = [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"[1, 2, 3]", "a list"),
        (b"\"CFDocument\"", "text"),
        (b"{ CFDocument: 1 }", "not valid JSON"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"%PDF-1.7", "PDF"),
        (b"<!doctype html><html>", "web page"),
        (br#"{"CFDocument": []}"#, "its CFDocument is a list"),
        (br#"{"CFDocument": {"title": "No id"}}"#, "no identifier"),
        (
            br#"{"CFDocument": {"identifier": "d"}, "CFItems": {}}"#,
            "its CFItems is an object",
        ),
        (
            br#"{"CFDocument": {"identifier": "d"}, "CFAssociations": "x"}"#,
            "its CFAssociations is text",
        ),
    ];
    for (bytes, expected) in cases {
        let reason = not_package_reason(bytes);
        assert!(
            reason.contains(expected),
            "{:?} should be refused with a reason mentioning {expected:?}, got {reason:?}",
            String::from_utf8_lossy(bytes)
        );
    }
    let lone_document = br#"{"identifier": "d", "title": "T", "creator": "C", "CFPackageURI": {}}"#;
    assert!(
        not_package_reason(lone_document).contains("whole CFPackage"),
        "a CFDocument on its own is told apart, with advice"
    );
    let items_only = br#"{"CFItems": []}"#;
    assert!(
        not_package_reason(items_only).contains("no CFDocument"),
        "items without a document are not a package"
    );
}

#[test]
fn a_byte_order_mark_and_empty_lists_are_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(br#"{"CFDocument": {"identifier": "d", "subject": null}}"#);
    let pkg = parse(&bytes);
    assert!(pkg.nodes.is_empty(), "missing CFItems means zero items");
    assert!(
        pkg.document.subjects.is_empty(),
        "a null subject is a missing subject"
    );
    assert_eq!(pkg.document.title, "", "a missing title reads as empty");
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let size = usize::try_from(MAX_FILE_BYTES + 1).expect("fits in usize");
    let bytes = vec![b' '; size];
    let err = parse_package(&bytes).expect_err("too large");
    assert_eq!(
        err,
        Error::CaseFileTooLarge {
            bytes: MAX_FILE_BYTES + 1,
            max: MAX_FILE_BYTES
        },
        "the size is checked first"
    );
    assert_eq!(
        err.to_string(),
        "This file is 50 MB; Waypoint can import CASE framework files up to 50 MB.",
        "sizes are shown in MB (one byte over rounds to 50)"
    );
}

#[test]
fn wrong_field_types_are_refused_naming_item_and_field() {
    let with = |field: &str, value: Value| {
        let mut it = item("i1", "WPM.6.X.1");
        it[field] = value;
        package(vec![it], vec![child("i1", "doc", Some(1))])
    };
    let cases = [
        (
            with("educationLevel", json!("06")),
            "item WPM.6.X.1 has \"educationLevel\" as text, but CASE expects a list of text",
        ),
        (
            with("educationLevel", json!([6])),
            "item WPM.6.X.1 has a number in \"educationLevel\"",
        ),
        (
            with("fullStatement", json!(["a"])),
            "item WPM.6.X.1 has \"fullStatement\" as a list",
        ),
        (
            with("listEnumeration", json!(3)),
            "item WPM.6.X.1 has \"listEnumeration\" as a number",
        ),
        (
            with("CFItemTypeURI", json!("Standard")),
            "item WPM.6.X.1 has \"CFItemTypeURI\" as text, but CASE expects an object",
        ),
        (
            with("CFItemTypeURI", json!({"title": 4})),
            "\"CFItemTypeURI.title\" as a number",
        ),
        (
            with("humanCodingScheme", json!(1)),
            "the item with identifier i1 has \"humanCodingScheme\" as a number",
        ),
    ];
    for (bytes, expected) in cases {
        let reason = invalid_reason(&bytes);
        assert!(
            reason.contains(expected),
            "expected {expected:?} in {reason:?}"
        );
    }

    let doc_subject = br#"{"CFDocument": {"identifier": "d", "subject": "Mathematics"}}"#;
    assert_eq!(
        invalid_reason(doc_subject),
        "the CFDocument has \"subject\" as text, but CASE expects a list of text",
        "document fields are checked too"
    );
    let text_sequence = package(
        vec![item("i1", "A")],
        vec![{
            let mut a = child("i1", "doc", None);
            a["sequenceNumber"] = json!("1");
            a
        }],
    );
    assert!(
        invalid_reason(&text_sequence)
            .contains("\"sequenceNumber\" as text, but CASE expects a whole number"),
        "sequenceNumber must be a number"
    );
    let fractional = package(
        vec![item("i1", "A")],
        vec![{
            let mut a = child("i1", "doc", None);
            a["sequenceNumber"] = json!(1.5);
            a
        }],
    );
    assert!(
        invalid_reason(&fractional).contains("1.5"),
        "a fraction is not a sequenceNumber"
    );
    let no_origin = package(
        vec![item("i1", "A")],
        vec![json!({
            "identifier": "assoc-1", "associationType": "isChildOf",
            "destinationNodeURI": { "identifier": "doc" }
        })],
    );
    assert_eq!(
        invalid_reason(&no_origin),
        "the isChildOf association assoc-1 has no \"originNodeURI\"",
        "an isChildOf needs both ends"
    );
    let blank_destination = package(
        vec![item("i1", "A")],
        vec![json!({
            "associationType": "isChildOf",
            "originNodeURI": { "identifier": "i1" }, "destinationNodeURI": { "identifier": " " }
        })],
    );
    assert_eq!(
        invalid_reason(&blank_destination),
        "the isChildOf association at entry 1 in CFAssociations has no \"destinationNodeURI.identifier\"",
        "an association without its own identifier is named by position"
    );
    let not_an_item = package(vec![item("i1", "A"), json!("B")], vec![]);
    assert_eq!(
        invalid_reason(&not_an_item),
        "entry 2 in CFItems is text, not an item",
        "entries are counted from 1"
    );
    let no_id = package(vec![json!({"humanCodingScheme": "Z.1"})], vec![]);
    assert_eq!(
        invalid_reason(&no_id),
        "item Z.1 (entry 1 in CFItems) has no identifier",
        "an item needs an identifier"
    );
}

#[test]
fn other_association_types_are_not_checked_or_used() {
    let bytes = package(
        vec![item("a", "A"), item("b", "B")],
        vec![
            json!({ "associationType": "isRelatedTo", "originNodeURI": 5, "sequenceNumber": "x" }),
            json!({ "associationType": "exactMatchOf", "originNodeURI": {"identifier": "a"}, "destinationNodeURI": {"identifier": "b"} }),
            child("b", "a", None),
        ],
    );
    let pkg = parse(&bytes);
    assert_eq!(
        codes(&pkg),
        vec!["A", "B"],
        "only isChildOf shapes the tree"
    );
    assert_eq!(
        node(&pkg, "A").parent,
        None,
        "exactMatchOf is not a parent link"
    );
}

#[test]
fn duplicate_identifiers_are_refused() {
    let bytes = package(
        vec![
            item("same", "WPM.6.A.1"),
            item("other", "WPM.6.A.2"),
            item("same", "WPM.6.A.3"),
        ],
        vec![],
    );
    assert_eq!(
        invalid_reason(&bytes),
        "two items share the identifier same (WPM.6.A.1 and WPM.6.A.3)",
        "the message names the identifier and both codes"
    );
    let as_document = package(vec![item("doc", "WPM.6.A.1")], vec![]);
    assert!(
        invalid_reason(&as_document).contains("same identifier as the CFDocument"),
        "an item cannot share the document's identifier"
    );
}

#[test]
fn several_parents_keep_the_lowest_sequence_number() {
    let bytes = package(
        vec![
            item("p1", "P1"),
            item("p2", "P2"),
            item("c", "C"),
            item("d", "D"),
        ],
        vec![
            child("p1", "doc", Some(1)),
            child("p2", "doc", Some(2)),
            child("c", "p1", Some(5)),
            child("c", "p2", Some(3)),
            child("c", "p2", Some(3)), // the same link again: not another parent
            child("d", "ghost", Some(1)),
            child("d", "p1", Some(9)),
            child("d", "p2", None),
        ],
    );
    let pkg = parse(&bytes);
    assert_eq!(
        node(&pkg, "C").parent.as_deref(),
        Some("p2"),
        "sequenceNumber 3 beats 5"
    );
    assert_eq!(
        node(&pkg, "D").parent.as_deref(),
        Some("p1"),
        "a parent in the file beats a missing one, then the lowest sequenceNumber wins"
    );
    assert!(
        pkg.missing_parents.is_empty(),
        "D found a parent, so nothing is missing"
    );
    assert_eq!(
        pkg.extra_parents, 3,
        "C's p1, and D's ghost and p2, were set aside"
    );
    assert_eq!(
        pkg.nodes.len(),
        4,
        "an item with several parents still appears once"
    );

    let ties = package(
        vec![item("p1", "P1"), item("p2", "P2"), item("c", "C")],
        vec![child("c", "p2", None), child("c", "p1", None)],
    );
    let ties = parse(&ties);
    assert_eq!(
        node(&ties, "C").parent.as_deref(),
        Some("p2"),
        "ties go to the first in the file"
    );
    assert_eq!(ties.extra_parents, 1, "the second link is set aside");
}

#[test]
fn sibling_order_rules() {
    let e = |id: &str, code: &str, list: Option<&str>| {
        let mut it = item(id, code);
        if let Some(l) = list {
            it["listEnumeration"] = json!(l);
        }
        it
    };
    let items = vec![
        e("k", "K", Some("10")),
        e("j", "J", Some("2")),
        e("z-last", "", None),
        e("y", "S.10", None),
        e("x", "S.2", None),
        e("w2", "S.2", None),
        e("m", "M", Some("b")),
        e("n", "N", Some("B")),
        e("q", "Q", Some("1")),
    ];
    let links = vec![
        child("k", "doc", None),
        child("j", "doc", None),
        child("z-last", "doc", None),
        child("y", "doc", None),
        child("x", "doc", None),
        child("w2", "doc", None),
        child("m", "doc", None),
        child("n", "doc", None),
        child("q", "doc", Some(7)),
    ];
    let pkg = parse(&package(items, links));
    let ids: Vec<&str> = pkg.nodes.iter().map(|n| n.identifier.as_str()).collect();
    assert_eq!(
        ids,
        vec!["q", "j", "k", "m", "n", "w2", "x", "y", "z-last"],
        "sequenceNumber first; listEnumeration 2 < 10 and case-insensitive (b = B, then code); \
         codes in natural order; identifier breaks ties; empty values last"
    );
    let orders: Vec<u32> = pkg.nodes.iter().map(|n| n.order).collect();
    assert_eq!(
        orders,
        (0..9).collect::<Vec<u32>>(),
        "order counts siblings from 0"
    );
}

#[test]
fn natural_order_is_numeric_and_total() {
    let mut v = vec![
        "6.RP.A.10",
        "6.rp.a.2",
        "6.RP.A.2",
        "6.RP.A.1",
        "6.RP.A",
        "6.RP.A.02",
        "6.RP.A.1a",
        "6.RP.B",
    ];
    v.sort_by(|a, b| natural_cmp(a, b));
    assert_eq!(
        v,
        vec![
            "6.RP.A",
            "6.RP.A.1",
            "6.RP.A.1a",
            "6.rp.a.2",
            "6.RP.A.2",
            "6.RP.A.02",
            "6.RP.A.10",
            "6.RP.B"
        ],
        "digit runs by value, letters ignoring case; equal texts keep their place (stable sort)"
    );
    // The order that a bare "numbers if both are numbers, else text" rule gets wrong.
    let (a, b, c) = ("2", "10", "1a");
    assert!(
        natural_cmp(a, b).is_lt() && natural_cmp(c, a).is_lt() && natural_cmp(c, b).is_lt(),
        "transitive"
    );
}

// Size and shape.

#[test]
fn a_ten_thousand_deep_chain_does_not_overflow() {
    const DEPTH: usize = 10_000;
    let items: Vec<Value> = (0..DEPTH)
        .map(|i| item(&format!("n{i}"), &format!("C{i}")))
        .collect();
    let links: Vec<Value> = (0..DEPTH)
        .map(|i| {
            let parent = if i == 0 {
                "doc".to_owned()
            } else {
                format!("n{}", i - 1)
            };
            child(&format!("n{i}"), &parent, None)
        })
        .rev()
        .collect();
    let pkg = parse(&package(items.clone(), links.clone()));
    assert_eq!(pkg.nodes.len(), DEPTH, "every link of the chain is kept");
    assert!(
        pkg.nodes
            .iter()
            .enumerate()
            .all(|(i, n)| n.identifier == format!("n{i}")),
        "pre-order of a chain is the chain from the top"
    );
    assert!(pkg.nodes[DEPTH - 1].is_leaf, "only the bottom is a leaf");

    // Close the chain into a loop of 10,000: still no overflow, and a short message.
    let mut looped = links;
    looped.push(child("n0", &format!("n{}", DEPTH - 1), Some(0)));
    let codes = cycle_codes(&package(items, looped));
    assert_eq!(codes.len(), DEPTH, "the whole chain is the loop");
    assert_eq!(codes[0], "C0", "the loop starts at the smallest code");
    assert_eq!(codes[1], "C1", "and goes from parent to child");
    let message = Error::CaseCycle { codes }.to_string();
    assert!(
        message.contains("C0 → C1 → C2 → C3 → C4 → C5 → … → C0 (a loop of 10000 items)"),
        "a long loop is shortened in the message: {message}"
    );
}

#[test]
fn fifty_thousand_items_parse() {
    const N: usize = 50_000;
    // Ten domains, each with 99 clusters of ~50 standards, listed leaves first.
    let mut items = Vec::with_capacity(N);
    let mut links = Vec::with_capacity(N);
    for i in (0..N).rev() {
        let id = format!("i{i}");
        items.push(item(&id, &format!("X.{i}")));
        let parent = if i < 10 {
            "doc".to_owned()
        } else if i < 1_000 {
            format!("i{}", i % 10)
        } else {
            format!("i{}", 10 + i % 990)
        };
        links.push(child(
            &id,
            &parent,
            Some(i64::try_from(i % 7).expect("small")),
        ));
    }
    let pkg = parse(&package(items, links));
    assert_eq!(pkg.nodes.len(), N, "every item appears");
    assert_eq!(
        pkg.nodes.iter().filter(|n| n.parent.is_none()).count(),
        10,
        "ten top-level items"
    );
}

// Random forests written in a random order read back as the same forest.

/// A tiny deterministic shuffle (xorshift), so the file order is random but reproducible.
fn shuffle<T>(v: &mut [T], mut seed: u64) {
    seed |= 1;
    for i in (1..v.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let j = usize::try_from(seed % (i as u64 + 1)).expect("small");
        v.swap(i, j);
    }
}

proptest! {
    #[test]
    fn random_forests_read_back_exactly(
        shape in prop::collection::vec(
            (0u8..6, any::<prop::sample::Index>(), prop::option::of(0i64..4), prop::option::of(0u8..4), any::<bool>()),
            1..80,
        ),
        item_seed in any::<u64>(),
        link_seed in any::<u64>(),
    ) {
        // Node i's parent is a document link, no link, a missing parent, or an earlier
        // node (so there is no loop); identifiers are relabelled so their order is not i's.
        let n = shape.len();
        let mut labels: Vec<usize> = (0..n).collect();
        shuffle(&mut labels, item_seed ^ 0x9e37_79b9);
        let id = |i: usize| format!("item-{:03}", labels[i]);
        let mut items = Vec::new();
        let mut links = Vec::new();
        let mut expected_parent: HashMap<String, Option<String>> = HashMap::new();
        let mut expected_missing = HashSet::new();
        for (i, (kind, pick, sequence, list, has_code)) in shape.iter().enumerate() {
            let mut it = item(&id(i), if *has_code { "S" } else { "" });
            if let Some(l) = list {
                it["listEnumeration"] = json!(l.to_string());
            }
            items.push(it);
            let parent = match *kind {
                0 => { links.push(child(&id(i), "doc", *sequence)); None }
                1 => None,
                2 => {
                    links.push(child(&id(i), &format!("ghost-{i}"), *sequence));
                    expected_missing.insert(id(i));
                    None
                }
                _ if i == 0 => None,
                _ => {
                    let p = pick.index(i);
                    links.push(child(&id(i), &id(p), *sequence));
                    Some(id(p))
                }
            };
            expected_parent.insert(id(i), parent);
        }
        shuffle(&mut items, item_seed);
        shuffle(&mut links, link_seed);
        let pkg = parse_package(&package(items, links)).expect("a forest parses");

        prop_assert_eq!(pkg.nodes.len(), n, "every item appears");
        let got: HashMap<String, Option<String>> =
            pkg.nodes.iter().map(|x| (x.identifier.clone(), x.parent.clone())).collect();
        prop_assert_eq!(got.len(), n, "no item appears twice");
        prop_assert_eq!(&got, &expected_parent, "the parent relation survives");
        let missing: HashSet<String> = pkg.missing_parents.iter().map(|m| m.identifier.clone()).collect();
        prop_assert_eq!(missing, expected_missing, "exactly the ghost-parented items are reported");
        prop_assert_eq!(pkg.extra_parents, 0, "each item had at most one link");

        // Exact pre-order: each node's parent is on the current path from the top.
        let mut path: Vec<&str> = Vec::new();
        let mut next_order: HashMap<Option<&str>, u32> = HashMap::new();
        for x in &pkg.nodes {
            match &x.parent {
                None => path.clear(),
                Some(p) => {
                    while path.last().is_some_and(|top| top != p) {
                        path.pop();
                    }
                    prop_assert!(!path.is_empty(), "{}'s parent must come before it, on its path", x.identifier);
                }
            }
            path.push(&x.identifier);
            let slot = next_order.entry(x.parent.as_deref()).or_insert(0);
            prop_assert_eq!(x.order, *slot, "siblings are numbered 0, 1, 2… in output order");
            *slot += 1;
            let has_children = pkg.nodes.iter().any(|y| y.parent.as_deref() == Some(x.identifier.as_str()));
            prop_assert_eq!(x.is_leaf, !has_children, "is_leaf means no children");
        }
    }
}

// Progressions.

#[test]
fn precedes_links_between_items_are_read_as_a_progression() {
    let pkg = parse(SAMPLE);
    let code_of = |id: &str| node_code(&pkg, id);
    let pairs: Vec<(String, String)> = pkg
        .precedes
        .iter()
        .map(|p| (code_of(&p.earlier), code_of(&p.later)))
        .collect();
    assert_eq!(
        pairs.len(),
        12,
        "the sample has twelve precedes links: {pairs:?}"
    );
    assert!(
        pairs.contains(&("WPM.6.RP.A.1".into(), "WPM.6.RP.A.2".into())),
        "origin comes before destination"
    );

    let mut precedes = child("a", "b", None);
    precedes["associationType"] = json!("precedes");
    let mut to_nowhere = child("a", "gone", None);
    to_nowhere["associationType"] = json!("precedes");
    let mut no_end = json!({ "identifier": "x", "associationType": "precedes", "originNodeURI": { "identifier": "a" } });
    no_end["lastChangeDateTime"] = json!("2025-01-01");
    let bytes = package(
        vec![item("a", "A"), item("b", "B")],
        vec![precedes.clone(), precedes, to_nowhere, no_end],
    );
    let pkg = parse(&bytes);
    assert_eq!(
        pkg.precedes,
        vec![Precedes {
            earlier: "a".into(),
            later: "b".into()
        }],
        "a repeat counts once, and a link with a missing end is skipped, not refused"
    );
}

fn node_code(pkg: &CasePackage, identifier: &str) -> String {
    pkg.nodes
        .iter()
        .find(|n| n.identifier == identifier)
        .map(|n| n.code.clone())
        .unwrap_or_default()
}
