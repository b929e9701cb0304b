"""Nutshell over Apache Spark DataFrames: one analysis per row, as typed columns.

``analyze_dataframe(df, text="text", id="id", **options)`` returns a DataFrame with the
columns of ``SCHEMA``; it runs the Python package inside ``mapInPandas``, so each Spark
task analyses its rows in batches with one ``Analyzer`` and every core of its executor.
The package must be importable on the executors (installed in their environment, or the
wheel shipped with ``--py-files``; see the README).

The schema (DDL in ``SCHEMA``):

- ``id`` (string): the input's id column, as a string (null when absent);
- ``language`` (string), ``language_confidence`` (double): ``stats.language`` and
  ``stats.languageConfidence``;
- ``words``, ``sentences`` (int): ``stats.words`` and ``stats.sentences``;
- ``summary`` (array<string>): the summary sentences in document order;
- ``keyphrases`` (array<string>): the key phrases, best first;
- ``themes`` (array<struct<label, count, phrases>>): the themes, best first;
- ``directives`` (array<struct<speaker, cue, addressee, action, kind, negated, sentence,
  start, end>>): the key directives in document order, offsets in code points of the text;
  ``speaker`` is the speaker's name (null when none), ``addressee`` null when none.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, List, Optional

from ._nutshell import Analyzer
from .types import Analysis

SCHEMA = (
    "id string, language string, language_confidence double, words int, sentences int, "
    "summary array<string>, keyphrases array<string>, "
    "themes array<struct<label: string, count: int, phrases: array<string>>>, "
    "directives array<struct<speaker: string, cue: string, addressee: string, action: string, "
    "kind: string, negated: boolean, sentence: int, start: int, end: int>>"
)

COLUMNS = [
    "id",
    "language",
    "language_confidence",
    "words",
    "sentences",
    "summary",
    "keyphrases",
    "themes",
    "directives",
]


def row(id: Optional[str], a: Analysis) -> Dict[str, Any]:
    """One output row (a dict with the keys of ``COLUMNS``) from an analysis."""
    stats = a["stats"]
    return {
        "id": id,
        "language": stats["language"],
        "language_confidence": stats["languageConfidence"],
        "words": stats["words"],
        "sentences": stats["sentences"],
        "summary": [s["text"] for s in a["summary"]],
        "keyphrases": [k["text"] for k in a["keyphrases"]],
        "themes": [
            {"label": t["label"], "count": t["count"], "phrases": t["phrases"]}
            for t in a["themes"]
        ],
        "directives": [
            {
                "speaker": d["speaker"]["name"] if d["speaker"] else None,
                "cue": d["cue"]["text"],
                "addressee": d["addressee"]["text"] if d["addressee"] else None,
                "action": d["action"]["text"],
                "kind": d["kind"],
                "negated": d["negated"],
                "sentence": d["sentence"],
                "start": d["start"],
                "end": d["end"],
            }
            for d in a["directives"]
        ],
    }


def rows(
    analyzer: Analyzer,
    ids: Iterable[Optional[str]],
    texts: Iterable[Optional[str]],
    threads: Optional[int] = None,
) -> List[Dict[str, Any]]:
    """The output rows of many texts (a null text, None or pandas' NaN, is analysed as
    empty)."""
    strings = [t if isinstance(t, str) else "" for t in texts]
    return [row(i, a) for i, a in zip(ids, analyzer.analyze_many(strings, threads=threads))]


def batches(
    frames: Iterator[Any],
    text: str = "text",
    id: Optional[str] = "id",
    threads: Optional[int] = None,
    **options: Any,
) -> Iterator[Any]:
    """The ``mapInPandas`` function: pandas DataFrames of texts in, DataFrames of
    ``SCHEMA`` out. ``options`` are the ``Analyzer``'s."""
    import pandas as pd  # type: ignore[import-untyped]

    analyzer = Analyzer(**options)
    for frame in frames:
        n = len(frame)
        if id is not None and id in frame.columns:
            ids = [None if v is None or v != v else str(v) for v in frame[id]]
        else:
            ids = [None] * n
        out = rows(analyzer, ids, frame[text], threads)
        yield pd.DataFrame(out, columns=COLUMNS)


def analyze_dataframe(
    df: Any,
    text: str = "text",
    id: Optional[str] = "id",
    threads: Optional[int] = None,
    **options: Any,
) -> Any:
    """``df`` analysed row by row: a DataFrame with the columns of ``SCHEMA``.

    ``text`` names the column of texts, ``id`` the column copied to ``id`` (``None`` for
    none); ``threads`` is per Spark task (``None``: every core; with several tasks per
    executor, 1 is usually right). ``options`` are checked here, on the driver, before any
    task runs: an invalid one raises ``ValueError`` naming it.
    """
    Analyzer(**options)  # fail fast, on the driver
    if id is not None and id not in df.columns:
        id = None

    def run(frames: Iterator[Any]) -> Iterator[Any]:
        return batches(frames, text=text, id=id, threads=threads, **options)

    return df.mapInPandas(run, schema=SCHEMA)
