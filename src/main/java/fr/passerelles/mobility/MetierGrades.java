package fr.passerelles.mobility;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.index.SearchableSheet;
import fr.passerelles.index.SheetType;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classification level and the regulation of every métier, from what the referential says
 * (docs/mobility.md § 3): a branch sheet's training text, else the access text of the ROME sheets
 * it is mapped to or borrows; a ROME sheet's access text and {@code emploi_reglemente}. Where
 * those say nothing, fallbacks in order of trust, each named in the level's basis: a ROME sheet's
 * definition, "sans diplôme", certifications, then its domaine's median (weak); a sub-sheet's
 * protected title; an umbrella's lowest sub-sheet; the family's median (weak).
 */
final class MetierGrades {
  /** A mission that manages people ("Encadre et anime les équipes de chargé(e)s d'assistance"). */
  private static final Pattern MANAGES = Pattern.compile(
      "\\bencadre|\\bmanage|\\bdirige|anime (et [a-z]+ )?(les|une|des) equipes?");
  /** A title that names a manager (ROME "Responsable d'équipe…", "Directeur…", branch "Encadrant(e)"). */
  private static final Pattern MANAGER_TITLE = Pattern.compile(
      "^(management|direction)\\b|encadrant|\\bmanager|manageur|responsable d'equipe|chef d'equipe|directeur|directrice");
  /** ROME's {@code sous_categorie_savoir} of diplomas and titles. */
  private static final String CERTIFICATIONS = "Certifications";
  /** A sheet stating a regulated diploma or title. */
  private static final Pattern REGULATED_TEXT = Pattern.compile(
      "ordre des medecins|conseil de l'ordre|diplome d'etat|doctorat en medecine|obligatoire pour exercer");

  private final Corpus corpus;
  private final Optional<RomeRelease> rome;
  /** What each ROME sheet says of its level, by code, by the first rule that gives one. */
  private final Map<String, RomeBase> romeBases;

  MetierGrades(Corpus corpus, Optional<RomeRelease> rome) {
    this.corpus = corpus;
    this.rome = rome;
    this.romeBases = rome.map(MetierGrades::romeBases).orElse(Map.of());
  }

  /** Level and regulation of one métier as search sees it. */
  record Grade(ClassificationLevel level, Regulation regulation) {}

  Grade of(SearchableSheet s, Optional<Sheet> sub) {
    if (s.type() == SheetType.ROME) {
      Optional<RomeSheet> r = rome.flatMap(x -> x.sheet(s.id()));
      return new Grade(r.map(this::romeLevel).orElse(null), r.map(MetierGrades::romeRegulation).orElse(null));
    }
    if (!s.borrowedFrom().isEmpty()) {
      boolean manages = MANAGER_TITLE.matcher(DiplomaLevels.fold(s.title())).find();
      ClassificationLevel own = fromRome(s.borrowedFrom(), manages);
      return new Grade(own != null ? own : family(s.metier()), allRegulated(s.borrowedFrom()));
    }
    List<Sheet> sheets = sub.map(List::of).orElseGet(() -> versionsCurrentFirst(s.id()));
    List<String> mapped = corpus.romeMapping(s.metier()).romeCodes();
    // a sub-sheet's level may come from its reviewed ROME link; its regulation stays what the seeds say
    List<String> levelCodes = sub.isPresent() ? corpus.romeMapping(s.id()).romeCodes() : mapped;
    ClassificationLevel own = sheetLevel(s.id(), sheets, levelCodes);
    return new Grade(own != null ? own : family(s.metier()), branchRegulation(s, sheets, mapped));
  }

  private List<Sheet> versionsCurrentFirst(String id) {
    List<Sheet> v = new ArrayList<>(corpus.versions(id));
    v.sort(Comparator.comparing((Sheet x) -> !x.current()).thenComparing(Comparator.comparingInt(Sheet::version).reversed()));
    return v;
  }

  /**
   * A branch sheet's level (null when nothing gives one): its training text, its stated level, the
   * diploma its protected title requires, its ROME sheets, and for an umbrella sheet (0104) the
   * lowest level of its sub-sheets, the easiest way into the family of jobs it stands for.
   */
  private ClassificationLevel sheetLevel(String id, List<Sheet> sheets, List<String> mapped) {
    String mission = sheets.stream().map(Sheet::mission).filter(m -> m != null).findFirst().orElse("");
    boolean manages = MANAGES.matcher(DiplomaLevels.fold(mission)).find();
    ClassificationLevel own = branchLevel(sheets, manages, mapped);
    if (own != null) {
      return own;
    }
    List<Sheet> subs = corpus.sheets().stream().filter(x -> id.equals(x.parentSheet())).toList();
    ClassificationLevel lowest = null;
    for (Sheet sub : subs) {
      ClassificationLevel l = sheetLevel(sub.id(), List.of(sub), corpus.romeMapping(sub.id()).romeCodes());
      if (l != null && (lowest == null || l.grade() < lowest.grade())) {
        lowest = l;
      }
    }
    return lowest == null ? null : new ClassificationLevel(lowest.grade(), lowest.diploma(), lowest.management(),
        id + " : minimum des " + subs.size() + " sous-fiches (" + lowest.basis() + ")");
  }

