#!/usr/bin/env python3
"""Classes the held-out appellation queries missed in the first three (docs/quality.md).

Usage: bin/passerelles bench --split train --tasks title --dump /tmp/titles.tsv
       python3 bench/title-misses.py /tmp/titles.tsv [../shared/data/rome]

Reads the dump (query ids, ranked candidates; never a text) and the ROME appellation and sheet
files. Rebuilds each query's fold as RomeHoldout does (SHA-256 of "appellation:" + code_ogr), so
that "the right sheet's names" are those its fold's engine kept. Words are compared crudely (lower
case, accents off, 5-letter prefixes): the classes are a reading aid, not a metric. The first class
that applies wins, in the order printed.
"""
import collections, csv, hashlib, re, sys, unicodedata

STOP = set('de du des la le les l d en et a au aux pour sur dans par un une avec chez sans ou'.split())
QUALIFIERS = 'confirme junior senior principal adjoint chef responsable assistant aide second premier nuit qualifie specialise expert superieur'


def unit(key):
    h = hashlib.sha256(key.encode()).digest()
    return int.from_bytes(h[:7], 'big') / float(1 << 56)


def words(label):
    s = unicodedata.normalize('NFD', label.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return [w[:5] for w in re.split('[^a-z]+', s) if w and w not in STOP]


def main(dump, rome_dir):
    app = list(csv.DictReader(open(f'{rome_dir}/unix_referentiel_appellation_v460_utf8.csv', encoding='utf-8')))
    titles = {r['code_rome']: r['libelle_rome']
              for r in csv.DictReader(open(f'{rome_dir}/unix_referentiel_code_rome_v460_utf8.csv', encoding='utf-8'))}
    by_ogr = {a['code_ogr']: a for a in app}
    names = collections.defaultdict(list)
    for a in app:
        names[a['code_rome']].append(a)
    fold = lambda ogr: int(unit('appellation:' + ogr) * 5)
    ranked = collections.OrderedDict()
    with open(dump, encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            if r['task'] == 'title':
                ranked.setdefault(r['query'], []).append(r)
    # the queries asked: the dump has no row for a query that got no candidate
    split_train = 'train' if all(unit('split:' + q.split('/')[0]) >= 0.3 for q in ranked) else 'test'
    if split_train != 'train':
        sys.exit('this reading is for the train split only')
    asked = [a for a in app if a['classification'] != 'PRINCIPALE' and unit('split:' + a['code_rome']) >= 0.3]
    asked.sort(key=lambda a: unit('sample:' + a['code_ogr']))
    asked = asked[:2500]
    qualifiers = set(w[:5] for w in QUALIFIERS.split())
    classes = collections.Counter()
    for a in asked:
        rs = ranked.get(a['code_rome'] + '/' + a['code_ogr'], [])
        rank = next((int(r['rank']) for r in rs if r['is_gold'] == '1'), 99)
        if rank <= 3:
            continue
        gold, f = a['code_rome'], fold(a['code_ogr'])
        kept = [titles[gold]] + [b['libelle_appellation_long'] for b in names[gold]
                                 if b['classification'] == 'PRINCIPALE' or fold(b['code_ogr']) != f]
        q = words(a['libelle_appellation_long'])
        gold_words = set(w for k in kept for w in words(k))
        top_words = set(w for b in names[rs[0]['candidate']] for w in words(b['libelle_appellation_long'])) if rs else set()
        head = q[0] if q else ''
        if not rs:
            c = 'no candidate: no word of the title in any index'
        elif not set(q) & gold_words:
            c = "no word shared with the right sheet's names"
        elif head not in gold_words and head in top_words:
            c = "head noun not in the right sheet's names, in the first sheet's"
        elif head in gold_words and head in top_words and not (set(q) - {head}) & gold_words:
            c = 'only the head noun shared, and the first sheet has it too'
        elif set(q) & qualifiers:
            c = 'a qualifier word (chef, adjoint, confirmé, expert…)'
        elif rank == 99:
            c = 'words shared, right sheet outside the first 20'
        else:
            c = 'words shared, right sheet ranked 4 to 20'
        classes[c] += 1
    n = len(asked)
    print(f'{n} queries, {sum(classes.values())} not in the first three ({sum(classes.values()) / n:.3f})')
    print('| class | queries | share of all |\n|---|---:|---:|')
    for c, k in classes.most_common():
        print(f'| {c} | {k} | {k / n:.3f} |')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else '../shared/data/rome')
