// Passerelles web page: one HTML page, views switched by the address's fragment.
//   #/                       Mon expérience (pasted text → closest métiers with evidence)
//   #/passerelles/{id}       passerelles of a métier by degree
//   #/recruteur[?q=…&items=competences&type=branch|rome&family=01|K&page=2]  competence → métiers and ROME sheets
//   #/fiches                 the branch's métiers
//   #/fiche/{id}[?version=1] one sheet (0102, 0104-03, 0102-v2, K1304); version=1: the 2009 sheet
// The pasted text never goes in the address, in storage or in a log.

import { createApi } from './api.js';
import { byId, focusOn } from './dom.js';
import { initExperience, renderResults } from './views/experience.js';
import { focusPasserelles, showPasserelles } from './views/passerelles.js';
import { initRecruiter, showRecruiter } from './views/recruiter.js';
import { focusSheet, initSheets, showSheet, showSheetList } from './views/sheets.js';

const api = createApi();
const TITLE = 'Passerelles';
const VIEWS = ['experience', 'passerelles', 'recruteur', 'fiches', 'fiche'];
const NAV = { experience: 'experience', passerelles: 'experience', recruteur: 'recruteur', fiches: 'fiches', fiche: 'fiches' };

function show(view, title) {
  for (const v of VIEWS) {
    byId(`view-${v}`).hidden = v !== view;
  }
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === NAV[view]) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  }
  document.title = title ? `${title} — ${TITLE}` : `${TITLE} — métiers et mobilités de la branche Assistance`;
}

function parse(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { parts, params: new URLSearchParams(query) };
}

let firstRoute = true;

async function route() {
  const hash = location.hash;
  if (hash && !hash.startsWith('#/')) {
    return; // an in-page anchor, not a view
  }
  const moveFocus = !firstRoute;
  firstRoute = false;
  const { parts, params } = parse(hash || '#/');
  const [head, id] = parts;
  switch (head) {
    case undefined:
      show('experience');
      renderResults();
      if (moveFocus) {
        focusOn(document.getElementById('results-title') ?? byId('experience-title'));
      }
      break;
    case 'passerelles':
      show('passerelles', 'Passerelles');
      if (moveFocus) {
        focusPasserelles();
      }
      await showPasserelles(api, id ?? '');
      break;
    case 'recruteur': {
      show('recruteur', 'Recruteur');
      const q = params.get('q');
      if (!(await showRecruiter(api, params)) && moveFocus && !q) {
        focusOn(byId('recruteur-title'));
      }
      break;
    }
    case 'fiches':
      show('fiches', 'Fiches métiers');
      if (moveFocus) {
        focusOn(byId('fiches-title'));
      }
      await showSheetList(api);
      break;
    case 'fiche':
      show('fiche', `Fiche ${id ?? ''}`);
      if (moveFocus) {
        focusSheet();
      }
      await showSheet(api, id ?? '', params.get('version'));
      break;
    default:
      location.replace('#/');
  }
  document.documentElement.dataset.view = head ?? 'experience';
}

function init() {
  initExperience(api);
  initRecruiter();
  initSheets();
  const skip = document.querySelector('[data-skip]');
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    focusOn(byId('main'));
  });
  window.addEventListener('hashchange', () => route());
  route();
  document.documentElement.dataset.ready = 'true';
}

init();
