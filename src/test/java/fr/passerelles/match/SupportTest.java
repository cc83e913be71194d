package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What brings a sheet into an answer, from its signals: the text's words come first. */
class SupportTest {
  private static ScoreFeatures features(double textRel, double evidence, double title, double latentRel) {
    return new ScoreFeatures(textRel, textRel, evidence, title, 0, 0, 0, 0, latentRel, latentRel, false);
  }

  @Test
  void a_shared_word_a_title_or_evidence_is_the_texts_own_support_whatever_else_raises_the_sheet() {
    assertEquals(Support.TEXT, Support.of(features(0.2, 0, 0, 0), true, true));
    assertEquals(Support.TEXT, Support.of(features(0, 0.4, 0, 0), false, false));
    assertEquals(Support.TEXT, Support.of(features(0, 0, 0.8, 0), false, true));
  }

  @Test
  void without_the_texts_words_the_labelled_texts_then_the_branch_then_the_meaning_say_why() {
    assertEquals(Support.LABELLED_TEXTS, Support.of(features(0, 0, 0, 0.6), true, true));
    assertEquals(Support.BRANCH, Support.of(features(0, 0, 0, 0.6), false, true));
    assertEquals(Support.MEANING, Support.of(features(0, 0, 0, 0.6), false, false));
  }

  @Test
  void the_latent_nearness_alone_is_no_word_of_the_text() {
    assertEquals(false, features(0, 0, 0, 0.9).wordSupported());
    assertEquals(true, new ScoreFeatures(0, 0, 0, 0, 0, 0.3, 0, 0, 0, 0, false).wordSupported(), "a line near its names");
  }

  @Test
  void the_json_names_are_the_apis() {
    assertEquals("text", Support.TEXT.json());
    assertEquals("labelledTexts", Support.LABELLED_TEXTS.json());
    assertEquals("branch", Support.BRANCH.json());
    assertEquals("meaning", Support.MEANING.json());
  }
}
