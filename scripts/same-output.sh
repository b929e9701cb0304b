#!/usr/bin/env bash
# Checks that the working tree analyses every shared document exactly as BASE does.
# Builds the CLI of BASE (in a git worktree) and of the working tree, runs `--jsonl` over every
# document of the data folder (each .jsonl file's texts, each .txt file whole), normalises
# both outputs (keys to camelCase; the provenance fields named in DROP removed) and diffs them.
# Usage: bash scripts/same-output.sh BASE_COMMIT [DATA_DIR]   (DATA_DIR: ../shared/data)
#        DROP="rule speakerRule" bash scripts/same-output.sh ...  (fields new since BASE)
# Exit status 0 when every document's analysis is identical, 1 with the first differences.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: same-output.sh BASE_COMMIT [DATA_DIR]}
DATA=${2:-../shared/data}
DROP=${DROP:-rule speakerRule}
[ -d "$DATA" ] || { echo "no data folder at $DATA" >&2; exit 2; }
export PATH="$HOME/.cargo/bin:$PATH"
base_sha=$(git rev-parse --verify "$BASE^{commit}")
work=target/same-output
mkdir -p "$work"
tree="$work/base-$base_sha"
if [ ! -x "$tree/bin/nutshell" ]; then
  rm -rf "$tree/src"
  git worktree prune
  git worktree add --detach -f "$tree/src" "$base_sha" >/dev/null
  echo "== building nutshell at $base_sha"
  CARGO_TARGET_DIR="$PWD/$work/base-target" cargo build --release -q -p nutshell-cli \
    --manifest-path "$tree/src/Cargo.toml"
  mkdir -p "$tree/bin"
  cp "$work/base-target/release/nutshell" "$tree/bin/nutshell"
  git worktree remove --force "$tree/src"
fi
echo "== building nutshell of the working tree"
cargo build --release -q -p nutshell-cli
python3 scripts/same-output.py inputs "$DATA" "$work/in" >"$work/inputs.txt"
status=0
files=0
docs=0
for f in "$work"/in/*.jsonl; do
  name=$(basename "$f" .jsonl)
  "$tree/bin/nutshell" --jsonl <"$f" >"$work/base.raw"
  ./target/release/nutshell --jsonl <"$f" >"$work/new.raw"
  # shellcheck disable=SC2086
  python3 scripts/same-output.py normalise "$work/base.raw" "$work/base.jsonl" $DROP
  # shellcheck disable=SC2086
  python3 scripts/same-output.py normalise "$work/new.raw" "$work/new.jsonl" $DROP
  n=$(wc -l <"$f")
  files=$((files + 1))
  docs=$((docs + n))
  if ! cmp -s "$work/base.jsonl" "$work/new.jsonl"; then
    status=1
    changed=$({ diff "$work/base.jsonl" "$work/new.jsonl" || true; } | grep -c '^>' || true)
    echo "DIFFERENT  $name: $changed of $n analyses"
    { diff "$work/base.jsonl" "$work/new.jsonl" || true; } | head -c 1500
    echo
  else
    echo "same       $name ($n)"
  fi
done
echo "== $docs documents in $files files: $([ $status = 0 ] && echo identical || echo 'some differ') (base $base_sha, dropped: $DROP)"
exit $status
