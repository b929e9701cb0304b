#!/usr/bin/env bash
# Builds the npm package (ES module + .wasm + .d.ts + package.json) into pkg/.
# Usage: bash scripts/package.sh   (run scripts/setup.sh once first, or let test.sh do it)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --release --target wasm32-unknown-unknown --lib
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name nutshell \
  target/wasm32-unknown-unknown/release/nutshell.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types \
  pkg/nutshell_bg.wasm -o pkg/nutshell_bg.wasm
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cat > pkg/package.json <<JSON
{
  "name": "nutshell-wasm",
  "version": "$version",
  "description": "Summary, themes and key directives of an article, computed locally (WebAssembly)",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "module": "nutshell.js",
  "main": "nutshell.js",
  "types": "nutshell.d.ts",
  "exports": { ".": { "types": "./nutshell.d.ts", "default": "./nutshell.js" } },
  "files": ["nutshell.js", "nutshell_bg.wasm", "nutshell.d.ts", "nutshell_bg.wasm.d.ts"],
  "sideEffects": false
}
JSON
cp README.md pkg/README.md
echo "pkg/: $(du -sh pkg | cut -f1); wasm $(stat -c %s pkg/nutshell_bg.wasm) bytes, gzipped $(gzip -9c pkg/nutshell_bg.wasm | wc -c) bytes"