  /** The first training sentence that names a diploma, else the stated level, else a protected title, else the ROME counterparts. */
  private ClassificationLevel branchLevel(List<Sheet> sheets, boolean manages, List<String> mapped) {
    for (Sheet sh : sheets) {
      for (String t : sh.training()) {
        Optional<DiplomaLevels.Range> r = DiplomaLevels.of(t);
        if (r.isPresent()) {
          return ClassificationLevel.of(r.get(), manages, sh.id() + " formation");
        }
      }
    }
    for (Sheet sh : sheets) {
      if (sh.trainingLevel() != null) {
        return ClassificationLevel.of(new DiplomaLevels.Range(sh.trainingLevel(), sh.trainingLevel()), manages,
            sh.id() + " niveau");
      }
    }
    for (Sheet sh : sheets) {
      Optional<Integer> title = DiplomaLevels.protectedTitle(sh.title());
      if (title.isPresent()) {
        return ClassificationLevel.of(new DiplomaLevels.Range(title.get(), title.get()), manages,
            sh.id() + " titre protégé (« " + sh.title() + " »)");
      }
    }
    return fromRome(mapped, manages);
  }

  /** The lowest level among ROME sheets (a métier mapped to two is reachable by the easier access). */
  private ClassificationLevel fromRome(List<String> codes, boolean manages) {
    ClassificationLevel best = null;
    for (String code : codes) {
      RomeBase base = romeBases.get(code);
      if (base != null) {
        ClassificationLevel l = base.level(manages);
        if (best == null || l.grade() < best.grade()) {
          best = l;
        }
      }
    }
    return best;
  }

  /**
   * A weak basis, for a métier no sheet describes and no ROME sheet stands for (0301, 0501): the
   * median grade of the other métiers of its family that have a level of their own.
   */
  private ClassificationLevel family(String code) {
    return corpus.metier(code).map(m -> family(m.family(), code)).orElse(null);
  }

  /**
   * The median grade of the métiers of a 2009 family that have a level of their own, leaving out
   * {@code code}; null when none has one. Also for a target only the 2024 nomenclature names (N0104).
   */
  ClassificationLevel family(String familyCode, String code) {
    List<String> used = new ArrayList<>();
    List<Double> grades = new ArrayList<>();
    for (Nomenclature2009.Metier other : corpus.nomenclature2009().metiers()) {
      if (other.family().equals(familyCode) && !other.code().equals(code)) {
        ClassificationLevel l = metierLevel(other);
        if (l != null) {
          used.add(other.code());
          grades.add(l.grade());
        }
      }
    }
    if (grades.isEmpty()) {
      return null;
    }
    double median = median(grades);
    return new ClassificationLevel(median, (int) Math.floor(median), false,
        "famille " + familyCode + " : médiane de " + String.join(", ", used) + " (base faible)");
  }

  /** A métier's own level, as {@link #of} finds it, without the family fallback. */
  private ClassificationLevel metierLevel(Nomenclature2009.Metier m) {
    List<Sheet> sheets = versionsCurrentFirst(m.code());
    List<String> mapped = corpus.romeMapping(m.code()).romeCodes();
    if (sheets.isEmpty()) {
      return fromRome(mapped, MANAGER_TITLE.matcher(DiplomaLevels.fold(m.title())).find());
    }
    return sheetLevel(m.code(), sheets, mapped);
  }

  private ClassificationLevel romeLevel(RomeSheet r) {
    RomeBase base = romeBases.get(r.code());
    return base == null ? null : base.level(MANAGER_TITLE.matcher(DiplomaLevels.fold(r.title())).find());
  }

  /**
   * What a ROME sheet says of its level: a diploma range, or a median grade for the weakest rule.
   * A range takes the encadrement step of the title that uses it; a median already holds it.
   */
  record RomeBase(DiplomaLevels.Range range, double median, String basis) {
    ClassificationLevel level(boolean manages) {
      return range != null ? ClassificationLevel.of(range, manages, basis)
          : new ClassificationLevel(median, (int) Math.floor(median), false, basis);
    }
  }

