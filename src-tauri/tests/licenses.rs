//! Generates the two files About Waypoint reads its third-party licenses from:
//!
//! - `ui/src/licenses.json`, the list (in the main bundle): every crate built into the app or
//!   the `waypoint` command line (from `cargo metadata`: its license field), every npm package
//!   in the UI bundle (the production entries of `ui/package-lock.json`), and the full license
//!   text of every bundled font (the license files under `assets/fonts/`, and the UI's
//!   @fontsource package).
//! - `ui/src/license-texts.json`, the full texts (loaded only when About opens; its own chunk):
//!   every license file (`LICENSE*`, `LICENCE*`, `COPYING*`, `NOTICE*`, `UNLICENSE*`, in any
//!   case, in the package's own folder, not its subfolders) that each of those crates and npm
//!   packages ships, each distinct text once (`texts`), and for each package
//!   (`crates`/`npm`, by `name@version`) the ids of its texts. A package that ships no license
//!   file gets the standard text of each of its licenses that another package ships with no
//!   copyright holder in it (the Apache License, MPL-2.0, CC0-1.0, and the MIT text many
//!   crates ship without a copyright line), and is named under `standard` so About says so;
//!   one whose license every package ships with its own holder's notice (BSD's) gets none,
//!   and About points to its license identifier.
//!
//! The crates' folders are where `cargo metadata` says their manifests are, in the cargo
//! registry; `cargo metadata` extracts every package it lists, the other platforms' too (a
//! Windows-only crate is in the MSI), so they are all there once it has run. A folder that is
//! missing all the same leaves its crate with no text, except for a crate compiled for this
//! machine, whose text the test insists on. The npm packages' folders are their paths in the
//! lock file, under `ui/node_modules` (filled by `npm ci`).
//!
//! Web addresses in the texts lose their `http://` or `https://`: the UI build refuses any
//! URL in the bundle (nothing in it may look as if it reaches the network), and the address
//! stays readable without it.
//!
//! `licenses_are_fresh` fails when either committed file is stale (a dependency was added,
//! removed or updated, or a font came in); `WAYPOINT_BLESS=1 cargo test -p waypoint-app
//! --test licenses` (or `make licenses`) writes both again.

