package fr.passerelles.nlp.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * Stands for OpenNLP's {@code TokenFeatureGeneratorFactory} in the POS model's feature descriptor:
 * the same {@code w=} features as {@link TokenFeatureGenerator}, lower-cased by {@link LowerCase}.
 */
public final class TokenFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
    boolean lowercase = getBool("lowercase", true);
    return new AdaptiveFeatureGenerator() {
      @Override
      public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.add("w=" + (lowercase ? LowerCase.of(tokens[index]) : tokens[index]));
      }
    };
  }
}
