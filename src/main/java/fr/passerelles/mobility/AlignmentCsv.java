package fr.passerelles.mobility;

import fr.passerelles.rome.CompetenceTree.Level;
import fr.passerelles.rome.CompetenceTree.MacroCompetence;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The alignment as a CSV file for review: one row per branch competence with its field (domaine,
 * enjeu, objectif, macro), the vote share, the closest ROME items with their strength and a review
 * flag. Reading it back gives the fields (not the hits' places) when no ROME release is loaded.
 */
public final class AlignmentCsv {
  static final int HIT_COLUMNS = 3;
  static final List<String> HEADER = header();

  private AlignmentCsv() {}

  private static List<String> header() {
    List<String> h = new ArrayList<>(List.of(
        "competence_id", "sheet", "kind", "text", "review", "best_strength", "domaine_support", "enjeu_support",
        "domaine", "domaine_label", "enjeu", "enjeu_label", "objectif", "objectif_label",
        "macro_ogr", "macro_code", "macro_label"));
    for (int i = 1; i <= HIT_COLUMNS; i++) {
      h.addAll(List.of("rome_" + i + "_ogr", "rome_" + i + "_kind", "rome_" + i + "_label", "rome_" + i + "_strength",
          "rome_" + i + "_in_context"));
    }
    h.addAll(List.of("reviewed", "reviewed_equivalents", "review_reason"));
    return List.copyOf(h);
  }

  private static CSVFormat format() {
    return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
  }

  public static void write(CompetenceAlignment alignment, Appendable out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, format())) {
      p.printRecord(HEADER);
      for (AlignedCompetence c : alignment.competences()) {
        List<Object> row = new ArrayList<>(List.of(c.id(), c.sheet(), c.kind(), c.text(),
            c.review() ? "yes" : "no", num(c.score()), num(c.domaineSupport()), num(c.enjeuSupport())));
        MacroPath p0 = c.path();
        if (p0 == null) {
          row.addAll(List.of("", "", "", "", "", "", "", "", ""));
        } else {
          row.addAll(List.of(p0.domaine().code(), p0.domaine().label(), p0.enjeu().code(), p0.enjeu().label(),
              p0.objectif().code(), p0.objectif().label(), Integer.toString(p0.macro().ogr()), p0.macro().code(),
              p0.macro().label()));
        }
        for (int i = 0; i < HIT_COLUMNS; i++) {
          if (i < c.hits().size()) {
            AlignmentHit h = c.hits().get(i);
            row.addAll(List.of(Integer.toString(h.ogr()), h.kind() == null ? "" : h.kind(), h.label(), num(h.strength()),
                h.inContext() ? "yes" : "no"));
          } else {
            row.addAll(List.of("", "", "", "", ""));
          }
        }
        row.addAll(List.of(c.reviewed() == null ? "" : c.reviewed().json(), reviewedEquivalents(c),
            c.reviewReason() == null ? "" : c.reviewReason()));
        p.printRecord(row);
      }
    }
  }

  /** The file's text, as {@link #write} produces it. */
  public static String render(CompetenceAlignment alignment) {
    StringBuilder b = new StringBuilder();
    try {
      write(alignment, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return b.toString();
  }

  public static CompetenceAlignment read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<AlignedCompetence> out = new ArrayList<>();
      for (CSVRecord rec : format().builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.add(row(rec));
      }
      return new CompetenceAlignment(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the alignment " + file, e);
    }
  }

  private static AlignedCompetence row(CSVRecord r) {
    MacroPath path = r.get("enjeu").isEmpty() ? null : new MacroPath(
        new Level(r.get("domaine"), r.get("domaine_label")),
        new Level(r.get("enjeu"), r.get("enjeu_label")),
        new Level(r.get("objectif"), r.get("objectif_label")),
        new MacroCompetence(Integer.parseInt(r.get("macro_ogr")), r.get("macro_code"), r.get("macro_label")));
    List<AlignmentHit> hits = new ArrayList<>();
    for (int i = 1; i <= HIT_COLUMNS; i++) {
      String ogr = r.get("rome_" + i + "_ogr");
      if (!ogr.isEmpty()) {
        String kind = r.get("rome_" + i + "_kind");
        hits.add(new AlignmentHit("ogr-" + ogr, Integer.parseInt(ogr), r.get("rome_" + i + "_label"),
            kind.isEmpty() ? null : kind, null, Double.parseDouble(r.get("rome_" + i + "_strength")),
            r.get("rome_" + i + "_in_context").equals("yes")));
      }
    }
    String reviewed = r.get("reviewed");
    String equivalents = r.get("reviewed_equivalents");
    return new AlignedCompetence(r.get("competence_id"), r.get("sheet"), r.get("kind"), r.get("text"), path,
        Double.parseDouble(r.get("domaine_support")), Double.parseDouble(r.get("enjeu_support")), hits,
        r.get("review").equals("yes"),
        reviewed.isEmpty() ? null : AlignmentReview.Decision.valueOf(reviewed.toUpperCase(Locale.ROOT)),
        reviewed.isEmpty() || equivalents.equals("keep") ? null : equivalents.equals("none") ? List.of()
            : java.util.Arrays.stream(equivalents.split(";")).map(e -> Integer.parseInt(e.replace("ogr-", ""))).toList(),
        reviewed.isEmpty() ? null : r.get("review_reason"));
  }

  /** {@code keep} (the strong hits), {@code none} or the items the review names; empty when not reviewed. */
  private static String reviewedEquivalents(AlignedCompetence c) {
    if (c.reviewed() == null) {
      return "";
    }
    if (c.reviewedEquivalents() == null) {
      return "keep";
    }
    return c.reviewedEquivalents().isEmpty() ? "none"
        : String.join(";", c.reviewedEquivalents().stream().map(o -> "ogr-" + o).toList());
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
