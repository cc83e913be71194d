// "Mon expérience": the pasted text → the closest métiers, each with the evidence marked in the
// text. The text lives only in this module's memory (never in the URL, storage or a log).

import { checkText, matchText, MAX_TEXT_CHARS } from '../adapters.js';
import { byId, focusOn, h, replace } from '../dom.js';
import { characters, formatInteger, formatPercent, itemTypeLabel, kindLabel, plural, qualifierLabel } from '../format.js';
import { evidenceSpans, renderHighlighted, setActiveEvidence } from '../highlight.js';
import { clearError, glossary, scoreBar, showError, showLoading, showStatus, typeBadge } from '../ui.js';

/** The last search, in memory only: the text as sent (offsets point into it) and the answer. */
const session = { text: null, result: null, selected: 0 };
let requestSeq = 0;
let busy = false;
/** Aborts the search in flight ("Effacer" cancels it). */
let inFlight = null;

export function lastResult() {
  return session.result;
}

/** The text of the last search, as sent (for the personal passerelles), or null. */
export function lastText() {
  return session.result ? session.text : null;
}

/** The match the user picked, if any (the passerelles view titles itself with it). */
export function findMatch(id) {
  return session.result?.matches.find((m) => m.id === id) ?? null;
}

export function initExperience(api) {
  const form = byId('match-form');
  const textarea = byId('cv-text');
  const count = byId('cv-count');
  const submit = byId('match-submit');

  const updateCount = () => {
    const n = textarea.value.length;
    count.textContent = n > MAX_TEXT_CHARS
      ? `${characters(n)}, soit ${formatInteger(n - MAX_TEXT_CHARS)} de trop (${formatInteger(MAX_TEXT_CHARS)} au plus)`
      : characters(n);
    count.classList.toggle('over', n > MAX_TEXT_CHARS);
  };
  textarea.addEventListener('input', () => {
    updateCount();
    if (textarea.getAttribute('aria-invalid') === 'true') {
      textarea.removeAttribute('aria-invalid');
    }
  });
  updateCount();

  byId('match-clear').addEventListener('click', () => {
    const cancelled = busy;
    inFlight?.abort();
    inFlight = null;
    requestSeq++;
    busy = false;
    submit.removeAttribute('aria-disabled');
    textarea.value = '';
    textarea.removeAttribute('aria-invalid');
    updateCount();
    session.text = null;
    session.result = null;
    byId('match-results').hidden = true;
    byId('match-results').replaceChildren();
    showStatus(byId('match-status'), cancelled ? 'Recherche annulée.' : '', byId('match-results'));
    clearError(byId('match-error'));
    textarea.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) {
      run(api, textarea.value, byId('match-type').value, submit);
    }
  });
}

async function run(api, text, type, submit) {
  const textarea = byId('cv-text');
  const status = byId('match-status');
  const errors = byId('match-error');
  const results = byId('match-results');
  clearError(errors);
  const problem = checkText(text);
  if (problem) {
    textarea.setAttribute('aria-invalid', 'true');
    showStatus(status, '');
    showError(errors, { message: problem }, { focus: textarea });
    return;
  }
  textarea.removeAttribute('aria-invalid');
  const seq = ++requestSeq;
  busy = true;
  const controller = new AbortController();
  inFlight = controller;
  submit.setAttribute('aria-disabled', 'true');
  showLoading(status, 'Recherche des métiers proches de votre texte…', results);
  try {
    const result = await matchText(api, text, type, controller.signal);
    if (seq !== requestSeq) {
      return;
    }
    session.text = text;
    session.result = result;
    session.selected = 0;
    showStatus(status, result.matches.length
      ? `${plural(result.matches.length, 'métier proche trouvé', 'métiers proches trouvés')}.`
      : 'Aucun métier proche trouvé.', results);
    renderResults();
    focusOn(byId('results-title'));
  } catch (error) {
    if (seq !== requestSeq || error.name === 'CancelledError') {
      return;
    }
    // the old results answered another text: they go, the message alone stays
    session.text = null;
    session.result = null;
    results.hidden = true;
    results.replaceChildren();
    showStatus(status, '', results);
    const textProblem = error.status === 413 || error.status === 422 || error.status === 400;
    if (textProblem) {
      textarea.setAttribute('aria-invalid', 'true');
    }
    showError(errors, error, {
      retry: () => run(api, text, type, submit),
      focus: textProblem ? textarea : null,
      hint: error.status === 422 ? 'Modifiez le texte (en français, avec vos activités et vos compétences) puis relancez la recherche.'
        : error.status === 413 ? 'Raccourcissez le texte puis relancez la recherche.' : null,
    });
  } finally {
    if (seq === requestSeq) {
      busy = false;
      inFlight = null;
      submit.removeAttribute('aria-disabled');
    }
  }
}

