package fr.passerelles.index;

import fr.passerelles.rome.RomeCompetence;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns ROME sheets into searchable sheets. ROME 4.0 has no activity list: the definition's
 * sentences play that part ({@code K1401-D01}…); savoir-faire and savoirs are the competences,
 * shared across sheets under their {@code code_ogr} ({@code ogr-123456}).
 */
public final class RomeSheets {
  /** Savoirs (knowledge areas) say less about a job than its savoir-faire. */
  static final float SAVOIR_WEIGHT = 0.5f;

  private RomeSheets() {}

  public static List<SearchableSheet> from(RomeRelease rome) {
    return rome.sheets().stream().map(RomeSheets::of).toList();
  }

  public static SearchableSheet of(RomeSheet s) {
    List<SearchableItem> activities = new ArrayList<>();
    String[] sentences = s.definition().split("\n");
    for (String sentence : sentences) {
      if (!sentence.isBlank()) {
        activities.add(new SearchableItem(
            String.format(Locale.ROOT, "%s-D%02d", s.code(), activities.size() + 1), ItemType.ACTIVITY,
            sentence.strip(), "majority", null, null, ItemWeights.MAJORITY));
      }
    }
    List<SearchableItem> competences = new ArrayList<>();
    for (RomeSheet.CompetenceLink link : s.savoirFaire()) {
      competences.add(item(link, link.core() == RomeSheet.Core.NONE ? ItemWeights.ROME_OTHER : ItemWeights.ROME_CORE));
    }
    for (RomeSheet.CompetenceLink link : s.savoirs()) {
      competences.add(item(link, SAVOIR_WEIGHT));
    }
    List<String> names = s.appellations().stream().map(RomeSheet.Appellation::longLabel).distinct().toList();
    return new SearchableSheet(s.code(), SheetType.ROME, s.code(), s.title(),
        s.domain().grandDomaineCode(), s.domain().grandDomaineLabel(), names,
        String.join(" ", sentences), activities, competences, List.of(), List.of());
  }

  private static SearchableItem item(RomeSheet.CompetenceLink link, float weight) {
    RomeCompetence c = link.competence();
    String kind = switch (c.kind()) {
      case SAVOIR_FAIRE -> "savoir-faire";
      case SAVOIR_ETRE -> "savoir-etre";
      case SAVOIR -> "savoir";
    };
    String qualifier = link.core() == RomeSheet.Core.NONE ? "specific" : "majority";
    return new SearchableItem(itemId(c.ogr()), ItemType.COMPETENCE, c.label(), qualifier, kind,
        c.macroOgr() == 0 ? null : Integer.toString(c.macroOgr()), weight);
  }

  /** API id of a ROME item: its {@code code_ogr}, prefixed so it never looks like a branch id. */
  public static String itemId(int ogr) {
    return "ogr-" + ogr;
  }
}
