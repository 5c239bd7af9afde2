//! The sample framework and its progression links.

use super::*;

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
