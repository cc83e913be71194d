package fr.passerelles.mobility;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.index.SearchableSheet;
import fr.passerelles.index.SheetType;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classification level and the regulation of every métier, from what the referential says
 * (docs/mobility.md § 3): a branch sheet's training text, else the access text of the ROME sheets
 * it is mapped to or borrows; a ROME sheet's access text and {@code emploi_reglemente}.
 */
final class MetierGrades {
  /** A mission that manages people ("Encadre et anime les équipes de chargé(e)s d'assistance"). */
  private static final Pattern MANAGES = Pattern.compile(
      "\\bencadre|\\bmanage|\\bdirige|anime (et [a-z]+ )?(les|une|des) equipes?");
  /** A title that names a manager (ROME "Responsable d'équipe…", "Directeur…", branch "Encadrant(e)"). */
  private static final Pattern MANAGER_TITLE = Pattern.compile(
      "^(management|direction)\\b|encadrant|\\bmanager|manageur|responsable d'equipe|chef d'equipe|directeur|directrice");
  /** A sheet stating a regulated diploma or title. */
  private static final Pattern REGULATED_TEXT = Pattern.compile(
      "ordre des medecins|conseil de l'ordre|diplome d'etat|doctorat en medecine|obligatoire pour exercer");

  private final Corpus corpus;
  private final Optional<RomeRelease> rome;

  MetierGrades(Corpus corpus, Optional<RomeRelease> rome) {
    this.corpus = corpus;
    this.rome = rome;
  }

  /** Level and regulation of one métier as search sees it. */
  record Grade(ClassificationLevel level, Regulation regulation) {}

  Grade of(SearchableSheet s, Optional<Sheet> sub) {
    if (s.type() == SheetType.ROME) {
      Optional<RomeSheet> r = rome.flatMap(x -> x.sheet(s.id()));
      return new Grade(r.map(MetierGrades::romeLevel).orElse(null), r.map(MetierGrades::romeRegulation).orElse(null));
    }
    if (!s.borrowedFrom().isEmpty()) {
      boolean manages = MANAGER_TITLE.matcher(DiplomaLevels.fold(s.title())).find();
      return new Grade(fromRome(s.borrowedFrom(), manages), allRegulated(s.borrowedFrom()));
    }
    List<Sheet> sheets = sub.map(List::of).orElseGet(() -> versionsCurrentFirst(s.id()));
    String mission = sheets.stream().map(Sheet::mission).filter(m -> m != null).findFirst().orElse("");
    boolean manages = MANAGES.matcher(DiplomaLevels.fold(mission)).find();
    List<String> mapped = corpus.romeMapping(s.metier()).romeCodes();
    return new Grade(branchLevel(sheets, manages, mapped), branchRegulation(s, sheets, mapped));
  }

  private List<Sheet> versionsCurrentFirst(String id) {
    List<Sheet> v = new ArrayList<>(corpus.versions(id));
    v.sort(Comparator.comparing((Sheet x) -> !x.current()).thenComparing(Comparator.comparingInt(Sheet::version).reversed()));
    return v;
  }

  /** The first training sentence that names a diploma, else the stated level, else the ROME counterparts. */
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
    return fromRome(mapped, manages);
  }

  /** The lowest level among ROME sheets (a métier mapped to two is reachable by the easier access). */
  private ClassificationLevel fromRome(List<String> codes, boolean manages) {
    ClassificationLevel best = null;
    for (String code : codes) {
      Optional<RomeSheet> r = rome.flatMap(x -> x.sheet(code));
      Optional<DiplomaLevels.Range> range = r.flatMap(x -> accessRange(x.access()));
      if (range.isPresent()) {
        ClassificationLevel l = ClassificationLevel.of(range.get(), manages, "ROME " + code + " accès");
        if (best == null || l.grade() < best.grade()) {
          best = l;
        }
      }
    }
    return best;
  }

  private static ClassificationLevel romeLevel(RomeSheet r) {
    boolean manages = MANAGER_TITLE.matcher(DiplomaLevels.fold(r.title())).find();
    return accessRange(r.access()).map(x -> ClassificationLevel.of(x, manages, "ROME " + r.code() + " accès")).orElse(null);
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
