package fr.passerelles.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApostropheNormalizerTest {

  @ParameterizedTest
  @ValueSource(chars = {'\u2019', '\u2018', '\u02BC', '\u00B4', '\u0060'})
  void maps_each_typographic_apostrophe_to_ascii(char apostrophe) {
    assertTrue(ApostropheNormalizer.isTypographicApostrophe(apostrophe));
    assertEquals('\'', ApostropheNormalizer.normalize(apostrophe));
  }

  @ParameterizedTest
  @ValueSource(chars = {'\'', 'a', 'é', '"', '\u201C', '\u2032', '-', ' '})
  void leaves_other_chars_alone(char c) {
    assertFalse(ApostropheNormalizer.isTypographicApostrophe(c));
    assertEquals(c, ApostropheNormalizer.normalize(c));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "d’urgence | d'urgence",
        "lʼaccueil téléphonique | l'accueil téléphonique",
        "qu‘il | qu'il",
        "l´assuré | l'assuré",
        "jusqu`à | jusqu'à",
        "aujourd’hui | aujourd'hui",
        "chargé(e) d'assistance | chargé(e) d'assistance",
      })
  void normalizes_text_without_changing_its_length(String input, String expected) {
    String normalized = ApostropheNormalizer.normalize(input);
    assertEquals(expected, normalized);
    assertEquals(input.length(), normalized.length());
  }

  @org.junit.jupiter.api.Test
  void normalizes_a_buffer_slice_in_place() {
    char[] buffer = "l’a’b’".toCharArray();
    ApostropheNormalizer.normalize(buffer, 2, 2);
    assertEquals("l’a'b’", new String(buffer));
  }
}
