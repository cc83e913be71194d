// The routes the page calls, and the shape it renders. Views read only the normalized shapes
// below, so a route that is still being written (mobility, competence search, ROME sheets) changes
// this file alone. A route the server does not have yet answers 404 "Ressource inconnue": the
// adapter returns {available: false} and the view says the feature is unavailable.

import { DEGREE_LABELS } from './format.js';

/** Largest text the API accepts by default (--max-text-chars); the server has the last word (413). */
export const MAX_TEXT_CHARS = 20_000;
/** Métiers shown for a text. */
export const MATCH_LIMIT = 10;

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v) => (typeof v === 'string' && v.trim() ? v : null);
const list = (v) => (Array.isArray(v) ? v : []);
const lower = (v) => (typeof v === 'string' ? v.toLowerCase() : '');

export const isBranchCode = (id) => /^\d{4}$/.test(id ?? '');
export const isBranchSheetId = (id) => /^\d{4}(-v\d+|-\d{2})?$/.test(id ?? '');
export const isRomeCode = (id) => /^[A-N]\d{4}$/.test(id ?? '');

/** Client-side check before sending: null when the text can be sent, else a French message. */
export function checkText(text) {
  if (!text || !text.trim()) {
    return 'Le texte est vide : collez d\u2019abord un extrait de votre CV ou de votre description de poste.';
  }
  if (text.length > MAX_TEXT_CHARS) {
    return `Texte trop long : ${new Intl.NumberFormat('fr-FR').format(text.length)} caractères pour `
      + `${new Intl.NumberFormat('fr-FR').format(MAX_TEXT_CHARS)} au plus. Gardez les expériences les plus parlantes.`;
  }
  return null;
}

// ---- matching: POST /match --------------------------------------------------------------------

/** POST /match: the closest sheets, each with its evidence (offsets into `text`). */
export async function matchText(api, text, type, signal = null) {
  const body = { text, limit: MATCH_LIMIT };
  if (type === 'branch' || type === 'rome') {
    body.type = type;
  }
  const json = await api.post('match', body, { signal });
  return {
    segments: num(json.segments) ?? 0,
    phrases: num(json.phrases) ?? 0,
    confident: json.confident !== false,
    outsideBranch: json.outsideBranch === true,
    zones: list(json.zones).map((z) => ({ start: num(z.start) ?? 0, end: num(z.end) ?? 0, zone: z.zone ?? 'task', weight: num(z.weight) ?? 1 })),
    matches: list(json.matches).map((m) => ({
      id: m.id,
      type: m.type === 'rome' ? 'rome' : 'branch',
      metier: m.metier ?? null,
      title: m.title ?? m.id,
      family: m.family ?? null,
      familyLabel: m.familyLabel ?? null,
      score: num(m.score) ?? 0,
      textScore: num(m.textScore),
      evidenceScore: num(m.evidenceScore),
      neighbourShare: num(m.neighbourShare) ?? 0,
      support: ['text', 'labelledTexts', 'branch', 'meaning'].includes(m.support) ? m.support : 'text',
      recognizedTitle: m.recognizedTitle ? { name: m.recognizedTitle.name ?? '', segment: m.recognizedTitle.segment ?? null } : null,
      borrowedFrom: list(m.borrowedFrom),
      evidence: list(m.evidence).map((e) => ({
        itemId: e.itemId,
        type: e.type === 'activity' ? 'activity' : 'competence',
        text: e.text ?? '',
        kind: e.kind ?? null,
        qualifier: e.qualifier ?? null,
        strength: num(e.strength) ?? 0,
        segment: e.segment ?? null,
        matchedTerms: list(e.matchedTerms),
        highlights: list(e.highlights),
      })),
    })),
  };
}

// ---- passerelles: GET /metiers/{code}/passerelles (mobility module) ---------------------------

function field(f) {
  if (!f) {
    return null;
  }
  if (typeof f === 'string') {
    return { code: f, label: f, domaineLabel: null };
  }
  const label = str(f.label) ?? str(f.title) ?? str(f.code);
  return label ? { code: f.code ?? label, label, domaineLabel: f.domaineLabel ?? null } : null;
}

