package fr.passerelles.match;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemVectors;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
  /** Shared leading letters that make two terms forms of one word (verb and action noun). */
  static final int SAME_WORD_PREFIX = 5;

  /** Item texts that name a diploma, a title or a certificate. */
  private static final Pattern QUALIFICATION = Pattern.compile(
      "^(diplôme|bts|but|dut|bac|bp|bpa|bepa|cap|cqp|licence|master|titre professionnel|brevet|certificat"
          + "|mention complémentaire|habilitation|ingénieur diplômé|doctorat|dipl)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Item texts that are a sheet's summary: they start with the job, as subject. */
  private static final Pattern SUMMARY = Pattern.compile("^(le|la|l'|l’|un|une|en tant que|artisan|passionné)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final EvidenceModel model;
  /** Per item id, whether it names a qualification and whether it is a sheet's summary: regexes run once per item. */
  private final java.util.concurrent.ConcurrentHashMap<String, boolean[]> itemKinds = new java.util.concurrent.ConcurrentHashMap<>();

  EvidenceJudge(EvidenceModel model) {
    this.model = model;
  }

  EvidenceModel model() {
    return model;
  }

  /**
   * @param segment the text of the segment the span lies in (the span itself when it is one)
   * @param fanOut how many items of both indexes the span reaches over the cosine floor
   */
  EvidenceFeatures features(ItemRecord item, ItemVectors vectors, AnalyzedSpan span, double cosine,
      boolean phrase, String segment, int fanOut) {
    return features(item, vectors, span, cosine, phrase, SpanContext.of(segment, span, vectors), fanOut);
  }

  /**
   * What the features need of a span and its segment, whatever the item: computed once per span
   * and index rather than once per pair (the context patterns run over the whole segment).
   */
  record SpanContext(boolean ad, boolean cv, double spanNorm) {
    static SpanContext of(String segment, AnalyzedSpan span, ItemVectors vectors) {
      double spanNorm = 0;
      for (String term : span.occurrences().keySet()) {
        int id = vectors.termId(term);
        spanNorm += id < 0 ? vectors.unknownWeight() : vectors.weight(id);
      }
      return new SpanContext(EvidenceBoilerplate.adContext(segment), EvidenceBoilerplate.cvContext(segment), spanNorm);
    }
  }

  EvidenceFeatures features(ItemRecord item, ItemVectors vectors, AnalyzedSpan span, double cosine,
      boolean phrase, SpanContext context, int fanOut) {
    double shared = 0;
    double itemNorm = 0;
    int matched = 0;
    double rarest = -1;
    boolean rarestMatched = false;
    for (String term : item.terms()) {
      int id = vectors.termId(term);
      double w = id < 0 ? vectors.unknownWeight() : vectors.weight(id);
      itemNorm += w;
      boolean has = span.occurrences().containsKey(term);
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
    boolean head = !terms.isEmpty() && hasForm(span, terms.get(0));
    return new EvidenceFeatures(cosine, ratio(shared, itemNorm), ratio(shared, spanNorm), Math.max(1, matched),
        Math.max(1, terms.size()), rarestMatched, head, span.occurrences().size(), Math.max(1, fanOut), phrase,
        context.ad(), context.cv(),
        "savoir".equals(item.kind()) || "langue".equals(item.kind()), kinds(item)[0], kinds(item)[1]);
  }

  private boolean[] kinds(ItemRecord item) {
    return itemKinds.computeIfAbsent(item.id(), id -> new boolean[] {
        QUALIFICATION.matcher(item.text()).find(), SUMMARY.matcher(item.text()).find()});
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
