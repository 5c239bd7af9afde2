//! Properties over generated packages.

use super::*;
use proptest::prelude::*;

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

// The same package with random deviations applied reads to the same nodes.

/// Applies the deviations `mask` picks (one bit each) to one item.
fn quirk_item(it: &mut Value, mask: u8) {
    if mask & 1 != 0 {
        it["educationLevel"] = json!("06");
    }
    if mask & 2 != 0 {
        let s = it["fullStatement"].clone();
        it["fullStatement"] = json!([s]);
    }
    if mask & 4 != 0 {
        it["educationalLevel"] = it["educationLevel"].clone();
        it.as_object_mut().map(|o| o.remove("educationLevel"));
    }
}

/// Applies the deviations `mask` picks (one bit each) to one association; true when any
/// applied (a missing sequence number cannot be written as text).
fn quirk_link(a: &mut Value, mask: u8) -> bool {
    let before = a.clone();
    if mask & 1 != 0
        && let Some(n) = a["sequenceNumber"].as_i64()
    {
        a["sequenceNumber"] = json!(n.to_string());
    }
    if mask & 2 != 0 {
        a["originNodeURI"] = a["originNodeURI"]["uri"].clone();
    }
    if mask & 4 != 0 {
        a["destinationNodeURI"] = a["destinationNodeURI"]["identifier"].clone();
    }
    if mask & 8 != 0 {
        let uri = a["destinationNodeURI"]["uri"].clone();
        if uri.is_string() {
            a["destinationNodeURI"] = json!({ "uri": uri });
        }
    }
    *a != before
}

proptest! {
    #[test]
    fn random_quirks_read_as_the_clean_package(
        shape in prop::collection::vec((any::<prop::sample::Index>(), prop::option::of(0i64..5), any::<bool>()), 1..40),
        item_masks in prop::collection::vec(0u8..8, 40),
        link_masks in prop::collection::vec(0u8..16, 40),
        subject_as_text in any::<bool>(),
    ) {
        let id = |i: usize| format!("node-{i:02}");
        let mut items = Vec::new();
        let mut links = Vec::new();
        for (i, (pick, sequence, under_doc)) in shape.iter().enumerate() {
            let mut it = item(&id(i), &format!("C.{i}"));
            it["educationLevel"] = json!(["06"]);
            items.push(it);
            let parent = if *under_doc || i == 0 { "doc".to_owned() } else { id(pick.index(i)) };
            links.push(child(&id(i), &parent, *sequence));
        }
        let mut clean = serde_json::from_slice::<Value>(&package(items.clone(), links.clone()))
            .expect("the clean package is JSON");
        clean["CFDocument"]["subject"] = json!(["Math"]);
        clean["CFDocument"]["uri"] = json!("https://case.example.org/uri/doc");
        let mut quirky = clean.clone();
        for (it, mask) in quirky["CFItems"].as_array_mut().expect("items").iter_mut().zip(&item_masks) {
            quirk_item(it, *mask);
        }
        let mut links_changed = false;
        for (a, mask) in quirky["CFAssociations"].as_array_mut().expect("links").iter_mut().zip(&link_masks) {
            links_changed |= quirk_link(a, *mask);
        }
        if subject_as_text {
            quirky["CFDocument"]["subject"] = json!("Math");
        }
        let read = |v: &Value| parse_package(&serde_json::to_vec(v).expect("serializes"));
        let clean = read(&clean).expect("the clean package parses");
        let quirky = read(&quirky).expect("the quirky package parses");
        prop_assert!(clean.warnings.is_empty(), "the clean package has no warnings: {:?}", clean.warnings);
        prop_assert_eq!(&quirky.nodes, &clean.nodes, "the deviations change nothing in the tree");
        prop_assert_eq!(&quirky.document, &clean.document, "nor in the document");
        let quirks_applied = subject_as_text
            || item_masks.iter().take(shape.len()).any(|m| *m != 0)
            || links_changed;
        prop_assert_eq!(!quirky.warnings.is_empty(), quirks_applied, "each deviation is warned about, and only those");
    }
}
