//! The package check: the `.deb` that `make test` builds first (`scripts/package.sh debug`,
//! the dev build bundled by Tauri's bundler), unpacked with `dpkg-deb -x` into a temporary
//! root, and its own binary driven through the same harness as the app: it starts, loads the
//! demo, opens a student, and opens a bundle given on the command line (and one a second
//! launch forwards). Nothing here is skipped: without the package, these tests fail.
//!
//! `WAYPOINT_DEB` names another package to check (a release build's, say).

use anyhow::{Context, Result, bail, ensure};
use std::path::{Path, PathBuf};
use std::process::Command;
use tempfile::TempDir;

use crate::harness::{self, App};

/// The package `scripts/package.sh debug` writes beside the dev build.
fn package() -> Result<PathBuf> {
    let deb = match std::env::var_os("WAYPOINT_DEB") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_BIN_EXE_waypoint-app"))
            .parent()
            .context("the app binary's folder")?
            .join("bundle/deb")
            .join(format!("Waypoint_{}_amd64.deb", env!("CARGO_PKG_VERSION"))),
    };
    if !deb.is_file() {
        bail!(
            "no package at {}: `make test` builds it first (scripts/package.sh debug)",
            deb.display()
        );
    }
    Ok(deb)
}

/// The package unpacked into a temporary root, as `dpkg -i` would lay it out under `/`.
fn unpacked() -> Result<TempDir> {
    let root = tempfile::tempdir()?;
    let deb = package()?;
    let status = Command::new("dpkg-deb")
        .arg("-x")
        .arg(&deb)
        .arg(root.path())
        .status()
        .context("running dpkg-deb")?;
    ensure!(status.success(), "dpkg-deb -x {} failed", deb.display());
    Ok(root)
}

fn app_in(root: &TempDir) -> PathBuf {
    root.path().join("usr/bin/waypoint-app")
}

/// A plain bundle from another laptop, labelled `label`, written where the test says.
fn a_bundle_from(label: &str, dir: &Path, name: &str) -> Result<PathBuf> {
    let db = waypoint_store::Db::open(&dir.join(format!("{label}.sqlite3")))?;
    let bytes = waypoint_sync::bundle::export(&db, None, label, 1)?;
    let path = dir.join(name);
    waypoint_sync::file::write_bundle(&path, &bytes, None)?;
    Ok(path)
}

#[test]
fn the_package_holds_the_app_the_command_line_and_the_desktop_integration() -> Result<()> {
    let root = unpacked()?;
    let file = |p: &str| root.path().join(p.trim_start_matches('/'));
    let read = |p: &str| {
        std::fs::read_to_string(file(p)).with_context(|| format!("the package must hold {p}"))
    };
    ensure!(app_in(&root).is_file(), "the app is in /usr/bin");
    let cli = Command::new(file("/usr/bin/waypoint"))
        .arg("--help")
        .output()
        .context("the waypoint command line must be in /usr/bin next to the app")?;
    assert!(
        cli.status.success() && String::from_utf8_lossy(&cli.stdout).contains("sync-folder"),
        "the packaged command line runs and lists its commands"
    );
    let desktop = read("/usr/share/applications/Waypoint.desktop")?;
    for line in [
        "MimeType=application/x-waypoint-bundle;",
        "Exec=waypoint-app %f",
    ] {
        assert!(
            desktop.lines().any(|l| l == line),
            "the desktop entry must have {line:?}, so a double-clicked bundle opens the app:\n{desktop}"
        );
    }
    let mime = read("/usr/share/mime/packages/waypoint.xml")?;
    for glob in ["*.waypoint", "waypoint-*.bundle"] {
        assert!(
            mime.contains(&format!("<glob pattern=\"{glob}\"/>")),
            "the bundle file type covers {glob}"
        );
    }
    let metainfo = read("/usr/share/metainfo/org.waypoint.desktop.metainfo.xml")?;
    assert!(
        metainfo.contains("<launchable type=\"desktop-id\">Waypoint.desktop</launchable>"),
        "the AppStream metainfo names the desktop entry it describes"
    );
    ensure!(
        file("/usr/share/icons/hicolor/128x128/apps/waypoint-app.png").is_file(),
        "the menu icon is installed"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_unpacked_app_loads_the_demo_and_opens_a_student() -> Result<()> {
    let _serial = harness::serial().await;
    let root = unpacked()?;
    let data = tempfile::tempdir()?;
    let app = App::start_with(data.path(), &app_in(&root), &[]).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    app.open_student_named("Caleb Foster").await?;
    app.find("[data-testid=save-profile]").await?;
    assert_eq!(
        app.value("#given-name").await?,
        "Caleb",
        "the packaged app shows the student's profile"
    );
    app.stop().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_unpacked_app_opens_a_bundle_given_on_the_command_line() -> Result<()> {
    let _serial = harness::serial().await;
    let root = unpacked()?;
    let data = tempfile::tempdir()?;
    let first = a_bundle_from("Ms. Lee", data.path(), "from-lee.waypoint")?;
    let args = [first.display().to_string()];
    let app = App::start_with(data.path(), &app_in(&root), &args).await?;
    app.find("[data-testid=bundle-preview]")
        .await
        .context("the bundle given at launch opens on its import preview")?;
    app.wait_text("[data-testid=bundle-from]", "Ms. Lee")
        .await?;
    // Cancel: the preview's first plain button.
    app.click("[data-testid=bundle-preview] button[type=button]")
        .await?;

    // A second bundle double-clicked while the app runs: the launch hands it over and exits.
    let second = a_bundle_from("Mr. Diaz", data.path(), "waypoint-handoff.bundle")?;
    let status = harness::launch_again_with(data.path(), &app_in(&root), &[&second]).await?;
    assert!(status.success(), "the second launch hands over and exits");
    app.wait_text("[data-testid=bundle-from]", "Mr. Diaz")
        .await
        .context("the running app shows the forwarded bundle's preview, old name and all")?;
    app.stop().await
}
