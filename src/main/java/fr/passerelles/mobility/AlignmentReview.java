package fr.passerelles.mobility;

import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVRecord;

/**
 * A person's decisions on the placements the aligner flagged (docs/mobility.md § 2), one per
 * competence, each with its reason: {@code keep} the computed place, {@code place} it under another
 * macro-compétence, or {@code none} (no macro-compétence says it). The ROME items it stands for are
 * kept ({@code keep}), dropped ({@code none}, when the strong hits are word matches) or named
 * ({@code ogr-300480;ogr-…}). Read from {@link #RESOURCE}; a reviewed placement is no longer flagged.
 * The review names macro-compétences of ROME 4.0's tree: under a release whose tree lacks one (a
 * test fixture, a later release that dropped it), that placement is left as the aligner made it.
 */
public final class AlignmentReview {
  static final String RESOURCE = "/fr/passerelles/mobility/alignment-review.csv";

  /** What the review decided. */
  public enum Decision {
    KEEP,
    PLACE,
    NONE;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * @param macro the macro-compétence for {@link Decision#PLACE}, else 0
   * @param equivalents null to keep the strong hits, else the ROME items it stands for (maybe none)
   */
  public record Entry(String id, Decision decision, int macro, List<Integer> equivalents, String reason) {}

  private final Map<String, Entry> entries;

  AlignmentReview(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  public static AlignmentReview load() {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (CSVRecord rec : ReviewCsv.rows(RESOURCE)) {
      Entry e = entry(rec);
      if (out.put(e.id(), e) != null) {
        throw new IllegalStateException(RESOURCE + ": " + e.id() + " is reviewed twice");
      }
    }
    return new AlignmentReview(out);
  }

  private static Entry entry(CSVRecord r) {
    String id = r.get("competence_id");
    Decision d = Decision.valueOf(r.get("decision").toUpperCase(java.util.Locale.ROOT));
    int macro = r.get("macro_ogr").isEmpty() ? 0 : Integer.parseInt(r.get("macro_ogr"));
    if ((d == Decision.PLACE) != (macro != 0)) {
      throw new IllegalStateException(RESOURCE + ": " + id + " needs a macro_ogr exactly when placed");
    }
    String eq = r.get("equivalents");
    List<Integer> equivalents = switch (eq) {
      case "keep" -> null;
      case "none" -> List.of();
      default -> Arrays.stream(eq.split(";")).map(s -> Integer.parseInt(s.strip().replace("ogr-", ""))).toList();
    };
    String reason = r.get("reason").strip();
    if (reason.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": " + id + " has no reason");
    }
    return new Entry(id, d, macro, equivalents, reason);
  }

  public Optional<Entry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public int size() {
    return entries.size();
  }

  /** The placement with the review applied (unchanged when the competence was not reviewed). */
  AlignedCompetence apply(AlignedCompetence c, IntFunction<Optional<MacroPath>> tree) {
    Entry e = entries.get(c.id());
    if (e == null) {
      return c;
    }
    MacroPath path = switch (e.decision()) {
      case KEEP -> c.path();
      case NONE -> null;
      case PLACE -> tree.apply(e.macro()).orElse(null);
    };
    if (e.decision() == Decision.PLACE && path == null) {
      return c; // a release whose tree lacks the macro: the aligner's placement stands, still flagged
    }
    return new AlignedCompetence(c.id(), c.sheet(), c.kind(), c.text(), path, c.domaineSupport(), c.enjeuSupport(),
        c.hits(), false, e.decision(), e.equivalents(), e.reason());
  }
}
