# Two commands a person needs: `make run` and `make test`. Each installs what is missing
# (Debian/Ubuntu packages, Rust tools, npm packages from the lockfiles) and is quiet when
# everything is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)

# To build: the desktop shell (WebKitGTK, tray) and the media codecs.
BUILD_PACKAGES := build-essential pkg-config cmake nasm libheif-dev libdbus-1-dev \
	libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev
# To run: video previews.
RUN_PACKAGES := ffmpeg libayatana-appindicator3-1 gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav
# To test: a display, WebKit's WebDriver, the reference tools the tests and benchmarks compare with.
TEST_PACKAGES := xvfb xauth dbus-x11 webkit2gtk-driver libimage-exiftool-perl \
	libvips-tools imagemagick b3sum curl chromium dosfstools unzip zip x11-utils

UI_DIR := ui
WINDOW_TEST_DIR := tests/window
WEB_TEST_DIR := tests/web

.PHONY: help run test deps-build deps-run deps-test rust-tools ui-deps ui-build desktop release \
	package package-test lint rust-tests ui-tests window-test web-test bench bench-gallery bench-web bench-backends server-tests-distributed soak

help:
	@echo "make run    build and start Skyfolio"
	@echo "make test   run every check: format, lints, Rust tests, the server on PostgreSQL and S3, UI tests, real-window test, the packages installed"
	@echo "make package  the Linux packages (.deb and .rpm of the app, .deb of the server) in target/packages/release"
	@echo "make bench  thumbnails, hashing, the library at 100,000 files, the watcher, the server and the gallery, beside their peers"

# Installs the Debian packages given that are not installed yet; silent when none are missing.
define apt_ensure
	missing=""; \
	for package in $(1); do \
		dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			-o DPkg::Lock::Timeout=300 --no-install-recommends $$missing; \
	fi
endef

deps-build:
	@$(call apt_ensure,$(BUILD_PACKAGES))
	@command -v cargo >/dev/null || { \
		echo "Installing Rust (rustup)"; \
		curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal; }
	@command -v npm >/dev/null || { $(call apt_ensure,nodejs npm); }

deps-run: deps-build
	@$(call apt_ensure,$(RUN_PACKAGES))

deps-test: deps-run
	@$(call apt_ensure,$(TEST_PACKAGES))

rust-tools: deps-build
	@rustup component list --installed 2>/dev/null | grep -q rustfmt || rustup component add rustfmt clippy 2>/dev/null || true
	@command -v cargo-nextest >/dev/null || cargo install cargo-nextest --locked
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --version '^2' --locked

# npm packages come from the lockfiles; reinstalled only when a lockfile changes.
$(UI_DIR)/node_modules/.installed: $(UI_DIR)/package-lock.json
	@cd $(UI_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(WINDOW_TEST_DIR)/node_modules/.installed: $(WINDOW_TEST_DIR)/package-lock.json
	@cd $(WINDOW_TEST_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(WEB_TEST_DIR)/node_modules/.installed: $(WEB_TEST_DIR)/package-lock.json
	@cd $(WEB_TEST_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

ui-deps: deps-build $(UI_DIR)/node_modules/.installed

ui-build: ui-deps
	@cd $(UI_DIR) && npm run --silent build

desktop: ui-build
	cargo build -p skyfolio-desktop

# What a person runs and what the packages hold: release builds, the page served from the binary.
release: ui-build
	cargo build --release --workspace --bins --features skyfolio-desktop/custom-protocol

run: deps-run release
	./target/release/skyfolio-desktop

package: deps-build release
	scripts/package.sh release deb,rpm

# The packages installed on this machine and run as a person runs them. `make test` packs the
# debug binaries its other steps built (a release build would add a quarter of an hour).
package-test: deps-test rust-tools desktop
	cargo build -p skyfolio-server
	@[ -x target/debug/skyfolio ] || cargo build -p skyfolio-cli
	scripts/package.sh debug deb
	tests/package/run.sh target/packages/debug

lint: rust-tools ui-build
	cargo fmt --all --check
	scripts/check-boundaries.py
	cargo clippy --workspace --all-targets --locked -- -D warnings

rust-tests: rust-tools deps-test ui-build
	cargo nextest run --workspace --locked

ui-tests: ui-deps
	cd $(UI_DIR) && npm run --silent typecheck && npm run --silent test

window-test: deps-test rust-tools desktop $(WINDOW_TEST_DIR)/node_modules/.installed
	$(WINDOW_TEST_DIR)/run.sh

# The web app the server serves, in a real Chromium at phone and desktop size.
web-test: deps-test rust-tools ui-build $(WEB_TEST_DIR)/node_modules/.installed
	cargo build -p skyfolio-server
	$(WEB_TEST_DIR)/run.sh

test: lint rust-tests server-tests-distributed ui-tests window-test web-test package-test

# Two hundred kill -9 crashes of a server while uploads arrive and resume: nothing answered
# done is lost or torn (`make test` runs eight).
soak: rust-tools
	SKYFOLIO_SOAK_CRASHES=200 cargo nextest run -p skyfolio-server --test server -E 'test(soak_kill_9)' --no-capture

bench: deps-test
	cargo build --release -p skyfolio-cli -p skyfolio-bench
	./target/release/skyfolio-bench thumbs ../shared/corpus/jpeg --min-megapixels 8
	@head -c 1073741824 /dev/urandom > target/bench-1g.bin
	./target/release/skyfolio-bench hash target/bench-1g.bin
	./target/release/skyfolio-bench library --files 100000
	./target/release/skyfolio-bench watch ../shared/corpus/jpeg
	./target/release/skyfolio-bench sync ../shared/corpus
	./target/release/skyfolio-bench takeout ../shared/corpus --items 3000
	./target/release/skyfolio-bench server --corpus ../shared/corpus/jpeg
	$(MAKE) bench-backends
	$(MAKE) bench-gallery
	$(MAKE) bench-web

# The web app: upload from a browser beside curl, the first screen of 100,000 photos at phone
# size, the app's size over the wire.
bench-web: deps-test rust-tools ui-build $(WEB_TEST_DIR)/node_modules/.installed
	cargo build --release -p skyfolio-bench
	$(WEB_TEST_DIR)/run.sh --bench 100000

# A thousand photos on each server back-end, with one process and with two.
bench-backends: rust-tools
	cargo build --release -p skyfolio-bench
	scripts/server-test-backends.sh -- ./target/release/skyfolio-bench server --backends --corpus ../shared/corpus/jpeg

# The gallery in the real window on 100,000 photos, beside the same window on none.
bench-gallery: deps-test rust-tools ui-build $(WINDOW_TEST_DIR)/node_modules/.installed
	cargo build --release -p skyfolio-bench -p skyfolio-desktop
	SKYFOLIO_APP=$(CURDIR)/target/release/skyfolio-desktop $(WINDOW_TEST_DIR)/run.sh --bench 100000

# The server's test suite on PostgreSQL and an S3 server (installed when missing, started in a
# temporary folder on loopback ports, stopped after).
server-tests-distributed: rust-tools
	scripts/server-test-backends.sh
