#!/usr/bin/env bash
# CSV upload: time and the server's memory for files of 100 000 and 1 000 000 rows, sent
# to a running Raekoda like a browser would (multipart POST, signed in). The upload is
# checked as it streams in and stored from disk, so the server's peak memory should not
# grow with the file: compare the peak after each file (VmHWM, /proc).
#
# While each file is stored, another client signs in every 0.1 s (each sign-in writes a
# login attempt and a session): how long it waits shows how long the file holds SQLite's
# write lock at a time (issue 14: at most ~1 s, not the whole file's ~18 s).
#
#   benches/csv-upload.sh [server binary]    (default: target/release/server, else debug)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/server}
[ -x "$bin" ] || bin=target/debug/server
[ -x "$bin" ] || { echo "no server binary: run make release (or cargo leptos build) first" >&2; exit 1; }
port=3190
base=http://127.0.0.1:$port
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
DATABASE_URL="sqlite://$work/bench.db?mode=rwc" RAEKODA_DEMO=1 RAEKODA_RATE_LIMIT_SCALE=1000 LEPTOS_SITE_ADDR=127.0.0.1:$port \
  LEPTOS_SITE_ROOT=target/site RUST_LOG=warn "$bin" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.3; done
curl -sf "$base/healthz" > /dev/null || { cat "$work/server.log"; exit 1; }
curl -s -c "$work/jar" -H 'Accept: application/json' -H "Origin: $base" \
  --data 'email=citizen@raekoda.test&password=raekoda-demo-2026' "$base/api/accounts/log_in" > /dev/null
peak() { awk '/VmHWM/ {print $2}' "/proc/$pid/status"; }
now() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
echo "binary: $bin"
echo "after start: rss $(now) KiB, peak $(peak) KiB"
for rows in 100000 1000000; do
  file="$work/rows-$rows.csv"
  python3 - "$rows" > "$file" <<'PY'
import sys
rows = int(sys.argv[1])
out = sys.stdout
out.write("building,year,heat_mwh,electricity_mwh,floor_area_m2\n")
for n in range(1, rows + 1):
    out.write(f"\"Riia {n}, Tartu\",2025,\"{100 + n % 900},5\",{n % 97},{1000 + n % 50}\n")
PY
  size=$(stat -c %s "$file")
  rm -f "$work/done" "$work/waits"
  ( while [ ! -f "$work/done" ]; do
      curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: application/json' -H "Origin: $base" \
        --data 'email=rooms@raekoda.test&password=raekoda-demo-2026' "$base/api/accounts/log_in" >> "$work/waits"
      sleep 0.1
    done ) &
  writer=$!
  result=$(curl -s -b "$work/jar" -H "Origin: $base" -o /dev/null -w '%{http_code} %{time_total}' \
    -F "file=@$file;type=text/csv" "$base/data-submission/hoone-energiatarve/upload")
  touch "$work/done"; wait "$writer"
  echo "$rows rows ($((size / 1024)) KiB): HTTP ${result% *} in ${result#* } s; rss $(now) KiB, peak so far $(peak) KiB"
  sort -n "$work/waits" | awk '{ w[NR] = $1 } END { printf "  meanwhile %d sign-ins: median %.3f s, p99 %.3f s, longest %.3f s\n", NR, w[int((NR + 1) / 2)], w[(int(NR * 0.99) > 0) ? int(NR * 0.99) : 1], w[NR] }'
done
