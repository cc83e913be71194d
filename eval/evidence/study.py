#!/usr/bin/env python3
"""Offline study of the evidence judge on the FIT part of the graded set (docs/quality.md, Evidence,
fourth pass). Reads `bin/passerelles eval-evidence --dump FILE` and graded.jsonl; never reads the
held-out part. Reproduces the procedure of EvidenceEvaluation (logistic fit, L2 3, out-of-fold
threshold by OperatingPoint's lower bound, 1 item per span and sheet) and its nested estimate, under
four partitions of the fit texts (the project's hashCode folds and three salted SHA-256 ones); the
resampling draws differ from Java's, so thresholds may differ by ~0.01.

  python3 eval/evidence/study.py DUMP classes     # the fit part's wrong-but-kept pairs, by cause
  python3 eval/evidence/study.py DUMP features    # each candidate feature added to the committed ones
  python3 eval/evidence/study.py DUMP procedures  # budgets, L2, soft targets, threshold rules
  python3 eval/evidence/study.py DUMP certifications  # a certification shown only when the span names one
  python3 eval/evidence/study.py DUMP trees       # boosted trees instead of the logistic model (slow: ~2 min)
"""
import collections, hashlib, json, math, re, sys
import numpy as np

GRADED = 'src/test/resources/eval/evidence/graded.jsonl'
SUPPORT = {"asur", "realis", "efectu", "proced", "particip"}
IRREGULAR = {"ger": "gestion", "prend": "pris", "tenir": "tenu", "mettr": "mis", "conduir": "conduit"}


def java_hash(s):
    b = s.encode('utf-16-be'); h = 0
    for i in range(0, len(b), 2):
        h = (31 * h + ((b[i] << 8) | b[i + 1])) & 0xffffffff
    return h - 2 ** 32 if h >= 2 ** 31 else h


def partition(salt):
    if salt is None:
        return lambda t: java_hash(t) % 5
    return lambda t: hashlib.sha256((salt + t).encode()).digest()[0] % 5


FOLD = partition(None)
def held_out(t): return hashlib.sha256(t.encode()).digest()[0] % 100 < 40
def real(t): return not t.startswith('rome-')


PHRASES = collections.defaultdict(set)  # text → (start, end) of its action phrases with a candidate


def load(dump):
    by = {}
    for line in open(dump, encoding='utf-8'):
        r = json.loads(line); k = (r['text'], r['span'], r['item'])
        if r['x'][9] == 1:
            PHRASES[r['text']].add((r['start'], r['end']))
        if k not in by or r['x'][0] > by[k]['x'][0]:
            by[k] = r
    out = []
    for line in open(GRADED, encoding='utf-8'):
        if line.strip():
            g = json.loads(line)
            if not held_out(g['text']):
                g['row'] = by[(g['text'], g['span'], g['item'])]; out.append(g)
    return out


def fit_weights(X, y, l2):
    n, d = X.shape; Xb = np.hstack([np.ones((n, 1)), X]); b = np.zeros(d + 1)
    pen = np.full(d + 1, l2); pen[0] = 1e-9
    for _ in range(100):
        p = 1 / (1 + np.exp(-Xb @ b)); g = Xb.T @ (y - p) - pen * b * (np.arange(d + 1) > 0)
        H = (Xb * (p * (1 - p))[:, None]).T @ Xb + np.diag(pen); delta = np.linalg.solve(H, g); b += delta
        if np.abs(delta).max() < 1e-9:
            break
    return b


def prob(b, X): return 1 / (1 + np.exp(-(b[0] + X @ b[1:])))


def budget(pairs, p, per_span_sheet=1, per_span=None):
    groups = collections.defaultdict(list)
    for i, q in enumerate(pairs):
        groups[(q['text'], q['sheet'], q['span'])].append(i)
    w = np.zeros(len(pairs), bool)
    for g in groups.values():
        g.sort(key=lambda i: (-p[i], pairs[i]['item']))
        w[g[:per_span_sheet]] = True
    if per_span:  # distinct items per span, across sheets
        best = collections.defaultdict(dict)
        for i, q in enumerate(pairs):
            if w[i]:
                d = best[(q['text'], q['span'])]; d[q['item']] = max(d.get(q['item'], -1), p[i])
        for i, q in enumerate(pairs):
            if w[i]:
                d = best[(q['text'], q['span'])]
                w[i] = sorted(d, key=lambda it: (-d[it], it)).index(q['item']) < per_span
    return w


