package fr.passerelles.eval;

import fr.passerelles.mobility.DegreeGroup;
import fr.passerelles.mobility.GapCompetence;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.Passerelle;
import fr.passerelles.mobility.ProfileCompetence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The key gaps a person reads first — the first two of every passerelle of the seven origins the
 * issue's review graded — and a seeded random sample of them to grade by hand
 * (eval/mobility/key-gaps-graded*.tsv, docs/mobility.md § 8). The sample is drawn here, not chosen.
 */
public final class MobilityKeyGapSample {
  /** The origins of the review: three branch métiers looked at while writing the rules, four not. */
  public static final List<String> ORIGINS = List.of("0101", "0102", "0103", "0107", "0202", "D1408", "M1607");
  public static final List<String> DEV = List.of("0101", "0102", "0103");
  public static final int PER_PASSERELLE = 2;

  /** One key gap, with the origin competence the rule saw as a partial match. */
  public record Item(String split, String origin, String target, int rank, String id, String action,
      String text, String relatedTo, String relatedText) {}

  private MobilityKeyGapSample() {}

  public static List<Item> all(Mobility mobility) {
    List<Item> out = new ArrayList<>();
    for (String origin : ORIGINS) {
      if (!mobility.knows(origin)) {
        continue;
      }
      MetierProfile o = mobility.profile(origin);
      for (DegreeGroup g : mobility.passerelles(origin).degrees()) {
        for (Passerelle p : g.passerelles()) {
          List<GapCompetence> key = p.keyGaps();
          for (int i = 0; i < Math.min(PER_PASSERELLE, key.size()); i++) {
            GapCompetence c = key.get(i);
            String related = c.relatedTo();
            String relatedText = related == null ? "" : o.competences().stream().filter(x -> x.id().equals(related))
                .map(ProfileCompetence::text).findFirst().orElse("");
            out.add(new Item(DEV.contains(origin) ? "dev" : "test", origin, p.target().id(), i + 1, c.id(),
                c.action().json(), c.text(), related == null ? "" : related, relatedText));
          }
        }
      }
    }
    return out;
  }

  /** {@code n} items drawn without replacement with a fixed seed, in the order of {@link #all}. */
  public static List<Item> sample(List<Item> all, int n, long seed) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(seed));
    List<Integer> chosen = new ArrayList<>(idx.subList(0, Math.min(n, idx.size())));
    Collections.sort(chosen);
    return chosen.stream().map(all::get).toList();
  }

  public static String tsv(List<Item> items) {
    StringBuilder b = new StringBuilder("split\torigin\ttarget\trank\tcompetence\taction\ttext\trelatedTo\trelatedText\n");
    for (Item i : items) {
      b.append(String.join("\t", i.split(), i.origin(), i.target(), Integer.toString(i.rank()), i.id(), i.action(),
          clean(i.text()), i.relatedTo(), clean(i.relatedText()))).append('\n');
    }
    return b.toString();
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