use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The programs the package ships; their normal dependencies (not build or dev ones) are
/// what is built into them.
const SHIPPED: &[&str] = &["waypoint-app", "waypoint-cli"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A crate or npm package built into the app: what the list shows, and the folder its
/// license files are in.
struct Package {
    name: String,
    version: String,
    license: String,
    dir: PathBuf,
}

impl Package {
    /// The key of its texts in `license-texts.json`.
    fn key(&self) -> String {
        format!("{}@{}", self.name, self.version)
    }

    fn listed(&self) -> Value {
        json!({ "name": self.name, "version": self.version, "license": self.license })
    }
}

/// `cargo metadata` for every platform, or for one target when `platform` is given.
fn cargo_metadata(root: &Path, platform: Option<&str>) -> Result<Value> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut args = vec!["metadata", "--format-version", "1", "--locked", "--offline"];
    if let Some(triple) = platform {
        args.extend(["--filter-platform", triple]);
    }
    let out = Command::new(cargo)
        .args(&args)
        .current_dir(root)
        .output()
        .context("running cargo metadata")?;
    anyhow::ensure!(
        out.status.success(),
        "cargo metadata failed (it needs every platform's crates: `cargo fetch --locked` \
         downloads them): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(serde_json::from_slice(&out.stdout)?)
}

/// The ids of the packages compiled into the shipped programs (workspace members included).
fn shipped_ids(meta: &Value) -> Result<BTreeSet<String>> {
    let nodes: BTreeMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .context("resolve.nodes")?
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let mut todo: Vec<&str> = meta["packages"]
        .as_array()
        .context("packages")?
        .iter()
        .filter(|p| SHIPPED.contains(&p["name"].as_str().unwrap_or("")))
        .filter_map(|p| p["id"].as_str())
        .collect();
    anyhow::ensure!(
        todo.len() == SHIPPED.len(),
        "every shipped program is a package"
    );
    let mut seen = BTreeSet::new();
    while let Some(id) = todo.pop() {
        if !seen.insert(id.to_owned()) {
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
    Ok(seen)
}

/// The platform this test runs on (`rustc -vV`'s host), whose crates must all have their text.
fn host_triple() -> Result<String> {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .context("rustc -vV")?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
        .context("rustc -vV names no host")
}

/// The crates compiled into the shipped programs, on every platform the app is built for,
/// by name and version; and the keys of those compiled on this machine.
fn crates(root: &Path) -> Result<(Vec<Package>, BTreeSet<String>)> {
    let meta = cargo_metadata(root, None)?;
    let members: BTreeSet<&str> = meta["workspace_members"]
        .as_array()
        .context("workspace_members")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let shipped = shipped_ids(&meta)?;
    let here = shipped_ids(&cargo_metadata(root, Some(&host_triple()?))?)?;
    let mut list = Vec::new();
    let mut built_here = BTreeSet::new();
    for p in meta["packages"].as_array().context("packages")? {
        let id = p["id"].as_str().unwrap_or("");
        if !shipped.contains(id) || members.contains(id) {
            continue;
        }
        let manifest = Path::new(p["manifest_path"].as_str().context("manifest_path")?);
        let package = Package {
            name: p["name"].as_str().context("name")?.to_owned(),
            version: p["version"].as_str().context("version")?.to_owned(),
            license: p["license"]
                .as_str()
                .unwrap_or("see its repository")
                .to_owned(),
            dir: manifest.parent().context("manifest folder")?.to_owned(),
        };
        if here.contains(id) {
            built_here.insert(package.key());
        }
        list.push(package);
    }
    list.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    Ok((list, built_here))
}

/// The npm packages in the UI bundle: the lock file's entries that are not dev-only.
fn npm_packages(root: &Path) -> Result<Vec<Package>> {
    let lock: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("ui/package-lock.json"))?)?;
    let mut list: Vec<Package> = lock["packages"]
        .as_object()
        .context("the lock file's packages")?
        .iter()
        .filter(|(path, p)| !path.is_empty() && p["dev"] != json!(true))
        .filter_map(|(path, p)| {
            let name = path.rsplit_once("node_modules/")?.1;
            Some(Package {
                name: name.to_owned(),
                version: p["version"].as_str()?.to_owned(),
                license: p["license"]
                    .as_str()
                    .unwrap_or("see its repository")
                    .to_owned(),
                dir: root.join("ui").join(path),
            })
        })
        .collect();
    list.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    list.dedup_by(|a, b| a.key() == b.key());
    Ok(list)
}

/// True for a file that holds a font's license: `OFL.txt`, `LICENSE`, `LICENSE.md`, `COPYING`…
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

/// True for a file a package ships its license in: `LICENSE`, `LICENSE-MIT`, `license-mit`,
/// `LICENCE`, `COPYING`, `NOTICE`, `UNLICENSE`… (a name starting so, in any case).
fn is_package_license_file(name: &str) -> bool {
    let name = name.to_ascii_uppercase();
    ["LICENSE", "LICENCE", "COPYING", "NOTICE", "UNLICENSE"]
        .iter()
        .any(|l| name.starts_with(l))
}

/// A license text as About shows it: Unix line ends, no trailing spaces, no blank lines
/// around it, and no `http://` or `https://` (see the module doc).
fn clean_text(text: &str) -> String {
    let text = text
        .replace("\r\n", "\n")
        .replace("https://", "")
        .replace("http://", "");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').to_owned()
}

/// The license files in a package's own folder, by file name in name order, with their
/// cleaned texts; `None` when the folder is not there.
fn package_license_files(dir: &Path) -> Result<Option<Vec<(String, String)>>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(None);
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_package_license_file(&name) && entry.path().is_file() {
            let bytes = std::fs::read(entry.path())
                .with_context(|| format!("reading {}", entry.path().display()))?;
            let text = clean_text(&String::from_utf8_lossy(&bytes));
            if !text.is_empty() {
                files.push((name, text));
            }
        }
    }
    files.sort();
    Ok(Some(files))
}

/// The SPDX license ids in a license expression: `MIT OR Apache-2.0` and the older
/// `MIT/Apache-2.0` → MIT, Apache-2.0 (an exception after WITH is not a license).
fn spdx_ids(expression: &str) -> Vec<&str> {
    let mut ids = Vec::new();
    let mut after_with = false;
    for token in expression
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '(' | ')'))
        .filter(|t| !t.is_empty())
    {
        match token {
            "OR" | "AND" => {}
            "WITH" => after_with = true,
            _ if after_with => after_with = false,
            id => ids.push(id),
        }
    }
    ids
}

