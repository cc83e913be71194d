package fr.passerelles.corpus;

/**
 * One problem found in the corpus.
 *
 * @param file path relative to the corpus folder ({@code sheets/0101.json})
 * @param field JSON path of the offending value ({@code $.activities[3].frequency}), {@code $} for
 *     the whole file
 */
public record CorpusProblem(String file, String field, String message) {
  @Override
  public String toString() {
    return file + ": " + field + ": " + message;
  }
}
