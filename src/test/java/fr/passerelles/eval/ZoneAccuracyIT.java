package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.NlpModels;
import fr.passerelles.rome.RomeRelease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The zone tagger on the benchmark's noisy queries (train split, first 150 sheets), whose parts are
 * known by construction: most ad and CV noise is set aside and the description is kept. Before the
 * paragraph, condition-lead and intro rules, 58 % of the ads' noise segments were read as tasks.
 */
class ZoneAccuracyIT {

  @Test
  void noise_is_set_aside_and_the_description_kept() {
    Path romeDir = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(romeDir), "needs the ROME release");
    Map<BenchTask, List<BenchQuery>> queries = BenchQueries.build(
        RomeRelease.load(romeDir), new RomeHoldout(RomeHoldout.DEFAULT_FOLDS), RomeHoldout.Split.TRAIN, 150, 0);
    InputAnalyzer analyzer = new InputAnalyzer(NlpModels.fromClasspath());

    ZoneAccuracy.Counts ad = ZoneAccuracy.measure(queries, BenchTask.NOISY_AD, analyzer);
    ZoneAccuracy.Counts cv = ZoneAccuracy.measure(queries, BenchTask.NOISY_CV, analyzer);

    assertTrue(ad.noise() > 500 && cv.noise() > 1000, ad + " " + cv);
    assertTrue(ad.noiseAsTask() < 0.15 * ad.noise(), "ad noise read as tasks: " + ad);
    assertTrue(cv.noiseAsTask() < 0.10 * cv.noise(), "CV noise read as tasks: " + cv);
    assertTrue(ad.descriptionSetAside() < 0.05 * ad.description(), "ad description set aside: " + ad);
    assertTrue(cv.descriptionSetAside() < 0.05 * cv.description(), "CV description set aside: " + cv);
  }
}
