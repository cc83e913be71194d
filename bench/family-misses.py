#!/usr/bin/env python3
"""How much of a held-out task's miss is ROME's own family split (docs/quality.md, "What the
unmet targets are made of").

Usage: bin/passerelles bench --split train --tasks description,masked --dump /tmp/dm.tsv
       python3 bench/family-misses.py /tmp/dm.tsv [../shared/data/rome]
       bin/passerelles bench --split train --tasks title --dump /tmp/t.tsv
       python3 bench/family-misses.py /tmp/t.tsv [../shared/data/rome]

Reads the dump (query ids and ranked candidates, never a text) and `code_rome_parent` of the ROME
sheet file: ROME 4.0 splits 326 sheets into 1,052 children ("fiches emplois") under them, and a
family is a parent with its children. For each task, a query missed in the first three is counted
once, in the first class that applies: a family member of the right sheet in the first three; the
right sheet in the first three when the same sheet's description is queried as written (masked
queries only: the names were what told it apart); no candidate at all (a query with no row in the
dump: give the task's size, `title=2500`). Train dumps only: it refuses a test dump's codes.
"""
import collections, csv, hashlib, sys


def unit(key):
    h = hashlib.sha256(key.encode()).digest()
    return int.from_bytes(h[:7], 'big') / float(1 << 56)


def main(dump, rome_dir, sizes):
    parent = {}
    for r in csv.DictReader(open(f'{rome_dir}/unix_referentiel_code_rome_v460_utf8.csv', encoding='utf-8')):
        parent[r['code_rome']] = r['code_rome_parent'] or r['code_rome']
    ranked = collections.defaultdict(dict)
    for r in csv.DictReader(open(dump, encoding='utf-8'), delimiter='\t'):
        if unit('split:' + r['gold']) < 0.3:
            sys.exit('this reading is for the train split only')
        ranked[r['task']].setdefault(r['query'], (r['gold'], []))[1].append((int(r['rank']), r['candidate']))
    for task, queries in sorted(ranked.items()):
        n = sizes.get(task, len(queries))
        top3, classes = 0, collections.Counter()
        for q, (gold, rows) in queries.items():
            first = [c for _, c in sorted(rows)][:3]
            if gold in first:
                top3 += 1
                continue
            written = ranked.get('description', {}).get(q)
            if any(parent.get(c) == parent.get(gold) for c in first):
                classes['a family member of the right sheet in the first three'] += 1
            elif task == 'masked' and written and gold in [c for _, c in sorted(written[1])][:3]:
                classes['no family member; the right sheet in the first three as written'] += 1
            else:
                classes['other'] += 1
        classes['no candidate at all'] += n - len(queries)
        family = classes['a family member of the right sheet in the first three']
        print(f'{task}: {n} queries, top-3 {top3 / n:.3f}, top-3 counting the right sheet\'s family '
              f'{(top3 + family) / n:.3f}')
        print('| missed in the first three | queries | share of all |\n|---|---:|---:|')
        for c, k in classes.most_common():
            if k:
                print(f'| {c} | {k} | {k / n:.3f} |')
        print()


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if '=' not in a]
    sizes = dict((a.split('=')[0], int(a.split('=')[1])) for a in sys.argv[1:] if '=' in a)
    main(args[0], args[1] if len(args) > 1 else '../shared/data/rome', sizes)
