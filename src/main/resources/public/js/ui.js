// Shared pieces of the views: loading and error states, badges, AI exposure.

import { h, replace } from './dom.js';
import { formatNumber, typeLabel } from './format.js';

/**
 * The words of the page in plain French: shown folded under the results, and each entry reachable
 * by its id from the place that uses the word.
 */
const GLOSSARY = [
  ['gl-rome', 'Fiche ROME', 'Le ROME est le répertoire des métiers de France Travail (ex-Pôle emploi) : chaque fiche, '
    + 'repérée par un code comme M1607, décrit un métier de tout secteur, ses activités et ses compétences. '
    + 'Les « métiers de la branche » sont ceux du référentiel de la branche Assistance (codes à 4 chiffres comme 0102).'],
  ['gl-proximity', 'Proximité', 'À quel point votre texte ressemble à la fiche : les mots qu\u2019il partage avec elle, et les activités '
    + 'et compétences de la fiche qu\u2019il décrit. 100 % : très proche ; ce n\u2019est pas une note de votre expérience.'],
  ['gl-coverage', 'Compétences déjà couvertes', 'La part des compétences du métier visé que le métier de départ demande déjà '
    + '(ou que votre texte montre). Les compétences clés sont les quelques-unes qui comptent le plus dans le métier visé.'],
  ['gl-borrowed', 'Description empruntée', 'Certains métiers de la branche sont seulement nommés par le référentiel, sans description : '
    + 'le service les décrit alors avec la fiche ROME du même métier, et le dit.'],
  ['gl-pwc', 'Exposition à l\u2019IA générative, score PwC', 'Estimation, de 0 à 1, de la part des tâches du métier que l\u2019IA générative '
    + 'peut transformer, calculée par le cabinet PwC pour l\u2019étude de la branche, puis revue par des experts de la branche '
    + '(« experts »). Elle ne dit pas que le métier disparaît.'],
  ['gl-kinds', 'Savoir-faire, savoir-être, savoir', 'Un savoir-faire est une chose que l\u2019on sait faire (« organiser un rapatriement ») ; '
    + 'un savoir-être, une manière d\u2019agir (« garder son calme ») ; un savoir, une connaissance (« géographie », « anglais »). '
    + '« Demandée dans tous les postes » (la fiche dit « toutes situations ») ou « dans certains postes seulement » '
    + '(« situations spécifiques »).'],
  ['gl-sources', 'D\u2019où viennent les passerelles', '« Référentiel de la branche » : la fiche du métier ou une étude de la branche la cite. '
    + '« Mobilité citée par la fiche ROME » : France Travail la propose entre ces fiches. « Calculée » : le service la propose '
    + 'parce que les deux métiers demandent des compétences proches.'],
];

/** A folded "Comprendre ces résultats" box; `only` limits it to some entries. */
export function glossary(idPrefix, only = null) {
  const entries = GLOSSARY.filter(([id]) => !only || only.includes(id));
  return h('details', { class: 'glossary', id: `${idPrefix}-glossary` },
    h('summary', {}, 'Comprendre ces résultats : les mots employés'),
    h('dl', {}, entries.map(([id, term, text]) => [h('dt', { id: `${idPrefix}-${id}` }, term), h('dd', {}, text)])));
}

/** Shows a busy state in a status region (announced politely) and marks `busyEl` aria-busy. */
export function showLoading(statusEl, message, busyEl) {
  replace(statusEl, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, message));
  busyEl?.setAttribute('aria-busy', 'true');
}

export function showStatus(statusEl, message, busyEl) {
  replace(statusEl, message ? h('span', {}, message) : null);
  busyEl?.removeAttribute('aria-busy');
}

/** What to do after an error, in French, when the server's message does not already say it. */
function advice(error) {
  const status = error?.status;
  if (status === 0 || status === 502 || status === 504) {
    return 'Vérifiez la connexion, puis réessayez.';
  }
  if (status === 503 || status === 429) {
    return error.retryAfter ? `Réessayez dans ${error.retryAfter} secondes.` : 'Réessayez dans quelques secondes.';
  }
  if (status >= 500) {
    return 'Réessayer donnerait la même erreur : signalez-la en citant la référence ci-dessous.';
  }
  return null;
}

/**
 * Shows an error in an alert region: the server's French message, what to do next, the request id
 * to quote for a server error (once: a message that already quotes it is not repeated), and a
 * retry button only when trying again may help (no answer, service starting or overloaded); a 4xx
 * or a 500 would fail the same way. The region is scrolled into view (below the fold on a phone);
 * `focus` (the field to correct) takes the focus, else the alert itself.
 */
export function showError(regionEl, error, { retry, focus, hint } = {}) {
  const status = error?.status;
  const message = error?.message || 'Une erreur est survenue.';
  const canRetry = retry && typeof status === 'number' && (status === 0 || status === 429 || status === 502 || status === 503 || status === 504);
  const quoted = error?.requestId && message.includes(error.requestId);
  const box = h('div', { class: 'error-box', tabindex: '-1' },
    h('p', {}, h('strong', {}, message)),
    advice(error) ? h('p', { class: 'error-advice' }, advice(error)) : null,
    hint ? h('p', { class: 'error-advice' }, hint) : null,
    status >= 500 && error.requestId && !quoted ? h('p', { class: 'error-ref' }, `Référence de la demande : ${error.requestId}`) : null,
    canRetry ? h('p', {}, h('button', { type: 'button', class: 'button small', onclick: retry }, 'Réessayer')) : null);
  replace(regionEl, box);
  if (focus) {
    focus.focus({ preventScroll: true });
  } else {
    box.focus({ preventScroll: true });
  }
  box.scrollIntoView({ block: 'nearest', behavior: 'auto' });
}

export function clearError(regionEl) {
  regionEl.replaceChildren();
}

export function typeBadge(type) {
  return h('span', { class: `badge badge-${type === 'rome' ? 'rome' : 'branch'}` }, typeLabel(type));
}

/** A bar for a score in [0, 1]; its width is set through the CSSOM (no inline style attribute). */
export function scoreBar(score) {
  const fill = h('span');
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
  return h('span', { class: 'scorebar', 'aria-hidden': 'true' }, fill);
}

/** "Exposition à l'IA générative : En forte transformation (score PwC 0,78 ; experts 0,76)" */
export function exposureLine(e, why = null) {
  if (!e || (e.pwcScore === null && e.expertScore === null)) {
    return h('p', { class: 'exposure' }, "Exposition à l'IA générative : ", h('span', { class: 'level' }, 'non renseignée'),
      why ? ` (${why})` : null);
  }
  const level = e.expertClassification ?? e.pwcClassification ?? 'évaluée';
  const scores = [
    Number.isFinite(e.pwcScore) ? `score PwC ${formatNumber(e.pwcScore)}` : null,
    Number.isFinite(e.expertScore) ? `experts ${formatNumber(e.expertScore)}` : null,
  ].filter(Boolean).join(' ; ');
  return h('p', { class: 'exposure' }, "Exposition à l'IA générative : ", h('span', { class: 'level' }, level),
    scores ? ` (${scores}, sur 1)` : null);
}
