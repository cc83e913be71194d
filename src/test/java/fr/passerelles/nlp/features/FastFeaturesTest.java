package fr.passerelles.nlp.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.nlp.NlpModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The replacements give OpenNLP's features, string for string. */
class FastFeaturesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "gère", "ÉCOLE", "RÉGULATEUR(TRICE)", "İSTANBUL", "ǅemal", "ΟΔΟΣ",
      "Straße", "𝐀𝐁c", "l'Œuvre", "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "x\u0130y", "SAP", "24h/24"})
  void lower_case_is_opennlps(String s) {
    assertEquals(StringUtil.toLowerCase(s), LowerCase.of(s));
  }

  @Test
  void token_and_token_class_features_equal_the_stock_generators_on_a_real_cv_and_seed() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (String text : List.of(resource("/nlp/cv_charge_assistance.txt"), resource("/nlp/seed004_charge_assistance.txt"))) {
      tokens.addAll(List.of(text.split("[\\s,;:.()]+")));
    }
    String[] sentence = tokens.toArray(String[]::new);
    assertFeaturesEqual(new TokenFeatureGenerator(true), new TokenFeatures().create(), sentence);
    assertFeaturesEqual(new TokenClassFeatureGenerator(true), new TokenClassFeatures().create(), sentence);
    assertTrue(sentence.length > 300, "tokens: " + sentence.length);
  }

  @Test
  void the_loaded_pos_model_uses_them() {
    byte[] descriptor = NlpModels.fromClasspath().posModel().getArtifact("generator.featuregen");
    String xml = new String(descriptor, StandardCharsets.UTF_8);
    assertTrue(xml.contains(TokenFeatures.class.getName()), xml);
    assertTrue(xml.contains(TokenClassFeatures.class.getName()), xml);
  }

  private static void assertFeaturesEqual(AdaptiveFeatureGenerator stock, AdaptiveFeatureGenerator fast, String[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      List<String> expected = new ArrayList<>();
      List<String> actual = new ArrayList<>();
      stock.createFeatures(expected, tokens, i, new String[0]);
      fast.createFeatures(actual, tokens, i, new String[0]);
      assertEquals(expected, actual, tokens[i]);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FastFeaturesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
