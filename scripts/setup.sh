#!/usr/bin/env bash
# Installs what is missing to build (and with --test, to test) Nutshell. Each step is skipped
# when the tool is already there at the right version, so a second run takes seconds.
# A first run on a fresh machine compiles trunk and wasm-bindgen-cli: about 25 minutes on 2 cores.
# Usage: bash scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen crate version pinned in Cargo.toml.
BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
done
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (compiles from crates.io, ~17 CPU-minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (~8 minutes)"
  # Not --locked: its lockfile pins a webpki-roots release the registry lacks.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi
if ! command -v npm >/dev/null; then
  say "installing Node.js and npm"
  as_root apt-get update -qq && as_root apt-get install -y -qq nodejs npm
fi
# wasm-opt (binaryen), playwright-core and typescript, pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, playwright-core, typescript)"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver (Debian packages)"
    as_root apt-get update -qq && as_root apt-get install -y -qq chromium chromium-driver
  fi
fi
if [ "${1:-}" = "--test" ] && [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz 0.13.2" ]; then
  say "installing cargo-fuzz 0.13.2 (about a minute; fuzzing on stable with RUSTC_BOOTSTRAP=1)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
if [ "${1:-}" = "--test" ] && [ -d ../shared/data ] && ! python3 -c "import rouge_score" 2>/dev/null; then
  say "installing Python's rouge-score (to check the ROUGE implementation)"
  python3 -m pip install --quiet rouge-score==0.1.2
fi
if [ "${1:-}" = "--test" ]; then
  if ! command -v java >/dev/null; then
    say "installing a Java runtime for Spark (Debian's openjdk-17-jre-headless)"
    as_root apt-get update -qq && as_root apt-get install -y -qq openjdk-17-jre-headless
  fi
  # The Python package's test tools, in the project's own environment (.venv, ignored).
  if [ ! -x .venv/bin/python ]; then
    say "creating .venv for the Python package's tests"
    python3 -m venv .venv
  fi
  if [ ! -f .venv/.installed ] || [ python/requirements-test.txt -nt .venv/.installed ]; then
    say "installing python/requirements-test.txt into .venv (maturin, pytest, mypy, pyspark: about 2 minutes)"
    .venv/bin/python -m pip install --quiet -r python/requirements-test.txt
    touch .venv/.installed
  fi
fi
say "ready"
