package fr.passerelles.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.rome.CompetenceTree.MacroPath;
import fr.passerelles.rome.RomeCompetence.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds for any release that loads: the real one when present, and always the fixture. */
class RomeReleaseInvariantsTest {
  /** A doubled apostrophe, a control character, or spacing that cleaning should have removed. */
  private static final Pattern UNCLEAN = Pattern.compile("''|\\p{Cc}|^\\s|\\s$|[ \\u00A0]{2}|\\u00A0|¿");

  static Stream<RomeRelease> releases() {
    return Stream.concat(TestReleases.real().stream(), Stream.of(TestReleases.fixture()));
  }

  @ParameterizedTest
  @MethodSource("releases")
  void sheets_are_in_code_order_and_found_by_code(RomeRelease release) {
    List<String> codes = release.sheets().stream().map(RomeSheet::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
    codes.forEach(c -> assertEquals(c, release.sheet(c).orElseThrow().code()));
    assertTrue(codes.stream().allMatch(c -> c.matches("[A-N]\\d{4}")));
  }

  @ParameterizedTest
  @MethodSource("releases")
  void every_link_resolves(RomeRelease release) {
    for (RomeSheet s : release.sheets()) {
      s.mobility().forEach(m -> assertTrue(release.sheet(m.targetCode()).isPresent(), s.code() + " -> " + m));
      assertTrue(release.sheet(s.parentCode()).isPresent(), s.code());
      for (Kind kind : Kind.values()) {
        s.competences(kind).forEach(l -> assertEquals(kind, l.competence().kind(), s.code() + " " + l));
      }
      List<Integer> ranks = s.mobility().stream().map(RomeSheet.MobilityLink::rank).toList();
      assertEquals(ranks.stream().sorted().toList(), ranks, s.code());
    }
  }

  @ParameterizedTest
  @MethodSource("releases")
  void every_macro_of_the_tree_is_a_macro_competence_with_the_same_code(RomeRelease release) {
    for (MacroPath p : release.competenceTree().paths()) {
      RomeCompetence macro = release.competence(p.macro().ogr()).orElseThrow();
      assertTrue(macro.isMacro());
      assertEquals(macro.macroCode(), p.macro().code());
      assertTrue(p.macro().code().startsWith(p.objectif().code()), p.toString());
      assertTrue(p.objectif().code().startsWith(p.enjeu().code()), p.toString());
      assertTrue(p.enjeu().code().startsWith(p.domaine().code()), p.toString());
    }
    assertEquals(release.summary().macros(), release.competenceTree().macroCount());
  }

  @ParameterizedTest
  @MethodSource("releases")
  void no_label_or_text_keeps_an_export_artefact(RomeRelease release) {
    List<String> texts = new ArrayList<>();
    release.competences().values().forEach(c -> texts.add(c.label()));
    release.workContexts().values().forEach(c -> texts.add(c.label()));
    for (RomeSheet s : release.sheets()) {
      texts.add(s.title());
      s.appellations().forEach(a -> {
        texts.add(a.longLabel());
        texts.add(a.shortLabel());
      });
      texts.addAll(List.of(s.definition().split("\n")));
      texts.addAll(List.of(s.access().split("\n")));
    }
    release.competenceTree().paths().forEach(p ->
        texts.addAll(List.of(p.domaine().label(), p.enjeu().label(), p.objectif().label(), p.macro().label())));
    List<String> unclean = texts.stream().filter(t -> t.isEmpty() || UNCLEAN.matcher(t).find()).limit(5).toList();
    assertEquals(List.of(), unclean);
  }

  @ParameterizedTest
  @MethodSource("releases")
  void summary_agrees_with_the_sheets(RomeRelease release) {
    RomeSummary s = release.summary();
    assertEquals(release.sheets().size(), s.sheets());
    assertEquals(release.competences().size(), s.savoirFaireItems() + s.savoirEtreItems() + s.savoirs());
    assertEquals(s.competences() + s.macros(), s.savoirFaireItems() + s.savoirEtreItems());
    assertEquals(s.sheets(), release.sheets().stream().filter(x -> !x.definition().isEmpty()).count());
  }
}
