# Raekoda: two commands.
#   make run   installs what is missing, serves http://127.0.0.1:3000 on SQLite with the Tartu demo data
#   make test  installs what is missing, runs every test (Rust on SQLite and PostgreSQL, Playwright)
# Every install step checks first and skips what is already there, so warm runs stay quick.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_LEPTOS_VERSION := 0.3.11
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock to the patch level.
WASM_BINDGEN_VERSION := $(shell grep -A1 '^name = "wasm-bindgen"$$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export DATABASE_URL ?= sqlite://raekoda.db?mode=rwc
export LEPTOS_SITE_ADDR ?= 127.0.0.1:3000

E2E_ADDR := 127.0.0.1:3100
E2E_SMTP_PORT := 3125

.PHONY: help run test tools test-tools rust-tools node-tools system-test-tools python-tools unit-tests e2e release wasm-size page-weight load clean-db

# Python's icalendar and pySHACL (PyPI) check our .ics files and the CPSV-AP export;
# aiosmtpd is the real mail server the delivery test stops and starts.
PY_VENV := target/py

help:
	@echo "make run    serve Raekoda at http://$(LEPTOS_SITE_ADDR) with the Tartu demo data"
	@echo "make test   run every test (installs what is missing)"
	@echo "make release  optimised build; make wasm-size  measure the browser bundle"
	@echo "make page-weight  what each page downloads, Lighthouse and SSR throughput (release)"
	@echo "make load     requests/s of the public pages beside nginx serving the same bytes (release; DATABASE=postgres)"

run: tools
	RAEKODA_DEMO=1 cargo leptos serve

# Each part's output is kept in target/test-logs; the last line sums them up.
test: test-tools
	@mkdir -p target/test-logs
	@$(MAKE) --no-print-directory unit-tests 2>&1 | tee target/test-logs/unit.log
	@$(MAKE) --no-print-directory e2e 2>&1 | tee target/test-logs/e2e.log
	@read rust_passed rust_failed < <({ grep -h '^test result:' target/test-logs/unit.log || true; } | awk '{p+=$$4; f+=$$6} END {print p+0, f+0}'); \
	  e2e_passed=$$({ grep -Eo '^ +[0-9]+ passed' target/test-logs/e2e.log || true; } | awk '{s+=$$1} END {print s+0}'); \
	  e2e_failed=$$({ grep -Eo '^ +[0-9]+ failed' target/test-logs/e2e.log || true; } | awk '{s+=$$1} END {print s+0}'); \
	  echo "Rust: $$rust_passed passed; Playwright: $$e2e_passed passed"; \
	  echo "tests: $$((rust_passed + e2e_passed)) passed, $$((rust_failed + e2e_failed)) failed"; \
	  if [ "$$rust_passed" -eq 0 ] || [ "$$e2e_passed" -eq 0 ]; then echo "a part of the suite ran no test"; exit 1; fi

tools: rust-tools node-tools

test-tools: tools system-test-tools python-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@cargo leptos --version 2>/dev/null | grep -q "$(CARGO_LEPTOS_VERSION)" || \
	  cargo install cargo-leptos --version $(CARGO_LEPTOS_VERSION) --locked --ignore-rust-version --features no_downloads
	@wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)" || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force

# npm's binaryen (wasm-opt 132): Debian's wasm-opt 108 breaks hydration of release builds.
# Leaflet (npm) is served from public/vendor/leaflet: no CDN, nothing fetched by browsers
# from elsewhere. Copied, not committed: npm is its source.
node-tools:
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund; fi
	@if [ ! -f public/vendor/leaflet/leaflet.js ] || [ node_modules/leaflet/dist/leaflet.js -nt public/vendor/leaflet/leaflet.js ]; then \
	  mkdir -p public/vendor/leaflet && cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images public/vendor/leaflet/ \
	  && cp node_modules/leaflet/LICENSE public/vendor/leaflet/LICENSE; fi

system-test-tools:
	@missing=""; \
	  command -v chromium >/dev/null || missing="$$missing chromium"; \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	  fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	  command -v python3 >/dev/null || missing="$$missing python3"; \
	  python3 -c 'import venv, ensurepip' 2>/dev/null || missing="$$missing python3-venv"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing from Debian:$$missing"; \
	    $(SUDO) apt-get update -qq; \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	  fi

python-tools:
	@$(PY_VENV)/bin/python -c 'import icalendar, pyshacl, aiosmtpd, schemathesis' 2>/dev/null || { \
	  python3 -m venv $(PY_VENV) && $(PY_VENV)/bin/pip install --quiet --disable-pip-version-check -r server/tests/requirements.txt; }

# Pure rules and server tests through the real router, each on SQLite and on PostgreSQL.
unit-tests:
	@url=$$(.ci/postgres.sh start); \
	  trap '.ci/postgres.sh stop' EXIT; \
	  TEST_DATABASE_URL="$$url" REQUIRE_POSTGRES=1 RAEKODA_PYTHON=$(CURDIR)/$(PY_VENV)/bin/python REQUIRE_ICALENDAR=1 \
	  cargo test --workspace --features app/ssr --lib --tests

# Playwright in Debian's Chromium against the real server on fresh SQLite files: every
# journey, then the booking journeys with the server's clock moved to two days before
# each daylight-saving change (end2end/run.sh). A real mail server (aiosmtpd) takes the
# app's e-mail. Fails when a build fails or Playwright passes fewer than it lists.
e2e: python-tools
	@RAEKODA_E2E_ADDR=$(E2E_ADDR) RAEKODA_E2E_SMTP_PORT=$(E2E_SMTP_PORT) RAEKODA_PYTHON=$(CURDIR)/$(PY_VENV)/bin/python \
	  bash end2end/run.sh

release: tools
	cargo leptos build --release --precompress

wasm-size: release
	@bash benches/wasm-size.sh

# A benchmark, not a test: release build, Chromium at 375 px, Lighthouse, wrk (issue 19).
page-weight: tools
	@bash benches/page-weight.sh

load: tools
	@bash benches/load.sh

clean-db:
	rm -f raekoda.db raekoda.db-wal raekoda.db-shm
