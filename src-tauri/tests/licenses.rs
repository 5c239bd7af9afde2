//! Generates `ui/src/licenses.json`, the third-party licenses About Waypoint lists: every
//! crate built into the app or the `waypoint` command line (from `cargo metadata`: its
//! license field), every npm package in the UI bundle (the production
//! entries of `ui/package-lock.json`), and the full license text of every bundled font
//! (the license files under `assets/fonts/`, and the UI's @fontsource package).
//!
//! Web addresses in the texts lose their `http://` or `https://`: the UI build refuses any
//! URL in the bundle (nothing in it may look as if it reaches the network), and the address
//! stays readable without it.
//!
//! `licenses_are_fresh` fails when the committed file is stale (a dependency was added,
//! removed or updated, or a font came in); `WAYPOINT_BLESS=1 cargo test -p waypoint-app
//! --test licenses` (or `make licenses`) writes it again.

use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The programs the package ships; their normal dependencies (not build or dev ones) are
/// what is built into them.
const SHIPPED: &[&str] = &["waypoint-app", "waypoint-cli"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The crates compiled into the shipped programs, on every platform the app is built for
/// (a Windows-only crate is in the MSI), by name and version.
fn crates(root: &Path) -> Result<Vec<Value>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(root)
        .output()
        .context("running cargo metadata")?;
    anyhow::ensure!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout)?;
    let packages: BTreeMap<&str, &Value> = meta["packages"]
        .as_array()
        .context("packages")?
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: BTreeMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .context("resolve.nodes")?
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let members: BTreeSet<&str> = meta["workspace_members"]
        .as_array()
        .context("workspace_members")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut todo: Vec<&str> = packages
        .iter()
        .filter(|(_, p)| SHIPPED.contains(&p["name"].as_str().unwrap_or("")))
        .map(|(id, _)| *id)
        .collect();
    anyhow::ensure!(
        todo.len() == SHIPPED.len(),
        "every shipped program is a package"
    );
    let mut seen = BTreeSet::new();
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        let deps = nodes.get(id).and_then(|n| n["deps"].as_array());
        for dep in deps.into_iter().flatten() {
            let normal = dep["dep_kinds"]
                .as_array()
                .is_some_and(|kinds| kinds.iter().any(|k| k["kind"].is_null()));
            if let (true, Some(pkg)) = (normal, dep["pkg"].as_str()) {
                todo.push(pkg);
            }
        }
    }
    let mut list: Vec<Value> = seen
        .into_iter()
        .filter(|id| !members.contains(id))
        .filter_map(|id| packages.get(id))
        .map(|p| {
            json!({
                "name": p["name"],
                "version": p["version"],
                "license": p["license"].as_str().unwrap_or("see its repository"),
            })
        })
        .collect();
    list.sort_by_key(|c| (c["name"].to_string(), c["version"].to_string()));
    Ok(list)
}

/// The npm packages in the UI bundle: the lock file's entries that are not dev-only.
fn npm_packages(root: &Path) -> Result<Vec<Value>> {
    let lock: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("ui/package-lock.json"))?)?;
    let mut list: Vec<Value> = lock["packages"]
        .as_object()
        .context("the lock file's packages")?
        .iter()
        .filter(|(path, p)| !path.is_empty() && p["dev"] != json!(true))
        .filter_map(|(path, p)| {
            let name = path.rsplit_once("node_modules/")?.1;
            Some(json!({
                "name": name,
                "version": p["version"],
                "license": p["license"].as_str().unwrap_or("see its repository"),
            }))
        })
        .collect();
    list.sort_by_key(|p| (p["name"].to_string(), p["version"].to_string()));
    list.dedup();
    Ok(list)
}

/// True for a file that holds a license: `OFL.txt`, `LICENSE`, `LICENSE.md`, `COPYING`…
fn is_license_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_uppercase())
        .unwrap_or_default();
    ["OFL", "LICENSE", "LICENCE", "COPYING"]
        .iter()
        .any(|l| name.starts_with(l))
}

fn license_files_under(dir: &Path, found: &mut Vec<PathBuf>) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            license_files_under(&path, found)?;
        } else if is_license_file(&path) {
            found.push(path);
        }
    }
    Ok(())
}

/// Every bundled font's license text, named by the folder (or package) it came with.
fn fonts(root: &Path) -> Result<Vec<Value>> {
    let mut files = Vec::new();
    license_files_under(&root.join("assets/fonts"), &mut files)?;
    let fontsource = root.join("ui/node_modules/@fontsource-variable");
    license_files_under(&fontsource, &mut files)?;
    files.sort();
    files
        .iter()
        .map(|path| {
            let from = path
                .parent()
                .and_then(|d| d.strip_prefix(root).ok())
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            let name = from.rsplit('/').next().unwrap_or(from.as_str()).to_owned();
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            let text = text.replace("https://", "").replace("http://", "");
            Ok(json!({ "name": name, "from": from, "text": text.trim_end() }))
        })
        .collect()
}

fn generate(root: &Path) -> Result<String> {
    let all = json!({
        "crates": crates(root)?,
        "npm": npm_packages(root)?,
        "fonts": fonts(root)?,
    });
    Ok(serde_json::to_string_pretty(&all)? + "\n")
}

#[test]
fn licenses_are_fresh() -> Result<()> {
    let root = root();
    let fresh = generate(&root)?;
    let committed_path = root.join("ui/src/licenses.json");
    if std::env::var_os("WAYPOINT_BLESS").is_some() {
        std::fs::write(&committed_path, &fresh)?;
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/licenses.json is stale: a crate, an npm package or a font changed. \
         Run `make licenses` and commit the file."
    );
    let parsed: Value = serde_json::from_str(&fresh)?;
    for (list, must) in [("crates", "tauri"), ("npm", "svelte")] {
        assert!(
            parsed[list]
                .as_array()
                .is_some_and(|l| l.iter().any(|p| p["name"] == must)),
            "{must} is built into the app, so the {list} list must name it"
        );
    }
    assert!(
        parsed["fonts"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f["text"]
                .as_str()
                .is_some_and(|t| t.contains("SIL OPEN FONT LICENSE")))),
        "the bundled Inter font's OFL text must be there"
    );
    Ok(())
}
