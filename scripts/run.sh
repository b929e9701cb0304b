#!/usr/bin/env bash
# Sets up what is missing, builds, and runs Nutshell on the example article.
# Usage: bash scripts/run.sh [FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin nutshell
./target/release/nutshell "${1:-assets/example.txt}"
