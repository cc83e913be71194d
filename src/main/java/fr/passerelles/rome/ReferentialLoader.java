package fr.passerelles.rome;

import fr.passerelles.rome.RomeCompetence.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the item referentials a sheet links to: competences and macro-compétences, savoirs and
 * work contexts, then checks them against {@code unix_item}, which repeats every item id with its
 * rubrique (1 savoir-faire, 2 savoir-être, 3 savoir, empty for a work context).
 */
final class ReferentialLoader {
  static final String COMPETENCE = "referentiel_competence";
  static final String SAVOIR = "referentiel_savoir";
  static final String CONTEXT = "referentiel_contexte_travail";
  static final String ITEM = "item";
  private static final String MACRO_NATURE = "Macro-compétence";
  private static final String COMPETENCE_NATURE = "Compétence";

  /** Items by {@code code_ogr}, in id order. */
  record Referentials(Map<Integer, RomeCompetence> competences, Map<Integer, RomeWorkContext> contexts) {}

  private ReferentialLoader() {}

  static Referentials load(RomeFiles files) {
    Map<Integer, RomeCompetence> items = new TreeMap<>();
    readCompetences(files, items);
    readSavoirs(files, items);
    Map<Integer, RomeWorkContext> contexts = readContexts(files, items);
    checkItems(files, items, contexts);
    return new Referentials(Collections.unmodifiableMap(items), Collections.unmodifiableMap(contexts));
  }

  /** Two passes: a competence names its macro by id, and macros come anywhere in the file. */
  private static void readCompetences(RomeFiles files, Map<Integer, RomeCompetence> items) {
    List<RomeCsv.Row> competenceRows = new ArrayList<>();
    RomeCsv.read(files.csv(COMPETENCE),
        List.of("code_ogr", "nature", "libelle_competence", "code_ogr_macro_comp", "code_macro_comp", "cat_comp",
            "sous_cat_comp"),
        row -> {
          String nature = row.label("nature");
          if (nature.equals(MACRO_NATURE)) {
            int ogr = row.positiveInt("code_ogr");
            put(items, ogr, new RomeCompetence(ogr, row.requiredLabel("libelle_competence"), kind(row), ogr,
                row.required("code_macro_comp"), row.label("sous_cat_comp"), ""), row);
          } else if (nature.equals(COMPETENCE_NATURE)) {
            competenceRows.add(row);
          } else {
            throw row.error("nature", "unknown value \"" + nature + "\", expected " + COMPETENCE_NATURE + " or "
                + MACRO_NATURE);
          }
        });
    for (RomeCsv.Row row : competenceRows) {
      int ogr = row.positiveInt("code_ogr");
      int macroOgr = row.positiveInt("code_ogr_macro_comp");
      RomeCompetence macro = items.get(macroOgr);
      if (macro == null || !macro.isMacro()) {
        throw row.error("code_ogr_macro_comp", "dangling reference: " + macroOgr + " is not a " + MACRO_NATURE);
      }
      Kind kind = kind(row);
      if (kind != macro.kind()) {
        throw row.error("cat_comp", kind + " under macro " + macroOgr + " which is " + macro.kind());
      }
      put(items, ogr, new RomeCompetence(ogr, row.requiredLabel("libelle_competence"), kind, macroOgr,
          macro.macroCode(), row.label("sous_cat_comp"), ""), row);
    }
  }

  private static Kind kind(RomeCsv.Row row) {
    String cat = row.label("cat_comp");
    return Kind.ofCatComp(cat).orElseThrow(() -> row.error("cat_comp",
        "unknown value \"" + cat + "\", expected Savoir-faire or Savoir-être professionnel"));
  }

  private static void readSavoirs(RomeFiles files, Map<Integer, RomeCompetence> items) {
    RomeCsv.read(files.csv(SAVOIR),
        List.of("code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir"),
        row -> {
          int ogr = row.positiveInt("code_ogr_savoir");
          put(items, ogr, new RomeCompetence(ogr, row.requiredLabel("libelle_savoir"), Kind.SAVOIR, 0, "",
              row.label("categorie_savoir"), row.label("sous_categorie_savoir")), row);
        });
  }

  private static Map<Integer, RomeWorkContext> readContexts(RomeFiles files, Map<Integer, RomeCompetence> items) {
    Map<Integer, RomeWorkContext> contexts = new TreeMap<>();
    RomeCsv.read(files.csv(CONTEXT),
        List.of("code_ogr", "libelle_cont_travail", "code_type_cont_trav", "libelle_type_cont_trav"),
        row -> {
          int ogr = row.positiveInt("code_ogr");
          if (items.containsKey(ogr) || contexts.containsKey(ogr)) {
            throw row.error("code_ogr", "duplicate id " + ogr);
          }
          contexts.put(ogr, new RomeWorkContext(ogr, row.requiredLabel("libelle_cont_travail"),
              row.text("code_type_cont_trav"), row.label("libelle_type_cont_trav")));
        });
    return contexts;
  }

  private static void put(Map<Integer, RomeCompetence> items, int ogr, RomeCompetence item, RomeCsv.Row row) {
    RomeCompetence previous = items.putIfAbsent(ogr, item);
    if (previous != null) {
      throw row.error("code_ogr", "duplicate id " + ogr + " (already a " + previous.kind() + ")");
    }
  }

  /** unix_item must agree with the referentials on each id's rubrique. */
  private static void checkItems(
      RomeFiles files, Map<Integer, RomeCompetence> items, Map<Integer, RomeWorkContext> contexts) {
    RomeCsv.read(files.csv(ITEM), List.of("code_ogr", "code_rubrique"), row -> {
      int ogr = row.positiveInt("code_ogr");
      String rubrique = row.text("code_rubrique");
      RomeCompetence item = items.get(ogr);
      String expected;
      if (item != null) {
        expected = Integer.toString(item.kind().rubrique());
      } else if (contexts.containsKey(ogr)) {
        expected = "";
      } else {
        throw row.error("code_ogr", "dangling reference: " + ogr
            + " is in no referential (competence, savoir, work context)");
      }
      if (!rubrique.equals(expected)) {
        throw row.error("code_rubrique", "\"" + rubrique + "\" but item " + ogr + " is "
            + (item != null ? "a " + item.kind() + ", rubrique \"" + expected + "\"" : "a work context, rubrique \"\""));
      }
    });
  }
}
