# Skattedeling selvbetjening: `make serve` builds and serves the site on http://127.0.0.1:8080,
# `make test` runs every test. Both install whatever is missing first (see ../shared/TOOLCHAIN.md for
# why each tool is pinned as it is) and skip what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# binaryen's wasm-opt 132 from npm; cargo-installed tools.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMIUM CHROMEDRIVER

.PHONY: help serve test build release release-feedback size bench tools wasm-target trunk wasm-bindgen chromium lint \
	test-native test-wasm test-scripts test-language hunspell test-contract test-e2e backend clean

help:
	@echo "make serve   build the site and serve it on http://127.0.0.1:8080, with the connection-test"
	@echo "             backend against the simulators (the test double in front of it on :8787)"
	@echo "             and the widget's example host page on http://127.0.0.1:8081/vertside.html"
	@echo "make test    run every test (format, lints, native, component and end-to-end)"
	@echo "make size    print the size of every file of the release build"
	@echo "make bench   measure the performance budget: first-load bytes, paint, takeover, search,"
	@echo "             and a load test of the connection-test backend against the simulators"

## Tools: each step checks first and installs only what is missing.

tools: wasm-target trunk wasm-bindgen node_modules/.installed chromium hunspell

wasm-target:
	@rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null \
		|| rustup target add wasm32-unknown-unknown

trunk:
	@trunk --version 2>/dev/null | grep -x "trunk $(TRUNK_VERSION)" >/dev/null \
		|| cargo install --locked trunk --version $(TRUNK_VERSION)

# Without --locked: the CLI's own lock file pins a crate version the registry no longer serves.
wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
	@wasm-bindgen --version 2>/dev/null | grep -x "wasm-bindgen $(WASM_BINDGEN_VERSION)" >/dev/null \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The nynorsk check's dictionary (tests/language/).
hunspell:
	@test -f /usr/share/hunspell/nn_NO.dic && command -v hunspell >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y hunspell hunspell-no; }

chromium:
	@test -x $(CHROMIUM) && test -x $(CHROMEDRIVER) \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

## Build and serve.

# The site; the connection test's chain (simulators, the real backend, the test double in front of
# it, which config/serve.json names); and the widget's example host page on another origin
# (examples/vertside.html on :8081). Ctrl-C stops them all. See scripts/serve.sh.
serve: wasm-target trunk wasm-bindgen backend
	@bash scripts/serve.sh

build: wasm-target trunk wasm-bindgen
	trunk build

release: wasm-target trunk wasm-bindgen node_modules/.installed
	trunk build --release

# The release build as a site with a feedback service has it (config/serve.json names one): the
# forms under the answers are written at build time. The end-to-end tests and `make bench` use it.
release-feedback: release
	SKATTEDELING_CONFIG=config/serve.json trunk build --release --dist target/dist-tilbakemelding

size: release
	@bash scripts/size.sh dist

# Figures, not pass/fail: budgets are reported, tests assert behaviour.
bench: release release-feedback chromium
	cargo run --release --quiet -p skattedeling-bench -- content
	node scripts/bench.mjs dist
	cargo build --release --quiet -p skattedeling-backend -p skattedeling-simulators -p skattedeling-testbackend
	node scripts/load.mjs 2000 50
	cargo run --release --quiet -p skattedeling-bench --bin votes 20000 32

## Tests.

test: tools lint test-native test-postgres test-wasm test-scripts test-language test-contract test-e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p skattedeling -p skattedeling-core -p skattedeling-browser -p skattedeling-faq -p skattedeling-widget --all-targets \
		--target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --workspace

.PHONY: test-postgres
# The feedback store's tests against a throwaway PostgreSQL cluster (installed from Debian if missing).
test-postgres:
	bash scripts/postgres-test.sh feedback_store

test-wasm:
	cargo test -p skattedeling -p skattedeling-faq -p skattedeling-widget --target wasm32-unknown-unknown

# What the scripts would do, checked without running them: `make serve` builds beside dist/, never into it.
test-scripts:
	node --test tests/scripts/

# The nynorsk through hunspell nn_NO, and which translations are older than their bokmål text.
test-language: hunspell
	node --test tests/language/
	cargo run --quiet -p skattedeling-sitegen -- stale content

# The connection test's chain, for the contract and end-to-end tests and `make serve`: the real
# backend, the simulators it runs against, and the test double in front of it.
backend:
	cargo build --quiet -p skattedeling-backend -p skattedeling-simulators -p skattedeling-testbackend

# Every answer of the real backend in every scenario, and the test double's, validated against api/openapi.yaml.
test-contract: backend node_modules/.installed
	node --test tests/contract/

test-e2e: release release-feedback backend
	node --test --test-concurrency=1 tests/e2e/

clean:
	cargo clean
	rm -rf dist node_modules
