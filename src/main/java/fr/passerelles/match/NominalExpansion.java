package fr.passerelles.match;

import fr.passerelles.analysis.DerivationalNormalizer;
import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Query-side conflation of the action nouns a text uses as actions: the head of a nominal action
 * phrase ("Gestion des réclamations", "Suivi des dossiers", "Mise en place de…") also gives the
 * indexed term of its verb ({@code gestion → gérer → ger}), at the noun's offsets, so the nominal
 * style of CVs meets the verbal style of the sheets ("Gérer des réclamations et litiges") while the
 * indexes and every other word stay as they are. Only heads of action phrases are conflated, never
 * a noun used as a thing ("la gestion" in "master en gestion" is no action phrase). The verbs come
 * from the lexicon ({@link DerivationalNormalizer}); each is run through the index chain, and kept
 * only when an item index knows its term. Thread-safe.
 */
final class NominalExpansion {

  /** Where the verb terms are added. */
  enum Scope {
    /** Nowhere. */
    OFF,
    /** The evidence spans only. */
    EVIDENCE,
    /** The evidence spans and the whole-text ranking query. */
    RANKING;

    /** System property naming the scope ({@code off}, {@code evidence}, {@code ranking}). */
    static final String PROPERTY = "passerelles.nominal";
    /** Evidence only: the ranking switch stays off until the dev set and the train folds both gain (docs/matching.md). */
    static final Scope DEFAULT = EVIDENCE;

    static Scope fromProperty() {
      String v = System.getProperty(PROPERTY);
      return v == null || v.isBlank() ? DEFAULT : valueOf(v.strip().toUpperCase(Locale.ROOT));
    }

    boolean evidence() {
      return this != OFF;
    }

    boolean ranking() {
      return this == RANKING;
    }
  }

  /** Distinct nouns remembered; the heads of action phrases are a small vocabulary. */
  private static final int CACHE_SIZE = 8_192;

  private final Scope scope;
  private final Analyzer indexChain;
  private final SearchIndexes indexes;
  /** Not thread-safe: used under its own lock, on cache misses only. */
  private final DerivationalNormalizer normalizer = new DerivationalNormalizer();
  private final Map<String, List<String>> termsByNoun = new ConcurrentHashMap<>();

  private NominalExpansion(Scope scope, Analyzer indexChain, SearchIndexes indexes) {
    this.scope = scope;
    this.indexChain = indexChain;
    this.indexes = indexes;
  }

  /**
   * The expansion for a query analyzer. Off for a chain that is not the project's (the stock
   * baseline) or that conflates already (both sides, {@code light-derivation}).
   */
  static NominalExpansion of(SearchIndexes indexes, Analyzer queryAnalyzer, Scope scope) {
    if (!(queryAnalyzer instanceof PasserellesAnalyzer p) || p.hasConflation()) {
      scope = Scope.OFF;
    }
    Analyzer chain = scope == Scope.OFF ? null : ((PasserellesAnalyzer) queryAnalyzer).withoutSynonyms();
    return new NominalExpansion(scope, chain, indexes);
  }

  Scope scope() {
    return scope;
  }

  /**
   * {@code whole} with, for each action noun ({@code nouns}: the head word as written, offsets into
   * the input), the terms of its verbs added as occurrences at the noun's place. A verb term that
   * is already the noun's own term adds nothing. Returns {@code whole} itself when nothing is added.
   */
  AnalyzedSpan expand(AnalyzedSpan whole, List<TextSpan> nouns) {
    if (scope == Scope.OFF || nouns.isEmpty()) {
      return whole;
    }
    Map<String, List<TextSpan>> occ = null;
    for (TextSpan noun : nouns) {
      List<String> own = termsOf(noun.text().toLowerCase(Locale.ROOT), false);
      for (String term : verbTerms(noun.text().toLowerCase(Locale.ROOT))) {
        if (own.contains(term) || hasAt(whole.occurrences().get(term), noun)) {
          continue;
        }
        if (occ == null) {
          occ = new LinkedHashMap<>();
          for (Map.Entry<String, List<TextSpan>> e : whole.occurrences().entrySet()) {
            occ.put(e.getKey(), new ArrayList<>(e.getValue()));
          }
        }
        List<TextSpan> list = occ.computeIfAbsent(term, k -> new ArrayList<>(1));
        int at = 0;
        while (at < list.size() && list.get(at).start() <= noun.start()) {
          at++;
        }
        list.add(at, noun);
      }
    }
    return occ == null ? whole : new AnalyzedSpan(whole.span(), occ);
  }

  /** The indexed terms of the verbs {@code noun} stands for (lower case, as written). */
  List<String> verbTerms(String noun) {
    List<String> cached = termsByNoun.get(noun);
    if (cached != null) {
      return cached;
    }
    List<String> verbs;
    synchronized (normalizer) {
      verbs = normalizer.conflate(noun);
    }
    List<String> terms = new ArrayList<>();
    for (String verb : verbs) {
      for (String t : termsOf(verb, true)) {
        if (!terms.contains(t)) {
          terms.add(t);
        }
      }
    }
    List<String> out = List.copyOf(terms);
    if (termsByNoun.size() >= CACHE_SIZE) {
      termsByNoun.clear();
    }
    termsByNoun.put(noun, out);
    return out;
  }

  private static boolean hasAt(List<TextSpan> occurrences, TextSpan noun) {
    if (occurrences == null) {
      return false;
    }
    for (TextSpan o : occurrences) {
      if (o.start() == noun.start()) {
        return true;
      }
    }
    return false;
  }

  /** {@code word} through the index chain; with {@code known}, only terms an item index holds. */
  private List<String> termsOf(String word, boolean known) {
    List<String> out = new ArrayList<>(1);
    try (TokenStream ts = indexChain.tokenStream(IndexFields.TEXT, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (!known || isKnown(t)) {
          out.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory text
    }
    return out;
  }

  private boolean isKnown(String term) {
    for (ItemType type : ItemType.values()) {
      if (indexes.vectors(type).termId(term) >= 0) {
        return true;
      }
    }
    return false;
  }
}
