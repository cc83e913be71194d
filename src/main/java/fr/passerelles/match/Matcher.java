package fr.passerelles.match;

import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Free text → ranked sheets with evidence. Combines a whole-text BM25 ranking of the sheets with
 * per-segment evidence from the activities and competences indexes (see docs/matching.md).
 * Thread-safe: it only reads the shared, immutable indexes.
 */
public final class Matcher {
  private final SearchIndexes indexes;
  private final Analyzer queryAnalyzer;
  /** The analyzer of a branch-only request: {@link #queryAnalyzer}, or the same chain without synonyms. */
  private final Analyzer branchAnalyzer;
  private final SheetRanker ranker;
  private final EvidenceCollector collector;
  private final TermCorrector corrector;
  private final MatchTuning tuning;
  private final TitleRecognizer titles;
  private final ScoreModels models;
  private final NominalExpansion expansion;
  private final AnnexBridge bridge;
  private final BranchPrior prior;
  private final PopulationBridge population;
  private final ExampleVote examples;
  /** Sheets added as candidates for the nearness of their names to a line of the text. */
  static final int NEAR_CANDIDATES = 10;
  /**
   * A short line this near one of a sheet's names (weighted Dice) names the text's job: half the
   * name's weight shared, set a priori (docs/matching.md §4), not tuned.
   */
  static final double NAMED_NEAR = 0.5;
  /**
   * Whether a branch-only request reads the query with the domain synonyms, as ROME and mixed
   * requests do. Kept on until a text nobody read says otherwise (docs/quality.md, "A fourth blind
   * set").
   */
  public static final boolean DEFAULT_BRANCH_SYNONYMS = true;
  /**
   * β of the annex's bridge from a confident branch métier to its ROME sheets (0: off). On since
   * the branch answer's confidence reads the text's branch affinity: chosen on the development set,
   * the benchmark's train sheets and sets 1–8, adopted on sets 11–14 (docs/quality.md, "The annex's
   * bridge, with the branch affinity").
   */
  public static final double DEFAULT_ANNEX_BRIDGE = 0.5;
  /**
   * λ of the branch métiers' headcount prior ({@link BranchPrior}; 0: off), by the rule of
   * docs/quality.md, "A branch métier's headcount as its prior".
   */
  public static final double DEFAULT_BRANCH_PRIOR = 0;
  /**
   * γ of the ROME sheets the branch's people hold ({@link PopulationBridge}; 0: off): 0.2 was best
   * on the development set and sets 1–20, the benchmark's train sheets' guard (top-3 −0.005 at most
   * on every task) took it down to 0.05; adopted on sets 21–24 (docs/quality.md, "The ROME sheets
   * the branch's people hold").
   */
  public static final double DEFAULT_POPULATION_BRIDGE = 0.05;
  /**
   * k and γ of the labelled texts' vote ({@link ExampleVote}; γ 0: off): the best mean branch MRR
   * of the development set and sets 1–28 (each with its own set left out) over k 5, 10, 20 and γ
   * 0.05…0.5 (docs/quality.md, "Labelled texts as neighbours").
   */
  public static final int DEFAULT_EXAMPLE_K = 5;
  /** γ of the labelled texts' vote: see {@link #DEFAULT_EXAMPLE_K}. */
  public static final double DEFAULT_EXAMPLE_VOTE = 0.5;
  /**
   * γ of the same vote for the ROME sheets, and the cosine the nearest labelled text must reach for
   * it to count (a ROME-worded text is far from every text people write): chosen on the development
   * set and sets 1–28 under the train sheets' guard, adopted on sets 35–38 (ROME MRR 0.581 → 0.729)
   * and the test sheets' guard; ungated, the vote cost the test sheets (docs/quality.md, "The vote
   * on the ROME side").
   */
  public static final double DEFAULT_ROME_VOTE = 0.2;
  /** The ROME vote's gate: see {@link #DEFAULT_ROME_VOTE}. */
  public static final double DEFAULT_ROME_GATE = 0.21;
  /**
   * The ROME sheets' centroids of the labelled texts, for texts not in ROME's definition style: γ_C
   * 0.05 over the 20 nearest, for a text under 0.1 of whose task lines open as a definition's. Chosen
   * on the train sheets, the development set, sets 1–102 and 297 third-party development texts,
   * adopted on two fresh third-party batches (41 texts, ROME MRR 0.738 → 0.801) and the test sheets'
   * guard (docs/quality.md, "The centroids for text not in ROME's style").
   */
  public static final ExampleVote.RomeCentroid DEFAULT_ROME_CENTROID = new ExampleVote.RomeCentroid(0.05, 20, false, 0.1);