function exposure(e) {
  if (!e) {
    return null;
  }
  return {
    pwcScore: num(e.pwcScore),
    pwcClassification: str(e.pwcClassification),
    expertScore: num(e.expertScore),
    expertClassification: str(e.expertClassification),
  };
}

/** One missing competence or prerequisite of a passerelle. */
function gapItem(c) {
  return {
    id: c.id ?? null,
    text: c.text ?? '',
    kind: c.kind ?? null,
    action: lower(c.action) || null,
    key: c.key === true,
    field: field(c.field),
    area: field(c.area),
  };
}

/**
 * Where a move comes from: the branch's referential (its sheets and studies 000, 001, 004), ROME's
 * own mobility links (`references: ["rome"]`), or computed from shared competences.
 */
function moveSource(p) {
  if (lower(p.source) === 'computed') {
    return 'computed';
  }
  const refs = list(p.references).map(lower);
  return refs.length && refs.every((r) => r === 'rome') ? 'rome' : 'referential';
}

function passerelle(p) {
  const target = p.target ?? {};
  const gapKnown = p.gapKnown !== false && Array.isArray(p.missing);
  const missing = list(p.missing).filter((c) => lower(c.action) !== 'shared').map(gapItem);
  const prerequisites = list(p.prerequisites).map(gapItem);
  return {
    targetId: target.id ?? target.code ?? p.targetCode ?? p.targetId ?? null,
    targetType: lower(target.type ?? p.targetType) === 'rome' ? 'rome' : 'branch',
    targetTitle: str(target.title) ?? str(p.targetTitle) ?? str(p.statedText) ?? str(p.text) ?? '',
    target2024: target.metier2024 ?? p.target2024Id ?? null,
    source: moveSource(p),
    references: list(p.references),
    statedText: str(p.statedText) ?? str(p.text),
    overlap: gapKnown ? num(p.overlap) : null,
    // an uncomputed gap has no coverage (the API sends 0.0): never shown as "0 %"
    coverage: gapKnown ? num(p.coverage) : null,
    gapKnown,
    missing,
    missingCount: gapKnown ? num(p.missingCount) ?? missing.length : 0,
    prerequisites,
    prerequisiteCount: num(p.prerequisiteCount) ?? prerequisites.length,
    regulation: str(p.regulation),
    degreeContradicted: p.degreeContradicted === true,
    statedDegree: num(p.statedDegree),
    computedDegree: num(p.computedDegree),
    newFields: list(p.newFields).map(field).filter(Boolean),
    aiExposure: exposure(p.aiExposure),
    classification: lower(p.classification?.status ?? p.classification) || null,
    // personal passerelles only: target competences the person's text already shows, and where
    evidenced: list(p.evidenced).map((e) => ({
      id: e.competenceId ?? e.id ?? null,
      text: e.text ?? '',
      sentence: e.sentence?.text ?? (typeof e.sentence === 'string' ? e.sentence : null),
    })),
  };
}

/**
 * A degree's moves, the best covered first (the API orders them by overlap): a move whose gap is
 * not computed has no coverage and goes last, in the API's order.
 */
export function byCoverage(passerelles) {
  return passerelles
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const ca = a.p.gapKnown && Number.isFinite(a.p.coverage) ? a.p.coverage : -1;
      const cb = b.p.gapKnown && Number.isFinite(b.p.coverage) ? b.p.coverage : -1;
      return cb - ca || a.i - b.i;
    })
    .map((x) => x.p);
}

