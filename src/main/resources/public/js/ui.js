// Shared pieces of the views: loading and error states, badges, AI exposure.

import { h, replace } from './dom.js';
import { formatNumber, typeLabel } from './format.js';

/** Shows a busy state in a status region (announced politely) and marks `busyEl` aria-busy. */
export function showLoading(statusEl, message, busyEl) {
  replace(statusEl, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, message));
  busyEl?.setAttribute('aria-busy', 'true');
}

export function showStatus(statusEl, message, busyEl) {
  replace(statusEl, message ? h('span', {}, message) : null);
  busyEl?.removeAttribute('aria-busy');
}

/**
 * Shows an error in an alert region: the server's French message, the request id to quote for a
 * server error, and a retry button when trying again may help (service starting, network).
 */
export function showError(regionEl, error, { retry } = {}) {
  const status = error?.status;
  const message = error?.message || 'Une erreur est survenue.';
  const canRetry = retry && (status === 0 || status === 503 || status >= 500);
  replace(regionEl, h('div', { class: 'error-box' },
    h('p', {}, h('strong', {}, message)),
    status >= 500 && error.requestId ? h('p', { class: 'error-ref' }, `Référence de la demande : ${error.requestId}`) : null,
    canRetry ? h('p', {}, h('button', { type: 'button', class: 'button small', onclick: retry }, 'Réessayer')) : null));
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
