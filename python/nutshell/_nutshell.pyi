# Type stubs of the native module (src/lib.rs); checked by mypy in the tests.
from typing import Iterable, List, Optional, Tuple, final

from .types import Analysis, LanguageInfo

__all__ = [
    "Analyzer",
    "UNDETERMINED",
    "__version__",
    "analyze",
    "identify_language",
    "languages",
]
__version__: str
UNDETERMINED: str

@final
class Analyzer:
    def __new__(
        cls,
        *,
        sentences: Optional[int] = None,
        ratio: Optional[float] = None,
        words: Optional[int] = None,
        max_keyphrases: Optional[int] = None,
        max_themes: Optional[int] = None,
        phrase_words: Optional[int] = None,
        language: Optional[str] = None,
    ) -> Analyzer: ...
    def analyze(self, text: str) -> Analysis: ...
    def analyze_many(
        self, texts: Iterable[str], threads: Optional[int] = None
    ) -> List[Analysis]: ...

def analyze(
    text: str,
    *,
    sentences: Optional[int] = None,
    ratio: Optional[float] = None,
    words: Optional[int] = None,
    max_keyphrases: Optional[int] = None,
    max_themes: Optional[int] = None,
    phrase_words: Optional[int] = None,
    language: Optional[str] = None,
) -> Analysis: ...
def languages() -> List[LanguageInfo]: ...
def identify_language(text: str) -> Tuple[Optional[str], float]: ...
