"""Re-scores a `nutshell-eval summaries --dump` file with Google's rouge-score (PyPI) and
compares the means with the Rust harness. Exits 1 when any mean differs by more than the
tolerance (0.3 points by default).

Usage: python3 eval/scripts/check_rouge.py DUMP.jsonl [TOLERANCE]
"""
import json
import sys

from rouge_score import rouge_scorer


def main() -> int:
    path = sys.argv[1]
    tolerance = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    keys = ["rouge1", "rouge2", "rougeLsum"]
    sums = {s: {"python": [0.0] * 3, "rust": [0.0] * 3} for s in ("nutshell", "lead")}
    n = 0
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        n += 1
        for system in ("nutshell", "lead"):
            best = [0.0] * 3
            for ref in doc["references"]:
                scores = scorer.score(ref, doc[system])
                best = [max(b, scores[k].fmeasure) for b, k in zip(best, keys)]
            for i in range(3):
                sums[system]["python"][i] += best[i]
                sums[system]["rust"][i] += doc["scores"][system][i]
    worst = 0.0
    for system, s in sums.items():
        py = [100 * x / n for x in s["python"]]
        rs = [100 * x / n for x in s["rust"]]
        diff = [abs(a - b) for a, b in zip(py, rs)]
        worst = max(worst, *diff)
        print(f"{system:9} python {py[0]:.2f}/{py[1]:.2f}/{py[2]:.2f}  rust {rs[0]:.2f}/{rs[1]:.2f}/{rs[2]:.2f}  "
              f"max diff {max(diff):.3f}")
    print(f"{n} documents; largest difference {worst:.3f} points (tolerance {tolerance})")
    return 0 if worst <= tolerance else 1


if __name__ == "__main__":
    sys.exit(main())
