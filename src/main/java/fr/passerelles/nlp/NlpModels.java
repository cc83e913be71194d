package fr.passerelles.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The three OpenNLP models, loaded once at start-up from the {@code opennlp-models-*} jars on the
 * classpath and shared by all threads: OpenNLP models are immutable and thread-safe, while the
 * {@code *ME} predictors built on them keep per-call state and are created per call.
 *
 * <p>Loading takes about a second (the language model is 10 MB); a missing or wrong model fails
 * here, at start-up, with a message naming the resource and the Maven artifact that provides it.
 */
public final class NlpModels {

  /** In {@code org.apache.opennlp:opennlp-models-langdetect:1.0.0} (103 languages, ISO 639-3). */
  public static final String LANGUAGE_MODEL = "langdetect-183.bin";

  /** In {@code org.apache.opennlp:opennlp-models-sentdetect-fr:1.3.0} (UD French-GSD). */
  public static final String SENTENCE_MODEL = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

  /** In {@code org.apache.opennlp:opennlp-models-pos-fr:1.3.0} (UD French-GSD, UPOS tags). */
  public static final String POS_MODEL = "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";

  /** Entries of a POS model (package-private names in OpenNLP's POSModel). */
  private static final String POS_WEIGHTS_ENTRY = "pos.model";

  private static final String FEATURES_ENTRY = "generator.featuregen";

  /** Stock feature generator factories → the faster equivalents this project provides. */
  private static final Map<String, String> FAST_FEATURES = Map.of(
      "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
      fr.passerelles.nlp.features.TokenFeatures.class.getName(),
      "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
      fr.passerelles.nlp.features.TokenClassFeatures.class.getName());

  private final LanguageDetectorModel languageModel;
  private final SentenceModel sentenceModel;
  private final POSModel posModel;

  private NlpModels(
      LanguageDetectorModel languageModel, SentenceModel sentenceModel, POSModel posModel) {
    this.languageModel = languageModel;
    this.sentenceModel = sentenceModel;
    this.posModel = posModel;
  }

  /** Loads the models from this class's class loader. */
  public static NlpModels fromClasspath() {
    return fromClasspath(
        NlpModels.class.getClassLoader(), LANGUAGE_MODEL, SENTENCE_MODEL, POS_MODEL);
  }

  /**
   * Loads the models from the given resources; {@link #fromClasspath()} is the production entry,
   * this one lets tests point at a missing or wrong resource.
   *
   * @throws IllegalStateException if a resource is missing, unreadable or not the expected model
   */
  static NlpModels fromClasspath(
      ClassLoader loader, String languageResource, String sentenceResource, String posResource) {
    LanguageDetectorModel language =
        read(loader, languageResource, "opennlp-models-langdetect", LanguageDetectorModel::new);
    SentenceModel sentence =
        read(loader, sentenceResource, "opennlp-models-sentdetect-fr", SentenceModel::new);
    POSModel pos = greedy(read(loader, posResource, "opennlp-models-pos-fr", POSModel::new));
    check(
        Arrays.asList(new LanguageDetectorME(language).getSupportedLanguages()).contains("fra"),
        languageResource + " is not a language model that knows French (fra)");
    check(
        "fr".equals(sentence.getLanguage()), sentenceResource + " is not a French sentence model");
    check("fr".equals(pos.getLanguage()), posResource + " is not a French POS model");
    // The action phrase rules read Universal Dependencies tags (NOUN, VERB, ADP+DET...).
    check(
        POSTagFormatMapper.guessFormat(pos) == POSTagFormat.UD,
        posResource + " does not produce Universal Dependencies POS tags");
    return new NlpModels(language, sentence, pos);
  }

  /**
   * The same POS model decoded greedily (beam of 1 instead of the manifest's 3): it tags 1.7 times
   * faster, and on the 1,234 tokens of the bench CV and the 004 seed it gave the very same tags.
   * The beam size lives in the model's manifest, so the model is rebuilt around the same maxent
   * weights, feature generator descriptor and tag dictionary (it stays serializable). In the
   * descriptor, two stock feature generators are swapped for ones that give the same features
   * faster ({@link fr.passerelles.nlp.features}).
   */
  private static POSModel greedy(POSModel model) {
    MaxentModel weights = model.getArtifact(POS_WEIGHTS_ENTRY);
    byte[] features = model.getArtifact(FEATURES_ENTRY);
    if (weights == null || features == null) {
      return model; // another kind of sequence model: keep its own decoding
    }
    String descriptor = new String(features, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> swap : FAST_FEATURES.entrySet()) {
      descriptor = descriptor.replace("\"" + swap.getKey() + "\"", "\"" + swap.getValue() + "\"");
    }
    POSTaggerFactory factory = new POSTaggerFactory(
        descriptor.getBytes(StandardCharsets.UTF_8), Map.of(), model.getFactory().getTagDictionary());
    return new POSModel(model.getLanguage(), weights, 1, null, factory);
  }

  public LanguageDetectorModel languageModel() {
    return languageModel;
  }

  public SentenceModel sentenceModel() {
    return sentenceModel;
  }

  public POSModel posModel() {
    return posModel;
  }

  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M read(
      ClassLoader loader, String resource, String artifact, ModelReader<M> reader) {
    InputStream in = loader.getResourceAsStream(Objects.requireNonNull(resource, "resource"));
    if (in == null) {
      throw new IllegalStateException(
          "OpenNLP model '"
              + resource
              + "' not found on the classpath; it comes from the Maven"
              + " artifact org.apache.opennlp:"
              + artifact
              + " (see pom.xml)");
    }
    try (in) {
      return reader.read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "OpenNLP model '" + resource + "' could not be read as expected from " + artifact, e);
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("Wrong OpenNLP model: " + message);
    }
  }
}
