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

# wasm-bindgen needs no CLI: tools/bindgen is a workspace member built from
# the library that Cargo.lock pins to the wasm-bindgen crate's own version.

# wasm-opt (binaryen) and sass come from npm; Debian's binaryen breaks hydration.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm build tools (binaryen)"
  npm ci --no-audit --no-fund
fi

# The OpenID Connect provider that `make run` starts for the company sign-in
# demo (scripts/run-demo.sh); the Playwright suite starts it too.
if [ ! -f tools/oidc-provider/node_modules/oidc-provider/package.json ] || [ tools/oidc-provider/package-lock.json -nt tools/oidc-provider/node_modules/.package-lock.json ]; then
  step "installing oidc-provider (the demo's company sign-in provider) from npm"
  (cd tools/oidc-provider && npm ci --no-audit --no-fund)
fi
