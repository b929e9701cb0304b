#!/usr/bin/env bash
# Runs every test of the project, installing what is missing first.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check
cargo fmt --manifest-path python/Cargo.toml -- --check

step "clippy, native and wasm32 (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p nutshell --lib --test web -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p nutshell-web --lib --tests -- -D warnings
cargo clippy --manifest-path python/Cargo.toml -- -D warnings

step "native tests (unit, integration, properties, CLI, doctests)"
cargo test --workspace

step "fuzzing: every cargo-fuzz target for 15 s (scripts/fuzz.sh; a crash fails the run)"
bash scripts/fuzz.sh 15

step "ROUGE against Python's rouge-score on shared data (skipped without ../shared)"
if [ -f ../shared/data/summaries/cnndm_realsumm.jsonl ]; then
  cargo build --release -q -p nutshell-eval
  ./target/release/nutshell-eval summaries ../shared/data/summaries/cnndm_realsumm.jsonl \
    --sentences 3 --dump target/rouge-dump.jsonl
  python3 eval/scripts/check_rouge.py target/rouge-dump.jsonl 0.3
else
  echo "skipped: ../shared/data not found"
fi

step "Python package: wheel (maturin, PyO3 stable ABI), pytest, stubs (mypy --strict, stubtest), Spark local[2]"
cargo build --release -q -p nutshell-cli
rm -rf target/wheels
.venv/bin/maturin build --release --quiet -m python/Cargo.toml --out target/wheels -i .venv/bin/python
.venv/bin/python -m pip install --quiet --force-reinstall --no-deps target/wheels/nutshell-*.whl
.venv/bin/python -m pytest -q python/tests
.venv/bin/python -m mypy --strict python/tests/typed_usage.py python/examples python/nutshell
.venv/bin/python -m mypy.stubtest nutshell._nutshell

step "wasm tests in headless Chromium (wasm-bindgen-test): the JS API, then the page"
cargo test --target wasm32-unknown-unknown -p nutshell --test web
cargo test --target wasm32-unknown-unknown -p nutshell-web --test page

step "npm package: build, TypeScript check, Node import"
bash scripts/package.sh
tsc -p tests/ts/tsconfig.json
node tests/ts/node-smoke.mjs

step "page: trunk build, size ceiling, end-to-end in headless Chromium"
trunk build --release --offline
bash scripts/size.sh
node --test tests/e2e/
