#!/usr/bin/env bash
# `make run`: the release server with demo data, next to a real OpenID Connect
# provider (tools/oidc-provider) for the company sign-in. On the provider's
# login page any login (an email address) and any password sign in.
# Ctrl-C (or SIGTERM to this script) stops the server, then the provider.
set -euo pipefail
cd "$(dirname "$0")/.."

OIDC_PORT=3900
OIDC_ISSUER="http://127.0.0.1:$OIDC_PORT"
OIDC_CLIENT_ID=trestle-demo
OIDC_CLIENT_SECRET=trestle-demo-secret-not-for-production
site_port="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
site_port="${site_port##*:}"
OIDC_REDIRECT_URIS="http://127.0.0.1:$site_port/sso/callback,http://localhost:$site_port/sso/callback"

if [ ! -x ./target/release/server ]; then
  echo "run-demo: ./target/release/server is missing; build it with \`make site\` (or use \`make run\`)" >&2
  exit 1
fi
if [ ! -f tools/oidc-provider/node_modules/oidc-provider/package.json ]; then
  echo "run-demo: oidc-provider is not installed; run ./scripts/ensure-tools.sh (or use \`make run\`)" >&2
  exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$OIDC_PORT") 2>/dev/null; then
  echo "run-demo: port $OIDC_PORT is already in use, so the demo's OpenID provider cannot start there." >&2
  echo "run-demo: stop what listens on 127.0.0.1:$OIDC_PORT (an earlier \`make run\`?) and try again." >&2
  exit 1
fi

oidc_pid=
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$oidc_pid" ] && kill -0 "$oidc_pid" 2>/dev/null; then
    kill -TERM "$oidc_pid" 2>/dev/null || true
    wait "$oidc_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

OIDC_PORT="$OIDC_PORT" OIDC_ISSUER="$OIDC_ISSUER" OIDC_CLIENT_ID="$OIDC_CLIENT_ID" \
  OIDC_CLIENT_SECRET="$OIDC_CLIENT_SECRET" OIDC_REDIRECT_URIS="$OIDC_REDIRECT_URIS" \
  node tools/oidc-provider/provider.mjs &
oidc_pid=$!

discovery="$OIDC_ISSUER/.well-known/openid-configuration"
ready=
for _ in $(seq 60); do
  if ! kill -0 "$oidc_pid" 2>/dev/null; then
    echo "run-demo: the OpenID provider exited before answering (see above)" >&2
    exit 1
  fi
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$discovery"; then
    ready=1
    break
  fi
  sleep 0.25
done
if [ -z "$ready" ]; then
  echo "run-demo: the OpenID provider did not answer $discovery within 15 s" >&2
  exit 1
fi

TRESTLE_DEMO=1 \
  TRESTLE_DEMO_SSO_ISSUER="$OIDC_ISSUER" \
  TRESTLE_DEMO_SSO_CLIENT_ID="$OIDC_CLIENT_ID" \
  TRESTLE_DEMO_SSO_CLIENT_SECRET="$OIDC_CLIENT_SECRET" \
  ./target/release/server &
server_pid=$!

# Forward Ctrl-C / SIGTERM to the server as SIGTERM (it shuts down gracefully
# on either; a background job of a script may ignore SIGINT), then wait for it.
trap 'kill -TERM "$server_pid" 2>/dev/null || true' INT TERM
set +e
wait "$server_pid"
status=$?
while kill -0 "$server_pid" 2>/dev/null; do
  wait "$server_pid"
  status=$?
done
exit "$status"
