#!/usr/bin/env bash
# Installs what the tests need, each step skipped when already satisfied:
# Chromium's headless shell from Debian's packages and Playwright from npm
# (it drives /usr/bin/chromium-headless-shell; `npx playwright install`
# cannot download browsers here),
# and HAProxy from Debian's packages (server/tests/it/processes.rs puts two
# servers behind it).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! [ -x /usr/bin/chromium-headless-shell ]; then
  step "installing Chromium's headless shell from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell
fi

if ! [ -x /usr/sbin/haproxy ]; then
  step "installing HAProxy from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy
fi

if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  step "installing the Playwright test runner from npm"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

if [ ! -x tools/maildev/node_modules/.bin/maildev ] || [ tools/maildev/package-lock.json -nt tools/maildev/node_modules/.package-lock.json ]; then
  step "installing maildev (the SMTP sink of the email tests) from npm"
  (cd tools/maildev && npm ci --no-audit --no-fund)
fi

if [ ! -f tools/oidc-provider/node_modules/oidc-provider/package.json ] || [ tools/oidc-provider/package-lock.json -nt tools/oidc-provider/node_modules/.package-lock.json ]; then
  step "installing oidc-provider (the company sign-in provider of the Playwright tests) from npm"
  (cd tools/oidc-provider && npm ci --no-audit --no-fund)
fi