/// The SPDX id a license file's name says it holds, among the package's own `ids`:
/// `LICENSE-APACHE` → Apache-2.0, `LICENSE-MIT.md` → MIT, `LICENSE.BSD-3-Clause`,
/// `UNLICENSE` → Unlicense. `LICENSE` alone names none.
fn named_license<'a>(file: &str, ids: &[&'a str]) -> Option<&'a str> {
    let upper = file.to_ascii_uppercase();
    let stem = upper
        .strip_suffix(".TXT")
        .or_else(|| upper.strip_suffix(".MD"))
        .unwrap_or(&upper);
    let named = if stem == "UNLICENSE" {
        "UNLICENSE"
    } else {
        ["LICENSE", "LICENCE", "COPYING"]
            .iter()
            .find_map(|p| stem.strip_prefix(p))?
            .trim_start_matches(['-', '_', '.'])
    };
    let alias = match named {
        "APACHE" | "APACHE2" | "APACHE-2" => "APACHE-2.0",
        "BOOST" => "BSL-1.0",
        "CC0" => "CC0-1.0",
        "MIT0" => "MIT-0",
        other => other,
    };
    ids.iter()
        .copied()
        .find(|id| !alias.is_empty() && id.eq_ignore_ascii_case(alias))
}

/// True when a text carries someone's copyright notice (`Copyright (c) 2015 …`,
/// `Copyright 2019 …`, `Copyright © …`, or a bare `(C) zune-image developers`), so it is that
/// package's and no one else's; the Apache License's `Copyright [yyyy] [name of copyright
/// owner]` template is not one.
fn names_a_holder(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim_start();
        let after_word = line
            .to_lowercase()
            .strip_prefix("copyright")
            .map(str::trim_start)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c == '(' || c == '©' || c.is_ascii_digit());
        // A lower-case `(c) ` starting a line is usually a list item, as in the Apache
        // License's "(c) You must retain…", unless a year follows.
        let bare = line.starts_with("(C) ")
            || line.starts_with('©')
            || line
                .strip_prefix("(c) ")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        after_word || bare
    })
}

/// The texts, each once, with the ids packages refer to them by.
#[derive(Default)]
struct Texts {
    texts: Vec<String>,
    ids: HashMap<String, usize>,
}

impl Texts {
    fn id(&mut self, text: &str) -> usize {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        self.texts.push(text.to_owned());
        self.ids.insert(text.to_owned(), self.texts.len() - 1);
        self.texts.len() - 1
    }
}

/// One package's license files as read: `None` when its folder was not there.
type Read<'a> = (&'a Package, Option<Vec<(String, String)>>);

/// Each SPDX id's standard text: the text that the most packages ship as that license (by
/// the file's name, or as the only file of a package under that one license) and that names
/// no copyright holder; ties go to the text read first.
fn standard_texts(read: &[Read], texts: &Texts) -> BTreeMap<String, usize> {
    let mut counts: BTreeMap<(String, usize), usize> = BTreeMap::new();
    for (package, files) in read {
        let ids = spdx_ids(&package.license);
        let files = files.as_deref().unwrap_or_default();
        for (name, text) in files {
            let only = (ids.len() == 1 && files.len() == 1).then(|| ids[0]);
            let Some(id) = named_license(name, &ids).or(only) else {
                continue;
            };
            if !names_a_holder(text) {
                *counts.entry((id.to_owned(), texts.ids[text])).or_default() += 1;
            }
        }
    }
    let mut best: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for ((id, text), count) in counts {
        // The texts come in the order they were read, so a tie keeps the first.
        let current = best.entry(id).or_insert((count, text));
        if count > current.0 {
            *current = (count, text);
        }
    }
    best.into_iter().map(|(id, (_, text))| (id, text)).collect()
}

/// What `license-texts.json` holds, and the keys of the packages whose folder was missing.
struct TextsFile {
    json: Value,
    unread: BTreeSet<String>,
}