def lower_bound_threshold(texts, p, right, target=0.85, resamples=2000):
    ids = {}; t = np.array([ids.setdefault(x, len(ids)) for x in texts]); n = len(ids)
    draws = np.random.default_rng(20261205).integers(0, n, (resamples, max(2, round(n / 2))))
    best = 1.0
    for c in sorted(set(np.floor(p * 1000) / 1000), reverse=True):
        m = p >= c
        if m.sum() < 20:
            continue
        k = np.bincount(t[m], minlength=n)[draws].sum(1); r = np.bincount(t[m & right], minlength=n)[draws].sum(1)
        if np.sort(np.where(k == 0, 1, r / np.maximum(k, 1)))[int(0.05 * (resamples - 1))] >= target:
            best = c
    return best


def mean_threshold(p, right, target):
    best = 1.0
    for c in sorted(set(np.floor(p * 1000) / 1000), reverse=True):
        m = p >= c
        if m.sum() >= 20 and (m & right).sum() / m.sum() >= target:
            best = c
    return best


class Procedure:
    """EvidenceEvaluation.fit with optional variants (all chosen on the fit part only)."""
    def __init__(self, l2=3.0, partial=0.0, per_span=None, real_mean=None, real_bound=None, real_fit=False):
        self.l2, self.partial, self.per_span, self.real_mean = l2, partial, per_span, real_mean
        self.real_bound, self.real_fit = real_bound, real_fit  # the operating point on real-style texts only

    def target(self, pairs):
        return np.array([1.0 if q['grade'] == 'right' else self.partial if q['grade'] == 'partial' else 0.0
                         for q in pairs])

    def fit(self, pairs, X):
        y = self.target(pairs); right = np.array([q['grade'] == 'right' for q in pairs])
        f = np.array([FOLD(q['text']) for q in pairs]); o = np.zeros(len(pairs))
        tr = np.array([real(q['text']) for q in pairs]) if self.real_fit else np.ones(len(pairs), bool)
        for k in range(5):
            m = f == k
            if m.any():
                o[m] = prob(fit_weights(X[~m & tr], y[~m & tr], self.l2), X[m])
        w = budget(pairs, o, per_span=self.per_span)
        if self.real_bound:
            w = w & np.array([real(q['text']) for q in pairs])
        th = lower_bound_threshold([q['text'] for q, i in zip(pairs, w) if i], o[w], right[w],
                                   target=self.real_bound or 0.85)
        if self.real_mean:
            r = w & np.array([real(q['text']) for q in pairs])
            th = max(th, mean_threshold(o[r], right[r], self.real_mean))
        if self.real_fit:
            r = np.array([real(q['text']) for q in pairs])
            return fit_weights(X[r], y[r], self.l2), th
        return fit_weights(X, y, self.l2), th

    def shown(self, pairs, X, b, th):
        p = prob(b, X); return budget(pairs, p, per_span=self.per_span) & (p >= th)


def nested(pairs, X, proc):
    f = np.array([FOLD(q['text']) for q in pairs]); keep = np.zeros(len(pairs), bool)
    for k in range(5):
        m = f == k
        b, th = proc.fit([q for q, i in zip(pairs, ~m) if i], X[~m])
        keep[np.where(m)[0][proc.shown([q for q, i in zip(pairs, m) if i], X[m], b, th)]] = True
    return keep


def figures(pairs, keep):
    y = np.array([q['grade'] == 'right' for q in pairs]); r = np.array([real(q['text']) for q in pairs])
    out = []
    for m in (np.ones(len(pairs), bool), r):
        k = keep & m; out += [(k & y).sum() / max(k.sum(), 1), (k & y).sum() / max((m & y).sum(), 1)]
    return out


def over_partitions(pairs, X, proc):
    global FOLD
    rows = []
    for salt in (None, 'a', 'b', 'c'):
        FOLD = partition(salt); rows.append(figures(pairs, nested(pairs, X, proc)))
    FOLD = partition(None)
    rows = np.array(rows)
    return ' | '.join(f"{rows[:, i].min():.3f}–{rows[:, i].max():.3f}" for i in range(4))


