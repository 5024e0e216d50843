#!/usr/bin/env bash
# What a citizen's phone downloads, page by page (issue 19): a release build on a fresh
# SQLite file with the demo data, loaded in Debian's Chromium at 375 px by
# benches/page-weight.mjs (bytes by type as received, compressed; whether any wasm came),
# then Lighthouse 12.2.3 (mobile preset) on four pages, and SSR throughput of /rooms (wrk).
#
#   bash benches/page-weight.sh                  build (release, precompressed) and measure
#   SKIP_BUILD=1 bash benches/page-weight.sh     measure the release build already built
#   CURRENT=DIR SKIP_BUILD=1 bash benches/...    measure DIR/server and DIR/site instead of
#                                                target/ (a copy kept from another build)
#   BASE=DIR bash benches/page-weight.sh         also measure a reference build in the same
#                                                run: DIR/server and DIR/site (e.g. the
#                                                previous commit's release build)
#
# CARGO_TARGET_DIR is honoured. Lighthouse is installed into target/bench-tools on first
# use (npm registry), not into the project's node_modules: the tests never need it.
# Results: target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/bench
TARGET="${CARGO_TARGET_DIR:-target}"
mkdir -p "$OUT"

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo leptos build --release --precompress
fi
SERVER="${CURRENT:+$CURRENT/server}"; SERVER="${SERVER:-$TARGET/release/server}"
SITE="${CURRENT:+$CURRENT/site}"; SITE="${SITE:-target/site}"
[ -x "$SERVER" ] || { echo "no $SERVER: build first" >&2; exit 1; }

LIGHTHOUSE_VERSION=12.2.3
LH="$PWD/target/bench-tools/node_modules/.bin/lighthouse"
if ! { [ -x "$LH" ] && "$LH" --version 2>/dev/null | grep -qx "$LIGHTHOUSE_VERSION"; }; then
  npm install --prefix target/bench-tools --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi
command -v wrk >/dev/null || { sudo=$([ "$(id -u)" = 0 ] || echo sudo); $sudo apt-get install -y -qq wrk >/dev/null; }

pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

# start NAME SERVER-BINARY SITE-ROOT ADDR: a server on a fresh SQLite file with the demo data.
start() {
  local name="$1" binary="$2" site="$3" addr="$4" db="$OUT/page-weight-$1.db"
  rm -f "$db" "$db-wal" "$db-shm"
  env LEPTOS_OUTPUT_NAME=raekoda LEPTOS_SITE_ROOT="$site" LEPTOS_SITE_PKG_DIR=pkg LEPTOS_SITE_ADDR="$addr" \
    LEPTOS_ENV=PROD DATABASE_URL="sqlite://$db?mode=rwc" RAEKODA_DEMO=1 RUST_LOG=warn \
    "$binary" > "$OUT/page-weight-$name-server.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 150); do curl -fsS "http://$addr/healthz" >/dev/null 2>&1 && return; sleep 0.2; done
  echo "the $name server did not start"; cat "$OUT/page-weight-$name-server.log"; exit 1
}

start current "$SERVER" "$SITE" 127.0.0.1:3200
[ -n "${BASE:-}" ] && start base "$BASE/server" "$BASE/site" 127.0.0.1:3201

{
  echo "## This build"
  echo
  BENCH_URL=http://127.0.0.1:3200 LIGHTHOUSE="$LH" node benches/page-weight.mjs
  if [ -n "${BASE:-}" ]; then
    echo
    echo "## Reference build ($BASE)"
    echo
    BENCH_URL=http://127.0.0.1:3201 LIGHTHOUSE="$LH" node benches/page-weight.mjs
  fi
  echo
  echo "SSR throughput of /rooms (wrk -t2 -c16 -d10s, release builds, alternating):"
  echo
  echo "| round | build | requests/s | mean latency |"
  echo "|---|---|---:|---:|"
  for round in 1 2; do
    for target in current ${BASE:+base}; do
      port=$([ "$target" = current ] && echo 3200 || echo 3201)
      result=$(wrk -t2 -c16 -d10s "http://127.0.0.1:$port/rooms")
      rps=$(echo "$result" | sed -n 's/^Requests\/sec: *//p')
      latency=$(echo "$result" | awk '/Latency/ {print $2; exit}')
      errors=$(echo "$result" | grep -E "Non-2xx|Socket errors" || true)
      echo "| $round | $target | $rps | $latency |${errors:+ $errors}"
    done
  done
} | tee "$OUT/page-weight.md"
