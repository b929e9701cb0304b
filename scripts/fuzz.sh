#!/usr/bin/env bash
# Runs every cargo-fuzz target (fuzz/fuzz_targets/) for SECONDS each, from a seed corpus made
# of the project's own fixtures, with the cue-word dictionary fuzz/dict.txt. A crash stops it
# with the reproducer in fuzz/artifacts/ (turn it into a regression test).
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]   (default 15 s, every target)
# Stable rustc: RUSTC_BOOTSTRAP=1 lets it accept cargo-fuzz's -Z flags; -s none skips ASan.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_EACH=${1:-15}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(analyze options_bytes options_json js_shape)
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz 0.13.2" ]; then
  echo "== fuzz: installing cargo-fuzz 0.13.2 (about a minute)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
corpus=target/fuzz-corpus
mkdir -p "$corpus/seed"
# Seeds: the example article, the test fixtures, and a few hostile shapes.
cp assets/example.txt "$corpus/seed/example.txt"
for f in tests/fixtures/*; do [ -f "$f" ] && cp "$f" "$corpus/seed/$(basename "$f")"; done
printf 'StressingMr.))))))))))))))))))))))))' >"$corpus/seed/close-run.txt"
printf 'a.                                        b' >"$corpus/seed/space-run.txt"
printf '"We must act. We must act now," Smith said. Nobody urged the mayor to resign.' >"$corpus/seed/quote.txt"
printf '{"sentences": 3, "maxThemes": 5, "phraseWords": 1}' >"$corpus/seed/options.json"
printf "\x03Le président Emmanuel Macron a exhorté les syndicats à reprendre le dialogue ; il faut agir. Les entreprises sont invitées d'agir." >"$corpus/seed/french.txt"
printf '\x07习近平强调，要坚持党的领导。各地区必须严格落实防控措施；李强要求各地加快推进。的要求，' >"$corpus/seed/chinese.txt"
printf '\x04Bundeskanzler Olaf Scholz rief die Länder zu mehr Tempo auf. Die Schulen müssen offen bleiben, sagte Katzian.' >"$corpus/seed/german.txt"
echo "== fuzz: building the targets"
RUSTC_BOOTSTRAP=1 cargo fuzz build -s none --fuzz-dir fuzz
total=0
for t in "${TARGETS[@]}"; do
  mkdir -p "$corpus/$t"
  cp -n "$corpus"/seed/* "$corpus/$t/" 2>/dev/null || true
  echo "== fuzz: $t for ${SECONDS_EACH} s"
  log="target/fuzz-$t.log"
  status=0
  RUSTC_BOOTSTRAP=1 cargo fuzz run -s none --fuzz-dir fuzz "$t" "$corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -max_len=2048 -dict=fuzz/dict.txt -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "   $t: ${runs:-?} executions, exit $status"
  if [ "$status" != 0 ]; then
    tail -40 "$log" >&2
    echo "fuzz: $t failed (reproducer in fuzz/artifacts/$t/)" >&2
    exit 1
  fi
  total=$((total + ${runs:-0}))
done
echo "== fuzz: no crash, $total executions in all"
echo "== fuzz: no crash"
