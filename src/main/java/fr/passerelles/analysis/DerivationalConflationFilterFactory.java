package fr.passerelles.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link DerivationalConflationFilter}; takes no argument.
 *
 * <pre class="prettyprint">
 * CustomAnalyzer.builder() … .addTokenFilter(DerivationalConflationFilterFactory.NAME) …
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public final class DerivationalConflationFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "passerellesDerivation";

  public DerivationalConflationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public DerivationalConflationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new DerivationalConflationFilter(input);
  }
}
