#!/usr/bin/env bash
# Installs what `make run` / `make test` need on a fresh Debian 12 machine:
#   system packages (apt-get, when root; otherwise prints the one line to run and stops;
#   chromium and poppler-utils among them, for the printout tests and PDF thumbnails),
#   the UI's npm packages (npm ci, the Tauri bundler among them), and, for tests, tauri-driver.
# Usage: scripts/ensure-deps.sh run|test
set -euo pipefail
mode=${1:-run}
cd "$(dirname "$0")/.."

# poppler-utils: pdftoppm draws a PDF's first page as its portfolio thumbnail.
# libdbus-1-dev: the window library and the passphrase's Secret Service client link libdbus.
packages=(build-essential pkg-config file libwebkit2gtk-4.1-dev libjavascriptcoregtk-4.1-dev
          libsoup-3.0-dev libgtk-3-dev librsvg2-dev libdbus-1-dev poppler-utils)
if [ "$mode" = test ]; then
  # chromium prints the conference reports to PDF in the tests; pdfinfo/pdftotext count and read the pages.
  # lintian checks the .deb that `make test` builds.
  packages+=(xvfb xauth webkit2gtk-driver dbus-x11 at-spi2-core chromium lintian)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  line="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    bash -c "$line"
  else
    echo "Waypoint needs these system packages. Run, as root:" >&2
    echo "  sudo bash -c '$line'" >&2
    exit 1
  fi
fi

command -v node >/dev/null || { echo "Node.js 20+ is needed for the UI build (apt-get install nodejs npm)." >&2; exit 1; }
if [ "$mode" = test ] || [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$mode" = test ] && ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "Installing tauri-driver (WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --locked --version 2.1.0
fi
