package fr.passerelles.mobility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * A person's review of what a borrowed ROME sheet says of the branch métier that borrows it
 * (docs/mobility.md § 4, "Key gaps"): the sheet's items that are another job's work — the franchise
 * shops of M1427 for an animateur de réseau de prestataires, the insurer's premiums and legal-case
 * software of C1109 for a gestionnaire de dossiers d'assistance — each with its reason, or the whole
 * sheet ({@code *}) when it describes another trade. Such items stay in the full list of missing
 * competences, never among the key gaps. Read from {@link #RESOURCE}.
 */
final class BorrowedReview {
  static final String RESOURCE = "/fr/passerelles/mobility/borrowed-review.csv";
  /** The item column's value for "every item of the borrowed sheets". */
  static final String WHOLE_SHEET = "*";

  /** One decision: {@code item} (an item id or {@link #WHOLE_SHEET}) is not {@code metier}'s work. */
  record Entry(String metier, String item, String reason) {}

  private final Map<String, Set<String>> off;
  private final List<Entry> entries;

  BorrowedReview(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, Set<String>> m = new HashMap<>();
    for (Entry e : entries) {
      if (!m.computeIfAbsent(e.metier(), k -> new java.util.HashSet<>()).add(e.item())) {
        throw new IllegalStateException(RESOURCE + ": " + e.metier() + " " + e.item() + " is reviewed twice");
      }
    }
    m.replaceAll((k, v) -> Set.copyOf(v));
    this.off = Map.copyOf(m);
  }

  static BorrowedReview load() {
    List<Entry> out = new java.util.ArrayList<>();
    for (CSVRecord r : ReviewCsv.rows(RESOURCE)) {
      if (!"off".equals(r.get("decision"))) {
        throw new IllegalStateException(RESOURCE + ": decision must be 'off', not " + r.get("decision"));
      }
      String reason = r.get("reason").strip();
      if (reason.isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": " + r.get("metier") + " " + r.get("item") + " has no reason");
      }
      out.add(new Entry(r.get("metier"), r.get("item"), reason));
    }
    return new BorrowedReview(out);
  }

  /** Whether the review says {@code itemId}, borrowed by {@code metier}, is another job's work. */
  boolean off(String metier, String itemId) {
    Set<String> items = off.getOrDefault(metier, Set.of());
    return items.contains(itemId) || items.contains(WHOLE_SHEET);
  }

  List<Entry> entries() {
    return entries;
  }
}