/** The mobility route's answer, whatever small variations its final shape takes. */
export function normalizePasserelles(json) {
  const origin = json.origin ?? json.metier ?? {};
  const groups = list(json.degrees ?? json.groups);
  return {
    available: true,
    origin: { id: origin.id ?? origin.code ?? null, title: origin.title ?? null },
    full: json.full === true,
    degrees: [1, 2, 3].map((d) => {
      const g = groups.find((x) => Number(x.degree) === d) ?? {};
      return { degree: d, label: str(g.label) ?? DEGREE_LABELS[d], passerelles: byCoverage(list(g.passerelles ?? g.items).map(passerelle)) };
    }),
    unresolved: list(json.unresolved).map((u) => (typeof u === 'string' ? u : u.text ?? u.statedText ?? '')).filter(Boolean),
  };
}

/**
 * GET /metiers/{code}/passerelles (key gaps; `full`: every missing competence and prerequisite), or
 * {available: false} while the route does not exist.
 */
export async function fetchPasserelles(api, code, full = false) {
  try {
    return normalizePasserelles(await api.get(`metiers/${encodeURIComponent(code)}/passerelles`, full ? { full: 'true' } : undefined));
  } catch (e) {
    if (e.missingRoute) {
      return { available: false };
    }
    throw e;
  }
}

/**
 * POST /passerelles {text[, type, exclude, include, wish, origin, scope]}: the métier the person
 * chose (`origin`), else the one closest to their text, and its passerelles in `scope`, the competences the text already shows left out of `missing` (listed in
 * `evidenced`); the person's corrections (competence ids they do not master, or hold though the
 * text does not show them) and the métier they wish to reach, when given; or {available: false}
 * while the route does not exist.
 */
export async function fetchPersonalPasserelles(api, text, {
  type = null, exclude = [], include = [], wish = null, origin = null, scope = null,
} = {}) {
  const body = { text };
  if (type === 'rome') {
    body.type = type;
  }
  if (origin) {
    body.origin = origin;
  }
  if (scope === 'branch' || scope === 'rome' || scope === 'all') {
    body.scope = scope;
  }
  if (exclude.length) {
    body.exclude = [...exclude];
  }
  if (include.length) {
    body.include = [...include];
  }
  if (wish) {
    body.wish = wish;
  }
  try {
    const json = await api.post('passerelles', body);
    const closest = json.closest ?? json.origin ?? {};
    const ref = (t) => (t ? { id: t.id ?? t.code ?? null, title: t.title ?? null, type: lower(t.type) === 'rome' ? 'rome' : 'branch' } : null);
    const w = json.wish;
    return {
      available: true,
      closest: { id: closest.id ?? closest.code ?? null, title: closest.title ?? null },
      matchScore: num(json.matchScore),
      scope: ['branch', 'rome', 'all'].includes(lower(json.scope)) ? lower(json.scope) : null,
      area: normalizePasserelles(json.area ?? json),
      corrections: {
        excluded: list(json.corrections?.excluded).map((c) => ({ id: c.id, text: c.text ?? c.id })),
        included: list(json.corrections?.included).map((c) => ({ id: c.id, text: c.text ?? c.id })),
        textClosest: ref(json.corrections?.textClosest),
      },
      wish: w ? {
        target: ref(w.target),
        amongPasserelles: w.amongPasserelles === true,
        move: w.move ? passerelle(w.move) : null,
        path: list(w.path).map((step) => ({ from: ref(step.from), to: ref(step.to), degree: num(step.degree), source: lower(step.source) })),
        pathDegree: num(w.pathDegree),
      } : null,
    };
  } catch (e) {
    if (e.missingRoute) {
      return { available: false };
    }
    throw e;
  }
}

/**
 * The chosen métier's passerelles with what a person's text already shows set apart: the
 * competences `personal` (the answer of POST /passerelles, whose origin may be another métier)
 * found evidenced in the text are moved out of `missing` wherever the chosen métier's targets ask
 * for them. Evidence is a fact about a competence and the text, not about the origin, so it carries
 * over; a competence the personal answer did not look at stays missing.
 */
