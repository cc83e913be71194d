package fr.passerelles.mobility;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SearchableSheet;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.TextMatcher;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import fr.passerelles.rome.RomeRelease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mobility between métiers (the mobility study, 000): competence fields, gaps, degrees, passerelles
 * by degree, a person's gap and training needs. Built once at start-up — the alignment of branch
 * competences on ROME's tree, every métier's competence profile, the overlap vectors — then
 * read-only and thread-safe. No HTTP types: the API and the command line call it alike.
 */
public final class Mobility {
  private static final Logger LOG = LoggerFactory.getLogger(Mobility.class);

  private final Sources sources;
  private final MobilitySettings settings;
  private final CompetenceAlignment alignment;
  private final MetierProfiles profiles;
  private final GapAnalysis gaps;
  private final CuratedMoves curated;
  private final PasserelleFinder finder;
  private final PersonalGapFinder personal;
  private final TrainingPlanner planner;
  private final MoveGraph moves;
  private final Optional<RomeItemFields> romeFields;
  private final CandidateRanker ranker;
  private final List<MetierProfile> origins;
  private final StatedItems stated;
  /** Origins whose stated items the generation's store lacked at open; read on first use or in the background. */
  private final int statedLacking;
  /** The background reading of what the store lacked, once started; none after {@link #close}. */
  private StatedItemsBackground statedBackground; // guarded by this
  private boolean closed; // guarded by this
  private final long buildMillis;

  /**
   * What mobility is computed from, all owned by the engine.
   *
   * @param sheets the searchable sheets the index was built from
   * @param corpusDir where the committed alignment is read when no ROME release is loaded
   */
  public record Sources(
      Corpus corpus, Optional<RomeRelease> rome, AnalysisChain analysis, SearchIndexes indexes,
      TextMatcher textMatcher, List<SearchableSheet> sheets, Path corpusDir) {}

  /** @param romeFields, {@code alignment} and {@code ranker}: reused when given, computed when null */
  private Mobility(Sources src, MobilitySettings settings, Optional<RomeItemFields> romeFields,
      CompetenceAlignment alignment, CandidateRanker ranker) {
    long start = System.nanoTime();
    this.sources = src;
    this.settings = settings;
    this.romeFields = romeFields != null ? romeFields : src.rome().map(RomeItemFields::of);
    TermVectors vectors = new TermVectors(src.indexes(), CompetenceAligner.leadTerms(src.analysis()));
    this.alignment = alignment != null ? alignment : this.romeFields
        .map(f -> CompetenceAlignment.compute(src.corpus(), new CompetenceAligner(src.indexes(), src.analysis(), f, vectors),
            AlignmentReview.load(), macro -> src.rome().flatMap(r -> r.competenceTree().path(macro))))
        .orElseGet(() -> committedAlignment(src.corpusDir()));
    Optional<RomeItemFields> fields = this.romeFields;
    IntFunction<Optional<MacroPath>> romePath = ogr -> fields.flatMap(f -> f.path(ogr));
    Prerequisites prerequisites = new Prerequisites(ogr -> src.rome().flatMap(r -> r.competence(ogr)));
    MetierGrades grades = new MetierGrades(src.corpus(), src.rome());
    this.profiles = MetierProfiles.build(src.corpus(), src.sheets(), src.indexes(), this.alignment, romePath,
        grades, prerequisites, settings);
    java.util.Map<String, Integer> listing = new java.util.HashMap<>(); // item id -> profiles listing it
    profiles.all().forEach(p -> p.competences().stream().map(ProfileCompetence::id).distinct()
        .forEach(id -> listing.merge(id, 1, Integer::sum)));
    ProfileSimilarity similarity = new ProfileSimilarity(profiles.all(), vectors, settings.overlapWeights());
    java.util.Map<String, java.util.Set<String>> titles = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.function.Function<String, java.util.Set<String>> titleTerms = title -> titles.computeIfAbsent(title,
        t -> java.util.Set.copyOf(IndexBuilder.analyzedTerms(src.analysis().indexAnalyzer(), IndexFields.TEXT, t)));
    CompetenceCoverage coverage = new CompetenceCoverage(vectors, settings.textEquivalence());
    StatedItems stated = new StatedItems(src.textMatcher()::understand, src.indexes(), src.analysis().queryAnalyzer());
    KeyGaps keyGaps = new KeyGaps(titleTerms, macro -> src.rome().flatMap(r -> r.competenceTree().path(macro))
            .map(m -> m.objectif().code()).orElse(null),
            id -> listing.getOrDefault(id, 1), profiles.all().size(), MobilitySettings.KEY_GAPS,
            new Neighbourhood(similarity, coverage), BorrowedReview.load(), stated);
    this.gaps = new GapAnalysis(coverage,
        new DegreeRule(settings, src.corpus().mobility()), similarity, keyGaps);
    // what a request would read of each origin, read now: its coverage index, the judge's reading of its items
    this.origins = gaps.originsOf(profiles.all());
    this.stated = stated;
    this.statedLacking = stated.load(origins, StatedItems.storeIn(src.indexes().dir()));
    this.curated = new CuratedMoves(src.corpus(), src.rome(), profiles,
        text -> IndexBuilder.analyzedTerms(src.analysis().indexAnalyzer(), IndexFields.TEXT, text));
    this.ranker = ranker != null ? ranker : CandidateRanker.of(profiles.all(), src.indexes(), src.rome(),
        text -> IndexBuilder.analyzedTerms(src.analysis().indexAnalyzer(), IndexFields.TEXT, text));
    this.finder = new PasserelleFinder(src.corpus(), profiles, curated, similarity, gaps, settings, this.ranker, grades);
    this.personal = new PersonalGapFinder(src.textMatcher(), src.analysis().queryAnalyzer(), vectors, profiles);
    this.planner = new TrainingPlanner(this::passerelles, profiles, src.corpus(), titleTerms);
    this.moves = new MoveGraph((id, scope) -> knows(id) ? passerelles(id, scope)
        : new MobilityArea(new MetierRef(id, SheetType.BRANCH, id, null), null, null, List.of(), List.of()));
    this.buildMillis = (System.nanoTime() - start) / 1_000_000;
    LOG.info("Mobility ready in {} ms: {} profiles, {} branch competences aligned ({} reviewed, {} to review)",
        buildMillis, profiles.all().size(), this.alignment.competences().size(), this.alignment.reviewed(),
        this.alignment.flagged());
  }

