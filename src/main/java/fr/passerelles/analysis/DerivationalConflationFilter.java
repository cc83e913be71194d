package fr.passerelles.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds, after each token, the infinitives {@link DerivationalNormalizer} links it to, at the same
 * position and offsets: {@code gestion} gives {@code gestion}, {@code gérer}; {@code Gère} gives
 * {@code gère}, {@code gérer}; an agent noun its verb or base noun ({@code remorqueur} gives
 * {@code remorquer}, {@code standardiste} gives {@code standard}). The original token is always kept. Expects lower-case, unstemmed
 * words (place it after {@link org.apache.lucene.analysis.LowerCaseFilter} and before the
 * stemmer); keywords are left alone.
 */
public final class DerivationalConflationFilter extends TokenFilter {
  /** Token type of an added verb. */
  public static final String TYPE = "CONFLATION";

  private final DerivationalNormalizer normalizer = DerivationalNormalizer.extended();
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private List<String> pending = List.of();
  private int next;
  private State original;

  public DerivationalConflationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pending.size()) {
      restoreState(original);
      termAtt.setEmpty().append(pending.get(next++));
      posIncAtt.setPositionIncrement(0);
      typeAtt.setType(TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending = keywordAtt.isKeyword() ? List.of() : normalizer.conflate(termAtt.toString());
    next = 0;
    original = pending.isEmpty() ? null : captureState();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = List.of();
    next = 0;
    original = null;
  }
}
