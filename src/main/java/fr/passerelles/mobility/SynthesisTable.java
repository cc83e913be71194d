package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The synthesis table the study announced: every branch métier (and specialist sub-sheet) × degree
 * × passerelle × competence to deepen or to acquire, in métier, degree and passerelle order.
 * Passerelles with nothing to compare (no competences on the target's side) have no rows.
 */
final class SynthesisTable {
  static final List<String> HEADER = List.of("origin", "origin_title", "degree", "source", "references", "target",
      "target_title", "competence_id", "competence", "kind", "field", "field_label", "action");

  private SynthesisTable() {}

  static List<SynthesisRow> rows(List<MetierProfile> profiles, Function<String, MobilityArea> areas) {
    List<SynthesisRow> rows = new ArrayList<>();
    for (MetierProfile origin : profiles) {
      if (origin.type() != SheetType.BRANCH || origin.competences().isEmpty()) {
        continue;
      }
      for (Passerelle p : areas.apply(origin.id()).passerelles().toList()) {
        for (GapCompetence c : p.missing()) {
          rows.add(new SynthesisRow(origin.id(), origin.title(), p.degree(), p.source(), String.join(" ", p.references()),
              p.target().id(), p.target().title(), c.id(), c.text(), c.kind(),
              c.field() == null ? "" : c.field().code(), c.field() == null ? "" : c.field().label(), c.action().json()));
        }
      }
    }
    return rows;
  }

  static void write(List<SynthesisRow> rows, Appendable out) {
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      p.printRecord(HEADER);
      for (SynthesisRow r : rows) {
        p.printRecord(r.origin(), r.originTitle(), r.degree(), r.source(), r.references(), r.target(), r.targetTitle(),
            r.competenceId(), r.competence(), r.kind(), r.fieldCode(), r.fieldLabel(), r.action());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthesis table", e);
    }
  }
}
