//! Every message id the backend names with `msg!` is in the English catalog, so no teacher
//! ever reads an id instead of a sentence. (The UI's catalog test checks that every language
//! has every English id.)

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_id_the_backend_names_is_in_the_english_catalog() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 50,
        "the scan must find the workspace's sources, found {}",
        files.len()
    );
    let mut named = 0;
    let mut missing = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for (at, _) in text.match_indices("msg!(") {
            let rest = text[at + 5..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue;
            };
            let Some(end) = rest.find('"') else { continue };
            let id = &rest[..end];
            // The macro's own documentation and tests name ids that are not meant to exist.
            let is_id = id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if file.ends_with("messages.rs") || file.ends_with("message_ids.rs") || !is_id {
                continue;
            }
            named += 1;
            if !waypoint_core::messages::english_has(id) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(named > 0, "the scan must find the msg! ids it checks");
    assert!(
        missing.is_empty(),
        "ids not in assets/i18n/app/en/backend*.ftl (each file listed in messages.rs ENGLISH): {missing:?}"
    );
}
