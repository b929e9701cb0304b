#!/usr/bin/env python3
"""Regenerates src/lang/en_pos.txt, the part-of-speech hints of key-phrase extraction.

Source: the English lexicon of TextBlob 0.18.0.post0 (PyPI, MIT licence), which is Eric
Brill's tagger lexicon v1.14 (Brown corpus + Penn Treebank; (c) 1993 MIT and the University
of Pennsylvania, MIT licence) with additions from CMU's Twitter POS data (CC-BY 3.0). Each
word has its most frequent Penn tag there.

    pip download textblob==0.18.0.post0 --no-deps -d /tmp/tb
    unzip -o /tmp/tb/textblob-*.whl 'textblob/en/en-lexicon.txt' -d /tmp/tb
    python3 scripts/gen-pos-lists.py /tmp/tb/textblob/en/en-lexicon.txt

Only plain lowercase words are kept, and only where a suffix rule of src/themes.rs does not
already decide (-ly adverbs, -ed forms, -ing forms other than nouns, adjectives in -ous,
-ive, -al, -ic, ...). One "word TAG" a line,
TAG one of V (verb, finite or base form), A (adjective or irregular participle), R (adverb),
N (a noun where a suffix rule would say otherwise: "meeting", "journal"), F (a function word:
preposition, conjunction, determiner, pronoun; "amid", "via", "whereas"); sorted bytewise by word, so src/lang/mod.rs can binary-search it without
building a set.
"""
import re
import sys
from pathlib import Path

VERB = {"VB", "VBZ", "VBP", "VBD", "MD"}
MODIFIER = {"JJ", "JJR", "JJS", "VBN"}
ADVERB = {"RB", "RBR", "RBS"}
FUNCTION = {"IN", "CC", "DT", "PDT", "WDT", "WP", "WP$", "PRP", "PRP$", "TO", "EX", "WRB"}
NOUN = {"NN", "NNS"}
# Must match ADJECTIVE_SUFFIXES in src/lang/en.rs: words with these endings are adjectives
# unless the table says otherwise, so only the exceptions are written (as N or V).
ADJECTIVE_SUFFIXES = ("ous", "ive", "al", "ic", "ful", "less", "able", "ible", "ary", "ular")


def main(lexicon: str) -> None:
    tags: dict[str, str] = {}
    for line in open(lexicon, encoding="utf-8"):
        if line.startswith(";;;"):
            continue
        parts = line.split()
        if len(parts) >= 2:
            tags.setdefault(parts[0], parts[1])
    lists: dict[str, set[str]] = {
        "verbs": set(),
        "modifiers": set(),
        "adverbs": set(),
        "ing_nouns": set(),
        "suffix_exceptions": set(),
        "function_words": set(),
    }
    for word, tag in tags.items():
        if not re.fullmatch(r"[a-z]{2,}", word):
            continue
        if tag in FUNCTION:
            lists["function_words"].add(word)
        elif word.endswith("ing"):
            if tag in NOUN:
                lists["ing_nouns"].add(word)
        elif word.endswith("ed"):
            continue
        elif tag in VERB:
            lists["verbs"].add(word)
        elif word.endswith(ADJECTIVE_SUFFIXES) and len(word) > 5:
            if tag in ADVERB:
                lists["adverbs"].add(word)
            elif tag not in MODIFIER:
                lists["suffix_exceptions"].add(word)
        elif tag in MODIFIER:
            lists["modifiers"].add(word)
        elif tag in ADVERB and not word.endswith("ly"):
            lists["adverbs"].add(word)
    tag_of = {
        "verbs": "V",
        "modifiers": "A",
        "adverbs": "R",
        "ing_nouns": "N",
        "suffix_exceptions": "N",
        "function_words": "F",
    }
    rows = sorted(
        ((w, tag_of[name]) for name, words in lists.items() for w in words),
        key=lambda r: r[0].encode(),
    )
    body = "".join(f"{w} {t}\n" for w, t in rows)
    out = Path(__file__).resolve().parent.parent / "src" / "lang" / "en_pos.txt"
    out.write_text(body, encoding="utf-8")
    for name, words in lists.items():
        print(f"{name}: {len(words)} words")
    print(f"{out}: {len(rows)} lines, {len(body)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen-pos-lists.py path/to/en-lexicon.txt")
    main(sys.argv[1])
