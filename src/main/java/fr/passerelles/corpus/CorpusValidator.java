package fr.passerelles.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cross-file rules of the referential: unique codes and ids, ids that follow the numbering scheme,
 * resolvable links (evolutions, passerelles, 2024 ↔ 2009, ROME codes when a release is given),
 * exactly one current version per métier, and text free of PDF artefacts.
 */
public final class CorpusValidator {
  private static final Pattern METIER_CODE = Pattern.compile("0[1-9]\\d\\d");
  private static final Pattern ROME_CODE = Pattern.compile("[A-N]\\d{4}");
  private static final Pattern METIER_2024_ID = Pattern.compile("N\\d{4}");
  private static final Set<String> FAMILY_GROUPS = Set.of("specific", "support");

  private final Corpus corpus;
  private final Predicate<String> romeCodeExists;
  private final List<CorpusProblem> problems = new ArrayList<>();

  private CorpusValidator(Corpus corpus, Predicate<String> romeCodeExists) {
    this.corpus = corpus;
    this.romeCodeExists = romeCodeExists;
  }

  /** Validates without a ROME release (ROME codes are only checked for their format). */
  public static List<CorpusProblem> validate(Corpus corpus) {
    return validate(corpus, null);
  }

  /**
   * @param romeCodeExists tells whether a ROME code is in the given release; null when none is
   */
  public static List<CorpusProblem> validate(Corpus corpus, Predicate<String> romeCodeExists) {
    CorpusValidator v = new CorpusValidator(corpus, romeCodeExists);
    v.nomenclature2009();
    v.nomenclature2024();
    v.mobility();
    v.romeLinks();
    v.sheets();
    return List.copyOf(v.problems);
  }

  private void problem(String file, String field, String message) {
    problems.add(new CorpusProblem(file, field, message));
  }

  private void text(String file, String field, String value) {
    TextQuality.problem(value).ifPresent(p -> problem(file, field, p));
  }

