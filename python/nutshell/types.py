"""The shapes of Nutshell's results, as TypedDicts (the JSON's keys; offsets in code points).

Every ``start``/``end`` is an index into the analysed Python string: ``text[start:end]`` is
the span. They are the same dicts the JSON of the CLI and the JS module describe, with
offsets in Python's unit (code points) instead of UTF-8 bytes or UTF-16 code units.
"""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict

SentenceKind = Literal["sentence", "heading", "item"]
DirectiveKind = Literal[
    "reported", "obligation", "imperative", "operative", "rule", "actionItem", "indirect"
]


class _StatsBase(TypedDict):
    bytes: int
    chars: int
    words: int
    sentences: int
    paragraphs: int
    summaryWords: int
    functionWords: int
    language: str
    languageConfidence: float
    scorer: str


class Stats(_StatsBase, total=False):
    cutSentences: int


class Sentence(TypedDict):
    index: int
    paragraph: int
    kind: SentenceKind
    text: str
    start: int
    end: int
    words: int
    score: float
    rank: int


class Reason(TypedDict):
    feature: str
    note: str
    weight: float


class _SummarySentenceBase(TypedDict):
    index: int
    text: str
    start: int
    end: int
    score: float
    why: List[Reason]


class SummarySentence(_SummarySentenceBase, total=False):
    cut: bool


class Keyphrase(TypedDict):
    text: str
    score: float
    count: int
    sentences: List[int]


class Theme(TypedDict):
    label: str
    score: float
    count: int
    phrases: List[str]
    sentences: List[int]


class Part(TypedDict):
    text: str
    start: int
    end: int


class Speaker(TypedDict):
    name: str
    text: str
    start: int
    end: int


class Clause(TypedDict):
    cue: Part
    action: Part
    negated: bool
    rule: str


class Directive(TypedDict):
    sentence: int
    text: str
    start: int
    end: int
    speaker: Optional[Speaker]
    cue: Part
    addressee: Optional[Part]
    action: Part
    kind: DirectiveKind
    negated: bool
    also: List[Clause]
    rule: str
    speakerRule: Optional[str]


class Analysis(TypedDict):
    stats: Stats
    sentences: List[Sentence]
    summary: List[SummarySentence]
    keyphrases: List[Keyphrase]
    themes: List[Theme]
    directives: List[Directive]


class LanguageInfo(TypedDict):
    code: str
    name: str
    native: str
    rtl: bool
    directives: bool
