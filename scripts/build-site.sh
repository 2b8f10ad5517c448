#!/usr/bin/env bash
# Builds the release site without cargo-leptos, into the layout Leptos.toml
# describes (target/site, pkg/trestle.{js,wasm,css}):
#   1. the server binary and tools/bindgen (cargo, release), and at the same
#      time the hydrating WASM (cargo, wasm32, the size-tuned wasm-release
#      profile): two cargo processes on separate profile folders, so each
#      one's slow single-threaded steps (linking, the WASM's LTO) overlap
#      with the other's work;
#   2. wasm-bindgen (tools/bindgen: the library Cargo.lock pins to the
#      wasm-bindgen crate's version) and wasm-opt -Oz (npm's binaryen);
#   3. the stylesheet and the public assets, precompressed.
# cargo-leptos stays the optional tool for `cargo leptos watch`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

site="${LEPTOS_SITE_ROOT:-target/site}"
pkg="$site/${LEPTOS_SITE_PKG_DIR:-pkg}"
name="${LEPTOS_OUTPUT_NAME:-trestle}"
# Compiled into the server: the page names its WASM `$name.wasm` only when
# LEPTOS_OUTPUT_NAME is set at build time (else it asks for `${name}_bg.wasm`).
export LEPTOS_OUTPUT_NAME="$name"
target_dir="${CARGO_TARGET_DIR:-target}"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "server and bindgen (release) beside the browser WASM (wasm-release)"
cargo build -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release &
wasm_build=$!
host_status=0
# `make run` and `make test` both build exactly this (the same packages, so
# the same features), and `cargo test --release` reuses it.
cargo build --release -p server -p bindgen --bins || host_status=$?
wasm_status=0
wait "$wasm_build" || wasm_status=$?
if [ "$host_status" != 0 ] || [ "$wasm_status" != 0 ]; then
  echo "build failed (server: $host_status, WASM: $wasm_status)" >&2
  exit 1
fi

wasm_in="$target_dir/wasm32-unknown-unknown/wasm-release/frontend.wasm"
mkdir -p "$pkg"

# Rolling deploys: the files of the build being replaced are kept under
# previous/<time>/ (the server serves them under their versioned names, so a
# page an old instance rendered still loads them from a new instance). A
# copy identical to the new build is dropped below; the last three stay.
previous="$site/previous"
kept=""
if [ -f "$pkg/$name.wasm" ]; then
  kept="$previous/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$kept"
  cp -p "$pkg"/* "$kept"/
fi
if [ "$pkg/$name.wasm" -nt "$wasm_in" ] && [ "$pkg/$name.js" -nt "$wasm_in" ]; then
  step "wasm-bindgen + wasm-opt: up to date"
else
  step "wasm-bindgen + wasm-opt"
  "$target_dir/release/bindgen" "$wasm_in" "$pkg" "$name"
  # The page asks for $name.wasm (LEPTOS_OUTPUT_NAME is compiled into the server).
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    -o "$pkg/$name.wasm" "$pkg/${name}_bg.wasm"
  rm -f "$pkg/${name}_bg.wasm"
fi

step "stylesheet and public assets"
cp style/main.css "$pkg/$name.css"
cp -r public/. "$site/"

step "precompressing (brotli, gzip)"
node scripts/precompress.mjs "$pkg/$name.wasm" "$pkg/$name.js" "$pkg/$name.css"

if [ -n "$kept" ]; then
  if diff -rq "$kept" "$pkg" >/dev/null; then
    rm -rf "$kept"
  fi
  # (`find`, not `ls "$previous"/*/`: with no build kept, that `ls` fails,
  # and under pipefail so did a second build with nothing changed.)
  find "$previous" -mindepth 1 -maxdepth 1 -type d | sort | head -n -3 | xargs -r rm -rf
fi

wasm_bytes=$(stat -c %s "$pkg/$name.wasm")
wasm_gzip=$(gzip -9 -c "$pkg/$name.wasm" | wc -c)
wasm_br=$(stat -c %s "$pkg/$name.wasm.br")
printf 'site ready in %s: %s.wasm %d B (%d B gzip, %d B brotli)\n' "$site" "$name" "$wasm_bytes" "$wasm_gzip" "$wasm_br"
