#!/usr/bin/env bash
# Sets up what is missing, builds the page and serves it on http://127.0.0.1:8080/
# Usage: bash scripts/run.sh          (Ctrl-C stops the server)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --release --bin nutshell
echo "Command line: ./target/release/nutshell assets/example.txt"
exec trunk serve --release --offline
