"""Tests of the Python package: the seed, offsets in code points, options, batches."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import threading

import pytest

import nutshell

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = (ROOT / "assets" / "example.txt").read_text(encoding="utf-8")


def spans(result):
    """Every (start, end, text) of a result: sentences, summary and directive parts."""
    for s in result["sentences"] + result["summary"]:
        yield s["start"], s["end"], s["text"]
    for d in result["directives"]:
        yield d["start"], d["end"], d["text"]
        parts = [d["cue"], d["action"], d["speaker"], d["addressee"]]
        for c in d["also"]:
            parts += [c["cue"], c["action"]]
        for p in parts:
            if p is not None:
                yield p["start"], p["end"], p["text"]


def test_seed_summary_themes_and_directives():
    r = nutshell.analyze(SEED, sentences=3)
    assert len(r["summary"]) == 3
    assert [s["index"] for s in r["summary"]] == sorted(s["index"] for s in r["summary"])
    assert r["themes"][0]["label"] == "trade unions"
    assert len(r["directives"]) == 21
    assert {d["speaker"]["name"] for d in r["directives"]} == {"Xi Jinping"}
    urged = [d for d in r["directives"] if d["addressee"] and d["cue"]["text"] == "urged"]
    assert urged[0]["addressee"]["text"] == "trade unions"
    assert r["stats"]["language"] == "en"
    assert r["stats"]["chars"] == len(SEED)
    for s in r["summary"]:
        assert s["why"], "each summary sentence says why it was chosen"


def test_every_offset_is_a_python_string_index():
    for text in [
        SEED,
        "Café 😀 news. Ann Lee urged résidents 🇫🇷 to vote now. Done.",
        "“We must act,” Ann Lee 😀 said. She urged résidents to vote, and called for calm.",
        "Ελλάδα 😀. Ο υπουργός ανακοίνωσε νέα μέτρα για την οικονομία. Τα μέτρα ξεκινούν σήμερα.",
    ]:
        r = nutshell.analyze(text)
        n = 0
        for start, end, span in spans(r):
            assert text[start:end] == span
            n += 1
        assert n > 0


def test_emoji_offsets_differ_from_bytes_and_utf16():
    text = "😀😀 Ann Lee urged residents to vote now."
    d = nutshell.analyze(text)["directives"][0]
    assert (d["action"]["start"], d["action"]["end"]) == (30, 38)
    assert text[30:38] == "vote now"
    assert len(text.encode()) - len(text) == 6  # bytes would be 6 more, UTF-16 two more


def test_lone_surrogates_are_read_as_replacement_characters_at_the_same_index():
    text = "x\ud800y. Ann Lee urged them to go home."
    d = nutshell.analyze(text)["directives"][0]
    assert text[d["action"]["start"] : d["action"]["end"]] == "go home"


@pytest.mark.parametrize(
    "options, name, says",
    [
        ({"sentences": 0}, "sentences", "from 1 to"),
        ({"ratio": 1.5}, "ratio", "at most 1"),
        ({"words": -3}, "words", "negative"),
        ({"max_keyphrases": 501}, "max_keyphrases", "from 0 to 500"),
        ({"max_themes": 101}, "max_themes", "from 0 to 100"),
        ({"phrase_words": 5}, "phrase_words", "from 1 to 4"),
        ({"language": "xx"}, "language", "auto or one of"),
        ({"sentences": 2, "ratio": 0.5}, "ratio", "only one"),
    ],
)
def test_invalid_options_raise_value_error_naming_the_option(options, name, says):
    with pytest.raises(ValueError) as e:
        nutshell.Analyzer(**options)
    assert f"`{name}`" in str(e.value) and says in str(e.value)
    with pytest.raises(ValueError):
        nutshell.analyze("A text.", **options)


def test_wrong_types_raise_type_error():
    with pytest.raises(TypeError):
        nutshell.Analyzer(sentences="three")
    with pytest.raises(TypeError):
        nutshell.Analyzer(colour="red")
    with pytest.raises(TypeError):
        nutshell.analyze(b"bytes are not text")
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        nutshell.Analyzer().analyze_many(["fine", None])
    with pytest.raises(TypeError, match="one str"):
        nutshell.Analyzer().analyze_many("not a list")
    with pytest.raises(ValueError, match="`threads`"):
        nutshell.Analyzer().analyze_many(["a"], threads=0)


def test_options_reach_the_core():
    r = nutshell.analyze(SEED, words=60, max_themes=2, max_keyphrases=3, phrase_words=1)
    assert r["stats"]["summaryWords"] <= 60 or len(r["summary"]) == 1
    assert len(r["themes"]) <= 2 and len(r["keyphrases"]) <= 3
    assert all(" " not in k["text"] for k in r["keyphrases"])
    r = nutshell.analyze("Der Minister sprach am Montag über die Wirtschaft.", language="de")
    assert r["stats"]["language"] == "de" and r["stats"]["languageConfidence"] == 1.0
    assert repr(nutshell.Analyzer(sentences=2, language="fr")) == (
        'nutshell.Analyzer(sentences=2, language="fr")'
    )


def test_empty_blank_and_junk_text():
    for text in ["", "   \n\n\t", "\x00\x01\x02", "!!!???...", "😀" * 1000, "<p>unbalanced “quote"]:
        r = nutshell.analyze(text)
        assert set(r) == {"stats", "sentences", "summary", "keyphrases", "themes", "directives"}
    assert nutshell.analyze("")["summary"] == []


def test_huge_text():
    text = (SEED + "\n\n") * 400  # about 2.4 MB
    r = nutshell.analyze(text, sentences=5)
    assert r["stats"]["chars"] == len(text)
    assert len(r["summary"]) == 5
    last = r["sentences"][-1]
    assert text[last["start"] : last["end"]] == last["text"]


def test_analyze_many_keeps_order_and_matches_analyze():
    texts = [SEED, "", "Ann Lee urged residents to vote.", "Le ministre a parlé hier."] * 5
    analyzer = nutshell.Analyzer(sentences=2)
    one = [analyzer.analyze(t) for t in texts]
    assert analyzer.analyze_many(texts, threads=1) == one
    assert analyzer.analyze_many(texts, threads=3) == one
    assert analyzer.analyze_many(iter(texts)) == one
    assert analyzer.analyze_many([]) == []


def test_an_analyzer_is_shared_by_python_threads():
    analyzer = nutshell.Analyzer()
    expected = analyzer.analyze(SEED)
    results = []

    def work():
        results.append(analyzer.analyze(SEED))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_languages_and_identification():
    langs = nutshell.languages()
    assert langs[0]["code"] == "en" and len(langs) == 19
    assert {"code", "name", "native", "rtl", "directives"} == set(langs[0])
    assert [l["code"] for l in langs if l["rtl"]] == ["ar"]
    code, confidence = nutshell.identify_language(SEED)
    assert code == "en" and 0 < confidence <= 1
    assert nutshell.identify_language("안녕하세요 여러분, 오늘은 날씨가 좋습니다.")[0] is None
    assert nutshell.UNDETERMINED == "und"


def cli():
    path = os.environ.get("NUTSHELL_CLI", str(ROOT / "target" / "release" / "nutshell"))
    return path if os.path.exists(path) else None


@pytest.mark.skipif(cli() is None, reason="the CLI is not built (cargo build --release)")
def test_same_result_as_the_cli_with_offsets_converted():
    text = SEED + "\n\nCafé 😀: Ann Lee urged résidents to vote now."
    out = subprocess.run(
        [cli(), "--json", "--sentences", "3"], input=text.encode(), capture_output=True, check=True
    )
    from_cli = json.loads(out.stdout)
    data = text.encode()

    def chars(b):
        return len(data[:b].decode())

    def convert(v):
        if isinstance(v, dict):
            return {k: chars(x) if k in ("start", "end") else convert(x) for k, x in v.items()}
        if isinstance(v, list):
            return [convert(x) for x in v]
        return v

    expected = convert({k: v for k, v in from_cli.items() if k not in ("version", "offsets")})
    assert nutshell.analyze(text, sentences=3) == expected
