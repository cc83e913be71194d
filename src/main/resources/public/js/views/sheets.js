// Sheets: the list of the branch's métiers by family, and one sheet in full (a branch métier, a
// specialist sheet or a ROME sheet).

import { fetchCatalog, fetchSheet, isBranchSheetId, isRomeCode } from '../adapters.js';
import { byId, focusOn, h, replace } from '../dom.js';
import { formatInteger, formatNumber, frequencyLabel, kindLabel, situationLabel } from '../format.js';
import { exposureLine, showError, showLoading, showStatus } from '../ui.js';

let seq = 0;

export function initSheets() {
  const form = byId('rome-form');
  const input = byId('rome-code');
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = input.value.trim().toUpperCase();
    if (!isRomeCode(code)) {
      input.setAttribute('aria-invalid', 'true');
      showError(byId('fiches-error'), { message: 'Code ROME invalide : une lettre de A à N puis quatre chiffres, par exemple K1304.' });
      input.focus();
      return;
    }
    location.hash = `#/fiche/${code}`;
  });
}

/** The 39 métiers of the branch, by family, each linking to its sheet. */
export async function showSheetList(api) {
  const content = byId('fiches-content');
  const status = byId('fiches-status');
  const errors = byId('fiches-error');
  errors.replaceChildren();
  if (content.childElementCount) {
    return;
  }
  showLoading(status, 'Chargement des métiers…', content);
  try {
    const catalog = await fetchCatalog(api);
    const families = new Map();
    for (const m of catalog.items) {
      const key = m.family?.code ?? '';
      if (!families.has(key)) {
        families.set(key, { title: m.family?.title ?? 'Autres', items: [] });
      }
      families.get(key).items.push(m);
    }
    showStatus(status, '', content);
    replace(content,
      h('h2', {}, `Les ${formatInteger(catalog.items.length)} métiers de la branche`),
      [...families.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, f]) => h('section', { class: 'family', 'aria-labelledby': `family-${code}` },
        h('h3', { id: `family-${code}` }, `${code} — ${f.title}`),
        h('ul', {}, f.items.map((m) => h('li', {},
          h('a', { href: `#/fiche/${m.code}`, dataset: { code: m.code } }, m.title),
          m.hasSheet ? null : h('span', { class: 'tag' }, ' (sans fiche)')))))));
  } catch (error) {
    showStatus(status, '', content);
    showError(errors, error, { retry: () => showSheetList(api) });
  }
}

export async function showSheet(api, id, version = null) {
  const mine = ++seq;
  const title = byId('fiche-title');
  const status = byId('fiche-status');
  const errors = byId('fiche-error');
  const content = byId('fiche-content');
  title.textContent = `Fiche ${id}`;
  errors.replaceChildren();
  content.replaceChildren();
  showLoading(status, 'Chargement de la fiche…', content);
  try {
    const found = await fetchSheet(api, id, version);
    if (mine !== seq) {
      return;
    }
    showStatus(status, '', content);
    if (found.kind === 'unknown') {
      showError(errors, { message: `Identifiant de fiche invalide : « ${id} ». Un métier de la branche a un code à 4 chiffres (0102), une fiche ROME une lettre et 4 chiffres (K1304).` });
      return;
    }
    if (found.kind === 'rome') {
      if (!found.available) {
        title.textContent = `Fiche ROME ${id}`;
        replace(content, h('div', { class: 'notice notice-warn', id: 'rome-unavailable' },
          h('p', {}, h('strong', {}, 'Fiches ROME indisponibles.')),
          h('p', {}, 'Ce serveur ne sert pas encore les fiches ROME.')));
        return;
      }
      renderRome(title, content, found.rome);
      return;
    }
    renderBranch(title, content, found, await fetchCatalog(api).catch(() => null));
  } catch (error) {
    if (mine !== seq) {
      return;
    }
    showStatus(status, '', content);
    title.textContent = `Fiche ${id}`;
    showError(errors, error, { retry: () => showSheet(api, id, version) });
  }
}

export function focusSheet() {
  focusOn(byId('fiche-title'));
}

