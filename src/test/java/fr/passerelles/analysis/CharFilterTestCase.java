package fr.passerelles.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Token-stream tests of one char filter: the filter, then the standard tokenizer and lower case. */
public abstract class CharFilterTestCase extends BaseTokenStreamTestCase {

  protected Analyzer analyzer;

  /** The char filter under test around {@code reader}. */
  protected abstract Reader filter(Reader reader);

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return filter(reader);
          }

          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }
}
