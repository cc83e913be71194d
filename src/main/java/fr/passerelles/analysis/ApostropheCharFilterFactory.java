package fr.passerelles.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link ApostropheCharFilter}; takes no argument.
 *
 * <pre class="prettyprint">
 * CustomAnalyzer.builder().addCharFilter(ApostropheCharFilterFactory.NAME) …
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public final class ApostropheCharFilterFactory extends CharFilterFactory {

  /** SPI name. */
  public static final String NAME = "passerellesApostrophe";

  public ApostropheCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public ApostropheCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new ApostropheCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    // One char for one char: as safe for a wildcard or fuzzy term as for full text.
    return create(input);
  }
}