/** Shows the last result again (coming back from another view). */
export function renderResults() {
  const results = byId('match-results');
  const { result } = session;
  if (!result) {
    results.hidden = true;
    return;
  }
  results.hidden = false;
  if (!result.matches.length) {
    replace(results,
      h('h2', { id: 'results-title', tabindex: '-1' }, 'Aucun métier proche'),
      h('p', { class: 'notice notice-info' },
        'Le texte ne ressemble à aucune fiche. Décrivez davantage vos activités (ce que vous faites, pour qui, avec quels outils).'));
    return;
  }
  const list = h('ol', { class: 'match-list', 'aria-label': 'Métiers proches, du plus proche au moins proche' },
    result.matches.map((m, i) => h('li', {}, matchButton(m, i))));
  const detail = h('div', { class: 'detail', id: 'match-detail' });
  const setAside = result.zones.filter((z) => z.zone !== 'task' && z.zone !== 'experience' && z.zone !== 'heading');
  replace(results,
    h('h2', { id: 'results-title', tabindex: '-1' }, result.confident
      ? 'Métiers les plus proches de votre expérience'
      : 'Aucune correspondance sûre'),
    result.confident ? null : notConfident(result),
    setAside.length ? h('p', { class: 'help', id: 'set-aside' },
      `${plural(setAside.length, 'passage mis de côté', 'passages mis de côté')} (présentation de l’employeur, contrat, candidature, formation, loisirs ou coordonnées) : ils ne comptent pas, ou peu, dans le classement.`) : null,
    h('p', { class: 'help' }, 'Choisissez un métier pour voir ce qui, dans votre texte, correspond à sa fiche. '
      + 'La proximité dit à quel point votre texte ressemble à la fiche, pas la valeur de votre expérience.'),
    h('div', { class: 'results-layout' }, list, detail),
    glossary('experience', ['gl-proximity', 'gl-rome', 'gl-borrowed', 'gl-kinds']));
  select(session.selected, false);
}

/** Why no métier is named: a text about another trade, or one too vague for any sheet. */
function notConfident(result) {
  if (result.outsideBranch && result.matches[0].type === 'branch') {
    return h('p', { class: 'notice notice-info', id: 'not-confident' },
      'Votre texte semble décrire un métier hors de la branche de l’assistance : les métiers de la branche '
      + 'ci-dessous ne sont que des pistes. Cherchez aussi parmi les fiches ROME, qui couvrent tous les métiers.');
  }
  return h('p', { class: 'notice notice-info', id: 'not-confident' },
    'Votre texte ne décrit assez précisément aucun métier : les métiers ci-dessous ne sont que des pistes. '
    + 'Décrivez davantage vos activités (ce que vous faites, pour qui, avec quels outils).');
}

function matchButton(m, i) {
  return h('button', {
    type: 'button',
    class: 'match',
    'aria-pressed': i === session.selected ? 'true' : 'false',
    'aria-controls': 'match-detail',
    dataset: { index: String(i), id: m.id },
    onclick: () => select(i, true),
  },
  h('span', { class: 'match-title' }, m.title),
  h('span', { class: 'match-meta' },
    h('span', { class: 'rank' }, `${i + 1}`),
    typeBadge(m.type),
    m.familyLabel ? h('span', {}, m.familyLabel) : null,
    h('span', {}, `proximité ${formatPercent(m.score)}`)),
  scoreBar(m.score));
}

/** Why a sheet none of the text's words speak for is in the answer, said in words. */
const SUPPORT_NOTES = {
  labelledTexts: 'Votre texte ne reprend aucun mot de cette fiche : elle est proposée parce que des textes '
    + 'semblables au vôtre (annonces, CV et descriptions classés à la main) en relèvent.',
  branch: 'Votre texte ne reprend aucun mot de cette fiche : elle est proposée parce que les salariés de la branche '
    + 'Assistance l\u2019occupent souvent.',
  meaning: 'Votre texte ne reprend aucun mot de cette fiche : elle est proposée pour le sens de l\u2019ensemble du texte.',
};