export function withEvidence(area, personal, declared = []) {
  const shown = new Map(declared.map((c) => [c.id, { id: c.id, text: c.text, sentence: null, declared: true }]));
  for (const d of personal.degrees) {
    for (const p of d.passerelles) {
      for (const e of p.evidenced) {
        if (e.id && !shown.has(e.id)) {
          shown.set(e.id, e);
        }
      }
    }
  }
  return {
    ...area,
    degrees: area.degrees.map((d) => ({
      ...d,
      passerelles: d.passerelles.map((p) => {
        const evidenced = [...p.evidenced];
        const missing = [];
        for (const c of p.missing) {
          const e = c.id ? shown.get(c.id) : null;
          if (e && !evidenced.some((x) => x.id === e.id)) {
            evidenced.push(e);
          } else if (!e) {
            missing.push(c);
          }
        }
        const dropped = p.missing.length - missing.length;
        return { ...p, missing, evidenced, missingCount: Math.max(0, (p.missingCount ?? p.missing.length) - dropped) };
      }),
    })),
  };
}

/**
 * Missing competences grouped by field (champ de compétences), biggest group first, unplaced last;
 * `byArea`: by the finer enjeu the API groups key gaps by, where it has one.
 */
export function groupByField(missing, byArea = false) {
  const groups = new Map();
  for (const c of missing) {
    const f = byArea ? c.area ?? c.field : c.field;
    const key = f ? f.code : '';
    if (!groups.has(key)) {
      groups.set(key, { field: f, competences: [] });
    }
    groups.get(key).competences.push(c);
  }
  return [...groups.values()].sort((a, b) => {
    if (!a.field !== !b.field) {
      return a.field ? -1 : 1;
    }
    return b.competences.length - a.competences.length
      || (a.field?.label ?? '').localeCompare(b.field?.label ?? '', 'fr');
  });
}

// ---- the referential (routes that exist since the start) --------------------------------------

let catalogPromise = null;

/** Every métier of 2009 (39), once per page load: titles, families, 2024 link and AI exposure. */
export function fetchCatalog(api) {
  if (!catalogPromise) {
    catalogPromise = api.get('metiers', { limit: 100 }).then((page) => {
      const items = list(page.items);
      const exposureBy2024 = new Map();
      const byCode = new Map();
      for (const m of items) {
        byCode.set(m.code, m);
        if (m.metier2024?.id && m.metier2024.aiExposure) {
          exposureBy2024.set(m.metier2024.id, exposure(m.metier2024.aiExposure));
        }
      }
      return { items, byCode, exposureBy2024 };
    }).catch((e) => {
      catalogPromise = null;
      throw e;
    });
  }
  return catalogPromise;
}

/**
 * The sheet of a branch métier code (its current sheet, or `version` 1 for the 2009 one), a sheet
 * id (specialist sheets, 0104-03) or a ROME code, normalized for the sheet view.
 */
export async function fetchSheet(api, id, version = null) {
  if (isBranchCode(id)) {
    const detail = await api.get(`metiers/${id}`, { version });
    return {
      kind: 'branch',
      metier: detail.metier,
      sheet: detail.sheet,
      versions: list(detail.versions),
      romeSheets: list(detail.rome?.sheets).map((r) => ({ code: r.code, title: r.title ?? null })),
    };
  }
  if (isBranchSheetId(id)) {
    const sheet = await api.get(`sheets/${encodeURIComponent(id)}`);
    return { kind: 'branch', metier: null, sheet, versions: [], romeSheets: [] };
  }
  if (isRomeCode(id)) {
    try {
      return { kind: 'rome', available: true, rome: normalizeRomeSheet(await api.get(`rome/${id}`)) };
    } catch (e) {
      if (e.missingRoute) {
        return { kind: 'rome', available: false, code: id };
      }
      throw e;
    }
  }
  return { kind: 'unknown', id };
}

/**
 * The passerelles the métier's sheet states (degree, target as printed): what the page shows while
 * the mobility route is missing, with the AI exposure of targets the 2024 nomenclature scores.
 */
