package fr.passerelles.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The mobility study's method (000): three degrees of accessibility between métiers and the rule
 * that a move only goes to an equal or higher classification level, with the study's worked
 * example. Extra descriptive fields of the file (definitions, limitations) are kept in the JSON for
 * readers and ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MobilityReferential(
    String source, List<Degree> degrees, ClassificationRule classificationRule, List<Example> examples) {

  public MobilityReferential {
    degrees = degrees == null ? List.of() : List.copyOf(degrees);
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Degree(int degree, String label, String description) {}

  /** @param direction {@code equal-or-higher}: a move never goes down a classification level */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ClassificationRule(String text, String direction) {}

  /** The study's example: the moves of one métier by degree (only some targets are named). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Example(String from, List<ExampleDegree> degrees) {
    public Example {
      degrees = degrees == null ? List.of() : List.copyOf(degrees);
    }
  }

  /** @param count how many targets the study gives for this degree; {@code targets} may name fewer */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ExampleDegree(int degree, int count, List<ExampleTarget> targets) {
    public ExampleDegree {
      targets = targets == null ? List.of() : List.copyOf(targets);
    }
  }

  /** @param code the 2009 métier code of the target */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ExampleTarget(String code, String text) {}

  public Degree degree(int n) {
    return degrees.stream().filter(d -> d.degree() == n).findFirst().orElseThrow();
  }
}