  public static Mobility create(Sources sources, MobilitySettings settings) {
    return new Mobility(sources, settings, null, null, null);
  }

  /** The same sources and alignment under other settings (the evaluation compares them). */
  public Mobility with(MobilitySettings other) {
    return new Mobility(sources, other, romeFields, alignment, ranker);
  }

  private static CompetenceAlignment committedAlignment(Path corpusDir) {
    Path file = corpusDir.resolve(CompetenceAlignment.FILE);
    if (!Files.isRegularFile(file)) {
      LOG.warn("No ROME release and no {}: branch competences have no field", file);
      return new CompetenceAlignment(List.of());
    }
    return AlignmentCsv.read(file);
  }

  /**
   * Reads by the evidence judge what every métier's own items state (docs/mobility.md § 4, "What the
   * origin's own items state") and stores it in the index generation: the judge reads no origin
   * for an engine opened on it afterwards ({@code bin/passerelles index} calls this).
   *
   * @return how many origins the judge read (0 when the generation already held them all)
   */
  public int storeStatedItems() {
    return stated.readAll(origins, StatedItems.storeIn(sources.indexes().dir()));
  }

  /**
   * Reads in the background, on one thread, the stated items the generation lacked at open, then
   * stores them there (the served engine: {@code serve} built its own index, or the store is of
   * another judge), so that neither the next start nor a request reads them. Never blocks; stopped
   * by {@link #close}.
   *
   * @param busy whether the engine answers requests now: the reading waits, between two origins,
   *     until it does not, so that requests keep the cores
   * @return whether a reading started (false: nothing lacked, started already, or closed)
   */
  public synchronized boolean storeStatedItemsInBackground(java.util.function.BooleanSupplier busy) {
    if (closed || statedBackground != null || statedLacking == 0) {
      return false;
    }
    statedBackground = new StatedItemsBackground(stated, origins, StatedItems.storeIn(sources.indexes().dir()), busy);
    return statedBackground.start();
  }

  /** The same, never waiting for requests (tools, tests). */
  public boolean storeStatedItemsInBackground() {
    return storeStatedItemsInBackground(() -> false);
  }

  /** How many origins' stated items the generation lacked when this engine opened (0: all from its store). */
  public int statedItemsLacking() {
    return statedLacking;
  }

  /** Waits for the background reading of stated items, if one started: true when it ended in time. */
  public boolean awaitStatedItems(java.time.Duration timeout) throws InterruptedException {
    StatedItemsBackground b;
    synchronized (this) {
      b = statedBackground;
    }
    return b == null || b.await(timeout);
  }

  /** What the origins' own items state, as this engine reads them (tests). */
  StatedItems statedItems() {
    return stated;
  }

