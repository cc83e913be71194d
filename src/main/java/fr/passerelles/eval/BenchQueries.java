package fr.passerelles.eval;

import fr.passerelles.eval.RomeHoldout.Split;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the queries of every task for one split of the ROME sheets, labelled by construction:
 * the gold answer is the sheet the text comes from.
 */
public final class BenchQueries {
  /** Appellation queries per run at most: a deterministic sample keeps the run in minutes. */
  public static final int DEFAULT_MAX_TITLES = 2_500;

  private BenchQueries() {}

  /**
   * @param sheets restricts the split to its first {@code sheets} sheets in code order (0: all)
   */
  public static Map<BenchTask, List<BenchQuery>> build(
      RomeRelease rome, RomeHoldout holdout, Split split, int sheets, int maxTitles) {
    return build(rome, holdout, split, sheets, maxTitles, NameMask.Scope.NAMES);
  }

  /** @param mask the names the masked and noisy tasks take out of their queries */
  public static Map<BenchTask, List<BenchQuery>> build(
      RomeRelease rome, RomeHoldout holdout, Split split, int sheets, int maxTitles, NameMask.Scope mask) {
    List<RomeSheet> chosen = holdout.sheets(rome, split);
    if (sheets > 0 && sheets < chosen.size()) {
      chosen = chosen.subList(0, sheets);
    }
    NoiseWrapper noise = new NoiseWrapper(NoiseBank.load(split));
    Map<BenchTask, List<BenchQuery>> out = new EnumMap<>(BenchTask.class);
    for (BenchTask t : BenchTask.values()) {
      out.put(t, new ArrayList<>());
    }
    try (NameMask names = new NameMask()) {
      for (RomeSheet s : chosen) {
        int fold = holdout.fold(s.code());
        String text = description(s);
        String masked = names.mask(text, names.nameKeys(s, mask));
        out.get(BenchTask.DESCRIPTION).add(new BenchQuery(BenchTask.DESCRIPTION, s.code(), text, s.code(), fold));
        out.get(BenchTask.MASKED).add(new BenchQuery(BenchTask.MASKED, s.code(), masked, s.code(), fold));
        out.get(BenchTask.NOISY_AD).add(new BenchQuery(BenchTask.NOISY_AD, s.code(),
            noise.wrap(masked, NoiseWrapper.Flavour.AD, seed("ad:" + s.code())), s.code(), fold));
        out.get(BenchTask.NOISY_CV).add(new BenchQuery(BenchTask.NOISY_CV, s.code(),
            noise.wrap(masked, NoiseWrapper.Flavour.CV, seed("cv:" + s.code())), s.code(), fold));
      }
    }
    out.put(BenchTask.TITLE, titles(chosen, holdout, maxTitles));
    out.replaceAll((t, l) -> List.copyOf(l));
    return out;
  }

  /** The sheet's definition then access sentences, one per line, as {@code unix_texte} gives them. */
  public static String description(RomeSheet s) {
    return (s.definition() + "\n" + s.access()).strip();
  }

  /** Synonym appellations of the sheets, queried by their long label; sampled by hash when too many. */
  static List<BenchQuery> titles(List<RomeSheet> sheets, RomeHoldout holdout, int max) {
    record Candidate(RomeSheet sheet, RomeSheet.Appellation a, double order) {}
    List<Candidate> all = new ArrayList<>();
    for (RomeSheet s : sheets) {
      for (RomeSheet.Appellation a : s.appellations()) {
        if (!a.principal()) {
          all.add(new Candidate(s, a, RomeHoldout.unit("sample:" + a.ogr())));
        }
      }
    }
    if (max > 0 && all.size() > max) {
      all.sort(Comparator.comparingDouble(Candidate::order));
      all = new ArrayList<>(all.subList(0, max));
    }
    all.sort(Comparator.comparing((Candidate c) -> c.sheet().code()).thenComparingInt(c -> c.a().ogr()));
    return all.stream().map(c -> new BenchQuery(BenchTask.TITLE, c.sheet().code() + "/" + c.a().ogr(),
        c.a().longLabel(), c.sheet().code(), holdout.appellationFold(c.a().ogr()))).toList();
  }



  static long seed(String key) {
    return (long) (RomeHoldout.unit("noise:" + key) * Long.MAX_VALUE);
  }
}
