package fr.passerelles.mobility;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.match.EvidenceModel;
import fr.passerelles.match.EvidenceProbe;
import fr.passerelles.match.MatchInput;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.match.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The items an origin's own sheet states in other words, read by the evidence judge of matching
 * ({@link EvidenceProbe}, docs/quality.md "Evidence"): each of the origin's competences, activities
 * and definition sentences is a span of a text, read as a CV line is (action phrases, action nouns
 * conflated with their verbs), and an index item is stated when the judge gives some span at least
 * {@link #STATES}. Such an item is no key gap ({@link KeyGaps}): the person already does it
 * ("Savoir utiliser les outils bureautiques et logiciels spécifiques de son poste de travail" for a
 * chargé d'assistance whose sheet says "Savoir utiliser les outils spécifiques"). Computed once per
 * origin, on first use, and kept (only the stated ids). Thread-safe.
 */
final class StatedItems {
  /**
   * The lowest judge probability that counts as stated, chosen on the dev split (docs/mobility.md
   * § 4): no graded item lies in [0.2, 0.3); above, 3 `held`, 1 `vague`, 2 `need`; below, `need`
   * only. Lower than the judge's own threshold (0.492), which a CV line must reach to be shown as
   * evidence: here a partial statement is enough to say the item is not new to the person.
   */
  static final double STATES = 0.25;

  private final Function<String, MatchInput> understand;
  private final EvidenceProbe probe;
  private final Map<String, List<String>> textsBySheet = new HashMap<>();
  private final Map<Key, Set<String>> cache = new ConcurrentHashMap<>();

  /** An origin as the judge reads it: its id and the competences it holds (a person may deny some). */
  private record Key(String id, List<String> competences) {}

  /**
   * @param understand the NLP step: a text cut into segments, action phrases and action nouns
   * @param queryAnalyzer the chain the evidence step reads spans with
   */
  StatedItems(Function<String, MatchInput> understand, SearchIndexes indexes, Analyzer queryAnalyzer) {
    this.understand = understand;
    this.probe = new EvidenceProbe(indexes, queryAnalyzer, EvidenceModel.load());
    for (ItemType type : ItemType.values()) {
      for (ItemRecord item : indexes.allItems(type)) {
        for (String sheet : item.sheets()) {
          textsBySheet.computeIfAbsent(sheet, k -> new ArrayList<>()).add(item.text());
        }
      }
    }
  }

  /** Whether the origin's own items state the item {@code id}. */
  boolean states(MetierProfile origin, String id) {
    return of(origin).contains(id);
  }

  /** The ids of the index items the origin's own items state. */
  Set<String> of(MetierProfile origin) {
    Key key = new Key(origin.id(), origin.competences().stream().map(ProfileCompetence::id).toList());
    return cache.computeIfAbsent(key, k -> stated(origin));
  }

  private Set<String> stated(MetierProfile origin) {
    Set<String> texts = new LinkedHashSet<>();
    origin.competences().forEach(c -> texts.add(c.text()));
    for (String sheet : origin.sources()) {
      texts.addAll(textsBySheet.getOrDefault(sheet, List.of()));
    }
    if (texts.isEmpty()) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    try {
      for (EvidenceProbe.Pair pair : probe.pairs(read(texts))) {
        if (pair.probability() >= STATES) {
          out.add(pair.itemId());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /** The items one a line, read by the NLP step; each line a segment when it does not take them for French. */
  private MatchInput read(Set<String> texts) {
    String text = String.join("\n", texts);
    try {
      return understand.apply(text);
    } catch (NotFrenchException e) {
      List<TextSpan> segments = new ArrayList<>();
      int at = 0;
      for (String t : texts) {
        segments.add(new TextSpan(at, at + t.length(), t));
        at += t.length() + 1;
      }
      return new MatchInput(text, segments, List.of());
    }
  }
}
