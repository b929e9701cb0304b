"""Reads JSONL ({"id": ..., "text": ...} per line), analyses every row with Nutshell on Spark
and writes Parquet.

    python examples/spark_jsonl_to_parquet.py IN.jsonl OUT.parquet [--master local[*]]

On a cluster, the same script goes to spark-submit (see the README): the nutshell wheel
must be installed on the executors or shipped with --py-files.
"""

from __future__ import annotations

import argparse

from pyspark.sql import SparkSession

from nutshell.spark import analyze_dataframe


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--master", default=None, help="e.g. local[2]; spark-submit sets it")
    p.add_argument("--sentences", type=int, default=3)
    p.add_argument("--threads", type=int, default=1, help="threads per Spark task")
    args = p.parse_args()
    builder = SparkSession.builder.appName("nutshell")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    df = spark.read.json(args.input)
    out = analyze_dataframe(df, threads=args.threads, sentences=args.sentences)
    out.write.mode("overwrite").parquet(args.output)
    print(f"{spark.read.parquet(args.output).count()} rows written to {args.output}")
    spark.stop()


if __name__ == "__main__":
    main()
