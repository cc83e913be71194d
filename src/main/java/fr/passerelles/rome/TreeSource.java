package fr.passerelles.rome;

import fr.passerelles.rome.CompetenceTree.Domaine;
import java.util.List;
import java.util.Map;

/**
 * A competence tree as read from one file, before it is checked against the referential.
 *
 * @param file the file name, for error messages
 * @param domaines the tree
 * @param macroLocations where each macro was read (CSV record or JSON path), by macro {@code code_ogr}
 * @param listed the competences the file lists under each macro (the JSON does, the flat CSV does not)
 */
record TreeSource(String file, List<Domaine> domaines, Map<Integer, String> macroLocations, List<Listed> listed) {

  /** A competence listed under a macro, with its JSON path. */
  record Listed(int ogr, String label, int macroOgr, String path) {}
}