  private void texts(String file, String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      text(file, field + "[" + i + "]", values.get(i));
    }
  }

  private void nomenclature2009() {
    String file = CorpusLoader.NOMENCLATURE_2009;
    Set<String> families = new HashSet<>();
    List<Nomenclature2009.Family> fams = corpus.nomenclature2009().families();
    for (int i = 0; i < fams.size(); i++) {
      var f = fams.get(i);
      String at = "$.families[" + i + "]";
      if (f.code() == null || !f.code().matches("0[1-9]")) {
        problem(file, at + ".code", "family code must be 01..09, got " + f.code());
      } else if (!families.add(f.code())) {
        problem(file, at + ".code", "duplicate family code " + f.code());
      }
      text(file, at + ".title", f.title());
      if (!FAMILY_GROUPS.contains(f.group())) {
        problem(file, at + ".group", "must be one of " + FAMILY_GROUPS + ", got " + f.group());
      }
    }
    Set<String> codes = new HashSet<>();
    List<Nomenclature2009.Metier> metiers = corpus.nomenclature2009().metiers();
    for (int i = 0; i < metiers.size(); i++) {
      var m = metiers.get(i);
      String at = "$.metiers[" + i + "]";
      if (m.code() == null || !METIER_CODE.matcher(m.code()).matches()) {
        problem(file, at + ".code", "métier code must have 4 digits, got " + m.code());
        continue;
      }
      if (!codes.add(m.code())) {
        problem(file, at + ".code", "duplicate métier code " + m.code());
      }
      if (!m.code().startsWith(m.family() == null ? "?" : m.family())) {
        problem(file, at + ".family", "code " + m.code() + " is not in family " + m.family());
      }
      if (!families.contains(m.family())) {
        problem(file, at + ".family", "unknown family " + m.family());
      }
      text(file, at + ".title", m.title());
      text(file, at + ".titleFeminine", m.titleFeminine());
      text(file, at + ".titleMasculine", m.titleMasculine());
      if (m.headcount() <= 0 || m.companies() <= 0) {
        problem(file, at, "headcount and companies must be positive");
      }
      for (int r = 0; r < m.romeCodes().size(); r++) {
        romeCode(file, at + ".romeCodes[" + r + "]", m.romeCodes().get(r));
      }
    }
  }

  private void romeCode(String file, String field, String code) {
    if (code == null || !ROME_CODE.matcher(code).matches()) {
      problem(file, field, "ROME code must match [A-N]dddd, got " + code);
    } else if (romeCodeExists != null && !romeCodeExists.test(code)) {
      problem(file, field, "ROME code " + code + " is not in the given ROME release");
    }
  }

  private void nomenclature2024() {
    String file = CorpusLoader.NOMENCLATURE_2024;
    Set<String> families = new HashSet<>();
    var fams = corpus.nomenclature2024().families();
    for (int i = 0; i < fams.size(); i++) {
      var f = fams.get(i);
      if (f.code() == null || !families.add(f.code())) {
        problem(file, "$.families[" + i + "].code", "missing or duplicate family code " + f.code());
      }
      text(file, "$.families[" + i + "].title", f.title());
    }
    Set<String> ids = new HashSet<>();
    var metiers = corpus.nomenclature2024().metiers();
    for (int i = 0; i < metiers.size(); i++) {
      var m = metiers.get(i);
      String at = "$.metiers[" + i + "]";
      if (m.id() == null || !METIER_2024_ID.matcher(m.id()).matches()) {
        problem(file, at + ".id", "id must be N + 4 digits, got " + m.id());
      } else if (!ids.add(m.id())) {
        problem(file, at + ".id", "duplicate id " + m.id());
      } else if (!m.id().substring(1, 3).equals(m.family())) {
        problem(file, at + ".id", "id " + m.id() + " is not in family " + m.family());
      }
      if (!families.contains(m.family())) {
        problem(file, at + ".family", "unknown family " + m.family());
      }
      text(file, at + ".title", m.title());
      if (m.code2009() != null && corpus.metier(m.code2009()).isEmpty()) {
        problem(file, at + ".code2009", "unknown 2009 métier " + m.code2009());
      }
      if (m.exposure() == null) {
        problem(file, at + ".exposure", "missing exposure scores");
      } else if (outOfUnit(m.exposure().pwcScore()) || outOfUnit(m.exposure().expertScore())) {
        problem(file, at + ".exposure", "scores must be within [0, 1]");
      }
    }
  }

  private static boolean outOfUnit(double score) {
    return score < 0 || score > 1;
  }

  private void mobility() {
    String file = CorpusLoader.MOBILITY;
    var degrees = corpus.mobility().degrees();
    for (int n = 1; n <= 3; n++) {
      int degree = n;
      long count = degrees.stream().filter(d -> d.degree() == degree).count();
      if (count != 1) {
        problem(file, "$.degrees", "degree " + n + " must be defined exactly once");
      }
    }
    for (int i = 0; i < degrees.size(); i++) {
      text(file, "$.degrees[" + i + "].label", degrees.get(i).label());
    }
    if (corpus.mobility().classificationRule() == null) {
      problem(file, "$.classificationRule", "missing");
    } else {
      text(file, "$.classificationRule.text", corpus.mobility().classificationRule().text());
    }
  }

  private void romeLinks() {
    String file = CorpusLoader.ROME_LINKS;
    Set<String> seen = new HashSet<>();
    var links = corpus.romeLinks().links();
    for (int i = 0; i < links.size(); i++) {
      var l = links.get(i);
      String at = "$.links[" + i + "]";
      var metier = corpus.metier(l.metier());
      boolean subSheet = corpus.sheet(l.metier()).filter(s -> s.parentSheet() != null).isPresent();
      if (metier.isEmpty() && !subSheet) {
        problem(file, at + ".metier", "neither a 2009 métier nor a specialist sub-sheet: " + l.metier());
        continue;
      }
      if (!seen.add(l.metier())) {
        problem(file, at + ".metier", "métier " + l.metier() + " linked twice");
      }
      if (metier.isPresent() && !metier.get().romeCodes().isEmpty()) {
        problem(file, at + ".metier", "métier " + l.metier() + " already has ROME codes from the annex");
      }
      if (l.romeCodes().isEmpty()) {
        problem(file, at + ".romeCodes", "empty");
      }
      for (int r = 0; r < l.romeCodes().size(); r++) {
        romeCode(file, at + ".romeCodes[" + r + "]", l.romeCodes().get(r));
      }
      text(file, at + ".reason", l.reason());
    }
  }

  private void sheets() {
    Map<String, String> itemOwners = new HashMap<>();
    Map<String, Integer> currentPerMetier = new HashMap<>();
    for (Sheet s : corpus.sheets()) {
      String file = CorpusLoader.SHEETS + "/" + s.id() + ".json";
      sheet(file, s, itemOwners);
      if (s.parentSheet() == null && s.current()) {
        currentPerMetier.merge(s.metier(), 1, Integer::sum);
      }
    }
    for (Sheet s : corpus.sheets()) {
      if (s.parentSheet() == null && currentPerMetier.getOrDefault(s.metier(), 0) != 1) {
        problem(
            CorpusLoader.SHEETS + "/" + s.id() + ".json",
            "$.current",
            "métier " + s.metier() + " must have exactly one current sheet, has "
                + currentPerMetier.getOrDefault(s.metier(), 0));
      }
    }
  }

  private void sheet(String file, Sheet s, Map<String, String> itemOwners) {
    if (corpus.metier(s.metier()).isEmpty()) {
      problem(file, "$.metier", "unknown 2009 métier " + s.metier());
    }
    if (!s.id().equals(s.metier()) && !s.id().startsWith(s.metier() + "-")) {
      problem(file, "$.id", "sheet id " + s.id() + " must start with its métier code " + s.metier());
    }
    if (s.parentSheet() != null && corpus.sheet(s.parentSheet()).isEmpty()) {
      problem(file, "$.parentSheet", "unknown sheet " + s.parentSheet());
    }
    if (corpus.nomenclature2009().families().stream().noneMatch(f -> f.code().equals(s.family()))) {
      problem(file, "$.family", "unknown family " + s.family());
    }
    if (s.version() < 1) {
      problem(file, "$.version", "must be 1 or more");
    }
    if (s.trainingLevel() != null && (s.trainingLevel() < 3 || s.trainingLevel() > 8)) {
      problem(file, "$.trainingLevel", "certification level must be within 3..8");
    }
    text(file, "$.title", s.title());
    text(file, "$.mission", s.mission());
    texts(file, "$.otherNames", s.otherNames());
    texts(file, "$.hierarchy", s.hierarchy());
    texts(file, "$.workingConditions", s.workingConditions());
    texts(file, "$.characteristics", s.characteristics());
    texts(file, "$.aptitudes", s.aptitudes());
    texts(file, "$.training", s.training());
    texts(file, "$.certifications", s.certifications());
    texts(file, "$.evolutionWithin", s.evolutionWithin());
    activities(file, s, itemOwners);
    competences(file, s, itemOwners);
    links(file, s);
  }

  private void activities(String file, Sheet s, Map<String, String> itemOwners) {
    for (int i = 0; i < s.activities().size(); i++) {
      Activity a = s.activities().get(i);
      String at = "$.activities[" + i + "]";
      itemId(file, at + ".id", a.id(), String.format(java.util.Locale.ROOT, "%s-A%02d", s.id(), i + 1), itemOwners);
      if (a.frequency() == null) {
        problem(file, at + ".frequency", "missing");
      }
      text(file, at + ".text", a.text());
      for (int k = 0; k < a.children().size(); k++) {
        var c = a.children().get(k);
        itemId(file, at + ".children[" + k + "].id", c.id(), a.id() + "." + (k + 1), itemOwners);
        text(file, at + ".children[" + k + "].text", c.text());
      }
    }
  }

  private void competences(String file, Sheet s, Map<String, String> itemOwners) {
    for (int i = 0; i < s.competences().size(); i++) {
      Competence c = s.competences().get(i);
      String at = "$.competences[" + i + "]";
      itemId(file, at + ".id", c.id(), String.format(java.util.Locale.ROOT, "%s-C%02d", s.id(), i + 1), itemOwners);
      if (c.situation() == null) {
        problem(file, at + ".situation", "missing");
      }
      if (c.kind() == null) {
        problem(file, at + ".kind", "missing");
      }
      text(file, at + ".text", c.text());
    }
  }

  /** Ids are positional (A01, A02 …) so a gap or a swap is caught as a renumbering slip. */
  private void itemId(
      String file, String field, String id, String expected, Map<String, String> itemOwners) {
    if (id == null || !id.equals(expected)) {
      problem(file, field, "id must be " + expected + ", got " + id);
    }
    if (id != null) {
      String previous = itemOwners.putIfAbsent(id, file);
      if (previous != null) {
        problem(file, field, "duplicate id " + id + " (also in " + previous + ")");
      }
    }
  }

  private void links(String file, Sheet s) {
    for (int i = 0; i < s.evolutions().size(); i++) {
      Evolution e = s.evolutions().get(i);
      text(file, "$.evolutions[" + i + "].text", e.text());
      if (e.target() != null && corpus.metier(e.target()).isEmpty()) {
        problem(file, "$.evolutions[" + i + "].target", "unknown 2009 métier " + e.target());
      }
    }
    for (int i = 0; i < s.passerelles().size(); i++) {
      Passerelle p = s.passerelles().get(i);
      String at = "$.passerelles[" + i + "]";
      text(file, at + ".text", p.text());
      if (p.degree() < 1 || p.degree() > 3) {
        problem(file, at + ".degree", "degree must be 1, 2 or 3, got " + p.degree());
      }
      if (p.target() != null && corpus.metier(p.target()).isEmpty()) {
        problem(file, at + ".target", "unknown 2009 métier " + p.target());
      }
      if (p.target2024() != null && corpus.metier2024(p.target2024()).isEmpty()) {
        problem(file, at + ".target2024", "unknown 2024 métier " + p.target2024());
      }
      corpus.metier2024(p.target2024() == null ? "" : p.target2024())
          .filter(m -> m.code2009() != null && !m.code2009().equals(p.target()))
          .ifPresent(m -> problem(file, at + ".target",
              "2024 métier " + m.id() + " is linked to " + m.code2009() + ", not " + p.target()));
      if (p.target() == null && p.target2024() == null) {
        problem(file, at, "a passerelle must name a 2009 or a 2024 métier");
      }
    }
  }
}