export async function referentialPasserelles(api, code) {
  if (!isBranchSheetId(code)) {
    return null;
  }
  const [found, catalog] = await Promise.all([fetchSheet(api, code), fetchCatalog(api).catch(() => null)]);
  const sheet = found.sheet;
  if (!sheet) {
    return null;
  }
  const byDegree = { 1: [], 2: [], 3: [] };
  for (const p of list(sheet.passerelles)) {
    if (!byDegree[p.degree]) {
      continue;
    }
    const target = p.targetCode ? catalog?.byCode.get(p.targetCode) : null;
    byDegree[p.degree].push({
      targetId: p.targetCode ?? null,
      targetType: 'branch',
      targetTitle: target?.title ?? p.text,
      target2024: p.target2024Id ?? null,
      source: 'referential',
      statedText: p.text,
      area: p.area ?? null,
      gapKnown: false,
      missing: [],
      newFields: [],
      aiExposure: p.target2024Id ? catalog?.exposureBy2024.get(p.target2024Id) ?? null : null,
    });
  }
  return {
    origin: { id: code, title: found.metier?.title ?? sheet.title },
    degrees: [1, 2, 3].map((d) => ({ degree: d, label: DEGREE_LABELS[d], passerelles: byDegree[d] })),
  };
}

// ---- ROME sheet: GET /rome/{code} ------------------------------------------------------------

const sentences = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x.trim()) : str(v) ? [v] : []);

function romeItem(c) {
  return { id: c.id ?? null, text: c.label ?? c.text ?? '', core: c.core === true, emerging: c.emerging === true, category: c.category ?? null };
}

/** GET /rome/{code}: RomeSheetDto (code, title, domain, appellations, definition, access, savoirFaire…). */
export function normalizeRomeSheet(json) {
  const competences = [
    ['Savoir-faire', json.savoirFaire],
    ['Savoir-être professionnels', json.savoirEtre],
    ['Savoirs', json.savoirs],
  ].filter(([, items]) => Array.isArray(items) && items.length)
    .map(([label, items]) => ({ label, items: items.map(romeItem) }));
  const workContexts = new Map();
  for (const w of list(json.workContexts)) {
    const type = w.type ?? 'Contexte de travail';
    if (!workContexts.has(type)) {
      workContexts.set(type, []);
    }
    workContexts.get(type).push(w.label ?? '');
  }
  return {
    code: json.code,
    title: json.title ?? json.code,
    domain: json.domain?.domaineLabel ?? null,
    grandDomain: json.domain?.grandDomaineLabel ?? null,
    definition: sentences(json.definition),
    access: sentences(json.access),
    appellations: list(json.appellations).filter((a) => !a.rarelyUsed).map((a) => a.shortLabel ?? a.label).filter(Boolean),
    competences,
    workContexts: [...workContexts].map(([type, labels]) => ({ type, labels: labels.filter(Boolean) })),
    mobility: list(json.mobility).map((m) => ({ code: m.targetCode, title: m.targetTitle ?? null })),
    branchMetiers: list(json.branchMetiers).map((b) => ({ id: b.id, title: b.title ?? b.id })),
    release: json.release ?? null,
  };
}

// ---- recruiter: GET /competences?q= ------------------------------------------------------------

/** Competences per page of the recruiter's search (the route pages by 20 by default, 100 at most). */
export const COMPETENCE_LIMIT = 10;

/**
 * GET /competences answers competences, best first, each with the sheets that require it
 * (CompetenceSearchDto). A recruiter reads it the other way round: the sheets, each with the
 * competences found in it, in the order the sheets first appear.
 */
