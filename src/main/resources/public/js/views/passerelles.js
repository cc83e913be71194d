// The passerelles of one métier by degree (1, 2, 3): each target with its real source, its
// exposure to generative AI and its key gaps (the competences that matter most in the target),
// the rest of the missing list on demand ("voir tout": GET …/passerelles?full=true). Within a
// degree, the best covered moves first and the others folded. Reads the mobility route through the
// adapter; while the route is missing, says so and shows the moves the métier's sheet states.

import {
  fetchPasserelles, fetchPersonalPasserelles, findCompetences, groupByField, isBranchSheetId, isRomeCode, referentialPasserelles,
  withEvidence,
} from '../adapters.js';
import { byId, focusOn, h, replace } from '../dom.js';
import { actionLabel, formatPercent, kindLabel, plural, sourceLabel } from '../format.js';
import { exposureLine, glossary, showError, showLoading, showStatus, typeBadge } from '../ui.js';
import { findMatch, lastResult, lastText } from './experience.js';

/** Moves shown per degree before the others are folded. */
export const SHOWN_PER_DEGREE = 3;

let seq = 0;
/** The view's métier and the full answer once asked for ("voir tout"), per page of the view. */
let current = { id: null, full: null };
/**
 * The person's corrections and wish for the view's métier, in memory only (like the text): ids of
 * competences they do not master (`exclude`) or hold though the text does not show them
 * (`include`), each with its text, the métier they want to reach, and where the passerelles are
 * sought (`scope`: null for the métier's own kind).
 */
let personal = null;

export async function showPasserelles(api, id) {
  const mine = ++seq;
  current = { id, full: null };
  const title = byId('passerelles-title');
  const status = byId('passerelles-status');
  const errors = byId('passerelles-error');
  const content = byId('passerelles-content');
  const back = byId('passerelles-back');
  const picked = findMatch(id);
  if (lastResult()) {
    back.href = '#/';
    back.textContent = '← Retour aux résultats';
  } else {
    back.href = `#/fiche/${encodeURIComponent(id)}`;
    back.textContent = '← Fiche du métier';
  }
  title.textContent = `Passerelles depuis « ${picked?.title ?? id} »`;
  errors.replaceChildren();
  content.replaceChildren();
  showLoading(status, 'Chargement des passerelles…', content);
  try {
    const area = await fetchPasserelles(api, id);
    if (mine !== seq) {
      return;
    }
    if (area.available) {
      if (area.origin.title) {
        title.textContent = `Passerelles depuis « ${area.origin.title} »`;
      }
      const total = area.degrees.reduce((n, d) => n + d.passerelles.length, 0);
      showStatus(status, `${plural(total, 'passerelle')} en 3 degrés.`, content);
      replace(content, personalOffer(api, id, area), areaContent(api, area));
      return;
    }
    // mobility route missing on this server: say so, then the sheet's own list
    const stated = isBranchSheetId(id) ? await referentialPasserelles(api, id) : null; // an unknown métier: its 404
    if (mine !== seq) {
      return;
    }
    if (stated?.origin.title) {
      title.textContent = `Passerelles depuis « ${stated.origin.title} »`;
    }
    showStatus(status, 'Passerelles détaillées indisponibles.', content);
    replace(content,
      h('div', { class: 'notice notice-warn', id: 'passerelles-unavailable' },
        h('p', {}, h('strong', {}, 'Passerelles détaillées indisponibles.')),
        h('p', {}, 'Ce serveur ne calcule pas encore les passerelles (module de mobilité) : les compétences manquantes '
          + 'et les passerelles calculées ne peuvent pas être affichées pour l\u2019instant.')),
      stated && stated.degrees.some((d) => d.passerelles.length)
        ? [h('h2', {}, 'Passerelles indiquées par la fiche métier'),
          h('p', { class: 'help' }, 'Telles que la fiche du référentiel les cite, par degré, sans l\u2019écart de compétences.'),
          stated.degrees.map((d) => degreeSection(api, d, false))]
        : isRomeCode(id)
          ? h('p', {}, 'Pour une fiche ROME, ', h('a', { href: `#/fiche/${encodeURIComponent(id)}` }, 'sa fiche'),
            ' liste les mobilités que propose France Travail.')
          : h('p', { class: 'empty' }, 'La fiche de ce métier ne cite pas de passerelle.'));
  } catch (error) {
    if (mine !== seq) {
      return;
    }
    showStatus(status, '', content);
    content.replaceChildren();
    showError(errors, error, {
      retry: () => showPasserelles(api, id),
      hint: error.status === 404 ? 'Vérifiez le code, ou choisissez le métier dans les Fiches métiers.' : null,
    });
  }
}

