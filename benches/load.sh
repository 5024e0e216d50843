#!/usr/bin/env bash
# How many requests per second the server answers, beside nginx serving the same bytes
# (issue 16, first part). A release build on a fresh database with the demo data, driven
# by wrk on loopback; nginx (Debian) serves each page's exact body from disk in the same
# run, so the ratio holds on a noisy machine where the absolute numbers do not.
#
#   bash benches/load.sh                     build (release) and measure on SQLite
#   SKIP_BUILD=1 bash benches/load.sh        measure the release build already built
#   CURRENT=DIR SKIP_BUILD=1 bash ...        measure DIR/server and DIR/site instead
#   DATABASE=postgres bash benches/load.sh   on PostgreSQL (.ci/postgres.sh's throwaway server)
#   CONNECTIONS=32 DURATION=10s THREADS=2    wrk's settings (these are the defaults)
#
# Every page is fetched anonymously and without Accept-Encoding, as wrk asks: both
# servers send the same uncompressed bytes. The rate limits are scaled out of the way
# (RAEKODA_RATE_LIMIT_SCALE): this measures rendering, not the limiter's 429s.
# Results: target/bench/load-<database>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/bench
TARGET="${CARGO_TARGET_DIR:-target}"
DATABASE="${DATABASE:-sqlite}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
APP_ADDR=127.0.0.1:3210
NGINX_ADDR=127.0.0.1:3211
mkdir -p "$OUT"

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo leptos build --release --precompress
fi
SERVER="${CURRENT:+$CURRENT/server}"; SERVER="${SERVER:-$TARGET/release/server}"
SITE="${CURRENT:+$CURRENT/site}"; SITE="${SITE:-target/site}"
[ -x "$SERVER" ] || { echo "no $SERVER: build first" >&2; exit 1; }

sudo=$([ "$(id -u)" = 0 ] || echo sudo)
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || $sudo apt-get install -y -qq "$tool" >/dev/null
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
  [ "$DATABASE" = postgres ] && .ci/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

case "$DATABASE" in
  sqlite)
    db="$OUT/load.db"; rm -f "$db" "$db-wal" "$db-shm"
    database_url="sqlite://$db?mode=rwc" ;;
  postgres)
    database_url=$(.ci/postgres.sh start) ;;
  *) echo "DATABASE is sqlite or postgres" >&2; exit 1 ;;
esac

env LEPTOS_OUTPUT_NAME=raekoda LEPTOS_SITE_ROOT="$SITE" LEPTOS_SITE_PKG_DIR=pkg LEPTOS_SITE_ADDR="$APP_ADDR" \
  LEPTOS_ENV=PROD DATABASE_URL="$database_url" RAEKODA_DEMO=1 RAEKODA_RATE_LIMIT_SCALE=1000000 RUST_LOG=warn \
  "$SERVER" > "$OUT/load-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -fsS "http://$APP_ADDR/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "http://$APP_ADDR/healthz" >/dev/null || { echo "the server did not start"; cat "$OUT/load-server.log"; exit 1; }

rest_rss=$(ps -o rss= -p "${pids[0]}" | awk '{printf "%.0f MiB", $1 / 1024}')

# The pages, each by a name nginx serves its copy under. Dates come from the server's
# clock (Tartu), never from this machine's weekday.
today=$(curl -fsSI "http://$APP_ADDR/healthz" | tr -d '\r' | sed -n 's/^raekoda-clock: *//Ip' | cut -c1-10)
in_a_week=$(date -d "$today + 7 days" +%F)
PAGES=(
  "week-calendar|/rooms/htg-auditoorium"
  "rooms|/rooms"
  "rooms-free|/rooms?date=$in_a_week&people=30"
  "service|/services/elaniku-parkimisluba"
  "service-search|/services?q=lasteaed"
  "topic-waste|/topics/waste"
  "api-rooms|/api/v1/datasets/rooms/rows"
)
rm -rf "$OUT/nginx"; mkdir -p "$OUT/nginx/www" "$OUT/nginx/tmp"
for page in "${PAGES[@]}"; do
  name=${page%%|*}; path=${page#*|}
  status=$(curl -s -o "$OUT/nginx/www/$name" -w '%{http_code}' "http://$APP_ADDR$path")
  [ "$status" = 200 ] || { echo "$path answered $status"; exit 1; }
done

cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $PWD/$OUT/nginx/tmp;
  proxy_temp_path $PWD/$OUT/nginx/tmp;
  fastcgi_temp_path $PWD/$OUT/nginx/tmp;
  uwsgi_temp_path $PWD/$OUT/nginx/tmp;
  scgi_temp_path $PWD/$OUT/nginx/tmp;
  default_type text/html;
  sendfile on;
  server { listen $NGINX_ADDR; root $PWD/$OUT/nginx/www; }
}
CONF
"$NGINX" -c "$PWD/$OUT/nginx/nginx.conf" -p "$PWD/$OUT/nginx"
for _ in $(seq 1 50); do curl -fsS "http://$NGINX_ADDR/rooms" >/dev/null 2>&1 && break; sleep 0.1; done

# measure URL: "req/s p50 p99 errors" from one wrk run.
measure() {
  local result rps p50 p99 errors
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
  rps=$(echo "$result" | sed -n 's/^Requests\/sec: *//p')
  p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$result" | grep -E "Non-2xx|Socket errors" | tr -s ' ' | tr '\n' ' ' || true)
  echo "$rps|$p50|$p99|${errors:-0}"
}

{
  echo "Load, $(date -u +%F), $DATABASE, release build, wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback ($(nproc) cores);"
  echo "nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///') serving each page's bytes from disk in the same run."
  echo
  echo "| page | bytes | Raekoda req/s | p50 | p99 | nginx req/s | p50 | p99 | Raekoda / nginx | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for page in "${PAGES[@]}"; do
    name=${page%%|*}; path=${page#*|}
    IFS='|' read -r app_rps app_p50 app_p99 app_errors <<< "$(measure "http://$APP_ADDR$path")"
    IFS='|' read -r ngx_rps ngx_p50 ngx_p99 _ <<< "$(measure "http://$NGINX_ADDR/$name")"
    ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.1f %%", 100 * a / n }')
    echo "| \`$path\` | $(stat -c %s "$OUT/nginx/www/$name") | $app_rps | $app_p50 | $app_p99 | $ngx_rps | $ngx_p50 | $ngx_p99 | $ratio | $app_errors |"
  done
  echo
  echo "Resident memory of the server: $rest_rss at rest with the demo data, $(ps -o rss= -p "${pids[0]}" | awk '{printf "%.0f MiB", $1 / 1024}') after the load."
} | tee "$OUT/load-$DATABASE.md"
