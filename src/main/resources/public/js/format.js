// French wording of the API's codes, and number formats.

const number2 = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

export const formatNumber = (n) => (Number.isFinite(n) ? number2.format(n) : '—');
export const formatInteger = (n) => (Number.isFinite(n) ? integer.format(n) : '—');
export const formatPercent = (n) => (Number.isFinite(n) ? percent.format(n) : '—');

/** "1 caractère", "12 345 caractères" */
export function characters(n) {
  return `${formatInteger(n)} caractère${n > 1 ? 's' : ''}`;
}

/** "1 métier", "3 métiers" */
export function plural(n, one, many = `${one}s`) {
  return `${formatInteger(n)} ${n > 1 ? many : one}`;
}

const KINDS = {
  'savoir-faire': 'Savoir-faire',
  'savoir-etre': 'Savoir-être',
  'savoir-être': 'Savoir-être',
  savoir: 'Savoir',
  savoirs: 'Savoir',
  langue: 'Langue',
};
export const kindLabel = (k) => KINDS[k] ?? (k ? String(k) : '');

const FREQUENCIES = { majority: 'majoritaire', frequent: 'fréquente', rare: 'rare' };
export const frequencyLabel = (f) => FREQUENCIES[f] ?? f ?? '';

const SITUATIONS = { majority: 'demandée dans tous les postes', specific: 'demandée dans certains postes seulement' };
export const situationLabel = (s) => SITUATIONS[s] ?? s ?? '';

/** Qualifier of an evidence item: frequency of an activity or situation of a competence. */
export function qualifierLabel(type, q) {
  return type === 'activity' ? (q ? `activité ${frequencyLabel(q)}` : 'activité') : situationLabel(q);
}

export const typeLabel = (t) => (t === 'rome' ? 'Fiche ROME' : 'Métier de la branche');
export const itemTypeLabel = (t) => (t === 'activity' ? 'Activité' : 'Compétence');

export const DEGREE_LABELS = {
  1: 'Approfondissement des compétences',
  2: "Acquisition d'un champ de compétences nouveau (technique ou managérial)",
  3: 'Acquisition de plusieurs champs de compétences nouveaux',
};

const ACTIONS = { deepen: 'à approfondir', acquire: 'à acquérir', shared: 'déjà acquise' };
export const actionLabel = (a) => ACTIONS[a] ?? '';

const SOURCES = {
  referential: 'Référentiel de la branche',
  rome: 'Mobilité citée par la fiche ROME',
  computed: 'Calculée (compétences proches)',
};
export const sourceLabel = (s) => SOURCES[s] ?? SOURCES.referential;

/** The ROME grand domaines (letter of a ROME code), for the recruiter's family filter. */
export const ROME_DOMAINS = {
  A: 'Agriculture, pêche, espaces naturels et verts, soins aux animaux',
  B: 'Arts et façonnage d\u2019ouvrages d\u2019art',
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente et grande distribution',
  E: 'Communication, média et multimédia',
  F: 'Construction, bâtiment et travaux publics',
  G: 'Hôtellerie-restauration, tourisme, loisirs et animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: 'Support à l\u2019entreprise',
  N: 'Transport et logistique',
};
