#!/usr/bin/env bash
# Installs the build tools Trestle needs, each step skipped when already satisfied.
# Only package registries are used (crates.io, npm); nothing downloads prebuilt binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock 2>/dev/null || true)
if [ -z "$wb_version" ]; then
  echo "Cargo.lock has no wasm-bindgen entry; run 'cargo generate-lockfile' first" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$wb_version"; then
  step "building wasm-bindgen-cli $wb_version (once, ~3 min)"
  cargo info "wasm-bindgen-cli@$wb_version" >/dev/null
  src=$(ls -d "$HOME"/.cargo/registry/src/*/"wasm-bindgen-cli-$wb_version" | head -1)
  work=$(mktemp -d)
  cp -r "$src"/. "$work"
  # The published lockfile pins a webpki-roots that conflicts with its own manifest.
  (cd "$work" && cargo update -p webpki-roots --precise 1.0.10 && cargo install --path . --locked)
  rm -rf "$work"
fi

# wasm-opt (binaryen) and sass come from npm; Debian's binaryen breaks hydration.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm build tools (binaryen)"
  npm ci --no-audit --no-fund
fi