/// The texts of every crate and npm package: their own files, else their license's standard
/// text, else none.
fn license_texts(crates: &[Package], npm: &[Package]) -> Result<TextsFile> {
    let mut texts = Texts::default();
    let mut read = Vec::new();
    for package in crates.iter().chain(npm) {
        let files = package_license_files(&package.dir)?;
        for (_, text) in files.iter().flatten() {
            texts.id(text);
        }
        read.push((package, files));
    }
    let standard = standard_texts(&read, &texts);
    let mut unread = BTreeSet::new();
    let (mut by_crate, mut by_npm) = (BTreeMap::new(), BTreeMap::new());
    let (mut standard_crates, mut standard_npm) = (Vec::new(), Vec::new());
    for (i, (package, files)) in read.iter().enumerate() {
        let is_crate = i < crates.len();
        let mut ids: Vec<usize> = Vec::new();
        match files {
            None => {
                unread.insert(package.key());
            }
            Some(files) if !files.is_empty() => {
                ids.extend(files.iter().map(|(_, text)| texts.ids[text]));
            }
            Some(_) => {
                ids.extend(
                    spdx_ids(&package.license)
                        .iter()
                        .filter_map(|id| standard.get(*id).copied()),
                );
                if !ids.is_empty() {
                    let list = if is_crate {
                        &mut standard_crates
                    } else {
                        &mut standard_npm
                    };
                    list.push(package.key());
                }
            }
        }
        let mut seen = BTreeSet::new();
        ids.retain(|id| seen.insert(*id));
        let map = if is_crate { &mut by_crate } else { &mut by_npm };
        map.insert(package.key(), ids);
    }
    let texts: Vec<Value> = texts
        .texts
        .iter()
        .enumerate()
        .map(|(id, text)| json!({ "id": id, "text": text }))
        .collect();
    let json = json!({
        "texts": texts,
        "crates": by_crate,
        "npm": by_npm,
        "standard": { "crates": standard_crates, "npm": standard_npm },
    });
    Ok(TextsFile { json, unread })
}

/// Both files' contents, and what the checks need to know about how they were made.
struct Generated {
    list: String,
    texts: String,
    built_here: BTreeSet<String>,
    npm_keys: BTreeSet<String>,
    unread: BTreeSet<String>,
}

fn generate(root: &Path) -> Result<Generated> {
    let (crates, built_here) = crates(root)?;
    let npm = npm_packages(root)?;
    let list = json!({
        "crates": crates.iter().map(Package::listed).collect::<Vec<_>>(),
        "npm": npm.iter().map(Package::listed).collect::<Vec<_>>(),
        "fonts": fonts(root)?,
    });
    let texts = license_texts(&crates, &npm)?;
    Ok(Generated {
        list: serde_json::to_string_pretty(&list)? + "\n",
        // Compact: it is read by the UI only, and is the larger file by far.
        texts: serde_json::to_string(&texts.json)? + "\n",
        built_here,
        npm_keys: npm.iter().map(Package::key).collect(),
        unread: texts.unread,
    })
}

#[test]
fn licenses_are_fresh() -> Result<()> {
    let root = root();
    let fresh = generate(&root)?;
    let files = [
        ("ui/src/licenses.json", &fresh.list),
        ("ui/src/license-texts.json", &fresh.texts),
    ];
    for (path, text) in files {
        if std::env::var_os("WAYPOINT_BLESS").is_some() {
            std::fs::write(root.join(path), text)?;
        }
        let committed = std::fs::read_to_string(root.join(path)).unwrap_or_default();
        assert!(
            &committed == text,
            "{path} is stale: a crate, an npm package or a font changed. \
             Run `make licenses` and commit the file."
        );
    }

    let parsed: Value = serde_json::from_str(&fresh.list)?;
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

    let texts: Value = serde_json::from_str(&fresh.texts)?;
    let text_of = |id: &Value| {
        let id = id.as_u64().unwrap_or(u64::MAX);
        texts["texts"]
            .as_array()
            .and_then(|all| all.iter().find(|t| t["id"].as_u64() == Some(id)))
            .and_then(|t| t["text"].as_str())
            .unwrap_or("")
            .to_owned()
    };
    for (list, must, says) in [
        ("crates", "tauri@", ["Apache License", "MIT"]),
        ("npm", "svelte@", ["MIT", "Permission is hereby granted"]),
    ] {
        let entries = texts[list].as_object().context("a map of packages")?;
        let shown: Vec<String> = entries
            .iter()
            .filter(|(key, _)| key.starts_with(must))
            .flat_map(|(_, ids)| ids.as_array().into_iter().flatten().map(text_of))
            .collect();
        assert!(
            shown.iter().any(|t| says.iter().any(|s| t.contains(s))),
            "{must} ships its license file, so About must show its text, not {shown:?}"
        );
        let listed: BTreeSet<String> = parsed[list]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                format!(
                    "{}@{}",
                    p["name"].as_str().unwrap_or(""),
                    p["version"].as_str().unwrap_or("")
                )
            })
            .collect();
        let with_texts: BTreeSet<String> = entries.keys().cloned().collect();
        assert_eq!(
            listed, with_texts,
            "every listed {list} package has an entry in the texts, and no other one"
        );
    }
    let standard_ok = texts["standard"]["npm"].as_array().is_some_and(|l| {
        l.iter()
            .any(|k| k.as_str().is_some_and(|k| k.starts_with("@fluent/bundle@")))
    });
    assert!(
        standard_ok,
        "@fluent/bundle ships no license file, so it gets the standard Apache-2.0 text another package ships"
    );

    let missing_here: Vec<&String> = fresh
        .unread
        .iter()
        .filter(|key| fresh.built_here.contains(*key) || fresh.npm_keys.contains(*key))
        .collect();
    assert!(
        missing_here.is_empty(),
        "these packages are built into the app on this machine, so their sources (and license \
         files) must be there: {missing_here:?}"
    );
    Ok(())
}

