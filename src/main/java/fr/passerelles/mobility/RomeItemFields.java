package fr.passerelles.mobility;

import fr.passerelles.rome.CompetenceTree;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import fr.passerelles.rome.RomeCompetence;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import fr.passerelles.rome.RomeSheet.CompetenceLink;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where every ROME item sits in the competence tree. A savoir-faire or savoir-être points to its
 * macro-compétence, whose path is in the tree. A savoir (knowledge item) has no macro: it takes the
 * place where the savoir-faire of the sheets that list it concentrate (first the enjeu with most
 * links, then the objectif and macro within it), so that "Droit des assurances" lands where the
 * sheets needing it work rather than nowhere.
 */
public final class RomeItemFields {
  private final Map<Integer, MacroPath> paths;

  private RomeItemFields(Map<Integer, MacroPath> paths) {
    this.paths = Map.copyOf(paths);
  }

  public static RomeItemFields of(RomeRelease rome) {
    CompetenceTree tree = rome.competenceTree();
    Map<Integer, MacroPath> paths = new HashMap<>();
    for (RomeCompetence c : rome.competences().values()) {
      if (c.kind() != RomeCompetence.Kind.SAVOIR) {
        tree.path(c.macroOgr()).ifPresent(p -> paths.put(c.ogr(), p));
      }
    }
    Map<Integer, Map<Integer, Integer>> votes = new HashMap<>();
    for (RomeSheet sheet : rome.sheets()) {
      for (CompetenceLink savoir : sheet.savoirs()) {
        Map<Integer, Integer> v = votes.computeIfAbsent(savoir.competence().ogr(), k -> new HashMap<>());
        for (CompetenceLink sf : sheet.savoirFaire()) {
          v.merge(sf.competence().macroOgr(), 1, Integer::sum);
        }
      }
    }
    votes.forEach((savoir, byMacro) -> plurality(byMacro, tree).ifPresent(p -> paths.put(savoir, p)));
    return new RomeItemFields(paths);
  }

  /** The plurality place of macro-compétence votes (see {@link #plurality(Map)}). */
  static Optional<MacroPath> plurality(Map<Integer, ? extends Number> votesByMacro, CompetenceTree tree) {
    Map<MacroPath, Double> byPath = new HashMap<>();
    votesByMacro.forEach((macro, n) -> tree.path(macro).ifPresent(p -> byPath.merge(p, n.doubleValue(), Double::sum)));
    return plurality(byPath);
  }

  /**
   * Same, over paths already resolved: the domaine with most votes, then its enjeu with most
   * votes, and so on down, so the place is the plurality's at every level; ties go to the lowest
   * code (deterministic).
   */
  static Optional<MacroPath> plurality(Map<MacroPath, Double> votes) {
    if (votes.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> domaine = new HashMap<>();
    Map<String, Double> enjeu = new HashMap<>();
    Map<String, Double> objectif = new HashMap<>();
    votes.forEach((p, v) -> {
      domaine.merge(p.domaine().code(), v, Double::sum);
      enjeu.merge(p.enjeu().code(), v, Double::sum);
      objectif.merge(p.objectif().code(), v, Double::sum);
    });
    Comparator<MacroPath> order = Comparator
        .comparingDouble((MacroPath p) -> domaine.get(p.domaine().code()))
        .thenComparingDouble(p -> enjeu.get(p.enjeu().code()))
        .thenComparingDouble(p -> objectif.get(p.objectif().code()))
        .thenComparingDouble(votes::get)
        .reversed()
        .thenComparing(p -> p.macro().code());
    return votes.keySet().stream().min(order);
  }

  /** The path of a ROME item, by {@code code_ogr}. */
  public Optional<MacroPath> path(int ogr) {
    return Optional.ofNullable(paths.get(ogr));
  }

  /** How many items have a place (a savoir listed by no sheet has none). */
  public int size() {
    return paths.size();
  }
}
