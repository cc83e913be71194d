#!/usr/bin/env python3
"""Shares of JFR execution samples by method: self (top frame), total (anywhere in the stack, once per
sample) and "own code" (the nearest fr.passerelles frame to the top), from the text of
`jfr print --stack-depth 200 --events jdk.ExecutionSample X.jfr`. Only samples under a frame matching
--under (default: the text matcher) count.
Usage: bench/jfr-shares.py samples.txt [--under REGEX] [--top N] [--grep REGEX]"""
import argparse
import re
import sys
from collections import Counter

FRAME = re.compile(r"^\s+(\S+)\((.*?)\)(?: line: \d+)?")


def samples(path):
    frames, inside = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "stackTrace = [" in line:
                frames, inside = [], True
            elif inside and line.strip() == "]":
                inside = False
                yield frames
            elif inside:
                m = FRAME.match(line)
                if m:
                    frames.append(m.group(1))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--under", default=r"fr\.passerelles\.match\.(TextMatcher|Matcher)\.")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--grep", default=None, help="only print methods matching this in the total table")
    a = p.parse_args()
    under = re.compile(a.under)
    self_c, total_c, own_c = Counter(), Counter(), Counter()
    n = 0
    for fr in samples(a.file):
        if not any(under.search(x) for x in fr):
            continue
        n += 1
        self_c[fr[0]] += 1
        for x in set(fr):
            total_c[x] += 1
        own = next((x for x in fr if x.startswith("fr.passerelles.")), "(none)")
        own_c[own] += 1
    if n == 0:
        sys.exit("no sample under " + a.under)
    print(f"{n} samples under {a.under}")
    for title, c in (("self", self_c), ("own code (nearest fr.passerelles frame)", own_c), ("total", total_c)):
        print(f"\n== {title}")
        rows = c.most_common()
        if title == "total" and a.grep:
            rows = [r for r in rows if re.search(a.grep, r[0])]
        for m, k in rows[: a.top]:
            print(f"{100.0 * k / n:6.1f} %  {m}")


if __name__ == "__main__":
    main()
