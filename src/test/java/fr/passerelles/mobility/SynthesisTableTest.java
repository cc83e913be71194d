package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.index.SheetType;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The study's synthesis table on the real corpus. */
class SynthesisTableTest {
  private static Mobility mobility;
  private static List<SynthesisRow> rows;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
    rows = mobility.synthesis();
  }

  @Test
  void every_missing_competence_of_every_passerelle_of_a_metier_is_a_row() {
    MobilityArea area = mobility.passerelles("0102");
    List<String> expected = area.passerelles()
        .flatMap(p -> p.missing().stream().map(c -> p.degree() + " " + p.target().id() + " " + c.id() + " " + c.action().json()))
        .toList();
    List<String> actual = rows.stream().filter(r -> r.origin().equals("0102"))
        .map(r -> r.degree() + " " + r.target() + " " + r.competenceId() + " " + r.action()).toList();
    assertEquals(expected, actual);
  }

  @Test
  void every_branch_metier_with_competences_is_an_origin_and_no_rome_sheet_is() {
    Set<String> origins = rows.stream().map(SynthesisRow::origin).collect(Collectors.toSet());
    for (MetierProfile p : mobility.profiles()) {
      boolean expected = p.type() == SheetType.BRANCH && !p.competences().isEmpty()
          && mobility.passerelles(p.id()).passerelles().anyMatch(x -> !x.missing().isEmpty());
      assertEquals(expected, origins.contains(p.id()), p.id());
    }
    assertTrue(origins.containsAll(List.of("0101", "0102", "0103", "0104-02")));
  }

  @Test
  void rows_say_what_to_deepen_or_acquire_in_which_field() {
    for (SynthesisRow r : rows) {
      assertTrue(r.action().equals("deepen") || r.action().equals("acquire"), r.toString());
      assertTrue(r.degree() >= 1 && r.degree() <= 3);
      assertTrue(r.source().equals(Passerelle.REFERENTIAL) || r.source().equals(Passerelle.COMPUTED));
      assertFalse(r.action().equals("prerequisite"), "prerequisites are not competences to train: " + r);
    }
    SynthesisRow management = rows.stream()
        .filter(r -> r.origin().equals("0102") && r.target().equals("0103") && r.competenceId().equals("0103-C06"))
        .findFirst().orElseThrow();
    assertEquals(2, management.degree());
    assertEquals("acquire", management.action());
    assertEquals("Management, Social, Soin", management.fieldLabel());
  }

  @Test
  void the_csv_has_a_header_and_one_record_per_row() throws IOException {
    StringBuilder csv = new StringBuilder();
    mobility.writeSynthesis(csv);
    List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.toString())).getRecords();
    assertEquals(rows.size(), records.size());
    assertEquals(SynthesisTable.HEADER, List.copyOf(records.get(0).getParser().getHeaderNames()));
    CSVRecord first = records.get(0);
    assertEquals(rows.get(0).competence(), first.get("competence"));
    assertEquals(Integer.toString(rows.get(0).degree()), first.get("degree"));
  }
}
