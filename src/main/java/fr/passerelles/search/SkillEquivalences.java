package fr.passerelles.search;

import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Reviewed query-side equivalences drawn from ROME's structure ({@code skill-equivalences.txt},
 * each entry with its provenance): an analyzed query term → the words or phrases that also say
 * it ("anglais" → "langues étrangères"). Keys are analyzed with the query analyzer, so any form of
 * the word triggers its entry; the alternatives stay text, for the parser to analyze as phrases.
 */
final class SkillEquivalences {
  static final String RESOURCE = "skill-equivalences.txt";
  /** Candidates mined from ROME's tree ({@link EquivalenceMiner}), reviewed: the kept rows apply both ways. */
  static final String MINED = "skill-equivalences-mined.tsv";

  private final Map<String, List<String>> byTerm;
  /** Multi-word keys (folded words, one space apart) → alternatives: a fixed expression as a whole. */
  private final Map<String, List<String>> byPhrase;

  private SkillEquivalences(Map<String, List<String>> byTerm, Map<String, List<String>> byPhrase) {
    this.byTerm = Map.copyOf(byTerm);
    this.byPhrase = Map.copyOf(byPhrase);
  }

  static SkillEquivalences load(Analyzer queryAnalyzer) {
    return parse(resource(RESOURCE) + "\n" + keptRows(resource(MINED)), queryAnalyzer);
  }

  /**
   * The reviewed entries, then the abbreviations the referential defines ({@link Acronyms}: "ged"
   * → "Gestion Electronique des Documents"), each a one-way entry of its abbreviation, keyed by
   * the abbreviation's own term: {@code wordsAnalyzer} applies no synonym, so an abbreviation the
   * domain synonyms expand ("arm" → "assistant de régulation médicale") keys no word of its
   * expansion ("médicaux" found the ARM items for "suivi des traitements médicaux").
   */
  static SkillEquivalences load(Analyzer queryAnalyzer, Analyzer wordsAnalyzer, Map<String, List<String>> abbreviations) {
    SkillEquivalences reviewed = load(queryAnalyzer);
    Map<String, List<String>> byTerm = new HashMap<>(reviewed.byTerm);
    abbreviations.forEach((abbreviation, forms) -> {
      List<String> terms = IndexBuilder.analyzedTerms(wordsAnalyzer, IndexFields.TEXT, abbreviation);
      if (terms.size() == 1) {
        List<String> all = new ArrayList<>(byTerm.getOrDefault(terms.get(0), List.of()));
        forms.stream().filter(f -> !all.contains(f)).forEach(all::add);
        byTerm.put(terms.get(0), List.copyOf(all));
      }
    });
    return new SkillEquivalences(byTerm, reviewed.byPhrase);
  }

  private static String resource(String name) {
    try (InputStream in = SkillEquivalences.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reviewed mined rows ({@code decision, word, alternative, …}) kept, as entries both ways. */
  static String keptRows(String tsv) {
    StringBuilder out = new StringBuilder();
    for (String line : tsv.split("\n")) {
      String[] f = line.split("\t");
      if (f.length >= 3 && f[0].equals("keep")) {
        out.append(f[1]).append(" => ").append(f[2]).append('\n');
        out.append(f[2]).append(" => ").append(f[1]).append('\n');
      }
    }
    return out.toString();
  }

  static SkillEquivalences parse(String text, Analyzer queryAnalyzer) {
    Map<String, List<String>> out = new HashMap<>();
    Map<String, List<String>> phrases = new HashMap<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int arrow = l.indexOf("=>");
      if (arrow < 0) {
        throw new IllegalArgumentException("expected 'word => alternative ; …': " + l);
      }
      List<String> alternatives = new ArrayList<>();
      for (String a : l.substring(arrow + 2).split(";")) {
        if (!a.isBlank()) {
          alternatives.add(a.strip());
        }
      }
      String key = l.substring(0, arrow).strip();
      String folded = fold(key);
      if (folded.indexOf(' ') > 0) {
        // "maîtrise de soi" is no "maîtrise" (and "soi" is a stop word): the expression as a whole
        phrases.computeIfAbsent(folded, k -> new ArrayList<>()).addAll(alternatives);
        continue;
      }
      for (String term : IndexBuilder.analyzedTerms(queryAnalyzer, IndexFields.TEXT, key)) {
        out.computeIfAbsent(term, k -> new ArrayList<>()).addAll(alternatives);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    phrases.replaceAll((k, v) -> List.copyOf(v));
    return new SkillEquivalences(out, phrases);
  }

  /** Lower case, no accents, every run of non-letters one space: how a query's words are compared. */
  static String fold(String text) {
    String s = java.text.Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT).replace("œ", "oe"),
        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The alternatives of the multi-word keys the query's text holds, word for word; empty when none. */
  List<String> ofPhrasesIn(String queryText) {
    String q = " " + fold(queryText) + " ";
    List<String> out = new ArrayList<>();
    byPhrase.forEach((key, alternatives) -> {
      if (q.contains(" " + key + " ")) {
        out.addAll(alternatives);
      }
    });
    return out;
  }

  /** The alternatives of an analyzed term; empty when it has none. */
  List<String> of(String term) {
    return byTerm.getOrDefault(term, List.of());
  }
}
