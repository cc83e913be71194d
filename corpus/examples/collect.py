#!/usr/bin/env python3
"""Writes labelled-texts.jsonl from the blind real-style sets: id, kind, labels and text of each
record (the labelling note is left out). Usage, from the repository root:
    python3 corpus/examples/collect.py src/test/resources/eval/real-style.jsonl \
        src/test/resources/eval/real-style-{2..102}.jsonl > corpus/examples/labelled-texts.jsonl
"""
import json
import sys

seen = set()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            if r["id"] in seen:
                sys.exit("duplicate id " + r["id"] + " in " + path)
            seen.add(r["id"])
            out = {"id": r["id"], "kind": r["kind"], "branch": r.get("branch") or [],
                   "rome": r.get("rome") or [], "text": r["text"]}
            print(json.dumps(out, ensure_ascii=False))
