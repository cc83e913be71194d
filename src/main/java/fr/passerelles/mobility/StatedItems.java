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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The items an origin's own sheet states in other words, read by the evidence judge of matching
 * ({@link EvidenceProbe}, docs/quality.md "Evidence"): each of the origin's competences, activities
 * and definition sentences is a line of a text, read as a CV is (action phrases, action nouns
 * conflated with their verbs), and an index item is stated when the judge gives some span at least
 * {@link #STATES}. Such an item is no key gap ({@link KeyGaps}): the person already does it
 * ("Savoir utiliser les outils bureautiques et logiciels spécifiques de son poste de travail" for a
 * chargé d'assistance whose sheet says "Savoir utiliser les outils spécifiques"). Read once per
 * origin, on first use, and kept (the stated ids and the lines that state them, up to {@link
 * #MAX_CACHED} origins): a person's denied competences then only take their lines out. Thread-safe.
 */
final class StatedItems {
  /**
   * The lowest judge probability that counts as stated, chosen on the dev split (docs/mobility.md
   * § 4): no graded item lies in [0.2, 0.3); above, 3 `held`, 1 `vague`, 2 `need`; below, `need`
   * only. Lower than the judge's own threshold (0.492), which a CV line must reach to be shown as
   * evidence: here a partial statement is enough to say the item is not new to the person.
   */
  static final double STATES = 0.25;
  /**
   * Origins kept: every métier's sheets (1,633 profiles) and the few a person's added competences
   * make; past it, read each time, never stored.
   */
  static final int MAX_CACHED = 4_096;

  private final Function<String, MatchInput> understand;
  private final EvidenceProbe probe;
  private final Map<String, List<ItemRecord>> itemsBySheet = new HashMap<>();
  private final Map<Key, Reading> cache = new ConcurrentHashMap<>();

  /**
   * An origin as the judge reads it: its sheets, and the competences a person adds that they do not
   * list (ids, sorted).
   */
  private record Key(List<String> sources, List<String> added) {}

  /**
   * One reading of an origin's lines.
   *
   * @param owners for each line, the ids of the items with that text
   * @param stating for each stated item id, the lines that state it
   */
  private record Reading(List<Set<String>> owners, Map<String, int[]> stating) {
    boolean states(String id, Set<String> denied) {
      int[] lines = stating.get(id);
      if (lines == null) {
        return false;
      }
      for (int line : lines) {
        if (denied.isEmpty() || owners.get(line).stream().noneMatch(denied::contains)) {
          return true;
        }
      }
      return false;
    }
  }

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
          itemsBySheet.computeIfAbsent(sheet, k -> new ArrayList<>()).add(item);
        }
      }
    }
  }

  /**
   * Which items the origin's own items state: the origin's reading looked up once, then asked for
   * each item (a passerelles answer asks for every missing item of every target).
   *
   * @param denied competence ids a person says they do not master: their lines state nothing
   */
  java.util.function.Predicate<String> of(MetierProfile origin, Set<String> denied) {
    Reading reading = reading(origin);
    return id -> reading.states(id, denied);
  }

  private Reading reading(MetierProfile origin) {
    Map<String, Set<String>> lines = new LinkedHashMap<>(); // text -> ids, in sheet order
    Set<String> listed = new java.util.HashSet<>();
    for (String sheet : origin.sources()) {
      for (ItemRecord item : itemsBySheet.getOrDefault(sheet, List.of())) {
        lines.computeIfAbsent(item.text(), k -> new TreeSet<>()).add(item.id());
        listed.add(item.id());
      }
    }
    List<String> added = new ArrayList<>();
    for (ProfileCompetence c : origin.competences()) { // every métier's competences are its sheets' items
      if (listed.add(c.id())) {
        added.add(c.id());
        lines.computeIfAbsent(c.text(), k -> new TreeSet<>()).add(c.id());
      }
    }
    Key key = new Key(origin.sources(), added.stream().sorted().toList());
    Reading known = cache.get(key);
    if (known != null) {
      return known;
    }
    Reading read = read(lines);
    if (cache.size() < MAX_CACHED) {
      cache.putIfAbsent(key, read);
    }
    return read;
  }

  private Reading read(Map<String, Set<String>> lines) {
    List<String> texts = new ArrayList<>(lines.keySet());
    List<Set<String>> owners = lines.values().stream().map(Set::copyOf).toList();
    if (texts.isEmpty()) {
      return new Reading(owners, Map.of());
    }
    String text = String.join("\n", texts);
    int[] starts = new int[texts.size()];
    for (int i = 1; i < starts.length; i++) {
      starts[i] = starts[i - 1] + texts.get(i - 1).length() + 1;
    }
    Map<String, Set<Integer>> stating = new HashMap<>();
    try {
      for (EvidenceProbe.Pair pair : probe.pairs(input(text, texts, starts))) {
        if (pair.probability() >= STATES) {
          stating.computeIfAbsent(pair.itemId(), k -> new TreeSet<>()).add(line(starts, pair.span().start()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, int[]> out = new HashMap<>();
    stating.forEach((id, at) -> out.put(id, at.stream().mapToInt(Integer::intValue).toArray()));
    return new Reading(owners, Map.copyOf(out));
  }

  /** The line a span starts in. */
  private static int line(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** The lines read by the NLP step; each line a segment when it does not take them for French. */
  private MatchInput input(String text, List<String> texts, int[] starts) {
    try {
      return understand.apply(text);
    } catch (NotFrenchException e) {
      List<TextSpan> segments = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        segments.add(new TextSpan(starts[i], starts[i] + texts.get(i).length(), texts.get(i)));
      }
      return new MatchInput(text, segments, List.of());
    }
  }
}
