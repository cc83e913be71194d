package fr.passerelles.rome;

import fr.passerelles.rome.CompetenceTree.MacroCompetence;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the {@link CompetenceTree} ({@link TreeJsonReader}, {@link TreeCsvReader}) and checks it.
 *
 * <p>From France Travail's JSON export ({@code
 * unix_arborescence_competence_v*.json}, ISO-8859-15), cross-checked against the flat CSV ({@code
 * arborescence_competences_flat_v*.csv}, one row per macro) when both are present, or from the flat
 * CSV alone. The tree must then agree with {@code unix_referentiel_competence}: the same macros with
 * the same functional codes and labels, and (JSON only) the same competences under each macro.
 */
final class CompetenceTreeLoader {
  private CompetenceTreeLoader() {}

  static String jsonName(String suffix) {
    return "unix_arborescence_competence_v" + suffix + ".json";
  }

  static String flatName(String suffix) {
    return "arborescence_competences_flat_v" + suffix + ".csv";
  }

  static CompetenceTree load(RomeFiles files, Map<Integer, RomeCompetence> items) {
    Optional<Path> json = files.optional(jsonName(files.suffix()));
    Optional<Path> flat = files.optional(flatName(files.suffix()));
    TreeSource read;
    if (json.isPresent()) {
      read = TreeJsonReader.read(json.get());
      flat.ifPresent(f -> crossCheck(TreeCsvReader.read(f), read));
    } else if (flat.isPresent()) {
      read = TreeCsvReader.read(flat.get());
    } else {
      throw RomeImportException.ofFile(jsonName(files.suffix()),
          "missing file in " + files.dir() + " (nor is there " + flatName(files.suffix()) + ")", null);
    }
    String referential = files.csv(ReferentialLoader.COMPETENCE).getFileName().toString();
    CompetenceTree tree = new CompetenceTree(read.domaines());
    checkMacros(tree, read, items, referential);
    if (json.isPresent()) {
      checkCompetences(read, items, referential);
    }
    return tree;
  }

  /** Both files must describe the same macros at the same place with the same labels. */
  private static void crossCheck(TreeSource flat, TreeSource json) {
    CompetenceTree a = new CompetenceTree(flat.domaines());
    CompetenceTree b = new CompetenceTree(json.domaines());
    for (MacroPath p : a.paths()) {
      String location = flat.macroLocations().get(p.macro().ogr());
      MacroPath q = b.path(p.macro().ogr()).orElseThrow(() -> new RomeImportException(flat.file(), location,
          "code_ogr_macro_competence", "macro " + p.macro().ogr() + " is not in " + json.file()));
      List<String[]> fields = List.of(
          new String[] {"code_domaine", p.domaine().code(), q.domaine().code()},
          new String[] {"libelle_domaine", p.domaine().label(), q.domaine().label()},
          new String[] {"code_enjeu", p.enjeu().code(), q.enjeu().code()},
          new String[] {"libelle_enjeu", p.enjeu().label(), q.enjeu().label()},
          new String[] {"code_objectif", p.objectif().code(), q.objectif().code()},
          new String[] {"libelle_objectif", p.objectif().label(), q.objectif().label()},
          new String[] {"libelle_macro_competence", p.macro().label(), q.macro().label()},
          new String[] {"code_fonctionnel_macro_competence", p.macro().code(), q.macro().code()});
      for (String[] f : fields) {
        if (!f[1].equals(f[2])) {
          throw new RomeImportException(flat.file(), location, f[0],
              "\"" + f[1] + "\" differs from " + json.file() + " (\"" + f[2] + "\")");
        }
      }
    }
    if (a.macroCount() != b.macroCount()) {
      MacroPath missing = b.paths().stream().filter(p -> a.path(p.macro().ogr()).isEmpty()).findFirst().orElseThrow();
      throw new RomeImportException(flat.file(), "", "code_ogr_macro_competence", "macro " + missing.macro().ogr()
          + " of " + json.file() + " is missing (" + a.macroCount() + " rows, " + b.macroCount() + " macros in JSON)");
    }
  }

  private static void checkMacros(CompetenceTree tree, TreeSource read, Map<Integer, RomeCompetence> items, String referential) {
    for (MacroPath p : tree.paths()) {
      MacroCompetence m = p.macro();
      String location = read.macroLocations().get(m.ogr());
      RomeCompetence item = items.get(m.ogr());
      if (item == null || !item.isMacro()) {
        throw new RomeImportException(read.file(), location, "code_ogr_macro_competence",
            "dangling reference: " + m.ogr() + " is not a macro-compétence of " + referential);
      }
      if (!item.macroCode().equals(m.code())) {
        throw new RomeImportException(read.file(), location, "code_fonctionnel_macro_competence",
            "\"" + m.code() + "\" but " + referential + " has \"" + item.macroCode() + "\" for " + m.ogr());
      }
      if (!item.label().equals(m.label())) {
        throw new RomeImportException(read.file(), location, "libelle_macro_competence",
            "\"" + m.label() + "\" but " + referential + " has \"" + item.label() + "\" for " + m.ogr());
      }
    }
    items.values().stream().filter(c -> c.isMacro() && tree.path(c.ogr()).isEmpty()).findFirst().ifPresent(c -> {
      throw new RomeImportException(referential, "code_ogr " + c.ogr(), "code_ogr",
          "macro-compétence missing from the competence tree " + read.file());
    });
  }

  /** The JSON lists each macro's competences: they must be exactly the referential's. */
  private static void checkCompetences(TreeSource read, Map<Integer, RomeCompetence> items, String referential) {
    Map<Integer, TreeSource.Listed> listed = new HashMap<>();
    for (TreeSource.Listed l : read.listed()) {
      RomeCompetence item = items.get(l.ogr());
      if (item == null || item.isMacro() || item.kind() == RomeCompetence.Kind.SAVOIR) {
        throw new RomeImportException(read.file(), l.path(), "code_ogr_competence",
            "dangling reference: " + l.ogr() + " is not a competence of " + referential);
      }
      if (item.macroOgr() != l.macroOgr()) {
        throw new RomeImportException(read.file(), l.path(), "code_ogr_competence",
            l.ogr() + " is under macro " + l.macroOgr() + " but under " + item.macroOgr() + " in " + referential);
      }
      if (!item.label().equals(l.label())) {
        throw new RomeImportException(read.file(), l.path(), "libelle_competence",
            "\"" + l.label() + "\" but " + referential + " has \"" + item.label() + "\"");
      }
      if (listed.putIfAbsent(l.ogr(), l) != null) {
        throw new RomeImportException(read.file(), l.path(), "code_ogr_competence", "duplicate competence " + l.ogr());
      }
    }
    items.values().stream()
        .filter(c -> c.kind() != RomeCompetence.Kind.SAVOIR && !c.isMacro() && !listed.containsKey(c.ogr()))
        .findFirst()
        .ifPresent(c -> {
          throw new RomeImportException(referential, "code_ogr " + c.ogr(), "code_ogr",
              "competence missing from the competence tree " + read.file());
        });
  }

}