  public Matcher(SearchIndexes indexes, Analyzer queryAnalyzer) {
    this(indexes, queryAnalyzer, MatchTuning.DEFAULT);
  }

  public Matcher(SearchIndexes indexes, Analyzer queryAnalyzer, MatchTuning tuning) {
    this(indexes, queryAnalyzer, tuning, ScoreModels.load());
  }

  public Matcher(SearchIndexes indexes, Analyzer queryAnalyzer, MatchTuning tuning, ScoreModels models) {
    this(indexes, queryAnalyzer, branchAnalyzer(queryAnalyzer, DEFAULT_BRANCH_SYNONYMS), tuning, models,
        NominalExpansion.of(indexes, queryAnalyzer, NominalExpansion.Scope.fromProperty()),
        new AnnexBridge(DEFAULT_ANNEX_BRIDGE), BranchPrior.NONE, PopulationBridge.OFF, ExampleVote.OFF);
  }

  private Matcher(SearchIndexes indexes, Analyzer queryAnalyzer, Analyzer branchAnalyzer, MatchTuning tuning,
      ScoreModels models, NominalExpansion expansion, AnnexBridge bridge, BranchPrior prior,
      PopulationBridge population, ExampleVote examples) {
    this.expansion = expansion;
    this.examples = examples;
    this.bridge = bridge;
    this.prior = prior;
    this.population = population;
    this.indexes = indexes;
    this.queryAnalyzer = queryAnalyzer;
    this.branchAnalyzer = branchAnalyzer;
    this.tuning = tuning;
    this.models = models;
    Analyzer literal = branchAnalyzer(queryAnalyzer, false);
    this.titles = new TitleRecognizer(indexes.titles(),
        words -> List.copyOf(AnalyzedSpan.of(literal, IndexFields.TEXT, words, new TextSpan(0, words.length(), words))
            .occurrences().keySet()));
    this.ranker = new SheetRanker(indexes, tuning.fieldBoosts(), tuning.tieBreaker(), tuning.branchVocabulary(),
        tuning.maxTerms());
    this.collector = new EvidenceCollector(indexes);
    this.corrector = new TermCorrector(indexes);
  }

