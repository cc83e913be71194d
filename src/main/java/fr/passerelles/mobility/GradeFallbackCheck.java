package fr.passerelles.mobility;

import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How well two fallback rules of {@link MetierGrades} predict the level where ROME's access text
 * does name a diploma: the certifications rule on the sheet itself, and the domaine median with the
 * sheet left out. Agreement within one grade and exact; for docs/mobility.md § 3.
 */
public final class GradeFallbackCheck {
  private GradeFallbackCheck() {}

  public static String report(RomeRelease rome) {
    Map<String, Double> truth = new HashMap<>();
    Map<String, RomeSheet> byCode = new HashMap<>();
    for (RomeSheet r : rome.sheets()) {
      Optional<DiplomaLevels.Range> access = MetierGrades.accessRange(r.access());
      if (access.isPresent()) {
        truth.put(r.code(), ClassificationLevel.of(access.get(), false, "").grade());
        byCode.put(r.code(), r);
      }
    }
    int[] cert = new int[3];
    int[] median = new int[3];
    for (Map.Entry<String, Double> e : truth.entrySet()) {
      RomeSheet r = byCode.get(e.getKey());
      MetierGrades.certifications(r).ifPresent(range -> count(cert, ClassificationLevel.of(range, false, "").grade(), e.getValue()));
      List<Double> peers = peers(truth, byCode, r, true);
      if (peers.isEmpty()) {
        peers = peers(truth, byCode, r, false);
      }
      if (!peers.isEmpty()) {
        count(median, MetierGrades.median(peers), e.getValue());
      }
    }
    return String.format(Locale.ROOT, "sheets with an access level: %d (grades without the encadrement step)%n", truth.size())
        + line("certifications rule", cert) + line("domaine median, sheet left out", median);
  }

  private static List<Double> peers(Map<String, Double> truth, Map<String, RomeSheet> byCode, RomeSheet r, boolean sameCadre) {
    List<Double> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : truth.entrySet()) {
      RomeSheet o = byCode.get(e.getKey());
      if (!o.code().equals(r.code()) && o.domain().domaineCode().equals(r.domain().domaineCode())
          && (!sameCadre || o.cadre() == r.cadre())) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  private static void count(int[] c, double predicted, double actual) {
    c[0]++;
    c[1] += Math.abs(predicted - actual) <= 1 ? 1 : 0;
    c[2] += predicted == actual ? 1 : 0;
  }

  private static String line(String name, int[] c) {
    return String.format(Locale.ROOT, "  %-32s predicts %4d: within one grade %.3f, exact %.3f%n", name, c[0],
        c[0] == 0 ? 0 : (double) c[1] / c[0], c[0] == 0 ? 0 : (double) c[2] / c[0]);
  }
}
