package fr.passerelles.eval;

import fr.passerelles.nlp.InputAnalysis;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.Segment;
import fr.passerelles.nlp.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the zone tagger reads the benchmark's noisy queries, whose parts are known by construction:
 * a segment found in the masked description is a task, any other one is noise (a heading apart).
 * Needs no index: it measures the reading of the text, not the ranking.
 */
public final class ZoneAccuracy {

  /** Noise read as a task, and description lines set aside, over one task's queries. */
  public record Counts(BenchTask task, int noise, int noiseAsTask, int description, int descriptionSetAside) {}

  private ZoneAccuracy() {}

  public static Counts measure(Map<BenchTask, List<BenchQuery>> queries, BenchTask noisy, InputAnalyzer analyzer) {
    Map<String, String> masked = new HashMap<>();
    for (BenchQuery q : queries.get(BenchTask.MASKED)) {
      masked.put(q.id(), q.text());
    }
    int noise = 0;
    int noiseAsTask = 0;
    int description = 0;
    int setAside = 0;
    for (BenchQuery q : queries.get(noisy)) {
      InputAnalysis a = analyzer.analyze(q.text());
      String clean = masked.get(q.id());
      for (int i = 0; i < a.segments().size(); i++) {
        Segment s = a.segments().get(i);
        Zone z = a.roles().get(i).zone();
        String t = s.text().strip();
        if (t.length() > 3 && clean.contains(t)) {
          description++;
          setAside += z == Zone.TASK ? 0 : 1;
        } else if (z != Zone.HEADING) {
          noise++;
          noiseAsTask += z == Zone.TASK ? 1 : 0;
        }
      }
    }
    return new Counts(noisy, noise, noiseAsTask, description, setAside);
  }
}
