# Trestle: `make run` to try it, `make test` to check it. See README.md.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_BUILD_JOBS ?= 2
# Compiled into the server (the page names its WASM file from
# LEPTOS_OUTPUT_NAME). `cargo test` sees the same values, so it reuses the
# release build instead of rebuilding the server without them.
export LEPTOS_OUTPUT_NAME := trestle
export LEPTOS_SITE_ROOT := target/site
export LEPTOS_SITE_PKG_DIR := pkg
export LEPTOS_SITE_ADDR := 127.0.0.1:3000
export LEPTOS_RELOAD_PORT := 3001
export LEPTOS_LIB_DIR := frontend
export LEPTOS_BIN_DIR := server
export LEPTOS_JS_MINIFY := true
export LEPTOS_HASH_FILES := false

.PHONY: run test tools test-tools site unit unit-build e2e bench screenshots check fmt clean

## Install the build tools, build the release site, start with demo data.
run: tools site
	./scripts/run-demo.sh

## Install test tools, build the release site (after `make run`, already
## built: the tests share its build), then every test. Playwright runs
## against that build while the Rust tests compile beside it, niced, in the
## time the browsers leave the cores idle; then the Rust tests run alone
## (some wait on the clock). The compile is quiet, so Playwright's lines
## show as they come.
test: test-tools site
	$(MAKE) --no-print-directory -j2 e2e unit-build
	$(MAKE) --no-print-directory unit

tools:
	@./scripts/ensure-tools.sh

test-tools: tools
	@./scripts/ensure-test-tools.sh

## Release build of the server and the hydrating WASM into target/site
## (cargo + tools/bindgen + wasm-opt; cargo-leptos is only for `cargo leptos watch`).
site: tools
	./scripts/build-site.sh

## Unit, storage (SQLite + PostgreSQL) and HTTP tests, sharing the release build's dependencies.
RUST_TESTS := --release --workspace --exclude frontend --exclude hello --exclude leptos-hello
unit:
	cargo test $(RUST_TESTS)

unit-build:
	nice -n 10 cargo test $(RUST_TESTS) --no-run --quiet

## Playwright: desktop, phone and JavaScript-off projects against the release
## build (`make site`).
e2e:
	cd end2end && npx playwright test

## Screenshots of every screen (desktop, phone, no-JS) into screenshots/.
screenshots: test-tools site
	cd end2end && SCREENSHOTS=1 npx playwright test screens

## wrk against the release server beside a bare axum hello-world, and the
## in-process sign-in bench; the table goes to bench/results.md.
bench: tools site
	./scripts/bench.sh

## Formatting and lints, as CI would want them.
check:
	cargo fmt --all -- --check
	cargo clippy --workspace --exclude frontend --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

fmt:
	cargo fmt --all

clean:
	rm -rf target/site target/e2e end2end/test-results screenshots
