// The passerelles of one métier by degree (1, 2, 3): each target with its source, its exposure
// to generative AI and the competences it asks, grouped by field. Reads the mobility route through
// the adapter; while the route is missing, says so and shows the moves the métier's sheet states.

import {
  fetchPasserelles, fetchPersonalPasserelles, groupByField, isBranchSheetId, isRomeCode, referentialPasserelles,
} from '../adapters.js';
import { byId, focusOn, h, replace } from '../dom.js';
import { actionLabel, formatPercent, kindLabel, plural, sourceLabel } from '../format.js';
import { exposureLine, showError, showLoading, showStatus, typeBadge } from '../ui.js';
import { findMatch, lastResult, lastText } from './experience.js';

let seq = 0;

export async function showPasserelles(api, id) {
  const mine = ++seq;
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
      replace(content, personalOffer(api, id), areaContent(area));
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
          stated.degrees.map((d) => degreeSection(d, false))]
        : isRomeCode(id)
          ? h('p', {}, 'Pour une fiche ROME, ', h('a', { href: `#/fiche/${encodeURIComponent(id)}` }, 'sa fiche'),
            ' liste les mobilités que propose France Travail.')
          : h('p', { class: 'empty' }, 'La fiche de ce métier ne cite pas de passerelle.'));
  } catch (error) {
    if (mine !== seq) {
      return;
    }
    showStatus(status, '', content);
    showError(errors, error, { retry: () => showPasserelles(api, id) });
  }
}

function areaContent(area) {
  return [
    h('p', { class: 'help' }, 'Les passerelles sont classées par degré de mobilité : 1 approfondit les compétences déjà mises en œuvre, '
      + '2 ajoute un champ de compétences nouveau, 3 en ajoute plusieurs.'),
    area.degrees.map((d) => degreeSection(d, true)),
    area.unresolved.length
      ? h('section', { class: 'sheet-section' }, h('h2', {}, 'Autres évolutions citées par le référentiel'),
        h('ul', {}, area.unresolved.map((u) => h('li', {}, u))))
      : null,
  ];
}

/**
 * After a search, the passerelles can leave out what the pasted text already shows
 * (POST /passerelles, the métier closest to the text). The text is sent again, only on request.
 */
function personalOffer(api, id) {
  const text = lastText();
  if (!text) {
    return null;
  }
  const box = h('div', { class: 'notice notice-info', id: 'personal-offer' },
    h('p', { id: 'personal-help' }, 'Votre texte montre peut-être déjà certaines compétences demandées : '
      + 'le service peut les retirer des compétences à acquérir.'),
    h('p', {}, h('button', {
      type: 'button',
      class: 'button small',
      id: 'personal-submit',
      'aria-describedby': 'personal-help',
      onclick: () => showPersonal(api, id, text),
    }, 'Tenir compte de mon expérience')));
  return box;
}

async function showPersonal(api, id, text) {
  const mine = ++seq;
  const status = byId('passerelles-status');
  const errors = byId('passerelles-error');
  const content = byId('passerelles-content');
  errors.replaceChildren();
  showLoading(status, 'Comparaison avec votre expérience…', content);
  try {
    const personal = await fetchPersonalPasserelles(api, text);
    if (mine !== seq) {
      return;
    }
    if (!personal.available) {
      showStatus(status, 'Passerelles personnalisées indisponibles.', content);
      replace(byId('personal-offer'), h('p', { id: 'personal-unavailable' }, h('strong', {}, 'Passerelles personnalisées indisponibles : '),
        'ce serveur ne compare pas encore un texte aux passerelles.'));
      return;
    }
    const shown = personal.area.degrees.reduce((n, d) => n + d.passerelles.reduce((k, p) => k + p.evidenced.length, 0), 0);
    showStatus(status, `${plural(shown, 'compétence déjà montrée', 'compétences déjà montrées')} par votre texte.`, content);
    byId('passerelles-title').textContent = `Vos passerelles depuis « ${personal.closest.title ?? personal.closest.id} »`;
    replace(content,
      h('div', { class: 'notice notice-info', id: 'personal-note' },
        h('p', {}, 'Compétences à acquérir calculées d\u2019après votre texte : celles qu\u2019il montre déjà sont listées à part, '
          + 'avec la phrase qui les montre.'),
        personal.closest.id && personal.closest.id !== id
          ? h('p', {}, `Votre texte est d\u2019abord proche de « ${personal.closest.title ?? personal.closest.id} » : `
            + 'les passerelles partent de ce métier.')
          : null),
      areaContent(personal.area));
    focusOn(byId('passerelles-title'));
  } catch (error) {
    if (mine !== seq) {
      return;
    }
    showStatus(status, '', content);
    showError(errors, error, { retry: () => showPersonal(api, id, text) });
  }
}