  /** What the background reading of stated items did; empty before it ends, or when none ran to its end. */
  Optional<StatedItemsBackground.Outcome> statedItemsStored() {
    StatedItemsBackground b;
    synchronized (this) {
      b = statedBackground;
    }
    return Optional.ofNullable(b == null ? null : b.outcome());
  }

  /**
   * Stops the background reading of stated items, if any, and waits for it: nothing of this engine
   * is read or written after (the engine closes its indexes next).
   */
  public void close() {
    StatedItemsBackground b;
    synchronized (this) {
      closed = true;
      b = statedBackground;
    }
    if (b != null) {
      b.stop();
    }
  }

  /** How long building took (alignment, profiles, overlap vectors), in milliseconds. */
  public long buildMillis() {
    return buildMillis;
  }

  public MobilitySettings settings() {
    return settings;
  }

  /** Every branch competence placed in ROME's competence tree. */
  public CompetenceAlignment alignment() {
    return alignment;
  }

  public List<MetierProfile> profiles() {
    return profiles.all();
  }

  /** @throws UnknownMetierException when no métier has this id */
  public MetierProfile profile(String id) {
    return profiles.profile(id).orElseThrow(() -> new UnknownMetierException(id));
  }

  /** Whether a métier has this id. */
  public boolean knows(String id) {
    return profiles.profile(id).isPresent();
  }

  /** What a move from {@code from} to {@code to} asks, with its degree. */
  public Gap gap(String from, String to) {
    return gaps.gap(profile(from), profile(to));
  }

  /** The métier's passerelles by degree, computed candidates among métiers of its own kind. */
  public MobilityArea passerelles(String id) {
    MetierProfile origin = profile(id);
    return finder.area(origin, MobilityScope.of(origin.type()));
  }

  public MobilityArea passerelles(String id, MobilityScope scope) {
    return finder.area(profile(id), scope);
  }

  /**
   * A person's passerelles: the branch métier closest to the text (a CV), then its passerelles by
   * degree without the competences the text already evidences.
   *
   * @throws fr.passerelles.match.NotFrenchException when the text is not French
   * @throws UnknownMetierException when no métier matches the text at all
   */
  public PersonalMobility personal(String text) {
    return personal(text, SheetType.BRANCH);
  }

  /** The same, the closest métier taken among branch métiers or ROME sheets. */
  public PersonalMobility personal(String text, SheetType type) {
    return personal(PersonalQuery.of(text, type));
  }

  /** Whether some métier states a competence with this id. */
  public boolean knowsCompetence(String id) {
    return profiles.competence(id).isPresent();
  }

  /**
   * A person's passerelles with their corrections, scope and wish: the métier they chose
   * ({@code origin}), else the closest one (the corrections may reorder the first matches), its
   * passerelles in {@code scope} computed from the métier's competences minus those the person
   * does not master plus those they hold, the text's evidence moved out of each gap; with a wish,
   * the move to it and the shortest path there.
   *
   * @throws UnknownCompetenceException when a corrected id names no competence
   * @throws UnknownMetierException when the wish or the origin names no métier, or nothing matches
   *     the text
   */
  public PersonalMobility personal(PersonalQuery q) {
    List<String> unknown = java.util.stream.Stream.concat(q.exclude().stream(), q.include().stream())
        .filter(id -> !knowsCompetence(id)).distinct().toList();
    if (!unknown.isEmpty()) {
      throw new UnknownCompetenceException(unknown);
    }
    MetierProfile wished = q.wish() == null ? null : profile(q.wish());
    List<ProfileCompetence> include = q.include().stream().map(id -> profiles.competence(id).orElseThrow()).toList();
    PersonalGapFinder.Closest c = q.origin() != null ? personal.chosen(q.text(), profile(q.origin()))
        : personal.closest(q.text(), q.type(), q.exclude(), q.include())
            .orElseThrow(() -> new UnknownMetierException("(no métier matches the text)"));
    MetierProfile origin = PersonalProfile.of(c.profile(), q.exclude(), include);
    PersonalGapFinder.Evidence evidence = personal.evidence(c, q.exclude());
    MobilityArea area = evidence.apply(finder.area(origin, q.scope(), q.exclude()));
    WishRoute wish = wished == null ? null : wish(origin, wished, area, q, evidence);
    PersonalMobility.Corrections corrections = !q.corrected() && c.byText() == null
        ? PersonalMobility.Corrections.NONE
        : new PersonalMobility.Corrections(corrected(q.exclude()), corrected(q.include()),
            c.byText() == null ? null : c.byText().profile().ref(),
            c.byText() == null ? null : DegreeRule.round(c.byText().score()));
    return new PersonalMobility(c.profile().ref(), Double.isNaN(c.score()) ? null : DegreeRule.round(c.score()),
        c.confident(), q.scope(), corrections, wish, area);
  }

