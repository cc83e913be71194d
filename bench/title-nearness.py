#!/usr/bin/env python3
"""How well the names alone rank the held-out train appellations, by way of comparing (docs/quality.md).

Usage: python3 bench/title-nearness.py [../shared/data/rome]

A one-off reading aid for the choices of TitleDictionary.Nearness#neighboursBySheet, not the
project's ranking: the analyzer is crude (lower case, accents off, a few gender and plural endings),
and each held-out title is ranked by one signal over the names its fold's engine keeps (RomeHoldout:
SHA-256 of "appellation:" + code_ogr), without the fusion. Train sheets only (SHA-256 of "split:" +
code >= 0.3), the 2,500 the benchmark samples. Each row changes one thing from the row above it.
"""
import collections, csv, hashlib, math, re, sys, unicodedata

STOP = set('de du des la le les l d en et a au aux pour sur dans par un une avec chez sans ou h f'.split())


def unit(key):
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:7], 'big') / float(1 << 56)


def stem(w):
    if len(w) > 3 and w[-1] in 'sx':
        w = w[:-1]
    for a, b in (('euse', 'eur'), ('trice', 'teur'), ('ienne', 'ien'), ('enne', 'en'), ('elle', 'el'),
                 ('ette', 'et'), ('ere', 'er'), ('ive', 'if')):
        if w.endswith(a) and len(w) > len(a) + 2:
            return w[:-len(a)] + b
    return w[:-1] if w.endswith('e') and len(w) > 3 else w


def terms(label):
    s = unicodedata.normalize('NFD', label.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    out = []
    for w in re.split('[^a-z]+', s):
        if w and w not in STOP and len(w) > 1 and stem(w) not in out:
            out.append(stem(w))
    return out


class Names:
    """One fold's names, compared as the settings say."""

    def __init__(self, names, idf, prefix, backoff, both=False):
        cut = (lambda t: t[:prefix]) if prefix else (lambda t: t)
        self.cut, self.backoff, self.both = cut, backoff, both
        self.names = [(list(dict.fromkeys(k for t in ts for k in self.keys(t))), c) for ts, c in names]
        self.post, sheets = collections.defaultdict(list), collections.defaultdict(set)
        for i, (ts, c) in enumerate(self.names):
            for t in ts:
                self.post[t].append(i)
                sheets[t].add(c)
        n = len(self.names) if idf == 'name' else len({c for _, c in self.names})
        df = {t: len(p) if idf == 'name' else len(sheets[t]) for t, p in self.post.items()}
        self.idf = {t: math.log(1 + n / d) for t, d in df.items()}
        self.unknown = math.log(1 + n)
        self.weight = [sum(self.idf[t] for t in ts) for ts, _ in self.names]
        self.vocabulary = sorted({t for ts, _ in names for t in ts})

    def keys(self, word):
        return [self.cut(word), '=' + word] if self.both else [self.cut(word)]

    def look_alikes(self, word):
        best, out = self.backoff, []
        for v in self.vocabulary:
            k = max(next((i for i in range(min(len(word), len(v))) if word[-1 - i] != v[-1 - i]), min(len(word), len(v))),
                    next((i for i in range(min(len(word), len(v))) if word[i] != v[i]), min(len(word), len(v))))
            if k >= best:
                out = [v] if k > best else out + [v]
                best = k
        return out if len(out) <= 5 else []

    def nearness(self, words):
        line, weight = {}, 0
        for w in words:
            for t in self.keys(w):
                if t in self.idf:
                    line[t] = self.idf[t]
                weight += self.idf.get(t, self.unknown)
            if self.cut(w) in self.idf:
                continue
            for v in (self.look_alikes(w) if self.backoff and len(w) >= self.backoff else []):
                for t in self.keys(v):
                    line[t] = max(line.get(t, 0), 0.5 * self.idf[t])
        shared = collections.Counter()
        for t, x in line.items():
            for n in self.post.get(t, ()):
                shared[n] += x
        per = collections.defaultdict(list)
        for n, x in shared.items():
            per[self.names[n][1]].append(min(1, 2 * x / (weight + self.weight[n])))
        return per


def score(values, how):
    v = sorted(values, reverse=True)
    # the vote's 4-norm, (sum of x^4)^(1/4), ranks as the sum does
    return v[0] if how == 'best' else sum(v[:3]) / 3 if how == 'mean3' else min(1, sum(x ** 4 for x in v))


def main(rome):
    app = list(csv.DictReader(open(f'{rome}/unix_referentiel_appellation_v460_utf8.csv', encoding='utf-8')))
    titles = {r['code_rome']: r['libelle_rome']
              for r in csv.DictReader(open(f'{rome}/unix_referentiel_code_rome_v460_utf8.csv', encoding='utf-8'))}
    fold = lambda ogr: int(unit('appellation:' + ogr) * 5)
    asked = [a for a in app if a['classification'] != 'PRINCIPALE' and unit('split:' + a['code_rome']) >= 0.3]
    asked = sorted(asked, key=lambda a: unit('sample:' + a['code_ogr']))[:2500]
    kept = {}
    for f in range(5):
        names = {(tuple(terms(t)), c) for c, t in titles.items()}
        names |= {(tuple(terms(a[k])), a['code_rome']) for a in app for k in ('libelle_appellation_long', 'libelle_appellation_court')
                  if a['classification'] == 'PRINCIPALE' or fold(a['code_ogr']) != f}
        kept[f] = sorted((list(t), c) for t, c in names if t)
    rows = [('best name (titleNear), idf over names, whole words', 'best', 'name', 0, 0),
            ('mean of the 3 nearest names (titleNeighbours before)', 'mean3', 'name', 0, 0),
            ('vote: sum of nearness^4 over the names (its 4th root ranks alike)', 'vote', 'name', 0, 0),
            ('+ idf over sheets', 'vote', 'sheet', 0, 0),
            ('+ words cut to 6 letters', 'vote', 'sheet', 6, 0),
            ('+ unknown words borrow look-alikes (8 letters)', 'vote', 'sheet', 6, 8),
            ('+ whole words beside the cut ones (committed)', 'vote', 'sheet', 6, 8, True)]
    print(f'{len(asked)} held-out train appellations; the names alone, top-3')
    print('| signal | top-3 |\n|---|---:|')
    for label, how, idf, prefix, backoff, *both in rows:
        hits = 0
        for f in range(5):
            names = Names(kept[f], idf, prefix, backoff, bool(both))
            for a in (a for a in asked if fold(a['code_ogr']) == f):
                s = {c: score(v, how) for c, v in names.nearness(terms(a['libelle_appellation_long'])).items()}
                hits += a['code_rome'] in sorted(s, key=lambda c: (-s[c], c))[:3]
        print(f'| {label} | {hits / len(asked):.3f} |')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '../shared/data/rome')
