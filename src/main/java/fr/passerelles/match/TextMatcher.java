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
    return new MatchInput(text, segments, analysis.roles(), phrases, phraseSegments);
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

  private static TextSpan span(Segment s) {
    return new TextSpan(s.start(), s.end(), s.text());
  }

  private static TextSpan span(ActionPhrase p) {
    return new TextSpan(p.start(), p.end(), p.text());
  }
}
