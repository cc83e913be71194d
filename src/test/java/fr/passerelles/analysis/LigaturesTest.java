package fr.passerelles.analysis;

import java.io.Reader;
import org.junit.Test;

/** PDF ligatures written as their letters, before the tokenizer. */
public class LigaturesTest extends CharFilterTestCase {

  @Override
  protected Reader filter(Reader reader) {
    return Ligatures.filter(reader);
  }

  /** A word written with a ligature gives the term of the word written with letters, over the same span. */
  @Test
  public void writes_ligatures_as_letters() throws Exception {
    assertAnalyzesTo(analyzer, "certi\uFB01cation", new String[] {"certification"}, new int[] {0}, new int[] {12});
    assertAnalyzesTo(analyzer, "e\uFB03cace", new String[] {"efficace"}, new int[] {0}, new int[] {6});
    assertAnalyzesTo(analyzer, "a\uFB04uence", new String[] {"affluence"}, new int[] {0}, new int[] {7});
    assertAnalyzesTo(analyzer, "\uFB02otte", new String[] {"flotte"}, new int[] {0}, new int[] {5});
  }

  /** French's own ligatures are letters, not typography: they stay for the later folding. */
  @Test
  public void keeps_french_letters() throws Exception {
    assertAnalyzesTo(analyzer, "cœur", new String[] {"cœur"}, new int[] {0}, new int[] {4});
  }
}
