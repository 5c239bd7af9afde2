# The two commands: `make run` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
.DEFAULT_GOAL := run
.PHONY: run test ui

run:
	scripts/ensure-deps.sh run
	$(MAKE) ui
	cargo run -p waypoint-app

ui:
	cd ui && npm run build

# One build is both the lint and the tests' build: clippy-driver wraps rustc for the
# workspace's own crates (as `cargo clippy` does, with -D warnings), and it compiles them in
# full, so clippy needs no second, check-only build of every dependency. The wrapper is part
# of cargo's fingerprint, so every cargo command of `make test` runs with it.
test: export RUSTC_WORKSPACE_WRAPPER := clippy-driver
test: export CLIPPY_ARGS := -D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# The tests' temporary databases and folders go to memory when /dev/shm is there: on disk,
# each SQLite commit waits for fsync, and that is half the time of the convergence tests.
test: TEST_TMPDIR := $(shell d=/dev/shm/waypoint-tests; mkdir -p $$d 2>/dev/null && [ -w $$d ] && echo $$d || echo $${TMPDIR:-/tmp})
test:
	scripts/ensure-deps.sh test
	cd ui && npm run check
	cd ui && npm test
	$(MAKE) ui
	cargo fmt --all --check
	# Every platform's crates, not only the ones a Linux build downloads: the licenses test
	# reads them all through `cargo metadata --offline` (a Windows-only crate is in the MSI).
	cargo fetch --locked
	# Lint (see above) and build every target: libraries, binaries, tests and benches.
	cargo test --workspace --all-targets --locked --no-run
	# The package check: the test build bundled as a .deb and checked by lintian; the
	# end-to-end tests then drive the binary unpacked from it (tests/e2e/package.rs).
	scripts/package.sh debug --lint
	TMPDIR=$(TEST_TMPDIR) xvfb-run -a -s "-screen 0 1280x900x24" cargo test --workspace --locked

# The Linux package (.deb), release build, offline; see README "Packages".
.PHONY: package
package:
	scripts/ensure-deps.sh run
	$(MAKE) ui
	scripts/package.sh release

# Benchmarks (criterion, release); the figures go in BENCHMARKS.md.
.PHONY: bench
bench:
	cargo bench -p waypoint-store --bench mastery_grid
	cargo bench -p waypoint-store --bench next_steps
	cargo bench -p waypoint-sync --bench handoff
	cargo bench -p waypoint-core --bench grouping
	cargo bench -p waypoint-import --bench roster_read
	cargo bench -p waypoint-import --bench roster_preview

# The release app in the real webview against a minimal Tauri app showing one static page
# (examples bench-baseline; WebKitGTK's MiniBrowser on the same page as a reference), measured
# in the same run; the figures go in BENCHMARKS.md ("App in the webview").
# Not part of `make test`. The app is built as `tauri build` builds it (the custom protocol:
# the UI embedded, no dev server); the `waypoint` command line writes the database it runs on
# (tests/bench-app/main.rs, DEMO_ARGS). WAYPOINT_BENCH_DB=<file> runs on another database.
.PHONY: bench-app
bench-app:
	scripts/ensure-deps.sh test
	$(MAKE) ui
	cargo build --release --locked -p waypoint-cli
	cargo build --release --locked -p waypoint-app --example bench-baseline --features tauri/custom-protocol
	xvfb-run -a -s "-screen 0 1280x900x24" \
	  cargo bench --locked -p waypoint-app --bench app --features tauri/custom-protocol

# Writes ui/src/licenses.json (About Waypoint's list) and ui/src/license-texts.json (the full
# texts of the crates' and npm packages' license files) again (a test fails when either is
# stale). `cargo fetch` first: the list names every platform's crates, and a Linux build
# downloads only Linux's.
.PHONY: licenses
licenses:
	cargo fetch --locked
	WAYPOINT_BLESS=1 cargo test -p waypoint-app --test licenses

# Writes ui/src/bindings.ts again from the Rust commands and types (a test fails when it is stale).
.PHONY: bindings
bindings:
	WAYPOINT_BLESS=1 cargo test -p waypoint-app --lib bindings_are_fresh
