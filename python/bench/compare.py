"""Documents per second of Nutshell's Python package (1 thread and every core) against
sumy LexRank, summa TextRank and YAKE, on the same documents and machine.

    python python/bench/compare.py FILE.jsonl [--docs N] [--repeat R]

Each tool does its own job on each text: Nutshell its whole analysis (summary of 3
sentences, themes, key phrases and directives); sumy LexRank and summa TextRank a
3-sentence summary; YAKE 20 key phrases of up to 3 words. The time is the best of R runs
over the first N documents (wall clock, perf_counter). Run by scripts/compare.sh, which
installs the peers into a throwaway environment.

sumy's own English tokenizer needs NLTK's punkt data, which is downloaded at run time;
nothing may be downloaded here, so sumy gets a plain regex tokenizer (sentences end at
. ! ? followed by a space; words are \\w+ runs), which costs less than punkt would.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from typing import Callable, List

import nutshell


class RegexTokenizer:
    """What sumy asks of a tokenizer: its language, sentences and words."""

    language = "english"
    _sentence = re.compile(r"(?<=[.!?])\s+")
    _word = re.compile(r"\w+")

    def to_sentences(self, paragraph: str) -> List[str]:
        return [s for s in self._sentence.split(paragraph) if s.strip()]

    def to_words(self, sentence: str) -> List[str]:
        return self._word.findall(sentence)


def peers() -> dict[str, Callable[[List[str]], None]]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words
    from summa import summarizer as summa_summarizer
    import yake

    tokenizer = RegexTokenizer()
    lexrank = LexRankSummarizer(Stemmer("english"))
    lexrank.stop_words = get_stop_words("english")

    def sumy_lexrank(texts: List[str]) -> None:
        for t in texts:
            lexrank(PlaintextParser.from_string(t, tokenizer).document, 3)

    def summa_textrank(texts: List[str]) -> None:
        for t in texts:
            # summa takes a ratio or a word budget, not a sentence count: 60 words is
            # about three news sentences.
            summa_summarizer.summarize(t, words=60)

    extractor = yake.KeywordExtractor(lan="en", n=3, top=20)

    def yake_keywords(texts: List[str]) -> None:
        for t in texts:
            extractor.extract_keywords(t)

    return {
        "sumy LexRank": sumy_lexrank,
        "summa TextRank": summa_textrank,
        "YAKE": yake_keywords,
    }


def best(run: Callable[[List[str]], None], texts: List[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file")
    p.add_argument("--docs", type=int, default=300)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    with open(args.file, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()][: args.docs]
    analyzer = nutshell.Analyzer(sentences=3)
    cores = os.cpu_count() or 1
    rows = [
        ("Nutshell, 1 thread", best(lambda t: analyzer.analyze_many(t, threads=1), texts, args.repeat)),
        (f"Nutshell, {cores} threads", best(lambda t: analyzer.analyze_many(t), texts, args.repeat)),
    ]
    for name, run in peers().items():
        rows.append((name, best(run, texts, args.repeat)))
    one = rows[0][1]
    print(f"{len(texts)} documents of {args.file}, best of {args.repeat} runs, {cores} cores")
    print(f"{'tool':<22} {'documents/s':>12} {'ms/document':>12} {'time vs Nutshell 1 thread':>27}")
    for name, seconds in rows:
        print(f"{name:<22} {len(texts) / seconds:>12.1f} {1000 * seconds / len(texts):>12.3f} "
              f"{seconds / one:>26.1f}x")


if __name__ == "__main__":
    main()
