package fr.passerelles.mobility;

import fr.passerelles.corpus.Competence;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Every branch competence placed in ROME's competence tree, in corpus order (sheets by id, items
 * in sheet order). Computed at start-up when a ROME release is loaded, else read from the reviewed
 * file {@link #FILE} that {@code passerelles align} writes.
 */
public final class CompetenceAlignment {
  /** The generated, committed alignment, relative to the corpus folder. */
  public static final String FILE = "generated/alignment.csv";

  private final List<AlignedCompetence> competences;
  private final Map<String, AlignedCompetence> byId;

  public CompetenceAlignment(List<AlignedCompetence> competences) {
    this.competences = List.copyOf(competences);
    Map<String, AlignedCompetence> index = new LinkedHashMap<>();
    this.competences.forEach(c -> index.put(c.id(), c));
    this.byId = Map.copyOf(index);
  }

  /** Aligns every competence of every branch sheet, as the aligner alone places them. */
  public static CompetenceAlignment compute(Corpus corpus, CompetenceAligner aligner) {
    return compute(corpus, aligner, new AlignmentReview(Map.of()), macro -> Optional.empty());
  }

  /** Aligns every competence of every branch sheet, then applies the review's decisions. */
  public static CompetenceAlignment compute(Corpus corpus, CompetenceAligner aligner, AlignmentReview review,
      IntFunction<Optional<MacroPath>> tree) {
    List<AlignedCompetence> out = new ArrayList<>();
    for (Sheet s : corpus.sheets()) {
      Set<String> context = Set.copyOf(corpus.romeMapping(s.metier()).romeCodes());
      for (Competence c : s.competences()) {
        out.add(review.apply(aligner.align(c.id(), s.id(), c.kind().json(), c.text(), context), tree));
      }
    }
    return new CompetenceAlignment(out);
  }

  public List<AlignedCompetence> competences() {
    return competences;
  }

  public Optional<AlignedCompetence> competence(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** How many placements a review decided. */
  public long reviewed() {
    return competences.stream().filter(c -> c.reviewed() != null).count();
  }

  /** How many placements are flagged for review and not yet reviewed. */
  public long flagged() {
    return competences.stream().filter(AlignedCompetence::review).count();
  }
}
