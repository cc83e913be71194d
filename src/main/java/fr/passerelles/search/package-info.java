/**
 * Competence search for recruiters: a short French query ("gestion des réclamations") → the
 * competences (and, on request, activities) of the index that say it, ranked by BM25, with the
 * matched words' offsets in each item's text and the sheets that require each item.
 * {@link fr.passerelles.search.SkillSearch} is the entry; it never imports the HTTP layer.
 */
package fr.passerelles.search;
