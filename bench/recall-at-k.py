#!/usr/bin/env python3
"""Recall at k of a held-out benchmark dump: how far a reranker of the first k could go.

Usage: bin/passerelles bench --split train --tasks masked,title --dump /tmp/train.tsv
       python3 bench/recall-at-k.py /tmp/train.tsv title=2500

Reads the dump (query ids and ranked candidates, never a text). A query with no candidate at all
has no row in the dump: give its task's size (`title=2500`) to count it as a miss. Meant for the
train sheets' dumps: the test sheets are read by `bench --write` alone (docs/quality.md).
"""
import collections, csv, sys

KS = (1, 3, 5, 10, 20)


def main(path, sizes):
    best = collections.defaultdict(dict)
    for r in csv.DictReader(open(path, encoding='utf-8'), delimiter='\t'):
        q = best[r['task']]
        rank = int(r['rank']) if r['is_gold'] == '1' else 99
        q[r['query']] = min(q.get(r['query'], 99), rank)
    print('| task | queries | ' + ' | '.join(f'recall@{k}' for k in KS) + ' |')
    print('|---|---:|' + '---:|' * len(KS))
    for task, ranks in best.items():
        n = sizes.get(task, len(ranks))
        cells = ' | '.join(f'{sum(1 for r in ranks.values() if r <= k) / n:.3f}' for k in KS)
        print(f'| {task} | {n} | {cells} |')


if __name__ == '__main__':
    sizes = {t: int(n) for t, n in (a.split('=') for a in sys.argv[2:])}
    main(sys.argv[1], sizes)
