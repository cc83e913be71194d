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

  private SkillEquivalences(Map<String, List<String>> byTerm) {
    this.byTerm = Map.copyOf(byTerm);
  }

  static SkillEquivalences load(Analyzer queryAnalyzer) {
    return parse(resource(RESOURCE) + "\n" + keptRows(resource(MINED)), queryAnalyzer);
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
