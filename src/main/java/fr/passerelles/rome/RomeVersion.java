package fr.passerelles.rome;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release's identity, from {@code version.txt} and the file names.
 *
 * @param number France Travail's version number, e.g. {@code "60"}
 * @param label the release label, e.g. {@code "25M09"} (year 2025, month 09)
 * @param fileSuffix the version part of the file names, e.g. {@code "460"} for {@code _v460_}
 * @param published the publication date
 * @param validated the validation date
 */
public record RomeVersion(String number, String label, String fileSuffix, LocalDate published, LocalDate validated) {
  static final String FILE = "version.txt";
  private static final Pattern NUMBER = Pattern.compile("(?m)^\\s*Num[ée]ro de version\\s*:\\s*(\\d+)\\s*$");
  private static final Pattern LABEL = Pattern.compile("(?m)^\\s*Titre/commentaire\\s*:.*?\\b(\\d{2}M\\d{2})\\b");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /** Parses {@code version.txt}, France Travail's free-text release note ("Numero de version : 60", ...). */
  static RomeVersion read(Path file, String fileSuffix) {
    String text = RomeFiles.read(file);
    return new RomeVersion(
        find(text, NUMBER, "Numero de version"),
        find(text, LABEL, "Titre/commentaire"),
        fileSuffix,
        date(text, "Date de publication"),
        date(text, "Date de validation"));
  }

  private static String find(String text, Pattern p, String field) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new RomeImportException(FILE, "", field, "not found or not in the expected form (" + p.pattern() + ")");
    }
    return m.group(1);
  }

  private static LocalDate date(String text, String field) {
    String v = find(text, Pattern.compile("(?m)^\\s*" + field + "\\s*:\\s*(\\S+)\\s*$"), field);
    try {
      return LocalDate.parse(v, DATE);
    } catch (DateTimeParseException e) {
      throw new RomeImportException(FILE, "", field, "not a date dd/MM/yyyy: \"" + v + "\"", e);
    }
  }

  /** E.g. {@code "ROME 4.0 version 60 (25M09), files v460"}. */
  public String describe() {
    return "ROME 4.0 version " + number + " (" + label + "), files v" + fileSuffix;
  }
}
