// Recruiter view: a competence → the métiers of the branch and the ROME sheets that require it,
// filtered by sheets (branch / ROME) and family, one page of competences at a time.
// The query is not personal data: it goes in the address (#/recruteur?q=…&type=…&family=…&page=…)
// so a search can be shared.

import { COMPETENCE_LIMIT, fetchCatalog, searchCompetences } from '../adapters.js';
import { byId, focusOn, h, replace } from '../dom.js';
import { formatInteger, itemTypeLabel, kindLabel, plural, ROME_DOMAINS } from '../format.js';
import { pieces } from '../highlight.js';
import { clearError, glossary, showError, showLoading, showStatus, typeBadge } from '../ui.js';

/** Sheets listed per group before the others are folded. */
const SHOWN_SHEETS = 8;

let seq = 0;

/** The search an address describes, with defaults. */
function searchOf(params) {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const family = params.get('family') ?? '';
  return {
    q: params.get('q'),
    items: params.get('items') === 'competences' ? 'competences' : 'all',
    type: ['branch', 'rome'].includes(params.get('type')) ? params.get('type') : '',
    family: /^(0[1-9]|[A-N])$/.test(family) ? family : '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The address of a search (defaults left out). */
export function searchHash({ q, items = 'all', type = '', family = '', page = 1 }) {
  const params = new URLSearchParams({ q });
  if (items === 'competences') {
    params.set('items', 'competences');
  }
  if (type) {
    params.set('type', type);
  }
  if (family) {
    params.set('family', family);
  }
  if (page > 1) {
    params.set('page', String(page));
  }
  return `#/recruteur?${params.toString().replace(/\+/g, '%20')}`;
}

/** A family says which sheets it holds: a branch family (01–09) or a ROME grand domaine (A–N). */
const familyType = (family) => (/^\d/.test(family) ? 'branch' : family ? 'rome' : '');

function go(hash) {
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

export function initRecruiter() {
  const form = byId('competence-form');
  const input = byId('competence-q');
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  const romeGroup = byId('competence-family-rome');
  for (const [code, label] of Object.entries(ROME_DOMAINS)) {
    romeGroup.append(h('option', { value: code, dataset: { label } }, label));
  }
  // a family of the other kind of sheets than the one asked is dropped, not sent (the API refuses it)
  byId('competence-type').addEventListener('change', () => {
    const type = byId('competence-type').value;
    const family = byId('competence-family');
    if (type && familyType(family.value) && familyType(family.value) !== type) {
      family.value = '';
    }
  });
  byId('competence-family').addEventListener('change', () => {
    const family = byId('competence-family').value;
    const type = byId('competence-type');
    if (family && type.value && type.value !== familyType(family)) {
      type.value = '';
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (!q) {
      input.setAttribute('aria-invalid', 'true');
      showError(byId('competence-error'), { message: 'Saisissez une compétence à rechercher, par exemple « régulation médicale ».' },
        { focus: input });
      return;
    }
    go(searchHash({
      q,
      items: byId('competence-items').value,
      type: byId('competence-type').value,
      family: byId('competence-family').value,
      page: 1,
    }));
  });
}

/** Fills the branch families (from the catalog) once; the ROME grand domaines are fixed. */
async function ensureFamilies(api) {
  const group = byId('competence-family-branch');
  if (group.children.length) {
    return;
  }
  const catalog = await fetchCatalog(api).catch(() => null);
  if (group.children.length || !catalog) {
    return;
  }
  const titles = familyTitles(catalog.items);
  for (const [code, title] of [...titles].sort(([a], [b]) => a.localeCompare(b))) {
    group.append(h('option', { value: code, dataset: { label: `${code} ${title}` } }, `${code} ${title}`));
  }
}

/** The number of matching competences beside each family, for the search without a family filter. */
function showFamilyCounts(facets, filtered) {
  for (const option of byId('competence-family').querySelectorAll('option[data-label]')) {
    const n = facets.family[option.value];
    option.textContent = !filtered && n ? `${option.dataset.label} (${formatInteger(n)})` : option.dataset.label;
  }
}

/** Runs the search in the address, if any, and moves focus to its results; false when there is none. */
export async function showRecruiter(api, params) {
  const search = searchOf(params);
  const { q, items, type, family, page } = search;
  const input = byId('competence-q');
  const status = byId('competence-status');
  const errors = byId('competence-error');
  const results = byId('competence-results');
  if (!q) {
    return false;
  }
  const mine = ++seq;
  input.value = q;
  byId('competence-items').value = items;
  byId('competence-type').value = type;
  clearError(errors);
  showLoading(status, `Recherche des métiers qui demandent « ${q} »…`, results);
  await ensureFamilies(api);
  byId('competence-family').value = family;
  // a family of the other kind wins over the type (the address may say both)
  const sentType = family && type && familyType(family) !== type ? '' : type;
  try {
    const found = await searchCompetences(api, q, items, { type: sentType, family, page });
    if (mine !== seq) {
      return false;
    }
    results.hidden = false;
    if (!found.available) {
      showStatus(status, 'Recherche par compétence indisponible.', results);
      replace(results, h('h2', { id: 'competence-results-title', tabindex: '-1' }, 'Recherche par compétence indisponible'),
        h('div', { class: 'notice notice-warn', id: 'competence-unavailable' },
          h('p', {}, 'Ce serveur ne propose pas encore la recherche par compétence. Utilisez « Mon expérience » avec la compétence '
            + 'comme texte, ou ouvrez les fiches métiers.')));
      focusOn(byId('competence-results-title'));
      return true;
    }
    const families = await fetchCatalog(api).then((c) => familyTitles(c.items)).catch(() => new Map());
    if (mine !== seq) {
      return false;
    }
    showFamilyCounts(found.facets, Boolean(family));
    const branch = found.sheets.filter((s) => s.sheet.type === 'branch');
    const rome = found.sheets.filter((s) => s.sheet.type === 'rome');
    const pages = Math.max(1, Math.ceil(found.total / COMPETENCE_LIMIT));
    const what = items === 'competences' ? ['compétence trouvée', 'compétences trouvées'] : ['élément trouvé', 'éléments trouvés'];
    const first = found.offset + 1;
    const last = found.offset + found.competences;
    showStatus(status, found.sheets.length
      ? `${plural(found.total, ...what)}${pages > 1 ? ` (${formatInteger(first)} à ${formatInteger(last)}, page ${page} sur ${pages})` : ''}, dans `
        + `${plural(branch.length, 'métier de la branche', 'métiers de la branche')} et ${plural(rome.length, 'fiche ROME', 'fiches ROME')}.`
      : found.total ? `Page ${page} vide : la recherche a ${plural(pages, 'page')}.` : 'Aucune fiche ne demande cette compétence.', results);
    const branchCount = found.facets.type.branch ?? 0;
    replace(results,
      h('h2', { id: 'competence-results-title', tabindex: '-1' }, `Fiches qui demandent « ${q} »`),
      filterLine(search, sentType),
      found.sheets.length ? null : h('p', { class: 'notice notice-info', id: 'competence-none' },
        'Aucune fiche ne cite cette compétence. Essayez un mot plus courant ou un verbe (« organiser », « accueillir »).'),
      found.relaxed && found.sheets.length ? h('p', { class: 'notice notice-info', id: 'competence-relaxed' },
        'Aucune compétence ne contient tous les mots cherchés : voici celles qui en contiennent une partie.') : null,
      branchNeeds(search, sentType, found, branch.length),
      broadening(search, sentType, found, branchCount),
      pager(search, pages, 'competence-pager-top'),
      group('Éléments trouvés dans les métiers de la branche', 'competence-branch', branch, families, 'métiers de la branche'),
      group('Éléments trouvés dans les fiches ROME', 'competence-rome', rome, families, 'fiches ROME'),
      pager(search, pages, 'competence-pager'),
      found.sheets.length ? glossary('recruteur', ['gl-rome', 'gl-borrowed', 'gl-kinds']) : null);
    focusOn(byId('competence-results-title'));
    return true;
  } catch (error) {
    if (mine !== seq) {
      return false;
    }
    showStatus(status, '', results);
    results.hidden = true;
    results.replaceChildren();
    showError(errors, error, {
      retry: () => showRecruiter(api, params),
      focus: error.status === 400 ? input : null,
      hint: error.status === 400 ? 'Modifiez la recherche puis relancez-la.' : null,
    });
    return false;
  }
}

/** A family's label as the filter shows it ("01 Assistance…", "K Services à la personne…"). */
const familyLabel = (family) => byId('competence-family').querySelector(`option[value="${family}"]`)?.dataset.label ?? family;

function filterLine({ items, family }, sentType) {
  const parts = [
    sentType === 'branch' ? 'métiers de la branche seulement' : sentType === 'rome' ? 'fiches ROME seulement' : null,
    family ? `famille « ${familyLabel(family)} »` : null,
    items === 'competences' ? 'compétences seulement' : null,
  ].filter(Boolean);
  return parts.length ? h('p', { class: 'help', id: 'competence-filters' }, `Filtres : ${parts.join(', ')}.`) : null;
}

/**
 * The branch métiers whose sheets state the skill (the answer's `branchMetiers`, the same on every
 * page), above the hits: each with its count of items and its best items quoted. Says so when the
 * search leaves the branch out (ROME only) or no branch sheet states the skill; nothing when the
 * server does not send them, or when nothing at all is found (the page says that already).
 */
function branchNeeds(search, sentType, found, branchHitsShown) {
  const { q, items, family } = search;
  const metiers = found.branchMetiers;
  if (!metiers || (!metiers.length && !found.total && familyType(family) !== 'rome' && sentType !== 'rome')) {
    return null;
  }
  const title = h('h3', { id: 'competence-metiers-title' }, 'Métiers de la branche qui demandent cette compétence');
  const block = (...children) => h('section', { class: 'branch-needs', id: 'competence-metiers', 'aria-labelledby': 'competence-metiers-title' },
    title, ...children);
  if (sentType === 'rome' || familyType(family) === 'rome') {
    return block(h('p', { id: 'competence-metiers-rome' },
      'La recherche est limitée aux fiches ROME : les métiers de la branche n\u2019y sont pas cherchés. ',
      h('a', { href: searchHash({ q, items }) }, `Chercher « ${q} » dans toutes les fiches`), '.'));
  }
  const where = family ? `de la famille « ${familyLabel(family)} »` : 'de la branche';
  if (!metiers.length) {
    const words = q.split(/[\s,;'’]+/).filter((w) => w.length >= 2).length;
    return block(h('p', { id: 'competence-metiers-none' }, `Aucune fiche ${where} n\u2019énonce « ${q} ».`,
      branchHitsShown && words > 1 ? ' Les métiers de la branche listés plus bas n\u2019en citent qu\u2019une partie des mots.' : ''));
  }
  const total = found.branchMetierTotal;
  const intro = `${plural(total, `métier ${where} énonce`, `métiers ${where} énoncent`)} « ${q} » dans ${total > 1 ? 'leurs' : 'ses'} fiches`
    + (metiers.length < total
      ? ` ; voici les ${formatInteger(metiers.length)} qui l\u2019énoncent le plus.${family ? '' : ' Choisissez une famille de la branche (filtre « Famille ») pour voir les autres.'}`
      : '.');
  return block(h('p', { class: 'help', id: 'competence-metiers-intro' }, intro),
    h('ol', { class: 'metier-needs' }, metiers.map(metierNeed)));
}

function metierNeed(m) {
  const its = m.sheetIds.length > 1 ? 'ses fiches' : 'sa fiche';
  const count = m.itemCount === 1 ? `1 élément de ${its} l\u2019énonce :`
    : `${formatInteger(m.itemCount)} éléments de ${its} l\u2019énoncent${m.itemCount > m.items.length ? `, dont les ${m.items.length} plus proches` : ''} :`;
  return h('li', { class: 'metier-need', dataset: { code: m.code } },
    h('h4', {}, h('a', { href: `#/fiche/${encodeURIComponent(m.code)}` }, m.title)),
    h('p', { class: 'match-meta' }, h('span', {}, `code ${m.code}`),
      h('a', { href: `#/passerelles/${encodeURIComponent(m.code)}`, 'aria-label': `Voir les passerelles de ${m.title}` }, 'Voir les passerelles')),
    h('p', { class: 'need-count' }, count),
    h('ul', { class: 'need-items' }, m.items.map((item) => h('li', { dataset: { id: item.id ?? '' } }, h('q', {}, item.text)))));
}

/**
 * What to try when the branch has nothing (or nothing at all is found): the corrected spelling,
 * every sheet instead of one kind or family, activities too, one word of the query at a time.
 */
function broadening(search, sentType, found, branchCount) {
  const { q, items, family } = search;
  const nothing = found.total === 0;
  const nothingInBranch = sentType !== 'rome' && familyType(family) !== 'rome' && branchCount === 0;
  if (!nothing && !nothingInBranch) {
    return null;
  }
  const links = [];
  if (found.didYouMean) {
    links.push(h('a', { href: searchHash({ ...search, q: found.didYouMean, page: 1 }) }, `« ${found.didYouMean} » (orthographe corrigée)`));
  }
  if (sentType || family) {
    links.push(h('a', { href: searchHash({ q, items, page: 1 }) }, `« ${q} » dans toutes les fiches`));
  }
  if (items === 'competences') {
    links.push(h('a', { href: searchHash({ ...search, items: 'all', page: 1 }) }, `« ${q} » dans les compétences et les activités`));
  }
  const words = q.split(/[\s,;'’]+/).filter((w) => w.length >= 4);
  if (words.length > 1) {
    for (const w of words) {
      links.push(h('a', { href: searchHash({ ...search, q: w, page: 1 }) }, `« ${w} » seul`));
    }
  }
  // with the branch métiers block above, the absence is already said there
  const lead = nothing ? 'Rien n\u2019a été trouvé. Élargissez la recherche :'
    : found.branchMetiers ? 'Pour trouver des métiers de la branche, élargissez la recherche :'
      : `Aucun métier de la branche ne cite « ${q} »${found.sheets.length ? ' : les fiches ROME ci-dessous le citent' : ''}. Élargissez la recherche :`;
  return h('div', { class: 'notice notice-info', id: 'competence-broaden' },
    h('p', {}, lead),
    links.length
      ? h('ul', {}, links.map((a) => h('li', {}, a)))
      : h('p', {}, 'Essayez un mot plus général ou un verbe (« organiser », « accueillir »).'));
}

function pager(search, pages, id) {
  if (pages <= 1) {
    return null;
  }
  const { page } = search;
  return h('nav', { class: 'pager', id, 'aria-label': id.endsWith('top') ? 'Pages des résultats (haut)' : 'Pages des résultats' },
    page > 1 ? h('a', { class: 'button small', href: searchHash({ ...search, page: page - 1 }), rel: 'prev' }, '← Page précédente') : null,
    h('span', { class: 'pager-at' }, `Page ${page} sur ${pages}`),
    page < pages ? h('a', { class: 'button small', href: searchHash({ ...search, page: page + 1 }), rel: 'next' }, 'Page suivante →') : null);
}

function familyTitles(metiers) {
  const titles = new Map();
  for (const m of metiers) {
    if (m.family?.code) {
      titles.set(m.family.code, m.family.title);
    }
  }
  return titles;
}

/** The competence's text with the searched words in <mark>. */
function markedText(c) {
  const spans = c.highlights.map((hl) => ({ ...hl, type: 'mark' }));
  return pieces(c.text, spans).pieces.map((p) => (p.mark ? h('mark', {}, p.text) : p.text));
}

function hitItem(hit, families) {
  return h('li', { class: 'sheet-hit', dataset: { id: hit.sheet.id } },
    h('h4', {}, h('a', { href: `#/fiche/${encodeURIComponent(hit.sheet.id)}` }, hit.sheet.title)),
    h('p', { class: 'match-meta' }, typeBadge(hit.sheet.type), h('span', {}, `code ${hit.sheet.id}`),
      hit.sheet.type === 'branch' && families.get(hit.sheet.family) ? h('span', {}, families.get(hit.sheet.family))
        : hit.sheet.type === 'rome' && ROME_DOMAINS[hit.sheet.family] ? h('span', {}, ROME_DOMAINS[hit.sheet.family]) : null),
    h('ul', { class: 'found' }, hit.competences.map((c) => h('li', {}, markedText(c), ' ',
      h('span', { class: 'tag' }, c.kind ? kindLabel(c.kind) : itemTypeLabel(c.type))))));
}

function group(title, id, hits, families, others) {
  if (!hits.length) {
    return null;
  }
  const folded = hits.slice(SHOWN_SHEETS);
  return h('section', { 'aria-labelledby': id },
    h('h3', { id }, `${title} (${hits.length})`),
    h('ol', { class: 'sheet-hits' }, hits.slice(0, SHOWN_SHEETS).map((hit) => hitItem(hit, families))),
    folded.length
      ? h('details', { class: 'more-sheets' },
        h('summary', {}, `Voir les ${formatInteger(folded.length)} autres ${others}`),
        h('ol', { class: 'sheet-hits', start: String(SHOWN_SHEETS + 1) }, folded.map((hit) => hitItem(hit, families))))
      : null);
}