function areaContent(api, area, ctx = null) {
  return [
    h('div', { class: 'help', id: 'passerelles-help' },
      h('p', {}, 'Les passerelles sont classées par degré de mobilité : 1 approfondit les compétences déjà mises en œuvre, '
        + '2 ajoute un champ de compétences nouveau, 3 en ajoute plusieurs. Dans chaque degré, les passerelles dont les compétences '
        + 'sont le mieux couvertes viennent d\u2019abord ; les autres sont repliées.'),
      h('p', {}, 'Pour chacune, les compétences clés à acquérir (celles qui comptent le plus dans le métier visé) ; '
        + '« Voir toutes les compétences manquantes » donne la liste entière.')),
    glossary('passerelles', ['gl-coverage', 'gl-sources', 'gl-rome', 'gl-pwc', 'gl-kinds']),
    area.degrees.map((d) => degreeSection(api, d, true, ctx)),
    area.unresolved.length
      ? h('section', { class: 'sheet-section' }, h('h2', {}, 'Autres évolutions citées par le référentiel'),
        h('ul', {}, area.unresolved.map((u) => h('li', {}, u))))
      : null,
  ];
}

/**
 * After a search, the passerelles can leave out what the pasted text already shows
 * (POST /passerelles). The text is sent again, only on request; the métier stays the one chosen.
 */
function personalOffer(api, id, area) {
  const text = lastText();
  if (!text) {
    return null;
  }
  return h('div', { class: 'notice notice-info', id: 'personal-offer' },
    h('p', { id: 'personal-help' }, 'Votre texte montre peut-être déjà certaines compétences demandées : '
      + 'le service peut les retirer des compétences à acquérir.'),
    h('p', {}, h('button', {
      type: 'button',
      class: 'button small',
      id: 'personal-submit',
      'aria-describedby': 'personal-help',
      onclick: () => {
        personal = { exclude: new Map(), include: new Map(), wish: null, scope: null, focus: null };
        showPersonal(api, id, text, area);
      },
    }, 'Tenir compte de mon expérience')));
}

