package fr.passerelles.analysis;

import java.io.Reader;
import org.junit.Test;

/** Invisible chars and Unicode spaces from copied web pages and PDFs, before the tokenizer. */
public class InvisibleCharsTest extends CharFilterTestCase {

  @Override
  protected Reader filter(Reader reader) {
    return InvisibleChars.filter(reader);
  }

  /** A soft hyphen or a zero-width space inside a word leaves one term, spanning the word as typed. */
  @Test
  public void joins_a_word_split_by_an_invisible_char() throws Exception {
    for (String invisible : new String[] {"\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF"}) {
      assertAnalyzesTo(analyzer, "assis" + invisible + "tance", new String[] {"assistance"}, new int[] {0}, new int[] {11});
    }
  }

  /** French typography's narrow no-break space (and its kin) separates two words as a space does. */
  @Test
  public void splits_words_on_unicode_spaces() throws Exception {
    for (String space : new String[] {"\u202F", "\u00A0", "\u2009", "\u2007", "\u3000"}) {
      assertAnalyzesTo(analyzer, "Gestionnaire" + space + "sinistres", new String[] {"gestionnaire", "sinistres"},
          new int[] {0, 13}, new int[] {12, 22});
    }
  }

  @Test
  public void leaves_plain_text_as_it_is() throws Exception {
    assertAnalyzesTo(analyzer, "Chargée d'assistance", new String[] {"chargée", "d'assistance"}, new int[] {0, 8}, new int[] {7, 20});
  }
}
