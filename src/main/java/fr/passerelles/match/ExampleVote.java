package fr.passerelles.match;

import fr.passerelles.corpus.LabelledText;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A text's nearest labelled texts vote for the branch métiers they are about: a k-nearest-neighbours
 * classifier over the corpus's labelled texts ({@link LabelledText}), whose words are the ones users
 * write ("plombier, serrurier, vitrier", "je réserve un hôtel") where the fiches have the
 * referential's ("Recherche les prestataires et met en œuvre les prestations"). The share of the
 * votes a métier gets raises its branch sheets' fused score as the bridges do, score + γ · share ·
 * (1 − score) (docs/quality.md, "Labelled texts as neighbours"); a ROME sheet gains γ_R of its share
 * of the same texts' ROME labels, only when the nearest text is at least the gate's cosine near
 * (a ROME-worded text is far from every text people write: "The vote on the ROME side").
 *
 * <p>Texts are tf-idf vectors of the query chain's terms, ln(1 + count) · ln((n + 1) / df), unit
 * length; a text's neighbours are the k of highest cosine, each voting its cosine, split between
 * its métiers; a text without a branch label votes for none, so a mason's CV among masons' CVs
 * raises no métier. Built on first use (about a second), then read-only and thread-safe.
 */
public final class ExampleVote {
  public static final ExampleVote OFF = new ExampleVote(List.of(), null, Parameters.OFF, null);

  private final List<LabelledText> texts;
  private final Analyzer analyzer;
  private final Parameters parameters;
  /** Each text's term counts, shared by the votes derived from this one. */
  private final Supplier<List<Map<String, Integer>>> counts;
  private final Supplier<LabelledTextSpace> space;

  private ExampleVote(List<LabelledText> texts, Analyzer analyzer, Parameters parameters,
      Supplier<List<Map<String, Integer>>> counts) {
    this.texts = List.copyOf(texts);
    this.analyzer = analyzer;
    this.parameters = parameters;
    this.counts = counts != null ? counts : memo(() -> termCounts(this.texts, analyzer));
    this.space = memo(() -> LabelledTextSpace.of(this.texts, this.counts.get(), parameters.leftOut(),
        parameters.romeCentroid().on()));
  }

  /**
   * What the vote reads.
   *
   * @param k how many nearest labelled texts vote
   * @param weight γ of the branch sheets' vote
   * @param romeWeight γ of the ROME sheets' vote (0: the ROME view is the fusion's)
   * @param romeGate the cosine the nearest labelled text must reach for the ROME sheets to be voted for (0: always)
   * @param romeNear under the gate, the band where the ROME vote only reorders the fusion's first sheets
   * @param romeCentroid the ROME sheets' centroids of their labelled texts, and how much they raise a sheet
   * @param leftOut the labelled sets that do not vote
   */
  private record Parameters(int k, double weight, double romeWeight, double romeGate, RomeNear romeNear,
      RomeCentroid romeCentroid, Set<String> leftOut) {
    static final Parameters OFF = new Parameters(0, 0, 0, 0, RomeNear.OFF, RomeCentroid.OFF, Set.of());

    Parameters {
      if (k < 0 || weight < 0 || weight > 1 || romeWeight < 0 || romeWeight > 1) {
        throw new IllegalArgumentException("k must not be negative and γ in [0, 1]: " + k + ", " + weight + ", " + romeWeight);
      }
      leftOut = Set.copyOf(leftOut);
    }

    Parameters withVote(int otherK, double otherWeight) {
      return new Parameters(otherK, otherWeight, romeWeight, romeGate, romeNear, romeCentroid, leftOut);
    }

    Parameters withRomeWeight(double other) {
      return new Parameters(k, weight, other, romeGate, romeNear, romeCentroid, leftOut);
    }

    Parameters withRomeGate(double cosine) {
      return new Parameters(k, weight, romeWeight, cosine, romeNear, romeCentroid, leftOut);
    }

    Parameters withRomeNear(RomeNear near) {
      return new Parameters(k, weight, romeWeight, romeGate, near, romeCentroid, leftOut);
    }

    Parameters withRomeCentroid(RomeCentroid centroid) {
      return new Parameters(k, weight, romeWeight, romeGate, romeNear, centroid, leftOut);
    }

    Parameters withLeftOut(Set<String> sets) {
      return new Parameters(k, weight, romeWeight, romeGate, romeNear, romeCentroid, sets);
    }
  }

  /** The same texts and term counts, read with other parameters. */
  private ExampleVote derived(Parameters other) {
    return new ExampleVote(texts, analyzer, other, counts);
  }

  /** The vote of {@code texts} read with {@code analyzer} (the query chain), k neighbours, weight γ. */
  public static ExampleVote of(List<LabelledText> texts, Analyzer analyzer, int k, double weight) {
    return new ExampleVote(texts, analyzer, Parameters.OFF.withVote(k, weight), null);
  }

