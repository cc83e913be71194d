package fr.passerelles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tags each segment with the French POS model and pulls out its action phrases (see {@link
 * PhraseGrammar} for the rules). Phrases do not overlap and come in text order.
 *
 * <p>CV lines are not sentences: their first word is capitalised by layout, and the GSD model,
 * trained on prose, then tags "Gestion" as PRON and "Géré" as PROPN. So the tagger sees the first
 * word of a segment, and any word after {@code : ;}, in lower case, and a segment written in
 * capitals wholly in lower case. Offsets still point into the original text.
 *
 * <p>The greedy model of {@link NlpModels} is decoded by {@link GreedyPosTagger} (the same tags as
 * {@link POSTaggerME}, without the general beam's costs); another model by {@link POSTaggerME}.
 *
 * <p>Thread-safe: a call borrows a tagger (it remembers the forms of the text) from a pool and gives it
 * back. Building one costs 0.7 ms, a tenth of a CV's analysis; {@code ThreadSafePOSTaggerME} is no
 * saving under virtual threads, as its {@code ThreadLocal} builds one per thread and keeps it. The
 * pool holds at most as many taggers as calls ever ran at once.
 */
public final class ActionPhraseExtractor {

  private static final Set<String> LOWER_CASE_AFTER = Set.of(":", ";");

  private final POSModel model;
  /** The POS model's features grouped by word and affix, once for every tagger. */
  private final Optional<PosFeatureContexts> features;
  private final Queue<Tagger> taggers = new ConcurrentLinkedQueue<>();
  private final FrenchTokenizer tokenizer = new FrenchTokenizer();
  private final DeverbalNouns nouns = new DeverbalNouns();
  private final LemmaGuesser lemmas = new LemmaGuesser();

  public ActionPhraseExtractor(NlpModels models) {
    this.model = models.posModel();
    this.features = PosFeatureContexts.of(model);
  }

  /** A tagger of one caller: token forms → one UD tag per token; {@code forget} once a text is done. */
  private record Tagger(UnaryOperator<String[]> tag, Runnable forget) {}

  private Tagger newTagger() {
    Optional<GreedyPosTagger> greedy = GreedyPosTagger.of(model, features);
    if (greedy.isPresent()) {
      return new Tagger(greedy.get()::tag, greedy.get()::forget);
    }
    POSTaggerME me = new POSTaggerME(model, POSTagFormat.UD);
    return new Tagger(me::tag, () -> {});
  }

  /**
   * Phrases of all segments; each phrase's {@code segmentIndex} is its index in {@code segments}.
   */
  public List<ActionPhrase> extract(List<Segment> segments) {
    Objects.requireNonNull(segments, "segments");
    Tagger tagger = taggers.poll();
    if (tagger == null) {
      tagger = newTagger();
    }
    try {
      List<ActionPhrase> phrases = new ArrayList<>();
      for (int s = 0; s < segments.size(); s++) {
        extract(tagger.tag(), segments.get(s), s, phrases);
      }
      return List.copyOf(phrases);
    } finally {
      tagger.forget().run();
      taggers.offer(tagger);
    }
  }

  private void extract(UnaryOperator<String[]> tagger, Segment segment, int index, List<ActionPhrase> out) {
    String text = segment.text();
    List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
    if (tokens.isEmpty()) {
      return;
    }
    String[] tags = tagger.apply(taggerForms(tokens));
    List<String> lower = tokens.stream().map(t -> t.form().toLowerCase(Locale.ROOT)).toList();
    PhraseGrammar grammar = new PhraseGrammar(lower, tags, nouns);
    int floor = 0;
    int i = 0;
    while (i < tokens.size()) {
      PhraseGrammar.Match m = grammar.matchAt(i, floor);
      if (m == null) {
        i++;
        continue;
      }
      int start = tokens.get(m.start()).start();
      int end = tokens.get(m.end() - 1).end();
      out.add(
          new ActionPhrase(
              text.substring(start, end),
              segment.start() + start,
              segment.start() + end,
              head(lower, m),
              m.kind(),
              index));
      floor = m.end();
      i = m.end();
    }
  }

  private String head(List<String> lower, PhraseGrammar.Match m) {
    List<String> words = new ArrayList<>(lower.subList(m.head(), m.head() + m.headLength()));
    words.set(
        0,
        m.kind() == ActionPhrase.HeadKind.VERB
            ? lemmas.verbLemma(words.get(0))
            : DeverbalNouns.singular(words.get(0)));
    return String.join(" ", words);
  }

  /** Token forms for the tagger, with layout capitals removed (see the class comment). */
  static String[] taggerForms(List<Token> tokens) {
    String[] forms = tokens.stream().map(Token::form).toArray(String[]::new);
    if (isAllCaps(forms)) {
      for (int i = 0; i < forms.length; i++) {
        forms[i] = forms[i].toLowerCase(Locale.ROOT);
      }
      return forms;
    }
    for (int i = 0; i < forms.length; i++) {
      if (i == 0 || LOWER_CASE_AFTER.contains(forms[i - 1])) {
        forms[i] = decapitalize(forms[i]);
      }
    }
    return forms;
  }

  /** "Gestion" → "gestion", but "SAP" and "RH" stay: acronyms are not layout. */
  private static String decapitalize(String form) {
    if (form.length() < 2
        || !Character.isUpperCase(form.charAt(0))
        || Character.isUpperCase(form.charAt(1))) {
      return form;
    }
    return form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1);
  }

  private static boolean isAllCaps(String[] forms) {
    int words = 0;
    for (String f : forms) {
      if (f.chars().anyMatch(Character::isLetter)) {
        if (!f.equals(f.toUpperCase(Locale.ROOT))) {
          return false;
        }
        words++;
      }
    }
    return words >= 2;
  }
}
