package fr.passerelles.rome;

import fr.passerelles.rome.ReferentialLoader.Referentials;
import fr.passerelles.rome.RomeCompetence.Kind;
import fr.passerelles.rome.RomeSheet.CompetenceLink;
import fr.passerelles.rome.RomeSheet.Core;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads what each sheet links to from {@code unix_liens_rome_referentiels} (which bloc and
 * rubrique, see {@link RomeSheet}) with the {@code coeur_metier} flag of {@code unix_coherence_item}.
 * Every id must resolve to an item of the kind its rubrique says, and every coherence pair to a link.
 */
final class SheetLinksLoader {
  static final String LINKS = "liens_rome_referentiels";
  static final String COHERENCE = "coherence_item";
  private static final int BLOC_SHEET = 1;
  private static final int BLOC_APPELLATIONS = 2;
  private static final int BLOC_COMPETENCES = 5;
  private static final int BLOC_CONTEXTS = 6;

  /** A sheet's links, each list in {@code code_ogr} order (the file's order). */
  record Links(Map<Kind, List<CompetenceLink>> competences, List<RomeWorkContext> contexts) {
    static final Links EMPTY = new Links(Map.of(), List.of());

    List<CompetenceLink> of(Kind kind) {
      return competences.getOrDefault(kind, List.of());
    }
  }

  /** The facts about sheets that links are checked against. */
  interface SheetIds {
    boolean isSheet(String code);

    int sheetOgr(String code);

    /** The ROME code an appellation belongs to, or null. */
    String appellationOwner(int ogr);
  }

  /** A coherence flag, with where it was read for the error when nothing links to it. */
  private record Flag(Core core, String location) {}

  private SheetLinksLoader() {}

  static Map<String, Links> load(RomeFiles files, SheetIds sheets, Referentials refs) {
    Map<String, Map<Integer, Flag>> flags = readFlags(files, sheets);
    Map<String, Links> links = new HashMap<>();
    RomeCsv.read(files.csv(LINKS), List.of("code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"), row -> {
      String code = sheetCode(row, sheets);
      int bloc = row.positiveInt("code_compo_bloc");
      int ogr = row.positiveInt("code_ogr");
      switch (bloc) {
        case BLOC_SHEET -> {
          if (ogr != sheets.sheetOgr(code)) {
            throw row.error("code_ogr", ogr + " is not the ogr of sheet " + code + " (" + sheets.sheetOgr(code) + ")");
          }
        }
        case BLOC_APPELLATIONS -> {
          if (!code.equals(sheets.appellationOwner(ogr))) {
            throw row.error("code_ogr", "dangling reference: " + ogr + " is not an appellation of " + code);
          }
        }
        case BLOC_COMPETENCES -> {
          int rubrique = row.positiveInt("code_rubrique");
          Kind kind = Kind.ofRubrique(rubrique).orElseThrow(
              () -> row.error("code_rubrique", "unknown rubrique " + rubrique + " of bloc 5, expected 1 to 3"));
          RomeCompetence item = refs.competences().get(ogr);
          if (item == null || item.kind() != kind) {
            throw row.error("code_ogr", "dangling reference: " + ogr + " is not a " + kind
                + (item == null ? "" : " (it is a " + item.kind() + ")"));
          }
          Core core = take(flags, code, ogr);
          links.computeIfAbsent(code, c -> new Links(new EnumMap<>(Kind.class), new ArrayList<>()))
              .competences().computeIfAbsent(kind, k -> new ArrayList<>()).add(new CompetenceLink(item, core));
        }
        case BLOC_CONTEXTS -> {
          RomeWorkContext context = refs.contexts().get(ogr);
          if (context == null) {
            throw row.error("code_ogr", "dangling reference: " + ogr + " is not a work context");
          }
          take(flags, code, ogr);
          links.computeIfAbsent(code, c -> new Links(new EnumMap<>(Kind.class), new ArrayList<>()))
              .contexts().add(context);
        }
        default -> {
          // blocs 3, 4 and 8 live in their own files; a bloc added by a later release is skipped
        }
      }
    });
    String coherenceFile = files.csv(COHERENCE).getFileName().toString();
    flags.forEach((code, left) -> left.forEach((ogr, flag) -> {
      throw new RomeImportException(coherenceFile, flag.location(), "code_ogr", "dangling reference: " + code
          + " " + ogr + " has no link in " + files.csv(LINKS).getFileName());
    }));
    Map<String, Links> frozen = new HashMap<>();
    links.forEach((code, l) -> frozen.put(code, new Links(Map.copyOf(l.competences()), l.contexts())));
    return frozen;
  }

  private static String sheetCode(RomeCsv.Row row, SheetIds sheets) {
    String code = row.romeCode("code_rome");
    if (!sheets.isSheet(code)) {
      throw row.error("code_rome", "dangling reference: " + code + " is not a sheet");
    }
    return code;
  }

  /** Removes and returns the flag of a linked pair, so that the pairs left over are unlinked. */
  private static Core take(Map<String, Map<Integer, Flag>> flags, String code, int ogr) {
    Map<Integer, Flag> byOgr = flags.get(code);
    Flag flag = byOgr == null ? null : byOgr.remove(ogr);
    return flag == null ? Core.NONE : flag.core();
  }

  private static Map<String, Map<Integer, Flag>> readFlags(RomeFiles files, SheetIds sheets) {
    Map<String, Map<Integer, Flag>> flags = new TreeMap<>(); // sorted: the first unlinked pair is reported
    RomeCsv.read(files.csv(COHERENCE), List.of("code_rome", "code_ogr", "coeur_metier"), row -> {
      String code = sheetCode(row, sheets);
      int ogr = row.positiveInt("code_ogr");
      String value = row.label("coeur_metier");
      Core core = switch (value) {
        case "" -> Core.NONE;
        case "Principale" -> Core.MAIN;
        case "Émergente", "Emergente" -> Core.EMERGING;
        default -> throw row.error("coeur_metier", "unknown value \"" + value + "\", expected \"\", Principale or Émergente");
      };
      if (flags.computeIfAbsent(code, c -> new TreeMap<>()).putIfAbsent(ogr, new Flag(core, row.location())) != null) {
        throw row.error("code_ogr", "duplicate pair " + code + " " + ogr);
      }
    });
    return flags;
  }
}
