package fr.passerelles.index;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.corpus.Sheet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the branch referential into searchable sheets: one per métier (every version merged, the
 * current one first), one per specialist sub-sheet; a métier the seeds only name takes the text of
 * its mapped ROME sheets, marked in {@link SearchableSheet#borrowedFrom()}.
 */
public final class BranchSheets {
  private BranchSheets() {}

  /**
   * @param romeSheet looks up a ROME sheet by code (empty when no release is loaded)
   */
  public static List<SearchableSheet> from(
      Corpus corpus, Function<String, Optional<SearchableSheet>> romeSheet) {
    List<SearchableSheet> out = new ArrayList<>();
    for (Nomenclature2009.Metier m : corpus.nomenclature2009().metiers()) {
      String familyLabel = familyTitle(corpus, m.family());
      List<Sheet> versions = new ArrayList<>(corpus.versions(m.code()));
      versions.sort((a, b) -> Boolean.compare(b.current(), a.current()));
      boolean described = versions.stream().anyMatch(Sheet::hasContent);
      // the 2024 title of the same job is one more name people search by
      List<String> title2024 = corpus.metier2024For(m.code()).map(n -> List.of(n.title())).orElse(List.of());
      if (described) {
        List<String> codes = corpus.romeMapping(m.code()).romeCodes();
        out.add(fromSheets(m.code(), m.title(), m.code(), m.family(), familyLabel, versions,
            concat(title2024, appellations(codes, romeSheet)), codes));
      } else {
        out.add(borrowed(m, familyLabel, versions, title2024, corpus.romeMapping(m.code()).romeCodes(), romeSheet));
      }
      for (Sheet sub : corpus.sheets()) {
        if (m.code().equals(sub.metier()) && sub.parentSheet() != null) {
          List<String> codes = corpus.romeMapping(sub.id()).romeCodes();
          out.add(fromSheets(sub.id(), sub.title(), m.code(), m.family(), familyLabel, List.of(sub),
              appellations(codes, romeSheet), codes));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Job titles of the ROME sheets mapped to a branch sheet: thousands of real-world variants
   * ("téléconseiller", "standardiste") that the 2009 sheets never list.
   */
  private static List<String> appellations(
      List<String> romeCodes, Function<String, Optional<SearchableSheet>> romeSheet) {
    List<String> names = new ArrayList<>();
    for (String code : romeCodes) {
      romeSheet.apply(code).ifPresent(r -> {
        names.add(r.title());
        names.addAll(r.names());
      });
    }
    return names;
  }

  /**
   * A borrowed item weighs less when the ROME sheet is only loosely the métier: several branch
   * métiers may share one ROME sheet, and the one whose title the sheet's appellations name
   * (Chargé(e) de comptabilité for "Comptable") should lead on the same evidence.
   */
  private static SearchableItem scaled(SearchableItem i, float share) {
    return new SearchableItem(i.id(), i.type(), i.text(), i.qualifier(), i.kind(), i.macro(), i.weight() * share);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String familyTitle(Corpus corpus, String code) {
    return corpus.nomenclature2009().families().stream()
        .filter(f -> f.code().equals(code))
        .map(Nomenclature2009.Family::title)
        .findFirst()
        .orElse(code);
  }

  private static SearchableSheet fromSheets(
      String id, String title, String metier, String family, String familyLabel,
      List<Sheet> versions, List<String> extraNames, List<String> romeCodes) {
    Set<String> names = new LinkedHashSet<>(extraNames);
    List<SearchableItem> activities = new ArrayList<>();
    List<SearchableItem> competences = new ArrayList<>();
    String description = versions.isEmpty() ? "" : versions.get(0).mission();
    for (Sheet s : versions) {
      names.add(s.titleFeminine());
      names.add(s.titleMasculine());
      names.addAll(s.otherNames());
      s.activityTexts().forEach(a -> activities.add(new SearchableItem(
          a.id(), ItemType.ACTIVITY, a.text(), a.frequency().json(), null, null,
          ItemWeights.of(a.frequency()))));
      s.competences().forEach(c -> competences.add(new SearchableItem(
          c.id(), ItemType.COMPETENCE, c.text(), c.situation().json(), c.kind().json(), null,
          ItemWeights.of(c.situation()))));
    }
    names.remove(null);
    names.remove(title);
    return new SearchableSheet(id, SheetType.BRANCH, metier, title, family, familyLabel,
        List.copyOf(names), description, activities, competences, List.of(), romeCodes);
  }

  /** A métier with no described sheet: its title, plus the text of its mapped ROME sheets. */
  private static SearchableSheet borrowed(
      Nomenclature2009.Metier m, String familyLabel, List<Sheet> versions, List<String> extraNames,
      List<String> romeCodes, Function<String, Optional<SearchableSheet>> romeSheet) {
    List<SearchableItem> activities = new ArrayList<>();
    List<SearchableItem> competences = new ArrayList<>();
    List<String> borrowedFrom = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(m.titleFeminine(), m.titleMasculine()));
    names.addAll(extraNames);
    StringBuilder description = new StringBuilder();
    for (String code : romeCodes) {
      Optional<SearchableSheet> rome = romeSheet.apply(code);
      if (rome.isEmpty()) {
        continue;
      }
      SearchableSheet r = rome.get();
      borrowedFrom.add(code);
      float share = (float) (0.5 + 0.5 * TitleAffinity.of(List.of(m.titleMasculine(), m.titleFeminine()), r));
      names.add(r.title());
      names.addAll(r.names());
      description.append(description.isEmpty() ? "" : " ").append(r.description());
      r.activities().forEach(i -> activities.add(scaled(i, share)));
      r.competences().forEach(i -> competences.add(scaled(i, share)));
    }
    versions.forEach(s -> names.addAll(s.otherNames()));
    names.remove(m.title());
    return new SearchableSheet(m.code(), SheetType.BRANCH, m.code(), m.title(), m.family(),
        familyLabel, names.stream().distinct().toList(), description.toString(), activities,
        competences, borrowedFrom, romeCodes);
  }
}