def has_form(terms, head):
    if head in terms:
        return True
    noun = IRREGULAR.get(head)
    for t in terms:
        c = 0
        while c < min(len(t), len(head)) and t[c] == head[c]:
            c += 1
        if (noun and t.startswith(noun)) or c >= 5 or (c >= 4 and c == min(len(t), len(head))):
            return True
    return False


def candidates(q):
    """Candidate features, computed from what the dump holds (terms, IDF weights, span order)."""
    r = q['row']; it, iw = r['itemTerms'], r['itemWeights']; span = set(r['spanTerms'])
    order = [t for _, t in sorted(zip(r['spanStarts'], r['spanTerms']))]; pos = {t: i for i, t in enumerate(order)}
    h = 1 if len(it) > 1 and it[0] in SUPPORT else 0
    rest = [(t, w) for i, (t, w) in enumerate(zip(it, iw)) if i != h and t not in SUPPORT]
    total = sum(w for _, w in rest); shared = sum(w for t, w in rest if t in span)
    unmatched = [w for t, w in rest if t not in span]
    obj = [t for i, t in enumerate(it) if i > h and t not in SUPPORT]
    bigrams = list(zip(it, it[1:]))
    hits = sum(1 for a, b in bigrams if a in pos and b in pos and abs(pos[a] - pos[b]) == 1)
    span_head = order[1] if len(order) > 1 and order[0] in SUPPORT else (order[0] if order else '')
    inside = [p for p in PHRASES[q['text']] if r['x'][9] == 0 and r['start'] <= p[0] and p[1] <= r['end']]
    first = dict(zip(r['spanTerms'], r['spanStarts']))
    in_phrases = {i for t in it if t in first for i, p in enumerate(inside) if p[0] <= first[t] < p[1]}
    return {
        'object coverage (item weight past its head)': shared / total if total else 1.0,
        'object matched (first term past the head)': float(not obj or has_form(span, obj[0])),
        'heaviest unmatched item term / heaviest term': max(unmatched) / max(iw) if unmatched else 0.0,
        'log(1 + unmatched content terms)': math.log(1 + len({t for t, _ in rest if t not in span})),
        'head alone matched': float(r['x'][6] == 1 and shared == 0),
        'zone not task': float(r['zone'] != 'task'),
        'zone weight': r['roleWeight'],
        'item bigram adjacent in the span (any)': float(hits > 0),
        'item bigrams adjacent in the span (share)': hits / len(bigrams) if bigrams else 0.0,
        "span's head among the item's terms": float(bool(span_head) and has_form(set(it), span_head)),
        "item's terms in two or more action phrases of the segment": float(len(inside) >= 2 and len(in_phrases) >= 2),
        "log(item's sheets)": math.log(r['itemSheets']),
        "item's weight in its sheets": r['itemMaxWeight'],
        'competence (not activity)': float(r['type'] == 'COMPETENCE'),
    }


CONTEXT_ZONES = {'employer', 'contract', 'application'}
CV_ZONES = {'education', 'experience', 'personal', 'hobbies'}


def candidates7(q, per_sheet):
    """Issue 10's wrong classes as features (fifth round): the span's zone, a shared word without
    the item's head, one short span stretched over many items of a sheet."""
    r = q['row']; x = r['x']; head = x[6]; n = per_sheet[(q['text'], q['span'], q['sheet'])]
    short = float(len(r['spanTerms']) <= 4)
    return {
        'zone: employer, contract or application': float(r['zone'] in CONTEXT_ZONES),
        'zone: CV context (education, experience line, personal, hobbies)': float(r['zone'] in CV_ZONES),
        'zone: heading': float(r['zone'] == 'heading'),
        "zone: the three above": None,
        "head absent × item coverage (shared words carried by others)": (1 - head) * x[1],
        "head absent × cosine": (1 - head) * x[0],
        "items of the sheet the span reaches (log)": math.log(n),
        "items of the sheet the span reaches (log) × short span (<= 4 terms)": math.log(n) * short,
        "the span reaches 3+ items of the sheet": float(n >= 3),
        "the span reaches 3+ items of the sheet × head absent": float(n >= 3) * (1 - head),
        "the span reaches 3+ items of the sheet × short span": float(n >= 3) * short,
        "text of ROME sentences (a domain indicator: 0 for every text a user sends)": float(not real(q['text'])),
    }


