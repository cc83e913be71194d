package fr.passerelles.search;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Found skills → the branch métiers whose sheets list them, those with the most skills first. */
final class BranchMetierBlock {
  private BranchMetierBlock() {}

  /** A found skill: its best item and the sheets that list it or a folded near-duplicate. */
  record Skill(ItemRecord best, List<SkillSheet> sheets) {}

  /**
   * The métiers of the skills' branch sheets but {@code skip}, those with the most skills first,
   * then by their best skill's rank; each with at most {@link SkillSearch#ITEMS_PER_METIER} items.
   *
   * @param skills in rank order
   * @param sheetById a métier's main sheet, for its title
   */
  static List<BranchMetier> of(List<Skill> skills, Set<String> skip, Function<String, Optional<SheetRecord>> sheetById) {
    record Acc(String metier, String title, Set<String> sheets, List<BranchMetier.Item> items, int firstRank) {}
    Map<String, Acc> by = new LinkedHashMap<>();
    for (Skill skill : skills) {
      for (SkillSheet s : skill.sheets()) {
        SheetRecord sheet = s.sheet();
        if (sheet.type() != SheetType.BRANCH || skip.contains(sheet.metier())) {
          continue;
        }
        Acc acc = by.computeIfAbsent(sheet.metier(), m -> new Acc(m,
            sheetById.apply(m).map(SheetRecord::title).orElse(sheet.title()), new TreeSet<>(), new ArrayList<>(), by.size()));
        acc.sheets().add(sheet.id());
        if (acc.items().stream().noneMatch(i -> i.id().equals(skill.best().id()))) {
          acc.items().add(new BranchMetier.Item(skill.best().id(), skill.best().text()));
        }
      }
    }
    return by.values().stream()
        .sorted(Comparator.comparingInt((Acc a) -> -a.items().size()).thenComparingInt(Acc::firstRank))
        .map(a -> new BranchMetier(a.metier(), a.title(), List.copyOf(a.sheets()), a.items().size(),
            a.items().subList(0, Math.min(SkillSearch.ITEMS_PER_METIER, a.items().size()))))
        .toList();
  }
}
