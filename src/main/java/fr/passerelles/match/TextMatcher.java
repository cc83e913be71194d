package fr.passerelles.match;

import fr.passerelles.nlp.ActionPhrase;
import fr.passerelles.nlp.InputAnalysis;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.Segment;
import java.util.List;

/**
 * The user-facing entry of matching: checks the language, cuts the text into segments and action
 * phrases (OpenNLP), then ranks the sheets. Thread-safe.
 */
public final class TextMatcher {
  private final InputAnalyzer nlp;
  private final Matcher matcher;

  public TextMatcher(InputAnalyzer nlp, Matcher matcher) {
    this.nlp = nlp;
    this.matcher = matcher;
  }

  /**
   * @throws NotFrenchException when the text is not French (or not text at all)
   */
  public MatchResult match(String text, MatchOptions options) {
    return matcher.match(understand(text), options);
  }

  /** Language check and segmentation, reusable by callers that search items themselves. */
  public MatchInput understand(String text) {
    InputAnalysis analysis = nlp.analyze(text);
    if (!analysis.language().isFrench()) {
      throw new NotFrenchException(analysis.language());
    }
    List<TextSpan> segments = analysis.segments().stream().map(TextMatcher::span).toList();
    if (segments.isEmpty()) {
      return MatchInput.whole(text); // a title: one segment, as typed
    }
    List<TextSpan> phrases = analysis.actionPhrases().stream().map(TextMatcher::span).toList();
    List<Integer> phraseSegments = analysis.actionPhrases().stream().map(ActionPhrase::segmentIndex).toList();
    List<TextSpan> actionNouns = analysis.actionPhrases().stream()
        .filter(p -> p.headKind() == ActionPhrase.HeadKind.ACTION_NOUN)
        .map(TextMatcher::headWord).toList();
    return new MatchInput(text, segments, analysis.roles(), phrases, phraseSegments, actionNouns);
  }

  /**
   * The first word of a nominal phrase, which is its head ("Mise" of "Mise en place d'un outil"):
   * the grammar starts an action-noun phrase at its head.
   */
  static TextSpan headWord(ActionPhrase p) {
    String t = p.text();
    int end = 0;
    while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == 'œ')) {
      end++;
    }
    return new TextSpan(p.start(), p.start() + Math.max(1, end), t.substring(0, Math.max(1, end)));
  }

  public Matcher matcher() {
    return matcher;
  }

  /** The same NLP and indexes with other matcher parameters (evaluation sweeps). */
  public TextMatcher withTuning(MatchTuning tuning) {
    return new TextMatcher(nlp, matcher.withTuning(tuning));
  }

  /** The same NLP and indexes with other fusion models (fitting, evaluation). */
  public TextMatcher withModels(ScoreModels models) {
    return new TextMatcher(nlp, matcher.withModels(models));
  }

  /** The same NLP and indexes, branch-only requests read with or without the synonyms. */
  public TextMatcher withBranchSynonyms(boolean on) {
    return new TextMatcher(nlp, matcher.withBranchSynonyms(on));
  }

  /** The same NLP and indexes with the annex's bridge at weight {@code beta} (0: off). */
  public TextMatcher withAnnexBridge(double beta) {
    return new TextMatcher(nlp, matcher.withAnnexBridge(beta));
  }

  /** The same NLP and indexes with the branch métiers' prior {@code prior}. */
  public TextMatcher withBranchPrior(BranchPrior prior) {
    return new TextMatcher(nlp, matcher.withBranchPrior(prior));
  }

  /**
   * The same matcher without the boosts that follow the fusion (the annex's bridge, the ROME sheets
   * the branch's people hold, the labelled texts' vote): what a fit's candidate pools hold.
   */
  public TextMatcher fusionAlone() {
    return withAnnexBridge(0).withPopulationBridge(PopulationBridge.OFF).withExampleVote(ExampleVote.OFF);
  }

  /** The same NLP and indexes with the branch métiers voted for by the nearest labelled texts as {@code vote} says. */
  public TextMatcher withExampleVote(ExampleVote vote) {
    return new TextMatcher(nlp, matcher.withExampleVote(vote));
  }

  /** The same NLP and indexes with the ROME sheets the branch's people hold boosted as {@code population} says. */
  public TextMatcher withPopulationBridge(PopulationBridge population) {
    return new TextMatcher(nlp, matcher.withPopulationBridge(population));
  }

  private static TextSpan span(Segment s) {
    return new TextSpan(s.start(), s.end(), s.text());
  }

  private static TextSpan span(ActionPhrase p) {
    return new TextSpan(p.start(), p.end(), p.text());
  }
}
