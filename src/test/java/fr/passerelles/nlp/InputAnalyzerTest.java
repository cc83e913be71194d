package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.nlp.LanguageVerdict.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InputAnalyzerTest {

  private final InputAnalyzer analyzer = new InputAnalyzer(NlpFixtures.models());

  @Test
  void analyzes_a_french_cv_into_verdict_segments_and_action_phrases() {
    String cv = NlpFixtures.text("cv_charge_assistance.txt");

    InputAnalysis analysis = analyzer.analyze(cv);

    assertTrue(analysis.language().isFrench());
    assertEquals(new Segment(0, 14, "Camille Martin"), analysis.segments().get(0));
    assertEquals(
        new Segment(158, 222, "Accueil téléphonique des bénéficiaires en France et à l'étranger"),
        analysis.segments().get(4));
    assertEquals(
        new ActionPhrase(
            "Accueil téléphonique des bénéficiaires",
            158,
            196,
            "accueil",
            ActionPhrase.HeadKind.ACTION_NOUN,
            4),
        analysis.actionPhrases().get(0));
  }

  @Test
  void finds_the_phrases_of_a_seed_activity_sentence() {
    InputAnalysis analysis =
        analyzer.analyze("Organise les rapatriements et gère les réclamations des clients.");

    List<String> texts = analysis.actionPhrases().stream().map(ActionPhrase::text).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains("rapatriements")), texts::toString);
    assertTrue(texts.stream().anyMatch(t -> t.contains("réclamations")), texts::toString);
  }

  @Test
  void stops_after_the_verdict_when_the_text_is_refused() {
    InputAnalysis english = analyzer.analyze(NlpFixtures.text("cv_english.txt"));
    InputAnalysis noise =
        analyzer.analyze(new String(NlpFixtures.bytes("noise.bin"), StandardCharsets.UTF_8));

    assertEquals(Reason.OTHER_LANGUAGE, english.language().reason());
    assertEquals(List.of(), english.segments());
    assertEquals(List.of(), english.actionPhrases());
    assertEquals(Reason.BINARY, noise.language().reason());
    assertEquals(List.of(), noise.segments());
  }

  @Test
  void analyzes_a_short_job_title_without_refusing_it() {
    InputAnalysis analysis = analyzer.analyze("chargé d'assistance");

    assertTrue(analysis.language().isFrench());
    assertEquals(List.of(new Segment(0, 19, "chargé d'assistance")), analysis.segments());
    assertEquals(List.of(), analysis.actionPhrases());
  }

  @Test
  void gives_the_same_analysis_from_many_virtual_threads_at_once()
      throws InterruptedException, ExecutionException {
    List<String> texts =
        List.of(
            NlpFixtures.text("cv_charge_assistance.txt"),
            NlpFixtures.text("job_ad_gestionnaire.txt"),
            NlpFixtures.text("seed004_charge_assistance.txt"),
            NlpFixtures.text("cv_english.txt"));
    List<InputAnalysis> expected = texts.stream().map(analyzer::analyze).toList();

    List<Future<InputAnalysis>> futures = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 200; i++) {
        String text = texts.get(i % texts.size());
        futures.add(executor.submit(() -> analyzer.analyze(text)));
      }
    }

    for (int i = 0; i < futures.size(); i++) {
      assertEquals(expected.get(i % texts.size()), futures.get(i).get());
    }
    assertFalse(expected.get(0).actionPhrases().isEmpty());
  }
}
