#!/usr/bin/env python3
"""How near each query text is to its nearest labelled text (corpus/examples), a rough view of
whether the labelled texts' vote can reach it (issue 10, session 23; docs/quality.md, "The vote
does not reach real text").

Words are lower-cased runs of 3+ letters cut to 6 letters, tf-idf ln(1 + count) * ln((n + 1) / df)
over the labelled texts, unit length: cruder than the query chain the service uses, so the
cosines are not the service's (its gate is 0.21 on its own vectors); compare groups, not values.
A query of a set the examples hold is compared with the other sets only.

  python3 eval/match/nearest-labelled.py QUERIES.jsonl [MORE.jsonl ...]
"""
import collections
import json
import math
import re
import statistics
import sys


def words(text):
    return [w[:6] for w in re.findall(r"[a-zàâçéèêëîïôûùüÿœ]{3,}", text.lower())]


def set_of(qid):
    m = re.match(r"(rs\d*)-", qid)
    return m.group(1) if m else qid


def main(files):
    examples = [json.loads(line) for line in open("corpus/examples/labelled-texts.jsonl", encoding="utf-8")]
    counts = [collections.Counter(words(e["text"])) for e in examples]
    df = collections.Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts)

    def vector(c):
        v = {t: math.log1p(k) * math.log((n + 1) / df.get(t, 0.5)) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    postings = collections.defaultdict(list)
    for i, c in enumerate(counts):
        for t, x in vector(c).items():
            postings[t].append((i, x))
    sets = [set_of(e["id"]) for e in examples]
    for f in files:
        nearest = []
        for line in open(f, encoding="utf-8"):
            q = json.loads(line)
            own = set_of(q["id"])
            scores = collections.defaultdict(float)
            for t, x in vector(collections.Counter(words(q["text"]))).items():
                for i, y in postings.get(t, ()):
                    scores[i] += x * y
            nearest.append(max((s for i, s in scores.items() if sets[i] != own), default=0.0))
        nearest.sort()
        print(f"{f}: {len(nearest)} texts, nearest labelled text's cosine: p25 {nearest[len(nearest) // 4]:.3f}, "
              f"median {statistics.median(nearest):.3f}, p75 {nearest[3 * len(nearest) // 4]:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