REVERSE_IRREGULAR = {noun: verb for verb, noun in IRREGULAR.items()}


def has_form_both_ways(terms, head):
    """has_form, and an irregular action noun of the item met by its verb in the span ("gestion" / "gère")."""
    return has_form(terms, head) or (head in REVERSE_IRREGULAR and REVERSE_IRREGULAR[head] in terms)


def heads(q):
    """The item's head and, when its text opens on two coordinated actions ("Évacuer et trier…",
    "Accueillir, orienter…"), the second one."""
    it = q['row']['itemTerms']; h = 1 if len(it) > 1 and it[0] in SUPPORT else 0
    toks = re.findall(r"[\w'’-]+|,", q['itemText'].lower())
    out = [it[h]] if it else []
    if h == 0 and len(toks) > 2 and toks[1] in ('et', ',') and len(it) > 1:
        out.append(it[1])
    return out


def head_candidates(q):
    span = set(q['row']['spanTerms']); hs = heads(q); x = q['row']['x']
    both = float(bool(hs) and has_form_both_ways(span, hs[0]))
    coord = float(len(hs) > 1 and has_form_both_ways(span, hs[1]))
    return {'symmetric': both, 'coordinated': coord, 'either': max(both, coord, x[6])}


def per_sheet_counts(pairs):
    return collections.Counter((q['text'], q['span'], q['sheet']) for q in pairs)


CAUSES = [  # (class, words of the grader's reason), first match wins; zone other than task: context
    ('employer, contract or profile line; diploma not held', ['employer', 'diploma', 'profile', 'required', 'contract']),
    ('job title or short heading stretched', ['job title', 'heading', 'title for']),
    ('shared word with another meaning', ['shared word', 'is not', 'hygiene care', 'installation project',
                                          'children, not', 'bacteriological', 'pill boxes', 'gait']),
    ('knowledge the task implies', ['knowledge', 'implied']),
    ('the span states part of the item ("X only")', ['only']),
]


def cause(q):
    reason = (q.get('reason') or '').lower()
    if q['row']['zone'] != 'task':
        return CAUSES[0][0]
    for name, words in CAUSES:
        if any(w in reason for w in words):
            return name
    return "the item's own action or object not in the span (a generic verb or the object alone shared)"


# --- session 32: a certification gate, and boosted trees in place of the logistic model ---------------

QUALIFICATION_ITEM = re.compile(  # ItemShape.QUALIFICATION, as the index stores it
    r"^(diplôme|bts|but|dut|bac|bp|bpa|bepa|cap|cqp|licence|master|titre professionnel|brevet|certificat"
    r"|mention complémentaire|habilitation|ingénieur diplômé|doctorat|dipl)\b", re.I)
QUALIFICATION_WORD = re.compile(  # words a span names a qualification with
    r"\b(dipl[oô]m\w*|certifi\w*|titre|titulaire|brevet|bts|but|dut|bac|bp|bpa|bepa|cap|cqp|mc|licence|master"
    r"|doctorat|habilit\w*|permis|caces|ssiap|bpjeps|bafa|bafd|de|deas|deaes|ide|fimo|fco|sst|vae|rncp|formation)\b",
    re.I)


def certification_items(rome_dir='../shared/data/rome'):
    """ogr ids of the savoirs ROME files as 'Certifications et habilitations' (some named like a job)."""
    import csv
    path = f'{rome_dir}/unix_referentiel_savoir_v460_utf8.csv'
    return {'ogr-' + r['code_ogr_savoir'] for r in csv.DictReader(open(path, encoding='utf-8'))
            if r['categorie_savoir'] == 'Certifications et habilitations'}