  /** The same indexes and analyzer with other parameters (evaluation sweeps). */
  public Matcher withTuning(MatchTuning other) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer, other, models, expansion, bridge, prior, population, examples);
  }

  /** The same indexes and parameters with other fusion models (fitting, evaluation). */
  public Matcher withModels(ScoreModels other) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer, tuning, other, expansion, bridge, prior, population, examples);
  }

  /**
   * The same matcher whose branch-only requests read the query with or without the domain
   * synonyms; ROME and mixed requests keep them. A chain without synonyms has nothing to drop.
   */
  public Matcher withBranchSynonyms(boolean on) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer(queryAnalyzer, on), tuning, models, expansion, bridge, prior, population, examples);
  }

  private static Analyzer branchAnalyzer(Analyzer queryAnalyzer, boolean synonyms) {
    return synonyms || !(queryAnalyzer instanceof PasserellesAnalyzer p) ? queryAnalyzer : p.withoutSynonyms();
  }

  /** The same indexes and parameters with the action nouns' verbs added where {@code scope} says. */
  Matcher withNominal(NominalExpansion.Scope scope) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer, tuning, models,
        NominalExpansion.of(indexes, queryAnalyzer, scope), bridge, prior, population, examples);
  }

  /**
   * The same matcher with the annex's bridge at weight {@code beta} (0: off): ROME sheets the
   * branch referential maps a confidently matched métier to are boosted (see {@link AnnexBridge}).
   */
  public Matcher withAnnexBridge(double beta) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer, tuning, models, expansion, new AnnexBridge(beta), prior, population, examples);
  }

  /**
   * The same matcher with the branch métiers' prior {@code prior} (the composition root gives the
   * corpus's headcounts at {@link #DEFAULT_BRANCH_PRIOR}).
   */
  public Matcher withBranchPrior(BranchPrior other) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer, tuning, models, expansion, bridge, other, population, examples);
  }

  /**
   * The same matcher with the ROME sheets the branch's people hold boosted for a text near the
   * branch ({@code population}; the composition root gives the corpus's headcounts at {@link
   * #DEFAULT_POPULATION_BRIDGE}).
   */
  public Matcher withPopulationBridge(PopulationBridge other) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer, tuning, models, expansion, bridge, prior, other, examples);
  }

  /**
   * The same matcher with the branch métiers voted for by the text's nearest labelled texts
   * ({@code other}; the composition root gives the corpus's examples at {@link #DEFAULT_EXAMPLE_K}
   * and {@link #DEFAULT_EXAMPLE_VOTE}).
   */
  public Matcher withExampleVote(ExampleVote other) {
    return new Matcher(indexes, queryAnalyzer, branchAnalyzer, tuning, models, expansion, bridge, prior, population, other);
  }

  public ExampleVote exampleVote() {
    return examples;
  }

  public PopulationBridge populationBridge() {
    return population;
  }

  public BranchPrior branchPrior() {
    return prior;
  }

  public ScoreModels models() {
    return models;
  }

  public MatchResult match(MatchInput input, MatchOptions options) {
    try {
      return doMatch(input, options, bridge);
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed", e);
    }
  }

  private MatchResult doMatch(MatchInput input, MatchOptions options, AnnexBridge bridge) throws IOException {
    // branch métiers may be read without the synonyms: one pass either way, the type is filtered
    Analyzer analyzer = options.type() == SheetType.BRANCH ? branchAnalyzer : queryAnalyzer;
    Reading reading = read(input, analyzer);
    Map<String, Double> bridged = Map.of();
    if ((bridge.on() || population.on()) && options.type() == SheetType.ROME) {
      // the annex's bridge: the branch sheets scored from the same reading of the text (a second
      // reading only when branch requests drop the synonyms)
      Reading branchReading = analyzer == branchAnalyzer ? reading : read(input, branchAnalyzer);
      // a text far from the branch can get no confident branch answer: its branch sheets need no scoring
      if (bridge.on() && nearBranch(branchReading)) {
        bridged = bridged(bridge, score(branchReading, input, BRANCH_FIRST, Map.of(), false, false), branchReading);
      }
      if (nearPopulation(branchReading)) {
        bridged = population.addedTo(bridged);
      }
    } else if (options.type() == null && nearPopulation(reading)) {
      // a mixed request: the population's share first, the annex's bridge in turn after scoring
      bridged = population.addedTo(Map.of());
    }
    List<Scored> scored = score(reading, input, options, bridged, bridge.on() && options.type() == null, true);
    java.util.Set<String> boosted = new java.util.HashSet<>(bridged.keySet());
    if (bridge.on() && options.type() == null) {
      // a mixed request scores its branch sheets as a branch request does: its first one bridges
      Map<String, Double> after = bridged(bridge, scored.stream().filter(c -> c.sheet().type() == SheetType.BRANCH).toList(),
          reading);
      boosted.addAll(after.keySet());
      // a sheet the bridge does not boost is ranked as without it: one brought in only for it leaves
      scored = new ArrayList<>(scored.stream()
          .filter(c -> !c.bridgeOnly() || after.containsKey(c.sheet().id()))
          .map(c -> after.containsKey(c.sheet().id()) && c.sheet().type() == SheetType.ROME
              ? new Scored(c.sheet(), round(AnnexBridge.boosted(c.score(), after.get(c.sheet().id()))), c.features(),
                  c.title(), c.items(), false, c.neighbourShare(), c.support() == Support.MEANING ? Support.BRANCH : c.support())
              : c).toList());
      scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(c -> c.sheet().id()));
    }
    // a sheet nothing speaks for (no shared word, no evidence, no title, no latent nearness, no
    // vote, no bridge) is not an answer: such sheets only filled the list, in id order, when a text
    // matched next to nothing
    scored = scored.stream().filter(c -> c.features().anySignal() || c.neighbourShare() > 0
        || c.sheet().type() == SheetType.ROME && boosted.contains(c.sheet().id())).toList();
    scored = postedTitleFirst(scored);
    // a text about another trade meets the branch sheets' items by shared words only: on third-party
    // texts none of their shown pairs was right (docs/quality.md, "No branch evidence for a text
    // about another trade"); their evidence still counts in their score
    boolean outside = !nearBranch(reading);
    List<SheetMatch> top = new ArrayList<>(Math.min(options.limit(), scored.size()));
    for (Scored c : scored.subList(0, Math.min(options.limit(), scored.size()))) {
      SheetRecord sheet = c.sheet();
      List<Evidence> shown = outside && sheet.type() == SheetType.BRANCH ? List.of()
          : c.items().subList(0, Math.min(options.evidencePerSheet(), c.items().size()));
      top.add(new SheetMatch(sheet.id(), sheet.type(), sheet.metier(), sheet.title(), sheet.family(),
          sheet.familyLabel(), c.score(), c.features().rounded(), c.title(), List.copyOf(shown), sheet.borrowedFrom(),
          c.neighbourShare(), c.support()));
    }
    double affinity = reading.branchAffinity();
    boolean confident = !top.isEmpty() && models.of(top.get(0).type(), reading.named()).confident(top.get(0).score(), affinity);
    return new MatchResult(List.copyOf(top), input.segments().size(), input.phrases().size(), confident,
        zones(input), affinity, outside);
  }

  /**
   * The strength a posted title needs to lead, set a priori (a title that fills half its line); the
   * rule was adopted on sets 47–50 (docs/quality.md, "The posted title leads").
   */
  static final double POSTED_TITLE_MIN = 0.5;

  /**
   * The ROME sheet of the strongest posted title (at least {@link #POSTED_TITLE_MIN}) moves to the
   * place of the first ROME sheet, with that sheet's score if its own is lower: an ad is about the
   * job it posts, whatever its employer's presentation says.
   */
  private static List<Scored> postedTitleFirst(List<Scored> scored) {
    Scored posted = null;
    int firstRome = -1;
    for (int i = 0; i < scored.size(); i++) {
      Scored c = scored.get(i);
      if (c.sheet().type() != SheetType.ROME) {
        continue;
      }
      firstRome = firstRome < 0 ? i : firstRome;
      if (c.title() != null && c.title().posted() && c.title().score() >= POSTED_TITLE_MIN
          && (posted == null || c.title().score() > posted.title().score())) {
        posted = c;
      }
    }
    if (posted == null || scored.get(firstRome) == posted) {
      return scored;
    }
    List<Scored> out = new ArrayList<>(scored);
    out.remove(posted);
    double score = Math.max(posted.score(), scored.get(firstRome).score());
    out.add(firstRome, posted.withScore(score));
    return out;
  }

  /** Whether the text is near enough the branch for a branch answer to it to be named a match. */
  private boolean nearBranch(Reading r) {
    return r.branchAffinity() >= models.of(SheetType.BRANCH, r.named()).confidentAffinity();
  }

  /**
   * Whether the population bridge boosts this text's ROME sheets. A text the latent space knows no
   * word of has affinity 1 (no sign of another trade, for the branch answer's confidence), but no
   * sign of the branch either: the bridge would rank the branch's usual sheets for a word nobody
   * indexed ("Zorglubiste" → Conseiller clientèle à distance), so it stays off.
   */
  private boolean nearPopulation(Reading r) {
    return r.knowsAWord() && population.admits(r.branchAffinity(), models.of(SheetType.BRANCH, r.named()).confidentAffinity());
  }

  /** The first branch sheet only, without evidence to show: what the bridge reads. */
  private static final MatchOptions BRANCH_FIRST = new MatchOptions(1, SheetType.BRANCH, null, 0);

  /**
   * The bridged ROME codes of a scored branch list's first sheet, when a branch answer would name
   * it (its score, and the text near enough the branch).
   */
  private Map<String, Double> bridged(AnnexBridge bridge, List<Scored> branch, Reading reading) {
    if (branch.isEmpty()) {
      return Map.of();
    }
    Scored first = branch.get(0);
    boolean confident = models.of(SheetType.BRANCH, reading.named()).confident(first.score(), reading.branchAffinity());
    return bridge.shares(first.sheet(), first.score(), confident);
  }

  /**
   * What a request of any type reads of the text: its analysis, the lines that stand where a title
   * stands and the names they are near, the task segments that may evidence an item, and its
   * latent cosines with every sheet.
   */
  private record Reading(TitleRecognizer.Found titled, Map<String, Double> queryCounts,
      List<AnalyzedSpan> segments, List<AnalyzedSpan> expandedSegments, List<AnalyzedSpan> phrases,
      List<AnalyzedSpan> expandedPhrases, Map<String, Double> near, boolean named, Map<String, Double> neighbours,
      double[] latent, double branchAffinity) {
    /** Whether the latent space knows a word of the text: some sheet has a positive cosine with it. */
    boolean knowsAWord() {
      for (double c : latent) {
        if (c > 0) {
          return true;
        }
      }
      return false;
    }
  }

  private Reading read(MatchInput input, Analyzer analyzer) throws IOException {
    String text = input.text();
    AnalyzedSpan whole = corrector.correct(
        AnalyzedSpan.of(analyzer, IndexFields.TEXT, text, new TextSpan(0, text.length(), text)));
    AnalyzedSpan expanded = expansion.expand(whole, input.actionNouns());
    SpanSlicer slicer = new SpanSlicer(whole);
    // titles are names, not actions: they read the text as written
    SpanSlicer evidenceSlicer = expanded == whole ? slicer : new SpanSlicer(expanded);
    TitleRecognizer.Found titled = titles.recognise(slicer, input);
    AnalyzedSpan query = expansion.scope().ranking() ? expanded : whole;
    Map<String, Double> queryCounts = weightedCounts(query, input, titled.wordWeights(), titled.alone());
    // Only task segments (and the action phrases in them) may evidence an item: an employer's
    // presentation or a diploma names a field, not what the person does.
    List<AnalyzedSpan> segments = new ArrayList<>();
    List<AnalyzedSpan> expandedSegments = new ArrayList<>();
    for (int i = 0; i < input.segments().size(); i++) {
      if (input.role(i).zone().mayEvidence()) {
        segments.add(slicer.slice(input.segments().get(i)));
        expandedSegments.add(evidenceSlicer == slicer ? segments.getLast() : evidenceSlicer.slice(input.segments().get(i)));
      }
    }
    List<AnalyzedSpan> phrases = new ArrayList<>();
    List<AnalyzedSpan> expandedPhrases = new ArrayList<>();
    for (int i = 0; i < input.phrases().size(); i++) {
      if (input.role(input.phraseSegments().get(i)).zone().mayEvidence()) {
        phrases.add(slicer.slice(input.phrases().get(i)));
        expandedPhrases.add(evidenceSlicer == slicer ? phrases.getLast() : evidenceSlicer.slice(input.phrases().get(i)));
      }
    }
    Map<String, Double> near = new HashMap<>();
    titled.near().forEach((doc, sim) -> near.put(indexes.sheet(doc).id(), sim));
    // A text names a job when one of its short lines (a headline, an experience header) is near a
    // sheet's name, or when it is one short line typed alone (a title held out of the referential
    // may be near none); a title found inside a sentence ("sous la responsabilité de l'infirmier")
    // is not the job of the text, and so does not count.
    boolean named = near.values().stream().anyMatch(v -> v >= NAMED_NEAR) || titled.alone();
    // Several of a sheet's names near a line say which job the line names; in a text that names
    // none, its lines are near names by chance (an ad's "équipe dynamique"), and the signal is left out.
    Map<String, Double> neighbours = new HashMap<>();
    if (named) {
      titled.neighbours().forEach((doc, sim) -> neighbours.put(indexes.sheet(doc).id(), sim));
    }
    double[] latent = LatentScores.similarities(indexes, queryCounts);
    return new Reading(titled, queryCounts, segments, expandedSegments, phrases, expandedPhrases, near, named,
        neighbours, latent, LatentScores.branchAffinity(indexes, latent));
  }

  /**
   * Every candidate of a request, scored and sorted, the best first. {@code bridged}: ROME codes
   * the annex's bridge boosts (they join the candidates); {@code bridgeable}: every ROME code a
   * branch sheet maps to joins them, so that a mixed request can bridge after scoring.
   */
  private List<Scored> score(Reading r, MatchInput input, MatchOptions options, Map<String, Double> bridged,
      boolean bridgeable, boolean voted) throws IOException {
    Map<String, Double> queryCounts = r.queryCounts();
    // the labelled texts vote for the sheets a request shows (the ROME sheets only if asked to), not
    // for the branch sheet the annex's bridge reads for a ROME request
    // the centroids speak for people's words: a text in ROME's impersonal style gets none when gated
    ExampleVote.Shares shares = voted && examples.reaches(options.type())
        ? examples.shares(queryCounts, examples.romeCentroid().on() && examples.romeCentroid().admits(input))
        : ExampleVote.Shares.NONE;
    Map<String, Double> votes = shares.votes();
    Map<String, Double> centroid = shares.centroid();
    SheetRanker.Ranking ranking = ranker.rank(queryCounts, options);
    float best = ranking.scores().values().stream().max(Float::compare).orElse(1f);

    Map<String, Map<String, Evidence>> evidence =
        collector.collect(r.segments(), r.phrases(), r.expandedSegments(), r.expandedPhrases(), options);
    Map<Integer, RecognizedTitle> titleByDoc = r.titled().bySheet();

    Map<String, Double> textRel = new HashMap<>();
    Map<String, Double> textAbs = new HashMap<>();
    Map<String, Double> wholeRel = relative(ranking.whole());
    Map<String, Double> bodyRel = relative(ranking.body());
    LatentScores latent = LatentScores.of(indexes, r.latent(), options);
    ranking.scores().forEach((doc, score) -> {
      String id = indexes.sheet(doc).id();
      textRel.put(id, (double) (score / best));
      textAbs.put(id, Math.min(1, score / ranking.ceiling()));
    });
    if (options.type() == null && tuning.branchVocabulary()) {
      // a mixed request ranks the branch sheets' text as a branch-only request does (their words,
      // their best), so that a métier scores alike in both answers
      SheetRanker.Ranking branch = ranker.rank(queryCounts, options.withType(SheetType.BRANCH), true);
      float branchBest = branch.scores().values().stream().max(Float::compare).orElse(1f);
      for (Map<String, Double> m : List.of(textRel, textAbs, wholeRel, bodyRel)) {
        m.keySet().removeIf(id -> indexes.sheet(id).map(sh -> sh.type() == SheetType.BRANCH).orElse(false));
      }
      branch.scores().forEach((doc, score) -> {
        String id = indexes.sheet(doc).id();
        textRel.put(id, (double) (score / branchBest));
        textAbs.put(id, Math.min(1, score / branch.ceiling()));
      });
      // the relative signals too: a branch sheet is read against the best branch sheet
      wholeRel.putAll(relative(branch.whole()));
      bodyRel.putAll(relative(branch.body()));
      latent = latent.relativeWithin(SheetType.BRANCH);
    }
    Map<String, RecognizedTitle> titleById = new HashMap<>();
    titleByDoc.forEach((doc, t) -> titleById.put(indexes.sheet(doc).id(), t));
    java.util.Set<String> candidates = new java.util.HashSet<>(textRel.keySet());
    candidates.addAll(evidence.keySet());
    candidates.addAll(titleById.keySet());
    candidates.addAll(wholeRel.keySet());
    candidates.addAll(bodyRel.keySet());
    candidates.addAll(latent.first());
    candidates.addAll(bridged.keySet());
    // the sheets the labelled texts vote for join too: a plateau text told by what it handles (a
    // subscriber's alarm, a missed train) shares no rare word with D1408, which its neighbours name;
    // so do the ROME sheets whose labelled texts, read together, are nearest it (the centroids),
    // but not the branch's own for a text the branch reading puts elsewhere (below)
    boolean elsewhere = !nearBranch(r);
    for (String id : votes.keySet()) {
      indexes.sheet(id).filter(sh -> options.type() == null || sh.type() == options.type()).ifPresent(sh -> candidates.add(id));
    }
    for (String id : centroid.keySet()) {
      if (!(elsewhere && population.romeShare().containsKey(id))) {
        indexes.sheet(id).filter(sh -> options.type() == null || sh.type() == options.type()).ifPresent(sh -> candidates.add(id));
      }
    }
    // the few sheets whose names are nearest a line join the candidates, whatever their BM25
    candidates.addAll(firstOf(r.near(), NEAR_CANDIDATES));
    candidates.addAll(firstOf(r.neighbours(), NEAR_CANDIDATES));
    java.util.Set<String> bridgeOnly = new java.util.HashSet<>();
    if (bridgeable) {
      for (String id : List.copyOf(candidates)) {
        indexes.sheet(id).filter(sh -> sh.type() == SheetType.BRANCH).ifPresent(sh -> sh.romeCodes().forEach(code -> {
          if (candidates.add(code)) {
            bridgeOnly.add(code);
          }
        }));
      }
    }
    // Every candidate is scored; only the returned ones are built into results.
    Map<String, String> textKeys = new HashMap<>();
    int needed = Math.max(tuning.evidenceCounted(), options.evidencePerSheet());
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (String id : candidates) {
      SheetRecord sheet = indexes.sheet(id).orElse(null);
      if (sheet == null || !SearchFilters.accepts(sheet, options)) {
        continue;
      }
      Map<String, Evidence> found = evidence.get(id);
      List<Evidence> items = found == null ? List.of()
          : distinctTexts(sorted(found.values(), input), needed, textKeys);
      RecognizedTitle title = titleById.get(id);
      ScoreFeatures f = new ScoreFeatures(textRel.getOrDefault(id, 0.0), textAbs.getOrDefault(id, 0.0),
          evidenceScore(items, tuning), title == null ? 0 : title.score(), wholeRel.getOrDefault(id, 0.0),
          r.near().getOrDefault(id, 0.0), bodyRel.getOrDefault(id, 0.0), r.neighbours().getOrDefault(id, 0.0),
          latent.relative(id), latent.cosine(id), r.named());
      // the branch's sheets have the centroids of the branch's many plateau texts, near most
      // people's texts (hubs): for a text elsewhere they raise them only where its words do
      double raised = examples.boosted(sheet, prior.apply(sheet, models.of(sheet.type(), r.named()).score(f)), votes);
      boolean hubOnly = elsewhere && population.romeShare().containsKey(id) && !f.wordSupported();
      double score = hubOnly ? raised : examples.centroidBoosted(sheet, raised, centroid);
      Double share = sheet.type() == SheetType.ROME ? bridged.get(id) : null;
      double neighbourShare = round(examples.shareOf(sheet, votes));
      Support support = Support.of(f, neighbourShare > 0 || sheet.type() == SheetType.ROME && centroid.containsKey(id) && !hubOnly,
          share != null || bridgeOnly.contains(id));
      scored.add(new Scored(sheet, round(share == null ? score : AnnexBridge.boosted(score, share)), f, title, items,
          bridgeOnly.contains(id), neighbourShare, support));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(c -> c.sheet().id()));
    return shares.reorder().isEmpty() ? scored : reordered(scored, shares.reorder());
  }

  /**
   * The near band's ROME shares raise the fusion's first ROME sheets only: under the gate, the
   * labelled texts are too far to name a sheet the text's words do not rank, near enough to choose
   * among those they do (docs/quality.md, "The ROME vote's near band").
   */
  private List<Scored> reordered(List<Scored> scored, Map<String, Double> reorder) {
    List<Scored> out = new ArrayList<>(scored.size());
    int rome = 0;
    for (Scored c : scored) {
      Double share = c.sheet().type() == SheetType.ROME && rome++ < examples.romeNear().depth() ? reorder.get(c.sheet().id()) : null;
      out.add(share == null ? c : new Scored(c.sheet(), round(AnnexBridge.boosted(c.score(), examples.romeWeight() * share)),
          c.features(), c.title(), c.items(), c.bridgeOnly(), round(share),
          c.support() == Support.TEXT ? Support.TEXT : Support.LABELLED_TEXTS));
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(c -> c.sheet().id()));
    return out;
  }

  /**
   * Each sheet's score over the best one. A query whose terms none of the searched fields holds
   * still matches every sheet its type filter accepts, at score 0: those are no ranking at all.
   */
  private Map<String, Double> relative(Map<Integer, Float> scores) {
    float best = scores.values().stream().max(Float::compare).orElse(0f);
    Map<String, Double> out = new HashMap<>();
    if (best > 0) {
      scores.forEach((doc, score) -> {
        if (score > 0) {
          out.put(indexes.sheet(doc).id(), (double) (score / best));
        }
      });
    }
    return out;
  }

  /**
   * Each analyzed term's frequency, every occurrence counting by the weight of its segment (a
   * word met in a task line counts 1, in a contract line 0.1), a recognised title's words by the
   * title's weight.
   */
  private static Map<String, Double> weightedCounts(
      AnalyzedSpan whole, MatchInput input, Map<Integer, Double> titleWords, boolean alone) {
    Map<String, Double> counts = new HashMap<>();
    whole.occurrences().forEach((term, occ) -> {
      double c = 0;
      for (TextSpan o : occ) {
        c += alone ? 1 : Math.max(input.weightAt(o.start()), titleWords.getOrDefault(o.start(), 0.0));
      }
      counts.put(term, c);
    });
    return counts;
  }

  /** Nearest first, then by id. */
  private static final Comparator<Map.Entry<String, Double>> NEAREST_FIRST =
      Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  /**
   * The ids of the {@code n} nearest sheets: the first {@code n} of the entries sorted by {@link
   * #NEAREST_FIRST} (a total order: ids are unique), selected in one pass instead of sorting the
   * thousand-odd sheets a CV's lines reach.
   */
  static List<String> firstOf(Map<String, Double> near, int n) {
    if (n <= 0) {
      return List.of();
    }
    List<Map.Entry<String, Double>> first = new ArrayList<>(n + 1);
    for (Map.Entry<String, Double> e : near.entrySet()) {
      if (first.size() < n || NEAREST_FIRST.compare(e, first.get(first.size() - 1)) < 0) {
        int at = first.size();
        while (at > 0 && NEAREST_FIRST.compare(e, first.get(at - 1)) < 0) {
          at--;
        }
        first.add(at, e);
        if (first.size() > n) {
          first.remove(n);
        }
      }
    }
    return first.stream().map(Map.Entry::getKey).toList();
  }

  private static List<ZoneSpan> zones(MatchInput input) {
    List<ZoneSpan> out = new ArrayList<>(input.segments().size());
    for (int i = 0; i < input.segments().size(); i++) {
      TextSpan s = input.segments().get(i);
      out.add(new ZoneSpan(s.start(), s.end(), input.role(i).zone(), input.role(i).weight()));
    }
    return out;
  }

  /**
   * A candidate sheet with its (rounded) score and its distinct evidence, best first.
   *
   * @param bridgeOnly a candidate only because a mixed request might bridge to it
   * @param support what brings it: the text's words, or only the labelled texts, the branch or the meaning
   */
  private record Scored(SheetRecord sheet, double score, ScoreFeatures features, RecognizedTitle title,
      List<Evidence> items, boolean bridgeOnly, double neighbourShare, Support support) {

    Scored withScore(double other) {
      return new Scored(sheet, other, features, title, items, bridgeOnly, neighbourShare, support);
    }
  }

  /**
   * Best first: by strength × weight, then by item id. An item's weight in its sheet is scaled by
   * its segment's weight: evidence from a student job of long ago counts less than from today's.
   */
  private static List<Evidence> sorted(java.util.Collection<Evidence> items, MatchInput input) {
    List<Evidence> out = new ArrayList<>(items.size());
    for (Evidence e : items) {
      double w = input.weightAt(e.segment().start());
      out.add(w == 1 ? e : e.withWeight(e.weight() * w));
    }
    out.sort(Comparator.comparingDouble((Evidence e) -> e.strength() * e.weight()).reversed()
        .thenComparing(Evidence::itemId));
    return out;
  }

  /**
   * Drops an item whose text repeats a better one: the 2009 and current versions of a sheet share
   * sentences, and the same sentence must not count twice. Stops at {@code needed} items: only
   * those are scored and shown. {@code textKeys} keeps each item's key for the request (an item
   * is evidence in every sheet that lists it).
   */
  private static List<Evidence> distinctTexts(List<Evidence> sorted, int needed, Map<String, String> textKeys) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Evidence> out = new ArrayList<>(Math.min(needed, sorted.size()));
    for (int i = 0; i < sorted.size() && out.size() < needed; i++) {
      Evidence e = sorted.get(i);
      if (seen.add(textKeys.computeIfAbsent(e.itemId(), k -> sameTextKey(e.text())))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text without case and without its final punctuation or spaces. */
  static String sameTextKey(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ".;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
  }

  /** Noisy-or of the best items: each adds a share of what is left, so the score stays in [0, 1]. */
  static double evidenceScore(List<Evidence> sorted, MatchTuning tuning) {
    double miss = 1;
    for (int i = 0; i < Math.min(tuning.evidenceCounted(), sorted.size()); i++) {
      Evidence e = sorted.get(i);
      miss *= 1 - tuning.itemContribution() * e.strength() * e.weight();
    }
    return 1 - miss;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
