#!/usr/bin/env bash
# Every Playwright journey against the real server binary on a fresh SQLite file, then the
# booking journeys twice more with the server's clock moved (RAEKODA_NOW) to two days
# before summer time and two days before winter time.
#
# It fails when the build fails (server or hydrate), when a run's server does not start,
# and when Playwright passes fewer tests than it lists (tests × projects): a run that
# tested nothing, or skipped something, is a failure, not "0 passed".
#
# Called by `make e2e` with the Python test tools installed in target/py.
set -euo pipefail
cd "$(dirname "$0")/.."

ADDR="${RAEKODA_E2E_ADDR:-127.0.0.1:3100}"
SMTP_PORT="${RAEKODA_E2E_SMTP_PORT:-3125}"
PY="${RAEKODA_PYTHON:-target/py/bin/python}"
LOGS=target/test-logs
mkdir -p "$LOGS"

echo "== building the server and the browser bundle (cargo leptos build)"
cargo leptos build

server_pid=""
sink_pid=""
stop_all() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  server_pid=""
}
trap stop_all EXIT

# run_journeys NAME CLOCK PLAYWRIGHT-ARGS…: a fresh database and server, then Playwright.
run_journeys() {
  local name="$1" clock="$2"
  shift 2
  local db="target/e2e-$name.db" mailbox="$PWD/target/e2e-$name-mailbox.jsonl"
  rm -f "$db" "$db-wal" "$db-shm" "$mailbox" target/e2e-smtp.log
  "$PY" server/tests/smtp_sink.py "$SMTP_PORT" "$mailbox" > target/e2e-smtp.log 2>&1 &
  sink_pid=$!
  for _ in $(seq 1 50); do grep -q ready target/e2e-smtp.log 2>/dev/null && break; sleep 0.2; done
  grep -q ready target/e2e-smtp.log || { echo "the test mail server did not start"; cat target/e2e-smtp.log; exit 1; }

  echo "== Playwright: $name${clock:+ (server clock $clock)}"
  env LEPTOS_OUTPUT_NAME=raekoda LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_SITE_ADDR="$ADDR" \
    DATABASE_URL="sqlite://$db?mode=rwc" RAEKODA_DEMO=1 RAEKODA_NOW="$clock" RAEKODA_RATE_LIMIT_SCALE=1000 \
    SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT" SMTP_TLS=none RAEKODA_MAIL_EVERY=1 RUST_LOG=warn \
    target/debug/server > "$LOGS/e2e-$name-server.log" 2>&1 &
  server_pid=$!

  local listed
  listed=$(npx playwright test --config end2end/playwright.config.ts --list "$@" | sed -n 's/^Total: \([0-9]*\) tests\? in .*/\1/p')
  [ -n "$listed" ] && [ "$listed" -gt 0 ] || { echo "Playwright lists no test for $name"; exit 1; }

  local status=0
  RAEKODA_E2E_URL="http://$ADDR" RAEKODA_E2E_MAILBOX="$mailbox" npx playwright test --config end2end/playwright.config.ts "$@" 2>&1 | tee "$LOGS/e2e-$name.log" || status=$?
  kill -0 "$server_pid" 2>/dev/null || { echo "the server of $name stopped during the run:"; tail -n 30 "$LOGS/e2e-$name-server.log"; exit 1; }
  stop_all
  local passed
  passed=$({ grep -Eo '^ +[0-9]+ passed' "$LOGS/e2e-$name.log" || true; } | awk '{s+=$1} END {print s+0}')
  if [ "$status" -ne 0 ] || [ "$passed" -ne "$listed" ]; then
    echo "Playwright $name: $passed of $listed passed (exit $status)"
    exit 1
  fi
  echo "Playwright $name: $passed of $listed passed"
}

# Everything, on today's date. The clock-change journey needs the moved clocks below.
run_journeys today "" --grep-invert @clock
# The booking journeys (requests approved, priced and exported, a series, a cancellation,
# the day after a clock change), with the server two days before each change of 2027; in
# one project with JavaScript and one without (both widths between them), to keep the run short.
# (`--project=name`: the spaced form would take the file names as projects too.)
CLOCK_PROJECTS=(--project=desktop-js --project=phone-nojs)
run_journeys summer-time "2027-03-26T09:00:00+02:00" booking-journey.spec.ts rooms.spec.ts "${CLOCK_PROJECTS[@]}"
run_journeys winter-time "2027-10-29T09:00:00+03:00" booking-journey.spec.ts rooms.spec.ts "${CLOCK_PROJECTS[@]}"
