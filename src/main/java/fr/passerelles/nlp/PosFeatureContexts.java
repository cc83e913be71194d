package fr.passerelles.nlp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The POS model's features of a token straight as the model's parameter rows ({@link Context}), in
 * the order its feature descriptor writes them as strings, and the model's evaluation over those
 * rows. OpenNLP builds some twenty strings per token and looks each up in a map of 50,694 features
 * (most of a CV's tagging time, in cache misses); here a token's own rows are looked up once per
 * distinct form ({@link #token}), its neighbours' and the previous tags' rows are reused.
 *
 * <p>Only for the descriptor of the French GSD model ({@link #GENERATORS}); another model is left
 * to OpenNLP ({@link #of} is empty). {@code PosFeatureContextsTest} checks the rows against
 * OpenNLP's strings and the scores to the bit.
 */
final class PosFeatureContexts {
  /**
   * The descriptor's generators and parameters, in order, as read by {@link #signature}: the
   * generator for a token's word may be OpenNLP's or {@code features.TokenFeatures} (the same
   * features), likewise for the word class.
   */
  static final List<String> GENERATORS = List.of(
      "featureGenerators cache=true", "Definition", "Suffix", "Prefix",
      "Window", "prevLength=2", "nextLength=2", "Token",
      "Window", "prevLength=2", "nextLength=2", "Sentence", "begin=true", "end=false",
      "TokenClass", "PosTagger");
  /** Suffixes and prefixes per token ({@code SuffixFeatureGenerator.DEFAULT_MAX_LENGTH}). */
  private static final int AFFIXES = 4;
  /** At most: def, 2 × 4 affixes, 5 words, 3 sentence starts (one at a time), 2 classes, 2 tags. */
  static final int MAX_CONTEXTS = 1 + 2 * AFFIXES + 5 + 1 + 2 + 2;

  private final Map<String, Context> rows;
  private final int outcomes;
  private final double uniformLogPrior;
  private final Context def;
  private final Context[] sentenceBegin;
  private final Context[] tag;
  private final Context[][] tagPair;
  /** Lower-cased word → its rows as the word, the words before and after, with its class. */
  private final Map<String, WordRows> words = new HashMap<>();
  /** A suffix (prefix) the model knows → the rows of its own suffixes (prefixes), by length − 1. */
  private final Map<String, Context[]> suffixes = new HashMap<>();
  private final Map<String, Context[]> prefixes = new HashMap<>();

  /** A token's rows (null: a feature the model never saw): its own, then as each neighbour. */
  record TokenContexts(Context[] affixes, Context word, Context prev1, Context prev2, Context next1,
      Context next2, Context wordClass, Context wordAndClass) {}

  /** A word's rows: {@code w=}, {@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=}, then {@code w&c=} by class. */
  private static final class WordRows {
    final Context[] window = new Context[WINDOW.size()];
    final Map<String, Context> withClass = new HashMap<>(2);
  }

  private static final List<String> WINDOW = List.of("w=", "p1w=", "p2w=", "n1w=", "n2w=");

  private PosFeatureContexts(Map<String, Context> rows, String[] outcomeNames) {
    this.rows = rows;
    this.outcomes = outcomeNames.length;
    this.uniformLogPrior = StrictMath.log(1.0 / outcomes); // UniformPrior's
    this.def = rows.get("def");
    this.sentenceBegin = new Context[] {rows.get("S=begin"), rows.get("p1S=begin"), rows.get("p2S=begin")};
    this.tag = new Context[outcomes];
    this.tagPair = new Context[outcomes][outcomes];
    for (int a = 0; a < outcomes; a++) {
      tag[a] = rows.get("t=" + outcomeNames[a]);
      for (int b = 0; b < outcomes; b++) {
        tagPair[a][b] = rows.get("t2=" + outcomeNames[a] + "," + outcomeNames[b]);
      }
    }
    // the per-word and per-affix features grouped: a form's own rows in three look-ups, not sixteen
    for (Map.Entry<String, Context> e : rows.entrySet()) {
      String feature = e.getKey();
      int eq = feature.indexOf('=');
      String kind = feature.substring(0, eq + 1);
      String value = feature.substring(eq + 1);
      int window = WINDOW.indexOf(kind);
      if (window >= 0) {
        words.computeIfAbsent(value, w -> new WordRows()).window[window] = e.getValue();
      } else if (kind.equals("w&c=")) {
        int comma = value.lastIndexOf(',');
        words.computeIfAbsent(value.substring(0, comma), w -> new WordRows()).withClass
            .put(value.substring(comma + 1), e.getValue());
      } else if (kind.equals("suf=") && value.length() <= AFFIXES) {
        Context[] own = new Context[value.length()];
        for (int len = 1; len <= value.length(); len++) {
          own[len - 1] = rows.get("suf=" + value.substring(value.length() - len));
        }
        suffixes.put(value, own);
      } else if (kind.equals("pre=") && value.length() <= AFFIXES) {
        Context[] own = new Context[value.length()];
        for (int len = 1; len <= value.length(); len++) {
          own[len - 1] = rows.get("pre=" + value.substring(0, len));
        }
        prefixes.put(value, own);
      }
    }
  }

  /** For a GIS model (uniform prior) with the French GSD descriptor; empty otherwise. */
  @SuppressWarnings("unchecked")
  static Optional<PosFeatureContexts> of(POSModel model) {
    Object weights = model.getArtifact("pos.model");
    byte[] descriptor = model.getArtifact("generator.featuregen");
    if (weights == null || weights.getClass() != GISModel.class || descriptor == null
        || !GENERATORS.equals(signature(new String(descriptor, StandardCharsets.UTF_8)))) {
      return Optional.empty();
    }
    Object[] data = ((GISModel) weights).getDataStructures();
    return Optional.of(new PosFeatureContexts((Map<String, Context>) data[1], (String[]) data[2]));
  }

  private static final Pattern ELEMENT = Pattern.compile(
      "<(featureGenerators) cache=\"(\\w+)\"|<generator class=\"[\\w.]+\\.(\\w+?)(?:FeatureGenerator)?(?:Factory|Features)\""
          + "|<(?:int|bool) name=\"(\\w+)\">(\\w+)<");

  /** The descriptor's elements in order, comments left out: the generators' short names, their parameters. */
  static List<String> signature(String descriptor) {
    Matcher m = ELEMENT.matcher(descriptor.replaceAll("(?s)<!--.*?-->", ""));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) + " cache=" + m.group(2)
          : m.group(3) != null ? m.group(3) : m.group(4) + "=" + m.group(5));
    }
    return out;
  }

  /**
   * A token form's rows, as the descriptor's generators write its features: its suffixes of 1 to
   * 4 characters, its prefixes likewise, then its word (lower-cased) in each place of the window,
   * its class, its word and class.
   */
  TokenContexts token(String form) {
    int affixes = Math.min(AFFIXES, form.length());
    Context[] suffix = affixRows(suffixes, form, affixes, true);
    Context[] prefix = affixRows(prefixes, form, affixes, false);
    List<Context> own = new ArrayList<>(2 * affixes);
    for (Context[] rowsByLength : List.of(suffix, prefix)) {
      for (Context c : rowsByLength) {
        if (c != null) {
          own.add(c);
        }
      }
    }
    String lower = StringUtil.toLowerCase(form); // as the generators (once per distinct form)
    String wordClass = FeatureGeneratorUtil.tokenFeature(form);
    WordRows word = words.get(lower);
    Context[] window = word == null ? new Context[WINDOW.size()] : word.window;
    return new TokenContexts(own.toArray(Context[]::new), window[0], window[1], window[2], window[3], window[4],
        rows.get("wc=" + wordClass), word == null ? null : word.withClass.get(wordClass));
  }

  /**
   * The rows of a form's {@code affixes} suffixes (or prefixes), by length − 1: the longest the
   * model knows gives its own shorter ones; the longer ones, unknown, stay null.
   */
  private static Context[] affixRows(Map<String, Context[]> known, String form, int affixes, boolean suffix) {
    Context[] out = new Context[affixes];
    for (int len = affixes; len >= 1; len--) {
      Context[] own = known.get(suffix ? form.substring(form.length() - len) : form.substring(0, len));
      if (own != null) {
        System.arraycopy(own, 0, out, 0, len);
        break;
      }
    }
    return out;
  }

  /**
   * Token {@code i}'s rows in the descriptor's order (def; suffixes, prefixes; the word, the two
   * before, the two after; the sentence start at 0, 1 or 2 back; the word class, word and class;
   * the previous tag, the two previous tags), unknown features left out, into {@code out}.
   *
   * @param tags the outcome numbers of the tokens before {@code i}
   * @return how many rows
   */
  int contexts(TokenContexts[] tokens, int i, int[] tags, Context[] out) {
    int n = 0;
    n = put(out, n, def);
    TokenContexts t = tokens[i];
    for (Context c : t.affixes()) {
      out[n++] = c;
    }
    n = put(out, n, t.word());
    if (i >= 1) {
      n = put(out, n, tokens[i - 1].prev1());
    }
    if (i >= 2) {
      n = put(out, n, tokens[i - 2].prev2());
    }
    if (i + 1 < tokens.length) {
      n = put(out, n, tokens[i + 1].next1());
    }
    if (i + 2 < tokens.length) {
      n = put(out, n, tokens[i + 2].next2());
    }
    if (i <= 2) {
      n = put(out, n, sentenceBegin[i]);
    }
    n = put(out, n, t.wordClass());
    n = put(out, n, t.wordAndClass());
    if (i >= 1) {
      n = put(out, n, tag[tags[i - 1]]);
    }
    if (i >= 2) {
      n = put(out, n, tagPair[tags[i - 2]][tags[i - 1]]);
    }
    return n;
  }

  private static int put(Context[] out, int n, Context c) {
    if (c != null) {
      out[n++] = c;
    }
    return n;
  }

  /**
   * The outcomes' probabilities for the first {@code count} rows, as {@code GISModel.eval}
   * computes them: the uniform log prior, each row's parameters added in row order, then the
   * exponentials normalised, in outcome order.
   */
  double[] eval(Context[] contexts, int count, double[] out) {
    Arrays.fill(out, 0, outcomes, uniformLogPrior);
    for (int ci = 0; ci < count; ci++) {
      int[] active = contexts[ci].getOutcomes();
      double[] parameters = contexts[ci].getParameters();
      for (int ai = 0; ai < active.length; ai++) {
        out[active[ai]] += parameters[ai] * 1.0; // ArrayMath.sumFeatures' value of a feature without one
      }
    }
    double normal = 0.0;
    for (int oid = 0; oid < outcomes; oid++) {
      out[oid] = StrictMath.exp(out[oid]);
      normal += out[oid];
    }
    for (int oid = 0; oid < outcomes; oid++) {
      out[oid] /= normal;
    }
    return out;
  }
}
