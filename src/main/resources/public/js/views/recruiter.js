// Recruiter view: a competence → the métiers of the branch and the ROME sheets that require it.
// The query is not personal data: it goes in the address (#/recruteur?q=…) so a search can be shared.

import { searchCompetences } from '../adapters.js';
import { byId, focusOn, h, replace } from '../dom.js';
import { kindLabel, plural } from '../format.js';
import { clearError, showError, showLoading, showStatus, typeBadge } from '../ui.js';

let seq = 0;
let lastQuery = null;

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
    const target = `#/recruteur?q=${encodeURIComponent(q)}`;
    if (location.hash === target) {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      location.hash = target;
    }
  });
}

/** Runs the search in the address, if any; `fromForm` moves focus to the results. */
export async function showRecruiter(api, q) {
  const input = byId('competence-q');
  const status = byId('competence-status');
  const errors = byId('competence-error');
  const results = byId('competence-results');
  if (!q) {
    return false;
  }
  input.value = q;
  const mine = ++seq;
  clearError(errors);
  showLoading(status, `Recherche des métiers qui demandent « ${q} »…`, results);
  try {
    const found = await searchCompetences(api, q);
    if (mine !== seq) {
      return false;
    }
    lastQuery = q;
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
    const branch = found.sheets.filter((s) => s.sheet.type === 'branch');
    const rome = found.sheets.filter((s) => s.sheet.type === 'rome');
    showStatus(status, found.sheets.length
      ? `${plural(branch.length, 'métier de la branche', 'métiers de la branche')} et ${plural(rome.length, 'fiche ROME', 'fiches ROME')}.`
      : 'Aucune fiche ne demande cette compétence.', results);
    replace(results,
      h('h2', { id: 'competence-results-title', tabindex: '-1' }, `Fiches qui demandent « ${q} »`),
      found.sheets.length ? null : h('p', { class: 'notice notice-info' },
        'Aucune fiche ne cite cette compétence. Essayez un mot plus courant ou un verbe (« organiser », « accueillir »).'),
      group('Métiers de la branche', 'competence-branch', branch),
      group('Fiches ROME', 'competence-rome', rome));
    focusOn(byId('competence-results-title'));
    return true;
  } catch (error) {
    if (mine !== seq) {
      return false;
    }
    showStatus(status, '', results);
    showError(errors, error, { retry: () => showRecruiter(api, q) });
    return false;
  }
}

export function recruiterQuery() {
  return lastQuery;
}

function group(title, id, hits) {
  if (!hits.length) {
    return null;
  }
  return h('section', { 'aria-labelledby': id },
    h('h3', { id }, `${title} (${hits.length})`),
    h('ol', { class: 'sheet-hits' }, hits.map((hit) => h('li', { class: 'sheet-hit', dataset: { id: hit.sheet.id } },
      h('h4', {}, h('a', { href: `#/fiche/${encodeURIComponent(hit.sheet.id)}` }, hit.sheet.title)),
      h('p', { class: 'match-meta' }, typeBadge(hit.sheet.type), h('span', {}, `code ${hit.sheet.id}`),
        hit.sheet.familyLabel ? h('span', {}, hit.sheet.familyLabel) : null),
      hit.competences.length
        ? h('ul', {}, hit.competences.map((c) => h('li', {}, c.text, c.kind ? [' ', h('span', { class: 'tag' }, kindLabel(c.kind))] : null)))
        : null))));
}
