package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class PosFeatureContextsTest {

  private static final POSModel MODEL = NlpFixtures.models().posModel();

  @Test
  @SuppressWarnings("unchecked")
  void gives_the_rows_of_opennlps_feature_strings_in_their_order_and_the_same_scores() throws IOException {
    PosFeatureContexts features = PosFeatureContexts.of(MODEL).orElseThrow();
    GISModel weights = MODEL.getArtifact("pos.model");
    Map<String, Context> rows = (Map<String, Context>) weights.getDataStructures()[1];
    POSContextGenerator reference = MODEL.getFactory().getPOSContextGenerator(0);
    POSTaggerME tagger = new POSTaggerME(MODEL, POSTagFormat.UD);
    Map<String, Integer> outcome = new java.util.HashMap<>();
    for (int o = 0; o < weights.getNumOutcomes(); o++) {
      outcome.put(weights.getOutcome(o), o);
    }
    Context[] fast = new Context[PosFeatureContexts.MAX_CONTEXTS];
    double[] fastScores = new double[weights.getNumOutcomes()];
    int tokens = 0;
    int unknownFeatures = 0;
    for (String[] forms : GreedyPosTaggerTest.lines()) {
      String[] tags = tagger.tag(forms);
      int[] tagNumbers = new int[tags.length];
      PosFeatureContexts.TokenContexts[] own = new PosFeatureContexts.TokenContexts[forms.length];
      for (int i = 0; i < forms.length; i++) {
        own[i] = features.token(forms[i]);
        tagNumbers[i] = outcome.get(tags[i]);
      }
      for (int i = 0; i < forms.length; i++) {
        String[] strings = reference.getContext(i, forms, java.util.Arrays.copyOf(tags, i), null);
        List<Context> expected = new ArrayList<>();
        for (String s : strings) {
          Context c = rows.get(s);
          if (c != null) {
            expected.add(c);
          } else {
            unknownFeatures++;
          }
        }
        int n = features.contexts(own, i, tagNumbers, fast);
        assertEquals(expected.size(), n, String.join(" ", forms) + " @" + i);
        for (int k = 0; k < n; k++) {
          assertSame(expected.get(k), fast[k], String.join(" ", forms) + " @" + i + " row " + k);
        }
        assertArrayEquals(weights.eval(strings), features.eval(fast, n, fastScores), 0.0, String.join(" ", forms));
        tokens++;
      }
    }
    assertTrue(tokens > 50_000, tokens + " tokens");
    assertTrue(unknownFeatures > 10_000, unknownFeatures + " features the model never saw, left out alike");
  }

  @Test
  void reads_the_french_descriptor_and_refuses_another() throws IOException {
    POSModel published;
    try (var in = getClass().getClassLoader().getResourceAsStream(NlpModels.POS_MODEL)) {
      published = new POSModel(in);
    }
    String descriptor = new String(published.getArtifact("generator.featuregen"), StandardCharsets.UTF_8);
    assertEquals(PosFeatureContexts.GENERATORS, PosFeatureContexts.signature(descriptor));
    assertTrue(PosFeatureContexts.of(published).isPresent());
    assertNotEquals(PosFeatureContexts.GENERATORS,
        PosFeatureContexts.signature(descriptor.replace("<int name=\"nextLength\">2</int>", "<int name=\"nextLength\">3</int>")));
    assertNotEquals(PosFeatureContexts.GENERATORS,
        PosFeatureContexts.signature(descriptor.replace("SuffixFeatureGeneratorFactory", "BigramNameFeatureGeneratorFactory")));
  }
}