#[test]
fn spdx_ids_reads_old_and_new_expressions() {
    assert_eq!(
        spdx_ids("MIT OR Apache-2.0"),
        ["MIT", "Apache-2.0"],
        "an OR names both licenses"
    );
    assert_eq!(
        spdx_ids("Apache-2.0/MIT"),
        ["Apache-2.0", "MIT"],
        "older crates write OR as a slash"
    );
    assert_eq!(
        spdx_ids("(MIT OR Apache-2.0) AND Unicode-3.0"),
        ["MIT", "Apache-2.0", "Unicode-3.0"],
        "parentheses and AND are not ids"
    );
    assert_eq!(
        spdx_ids("Apache-2.0 WITH LLVM-exception OR MIT"),
        ["Apache-2.0", "MIT"],
        "an exception is not a license of its own"
    );
}

#[test]
fn license_files_are_known_by_their_names() {
    let ids = ["MIT", "Apache-2.0", "BSD-3-Clause", "Unlicense"];
    for (file, id) in [
        ("LICENSE-APACHE", Some("Apache-2.0")),
        ("license-apache-2.0", Some("Apache-2.0")),
        ("LICENSE-MIT.md", Some("MIT")),
        ("LICENSE_MIT", Some("MIT")),
        ("LICENSE.BSD-3-Clause", Some("BSD-3-Clause")),
        ("UNLICENSE", Some("Unlicense")),
        ("LICENSE", None),
        ("LICENSE-ZLIB", None),
        ("COPYING", None),
    ] {
        assert_eq!(
            named_license(file, &ids),
            id,
            "{file} names that license among the package's own"
        );
    }
    assert!(
        is_package_license_file("license-mit") && is_package_license_file("NOTICE"),
        "lower-case names and notices count"
    );
    assert!(
        !is_package_license_file("COPYRIGHT-RUST.txt") && !is_package_license_file("README.md"),
        "a copyright summary or a readme is not a license file"
    );
}

#[test]
fn a_text_with_a_copyright_holder_is_no_standard_text() {
    assert!(
        names_a_holder("MIT License\n\nCopyright (c) 2015 Someone\n\nPermission is…"),
        "an MIT text names its holder"
    );
    assert!(
        names_a_holder("   Copyright 2019 The Rust Project Developers"),
        "a year after Copyright names a holder"
    );
    assert!(
        names_a_holder("zlib License\n\n(C) zune-image developers\n"),
        "a bare (C) before a name is a notice too"
    );
    assert!(
        !names_a_holder("      (c) You must retain, in the Source form of any Derivative Works"),
        "a list item (c) is not a notice"
    );
    assert!(
        !names_a_holder("Apache License\n   Copyright [yyyy] [name of copyright owner]\n"),
        "the Apache License's appendix is a template, not a holder"
    );
    assert!(
        !names_a_holder("the copyright owner or entity authorized by the copyright owner"),
        "the word copyright inside a sentence is not a notice"
    );
    assert_eq!(
        clean_text("\r\n  Apache License  \r\nhttps://www.apache.org/licenses/\r\n\r\n"),
        "  Apache License\nwww.apache.org/licenses/",
        "line ends, trailing spaces, blank edges and web schemes are cleaned"
    );
}