/** Called by the router after the view is shown. */
export function focusPasserelles() {
  focusOn(byId('passerelles-title'));
}

function degreeSection(d, computedGaps) {
  const headingId = `degree-${d.degree}-title${computedGaps ? '' : '-stated'}`;
  return h('section', { class: 'degree', 'aria-labelledby': headingId, dataset: { degree: String(d.degree) } },
    h('h2', { id: headingId }, h('span', { class: 'degree-number' }, `Degré ${d.degree}`), ` — ${d.label}`),
    d.passerelles.length
      ? h('ol', { class: 'passerelle-list' }, d.passerelles.map((p, i) => h('li', {}, passerelleCard(p, i === 0))))
      : h('p', { class: 'empty' }, 'Aucune passerelle de ce degré.'));
}

function passerelleCard(p, first) {
  const titleText = p.targetTitle || p.statedText || 'Métier sans code';
  return h('article', { class: 'passerelle', dataset: { target: p.targetId ?? '' } },
    h('h3', {}, p.targetId ? h('a', { href: `#/fiche/${encodeURIComponent(p.targetId)}` }, titleText) : titleText),
    h('p', { class: 'meta' },
      h('span', { class: `badge badge-${p.source}` }, sourceLabel(p.source)),
      p.targetId ? typeBadge(p.targetType) : null,
      p.targetId ? h('span', {}, `code ${p.targetId}`) : null,
      p.area ? h('span', {}, p.area) : null,
      Number.isFinite(p.coverage) ? h('span', {}, `compétences déjà couvertes : ${formatPercent(p.coverage)}`) : null),
    p.statedText && p.statedText !== titleText ? h('p', { class: 'help' }, `Cité par le référentiel : « ${p.statedText} »`) : null,
    exposureLine(p.aiExposure),
    p.newFields.length
      ? h('div', {}, h('p', { class: 'tag' }, 'Champs de compétences nouveaux :'),
        h('ul', { class: 'fields' }, p.newFields.map((f) => h('li', {}, f.label))))
      : null,
    missingBlock(p, first),
    p.evidenced?.length ? h('details', { class: 'missing evidenced' },
      h('summary', {}, `Déjà montrées par votre texte : ${p.evidenced.length}`),
      h('ul', {}, p.evidenced.map((e) => h('li', {}, e.text,
        e.sentence ? [' ', h('span', { class: 'tag' }, `← « ${e.sentence.trim()} »`)] : null)))) : null);
}

function missingBlock(p, open) {
  if (!p.gapKnown) {
    return h('p', { class: 'empty' }, 'Écart de compétences non calculé pour cette passerelle.');
  }
  if (!p.missing.length) {
    return h('p', { class: 'empty' }, 'Aucune compétence à acquérir : le métier de départ couvre celles de la cible.');
  }
  const groups = groupByField(p.missing);
  return h('details', { class: 'missing', open: open || null },
    h('summary', {}, `Compétences à acquérir ou approfondir : ${p.missing.length}, en ${plural(groups.length, 'champ')}`),
    groups.map((g) => h('div', { class: 'field-group' },
      h('h4', {}, g.field ? g.field.label : 'Compétences non classées', ` (${g.competences.length})`),
      h('ul', {}, g.competences.map((c) => h('li', {},
        c.text, ' ',
        h('span', { class: 'tag' }, [kindLabel(c.kind), actionLabel(c.action)].filter(Boolean).join(' · '))))))));
}
