package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fr.passerelles.Passerelles;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title typed as the sheet writes it is recognised under that name and at full weight; the same
 * sheet's title met through a synonym of the corpus counts {@link TitleRecognizer#SYNONYM_FACTOR}
 * less (0102's synonyms: chargé d'assistance, technicien d'assistance…; 0106's: chargé de
 * réservation, agent de réservation), on the corpus.
 */
class LiteralTitleIT {
  static Passerelles engine;

  @BeforeAll
  static void open() {
    engine = TestEngine.get();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Chargée d'assistance      | 0102 | Chargé(e) d'assistance
      Technicienne d'assistance | 0102 | technicien(ne) d'assistance
      Chargé de réservation     | 0106 | Chargé(e) de réservation
      Agente de réservation     | 0106 | agent(e) de réservation
      """)
  void the_title_as_written_is_the_one_recognised(String typed, String sheet, String name) {
    SheetMatch first = engine.textMatcher().match(typed, MatchOptions.DEFAULT.withType(SheetType.BRANCH)).matches().get(0);
    assertEquals(sheet, first.id());
    assertNotNull(first.recognizedTitle(), typed);
    assertEquals(name, first.recognizedTitle().name(), typed);
    // two terms, typed alone, written as found: specificity 0.8, nothing taken off
    assertEquals(0.8, first.recognizedTitle().score(), 1e-9, typed);
  }
}