class Gated(Procedure):
    """The committed procedure with a gate before the span budget and the operating point."""
    def __init__(self, gate, **kw):
        super().__init__(**kw); self.gate = gate

    def fit(self, pairs, X):
        g = np.array([self.gate(q) for q in pairs]); y = self.target(pairs)
        right = np.array([q['grade'] == 'right' for q in pairs])
        f = np.array([FOLD(q['text']) for q in pairs]); o = np.zeros(len(pairs))
        for k in range(5):
            m = f == k
            if m.any():
                o[m] = prob(fit_weights(X[~m], y[~m], self.l2), X[m])
        w = budget(pairs, np.where(g, o, -1.0)) & g
        th = lower_bound_threshold([q['text'] for q, i in zip(pairs, w) if i], o[w], right[w], target=0.85)
        return fit_weights(X, y, self.l2), th

    def shown(self, pairs, X, b, th):
        g = np.array([self.gate(q) for q in pairs]); p = prob(b, X)
        return budget(pairs, np.where(g, p, -1.0)) & g & (p >= th)


def tree(X, g, h, depth, cuts, min_leaf, lam=1.0):
    """A regression tree on the logistic loss's gradients (Newton leaves), splits at quantile cuts."""
    G, H = g.sum(), h.sum(); base = G * G / (H + lam); best = None
    if depth > 0 and len(g) >= 2 * min_leaf:
        for j in range(X.shape[1]):
            for t in cuts[j]:
                m = X[:, j] <= t; n1 = m.sum()
                if min_leaf <= n1 <= len(g) - min_leaf:
                    gl, hl = g[m].sum(), h[m].sum()
                    gain = gl * gl / (hl + lam) + (G - gl) ** 2 / (H - hl + lam) - base
                    if best is None or gain > best[0]:
                        best = (gain, j, t)
    if best is None or best[0] <= 1e-9:
        return ('leaf', -G / (H + lam))
    _, j, t = best; m = X[:, j] <= t
    return ('split', j, t, tree(X[m], g[m], h[m], depth - 1, cuts, min_leaf, lam),
            tree(X[~m], g[~m], h[~m], depth - 1, cuts, min_leaf, lam))


def tree_value(t, X):
    if t[0] == 'leaf':
        return np.full(len(X), t[1])
    _, j, c, left, right = t; m = X[:, j] <= c; out = np.empty(len(X))
    out[m] = tree_value(left, X[m]); out[~m] = tree_value(right, X[~m]); return out


class Boosted:
    """Gradient-boosted trees on the logistic loss: the model the 'trees' reading puts in place of fit_weights."""
    def __init__(self, trees=100, rate=0.1, depth=2, min_leaf=15):
        self.trees, self.rate, self.depth, self.min_leaf = trees, rate, depth, min_leaf

    def fit(self, X, y):
        cuts = [np.unique(np.quantile(X[:, j], np.linspace(0, 1, 33)[1:-1])) for j in range(X.shape[1])]
        p0 = np.clip(y.mean(), 1e-3, 1 - 1e-3); self.f0 = np.log(p0 / (1 - p0)); self.ts = []
        f = np.full(len(y), self.f0)
        for _ in range(self.trees):
            p = 1 / (1 + np.exp(-f)); t = tree(X, p - y, p * (1 - p), self.depth, cuts, self.min_leaf)
            self.ts.append(t); f += self.rate * tree_value(t, X)
        return self

    def prob(self, X):
        f = np.full(len(X), self.f0)
        for t in self.ts:
            f += self.rate * tree_value(t, X)
        return 1 / (1 + np.exp(-f))


class BoostedProcedure(Procedure):
    """The committed procedure (out-of-fold threshold by the lower bound, the span budget) with boosted trees."""
    def __init__(self, **kw):
        super().__init__(); self.kw = kw

    def fit(self, pairs, X):
        y = self.target(pairs); right = np.array([q['grade'] == 'right' for q in pairs])
        f = np.array([FOLD(q['text']) for q in pairs]); o = np.zeros(len(pairs))
        for k in range(5):
            m = f == k
            if m.any():
                o[m] = Boosted(**self.kw).fit(X[~m], y[~m]).prob(X[m])
        w = budget(pairs, o)
        th = lower_bound_threshold([q['text'] for q, i in zip(pairs, w) if i], o[w], right[w], target=0.85)
        return Boosted(**self.kw).fit(X, y), th

    def shown(self, pairs, X, model, th):
        p = model.prob(X); return budget(pairs, p) & (p >= th)


