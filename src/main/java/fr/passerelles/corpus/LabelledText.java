package fr.passerelles.corpus;

import java.util.List;

/**
 * A text written in the project as job ads, CVs and job descriptions are written, labelled by hand
 * with the job it is about (the blind real-style sets, {@code corpus/examples/README.md}).
 *
 * @param id the text's id in its set ({@code rs12-d01}); its prefix names the set
 * @param kind ad, cv or description
 * @param branch the branch métiers or sheets it is about (empty: a job outside the branch)
 * @param rome the ROME sheets it is about
 */
public record LabelledText(String id, String kind, List<String> branch, List<String> rome, String text) {
  public LabelledText {
    branch = branch == null ? List.of() : List.copyOf(branch);
    rome = rome == null ? List.of() : List.copyOf(rome);
  }

  /** The set a text belongs to: its id without the last part ({@code rs12} of {@code rs12-d01}). */
  public String set() {
    return setOf(id);
  }

  /** The set an id names ({@code rs12} of {@code rs12-d01}; the whole id when it has no dash). */
  public static String setOf(String id) {
    int dash = id.lastIndexOf('-');
    return dash < 0 ? id : id.substring(0, dash);
  }
}
