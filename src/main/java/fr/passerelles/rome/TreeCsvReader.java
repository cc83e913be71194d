package fr.passerelles.rome;

import fr.passerelles.rome.CompetenceTree.Domaine;
import fr.passerelles.rome.CompetenceTree.Enjeu;
import fr.passerelles.rome.CompetenceTree.MacroCompetence;
import fr.passerelles.rome.CompetenceTree.Objectif;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the flat form of the competence tree ({@code arborescence_competences_flat_v*.csv}): one row
 * per macro-compétence with its objectif, enjeu and domaine codes and labels, in tree order.
 */
final class TreeCsvReader {
  private static final List<String> COLUMNS = List.of("code_domaine", "libelle_domaine", "code_enjeu",
      "libelle_enjeu", "code_objectif", "libelle_objectif", "code_ogr_macro_competence", "libelle_macro_competence",
      "code_fonctionnel_macro_competence");

  private TreeCsvReader() {}

  /** One row per macro, in tree order; consecutive rows share their domaine, enjeu and objectif. */
  static TreeSource read(Path file) {
    String name = file.getFileName().toString();
    Builder builder = new Builder();
    Map<Integer, String> locations = new HashMap<>();
    RomeCsv.read(file, COLUMNS, row -> {
      int ogr = row.positiveInt("code_ogr_macro_competence");
      if (locations.putIfAbsent(ogr, row.location()) != null) {
        throw row.error("code_ogr_macro_competence", "duplicate macro " + ogr);
      }
      String conflict = builder.add(
          row.required("code_domaine"), row.requiredLabel("libelle_domaine"),
          row.required("code_enjeu"), row.requiredLabel("libelle_enjeu"),
          row.required("code_objectif"), row.requiredLabel("libelle_objectif"),
          new MacroCompetence(ogr, row.required("code_fonctionnel_macro_competence"),
              row.requiredLabel("libelle_macro_competence")));
      if (conflict != null) {
        throw row.error(conflict, "another row gives this code a different label");
      }
    });
    return new TreeSource(name, builder.build(), locations, List.of());
  }

  /** Groups flat rows into the tree, keeping first-seen order. */
  private static final class Builder {
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Map<String, Map<String, List<MacroCompetence>>>> tree = new LinkedHashMap<>();

    /** Returns the column whose label conflicts with an earlier row, or null. */
    String add(String d, String dLabel, String e, String eLabel, String o, String oLabel, MacroCompetence m) {
      for (String[] c : List.of(new String[] {"D" + d, dLabel, "libelle_domaine"},
          new String[] {"E" + e, eLabel, "libelle_enjeu"}, new String[] {"O" + o, oLabel, "libelle_objectif"})) {
        if (!labels.computeIfAbsent(c[0], k -> c[1]).equals(c[1])) {
          return c[2];
        }
      }
      tree.computeIfAbsent(d, k -> new LinkedHashMap<>()).computeIfAbsent(e, k -> new LinkedHashMap<>())
          .computeIfAbsent(o, k -> new ArrayList<>()).add(m);
      return null;
    }

    List<Domaine> build() {
      List<Domaine> domaines = new ArrayList<>();
      tree.forEach((d, enjeux) -> {
        List<Enjeu> es = new ArrayList<>();
        enjeux.forEach((e, objectifs) -> {
          List<Objectif> os = new ArrayList<>();
          objectifs.forEach((o, macros) -> os.add(new Objectif(o, labels.get("O" + o), macros)));
          es.add(new Enjeu(e, labels.get("E" + e), os));
        });
        domaines.add(new Domaine(d, labels.get("D" + d), es));
      });
      return domaines;
    }
  }

}