function facts(rows) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length));
  return h('dl', { class: 'sheet-facts' }, shown.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function section(titleText, ...children) {
  const flat = children.flat().filter(Boolean);
  if (!flat.length) {
    return null;
  }
  return h('section', { class: 'sheet-section' }, h('h2', {}, titleText), flat);
}

function bullets(items) {
  return items?.length ? h('ul', {}, items.map((t) => h('li', {}, t))) : null;
}

function groupBy(items, key) {
  const groups = new Map();
  for (const it of items) {
    const k = key(it) ?? '';
    if (!groups.has(k)) {
      groups.set(k, []);
    }
    groups.get(k).push(it);
  }
  return [...groups];
}

function romeLinks(sheets) {
  return sheets.length
    ? sheets.map((r, i) => [i ? ', ' : '', h('a', { href: `#/fiche/${r.code}` }, r.title ? `${r.title} (${r.code})` : r.code)])
    : null;
}

function renderBranch(title, content, { metier, sheet, versions, romeSheets }, catalog) {
  const m = metier ?? (sheet ? catalog?.byCode.get(sheet.metierCode) : null);
  title.textContent = sheet?.title ?? m?.title ?? 'Fiche métier';
  const link2024 = m?.metier2024;
  const passerellesId = sheet?.parentSheetId ? sheet.id : (m?.code ?? sheet?.metierCode);
  replace(content,
    facts([
      ['Code', sheet ? sheet.id : m?.code],
      ['Famille', m?.family ? `${m.family.code} — ${m.family.title}` : null],
      ['Métier 2024', link2024 ? `${link2024.title} (${link2024.id})${link2024.core ? ', cœur de métier de la branche' : ''}` : null],
      ['Effectif (2009)', m && m.headcount ? `${formatInteger(m.headcount)} personnes, ${formatNumber(m.headcountPercent)} % de la branche` : null],
      ['Fiches ROME', romeLinks(romeSheets?.length ? romeSheets : (m?.romeCodes ?? []).map((code) => ({ code, title: null })))],
      ['Formation', Number.isFinite(sheet?.trainingLevel) ? `niveau ${sheet.trainingLevel} au moins` : null],
      ['Fiche mère', sheet?.parentSheetId ? h('a', { href: `#/fiche/${sheet.parentSheetId}` }, sheet.parentSheetId) : null],
    ]),
    m ? exposureLine(link2024?.aiExposure ?? null,
      link2024 ? null : 'pas de correspondance dans la nomenclature 2024, qui porte les scores') : null,
    versions?.length > 1
      ? h('nav', { 'aria-label': 'Versions de la fiche' }, h('ul', { class: 'versions' }, versions.map((v) => h('li', {},
        v.id === sheet?.id
          ? h('span', { class: 'badge badge-branch', 'aria-current': 'page' }, `${v.version === 1 ? 'Cartographie 2009' : 'Fiche actuelle'} (affichée)`)
          : h('a', { class: 'button small', href: `#/fiche/${m?.code ?? sheet.metierCode}${v.current ? '' : `?version=${v.version}`}` },
            v.version === 1 ? 'Voir la cartographie 2009' : 'Voir la fiche actuelle')))))
      : null,
    h('p', { class: 'actions' }, (sheet || m) && isBranchSheetId(passerellesId)
      ? h('a', { class: 'button primary', href: `#/passerelles/${encodeURIComponent(passerellesId)}` }, 'Voir les passerelles')
      : null),
    sheet ? null : h('p', { class: 'notice notice-info' }, 'Aucune fiche du référentiel ne décrit ce métier ; voyez ses fiches ROME.'),
    sheet?.subSheets?.length ? section('Fiches spécialisées', h('ul', {}, sheet.subSheets.map((s) => h('li', {}, h('a', { href: `#/fiche/${s.id}` }, s.title))))) : null,
    sheet?.otherNames?.length ? section('Autres appellations', bullets(sheet.otherNames)) : null,
    sheet?.mission ? section('Mission', h('p', {}, sheet.mission)) : null,
    sheet?.activities?.length ? section('Activités', groupBy(sheet.activities, (a) => a.block).map(([block, acts]) => [
      block ? h('h3', {}, block) : null,
      h('ul', {}, acts.map((a) => h('li', { dataset: { id: a.id } }, a.text,
        a.frequency ? [' ', h('span', { class: 'tag' }, `(${frequencyLabel(a.frequency)})`)] : null,
        a.children?.length ? bullets(a.children.map((c) => c.text)) : null))),
    ])) : null,
    sheet?.competences?.length ? section('Compétences', groupBy(sheet.competences, (c) => c.kind).map(([kind, items]) => [
      h('h3', {}, kindLabel(kind) || 'Compétences'),
      h('ul', {}, items.map((c) => h('li', { dataset: { id: c.id } }, c.text,
        c.situation ? [' ', h('span', { class: 'tag' }, `(${situationLabel(c.situation)})`)] : null))),
    ])) : null,
    sheet?.aptitudes?.length ? section('Aptitudes', bullets(sheet.aptitudes)) : null,
    sheet?.workingConditions?.length ? section('Conditions de travail', bullets(sheet.workingConditions)) : null,
    sheet?.training?.length || sheet?.certifications?.length
      ? section('Formation', bullets(sheet.training), bullets(sheet.certifications)) : null,
    sheet?.evolutions?.length || sheet?.evolutionWithin?.length
      ? section('Évolutions', bullets(sheet.evolutionWithin), h('ul', {}, (sheet.evolutions ?? []).map((e) => h('li', {},
        e.targetCode ? h('a', { href: `#/fiche/${e.targetCode}` }, e.text) : e.text)))) : null,
    sheet?.passerelles?.length ? section('Passerelles citées par la fiche', h('ul', {}, sheet.passerelles.map((p) => h('li', {},
      h('span', { class: 'degree-number' }, `Degré ${p.degree}`), ' — ',
      p.targetCode ? h('a', { href: `#/fiche/${p.targetCode}` }, p.text) : p.text,
      p.area ? [' ', h('span', { class: 'tag' }, `(${p.area})`)] : null)))) : null);
}

function renderRome(title, content, r) {
  title.textContent = `${r.title} (${r.code})`;
  const shownAppellations = r.appellations.slice(0, 15);
  replace(content,
    facts([
      ['Code ROME', r.code],
      ['Domaine', [r.grandDomain, r.domain].filter(Boolean).join(' › ')],
      ['Métiers de la branche', r.branchMetiers.length
        ? r.branchMetiers.map((b, i) => [i ? ', ' : '', h('a', { href: `#/fiche/${b.id}` }, b.title)]) : null],
      ['Version du ROME', r.release],
    ]),
    h('p', { class: 'actions' },
      h('a', { class: 'button primary', href: `#/passerelles/${encodeURIComponent(r.code)}` }, 'Voir les passerelles')),
    section('Définition', r.definition.map((p) => h('p', {}, p))),
    section('Accès au métier', r.access.map((p) => h('p', {}, p))),
    shownAppellations.length ? section('Appellations', bullets(shownAppellations),
      r.appellations.length > shownAppellations.length ? h('p', { class: 'tag' }, `et ${formatInteger(r.appellations.length - shownAppellations.length)} autres`) : null) : null,
    r.competences.length ? section('Compétences', r.competences.map((g) => [
      h('h3', {}, `${g.label} (${g.items.length})`),
      h('ul', {}, g.items.map((c) => h('li', {}, c.text,
        c.core ? [' ', h('span', { class: 'tag' }, '(cœur de métier)')] : null,
        c.emerging ? [' ', h('span', { class: 'tag' }, '(émergente)')] : null))),
    ])) : null,
    r.workContexts.length ? section('Contextes de travail', r.workContexts.map((w) => [h('h3', {}, w.type), bullets(w.labels)])) : null,
    r.mobility.length ? section('Mobilités proposées par le ROME', h('ul', {}, r.mobility.map((m) => h('li', {},
      h('a', { href: `#/fiche/${m.code}` }, m.title ? `${m.title} (${m.code})` : m.code))))) : null);
}
