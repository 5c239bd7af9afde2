//! The order of siblings, natural order, and packages of extreme size and shape.

use super::super::tree::natural_cmp;
use super::*;

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