function select(index, moveFocus) {
  session.selected = index;
  for (const b of document.querySelectorAll('#match-results .match')) {
    b.setAttribute('aria-pressed', b.dataset.index === String(index) ? 'true' : 'false');
  }
  const m = session.result.matches[index];
  const detail = byId('match-detail');
  const cv = h('div', {
    class: 'cv-view',
    id: 'cv-view',
    role: 'region',
    tabindex: '0',
    'aria-label': 'Votre texte, avec les passages qui correspondent à la fiche surlignés',
  });
  const { marks } = renderHighlighted(cv, session.text, evidenceSpans(m));
  replace(detail,
    h('h2', { id: 'detail-title', tabindex: '-1' }, m.title),
    h('p', { class: 'match-meta' },
      typeBadge(m.type),
      h('span', {}, m.type === 'rome' ? `code ROME ${m.id}` : `code ${m.id}`),
      m.familyLabel ? h('span', {}, m.familyLabel) : null,
      h('span', {}, `proximité ${formatPercent(m.score)}`)),
    m.recognizedTitle
      ? h('p', { class: 'help', id: 'recognized-title' }, `Intitulé reconnu dans votre texte : « ${m.recognizedTitle.name} ».`)
      : null,
    m.neighbourShare > 0
      ? h('p', { class: 'help', id: 'neighbours' }, `Textes proches : parmi les textes les plus proches du vôtre `
        + `(annonces, CV et descriptions classés à la main), ${formatPercent(m.neighbourShare)} des voix vont à ce métier.`)
      : null,
    m.support !== 'text'
      ? h('p', { class: 'help', id: 'support' }, SUPPORT_NOTES[m.support])
      : null,
    m.borrowedFrom.length
      ? h('p', { class: 'help', id: 'borrowed' }, `La branche nomme ce métier sans le décrire : le service le décrit avec ${m.borrowedFrom.length > 1 ? 'les fiches' : 'la fiche'} `
        + `${m.borrowedFrom.join(', ')} du ROME, le répertoire des métiers de France Travail (voir « Comprendre ces résultats »).`)
      : null,
    h('p', { class: 'actions' },
      h('a', { class: 'button primary', href: `#/passerelles/${encodeURIComponent(m.id)}`, id: 'show-passerelles' }, 'Voir les passerelles'),
      h('a', { class: 'button', href: `#/fiche/${encodeURIComponent(m.id)}` }, 'Voir la fiche')),
    h('h3', {}, 'Votre texte'),
    h('p', { class: 'legend' }, 'Les ', h('mark', {}, 'mots surlignés'), ' correspondent à la fiche ; les ',
      h('span', { class: 'seg' }, 'passages colorés'), ' sont les lignes qui lui ressemblent.'),
    cv,
    marks ? null : h('p', { class: 'empty' }, 'Aucun mot précis à surligner : la proximité vient du texte dans son ensemble.'),
    h('h3', { id: 'evidence-title' }, `Ce qui correspond (${m.evidence.length})`),
    m.evidence.length
      ? h('ol', { class: 'evidence-list', 'aria-labelledby': 'evidence-title' }, m.evidence.map((e, i) => evidenceItem(e, i)))
      : h('p', { class: 'empty' }, 'Pas d\u2019activité ni de compétence précise retrouvée.'));
  if (moveFocus) {
    focusOn(byId('detail-title'));
  }
}

function evidenceItem(e, i) {
  const cv = () => byId('cv-view');
  const activate = (on) => {
    setActiveEvidence(cv(), on ? i : null);
    li.classList.toggle('active', on);
  };
  const li = h('li', { class: 'evidence', dataset: { evidence: String(i) }, onmouseenter: () => activate(true), onmouseleave: () => activate(false) },
    h('p', { class: 'tag' }, [itemTypeLabel(e.type), e.kind ? kindLabel(e.kind) : null, qualifierLabel(e.type, e.qualifier)]
      .filter(Boolean).join(' · ')),
    h('p', { class: 'item-text' }, e.text),
    e.segment ? h('p', { class: 'terms' }, 'Dans votre texte : « ', e.segment.text.trim(), ' »') : null,
    e.matchedTerms.length
      ? h('p', { class: 'terms' }, 'Mots communs : ', e.matchedTerms.map((t, k) => [k ? ', ' : '', h('mark', {}, t)]))
      : null,
    e.segment ? h('button', {
      type: 'button',
      class: 'button small',
      onclick: () => {
        for (const other of document.querySelectorAll('.evidence.active')) {
          other.classList.remove('active');
        }
        const first = setActiveEvidence(cv(), i);
        li.classList.add('active');
        first?.scrollIntoView({ block: 'nearest' });
      },
    }, 'Montrer dans le texte') : null);
  return li;
}
