//! Embeds every message catalog in `assets/i18n/` (one JSON file per language), so adding a
//! language to the printouts is a data change: drop in `xx.json` and rebuild.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time, not baked in: a build-script binary cargo shares between two
    // checkouts must read the catalogs of the one it is building.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../assets/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => panic!(
            "the message catalogs in {} can't be read: {e}",
            dir.display()
        ),
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    // The printouts need at least English; a build without it would print keys.
    assert!(
        files.iter().any(|f| f.ends_with("en.json")),
        "no en.json among the message catalogs in {}",
        dir.display()
    );
    files.sort();
    let mut out = String::from(
        "/// Every message catalog: (language code, JSON).\npub const CATALOGS: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let code = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            f.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("catalogs.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("could not write {}: {e}", dest.display());
    }
}
