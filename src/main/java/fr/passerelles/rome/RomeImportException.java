package fr.passerelles.rome;

import java.util.StringJoiner;

/**
 * A ROME release that cannot be imported. The message names the file, where in it (CSV record and
 * line, or JSON path), the field and the problem, e.g. {@code unix_referentiel_code_rome_v460_utf8.csv:
 * record 12 (line 13): field code_rome: bad code format "K14O1", expected [A-N] and 4 digits}.
 */
public final class RomeImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String location;
  private final String field;
  private final String problem;

  /**
   * @param file the file name (or name pattern for a file that is missing)
   * @param location record and line, or JSON path; empty when the problem is the whole file
   * @param field column or JSON field; empty when none applies
   * @param problem what is wrong, with the offending value quoted
   */
  public RomeImportException(String file, String location, String field, String problem, Throwable cause) {
    super(format(file, location, field, problem), cause);
    this.file = file;
    this.location = location;
    this.field = field;
    this.problem = problem;
  }

  public RomeImportException(String file, String location, String field, String problem) {
    this(file, location, field, problem, null);
  }

  /** A problem with a whole file (missing, unreadable, bad encoding). */
  static RomeImportException ofFile(String file, String problem, Throwable cause) {
    return new RomeImportException(file, "", "", problem, cause);
  }

  private static String format(String file, String location, String field, String problem) {
    StringJoiner j = new StringJoiner(": ");
    j.add(file);
    if (!location.isEmpty()) {
      j.add(location);
    }
    if (!field.isEmpty()) {
      j.add("field " + field);
    }
    return j.add(problem).toString();
  }

  public String file() {
    return file;
  }

  public String location() {
    return location;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
