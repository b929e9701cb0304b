#!/usr/bin/env python3
"""Helper of scripts/same-output.sh: gathers every document of ../shared/data as
`--jsonl` input, and normalises analyses so two builds can be compared.

  same-output.py inputs DATA_DIR OUT_DIR      one FILE.jsonl of {"id","text"} per shared file
  same-output.py normalise IN OUT [DROP ...]  keys to camelCase, DROP keys removed, sorted keys

Normalising only renames keys (snake_case -> camelCase) and removes the named fields (the
provenance fields a change adds on purpose); every value stays as it was, byte for byte
after a JSON round trip (floats keep their shortest representation)."""
import json
import os
import re
import sys


def inputs(data, out):
    os.makedirs(out, exist_ok=True)
    names = []
    for root, _, files in sorted(os.walk(data)):
        for f in sorted(files):
            path = os.path.join(root, f)
            rel = os.path.relpath(path, data).replace(os.sep, "__")
            docs = []
            if f.endswith(".jsonl"):
                with open(path, encoding="utf-8") as fh:
                    for n, line in enumerate(fh):
                        o = json.loads(line)
                        text = o.get("text", o.get("sentence"))
                        if isinstance(text, str):
                            docs.append({"id": f"{n}:{o.get('id', '')}", "text": text})
            elif f.endswith(".txt"):
                with open(path, encoding="utf-8", errors="replace") as fh:
                    docs.append({"id": rel, "text": fh.read()})
            if docs:
                target = os.path.join(out, rel + ".jsonl")
                with open(target, "w", encoding="utf-8") as fh:
                    for d in docs:
                        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
                names.append((rel, len(docs)))
    for rel, n in names:
        print(f"{n:6d}  {rel}")


def camel(key):
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), key)


def clean(v, drop):
    if isinstance(v, dict):
        return {camel(k): clean(x, drop) for k, x in v.items() if camel(k) not in drop}
    if isinstance(v, list):
        return [clean(x, drop) for x in v]
    return v


def normalise(src, dst, drop):
    drop = set(drop)
    with open(src, encoding="utf-8") as fi, open(dst, "w", encoding="utf-8") as fo:
        for line in fi:
            o = clean(json.loads(line), drop)
            fo.write(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "inputs":
        inputs(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "normalise":
        normalise(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit(__doc__)