async function showPersonal(api, id, text, area) {
  const mine = ++seq;
  const status = byId('passerelles-status');
  const errors = byId('passerelles-error');
  const content = byId('passerelles-content');
  const state = personal;
  errors.replaceChildren();
  showLoading(status, 'Comparaison avec votre expérience…', content);
  try {
    const answer = await fetchPersonalPasserelles(api, text, {
      type: isRomeCode(id) ? 'rome' : null,
      origin: id,
      scope: state.scope,
      exclude: [...state.exclude.keys()],
      include: [...state.include.keys()],
      wish: state.wish?.id ?? null,
    });
    if (mine !== seq) {
      return;
    }
    if (!answer.available) {
      showStatus(status, 'Passerelles personnalisées indisponibles.', content);
      replace(byId('personal-offer'), h('p', { id: 'personal-unavailable' }, h('strong', {}, 'Passerelles personnalisées indisponibles : '),
        'ce serveur ne compare pas encore un texte aux passerelles.'));
      return;
    }
    // the métier the person chose stays: the server computes the gaps from it (`origin`); a server
    // that answers with the text's closest métier instead gets its evidence carried over here
    const sameOrigin = answer.closest.id === id;
    const declared = [...state.include].map(([cid, label]) => ({ id: cid, text: label }));
    const mineArea = sameOrigin ? { ...answer.area, origin: area.origin } : withEvidence(area, answer.area, declared);
    const textClosest = sameOrigin ? answer.corrections.textClosest : answer.closest;
    const shown = mineArea.degrees.reduce((n, d) => n + d.passerelles.reduce((k, p) => k + p.evidenced.length, 0), 0);
    showStatus(status, `${plural(shown, 'compétence déjà montrée', 'compétences déjà montrées')} par votre texte.`, content);
    const originTitle = area.origin.title ?? id;
    byId('passerelles-title').textContent = `Vos passerelles depuis « ${originTitle} »`;
    const closestTitle = textClosest?.title ?? textClosest?.id;
    const ctx = { api, id, text, area };
    replace(content,
      h('div', { class: 'notice notice-info', id: 'personal-note' },
        h('p', {}, 'Compétences à acquérir calculées d\u2019après votre texte : celles qu\u2019il montre déjà sont listées à part, '
          + 'avec la phrase qui les montre. Corrigez-les si besoin (« Je ne la maîtrise pas », « Je la maîtrise ») '
          + 'ou choisissez le métier que vous visez (« Je vise ce métier »).'),
        !textClosest?.id || textClosest.id === id
          ? null
          : h('p', { id: 'personal-closest' }, `Votre texte ressemble d\u2019abord à « ${closestTitle} » ; les passerelles restent celles de `
            + `« ${originTitle} », le métier que vous avez choisi. `,
          h('a', { href: `#/passerelles/${encodeURIComponent(textClosest.id)}` }, `Voir les passerelles de « ${closestTitle} »`), '.')),
      correctionsBox(ctx, state),
      answer.wish ? wishBox(ctx, answer.wish, originTitle) : null,
      scopeBox(ctx, state.scope ?? answer.scope ?? (isRomeCode(id) ? 'rome' : 'branch')),
      includeSearch(ctx),
      areaContent(api, mineArea, ctx));
    const focus = state.focus === 'scope' ? document.querySelector('#personal-scope input:checked')
      : answer.wish && state.focusWish ? byId('wish-title')
        : state.exclude.size || state.include.size ? byId('corrections-title') : byId('passerelles-title');
    focusOn(focus);
    state.focusWish = false;
    state.focus = null;
  } catch (error) {
    if (mine !== seq) {
      return;
    }
    showStatus(status, '', content);
    showError(errors, error, {
      retry: () => showPersonal(api, id, text, area),
      hint: error.status === 422 ? 'Le texte de la recherche ne suffit pas : complétez-le dans « Mon expérience ».' : null,
    });
  }
}

/** Records a correction (or undoes it) and asks again. */
function correct(ctx, kind, competence) {
  const other = kind === 'exclude' ? 'include' : 'exclude';
  if (personal[kind].has(competence.id)) {
    personal[kind].delete(competence.id);
  } else {
    personal[kind].set(competence.id, competence.text);
    personal[other].delete(competence.id);
  }
  showPersonal(ctx.api, ctx.id, ctx.text, ctx.area);
}

function wishFor(ctx, target) {
  personal.wish = target;
  personal.focusWish = Boolean(target);
  showPersonal(ctx.api, ctx.id, ctx.text, ctx.area);
}

/**
 * Where the passerelles are sought: the branch's métiers, ROME's sheets or both (POST /passerelles
 * `scope`); applied with its button, so moving through the choices with the arrows asks nothing.
 */
function scopeBox(ctx, scope) {
  const choices = [['branch', 'Les métiers de la branche'], ['rome', 'Les fiches ROME (tous secteurs)'], ['all', 'Les deux']];
  return h('form', {
    class: 'scope-choice', id: 'personal-scope',
    onsubmit: (event) => {
      event.preventDefault();
      const picked = event.target.querySelector('input:checked')?.value ?? null;
      personal.scope = picked;
      personal.focus = 'scope';
      showPersonal(ctx.api, ctx.id, ctx.text, ctx.area);
    },
  },
  h('fieldset', {},
    h('legend', {}, 'Chercher les passerelles parmi'),
    choices.map(([value, label]) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'personal-scope', value, checked: value === scope }), ` ${label}`)),
    h('button', { type: 'submit', class: 'button small', id: 'personal-scope-submit' }, 'Afficher ces passerelles')));
}

