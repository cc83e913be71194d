package fr.passerelles.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The queries a variant ranks differently from a reference system: how many moved up or down, and
 * how many entered or left the top 1 and the top 3, with their ids and both ranks, so an ablation
 * table can say which queries a step wins or loses, and the reader can open them.
 *
 * @param up queries whose right answer ranks better in the variant ({@code id:from→to}, 0 = not in the top 10)
 * @param down queries whose right answer ranks worse
 */
public record RankMoves(List<String> up, List<String> down, int intoTop1, int outOfTop1, int intoTop3, int outOfTop3) {

  /** Compares the ranks of the queries both systems answered. */
  public static RankMoves between(RankingMetrics reference, RankingMetrics variant) {
    List<String> up = new ArrayList<>();
    List<String> down = new ArrayList<>();
    int in1 = 0;
    int out1 = 0;
    int in3 = 0;
    int out3 = 0;
    for (Map.Entry<String, Integer> e : reference.ranks().entrySet()) {
      Integer to = variant.ranks().get(e.getKey());
      if (to == null) {
        continue;
      }
      int from = e.getValue();
      if (better(to, from)) {
        up.add(e.getKey() + ":" + from + "→" + to);
      } else if (better(from, to)) {
        down.add(e.getKey() + ":" + from + "→" + to);
      }
      in1 += from != 1 && to == 1 ? 1 : 0;
      out1 += from == 1 && to != 1 ? 1 : 0;
      in3 += !top3(from) && top3(to) ? 1 : 0;
      out3 += top3(from) && !top3(to) ? 1 : 0;
    }
    return new RankMoves(List.copyOf(up), List.copyOf(down), in1, out1, in3, out3);
  }

  /** One line: counts, then the moved queries. */
  public String describe() {
    return String.format(Locale.ROOT, "%d up, %d down; top-1 +%d -%d; top-3 +%d -%d; up %s; down %s",
        up.size(), down.size(), intoTop1, outOfTop1, intoTop3, outOfTop3, up, down);
  }

  private static boolean better(int a, int b) {
    return a != 0 && (b == 0 || a < b);
  }

  private static boolean top3(int rank) {
    return rank >= 1 && rank <= 3;
  }
}
