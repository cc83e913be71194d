package fr.passerelles.nlp;

import java.util.List;
import java.util.Objects;

/**
 * Entry point of input understanding: language check, segmentation, action phrases. Text the {@link
 * LanguageGuard} refuses is not segmented, so binary noise or a foreign CV costs only the
 * detection.
 *
 * <p>Thread-safe and meant to be shared: build one at start-up from the {@link NlpModels}; every
 * call creates its own OpenNLP predictors.
 */
public final class InputAnalyzer {

  private final LanguageGuard guard;
  private final TextSegmenter segmenter;
  private final ActionPhraseExtractor extractor;
  private final ZoneTagger zones = new ZoneTagger();
  /** An action phrase this close to its segment's start opens it ("- Négociation des…", "J'ai géré…"). */
  private static final int OPENING_CHARS = 4;
  private final CvTimeline timeline = new CvTimeline();

  public InputAnalyzer(NlpModels models) {
    Objects.requireNonNull(models, "models");
    this.guard = new LanguageGuard(models);
    this.segmenter = new TextSegmenter(models);
    this.extractor = new ActionPhraseExtractor(models);
  }

  public InputAnalysis analyze(String text) {
    LanguageVerdict language = guard.check(Objects.requireNonNull(text, "text"));
    if (!language.isFrench()) {
      return InputAnalysis.refused(language);
    }
    List<Segment> segments = segmenter.segment(text);
    List<ActionPhrase> phrases = extractor.extract(segments);
    boolean[] startsWithAction = new boolean[segments.size()];
    for (ActionPhrase p : phrases) {
      Segment s = segments.get(p.segmentIndex());
      if (p.start() - s.start() <= OPENING_CHARS) {
        startsWithAction[p.segmentIndex()] = true;
      }
    }
    List<SegmentRole> roles = timeline.roles(segments, zones.tag(text, segments, startsWithAction));
    return new InputAnalysis(language, segments, phrases, roles);
  }
}
