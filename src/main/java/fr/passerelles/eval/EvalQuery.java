package fr.passerelles.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One labelled query of the development set.
 *
 * @param kind {@code title}, {@code statement}, {@code cv} or {@code ad}
 * @param branch acceptable branch answers: métier codes or sub-sheet ids (may be empty)
 * @param rome acceptable ROME codes (may be empty)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuery(String id, String kind, String text, List<String> branch, List<String> rome) {
  public EvalQuery {
    branch = branch == null ? List.of() : List.copyOf(branch);
    rome = rome == null ? List.of() : List.copyOf(rome);
  }
}
