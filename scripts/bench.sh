#!/usr/bin/env bash
# `make bench`: the release server on loopback under Debian's wrk, beside a
# bare axum hello-world (this machine's HTTP ceiling) and a Leptos 0.8
# islands hello-world (the framework's ceiling) started in the same run, then the in-process bench (sign-in steps, page latency during a
# password flood). Prints one table and writes it to bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! command -v wrk >/dev/null; then
  printf '\033[1m==> installing wrk from Debian\x27s packages\033[0m\n'
  apt-get install -y -qq wrk >/dev/null
fi
cargo build --release -p server -p hello -p leptos-hello --bins

work=target/bench
rm -rf "$work" && mkdir -p "$work"
SERVER_PORT=3201 HELLO_PORT=3299 LEPTOS_PORT=3298
./target/release/hello "127.0.0.1:$HELLO_PORT" &
hello=$!
./target/release/leptos-hello "127.0.0.1:$LEPTOS_PORT" &
leptos=$!
LEPTOS_SITE_ADDR="127.0.0.1:$SERVER_PORT" TRESTLE_PUBLIC_URL="http://127.0.0.1:$SERVER_PORT" \
  DATABASE_URL="sqlite://$work/trestle.db" TRESTLE_SECRET_KEY_FILE="$work/secret.key" \
  TRESTLE_DEMO=0 RUST_LOG=warn ./target/release/server >"$work/server.log" 2>&1 &
server=$!
trap 'kill $hello $leptos $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$SERVER_PORT/healthz" >/dev/null && curl -fs "http://127.0.0.1:$HELLO_PORT/" >/dev/null &&
    curl -fs "http://127.0.0.1:$LEPTOS_PORT/" >/dev/null && break
  sleep 0.1
done
idle_rss=$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")

# "requests/s p50_ms p99_ms" of one wrk run (2 threads, 50 connections, 5 s).
measure() {
  wrk -t2 -c50 -d5s --latency "$@" 2>/dev/null | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    END { printf "%.0f %.2f %.2f", rps, p50, p99 }'
}

read -r h_rps h_p50 h_p99 <<<"$(measure "http://127.0.0.1:$HELLO_PORT/")"
read -r lh_rps lh_p50 lh_p99 <<<"$(measure -H 'Accept: text/html' "http://127.0.0.1:$LEPTOS_PORT/")"
read -r l_rps l_p50 l_p99 <<<"$(measure -H 'Accept: text/html' "http://127.0.0.1:$SERVER_PORT/login")"
# A sign-in in progress: its session is read from the database on every
# request and its password page filled in with its email, from the page kept
# for its language (a stranger's /login needs neither).
session=$(curl -fs -o /dev/null -D - -H "Origin: http://127.0.0.1:$SERVER_PORT" -H 'Accept: application/json' \
  --data 'email=bench%40example.com' "http://127.0.0.1:$SERVER_PORT/api/signin/email" |
  awk -F'[=;]' 'tolower($0) ~ /^set-cookie: trestle_session=/ { print $2 }')
read -r p_rps p_p50 p_p99 <<<"$(measure -H 'Accept: text/html' -H "Cookie: trestle_session=$session" "http://127.0.0.1:$SERVER_PORT/login/password")"
read -r s_rps s_p50 s_p99 <<<"$(measure -H 'Accept-Encoding: br' "http://127.0.0.1:$SERVER_PORT/pkg/trestle.css")"
peak_rss=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")
pkg=target/site/pkg
wasm_raw=$(stat -c %s "$pkg/trestle.wasm")
wasm_gz=$(stat -c %s "$pkg/trestle.wasm.gz" 2>/dev/null || gzip -9 -c "$pkg/trestle.wasm" | wc -c)
wasm_br=$(stat -c %s "$pkg/trestle.wasm.br" 2>/dev/null || echo 0)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }

inprocess=$(cargo bench -q -p server --bench signin 2>/dev/null | sed -n '/^GET \/login\/password/,$p')

{
  echo "# make bench: $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m))"
  echo
  echo "wrk -t2 -c50 -d5s on loopback against the release server in production mode (no demo data), a bare axum hello-world and a Leptos 0.8 islands hello-world (rendered on the server for each request) beside it."
  echo
  echo "| what | requests/s | p50 ms | p99 ms | vs axum hello-world | vs Leptos hello-world |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| bare axum hello-world | $h_rps | $h_p50 | $h_p99 | 100% | |"
  echo "| Leptos 0.8 islands hello-world (router, one island) | $lh_rps | $lh_p50 | $lh_p99 | $(ratio "$lh_rps" "$h_rps") | 100% |"
  echo "| GET /login (a stranger's sign-in page, rendered once per language) | $l_rps | $l_p50 | $l_p99 | $(ratio "$l_rps" "$h_rps") | $(ratio "$l_rps" "$lh_rps") |"
  echo "| GET /login/password (its session read each time, its email filled in; goal ≥ 60% of Leptos) | $p_rps | $p_p50 | $p_p99 | $(ratio "$p_rps" "$h_rps") | $(ratio "$p_rps" "$lh_rps") |"
  echo "| GET /pkg/trestle.css (static, brotli) | $s_rps | $s_p50 | $s_p99 | $(ratio "$s_rps" "$h_rps") | |"
  echo
  echo "| server memory | KiB |"
  echo "|---|---:|"
  echo "| RSS idle after start | $idle_rss |"
  echo "| peak RSS after the runs | $peak_rss |"
  echo
  echo "| WASM | bytes |"
  echo "|---|---:|"
  echo "| raw | $wasm_raw |"
  echo "| gzip -9 | $wasm_gz |"
  echo "| brotli (what browsers get) | $wasm_br |"
  echo
  echo "$inprocess"
} | tee bench/results.md
