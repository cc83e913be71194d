package fr.passerelles.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The evaluation baseline: Lucene's stock {@link FrenchAnalyzer} (elision, lower-casing, default
 * stop words, light stemmer), untouched, for every field. What {@link PasserellesAnalyzer} must
 * beat.
 */
public final class FrenchBaseline extends DelegatingAnalyzerWrapper {

  private final FrenchAnalyzer delegate = new FrenchAnalyzer();

  public FrenchBaseline() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return delegate;
  }

  @Override
  public void close() {
    delegate.close();
    super.close();
  }
}