/**
 * A competence the person holds that no list shows them: any competence of any sheet, searched
 * (GET /competences), then "Je la maîtrise" sends it in `include` like the lists' buttons.
 */
function includeSearch(ctx) {
  const results = h('div', { id: 'include-results' });
  const status = h('p', { id: 'include-status', role: 'status', class: 'help' });
  const input = h('input', { type: 'search', id: 'include-q', name: 'include-q', autocomplete: 'off', 'aria-describedby': 'include-help' });
  let searches = 0;
  const search = async (event) => {
    event.preventDefault();
    const q = input.value.trim();
    const mine = ++searches;
    results.replaceChildren();
    if (!q) {
      replace(status, 'Saisissez quelques mots de la compétence.');
      input.focus();
      return;
    }
    replace(status, 'Recherche…');
    try {
      const found = await findCompetences(ctx.api, q);
      if (mine !== searches) {
        return;
      }
      if (!found.available) {
        replace(status, 'Recherche de compétences indisponible sur ce serveur.');
        return;
      }
      const held = found.competences.filter((c) => !personal.include.has(c.id));
      replace(status, held.length ? `${plural(held.length, 'compétence trouvée', 'compétences trouvées')}.`
        : `Aucune compétence trouvée pour « ${q} »${found.didYouMean ? ` ; essayez « ${found.didYouMean} »` : ''}.`);
      replace(results, held.length ? h('ul', { class: 'include-list' }, held.map((c) => h('li', { dataset: { competence: c.id } },
        c.text, ' ',
        h('span', { class: 'tag' }, [kindLabel(c.kind), c.sheets.length ? `fiche${c.sheetCount > 1 ? 's' : ''} ${c.sheets.join(', ')}`
          + (c.sheetCount > c.sheets.length ? '…' : '') : null].filter(Boolean).join(' · ')), ' ',
        h('button', {
          type: 'button', class: 'button small include-add', 'aria-label': `Je la maîtrise : ${c.text}`,
          onclick: () => correct(ctx, 'include', { id: c.id, text: c.text }),
        }, 'Je la maîtrise')))) : null);
    } catch (error) {
      if (mine === searches) {
        replace(status, error.message ?? 'La recherche a échoué.');
      }
    }
  };
  return h('section', { class: 'sheet-section', id: 'include-search', 'aria-labelledby': 'include-title' },
    h('h2', { id: 'include-title' }, 'Une compétence que vous maîtrisez n\u2019apparaît dans aucune liste ?'),
    h('form', { class: 'include-form', onsubmit: search },
      h('label', { for: 'include-q', class: 'label' }, 'Chercher une compétence'),
      h('p', { class: 'help', id: 'include-help' }, 'Quelques mots, par exemple « billetterie » ou « tutorat » : '
        + 'choisissez-la dans la liste, elle sera comptée comme acquise dans toutes vos passerelles.'),
      h('div', { class: 'search-row' }, input, h('button', { type: 'submit', class: 'button small', id: 'include-submit' }, 'Chercher'))),
    status, results);
}

/** What the person said, each correction with a button to undo it. */
function correctionsBox(ctx, state) {
  const rows = [
    ...[...state.exclude].map(([cid, label]) => ({ kind: 'exclude', id: cid, text: label, said: 'je ne la maîtrise pas' })),
    ...[...state.include].map(([cid, label]) => ({ kind: 'include', id: cid, text: label, said: 'je la maîtrise' })),
  ];
  if (!rows.length) {
    return null;
  }
  return h('section', { class: 'sheet-section', id: 'corrections', 'aria-labelledby': 'corrections-title' },
    h('h2', { id: 'corrections-title', tabindex: '-1' }, `Vos corrections (${rows.length})`),
    h('ul', {}, rows.map((r) => h('li', { dataset: { competence: r.id, correction: r.kind } }, `${r.text} : ${r.said} `,
      h('button', { type: 'button', class: 'button small', 'aria-label': `Annuler : ${r.text}`, onclick: () => correct(ctx, r.kind, r) }, 'Annuler')))));
}

