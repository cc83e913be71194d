package fr.passerelles.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link GenderFormCharFilter}; takes no argument.
 *
 * <pre class="prettyprint">
 * CustomAnalyzer.builder().addCharFilter(GenderFormCharFilterFactory.NAME) …
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public final class GenderFormCharFilterFactory extends CharFilterFactory {

  /** SPI name. */
  public static final String NAME = "passerellesGenderForm";

  public GenderFormCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public GenderFormCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new GenderFormCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    // A query term "chargé(e)" should match what the index holds: "chargé".
    return create(input);
  }
}
