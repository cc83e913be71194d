package fr.passerelles.rome;

import fr.passerelles.rome.ReferentialLoader.Referentials;
import fr.passerelles.rome.RomeCompetence.Kind;
import fr.passerelles.rome.RomeSheet.Appellation;
import fr.passerelles.rome.RomeSheet.Domain;
import fr.passerelles.rome.RomeSheet.MobilityLink;
import fr.passerelles.rome.SheetLinksLoader.Links;
import fr.passerelles.rome.TextLoader.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link RomeSheet}s: reads the sheet list ({@code unix_referentiel_code_rome}), its
 * appellations, classification and mobility links, and joins them with the texts and the
 * competence links loaded by {@link TextLoader} and {@link SheetLinksLoader}.
 */
final class SheetAssembler {
  static final String CODES = "referentiel_code_rome";
  static final String APPELLATIONS = "referentiel_appellation";
  static final String DOMAINS = "cr_gd_dp";
  static final String MOBILITY = "rubrique_mobilite";

  /** The columns of unix_referentiel_code_rome we keep. */
  private record Head(String code, int ogr, String title, String parentCode, boolean regulated, boolean cadre) {}

  private SheetAssembler() {}

  /** The sheets in code order. */
  static List<RomeSheet> assemble(RomeFiles files, Referentials refs) {
    Map<String, Head> heads = readHeads(files);
    Map<Integer, String> appellationOwners = new HashMap<>();
    Map<String, List<Appellation>> appellations = readAppellations(files, heads, appellationOwners);
    Map<String, Domain> domains = readDomains(files, heads);
    Map<String, Texts> texts = TextLoader.load(files, heads.keySet());
    Map<String, Links> links = SheetLinksLoader.load(files, new SheetLinksLoader.SheetIds() {
      @Override
      public boolean isSheet(String code) {
        return heads.containsKey(code);
      }

      @Override
      public int sheetOgr(String code) {
        return heads.get(code).ogr();
      }

      @Override
      public String appellationOwner(int ogr) {
        return appellationOwners.get(ogr);
      }
    }, refs);
    Map<String, List<MobilityLink>> mobility = readMobility(files, heads);
    List<RomeSheet> sheets = new ArrayList<>(heads.size());
    for (Head h : heads.values()) {
      Texts t = texts.getOrDefault(h.code(), Texts.EMPTY);
      Links l = links.getOrDefault(h.code(), Links.EMPTY);
      sheets.add(new RomeSheet(h.code(), h.ogr(), h.title(), h.parentCode(), domains.get(h.code()),
          appellations.getOrDefault(h.code(), List.of()), t.definition(), t.access(),
          l.of(Kind.SAVOIR_FAIRE), l.of(Kind.SAVOIR_ETRE), l.of(Kind.SAVOIR), l.contexts(),
          mobility.getOrDefault(h.code(), List.of()), h.regulated(), h.cadre()));
    }
    return sheets;
  }

  private static Map<String, Head> readHeads(RomeFiles files) {
    Map<String, Head> heads = new TreeMap<>();
    Map<String, RomeCsv.Row> parentRows = new HashMap<>();
    RomeCsv.read(files.csv(CODES), List.of("code_rome", "code_ogr", "libelle_rome", "code_rome_parent", "emploi_reglemente", "emploi_cadre"), row -> {
      String code = row.romeCode("code_rome");
      String parent = row.text("code_rome_parent").isEmpty() ? code : row.romeCode("code_rome_parent");
      if (heads.putIfAbsent(code, new Head(code, row.positiveInt("code_ogr"), row.requiredLabel("libelle_rome"),
          parent, "O".equals(row.text("emploi_reglemente")), "O".equals(row.text("emploi_cadre")))) != null) {
        throw row.error("code_rome", "duplicate code " + code);
      }
      parentRows.put(code, row);
    });
    heads.values().stream().filter(h -> !heads.containsKey(h.parentCode())).findFirst().ifPresent(h -> {
      throw parentRows.get(h.code()).error("code_rome_parent",
          "dangling reference: " + h.parentCode() + " is not a sheet");
    });
    return heads;
  }

  private static Map<String, List<Appellation>> readAppellations(
      RomeFiles files, Map<String, Head> heads, Map<Integer, String> owners) {
    Map<String, List<Appellation>> byCode = new HashMap<>();
    RomeCsv.read(files.csv(APPELLATIONS), List.of("code_ogr", "libelle_appellation_long", "libelle_appellation_court",
        "code_rome", "classification", "peu_usite"), row -> {
          String code = knownCode(row, "code_rome", heads);
          int ogr = row.positiveInt("code_ogr");
          if (owners.putIfAbsent(ogr, code) != null) {
            throw row.error("code_ogr", "duplicate appellation " + ogr);
          }
          String longLabel = row.requiredLabel("libelle_appellation_long");
          String shortLabel = row.label("libelle_appellation_court");
          byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(new Appellation(ogr, longLabel,
              shortLabel.isEmpty() ? longLabel : shortLabel, row.text("classification").equals("PRINCIPALE"),
              row.text("peu_usite").equals("O")));
        });
    return byCode;
  }

  /** Every sheet must have exactly one row, and its domaine must be a prefix of its code. */
  private static Map<String, Domain> readDomains(RomeFiles files, Map<String, Head> heads) {
    Map<String, Domain> domains = new HashMap<>();
    String file = files.csv(DOMAINS).getFileName().toString();
    RomeCsv.read(files.csv(DOMAINS), List.of("code_rome", "code_grand_domaine", "libelle_grand_domaine",
        "code_domaine_professionnel", "libelle_domaine_professionnel"), row -> {
          String code = knownCode(row, "code_rome", heads);
          String gd = row.required("code_grand_domaine");
          String dp = row.required("code_domaine_professionnel");
          if (!code.startsWith(dp) || !dp.startsWith(gd)) {
            throw row.error("code_domaine_professionnel",
                "\"" + dp + "\" (grand domaine \"" + gd + "\") does not contain " + code);
          }
          Domain d = new Domain(gd, row.requiredLabel("libelle_grand_domaine"), dp,
              row.requiredLabel("libelle_domaine_professionnel"));
          if (domains.putIfAbsent(code, d) != null) {
            throw row.error("code_rome", "duplicate code " + code);
          }
        });
    heads.keySet().stream().filter(c -> !domains.containsKey(c)).findFirst().ifPresent(c -> {
      throw new RomeImportException(file, "", "code_rome", "no row for sheet " + c);
    });
    return domains;
  }

  private static Map<String, List<MobilityLink>> readMobility(RomeFiles files, Map<String, Head> heads) {
    Map<String, List<MobilityLink>> byCode = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    RomeCsv.read(files.csv(MOBILITY), List.of("code_rome", "code_rome_cible", "numero_ordre"), row -> {
      String code = knownCode(row, "code_rome", heads);
      String target = knownCode(row, "code_rome_cible", heads);
      if (!pairs.add(code + target)) {
        throw row.error("code_rome_cible", "duplicate link " + code + " -> " + target);
      }
      byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(new MobilityLink(target, row.positiveInt("numero_ordre")));
    });
    Comparator<MobilityLink> byRank = Comparator.comparingInt(MobilityLink::rank).thenComparing(MobilityLink::targetCode);
    byCode.values().forEach(list -> list.sort(byRank));
    return byCode;
  }

  private static String knownCode(RomeCsv.Row row, String column, Map<String, Head> heads) {
    String code = row.romeCode(column);
    if (!heads.containsKey(code)) {
      throw row.error(column, "dangling reference: " + code + " is not a sheet");
    }
    return code;
  }
}
