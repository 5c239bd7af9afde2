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
