//! Embeds every printout catalog in `assets/i18n/print/` (one Project Fluent file per
//! language), so adding a language to the printouts is a data change: drop in `xx.ftl` and
//! rebuild.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time, not baked in: a build-script binary cargo shares between two
    // checkouts must read the catalogs of the one it is building.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../assets/i18n/print");
    println!("cargo:rerun-if-changed={}", dir.display());
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => panic!(
            "the printout catalogs in {} can't be read: {e}",
            dir.display()
        ),
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    // The printouts need at least English; a build without it would print ids.
    assert!(
        files.iter().any(|f| f.ends_with("en.ftl")),
        "no en.ftl among the printout catalogs in {}",
        dir.display()
    );
    files.sort();
    let mut out = String::from(
        "/// Every printout catalog: (language code, Fluent source).\npub const CATALOGS: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let code = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let source = match std::fs::read_to_string(f) {
            Ok(s) => s,
            Err(e) => panic!("{} can't be read: {e}", f.display()),
        };
        if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
            let line = |at: usize| source.get(..at).unwrap_or("").matches('\n').count() + 1;
            let where_: Vec<String> = errors
                .iter()
                .map(|e| format!("line {}: {}", line(e.pos.start), e.kind))
                .collect();
            panic!("{} is not valid Fluent: {}", f.display(), where_.join("; "));
        }
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
