package fr.passerelles.nlp.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;

/**
 * Stands for OpenNLP's {@code TokenClassFeatureGeneratorFactory} in the POS model's feature
 * descriptor: the same {@code wc=} and {@code w&c=} features as {@link TokenClassFeatureGenerator},
 * lower-cased by {@link LowerCase}.
 */
public final class TokenClassFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
    boolean wordAndClass = getBool("wordAndClass", true);
    return new AdaptiveFeatureGenerator() {
      @Override
      public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String wordClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
        features.add("wc=" + wordClass);
        if (wordAndClass) {
          features.add("w&c=" + LowerCase.of(tokens[index]) + "," + wordClass);
        }
      }
    };
  }
}