export function normalizeCompetenceSearch(json) {
  const bySheet = new Map();
  const items = list(json.items);
  for (const item of items) {
    const competence = {
      id: item.id ?? null,
      type: item.type === 'activity' ? 'activity' : 'competence',
      text: item.text ?? '',
      kind: item.kind ?? null,
      highlights: list(item.highlights),
    };
    for (const s of list(item.sheets)) {
      if (!s.id) {
        continue;
      }
      if (!bySheet.has(s.id)) {
        bySheet.set(s.id, {
          sheet: { id: s.id, type: s.type === 'rome' ? 'rome' : 'branch', title: s.title ?? s.id, family: s.family ?? null },
          competences: [],
        });
      }
      const entry = bySheet.get(s.id);
      if (!entry.competences.some((c) => c.text === competence.text)) {
        entry.competences.push(competence);
      }
    }
  }
  const facets = json.facets ?? {};
  const branchMetiers = normalizeBranchMetiers(json.branchMetiers);
  return {
    available: true,
    total: num(json.total) ?? items.length,
    offset: num(json.offset) ?? 0,
    relaxed: json.relaxed === true,
    relaxedNote: str(json.relaxedNote),
    didYouMean: str(json.didYouMean),
    facets: { type: facets.type ?? {}, family: facets.family ?? {}, kind: facets.kind ?? {} },
    competences: items.length,
    sheets: [...bySheet.values()],
    branchMetiers,
    branchMetierTotal: branchMetiers ? Math.max(num(json.branchMetierTotal) ?? 0, branchMetiers.length) : 0,
  };
}

/**
 * The branch métiers that need the skill (CompetenceBranchMetierDto), in the server's order; null
 * when the server does not say (then the page cannot tell "none" from "not asked").
 */
function normalizeBranchMetiers(metiers) {
  if (!Array.isArray(metiers)) {
    return null;
  }
  return metiers.filter((m) => str(m?.metier)).map((m) => {
    const items = list(m.items).filter((i) => str(i?.text)).map((i) => ({ id: i.id ?? null, text: i.text }));
    return {
      code: m.metier,
      title: str(m.title) ?? m.metier,
      sheetIds: list(m.sheetIds).filter((id) => str(id)),
      itemCount: Math.max(num(m.itemCount) ?? 0, items.length),
      items,
    };
  });
}

/** A competence id POST /passerelles takes in `include`: a branch item or a ROME one. */
const COMPETENCE_ID = /^(\d{4}(-[a-z0-9]{1,8})?-C\d{1,3}|ogr-\d{1,9})$/;

/**
 * GET /competences?q=…&items=competences: any competence of any sheet, for a person to say they
 * hold one no list showed them; each with the sheets that state it (two named). {available: false}
 * while the route does not exist.
 */
export async function findCompetences(api, q, limit = COMPETENCE_LIMIT) {
  try {
    const json = await api.get('competences', { q, items: 'competences', limit });
    return {
      available: true,
      total: num(json.total) ?? 0,
      didYouMean: str(json.didYouMean),
      competences: list(json.items).filter((c) => typeof c.id === 'string' && COMPETENCE_ID.test(c.id)).map((c) => ({
        id: c.id,
        text: c.text ?? c.id,
        kind: c.kind ?? null,
        sheets: list(c.sheets).slice(0, 2).map((sh) => sh.title ?? sh.id),
        sheetCount: num(c.sheetCount) ?? list(c.sheets).length,
      })),
    };
  } catch (e) {
    if (e.missingRoute) {
      return { available: false };
    }
    throw e;
  }
}

/**
 * GET /competences?q=…: in the sheets' competences and activities (`items=all`, what a job asks
 * and what it does) or in their competences only, of branch or ROME sheets (`type`), of one family
 * (branch family 01–09 or ROME grand domaine A–N), one page (from 1); {available: false} while the
 * route does not exist.
 */
export async function searchCompetences(api, q, items = 'all', { type = null, family = null, page = 1 } = {}) {
  try {
    const scope = items === 'competences' ? 'competences' : 'all';
    const query = { q, items: scope, limit: COMPETENCE_LIMIT, offset: (Math.max(1, page) - 1) * COMPETENCE_LIMIT };
    if (type === 'branch' || type === 'rome') {
      query.type = type;
    }
    if (family && /^(0[1-9]|[A-N])$/.test(family)) {
      query.family = family;
    }
    return normalizeCompetenceSearch(await api.get('competences', query));
  } catch (e) {
    if (e.missingRoute) {
      return { available: false };
    }
    throw e;
  }
}
