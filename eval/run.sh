#!/usr/bin/env bash
# Runs every evaluation of EVALUATION.md on the shared data.
# Usage: bash eval/run.sh [DATA_DIR]   (default ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
D=${1:-../shared/data}
cargo build --release -q -p nutshell-eval
E=./target/release/nutshell-eval
$E summaries "$D/summaries/cnndm_realsumm.jsonl" --sentences 3
$E summaries "$D/summaries/bbc_news_summary.jsonl" --every 5 --reference-sentences --drop-title
$E summaries "$D/summaries/news_dev.jsonl" --style cnndm_highlights --part check --sentences 3
$E summaries "$D/summaries/news_dev.jsonl" --style xsum_single --part check --sentences 1
$E summaries "$D/multilingual/lcsts_part3_zh.jsonl" --sentences 1 --chars
$E keyphrases "$D/keyphrases/kp_500n_kpcrowd_news.jsonl"
$E keyphrases "$D/keyphrases/kp_500n_kpcrowd_news.jsonl" --phrase-words 1
$E keyphrases "$D/keyphrases/kp_inspec.jsonl"
$E directives "$D/directives/polnear_train.jsonl"
$E language "$D/summaries/cnndm_realsumm.jsonl" "$D/summaries/bbc_news_summary.jsonl" \
  "$D/keyphrases/kp_500n_kpcrowd_news.jsonl" "$D/keyphrases/kp_inspec.jsonl" "$D/directives/polnear_train.jsonl" \
  "$D/multilingual/temario_pt.jsonl" "$D/multilingual/klexikon_de_60.jsonl" "$D/multilingual/lcsts_part3_zh.jsonl"
