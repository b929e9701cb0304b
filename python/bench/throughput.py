"""Documents per second of the Python package on a JSONL file ({"text": ...} per line),
with 1 thread and with every core: `python python/bench/throughput.py FILE [--repeat N]`.
Prints one line per thread count (the best of N runs), to compare with the CLI's
`nutshell --jsonl --threads N` on the same file."""

from __future__ import annotations

import argparse
import json
import os
import time

import nutshell


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file")
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    with open(args.file, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    analyzer = nutshell.Analyzer()
    cores = os.cpu_count() or 1
    for threads in sorted({1, cores}):
        best = min(timed(analyzer, texts, threads) for _ in range(args.repeat))
        print(f"threads={threads}: {len(texts)} documents in {best:.3f} s, "
              f"{len(texts) / best:.0f} documents/s")


def timed(analyzer: nutshell.Analyzer, texts: list[str], threads: int) -> float:
    start = time.perf_counter()
    analyzer.analyze_many(texts, threads=threads)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