  private List<PersonalMobility.CorrectedCompetence> corrected(java.util.Set<String> ids) {
    return ids.stream().map(id -> new PersonalMobility.CorrectedCompetence(id,
        profiles.competence(id).map(ProfileCompetence::text).orElse(null))).toList();
  }

  private WishRoute wish(MetierProfile origin, MetierProfile wished, MobilityArea area, PersonalQuery q,
      PersonalGapFinder.Evidence evidence) {
    Optional<Passerelle> listed = area.passerelles().filter(p -> p.target().id().equals(wished.id())).findFirst();
    Passerelle move = listed.orElseGet(() -> wished.id().equals(origin.id()) ? null
        : finder.move(origin, wished, q.exclude()).map(evidence::apply).orElse(null));
    List<WishRoute.Step> path = moves.path(area, wished.id(), q.scope()).orElse(List.of());
    return new WishRoute(wished.ref(), move, listed.isPresent(), path,
        path.isEmpty() ? null : path.stream().mapToInt(WishRoute.Step::degree).sum());
  }

  /**
   * Training needs of one métier: the competences its passerelles miss, ranked by how many
   * passerelles (per degree) each is missing for.
   */
  public TrainingNeeds trainingNeeds(String id) {
    return trainingNeeds(List.of(new Headcount(id, 1)));
  }

  /** Training needs of a population, each métier's passerelles weighted by its headcount. */
  public TrainingNeeds trainingNeeds(List<Headcount> population) {
    population.forEach(h -> profile(h.metier()));
    return planner.plan(population);
  }

  /**
   * Training needs of people (a batch of CVs): each person's own passerelles, their text's evidence
   * and corrections applied, count once; the population is their closest métiers with headcounts.
   */
  public TrainingNeeds trainingNeedsOf(List<PersonalMobility> people) {
    PeopleNeeds needs = peopleNeeds();
    people.forEach(needs::add);
    return needs.needs();
  }

  /** The same, one person at a time: only the counts are kept. Not thread-safe. */
  public PeopleNeeds peopleNeeds() {
    return new PeopleNeeds(planner.new Tallies());
  }

  /** Training needs of people, added one at a time ({@link #peopleNeeds()}). */
  public static final class PeopleNeeds {
    private final TrainingPlanner.Tallies tallies;
    private final java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();

    private PeopleNeeds(TrainingPlanner.Tallies tallies) {
      this.tallies = tallies;
    }

    public void add(PersonalMobility person) {
      counts.merge(person.closest().id(), 1, Integer::sum);
      tallies.add(new TrainingPlanner.Group(person.area(), 1));
    }

    public TrainingNeeds needs() {
      return tallies.needs(counts.entrySet().stream().map(e -> new Headcount(e.getKey(), e.getValue())).toList());
    }
  }

  /**
   * The study's synthesis table: every branch métier and sub-sheet × degree × passerelle ×
   * competence to deepen or acquire.
   */
  public List<SynthesisRow> synthesis() {
    return SynthesisTable.rows(profiles.all(), this::passerelles);
  }

  /** The synthesis table as CSV (header first). */
  public void writeSynthesis(Appendable out) {
    SynthesisTable.write(synthesis(), out);
  }

  /** The moves the referential states for a métier (evaluation and review). */
  public List<CuratedMove> curatedMoves(String id) {
    return curated.of(profile(id));
  }

  /**
   * The computed candidates alone, ranked by overlap, ignoring what the referential states (the
   * evaluation measures them against it).
   */
  public List<Candidate> candidates(String id, MobilityScope scope) {
    return finder.candidates(profile(id), scope, java.util.Set.of()).stream()
        .map(s -> new Candidate(s.profile().ref(), DegreeRule.round(s.overlap())))
        .toList();
  }

  /**
   * Every métier in scope by decreasing overlap with {@code id}, without the candidate threshold and
   * limit (the classification rule still applies): what the evaluation ranks.
   */
  public List<Candidate> ranking(String id, MobilityScope scope, int limit) {
    return finder.candidates(profile(id), scope, java.util.Set.of(), 0, limit).stream()
        .map(s -> new Candidate(s.profile().ref(), DegreeRule.round(s.overlap())))
        .toList();
  }

  /**
   * The content signals of a ROME sheet's candidates among ROME sheets with at least
   * {@code minOverlap} (the learned ranking's inputs; the evaluation fits its weights on them).
   */
  public List<RankingSignals> rankingSignals(String id, double minOverlap) {
    return finder.signals(profile(id), minOverlap);
  }

  /** A computed candidate and its competence overlap with the origin. */
  public record Candidate(MetierRef target, double overlap) {}
}
