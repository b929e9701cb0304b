#!/usr/bin/env bash
# Runs every test of the project, installing what is missing first.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "toolchain components"
for c in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
done

step "format"
cargo fmt --all -- --check

step "clippy (native, warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "tests (unit, integration, properties, CLI, doctests)"
cargo test --workspace