  /** The vote as the service runs it: the matcher's defaults on both sides, and the ROME sheets' centroids. */
  public static ExampleVote asServed(List<LabelledText> texts, Analyzer analyzer) {
    return of(texts, analyzer, Matcher.DEFAULT_EXAMPLE_K, Matcher.DEFAULT_EXAMPLE_VOTE)
        .withRome(Matcher.DEFAULT_ROME_VOTE).withRomeGate(Matcher.DEFAULT_ROME_GATE)
        .withRomeCentroid(Matcher.DEFAULT_ROME_CENTROID);
  }

  /** The same texts with other parameters (evaluation sweeps); γ 0 turns it off. */
  public ExampleVote with(int otherK, double otherWeight) {
    return derived(parameters.withVote(otherK, otherWeight));
  }

  /** The same vote, ROME sheets gaining γ {@code other} of their share too (0: the ROME view is the fusion's). */
  public ExampleVote withRome(double other) {
    return derived(parameters.withRomeWeight(other));
  }

  /**
   * The same vote, the ROME sheets voted for only when the nearest labelled text is at least {@code
   * cosine} near: a ROME-worded text is far from every text people write, and its sheets are not
   * theirs (docs/quality.md, "The vote on the ROME side").
   */
  public ExampleVote withRomeGate(double cosine) {
    return derived(parameters.withRomeGate(cosine));
  }

  /**
   * The same vote, with a band under the gate where the ROME vote only reorders: a text whose nearest
   * labelled text is at least {@code near.floor()} near, but under the gate, gives its ROME shares
   * to the fusion's first {@code near.depth()} ROME sheets only, and the sheets it names do not join
   * the candidates (docs/quality.md, "The ROME vote's near band").
   */
  public ExampleVote withRomeNear(RomeNear near) {
    return derived(parameters.withRomeNear(near));
  }

  /**
   * The band under the ROME vote's gate where the vote reorders the fusion's first sheets.
   *
   * @param floor the nearest labelled text's cosine from which the band starts (0: no band)
   * @param depth how many of the fusion's first ROME sheets the band's shares may raise
   */
  public record RomeNear(double floor, int depth) {
    public static final RomeNear OFF = new RomeNear(0, 0);

    public RomeNear {
      if (floor < 0 || floor > 1 || depth < 0) {
        throw new IllegalArgumentException("the near band needs a cosine in [0, 1] and a depth ≥ 0: " + floor + ", " + depth);
      }
    }

    boolean on() {
      return floor > 0 && depth > 0;
    }
  }

  /**
   * The same vote, with the ROME sheets' centroids: every ROME sheet some labelled text is about has
   * the mean of its texts' vectors, and a text's {@code centroid.depth()} nearest centroids raise
   * their sheets by γ_C of their cosine over the nearest one's, joining the candidates
   * (docs/quality.md, "The ROME sheets' centroids"). A sheet's texts are read together, so a text
   * far from each of them can still be near what they share.
   */
  public ExampleVote withRomeCentroid(RomeCentroid centroid) {
    return derived(parameters.withRomeCentroid(centroid));
  }

  /**
   * The labelled texts' centroids on the ROME side.
   *
   * @param weight γ_C, how much the nearest centroid raises its sheet (0: off)
   * @param depth how many of the nearest centroids raise their sheets
   * @param voiced whether they raise them only for a text whose task lines speak in a person's voice
   *     ({@link TextVoice}): ROME's own impersonal sentences are far from what people write
   * @param plainBelow above 0, they raise them only for a text not in ROME's definition style: under
   *     this share of its task lines open as a definition's sentence ({@link DefinitionStyle})
   */
  public record RomeCentroid(double weight, int depth, boolean voiced, double plainBelow) {
    public static final RomeCentroid OFF = new RomeCentroid(0, 0, false, 0);

    public RomeCentroid(double weight, int depth) {
      this(weight, depth, false, 0);
    }

    public RomeCentroid(double weight, int depth, boolean voiced) {
      this(weight, depth, voiced, 0);
    }

    public RomeCentroid {
      if (weight < 0 || weight > 1 || depth < 0 || plainBelow < 0 || plainBelow > 1) {
        throw new IllegalArgumentException("the centroids need γ in [0, 1], a depth ≥ 0 and a style share in [0, 1]: "
            + weight + ", " + depth + ", " + plainBelow);
      }
    }

    /** Whether the centroids speak for this text: the gates it asks for let it through. */
    boolean admits(MatchInput input) {
      return (!voiced || TextVoice.personal(input)) && (plainBelow == 0 || DefinitionStyle.plain(input, plainBelow));
    }

    boolean on() {
      return weight > 0 && depth > 0;
    }
  }

  /**
   * A text's shares of the votes: {@code votes} raise the sheets they name, which join the
   * candidates; {@code reorder} (ROME codes, the near band's) raise only the fusion's first sheets;
   * {@code centroid} (ROME codes) each nearest centroid's cosine over the nearest one's.
   */
  record Shares(Map<String, Double> votes, Map<String, Double> reorder, Map<String, Double> centroid) {
    static final Shares NONE = new Shares(Map.of(), Map.of(), Map.of());
  }

