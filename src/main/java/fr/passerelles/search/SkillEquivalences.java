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

  private final Map<String, List<String>> byTerm;

  private SkillEquivalences(Map<String, List<String>> byTerm) {
    this.byTerm = Map.copyOf(byTerm);
  }

  static SkillEquivalences load(Analyzer queryAnalyzer) {
    try (InputStream in = SkillEquivalences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), queryAnalyzer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SkillEquivalences parse(String text, Analyzer queryAnalyzer) {
    Map<String, List<String>> out = new HashMap<>();
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
      for (String term : IndexBuilder.analyzedTerms(queryAnalyzer, IndexFields.TEXT, l.substring(0, arrow).strip())) {
        out.computeIfAbsent(term, k -> new ArrayList<>()).addAll(alternatives);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return new SkillEquivalences(out);
  }

  /** The alternatives of an analyzed term; empty when it has none. */
  List<String> of(String term) {
    return byTerm.getOrDefault(term, List.of());
  }
}
