package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

class NlpModelsTest {

  private static final String[] SENTENCE = {
    "gère", "les", "réclamations", "des", "clients", "et", "organise", "les", "rapatriements", "."
  };

  @Test
  void loads_the_three_french_models_from_the_classpath() {
    NlpModels models = NlpFixtures.models();

    assertEquals("fr", models.sentenceModel().getLanguage());
    assertEquals("fr", models.posModel().getLanguage());
    assertTrue(
        Arrays.asList(new LanguageDetectorME(models.languageModel()).getSupportedLanguages())
            .containsAll(List.of("fra", "eng", "deu", "spa")));
  }

  @Test
  void pos_model_emits_universal_dependencies_tags_with_fused_adp_det() {
    String[] tags = new POSTaggerME(NlpFixtures.models().posModel(), POSTagFormat.UD).tag(SENTENCE);

    assertArrayEquals(
        new String[] {
          "VERB", "DET", "NOUN", "ADP+DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"
        },
        tags);
  }

  @Test
  void greedy_pos_decoding_tags_the_seed_sheet_like_the_published_beam_of_three() throws IOException {
    POSModel published;
    try (var in = getClass().getClassLoader().getResourceAsStream(NlpModels.POS_MODEL)) {
      published = new POSModel(in);
    }
    assertEquals("3", published.getManifestProperty("BeamSize"));
    assertEquals("1", NlpFixtures.models().posModel().getManifestProperty("BeamSize"));
    POSTaggerME beam = new POSTaggerME(published, POSTagFormat.UD);
    POSTaggerME greedy = new POSTaggerME(NlpFixtures.models().posModel(), POSTagFormat.UD);
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    int tokens = 0;
    String seeds = NlpFixtures.text("seed004_charge_assistance.txt") + "\n"
        + NlpFixtures.text("seed001_charge_accueil_activites.txt") + "\n"
        + NlpFixtures.text("cv_charge_assistance.txt");
    for (String line : seeds.split("\\R")) {
      String[] forms = tokenizer.tokenize(line, 0, line.length()).stream().map(Token::form).toArray(String[]::new);
      if (forms.length > 0) {
        assertArrayEquals(beam.tag(forms), greedy.tag(forms), line);
        tokens += forms.length;
      }
    }
    assertTrue(tokens > 200, "compared " + tokens + " tokens");
  }

  @Test
  void fails_fast_naming_a_missing_model_and_its_artifact() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                NlpModels.fromClasspath(
                    getClass().getClassLoader(),
                    NlpModels.LANGUAGE_MODEL,
                    "no-such-sentence-model.bin",
                    NlpModels.POS_MODEL));

    assertTrue(e.getMessage().contains("no-such-sentence-model.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("opennlp-models-sentdetect-fr"), e.getMessage());
  }

  @Test
  void fails_fast_when_a_resource_is_not_the_expected_kind_of_model() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                NlpModels.fromClasspath(
                    getClass().getClassLoader(),
                    NlpModels.LANGUAGE_MODEL,
                    NlpModels.POS_MODEL,
                    NlpModels.POS_MODEL));

    assertTrue(e.getMessage().contains(NlpModels.POS_MODEL), e.getMessage());
  }

  @Test
  void pos_model_round_trips_through_serialization_and_tags_the_same() throws IOException {
    POSModel original = NlpFixtures.models().posModel();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    original.serialize(out);
    POSModel reloaded = new POSModel(new ByteArrayInputStream(out.toByteArray()));

    assertArrayEquals(
        new POSTaggerME(original, POSTagFormat.UD).tag(SENTENCE),
        new POSTaggerME(reloaded, POSTagFormat.UD).tag(SENTENCE));
  }

  @Test
  void sentence_model_round_trips_through_serialization_and_splits_the_same() throws IOException {
    SentenceModel original = NlpFixtures.models().sentenceModel();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    original.serialize(out);
    SentenceModel reloaded = new SentenceModel(new ByteArrayInputStream(out.toByteArray()));
    String text = "Réceptionne les appels. Ouvre les dossiers d'assistance. Suit les opérations.";

    assertArrayEquals(
        new SentenceDetectorME(original).sentPosDetect(text),
        new SentenceDetectorME(reloaded).sentPosDetect(text));
    assertEquals(3, new SentenceDetectorME(reloaded).sentPosDetect(text).length);
  }
}
