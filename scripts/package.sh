#!/usr/bin/env bash
# Builds the Linux package (.deb) with Tauri's bundler, offline, and prints its path.
# Usage: scripts/package.sh release|debug [--lint]
#   release (`make package`): optimized, stripped binaries, built by `tauri build`.
#   debug (`make test`'s package check): the test build (`cargo test --no-run`, the very
#   binaries the tests run next), bundled by `tauri bundle --debug`, so the check costs a
#   bundling step rather than a second, release build.
#   --lint: check the metainfo with appstreamcli and the package with lintian (an error
#   fails; nothing is suppressed but the debug build's unstripped binaries).
# The package holds waypoint-app and the `waypoint` command line in /usr/bin, the desktop
# entry (with the bundle file type), icons, the AppStream metainfo and the MIME type.
set -euo pipefail
profile=${1:-release}
lint=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
case "$target" in /*) ;; *) target=$root/$target ;; esac
case "$profile" in
  release) cargo_flags=(--release); out=$target/release ;;
  debug) cargo_flags=(); out=$target/debug ;;
  *) echo "usage: scripts/package.sh release|debug" >&2; exit 2 ;;
esac
[ -f ui/dist/index.html ] || { echo "Build the UI first (make ui)." >&2; exit 1; }
version=$(node -p "require('./tauri.conf.json').version")
# The package's changelog names each release; a version without its entry is a mistake.
head -n 1 packaging/linux/changelog | grep -q "^waypoint ($version) " || {
  echo "packaging/linux/changelog has no entry for $version at its top; add one." >&2; exit 1; }

# The Tauri CLI reads its config only from beside a Cargo.toml with a [package], so the
# root tauri.conf.json goes next to src-tauri's for the run, its paths rebased on src-tauri,
# with the package's Linux files added. The copy is removed however the run ends.
conf=src-tauri/tauri.conf.json
changelog=$(mktemp -d)/changelog.gz
trap 'rm -f "$root/$conf" "$changelog"' EXIT
gzip -9n < packaging/linux/changelog > "$changelog"
node - "$out" "$changelog" > "$conf" <<'JS'
const fs = require('fs');
const out = process.argv[2];
const conf = JSON.parse(fs.readFileSync('tauri.conf.json', 'utf8'));
const up = (p) => `../${p}`;
conf.build.frontendDist = up(conf.build.frontendDist);
conf.bundle.icon = conf.bundle.icon.map(up);
conf.bundle.linux = {
  deb: {
    // The runtime libraries the binaries link (readelf -d: NEEDED), never -dev packages; the
    // bundler adds libwebkit2gtk-4.1-0 and libgtk-3-0 itself. glibc 2.34 is the newest
    // symbol version they use (objdump -T). libdbus: the passphrase store's Secret Service.
    depends: [
      'libc6 (>= 2.34)', 'libgcc-s1', 'libglib2.0-0', 'libgdk-pixbuf-2.0-0', 'libcairo2',
      'libdbus-1-3', 'libsoup-3.0-0', 'libjavascriptcoregtk-4.1-0',
    ],
    // pdftoppm draws a portfolio PDF's thumbnail; without it the item shows no preview.
    recommends: ['poppler-utils'],
    section: 'education',
    desktopTemplate: up('packaging/linux/waypoint.desktop.hbs'),
    files: {
      '/usr/bin/waypoint': `${out}/waypoint`,
      '/usr/share/metainfo/org.waypoint.desktop.metainfo.xml': up('packaging/linux/org.waypoint.desktop.metainfo.xml'),
      '/usr/share/mime/packages/waypoint.xml': up('packaging/linux/waypoint-mime.xml'),
      '/usr/share/doc/waypoint/copyright': up('packaging/linux/copyright'),
      // Compressed here: the bundler's own `changelog` option files it under the product's
      // name (/usr/share/doc/Waypoint), not the package's.
      '/usr/share/doc/waypoint/changelog.gz': process.argv[3],
    },
  },
};
process.stdout.write(JSON.stringify(conf, null, 2));
JS

# The pinned @tauri-apps/cli from ui/package.json (npm ci installs it).
tauri=("${TAURI_CLI:-$root/ui/node_modules/.bin/tauri}")
if [ "$profile" = release ]; then
  cargo build --locked --release -p waypoint-cli
  TAURI_APP_PATH=src-tauri "${tauri[@]}" build --ci --bundles deb -- --locked
else
  cargo test --workspace --locked --no-run
  TAURI_APP_PATH=src-tauri "${tauri[@]}" bundle --ci --debug --bundles deb
fi
deb=$out/bundle/deb/Waypoint_${version}_amd64.deb
[ -f "$deb" ] || { echo "The bundler did not write $deb" >&2; exit 1; }
if [ "$lint" = --lint ]; then
  suppress=()
  # The debug package is the test build, with line tables: only it may be unstripped.
  [ "$profile" = debug ] && suppress=(--suppress-tags unstripped-binary-or-object)
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net packaging/linux/org.waypoint.desktop.metainfo.xml
  fi
  lintian --fail-on error --tag-display-limit 0 "${suppress[@]}" "$deb"
fi
echo "$deb"
