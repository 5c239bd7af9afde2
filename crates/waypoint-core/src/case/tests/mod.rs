//! The CASE reader's tests, by topic: the sample package (`sample`), problems in the file
//! (`problems`), the order of the tree and size (`order`), real and written packages with
//! deviations read leniently (`lenient`), and properties over generated packages (`props`).

use super::*;
use serde_json::json;
use std::collections::HashSet;

mod lenient;
mod order;
mod problems;
mod props;
mod sample;

const SAMPLE: &[u8] = include_bytes!("../../../../../assets/case/sample-math-6.json");
const SAMPLE_V2: &[u8] = include_bytes!("../../../tests/fixtures/case/sample-math-6-v2.json");
const CYCLE: &[u8] = include_bytes!("../../../tests/fixtures/case/cycle.json");
const MISSING_PARENT: &[u8] = include_bytes!("../../../tests/fixtures/case/missing-parent.json");
const NOT_A_PACKAGE: &[u8] = include_bytes!("../../../tests/fixtures/case/not-a-package.json");
const TRUNCATED: &[u8] = include_bytes!("../../../tests/fixtures/case/truncated.json");

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
        Err(Error::NotCasePackage { reason }) => reason.to_string(),
        other => panic!("expected NotCasePackage, got {other:?}"),
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
