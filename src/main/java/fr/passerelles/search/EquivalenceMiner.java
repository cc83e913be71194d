package fr.passerelles.search;

import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Candidate equivalences for the skill query, drawn from ROME's own structure rather than guessed:
 * two words are candidates when, under one macro-compétence (its label and the competences hung
 * under it), two labels differ by these two words only ("Animer une équipe" / "Encadrer une
 * équipe"), in at least {@link #MIN_CONTEXTS} such contexts, and no label holds both. Co-membership
 * of a macro alone was tried first: it yields sibling words ("diesel" / "amortisseurs"), not
 * equivalents. Each candidate also has the overlap of the ROME sheets that list the two words.
 * Substitution still yields siblings ("anglais" / "allemand"): the candidates are for review, and
 * only the rows kept in {@code skill-equivalences-mined.tsv} reach the query.
 */
public final class EquivalenceMiner {
  /** Fewest distinct contexts in which two words must substitute to be a candidate. */
  static final int MIN_CONTEXTS = 1;
  /** Fewest words the two labels must otherwise share: one shared word is no context. */
  static final int MIN_CONTEXT_WORDS = 2;

  /**
   * One candidate pair, {@code word} the rarer of the two.
   *
   * @param contexts labels of one macro in which either word stands with the same other words
   * @param sharedMacros macros under which both are found
   * @param sheetJaccard ROME sheets listing an item with each, over sheets listing either
   * @param example one macro and context where they substitute
   */
  public record Candidate(String word, String alternative, int contexts, int sharedMacros, double sheetJaccard,
      String example) {}

  private EquivalenceMiner() {}

  /**
   * @param macroLabels macro-compétence {@code code_ogr} → label, from the competence tree
   * @param limit most candidates returned, best (highest macro Jaccard) first
   */
  public static List<Candidate> mine(SearchIndexes indexes, Map<String, String> macroLabels, int limit) {
    try (Analyzer analyzer = PasserellesAnalyzer.builder().conflation(true).build()) {
      Map<String, Map<String, Integer>> surfaces = new HashMap<>();
      Map<String, Set<String>> macrosOf = new HashMap<>();
      Map<String, Set<String>> sheetsOf = new HashMap<>();
      Map<String, Set<String>> termsByMacro = new TreeMap<>();
      Map<Long, Integer> sameLabel = new HashMap<>();
      Map<String, Integer> ids = new HashMap<>();
      List<String> labels = new ArrayList<>();
      for (ItemRecord item : indexes.allItems(ItemType.COMPETENCE)) {
        if (item.macro() != null) {
          labels.add(item.macro() + "\t" + item.text());
          Set<String> terms = terms(analyzer, item.text(), surfaces);
          terms.forEach(t -> sheetsOf.computeIfAbsent(t, k -> new HashSet<>()).addAll(item.sheets()));
        }
      }
      macroLabels.forEach((macro, label) -> labels.add(macro + "\t" + label));
      for (String l : labels) {
        int tab = l.indexOf('\t');
        String macro = l.substring(0, tab);
        Set<String> terms = terms(analyzer, l.substring(tab + 1), surfaces);
        termsByMacro.computeIfAbsent(macro, k -> new HashSet<>()).addAll(terms);
        terms.forEach(t -> macrosOf.computeIfAbsent(t, k -> new HashSet<>()).add(macro));
        List<Integer> tids = terms.stream().map(t -> ids.computeIfAbsent(t, k -> ids.size())).sorted().toList();
        for (int i = 0; i < tids.size(); i++) {
          for (int j = i + 1; j < tids.size(); j++) {
            sameLabel.merge(key(tids.get(i), tids.get(j)), 1, Integer::sum);
          }
        }
      }
      // substitution: two labels of one macro that differ by one word, the rest the same
      Map<String, Set<String>> byContext = new HashMap<>();
      for (String l : labels) {
        int tab = l.indexOf('\t');
        List<String> terms = List.copyOf(new java.util.TreeSet<>(terms(analyzer, l.substring(tab + 1), surfaces)));
        if (terms.size() < MIN_CONTEXT_WORDS + 1) {
          continue;
        }
        for (String t : terms) {
          List<String> rest = new ArrayList<>(terms);
          rest.remove(t);
          byContext.computeIfAbsent(l.substring(0, tab) + "|" + String.join(" ", rest), k -> new java.util.TreeSet<>()).add(t);
        }
      }
      Map<Long, Integer> contexts = new HashMap<>();
      Map<Long, String> example = new HashMap<>();
      byContext.forEach((context, words) -> {
        List<Integer> tids = words.stream().map(ids::get).sorted().toList();
        for (int i = 0; i < tids.size(); i++) {
          for (int j = i + 1; j < tids.size(); j++) {
            long k = key(tids.get(i), tids.get(j));
            contexts.merge(k, 1, Integer::sum);
            example.putIfAbsent(k, context);
          }
        }
      });
      String[] byId = new String[ids.size()];
      ids.forEach((t, id) -> byId[id] = t);
      List<Candidate> out = new ArrayList<>();
      contexts.forEach((k, n) -> {
        int same = sameLabel.getOrDefault(k, 0);
        if (n < MIN_CONTEXTS || same > 0) {
          return;
        }
        String a = byId[(int) (k >> 32)];
        String b = byId[(int) (k & 0xffffffffL)];
        Set<String> ma = macrosOf.get(a);
        Set<String> mb = macrosOf.get(b);
        if (ma.size() > mb.size()) {
          String t = a;
          a = b;
          b = t;
        }
        int shared = (int) ma.stream().filter(mb::contains).count();
        String context = example.get(k);
        String macro = context.substring(0, context.indexOf('|'));
        out.add(new Candidate(surface(surfaces, a), surface(surfaces, b), n, shared,
            jaccard(sheetsOf.getOrDefault(a, Set.of()), sheetsOf.getOrDefault(b, Set.of())),
            macro + " " + macroLabels.getOrDefault(macro, "") + " / context: " + context.substring(context.indexOf('|') + 1)));
      });
      out.sort(Comparator.comparingInt((Candidate c) -> -c.contexts()).thenComparingInt(c -> -c.sharedMacros())
          .thenComparing(Candidate::word)
          .thenComparing(Candidate::alternative));
      return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int both = 0;
    for (String s : a) {
      if (b.contains(s)) {
        both++;
      }
    }
    int either = a.size() + b.size() - both;
    return either == 0 ? 0 : both / (double) either;
  }

  /** The analyzed terms of a label, noting the words they were read from. */
  private static Set<String> terms(Analyzer analyzer, String text, Map<String, Map<String, Integer>> surfaces) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() < 3) {
          continue;
        }
        out.add(t);
        String word = text.substring(offset.startOffset(), Math.min(offset.endOffset(), text.length()));
        word = word.substring(TermHighlighter.afterElision(word, 0, word.length())).toLowerCase(Locale.ROOT);
        surfaces.computeIfAbsent(t, k -> new HashMap<>()).merge(word, 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The word most often written for a term. */
  private static String surface(Map<String, Map<String, Integer>> surfaces, String term) {
    return surfaces.get(term).entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(term);
  }
}
