package fr.passerelles.mobility;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Nomenclature2024;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SearchableItem;
import fr.passerelles.index.SearchableSheet;
import fr.passerelles.index.SheetType;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The competence profile of every métier, built once at start-up from the searchable sheets (the
 * same text the index holds): branch métiers with every version of their sheet (and, for the
 * overlap only, the ROME sheets the study's annex maps them to); specialist sub-sheets with the competences their parent states for all specialists; métiers the
 * seeds only name with the competences of the ROME sheets they borrow; and every ROME sheet.
 */
public final class MetierProfiles {
  private final Map<String, MetierProfile> byId;
  private final List<MetierProfile> all;
  private final Map<String, ProfileCompetence> competences;

  private MetierProfiles(List<MetierProfile> profiles) {
    Map<String, MetierProfile> index = new LinkedHashMap<>();
    profiles.forEach(p -> index.put(p.id(), p));
    this.byId = Collections.unmodifiableMap(index);
    this.all = List.copyOf(profiles);
    Map<String, ProfileCompetence> items = new HashMap<>();
    profiles.forEach(p -> p.competences().forEach(c -> items.putIfAbsent(c.id(), c)));
    this.competences = Collections.unmodifiableMap(items);
  }

  /** A competence some métier states, by its item id ({@code 0202-C01}, {@code ogr-300440}). */
  public Optional<ProfileCompetence> competence(String id) {
    return Optional.ofNullable(competences.get(id));
  }

  /**
   * @param romeItemPath where a ROME item ({@code code_ogr}) sits in the tree
   */
  public static MetierProfiles build(
      Corpus corpus, List<SearchableSheet> sheets, SearchIndexes indexes, CompetenceAlignment alignment,
      IntFunction<Optional<MacroPath>> romeItemPath, MetierGrades grades, Prerequisites prerequisites,
      MobilitySettings settings) {
    FieldLevel level = settings.level();
    double equivalence = settings.equivalence();
    BranchEquivalences sameAs = BranchEquivalences.load();
    Map<String, List<String>> terms = new HashMap<>();
    for (ItemRecord r : indexes.allItems(ItemType.COMPETENCE)) {
      terms.put(r.id(), r.terms());
    }
    Map<String, SearchableSheet> byId = new HashMap<>();
    sheets.forEach(s -> byId.put(s.id(), s));
    List<MetierProfile> out = new ArrayList<>();
    for (SearchableSheet s : sheets) {
      List<SearchableItem> items = new ArrayList<>(s.competences());
      Optional<Sheet> sub = s.type() == SheetType.BRANCH ? corpus.sheet(s.id()).filter(x -> x.parentSheet() != null) : Optional.empty();
      if (sub.isPresent() && byId.containsKey(sub.get().parentSheet())) {
        items.addAll(byId.get(sub.get().parentSheet()).competences()); // shared by every specialist
      }
      List<ProfileCompetence> competences = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (SearchableItem i : items) {
        if (seen.add(i.id())) {
          competences.add(competence(i, 1, terms.getOrDefault(i.id(), List.of()), alignment, romeItemPath, level, equivalence,
              prerequisites, sameAs));
        }
      }
      List<String> counterparts = new ArrayList<>();
      List<ProfileCompetence> bridge = new ArrayList<>();
      if (s.type() == SheetType.BRANCH && s.borrowedFrom().isEmpty() && settings.counterpartWeight() > 0) {
        for (String code : corpus.romeMapping(s.metier()).romeCodes()) {
          SearchableSheet rome = byId.get(code);
          if (rome == null || rome.type() != SheetType.ROME) {
            continue;
          }
          counterparts.add(code);
          for (SearchableItem i : rome.competences()) {
            if (seen.add(i.id())) {
              bridge.add(competence(i, settings.counterpartWeight(), terms.getOrDefault(i.id(), List.of()),
                  alignment, romeItemPath, level, equivalence, prerequisites, sameAs));
            }
          }
        }
      }
      boolean umbrella = s.type() == SheetType.BRANCH
          && corpus.sheets().stream().anyMatch(x -> s.id().equals(x.parentSheet()));
      MetierGrades.Grade grade = grades.of(s, sub);
      out.add(new MetierProfile(s.id(), s.type(), s.metier(), s.title(), s.family(), s.familyLabel(),
          s.type() == SheetType.BRANCH && sub.isEmpty() ? corpus.metier2024For(s.metier()).map(Nomenclature2024.Metier::id).orElse(null) : null,
          grade.level(), grade.regulation(),
          sources(corpus, s, sub), counterparts, sub.map(Sheet::parentSheet).orElse(null), umbrella, competences, bridge));
    }
    return new MetierProfiles(out);
  }

  private static ProfileCompetence competence(
      SearchableItem i, double weight, List<String> terms, CompetenceAlignment alignment,
      IntFunction<Optional<MacroPath>> romeItemPath, FieldLevel level, double equivalence,
      Prerequisites prerequisites, BranchEquivalences sameAs) {
    Set<String> equivalents = new LinkedHashSet<>();
    equivalents.add(i.id());
    MacroPath path;
    Optional<Integer> ogr = CompetenceAligner.ogr(i.id());
    if (ogr.isPresent()) {
      path = romeItemPath.apply(ogr.get()).orElse(null);
    } else {
      Optional<AlignedCompetence> a = alignment.competence(i.id());
      path = a.map(AlignedCompetence::path).orElse(null);
      a.ifPresent(x -> x.equivalents(equivalence).forEach(o -> equivalents.add("ogr-" + o)));
      equivalents.addAll(sameAs.of(i.id())); // reviewed: the same competence in another sheet's words
    }
    return new ProfileCompetence(i.id(), i.text(), i.kind(), weight * i.weight(), path == null ? null : level.of(path),
        path == null ? 0 : path.macro().ogr(), terms, List.copyOf(equivalents),
        path == null ? null : FieldLevel.ENJEU.of(path), prerequisites.test(i.id(), i.text()));
  }

  private static List<String> sources(Corpus corpus, SearchableSheet s, Optional<Sheet> sub) {
    if (s.type() == SheetType.ROME) {
      return List.of(s.id());
    }
    if (!s.borrowedFrom().isEmpty()) {
      return s.borrowedFrom();
    }
    if (sub.isPresent()) {
      return List.of(sub.get().id(), sub.get().parentSheet());
    }
    return corpus.versions(s.id()).stream().map(Sheet::id).toList();
  }

  public Optional<MetierProfile> profile(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<MetierProfile> all() {
    return all;
  }
}
