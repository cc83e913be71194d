package fr.passerelles.rome;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file of the release (RFC 4180: quoted fields may span lines and contain {@code ""})
 * and hands each record to the caller as a {@link Row} whose accessors validate and report errors
 * with the file, record, line and column.
 *
 * <p>Columns are looked up by header name, so extra columns in a future release are ignored; a
 * missing required column fails before any record is read.
 */
final class RomeCsv {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .get();
  private static final Pattern ROME_CODE = Pattern.compile("[A-N]\\d{4}");
  /** France Travail's headers misspell "professionnel" in unix_cr_gd_dp; a fixed release must load too. */
  private static final Map<String, String> ALIASES = Map.of(
      "code_domaine_professionel", "code_domaine_professionnel",
      "libelle_domaine_professionel", "libelle_domaine_professionnel");

  private RomeCsv() {}

  /** Reads {@code file}, checks that {@code required} columns exist, then calls {@code action} per record. */
  static void read(Path file, List<String> required, Consumer<Row> action) {
    String name = file.getFileName().toString();
    try (CSVParser parser = CSVParser.parse(new StringReader(RomeFiles.read(file)), FORMAT)) {
      int width = parser.getHeaderNames().size();
      Map<String, Integer> columns = columns(name, parser.getHeaderNames(), required);
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1; // before parsing: the record's first line
        if (!hasNext(records, name, line)) {
          break;
        }
        Row row = new Row(name, records.next(), line, columns);
        if (row.record.size() != width) {
          throw row.error("", "has " + row.record.size() + " fields, the header has " + width);
        }
        action.accept(row);
      }
    } catch (IOException e) {
      throw RomeImportException.ofFile(name, "cannot parse: " + e.getMessage(), e);
    }
  }

  private static boolean hasNext(Iterator<CSVRecord> records, String name, long line) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new RomeImportException(name, "line " + line, "", "malformed CSV: " + e.getMessage(), e);
    }
  }

  private static Map<String, Integer> columns(String file, List<String> header, List<String> required) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      columns.putIfAbsent(ALIASES.getOrDefault(h, h), i);
    }
    for (String c : required) {
      if (!columns.containsKey(c)) {
        throw new RomeImportException(file, "header", c, "missing column (header is " + header + ")");
      }
    }
    return columns;
  }

  /** One CSV record; every accessor names this record and the column when the value is bad. */
  static final class Row {
    private final String file;
    private final CSVRecord record;
    private final long line;
    private final Map<String, Integer> columns;

    private Row(String file, CSVRecord record, long line, Map<String, Integer> columns) {
      this.file = file;
      this.record = record;
      this.line = line;
      this.columns = columns;
    }

    /** The raw value, stripped of surrounding blanks; "" when empty. */
    String text(String column) {
      return raw(column).strip();
    }

    private String raw(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw error(column, "missing column");
      }
      return record.get(i);
    }

    /** A value that must not be empty. */
    String required(String column) {
      String v = text(column);
      if (v.isEmpty()) {
        throw error(column, "empty value");
      }
      return v;
    }

    /** A label or text, cleaned by {@link LabelCleaner}. */
    String label(String column) {
      return LabelCleaner.clean(raw(column));
    }

    /** A non-empty cleaned label. */
    String requiredLabel(String column) {
      String v = label(column);
      if (v.isEmpty()) {
        throw error(column, "empty value");
      }
      return v;
    }

    /** A positive integer identifier ({@code code_ogr}, {@code numero_ordre}, ...). */
    int positiveInt(String column) {
      String v = required(column);
      try {
        int n = Integer.parseInt(v);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below with the value
      }
      throw error(column, "not a positive integer: \"" + v + "\"");
    }

    /** A ROME code, {@code [A-N]} and 4 digits. */
    String romeCode(String column) {
      String v = text(column);
      if (!ROME_CODE.matcher(v).matches()) {
        throw error(column, "bad code format \"" + v + "\", expected [A-N] and 4 digits");
      }
      return v;
    }

    /** E.g. {@code record 12 (line 13)}: the first line, since a record may span several. */
    String location() {
      return "record " + record.getRecordNumber() + " (line " + line + ")";
    }

    RomeImportException error(String column, String problem) {
      return new RomeImportException(file, location(), column, problem);
    }
  }
}
