//! Problems in the file: loops, missing parents, things that are not packages, the size
//! limit, several parents.

use super::*;

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
        Error::NotCasePackage {
            reason: crate::msg!("core-case-no-document")
        }
        .to_string(),
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