/** The métier the person wants to reach: the direct move's key gaps and the shortest path by degree. */
function wishBox(ctx, wish, originTitle) {
  const title = wish.target?.title ?? wish.target?.id ?? '';
  return h('section', { class: 'notice notice-info wish', id: 'wish', 'aria-labelledby': 'wish-title' },
    h('h2', { id: 'wish-title', tabindex: '-1' }, `Votre objectif : « ${title} »`),
    h('p', {}, wish.amongPasserelles
      ? `C\u2019est une passerelle depuis « ${originTitle} ».`
      : `Ce n\u2019est pas une passerelle directe depuis « ${originTitle} ».`),
    wish.path.length
      ? [h('p', {}, `Le chemin le plus court depuis « ${originTitle} » : ${plural(wish.path.length, 'étape')}, `
          + `${plural(wish.pathDegree ?? 0, 'degré')} en tout.`),
        h('ol', { class: 'wish-path' }, wish.path.map((step) => h('li', {},
          `${step.from?.title ?? step.from?.id} → ${step.to?.title ?? step.to?.id} (degré ${step.degree}, ${sourceLabel(step.source).toLowerCase()})`)))]
      : h('p', { class: 'empty' }, 'Aucun chemin de passerelles (trois étapes au plus) ne mène à ce métier.'),
    wish.move && wish.move.missing.length
      ? [h('h3', {}, `Pour y aller directement : ${plural(wish.move.missing.length, 'compétence clé', 'compétences clés')} à acquérir`
          + `${wish.move.missingCount > wish.move.missing.length ? ` sur ${wish.move.missingCount}` : ''}`),
        competenceGroups(groupByField(wish.move.missing, true), false, null)]
      : null,
    h('p', {}, h('button', { type: 'button', class: 'button small', id: 'wish-clear', onclick: () => wishFor(ctx, null) }, 'Retirer cet objectif')));
}

/** Called by the router after the view is shown. */
export function focusPasserelles() {
  focusOn(byId('passerelles-title'));
}

function degreeSection(api, d, computedGaps, ctx = null) {
  const headingId = `degree-${d.degree}-title${computedGaps ? '' : '-stated'}`;
  const cards = d.passerelles.map((p, i) => h('li', {}, passerelleCard(api, p, d.degree, i === 0, ctx)));
  const shown = cards.slice(0, SHOWN_PER_DEGREE);
  const folded = cards.slice(SHOWN_PER_DEGREE);
  return h('section', { class: 'degree', 'aria-labelledby': headingId, dataset: { degree: String(d.degree) } },
    h('h2', { id: headingId }, h('span', { class: 'degree-number' }, `Degré ${d.degree}`), ` — ${d.label}`),
    d.passerelles.length
      ? [h('ol', { class: 'passerelle-list' }, shown),
        folded.length
          ? h('details', { class: 'more-passerelles' },
            h('summary', {}, `Voir les ${plural(folded.length, 'autre passerelle', 'autres passerelles')} de ce degré`),
            h('ol', { class: 'passerelle-list', start: String(SHOWN_PER_DEGREE + 1) }, folded))
          : null]
      : h('p', { class: 'empty' }, 'Aucune passerelle de ce degré.'));
}

