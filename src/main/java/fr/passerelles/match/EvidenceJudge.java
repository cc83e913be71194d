package fr.passerelles.match;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemShape;
import fr.passerelles.index.ItemVectors;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a span states an item: computes the pair's {@link EvidenceFeatures} and turns
 * them into a probability with the {@link EvidenceModel}. Shared words are not enough: a pair that
 * misses the item's head or rarest term, a span that reaches many items at once, a boilerplate or
 * CV-context line all lower it. Stateless and thread-safe.
 */
final class EvidenceJudge {
  /**
   * Verb stems whose action noun does not share their first letters ("gér-" / "gestion"); other
   * pairs (organiser / organisation, suivre / suivi, réceptionner / réception) share a prefix.
   */
  private static final Map<String, String> IRREGULAR_NOUNS = Map.of(
      "ger", "gestion", "prend", "pris", "tenir", "tenu", "mettr", "mis", "conduir", "conduit");
  /**
   * Stems of the support verbs whose object carries the action: "Assure le nettoyage", "Réalise le
   * prélèvement", "Effectue les contrôles", "Procède à l'accueil", "Participe à la préparation".
   * An item opening on one has its head after it, so "nettoyage des sanitaires" meets "Assure le
   * nettoyage…" by its head. "Veille à" is not one: watching over is not doing.
   */
  static final Set<String> SUPPORT_VERBS = Set.of("asur", "realis", "efectu", "proced", "particip");
  /** Shared leading letters that make two terms forms of one word (verb and action noun). */
  static final int SAME_WORD_PREFIX = 5;

  private final EvidenceModel model;

  EvidenceJudge(EvidenceModel model) {
    this.model = model;
  }

  EvidenceModel model() {
    return model;
  }

  /**
   * What the features need of a span and its segment, whatever the item: computed once per span
   * and index rather than once per pair. {@code terms} are the span's term numbers in the index,
   * sorted; {@code forms} remembers, across both indexes, which item heads the span has a form of.
   */
  record SpanContext(boolean ad, boolean cv, double spanNorm, int[] terms, Map<String, Boolean> forms) {
    /**
     * @param cues the context cues of the segment the span lies in (the span itself when it is one)
     * @param forms shared by the contexts of one span
     */
    static SpanContext of(EvidenceBoilerplate.Cues cues, AnalyzedSpan span, ItemVectors vectors,
        Map<String, Boolean> forms) {
      double spanNorm = 0;
      int[] terms = new int[span.occurrences().size()];
      int n = 0;
      for (String term : span.occurrences().keySet()) {
        int id = vectors.termId(term);
        spanNorm += id < 0 ? vectors.unknownWeight() : vectors.weight(id);
        if (id >= 0) {
          terms[n++] = id;
        }
      }
      terms = Arrays.copyOf(terms, n);
      Arrays.sort(terms);
      return new SpanContext(cues.ad(), cues.cv(), spanNorm, terms, forms);
    }

    boolean has(int termId) {
      return termId >= 0 && Arrays.binarySearch(terms, termId) >= 0;
    }

    boolean hasForm(AnalyzedSpan span, String head) {
      return forms.computeIfAbsent(head, h -> EvidenceJudge.hasForm(span, h));
    }
  }

  /**
   * @param itemNo the item's number in {@code vectors}
   * @param fanOut how many items of both indexes the span reaches over the cosine floor
   */
  EvidenceFeatures features(ItemRecord item, int itemNo, ItemVectors vectors, AnalyzedSpan span, double cosine,
      boolean phrase, SpanContext context, int fanOut) {
    double shared = 0;
    double itemNorm = 0;
    int matched = 0;
    double rarest = -1;
    boolean rarestMatched = false;
    for (int id : vectors.termIds(itemNo)) {
      double w = id < 0 ? vectors.unknownWeight() : vectors.weight(id);
      itemNorm += w;
      boolean has = context.has(id);
      if (has) {
        shared += w;
        matched++;
      }
      if (w > rarest) {
        rarest = w;
        rarestMatched = has;
      }
    }
    double spanNorm = context.spanNorm();
    List<String> terms = item.terms();
    boolean head = !terms.isEmpty() && context.hasForm(span, head(terms));
    return new EvidenceFeatures(cosine, ratio(shared, itemNorm), ratio(shared, spanNorm), Math.max(1, matched),
        Math.max(1, terms.size()), rarestMatched, head, span.occurrences().size(), Math.max(1, fanOut), phrase,
        context.ad(), context.cv(),
        "savoir".equals(item.kind()) || "langue".equals(item.kind()),
        item.shapes().contains(ItemShape.QUALIFICATION), item.shapes().contains(ItemShape.SUMMARY));
  }

  /** The item's head: its first term, or the one after a support verb. */
  static String head(List<String> terms) {
    return terms.size() > 1 && SUPPORT_VERBS.contains(terms.get(0)) ? terms.get(1) : terms.get(0);
  }

  double probability(EvidenceFeatures f) {
    return model.probability(f);
  }

  boolean accepts(double probability) {
    return model.accepts(probability);
  }

  /** The span has {@code head} or another form of the same word (verb stem ↔ action noun). */
  static boolean hasForm(AnalyzedSpan span, String head) {
    if (span.occurrences().containsKey(head)) {
      return true;
    }
    String noun = IRREGULAR_NOUNS.get(head);
    for (String term : span.occurrences().keySet()) {
      if (noun != null && term.startsWith(noun)) {
        return true;
      }
      int common = commonPrefix(term, head);
      if (common >= SAME_WORD_PREFIX || (common >= 4 && common == Math.min(term.length(), head.length()))) {
        return true;
      }
    }
    return false;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static double ratio(double a, double b) {
    return b <= 0 ? 0 : Math.min(1, a / b);
  }
}