def main():
    pairs = load(sys.argv[1]); X = np.array([q['row']['x'] for q in pairs]); what = sys.argv[2]
    y = np.array([q['grade'] == 'right' for q in pairs]); r = np.array([real(q['text']) for q in pairs])
    if what == 'classes':
        proc = Procedure(); keep = nested(pairs, X, proc)
        f = np.array([FOLD(q['text']) for q in pairs]); o = np.zeros(len(pairs))
        for k in range(5):
            m = f == k; o[m] = prob(fit_weights(X[~m], y[~m].astype(float), 3.0), X[m])
        near = budget(pairs, o) & (o >= 0.3)
        for name, m in (('kept by the nested procedure', keep), ('in budget, out-of-fold probability >= 0.3', near)):
            bad = m & r & ~y; c = collections.Counter(cause(q) for q, i in zip(pairs, bad) if i)
            g = collections.Counter((cause(q), q['grade']) for q, i in zip(pairs, bad) if i)
            print(f"\n{name}: real-style kept {(m & r).sum()}, not right {bad.sum()}")
            for k, v in c.most_common():
                print(f"| {k} | {v} | {v / bad.sum():.0%} | {g[(k, 'wrong')]} | {g[(k, 'partial')]} |")
    elif what == 'features':
        feats = [candidates(q) for q in pairs]
        print('| added | out-of-fold log-loss | precision | recall | real-style precision | real-style recall |')
        for name in [None] + list(feats[0]):
            Xf = X if name is None else np.hstack([X, np.array([[f[name]] for f in feats])])
            fo = np.array([FOLD(q['text']) for q in pairs]); o = np.zeros(len(pairs))
            for k in range(5):
                m = fo == k; o[m] = prob(fit_weights(Xf[~m], y[~m].astype(float), 3.0), Xf[m])
            ll = -np.mean(np.where(y, np.log(o), np.log(1 - o)))
            print(f"| {name or 'none (committed features)'} | {ll:.4f} | {over_partitions(pairs, Xf, Procedure())} |", flush=True)
    elif what == 'operating':  # issue 10, fifth round (a) and (c): the operating point on real-style texts, L2
        variants = [('committed (threshold: lower bound over all fit texts >= 0.85)', Procedure()),
                    ('threshold: lower bound over real-style fit texts >= 0.85', Procedure(real_bound=0.85)),
                    ('threshold: lower bound over real-style fit texts >= 0.80', Procedure(real_bound=0.80)),
                    ('threshold: mean real-style out-of-fold precision >= 0.85', Procedure(real_mean=0.85)),
                    ('weights and threshold on real-style fit texts only (bound >= 0.85)',
                     Procedure(real_bound=0.85, real_fit=True)),
                    ('weights on real-style fit texts only, threshold as committed', Procedure(real_fit=True))]
        variants += [(f'L2 {l2}', Procedure(l2=l2)) for l2 in (0.3, 1.0, 10.0)]
        variants += [(f'L2 {l2}, bound over real-style >= 0.85', Procedure(l2=l2, real_bound=0.85)) for l2 in (0.3, 1.0, 10.0)]
        print('| procedure | precision | recall | real-style precision | real-style recall |')
        for name, proc in variants:
            print(f"| {name} | {over_partitions(pairs, X, proc)} |", flush=True)
    elif what == 'features7':  # issue 10, fifth round (b): the wrong classes as features
        counts = per_sheet_counts(pairs); feats = [candidates7(q, counts) for q in pairs]
        zones = [k for k in feats[0] if k.startswith('zone:') and feats[0][k] is not None]
        procs = [('bound over all fit texts', Procedure()), ('bound over real-style fit texts', Procedure(real_bound=0.85))]
        print('| added | out-of-fold log-loss | ' + ' | '.join(f'{n}: precision | recall | real-style precision | real-style recall' for n, _ in procs) + ' |')
        for name in [None] + list(feats[0]) + ['all']:
            cols = (zones if name == 'zone: the three above' else [k for k in feats[0] if feats[0][k] is not None]
                    if name == 'all' else [] if name is None else [name])
            Xf = np.hstack([X] + [np.array([[f[c]] for f in feats]) for c in cols]) if cols else X
            fo = np.array([FOLD(q['text']) for q in pairs]); o = np.zeros(len(pairs))
            for k in range(5):
                m = fo == k; o[m] = prob(fit_weights(Xf[~m], y[~m].astype(float), 3.0), Xf[m])
            ll = -np.mean(np.where(y, np.log(o), np.log(1 - o)))
            print(f"| {name or 'none (committed features)'} | {ll:.4f} | "
                  + ' | '.join(over_partitions(pairs, Xf, p) for _, p in procs) + ' |', flush=True)
    elif what == 'heads':  # issue 10, fifth round (b): the head test, both ways and over coordinated actions
        hc = [head_candidates(q) for q in pairs]
        variants = [('none (committed features)', X),
                    ('head test both ways (item "gestion", span "gère") instead of one way',
                     np.hstack([X[:, :6], np.array([[h['symmetric']] for h in hc]), X[:, 7:]])),
                    ("+ the item's second coordinated action in the span", np.hstack([X, np.array([[h['coordinated']] for h in hc])])),
                    ('head test: the head or the second coordinated action, both ways, instead of the head',
                     np.hstack([X[:, :6], np.array([[h['either']] for h in hc]), X[:, 7:]]))]
        print('| head test | out-of-fold log-loss | precision | recall | real-style precision | real-style recall |')
        for name, Xf in variants:
            fo = np.array([FOLD(q['text']) for q in pairs]); o = np.zeros(len(pairs))
            for k in range(5):
                m = fo == k; o[m] = prob(fit_weights(Xf[~m], y[~m].astype(float), 3.0), Xf[m])
            ll = -np.mean(np.where(y, np.log(o), np.log(1 - o)))
            print(f"| {name} | {ll:.4f} | {over_partitions(pairs, Xf, Procedure())} |", flush=True)
        print('changed pairs:', sum(h['symmetric'] != q['row']['x'][6] for h, q in zip(hc, pairs)),
              sum(h['coordinated'] for h in hc), sum(h['either'] != q['row']['x'][6] for h, q in zip(hc, pairs)))
    elif what == 'certifications':  # session 32: a job title against a certification named like the job
        certs = certification_items()
        cert = lambda q: q['item'] in certs or bool(QUALIFICATION_ITEM.search(q['row']['itemText']))
        gate = lambda q: not cert(q) or bool(QUALIFICATION_WORD.search(q['span']))
        c = collections.Counter((cert(q), gate(q), q['grade']) for q in pairs)
        print('| certification item | span names a qualification | right | partial | wrong |')
        for a, b in ((True, False), (True, True)):
            print(f"| {a} | {b} | {c[(a, b, 'right')]} | {c[(a, b, 'partial')]} | {c[(a, b, 'wrong')]} |")
        print('| procedure | precision | recall | real-style precision | real-style recall |')
        print(f"| committed | {over_partitions(pairs, X, Procedure())} |", flush=True)
        print(f"| a certification only from a span naming a qualification | {over_partitions(pairs, X, Gated(gate))} |")
    elif what == 'trees':  # session 32: a model with interactions, the procedure otherwise committed
        print('| model | precision | recall | real-style precision | real-style recall |')
        print(f"| logistic, L2 3 (committed) | {over_partitions(pairs, X, Procedure())} |", flush=True)
        for kw in (dict(trees=50, rate=0.1, depth=1), dict(trees=100, rate=0.1, depth=2),
                   dict(trees=200, rate=0.05, depth=3)):
            print(f"| boosted trees {kw} | {over_partitions(pairs, X, BoostedProcedure(**kw))} |", flush=True)
    elif what == 'procedures':
        variants = [('committed (L2 3, 1 item per span and sheet, lower bound >= 0.85)', Procedure()),
                    ('+ 1 item per span across sheets', Procedure(per_span=1)),
                    ('+ 2 items per span across sheets', Procedure(per_span=2)),
                    ('L2 1', Procedure(l2=1.0)), ('L2 10', Procedure(l2=10.0)),
                    ('target: partial counts 0.25', Procedure(partial=0.25)),
                    ('target: partial counts 0.5', Procedure(partial=0.5)),
                    ('+ real-style out-of-fold mean precision >= 0.80', Procedure(real_mean=0.80)),
                    ('+ real-style out-of-fold mean precision >= 0.85', Procedure(real_mean=0.85))]
        print('| procedure | precision | recall | real-style precision | real-style recall |')
        for name, proc in variants:
            print(f"| {name} | {over_partitions(pairs, X, proc)} |", flush=True)


if __name__ == '__main__':
    main()
