package fr.passerelles.mobility;

import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetType;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Places a branch competence in ROME's competence tree by searching the competence index: the
 * competence's text (query chain, with the domain synonyms, lead words such as "connaissance"
 * left out) is a BM25 query over the ROME items; the hits are re-scored by the cosine of their
 * IDF-weighted term sets and must share two terms (one for a one-word text); the strongest
 * savoir-faire hits — whose place in the tree is certain, unlike a savoir's — vote, by squared
 * strength, for an enjeu, then an objectif and a macro-compétence within it. Hits that belong to
 * the ROME sheets the métier is mapped to (000's annex, the reviewed links) are the likeliest
 * meaning of a vague text: their strength counts {@link #CONTEXT_BONUS} more when ranking and
 * voting (the file shows the raw strength).
 */
public final class CompetenceAligner {
  /** BM25 candidates read per competence before re-scoring. */
  static final int CANDIDATES = 40;
  /** Hits kept (the first three are written to the alignment file). */
  static final int HITS_KEPT = 10;
  /** Terms a hit must share with the competence (one for a competence of one or two terms). */
  static final int MIN_SHARED = 2;
  /** Extra weight of a hit found in the métier's own ROME sheets. */
  static final double CONTEXT_BONUS = 0.25;
  /** A hit weaker than this neither votes nor stands for the competence. */
  static final double MIN_STRENGTH = 0.2;
  /**
   * Below this best strength, or this vote share for the chosen domaine (the level fields use by
   * default), the placement is flagged for review.
   */
  static final double REVIEW_STRENGTH = 0.35;
  static final double REVIEW_SUPPORT = 0.5;
  /** Words that only state the kind of a competence ("Connaissance de…", "Savoir + verbe"). */
  static final List<String> LEAD_WORDS = List.of(
      "savoir", "connaissance", "connaissances", "connaître", "connaitre", "compréhension",
      "pratique", "maîtriser", "maitriser", "capacité", "aptitude", "bonne", "bon");

  private final SearchIndexes indexes;
  private final AnalysisChain analysis;
  private final RomeItemFields fields;
  private final TermVectors vectors;

  CompetenceAligner(SearchIndexes indexes, AnalysisChain analysis, RomeItemFields fields, TermVectors vectors) {
    this.indexes = indexes;
    this.analysis = analysis;
    this.fields = fields;
    this.vectors = vectors;
  }

  /** The analyzed forms of {@link #LEAD_WORDS}. */
  static Set<String> leadTerms(AnalysisChain analysis) {
    Set<String> terms = new LinkedHashSet<>();
    for (String w : LEAD_WORDS) {
      terms.addAll(IndexBuilder.analyzedTerms(analysis.indexAnalyzer(), IndexFields.TEXT, w));
    }
    return terms;
  }

  /**
   * Aligns one branch competence.
   *
   * @param context the ROME sheets of the competence's métier
   */
  public AlignedCompetence align(String id, String sheet, String kind, String text, Set<String> context) {
    List<String> terms = new ArrayList<>(
        IndexBuilder.analyzedTerms(analysis.queryAnalyzer(), IndexFields.TEXT, text));
    terms.removeIf(vectors::ignored);
    List<AlignmentHit> hits = terms.isEmpty() ? List.of() : hits(terms, context);
    Map<MacroPath, Double> votes = new HashMap<>();
    double total = 0;
    for (AlignmentHit h : hits) {
      if (h.strength() >= MIN_STRENGTH && h.path() != null && !"savoir".equals(h.kind())) {
        double effective = h.strength() * (h.inContext() ? 1 + CONTEXT_BONUS : 1);
        double vote = effective * effective;
        votes.merge(h.path(), vote, Double::sum);
        total += vote;
      }
    }
    Optional<MacroPath> path = RomeItemFields.plurality(votes);
    double domaineSupport = 0;
    double enjeuSupport = 0;
    if (path.isPresent()) {
      String domaine = path.get().domaine().code();
      String enjeu = path.get().enjeu().code();
      for (Map.Entry<MacroPath, Double> e : votes.entrySet()) {
        domaineSupport += e.getKey().domaine().code().equals(domaine) ? e.getValue() / total : 0;
        enjeuSupport += e.getKey().enjeu().code().equals(enjeu) ? e.getValue() / total : 0;
      }
    }
    double best = hits.isEmpty() ? 0 : hits.get(0).strength();
    boolean review = path.isEmpty() || best < REVIEW_STRENGTH || domaineSupport < REVIEW_SUPPORT;
    return new AlignedCompetence(id, sheet, kind, text, path.orElse(null), round(domaineSupport), round(enjeuSupport),
        hits, review);
  }

  private List<AlignmentHit> hits(List<String> terms, Set<String> context) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String t : terms) {
      q.add(new TermQuery(new Term(IndexFields.TEXT, t)), BooleanClause.Occur.SHOULD);
    }
    q.add(new TermQuery(new Term(IndexFields.SHEET_TYPE, SheetType.ROME.json())), BooleanClause.Occur.FILTER);
    ScoreDoc[] docs;
    try {
      docs = indexes.competences().search(q.build(), CANDIDATES).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException("competence index read failed", e);
    }
    Set<String> query = new LinkedHashSet<>(terms);
    List<AlignmentHit> hits = new ArrayList<>();
    for (ScoreDoc sd : docs) {
      ItemRecord item = indexes.item(ItemType.COMPETENCE, sd.doc);
      Optional<Integer> ogr = ogr(item.id());
      if (ogr.isEmpty()) {
        continue;
      }
      if (shared(query, item.terms()) < (query.size() <= 2 ? 1 : MIN_SHARED)) {
        continue;
      }
      double strength = vectors.cosine(query, item.terms());
      boolean inContext = item.sheets().stream().anyMatch(context::contains);
      hits.add(new AlignmentHit(item.id(), ogr.get(), item.text(), item.kind(),
          fields.path(ogr.get()).orElse(null), round(strength), inContext));
    }
    hits.sort(Comparator.comparingDouble((AlignmentHit h) -> h.strength() * (h.inContext() ? 1 + CONTEXT_BONUS : 1))
        .reversed().thenComparingInt(AlignmentHit::ogr));
    return List.copyOf(hits.subList(0, Math.min(HITS_KEPT, hits.size())));
  }

  private static int shared(Set<String> query, List<String> item) {
    int n = 0;
    for (String t : item) {
      if (query.contains(t)) {
        n++;
      }
    }
    return n;
  }

  /** The {@code code_ogr} of a ROME item id ({@code ogr-123}), empty for other ids. */
  static Optional<Integer> ogr(String itemId) {
    if (!itemId.startsWith("ogr-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(itemId.substring(4)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
