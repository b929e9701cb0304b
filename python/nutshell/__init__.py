"""Nutshell: the summary, themes and key directives of a text, computed locally.

>>> import nutshell
>>> result = nutshell.analyze("Ann Lee urged residents to vote. It rained.", sentences=1)
>>> result["directives"][0]["speaker"]["name"]
'Ann Lee'

``analyze(text, **options)`` analyses one text; ``Analyzer(**options)`` checks the options
once and is reused: ``analyzer.analyze(text)``, ``analyzer.analyze_many(texts,
threads=None)`` (every core, in input order, the GIL released). Results are plain dicts
and lists with the JSON's keys (``nutshell.types`` describes them); every ``start`` and
``end`` is a Python string index (code points): ``text[start:end]``. Invalid options raise
``ValueError`` naming the option. ``nutshell.spark`` runs it over Spark DataFrames.
"""

from ._nutshell import (
    UNDETERMINED,
    Analyzer,
    __version__,
    analyze,
    identify_language,
    languages,
)

__all__ = [
    "UNDETERMINED",
    "Analyzer",
    "__version__",
    "analyze",
    "identify_language",
    "languages",
]