  public RomeCentroid romeCentroid() {
    return parameters.romeCentroid();
  }

  public RomeNear romeNear() {
    return parameters.romeNear();
  }

  public double romeWeight() {
    return parameters.romeWeight();
  }

  /**
   * The same vote without the texts of one set ({@link LabelledText#setOf}): a labelled text is
   * ranked with its own set left out of what votes for it, or its figures would be the vote's memory.
   */
  public ExampleVote without(String set) {
    if (parameters.leftOut().contains(set) || texts.stream().noneMatch(t -> t.set().equals(set))) {
      return this;
    }
    Set<String> more = new HashSet<>(parameters.leftOut());
    more.add(set);
    return derived(parameters.withLeftOut(more));
  }

  public int k() {
    return parameters.k();
  }

  public double weight() {
    return parameters.weight();
  }

  /** The number of labelled texts that may vote. */
  public int size() {
    return (int) texts.stream().filter(t -> !parameters.leftOut().contains(t.set())).count();
  }

  /** Builds the texts' vectors now rather than on the first request (a server before it serves). */
  public ExampleVote prepare() {
    if (on()) {
      space.get();
    }
    return this;
  }

  boolean on() {
    Parameters p = parameters;
    return (p.weight() > 0 || p.romeWeight() > 0 || p.romeCentroid().on()) && p.k() > 0 && !texts.isEmpty();
  }

  /** Whether the vote reaches the sheets of a request of that type (null: mixed). */
  boolean reaches(SheetType type) {
    return on() && (type == null || (type == SheetType.BRANCH ? parameters.weight() > 0
        : parameters.romeWeight() > 0 || parameters.romeCentroid().on()));
  }

  /**
   * Each branch métier code and each ROME code → its share of the votes of the text's k nearest
   * labelled texts ({@code queryCounts}: the text's analyzed terms, each counted by its segment's
   * weight); a text's branch labels share its vote among them, and so do its ROME labels.
   */
  Shares shares(Map<String, Double> queryCounts) {
    return shares(queryCounts, true);
  }

  /** The same, the centroids read only when {@code centroids} says their gates let the text through. */
  Shares shares(Map<String, Double> queryCounts, boolean centroids) {
    if (!on()) {
      return Shares.NONE;
    }
    LabelledTextSpace s = space.get();
    Parameters p = parameters;
    Shares shares = s.shares(queryCounts, p.k(), p.romeGate(), p.romeNear().on() ? p.romeNear().floor() : p.romeGate());
    return p.romeCentroid().on() && centroids
        ? new Shares(shares.votes(), shares.reorder(), s.centroids(queryCounts, p.romeCentroid().depth()))
        : shares;
  }

  /** A ROME sheet's score raised by its centroid's relative cosine ({@link #withRomeCentroid}). */
  double centroidBoosted(SheetRecord sheet, double score, Map<String, Double> centroid) {
    Double rel = sheet.type() == SheetType.ROME ? centroid.get(sheet.id()) : null;
    return rel == null ? score : AnnexBridge.boosted(score, parameters.romeCentroid().weight() * rel);
  }

  /** A sheet's fused score with its share of the votes (a branch sheet: its métier's). */
  double boosted(SheetRecord sheet, double score, Map<String, Double> shares) {
    double share = shareOf(sheet, shares);
    return share == 0 ? score : AnnexBridge.boosted(score, gammaOf(sheet.type()) * share);
  }

  /** A sheet's share of the votes where the vote reaches its type (a branch sheet: its métier's), else 0. */
  double shareOf(SheetRecord sheet, Map<String, Double> shares) {
    if (shares.isEmpty()) {
      return 0;
    }
    boolean branch = sheet.type() == SheetType.BRANCH;
    if (gammaOf(sheet.type()) == 0) {
      return 0;
    }
    return shares.getOrDefault(branch ? metierOf(sheet.metier() != null ? sheet.metier() : sheet.id()) : sheet.id(), 0.0);
  }

  /** γ of the vote for sheets of that type. */
  private double gammaOf(SheetType type) {
    return type == SheetType.BRANCH ? parameters.weight() : parameters.romeWeight();
  }

  /** A label's métier: a specialist sub-sheet ({@code 0104-05}) votes for its métier ({@code 0104}). */
  static String metierOf(String label) {
    int dash = label.indexOf('-');
    return dash < 0 ? label : label.substring(0, dash);
  }

  private static List<Map<String, Integer>> termCounts(List<LabelledText> texts, Analyzer analyzer) {
    List<Map<String, Integer>> out = new ArrayList<>(texts.size());
    for (LabelledText t : texts) {
      Map<String, Integer> c = new HashMap<>();
      try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, t.text())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          c.merge(term.toString(), 1, Integer::sum);
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.add(Map.copyOf(c));
    }
    return List.copyOf(out);
  }

  /** Computed once, on first use, by whichever thread asks first. */
  private static <T> Supplier<T> memo(Supplier<T> compute) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              value = v = compute.get();
            }
          }
        }
        return v;
      }
    };
  }
}
