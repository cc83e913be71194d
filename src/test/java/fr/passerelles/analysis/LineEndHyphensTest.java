package fr.passerelles.analysis;

import java.io.Reader;
import org.junit.Test;

/** Words a typesetter cut at a line end, as PDFs copy them, read as the words they are. */
public class LineEndHyphensTest extends CharFilterTestCase {

  @Override
  protected Reader filter(Reader reader) {
    return LineEndHyphens.filter(reader);
  }

  @Test
  public void joins_a_word_cut_at_a_line_end() {
    assertEquals("Chargée d'assistance", LineEndHyphens.join("Chargée d'assis-\ntance"));
    assertEquals("gestion des sinistres et", LineEndHyphens.join("gestion des sinis-\r\n  tres et"));
    assertEquals("la coordination", LineEndHyphens.join("la co-\nordination"));
  }

  /** Halves that make no word of the lexicon were a compound cut at its own hyphen. */
  @Test
  public void keeps_the_hyphen_of_a_compound() {
    assertEquals("service après-vente", LineEndHyphens.join("service après-\nvente"));
    assertEquals("un porte-parole", LineEndHyphens.join("un porte-\nparole"));
  }

  /** A capital after the break starts a new item; a hyphen after a space is a dash, not a cut. */
  @Test
  public void leaves_dashes_and_new_items_alone() {
    for (String text : new String[] {"Missions -\nAccueil", "Anglais -\n courant", "Accueil-\nAccompagnement", "2019-\n2023"}) {
      assertEquals(text, LineEndHyphens.join(text));
    }
  }

  @Test
  public void tokens_span_the_cut_word_in_the_user_text() throws Exception {
    assertAnalyzesTo(analyzer, "Chargée d'assis-\ntance H24", new String[] {"chargée", "d'assistance", "h24"},
        new int[] {0, 8, 23}, new int[] {7, 22, 26});
  }
}
