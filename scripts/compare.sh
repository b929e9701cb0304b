#!/usr/bin/env bash
# Times Nutshell's Python package against sumy LexRank, summa TextRank and YAKE on the same
# BBC documents (python/bench/compare.py). The peers go into a throwaway environment
# (target/compare-venv) from PyPI; nothing is downloaded at run time.
# Usage: bash scripts/compare.sh [DATA_DIR (../shared/data)] [--docs N]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
shift || true
file="$data/summaries/bbc_news_summary.jsonl"
[ -f "$file" ] || { echo "compare: $file not found" >&2; exit 2; }
venv=target/compare-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet maturin==1.16.0 sumy==0.13.0 summa==1.2.0 yake==0.7.3
rm -rf target/compare-wheel
"$venv/bin/maturin" build --release --quiet -m python/Cargo.toml --out target/compare-wheel -i "$venv/bin/python"
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps target/compare-wheel/nutshell-*.whl
"$venv/bin/python" python/bench/compare.py "$file" "$@"
