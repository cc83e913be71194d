package fr.passerelles.analysis;

import java.io.Reader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis chain of Passerelles, in this order:
 *
 * <ol>
 *   <li>{@link InvisibleChars}: soft hyphens and zero-width chars deleted, Unicode spaces (the
 *       narrow no-break space of French typography) made plain;
 *   <li>{@link Ligatures}: a PDF's typographic ligatures ({@code ﬁ}, {@code ﬄ}) written as letters;
 *   <li>{@link LineEndHyphens}: a word cut at a line end ({@code assis-⏎tance}) joined;
 *   <li>{@link ApostropheCharFilter}: ’ ‘ ʼ ´ ` become {@code '}, so elision sees one form;
 *   <li>{@link GenderFormCharFilter}: {@code chargé(e)}, {@code animateur(trice)s}, {@code
 *       superviseur/superviseuse}, {@code (F/H)} fold to the masculine before tokenizing, with
 *       offsets kept on the user's text;
 *   <li>{@link StandardTokenizer} (Unicode word boundaries);
 *   <li>{@link ElisionFilter} with {@link FrenchAnalyzer#DEFAULT_ARTICLES}: {@code l'}, {@code
 *       d'}, {@code qu'}, {@code jusqu'}, {@code lorsqu'}, {@code puisqu'}…;
 *   <li>{@link LowerCaseFilter};
 *   <li>{@link StopFilter}: Lucene's French default set, a few more grammatical words and the
 *       unaccented spelling of all ({@code FrenchStopWords});
 *   <li>{@link SetKeywordMarkerFilter}, only if protected words are given;
 *   <li>{@link DerivationalConflationFilter}, only if {@link Builder#conflation} is on: the verb an
 *       action noun or a verb form stands for, added at the same position ({@code gestion}, {@code
 *       gère} → {@code gérer}); off by default;
 *   <li>the French stemmer, {@link StemmerVariant#LIGHT} or {@link StemmerVariant#MINIMAL}, on
 *       accented words: the light stemmer's {@code -ère} rule needs the accent;
 *   <li>{@link ASCIIFoldingFilter}: the accents the stemmer kept, and {@code œ → oe};
 *   <li>{@link RemoveDuplicatesTokenFilter}, with conflation only: an added verb that stems like
 *       its word ({@code gère}, {@code gérer} → {@code ger}) is one term;
 *   <li>{@link SynonymGraphFilter}, query time only: domain synonyms, matched on stems and placed
 *       last so that no filter can break its graph.
 * </ol>
 *
 * <p>{@link #normalize} (wildcard, prefix and fuzzy terms) applies both char filters, elision,
 * lower-casing and folding, but neither stop words nor stemming. Immutable and thread-safe.
 */
public final class PasserellesAnalyzer extends Analyzer {

  /** The stemmer until the evaluation decides. */
  public static final StemmerVariant DEFAULT_STEMMER = StemmerVariant.DEFAULT;

  private final StemmerVariant stemmer;
  private final CharArraySet protectedWords;
  private final SynonymMap synonyms;
  private final boolean conflation;
  private final Steps steps;

  private PasserellesAnalyzer(
      StemmerVariant stemmer, CharArraySet protectedWords, SynonymMap synonyms, boolean conflation, Steps steps) {
    this.stemmer = stemmer;
    this.protectedWords = protectedWords;
    this.synonyms = synonyms;
    this.conflation = conflation;
    this.steps = steps;
  }

  /**
   * Which of the chain's default steps run: all of them except in the evaluation's ablation, which
   * removes one at a time to see what each is worth on text nobody here wrote (docs/quality.md).
   *
   * @param apostrophes {@link ApostropheCharFilter}
   * @param genderForms {@link GenderFormCharFilter}
   * @param extendedStopWords the project's stop set; off, Lucene's French default set alone
   * @param folding {@link ASCIIFoldingFilter} after the stemmer
   */
  public record Steps(boolean apostrophes, boolean genderForms, boolean extendedStopWords, boolean folding) {
    /** Every step: the chain the service uses. */
    public static final Steps ALL = new Steps(true, true, true, true);
  }

  /** The index-time analyzer: default stemmer, no synonyms. */
  public static PasserellesAnalyzer forIndexing() {
    return builder().build();
  }

  /** The index-time analyzer with the given stemmer. */
  public static PasserellesAnalyzer forIndexing(StemmerVariant stemmer) {
    return builder().stemmer(stemmer).build();
  }

  /** The query-time analyzer: default stemmer, synonyms from a Solr-format file. */
  public static PasserellesAnalyzer forQuerying(Path synonymsFile) {
    return builder().synonyms(synonymsFile).build();
  }

  /** The query-time analyzer with the given stemmer and synonyms file. */
  public static PasserellesAnalyzer forQuerying(StemmerVariant stemmer, Path synonymsFile) {
    return builder().stemmer(stemmer).synonyms(synonymsFile).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public StemmerVariant stemmer() {
    return stemmer;
  }

  public boolean hasSynonyms() {
    return synonyms != null;
  }

  /** Whether action nouns and verb forms also give their verb ({@link DerivationalConflationFilter}). */
  public boolean hasConflation() {
    return conflation;
  }

  public Steps steps() {
    return steps;
  }

  /**
   * The same chain without synonyms: the index side of this query analyzer, for code that must
   * turn words into indexed terms (the matcher's nominal expansion). Always a new instance, so its
   * token streams never share this one's per-thread components.
   */
  public PasserellesAnalyzer withoutSynonyms() {
    return new PasserellesAnalyzer(stemmer, protectedWords, null, conflation, steps);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return charFilters(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return charFilters(reader);
  }

  private Reader charFilters(Reader reader) {
    // invisible chars and Unicode spaces go with the typographic apostrophes: the same concern, chars
    // that look like plain ones to a reader and not to the tokenizer
    Reader r = steps.apostrophes() ? new ApostropheCharFilter(LineEndHyphens.filter(Ligatures.filter(InvisibleChars.filter(reader)))) : reader;
    return steps.genderForms() ? new GenderFormCharFilter(r) : r;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, steps.extendedStopWords() ? FrenchStopWords.get() : FrenchAnalyzer.getDefaultStopSet());
    if (!protectedWords.isEmpty()) {
      result = new SetKeywordMarkerFilter(result, protectedWords);
    }
    if (conflation) {
      result = new DerivationalConflationFilter(result);
    }
    result = stemmer.wrap(result);
    if (steps.folding()) {
      result = new ASCIIFoldingFilter(result);
    }
    if (conflation) {
      result = new RemoveDuplicatesTokenFilter(result);
    }
    if (synonyms != null) {
      result = new SynonymGraphFilter(result, synonyms, false);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
    result = new LowerCaseFilter(result);
    return steps.folding() ? new ASCIIFoldingFilter(result) : result;
  }

  /** Configures a {@link PasserellesAnalyzer}; synonyms are off unless a file is given. */
  public static final class Builder {
    private StemmerVariant stemmer = DEFAULT_STEMMER;
    private Path synonymsFile;
    private Collection<String> protectedWords = List.of();
    private boolean conflation;
    private Steps steps = Steps.ALL;

    private Builder() {}

    /** Which default steps run ({@link Steps#ALL} unless the evaluation's ablation says otherwise). */
    public Builder steps(Steps steps) {
      this.steps = Objects.requireNonNull(steps, "steps");
      return this;
    }

    public Builder stemmer(StemmerVariant stemmer) {
      this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
      return this;
    }

    /** Turns query-time synonyms on, read from a Solr-format file; {@code null} turns them off. */
    public Builder synonyms(Path synonymsFile) {
      this.synonymsFile = synonymsFile;
      return this;
    }

    /** Words, lower-case as written, that are indexed but never stemmed. */
    public Builder protectedWords(Collection<String> words) {
      this.protectedWords = List.copyOf(words);
      return this;
    }

    /**
     * Turns derivational conflation on or off (default off): each action noun or verb form also
     * gives the verb's infinitive, from a French lexicon ({@link DerivationalNormalizer}). Index
     * and query must agree, as for the stemmer.
     */
    public Builder conflation(boolean on) {
      this.conflation = on;
      return this;
    }

    /**
     * Builds the analyzer. The synonyms file is analyzed by the same chain without synonyms, so
     * its entries meet the query tokens as the same stems.
     *
     * @throws IllegalArgumentException if the synonyms file has an invalid rule
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    public PasserellesAnalyzer build() {
      CharArraySet keywords =
          CharArraySet.unmodifiableSet(new CharArraySet(protectedWords, true));
      SynonymMap map = null;
      if (synonymsFile != null) {
        // entries without conflation: the synonym parser needs one term per position
        try (PasserellesAnalyzer entries = new PasserellesAnalyzer(stemmer, keywords, null, false, steps)) {
          map = DomainSynonyms.load(synonymsFile, entries);
        }
      }
      return new PasserellesAnalyzer(stemmer, keywords, map, conflation, steps);
    }
  }
}