function passerelleCard(api, p, degree, first, ctx = null) {
  const titleText = p.targetTitle || p.statedText || 'Métier sans code';
  return h('article', { class: 'passerelle', dataset: { target: p.targetId ?? '', source: p.source } },
    h('h3', {}, p.targetId ? h('a', { href: `#/fiche/${encodeURIComponent(p.targetId)}` }, titleText) : titleText),
    h('p', { class: 'meta' },
      h('span', { class: `badge badge-${p.source}` }, sourceLabel(p.source)),
      p.targetId ? typeBadge(p.targetType) : null,
      p.targetId ? h('span', {}, `code ${p.targetId}`) : null,
      p.area ? h('span', {}, p.area) : null,
      p.gapKnown && Number.isFinite(p.coverage)
        ? h('span', { class: 'coverage' }, `compétences déjà couvertes : ${formatPercent(p.coverage)}`)
        : null),
    p.regulation ? h('p', { class: 'notice notice-warn regulation' }, h('strong', {}, 'Profession réglementée : '),
      `${p.regulation}. Il faut le diplôme exigé : ce n\u2019est pas une mobilité ordinaire.`) : null,
    p.classification === 'violated'
      ? h('p', { class: 'help step-down' }, 'Classification inférieure à celle du métier de départ (la branche ne prévoit que des mobilités vers une classification égale ou supérieure).')
      : null,
    p.degreeContradicted && p.statedDegree && p.computedDegree
      ? h('p', { class: 'help' }, `Le référentiel cite cette passerelle au degré ${p.statedDegree} ; l\u2019écart mesuré correspond plutôt au degré ${p.computedDegree}.`)
      : null,
    p.statedText && p.statedText !== titleText ? h('p', { class: 'help' }, `Cité par le référentiel : « ${p.statedText} »`) : null,
    exposureLine(p.aiExposure),
    p.newFields.length
      ? h('div', {}, h('p', { class: 'tag' }, 'Champs de compétences nouveaux :'),
        h('ul', { class: 'fields' }, p.newFields.map((f) => h('li', {}, f.label))))
      : null,
    missingBlock(api, p, degree, first, ctx),
    prerequisiteBlock(p),
    p.evidenced?.length ? h('details', { class: 'missing evidenced' },
      h('summary', {}, `Déjà montrées par votre texte : ${p.evidenced.length}`),
      h('ul', {}, p.evidenced.map((e) => h('li', { dataset: { competence: e.id ?? '' } }, e.text,
        e.sentence ? [' ', h('span', { class: 'tag' }, `← « ${e.sentence.trim()} »`)] : null,
        e.declared ? [' ', h('span', { class: 'tag' }, '(vous l\u2019avez indiquée)')] : null,
        ctx && e.id && !e.declared ? [' ', h('button', {
          type: 'button', class: 'button small exclude', 'aria-label': `Je ne la maîtrise pas : ${e.text}`,
          onclick: () => correct(ctx, 'exclude', { id: e.id, text: e.text }),
        }, 'Je ne la maîtrise pas')] : null)))) : null,
    ctx && p.targetId && p.gapKnown ? h('p', {}, h('button', {
      type: 'button', class: 'button small wish-button', 'aria-label': `Je vise ce métier : ${titleText}`,
      onclick: () => wishFor(ctx, { id: p.targetId, title: titleText }),
    }, 'Je vise ce métier')) : null);
}

function missingBlock(api, p, degree, open, ctx = null) {
  if (!p.gapKnown) {
    return h('p', { class: 'empty gap-unknown' }, 'Écart de compétences non calculé pour cette passerelle : '
      + 'le service n\u2019a pas de description du métier visé à comparer (ni fiche de la branche, ni fiche ROME).');
  }
  if (!p.missing.length && !p.missingCount) {
    return h('p', { class: 'empty' }, 'Aucune compétence à acquérir : le métier de départ couvre celles de la cible.');
  }
  const more = (p.missingCount ?? 0) > p.missing.length;
  const groups = groupByField(p.missing, more);
  const list = h('div', { class: 'missing-list' }, competenceGroups(groups, false, ctx));
  const details = h('details', { class: 'missing', open: open || null },
    h('summary', {}, more
      ? `Compétences clés à acquérir : ${p.missing.length} sur ${p.missingCount}`
      : `Compétences à acquérir ou approfondir : ${p.missing.length}, en ${plural(groups.length, 'champ')}`),
    list);
  if (more) {
    const button = h('button', { type: 'button', class: 'button small show-all' }, `Voir toutes les compétences manquantes (${p.missingCount})`);
    button.addEventListener('click', () => showAll(api, p, degree, details, list, button));
    details.append(h('p', {}, button));
  }
  return details;
}

