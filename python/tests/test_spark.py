"""Nutshell on a local Spark session (local[2]): rows of typed columns, checked against the
CLI's --jsonl output. Runs over the 2,225 BBC documents when ../shared is beside the
checkout, else over texts made here. Skipped only when pyspark is not installed."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest

pyspark = pytest.importorskip("pyspark")

from pyspark.sql import SparkSession  # noqa: E402

import nutshell  # noqa: E402
from nutshell.spark import COLUMNS, analyze_dataframe  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
BBC = ROOT.parent / "shared" / "data" / "summaries" / "bbc_news_summary.jsonl"
SEED = (ROOT / "assets" / "example.txt").read_text(encoding="utf-8")


def documents(tmp: pathlib.Path) -> pathlib.Path:
    """A JSONL file of documents: BBC when present, else a few made here."""
    if BBC.exists():
        return BBC
    path = tmp / "docs.jsonl"
    texts = [
        SEED,
        "Café 😀 news. Ann Lee urged résidents 🇫🇷 to vote now. Done.",
        "",
        "Le gouvernement a présenté mardi un plan pour les écoles. Le ministre a parlé.",
    ]
    with path.open("w", encoding="utf-8") as f:
        for i, t in enumerate(texts * 10):
            f.write(json.dumps({"id": f"doc/{i:03}", "text": t}) + "\n")
    return path


def cli() -> str:
    path = os.environ.get("NUTSHELL_CLI", str(ROOT / "target" / "release" / "nutshell"))
    if not os.path.exists(path):
        pytest.skip("the CLI is not built (cargo build --release -p nutshell-cli)")
    return path


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("nutshell-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_rows_match_the_cli(spark, tmp_path):
    path = documents(tmp_path)
    df = spark.read.json(str(path)).repartition(4)
    out = analyze_dataframe(df, threads=1, sentences=3)
    assert out.columns == COLUMNS
    types = dict(out.dtypes)
    assert types["summary"] == "array<string>"
    assert types["directives"].startswith("array<struct<speaker:string,cue:string")
    parquet = tmp_path / "out.parquet"
    out.write.parquet(str(parquet))
    rows = {r["id"]: r for r in spark.read.parquet(str(parquet)).collect()}

    lines = path.read_bytes()
    result = subprocess.run(
        [cli(), "--jsonl", "--sentences", "3"], input=lines, capture_output=True, check=True
    )
    expected = [json.loads(l) for l in result.stdout.splitlines()]
    texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in lines.splitlines()}
    assert len(rows) == len(expected) == len(texts)
    directives = 0
    for e in expected:
        r = rows[e["id"]]
        text = texts[e["id"]]
        assert r["language"] == e["stats"]["language"]
        assert r["words"] == e["stats"]["words"]
        assert r["sentences"] == e["stats"]["sentences"]
        assert r["summary"] == [s["text"] for s in e["summary"]]
        assert r["keyphrases"] == [k["text"] for k in e["keyphrases"]]
        assert [t["label"] for t in r["themes"]] == [t["label"] for t in e["themes"]]
        assert [t["phrases"] for t in r["themes"]] == [t["phrases"] for t in e["themes"]]
        assert len(r["directives"]) == len(e["directives"])
        data = text.encode()
        for got, want in zip(r["directives"], e["directives"]):
            assert got["cue"] == want["cue"]["text"]
            assert got["action"] == want["action"]["text"]
            assert got["kind"] == want["kind"]
            assert got["speaker"] == (want["speaker"] or {}).get("name")
            assert got["start"] == len(data[: want["start"]].decode())
            assert text[got["start"] : got["end"]] == want["text"]
            directives += 1
    assert directives > 0


def test_invalid_options_fail_on_the_driver(spark):
    df = spark.createDataFrame([("a", "Some text.")], "id string, text string")
    with pytest.raises(ValueError, match="`max_themes`"):
        analyze_dataframe(df, max_themes=1000)


def test_without_an_id_column_and_with_null_texts(spark):
    df = spark.createDataFrame([("Ann Lee urged residents to vote.",), (None,)], "body string")
    rows = analyze_dataframe(df, text="body", id=None).collect()
    assert [r["id"] for r in rows] == [None, None]
    assert rows[0]["directives"][0]["speaker"] == "Ann Lee"
    assert rows[1]["summary"] == []
    assert nutshell.analyze("")["summary"] == []
