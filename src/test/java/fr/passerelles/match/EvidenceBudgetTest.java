package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.index.ItemType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The span budget of {@link EvidenceCollector}: one item per span in a sheet, the most probable. */
class EvidenceBudgetTest {
  static final TextSpan HEADING = new TextSpan(0, 25, "Accompagner les résidents");
  static final TextSpan MEALS = new TextSpan(27, 52, "Aide à la prise des repas");

  private static Evidence evidence(String id, TextSpan span, double strength) {
    return new Evidence(id, ItemType.ACTIVITY, id, null, null, 1.0, strength, span, List.of(), List.of());
  }

  @Test
  void a_span_keeps_its_most_probable_item_of_the_sheet() {
    Map<String, Evidence> sheet = new HashMap<>();
    sheet.put("J1501-D01", evidence("J1501-D01", HEADING, 0.62));
    sheet.put("J1501-D04", evidence("J1501-D04", HEADING, 0.81));
    sheet.put("J1501-D07", evidence("J1501-D07", HEADING, 0.55));
    sheet.put("J1501-D02", evidence("J1501-D02", MEALS, 0.70));
    EvidenceCollector.budget(sheet);
    assertEquals(EvidenceCollector.ITEMS_PER_SPAN_AND_SHEET, 1);
    assertEquals(new TreeSet<>(List.of("J1501-D04", "J1501-D02")), new TreeSet<>(sheet.keySet()),
        "one item per span: the heading keeps its best, the other line its own");
  }

  @Test
  void ties_go_to_the_lower_item_id_whatever_the_map_order() {
    for (int round = 0; round < 2; round++) {
      Map<String, Evidence> sheet = new HashMap<>();
      List<String> ids = round == 0 ? List.of("0102-A16", "0102-A03") : List.of("0102-A03", "0102-A16");
      for (String id : ids) {
        sheet.put(id, evidence(id, HEADING, 0.7));
      }
      EvidenceCollector.budget(sheet);
      assertEquals(List.of("0102-A03"), List.copyOf(sheet.keySet()));
    }
  }
}
