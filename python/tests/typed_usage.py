"""Checked by mypy --strict in the tests: the stubs describe what a caller writes."""

from __future__ import annotations

from typing import List, Optional

import nutshell
from nutshell.types import Analysis, Directive


def speakers(result: Analysis) -> List[str]:
    names: List[str] = []
    for d in result["directives"]:
        speaker = d["speaker"]
        if speaker is not None:
            names.append(speaker["name"])
    return names


def first_action(text: str) -> Optional[str]:
    directives: List[Directive] = nutshell.analyze(text, sentences=2)["directives"]
    return directives[0]["action"]["text"] if directives else None


analyzer = nutshell.Analyzer(words=100, language="auto")
results: List[Analysis] = analyzer.analyze_many(["One text.", "Another."], threads=2)
summary: List[str] = [s["text"] for s in results[0]["summary"]]
code, confidence = nutshell.identify_language("Some text")
language: Optional[str] = code
share: float = confidence + results[0]["stats"]["languageConfidence"]