/** Missing competences by group; in the personal view (`ctx`), each with "Je la maîtrise" (include). */
function competenceGroups(groups, markKey, ctx = null) {
  return groups.map((g) => h('div', { class: 'field-group' },
    h('h4', {}, g.field ? g.field.label : 'Compétences non classées', ` (${g.competences.length})`),
    h('ul', {}, g.competences.map((c) => h('li', { class: markKey && c.key ? 'key' : null, dataset: { competence: c.id ?? '' } },
      c.text, ' ',
      h('span', { class: 'tag' }, [markKey && c.key ? 'clé' : null, kindLabel(c.kind), actionLabel(c.action)].filter(Boolean).join(' · ')),
      ctx && c.id ? [' ', h('button', {
        type: 'button', class: 'button small include', 'aria-label': `Je la maîtrise : ${c.text}`,
        onclick: () => correct(ctx, 'include', { id: c.id, text: c.text }),
      }, 'Je la maîtrise')] : null)))));
}

/** "Voir tout": the full missing list of this move (one full answer per view, fetched once). */
async function showAll(api, p, degree, details, list, button) {
  const id = current.id;
  if (button.getAttribute('aria-disabled') === 'true') {
    return;
  }
  button.setAttribute('aria-disabled', 'true');
  button.textContent = 'Chargement de la liste complète…';
  try {
    current.full ??= fetchPasserelles(api, id, true);
    const full = await current.full;
    if (current.id !== id || !details.isConnected) {
      return;
    }
    const all = full.degrees.find((d) => d.degree === degree)?.passerelles.find((x) => x.targetId === p.targetId);
    if (!all) {
      throw new Error('passerelle absente de la liste complète');
    }
    const shown = new Set(p.evidenced.map((e) => e.id));
    const missing = all.missing.filter((c) => !shown.has(c.id));
    const groups = groupByField(missing);
    details.querySelector('summary').textContent = `Toutes les compétences à acquérir ou approfondir : ${missing.length}, en ${plural(groups.length, 'champ')} (les clés en premier dans chaque champ)`;
    for (const g of groups) {
      g.competences.sort((a, b) => Number(b.key) - Number(a.key));
    }
    const heading = h('p', { class: 'tag', tabindex: '-1' }, `Liste complète : ${plural(missing.length, 'compétence')}.`);
    replace(list, heading, competenceGroups(groups, true));
    // the full answer lists every diploma too
    const prerequisites = details.closest('.passerelle')?.querySelector('details.prerequisites');
    if (prerequisites && all.prerequisites.length) {
      prerequisites.replaceWith(prerequisiteBlock(all));
    }
    button.closest('p').remove();
    heading.focus();
  } catch (error) {
    current.full = null;
    button.removeAttribute('aria-disabled');
    button.textContent = `Voir toutes les compétences manquantes (${p.missingCount})`;
    if (error.status !== undefined) {
      showError(byId('passerelles-error'), error);
    } else {
      showError(byId('passerelles-error'), { message: 'La liste complète de cette passerelle est indisponible.' });
    }
  }
}

function prerequisiteBlock(p) {
  if (!p.prerequisiteCount && !p.prerequisites.length) {
    return null;
  }
  return h('details', { class: 'missing prerequisites' },
    h('summary', {}, `Diplômes et certifications cités par le métier visé : ${p.prerequisiteCount}`),
    h('p', { class: 'help' }, 'Des titres qui ouvrent ce métier, cités à part : ce ne sont pas des compétences à acquérir une à une.'),
    h('ul', {}, p.prerequisites.map((c) => h('li', {}, c.text))),
    p.prerequisiteCount > p.prerequisites.length
      ? h('p', { class: 'tag' }, `Les ${p.prerequisites.length} plus cités sur ${p.prerequisiteCount}.`)
      : null);
}
