#!/usr/bin/env bash
# Measures the browser bundle of the release build (after `cargo leptos build --release
# --precompress`): raw, gzip and brotli sizes of the wasm, JS glue and CSS.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=target/site/pkg
[ -d "$pkg" ] || { echo "no $pkg: run make release first" >&2; exit 1; }
printf '%-22s %10s %10s %10s\n' file raw gzip brotli
for file in "$pkg"/*.wasm "$pkg"/*.js "$pkg"/*.css; do
  [ -f "$file" ] || continue
  raw=$(stat -c %s "$file")
  gz=$( [ -f "$file.gz" ] && stat -c %s "$file.gz" || gzip -9c "$file" | wc -c )
  br=$( [ -f "$file.br" ] && stat -c %s "$file.br" || echo "-" )
  printf '%-22s %10s %10s %10s\n' "$(basename "$file")" "$raw" "$gz" "$br"
done