  /**
   * Every ROME sheet's basis, by rules in order of trust (docs/mobility.md § 3): the first access
   * sentence that names a diploma; a definition sentence that names one; an access sentence that
   * opens the job without a diploma (level 3, the bottom of the scale); the certifications among
   * its savoirs that name a level (their range); else the median grade of the sheets of its domaine
   * professionnel with the same {@code emploi_cadre} flag that have an access level (else of the
   * domaine, else of the grand domaine).
   */
  static Map<String, RomeBase> romeBases(RomeRelease release) {
    Map<String, RomeBase> out = new HashMap<>();
    Map<String, List<Double>> byDomainCadre = new HashMap<>();
    Map<String, List<Double>> byDomain = new HashMap<>();
    Map<String, List<Double>> byGrandDomain = new HashMap<>();
    List<RomeSheet> rest = new ArrayList<>();
    for (RomeSheet r : release.sheets()) {
      Optional<DiplomaLevels.Range> access = accessRange(r.access());
      if (access.isPresent()) {
        out.put(r.code(), new RomeBase(access.get(), 0, "ROME " + r.code() + " accès"));
        double g = ClassificationLevel.of(access.get(), false, "").grade()
            + (MANAGER_TITLE.matcher(DiplomaLevels.fold(r.title())).find() ? 1 : 0);
        byDomainCadre.computeIfAbsent(r.domain().domaineCode() + r.cadre(), k -> new ArrayList<>()).add(g);
        byDomain.computeIfAbsent(r.domain().domaineCode(), k -> new ArrayList<>()).add(g);
        byGrandDomain.computeIfAbsent(r.domain().grandDomaineCode(), k -> new ArrayList<>()).add(g);
      } else {
        rest.add(r);
      }
    }
    for (RomeSheet r : rest) {
      Optional<DiplomaLevels.Range> definition = accessRange(r.definition());
      if (definition.isPresent()) {
        out.put(r.code(), new RomeBase(definition.get(), 0, "ROME " + r.code() + " définition"));
      } else if (r.access() != null && DiplomaLevels.noDiploma(r.access())) {
        out.put(r.code(), new RomeBase(new DiplomaLevels.Range(3, 3), 0, "ROME " + r.code() + " accès sans diplôme"));
      } else if (certifications(r).isPresent()) {
        out.put(r.code(), new RomeBase(certifications(r).get(), 0, "ROME " + r.code() + " certifications"));
      } else {
        String dp = r.domain().domaineCode();
        List<Double> peers = byDomainCadre.get(dp + r.cadre());
        String scope = "domaine " + dp + (r.cadre() ? ", emplois cadres" : ", emplois non cadres");
        if (peers == null) {
          peers = byDomain.get(dp);
          scope = "domaine " + dp;
        }
        if (peers == null) {
          peers = byGrandDomain.get(r.domain().grandDomaineCode());
          scope = "grand domaine " + r.domain().grandDomaineCode();
        }
        if (peers != null) {
          out.put(r.code(), new RomeBase(null, median(peers),
              "ROME " + r.code() + " : médiane du " + scope + " (" + peers.size() + (peers.size() == 1 ? " fiche" : " fiches")
                  + ", base faible)"));
        }
      }
    }
    return out;
  }

  /** The levels the sheet's certification savoirs name ("BTS Assurance…", "Master Droit…"). */
  static Optional<DiplomaLevels.Range> certifications(RomeSheet r) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (RomeSheet.CompetenceLink l : r.savoirs()) {
      if (!CERTIFICATIONS.equals(l.competence().subcategory())) {
        continue;
      }
      Optional<DiplomaLevels.Range> x = DiplomaLevels.of(l.competence().label());
      if (x.isPresent()) {
        min = Math.min(min, x.get().min());
        max = Math.max(max, x.get().max());
      }
    }
    return min == Integer.MAX_VALUE ? Optional.empty() : Optional.of(new DiplomaLevels.Range(min, max));
  }

  static double median(List<Double> values) {
    List<Double> v = values.stream().sorted().toList();
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  /** The first access sentence that names a diploma: the main way in (later ones add "also with experience"). */
  static Optional<DiplomaLevels.Range> accessRange(String access) {
    if (access == null) {
      return Optional.empty();
    }
    return Arrays.stream(access.split("\n")).map(DiplomaLevels::of).flatMap(Optional::stream).findFirst();
  }

  private static Regulation romeRegulation(RomeSheet r) {
    return r.regulated() ? new Regulation("ROME " + r.code() + " : emploi réglementé", List.of(r.code())) : null;
  }

  private Regulation allRegulated(List<String> codes) {
    List<String> regulated = codes.stream().filter(c -> rome.flatMap(x -> x.sheet(c)).map(RomeSheet::regulated).orElse(false)).toList();
    return !regulated.isEmpty() && regulated.size() == codes.size()
        ? new Regulation("ROME " + String.join(", ", regulated) + " : emploi réglementé", regulated) : null;
  }

  /** A sheet that requires a regulated diploma or title, or whose ROME counterparts are all regulated. */
  private Regulation branchRegulation(SearchableSheet s, List<Sheet> sheets, List<String> mapped) {
    List<String> regulatedMapped = mapped.stream()
        .filter(c -> rome.flatMap(x -> x.sheet(c)).map(RomeSheet::regulated).orElse(false)).toList();
    for (Sheet sh : sheets) {
      for (String t : concat(sh.certifications(), sh.training())) {
        String folded = DiplomaLevels.fold(t);
        if (REGULATED_TEXT.matcher(folded).find() && !folded.contains("certains")) { // 0104: "certains de ces métiers"
          return new Regulation(sh.id() + " : « " + t + " »", regulatedMapped.isEmpty() ? List.of(s.id()) : regulatedMapped);
        }
      }
    }
    if (!regulatedMapped.isEmpty() && regulatedMapped.size() == mapped.size()) {
      return new Regulation("ROME " + String.join(", ", regulatedMapped) + " : emploi réglementé", regulatedMapped);
    }
    return null;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
