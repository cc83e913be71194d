// Recruiter view: a competence → the métiers of the branch and the ROME sheets that require it.
// The query is not personal data: it goes in the address (#/recruteur?q=…) so a search can be shared.

import { fetchCatalog, searchCompetences } from '../adapters.js';
import { byId, focusOn, h, replace } from '../dom.js';
import { itemTypeLabel, kindLabel, plural } from '../format.js';
import { pieces } from '../highlight.js';
import { clearError, showError, showLoading, showStatus, typeBadge } from '../ui.js';

let seq = 0;

export function initRecruiter() {
  const form = byId('competence-form');
  const input = byId('competence-q');
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (!q) {
      input.setAttribute('aria-invalid', 'true');
      showError(byId('competence-error'), { message: 'Saisissez une compétence à rechercher, par exemple « régulation médicale ».' });
      input.focus();
      return;
    }
    const items = byId('competence-items').value;
    const target = `#/recruteur?q=${encodeURIComponent(q)}${items === 'competences' ? '&items=competences' : ''}`;
    if (location.hash === target) {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      location.hash = target;
    }
  });
}

/** Runs the search in the address, if any, and moves focus to its results; false when there is none. */
export async function showRecruiter(api, q, items = 'all') {
  const input = byId('competence-q');
  const status = byId('competence-status');
  const errors = byId('competence-error');
  const results = byId('competence-results');
  if (!q) {
    return false;
  }
  input.value = q;
  byId('competence-items').value = items === 'competences' ? 'competences' : 'all';
  const mine = ++seq;
  clearError(errors);
  showLoading(status, `Recherche des métiers qui demandent « ${q} »…`, results);
  try {
    const found = await searchCompetences(api, q, items);
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
    const branch = found.sheets.filter((s) => s.sheet.type === 'branch');
    const rome = found.sheets.filter((s) => s.sheet.type === 'rome');
    showStatus(status, found.sheets.length
      ? `${plural(found.competences, items === 'competences' ? 'compétence trouvée' : 'élément trouvé', items === 'competences' ? 'compétences trouvées' : 'éléments trouvés')}, dans `
        + `${plural(branch.length, 'métier de la branche', 'métiers de la branche')} et ${plural(rome.length, 'fiche ROME', 'fiches ROME')}.`
      : 'Aucune fiche ne demande cette compétence.', results);
    replace(results,
      h('h2', { id: 'competence-results-title', tabindex: '-1' }, `Fiches qui demandent « ${q} »`),
      found.sheets.length ? null : h('p', { class: 'notice notice-info' },
        'Aucune fiche ne cite cette compétence. Essayez un mot plus courant ou un verbe (« organiser », « accueillir »).'),
      found.relaxed && found.sheets.length ? h('p', { class: 'notice notice-info', id: 'competence-relaxed' },
        'Aucune compétence ne contient tous les mots cherchés : voici celles qui en contiennent une partie.') : null,
      group('Métiers de la branche', 'competence-branch', branch, families),
      group('Fiches ROME', 'competence-rome', rome, families));
    focusOn(byId('competence-results-title'));
    return true;
  } catch (error) {
    if (mine !== seq) {
      return false;
    }
    showStatus(status, '', results);
    results.hidden = true;
    showError(errors, error, { retry: () => showRecruiter(api, q, items) });
    return false;
  }
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

function group(title, id, hits, families) {
  if (!hits.length) {
    return null;
  }
  return h('section', { 'aria-labelledby': id },
    h('h3', { id }, `${title} (${hits.length})`),
    h('ol', { class: 'sheet-hits' }, hits.map((hit) => h('li', { class: 'sheet-hit', dataset: { id: hit.sheet.id } },
      h('h4', {}, h('a', { href: `#/fiche/${encodeURIComponent(hit.sheet.id)}` }, hit.sheet.title)),
      h('p', { class: 'match-meta' }, typeBadge(hit.sheet.type), h('span', {}, `code ${hit.sheet.id}`),
        hit.sheet.type === 'branch' && families.get(hit.sheet.family) ? h('span', {}, families.get(hit.sheet.family)) : null),
      h('ul', { class: 'found' }, hit.competences.map((c) => h('li', {}, markedText(c), ' ',
        h('span', { class: 'tag' }, c.kind ? kindLabel(c.kind) : itemTypeLabel(c.type)))))))));
}
