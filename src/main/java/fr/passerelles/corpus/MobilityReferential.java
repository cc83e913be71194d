package fr.passerelles.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The mobility study's method (000): three degrees of accessibility between métiers and the rule
 * that a move only goes to an equal or higher classification level. Extra descriptive fields of the
 * file (examples, definitions) are kept in the JSON for readers and ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MobilityReferential(String source, List<Degree> degrees, ClassificationRule classificationRule) {

  public MobilityReferential {
    degrees = degrees == null ? List.of() : List.copyOf(degrees);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Degree(int degree, String label, String description) {}

  /** @param direction {@code equal-or-higher}: a move never goes down a classification level */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ClassificationRule(String text, String direction) {}

  public Degree degree(int n) {
    return degrees.stream().filter(d -> d.degree() == n).findFirst().orElseThrow();
  }
}
