package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * A person's review of branch competences that are one competence in two sheets' words
 * (docs/mobility.md § 4): "Savoir gérer une relation téléphonique : techniques d'accueil, d'écoute,
 * de questionnement" is the information-gathering interview the specialist sheets call "Savoir
 * conduire des entretiens de recueil d'informations et de conseil". No word and no ROME item links
 * them, so the gap would ask one of the other. Each row names the branch item a competence stands
 * for, with its reason. These ids count for coverage only: the overlap ranking reads ROME items, not
 * branch ids, so the review moves no passerelle. Read from {@link #RESOURCE}.
 */
final class BranchEquivalences {
  static final String RESOURCE = "/fr/passerelles/mobility/branch-equivalences.csv";

  /** {@code id} stands for the branch competence {@code sameAs}. */
  record Entry(String id, String sameAs, String reason) {}

  private final Map<String, List<String>> sameAs;
  private final List<Entry> entries;

  BranchEquivalences(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<String>> m = new HashMap<>();
    entries.forEach(e -> m.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e.sameAs()));
    m.replaceAll((k, v) -> List.copyOf(v));
    this.sameAs = Map.copyOf(m);
  }

  static BranchEquivalences load() {
    List<Entry> out = new ArrayList<>();
    for (CSVRecord r : ReviewCsv.rows(RESOURCE)) {
      String reason = r.get("reason").strip();
      if (reason.isEmpty() || r.get("same_as").startsWith("ogr-")) {
        throw new IllegalStateException(RESOURCE + ": " + r.get("competence_id")
            + " needs a reason and a branch competence (ROME items belong in the alignment review)");
      }
      out.add(new Entry(r.get("competence_id"), r.get("same_as"), reason));
    }
    return new BranchEquivalences(out);
  }

  /** The branch competences {@code id} stands for, none when not reviewed. */
  List<String> of(String id) {
    return sameAs.getOrDefault(id, List.of());
  }

  List<Entry> entries() {
    return entries;
  }
}
