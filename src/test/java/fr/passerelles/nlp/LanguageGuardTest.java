package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.nlp.LanguageVerdict.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuardTest {

  private final LanguageGuard guard = new LanguageGuard(NlpFixtures.models());

  @Test
  void accepts_a_french_cv_that_quotes_english_tool_names() {
    String cv = NlpFixtures.text("cv_charge_assistance.txt");
    LanguageVerdict verdict = guard.detectorVerdict(cv);

    assertTrue(guard.check(cv).isFrench());
    assertEquals(new LanguageVerdict("fra", verdict.confidence(), true, Reason.FRENCH), verdict);
    assertTrue(verdict.confidence() > 0.9, "confidence " + verdict.confidence());
  }

  @Test
  void french_function_words_settle_long_french_texts_never_english_or_german_ones() throws java.io.IOException {
    assertFalse(LanguageGuard.hasFrenchFunctionWords(NlpFixtures.text("cv_english.txt")));
    assertFalse(LanguageGuard.hasFrenchFunctionWords(NlpFixtures.text("text_german.txt")));
    assertTrue(LanguageGuard.hasFrenchFunctionWords(NlpFixtures.text("job_ad_gestionnaire.txt")));
    // every French text of the evidence set the shortcut settles, the detector accepts too
    int settled = 0;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/eval/evidence/texts"))) {
      for (var file : files.toList()) {
        String text = java.nio.file.Files.readString(file);
        if (LanguageGuard.hasFrenchFunctionWords(text)) {
          settled++;
          assertTrue(guard.detectorVerdict(text).isFrench(), file.toString());
        }
      }
    }
    assertTrue(settled >= 50, settled + " texts settled by their function words");
  }

  @Test
  void accepts_a_french_job_ad_paragraph() {
    String ad = NlpFixtures.text("job_ad_gestionnaire.txt");

    assertTrue(guard.check(ad).isFrench());
    assertEquals(Reason.FRENCH, guard.detectorVerdict(ad).reason());
  }

  @Test
  void accepts_the_seed_job_sheet_despite_replacement_chars_left_by_the_pdf_copy() {
    String sheet = NlpFixtures.text("seed004_charge_assistance.txt");

    assertTrue(sheet.indexOf('\uFFFD') >= 0, "the fixture keeps the PDF artefacts");
    assertTrue(guard.check(sheet).isFrench());
    assertEquals(Reason.FRENCH, guard.detectorVerdict(sheet).reason());
  }

  @Test
  void accepts_every_line_of_the_seed_job_sheet_on_its_own() {
    // Short headings and titles, the case the short-text policy exists for.
    List<String> lines =
        NlpFixtures.text("seed004_charge_assistance.txt")
            .lines()
            .filter(l -> !l.isBlank())
            .toList();

    assertAll(
        lines.stream()
            .map(line -> () -> assertTrue(guard.check(line).isFrench(), () -> line + " refused")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "comptable",
        "chargé d'assistance",
        "Chargée d'assistance",
        "superviseur",
        "infirmière",
        "médecin régulateur",
        "gestionnaire de sinistres",
        "RH",
        "team leader",
        "Compétences : Excel, Salesforce, SAP, customer care"
      })
  void accepts_short_job_titles_and_skills(String text) {
    assertTrue(guard.check(text).isFrench(), () -> text + " → " + guard.check(text));
  }

  @Test
  void marks_a_short_text_accepted_without_french_winning_as_assumed() {
    // The detector ranks another language first on this single word; policy accepts it.
    LanguageVerdict verdict = guard.check("comptable");

    assertEquals(Reason.SHORT_TEXT_ASSUMED_FRENCH, verdict.reason());
    assertEquals("fra", verdict.languageCode());
  }

  @Test
  void refuses_an_english_cv() {
    LanguageVerdict verdict = guard.check(NlpFixtures.text("cv_english.txt"));

    assertEquals("eng", verdict.languageCode());
    assertFalse(verdict.isFrench());
    assertEquals(Reason.OTHER_LANGUAGE, verdict.reason());
  }

  @Test
  void refuses_a_german_text() {
    LanguageVerdict verdict = guard.check(NlpFixtures.text("text_german.txt"));

    assertEquals("deu", verdict.languageCode());
    assertEquals(Reason.OTHER_LANGUAGE, verdict.reason());
  }

  @Test
  void refuses_a_spanish_sentence() {
    LanguageVerdict verdict =
        guard.check(
            "Trabajo como asistente en una compañía de seguros desde hace diez años y gestiono"
                + " las reclamaciones de los clientes.");

    assertEquals("spa", verdict.languageCode());
    assertEquals(Reason.OTHER_LANGUAGE, verdict.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kundenbetreuung und Schadenbearbeitung", "atención al cliente"})
  void refuses_short_text_that_is_clearly_another_language(String text) {
    assertEquals(Reason.OTHER_LANGUAGE, guard.check(text).reason());
  }

  /** Regression (issue 11): Chinese has no spaces between words, and was refused as binary data. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "我在一家保险公司担任客服代表，负责处理客户的理赔申请和投诉。",
        "أعمل في شركة تأمين وأتولى معالجة شكاوى العملاء",
        "Я работаю в страховой компании и обрабатываю жалобы клиентов"
      })
  void refuses_text_in_another_script_as_another_language(String text) {
    LanguageVerdict verdict = guard.check(text);

    assertEquals(Reason.OTHER_LANGUAGE, verdict.reason());
    assertFalse(verdict.isFrench());
  }

  @Test
  void refuses_random_bytes_whatever_the_charset_they_are_decoded_with() {
    byte[] noise = NlpFixtures.bytes("noise.bin");

    assertEquals(Reason.BINARY, guard.check(new String(noise, StandardCharsets.UTF_8)).reason());
    assertEquals(
        Reason.BINARY, guard.check(new String(noise, StandardCharsets.ISO_8859_1)).reason());
  }

  @Test
  void refuses_base64_as_binary() {
    LanguageVerdict verdict =
        guard.check("UGFzc2VyZWxsZXMgbidhY2NlcHRlIHBhcyBsZXMgZmljaGllcnMgYmluYWlyZXM=");

    assertEquals(Reason.BINARY, verdict.reason());
    assertEquals(LanguageVerdict.NO_LINGUISTIC_CONTENT, verdict.languageCode());
  }

  /** A compound title in inclusive writing is one long token of words, not a dump. */
  @Test
  void accepts_a_compound_title_in_inclusive_writing() {
    for (String title : java.util.List.of("Boulanger·ère-pâtissier·ère", "Dépanneur·euse-remorqueur·euse",
        "Auteur.e-compositeur.rice-interprète")) {
      LanguageVerdict verdict = guard.check(title);
      assertNotEquals(Reason.BINARY, verdict.reason(), title);
      assertEquals("fra", verdict.languageCode(), title);
    }
    // a URL-safe base64 blob has a hyphen now and then: still a dump
    assertEquals(Reason.BINARY,
        guard.check("UGFzc2VyZWxsZXMgbidhY2NlcHRl-IHBhcyBsZXMgZmljaGllcnMgYmluYWlyZXM").reason());
  }

  @Test
  void refuses_text_with_a_nul_char_as_binary() {
    assertEquals(Reason.BINARY, guard.check("Gestion des réclamations\u0000").reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"06 12 34 56 78", "!!! ??? ...", "2017 – 2025", "12/03/2021 : 45 000 €"})
  void refuses_digits_and_punctuation(String text) {
    LanguageVerdict verdict = guard.check(text);

    assertEquals(Reason.NOT_WORDS, verdict.reason());
    assertEquals(LanguageVerdict.NO_LINGUISTIC_CONTENT, verdict.languageCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t\n"})
  void refuses_empty_text(String text) {
    assertEquals(Reason.EMPTY, guard.check(text).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "x y", "à 1"})
  void refuses_text_without_a_two_letter_word_as_too_short(String text) {
    LanguageVerdict verdict = guard.check(text);

    assertEquals(Reason.TOO_SHORT, verdict.reason());
    assertEquals(LanguageVerdict.UNDETERMINED, verdict.languageCode());
  }

  @Test
  void tolerates_a_single_replacement_char_in_a_short_text() {
    assertTrue(guard.check("di\uFFFDiculté").isFrench());
  }

  @Test
  void tightens_the_ratio_limit_as_the_text_grows() {
    assertEquals(2.0, LanguageGuard.maxRatio(1));
    assertEquals(2.0, LanguageGuard.maxRatio(5));
    assertEquals(1.5, LanguageGuard.maxRatio(6));
    assertEquals(1.5, LanguageGuard.maxRatio(11));
    assertEquals(1.25, LanguageGuard.maxRatio(12));
  }

  @Test
  void known_limitation_accepts_short_english_or_latin_phrases() {
    // Below 6 words the detector cannot tell these from French headings; accepted on purpose.
    assertTrue(guard.check("Hello world").isFrench());
    assertTrue(guard.check("lorem ipsum dolor sit amet").isFrench());
  }

  @Test
  void verdict_rejects_a_reason_that_contradicts_is_french() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LanguageVerdict("fra", 0.5, false, Reason.FRENCH));
  }
}
