package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.index.SheetType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's corrections, scope and wish, on the two situations of issue 14: a chargée
 * d'assistance's one-page CV (src/test/resources/bench) and a bank téléconseiller's CV
 * (src/test/resources/people).
 */
class PersonalCorrectionsTest {
  private static Mobility mobility;
  private static String cv;
  private static String teleconseiller;

  @BeforeAll
  static void engine() throws IOException {
    mobility = TestEngine.mobility();
    cv = resource("/bench/cv-one-page.txt");
    teleconseiller = resource("/people/cv_teleconseiller_banque.txt");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PersonalCorrectionsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static PersonalMobility ask(String text, SheetType type, MobilityScope scope, String wish, Set<String> exclude,
      Set<String> include) {
    return mobility.personal(new PersonalQuery(text, type, scope, wish, exclude, include));
  }

  private static Set<String> ids(List<GapCompetence> list) {
    return list.stream().map(GapCompetence::id).collect(Collectors.toSet());
  }

  private static Set<String> evidenced(Passerelle p) {
    return p.evidenced().stream().map(EvidencedCompetence::competenceId).collect(Collectors.toSet());
  }

  private static Passerelle target(MobilityArea a, String id) {
    return a.passerelles().filter(p -> p.target().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void excluding_a_competence_the_cv_seemed_to_show_puts_it_back_in_the_gap() {
    // "Connaissance des contrats d'assistance, des garanties…" evidences 0202's medical-assistance
    // contracts item: the person says they do not master it
    PersonalMobility before = ask(cv, SheetType.BRANCH, null, "0202", Set.of(), Set.of());
    assertTrue(evidenced(before.wish().move()).contains("0202-C01"), before.wish().move().evidenced().toString());
    assertFalse(ids(before.wish().move().missing()).contains("0202-C01"));

    PersonalMobility after = ask(cv, SheetType.BRANCH, null, "0202", Set.of("0202-C01"), Set.of());
    assertTrue(ids(after.wish().move().missing()).contains("0202-C01"));
    assertFalse(evidenced(after.wish().move()).contains("0202-C01"));
    assertEquals(before.wish().move().missing().size() + 1, after.wish().move().missing().size());
    after.area().passerelles().forEach(p -> assertFalse(evidenced(p).contains("0202-C01"), p.target().id()));
    assertEquals("0202-C01", after.corrections().excluded().get(0).id());
    assertTrue(after.corrections().excluded().get(0).text().contains("assistance médicale"));
  }

  @Test
  void excluding_a_competence_of_the_metier_itself_opens_gaps_it_covered() {
    // the closest métier's own competences cover targets' items; a person who does not hold one
    // sees those items come back as missing
    MobilityArea area = ask(cv, SheetType.BRANCH, null, null, Set.of(), Set.of()).area();
    Passerelle reservation = target(area, "0106");
    Gap gap = mobility.gap("0102", "0106");
    GapCompetence shared = gap.shared().stream().filter(c -> c.coveredBy() != null).findFirst().orElseThrow();
    PersonalMobility after = ask(cv, SheetType.BRANCH, null, null, Set.of(shared.coveredBy()), Set.of());
    Passerelle corrected = target(after.area(), "0106");
    assertTrue(ids(corrected.missing()).contains(shared.id()) || evidenced(corrected).contains(shared.id()),
        shared + " is no longer covered by " + shared.coveredBy());
    assertTrue(corrected.coverage() < reservation.coverage(), corrected.coverage() + " vs " + reservation.coverage());
  }

  @Test
  void including_a_competence_the_text_missed_takes_it_out_of_every_gap() {
    PersonalMobility before = ask(cv, SheetType.BRANCH, null, null, Set.of(), Set.of());
    Passerelle encadrant = target(before.area(), "0103");
    assertTrue(ids(encadrant.missing()).contains("0103-C06"), "management opérationnel is missing");
    PersonalMobility after = ask(cv, SheetType.BRANCH, null, null, Set.of(), Set.of("0103-C06"));
    Passerelle corrected = target(after.area(), "0103");
    assertFalse(ids(corrected.missing()).contains("0103-C06"));
    assertFalse(ids(corrected.keyGaps()).contains("0103-C06"));
    assertTrue(corrected.coverage() > encadrant.coverage(), corrected.coverage() + " vs " + encadrant.coverage());
    assertEquals(encadrant.missing().size() - 1, corrected.missing().size());
    assertEquals("0102", after.closest().id(), "one competence does not make an encadrant");
    assertNull(after.corrections().textClosest());
  }

  @Test
  void holding_most_of_another_shortlisted_metier_changes_the_closest_one() {
    // the CV also matches Chargé(e) de réservation (third, from the travel agency years): a person
    // who says she holds every competence of that sheet is a chargée de réservation first
    Set<String> all = mobility.profile("0106").competences().stream().filter(c -> !c.prerequisite())
        .map(ProfileCompetence::id).collect(Collectors.toCollection(LinkedHashSet::new));
    PersonalMobility after = ask(cv, SheetType.BRANCH, null, null, Set.of(), all);
    assertEquals("0106", after.closest().id());
    assertEquals("0102", after.corrections().textClosest().id());
    assertEquals("0106", after.area().origin().id());
    assertNotNull(after.corrections().textScore());
  }

  @Test
  void a_wish_leads_with_the_move_and_the_shortest_path_by_degree() {
    PersonalMobility p = ask(cv, SheetType.BRANCH, null, "0103", Set.of(), Set.of());
    WishRoute wish = p.wish();
    assertEquals("0103", wish.target().id());
    assertTrue(wish.amongPasserelles());
    assertEquals(List.of("0102>0103"), wish.path().stream().map(s -> s.from().id() + ">" + s.to().id()).toList());
    assertEquals(target(p.area(), "0103").degree(), wish.pathDegree());
    assertEquals(target(p.area(), "0103"), wish.move(), "the same move as in the area, evidence applied");
    assertNull(ask(cv, SheetType.BRANCH, null, null, Set.of(), Set.of()).wish());
  }

  @Test
  void a_wish_outside_the_passerelles_still_gets_its_gap() {
    // 0202 is a step down for a chargé(e) d'assistance: never a computed candidate
    WishRoute wish = ask(cv, SheetType.BRANCH, null, "0202", Set.of(), Set.of()).wish();
    assertFalse(wish.amongPasserelles());
    assertNotNull(wish.move());
    assertEquals("0202", wish.move().target().id());
    assertFalse(wish.move().missing().isEmpty());
    for (int i = 1; i < wish.path().size(); i++) {
      assertEquals(wish.path().get(i - 1).to(), wish.path().get(i).from(), "a chain");
    }
    assertTrue(wish.path().size() <= MoveGraph.MAX_STEPS);
  }

  @Test
  void the_bank_teleconseiller_reaches_0102_among_his_passerelles_with_scope_all() {
    assumeTrue(TestEngine.withRome(), "the téléconseiller's closest sheet is a ROME one");
    PersonalMobility rome = ask(teleconseiller, SheetType.ROME, MobilityScope.ALL, "0102", Set.of(), Set.of());
    assertEquals("D1408", rome.closest().id());
    assertEquals(MobilityScope.ALL, rome.scope());
    target(rome.area(), "0102");
    assertTrue(rome.wish().amongPasserelles());
    assertEquals(List.of("D1408>0102"), rome.wish().path().stream().map(s -> s.from().id() + ">" + s.to().id()).toList());
    // among ROME sheets only, the branch métier he wants is out of reach
    PersonalMobility romeOnly = ask(teleconseiller, SheetType.ROME, null, null, Set.of(), Set.of());
    assertEquals(MobilityScope.ROME, romeOnly.scope());
    assertTrue(romeOnly.area().passerelles().noneMatch(p -> p.target().id().equals("0102")));
  }

  @Test
  void unknown_competence_ids_and_wishes_are_refused() {
    UnknownCompetenceException e = assertThrows(UnknownCompetenceException.class,
        () -> ask(cv, SheetType.BRANCH, null, null, Set.of("0202-C99"), Set.of("0102-C01", "ogr-1")));
    assertEquals(List.of("0202-C99", "ogr-1"), e.ids());
    assertThrows(UnknownMetierException.class, () -> ask(cv, SheetType.BRANCH, null, "0999", Set.of(), Set.of()));
    assertNotEquals(0, mobility.profile("0102").competences().size());
  }

  private static PersonalMobility chosen(String text, String origin, Set<String> include) {
    return mobility.personal(new PersonalQuery(text, SheetType.BRANCH, null, null, Set.of(), include, origin));
  }

  private static Set<String> allEvidenced(MobilityArea a) {
    return a.passerelles().flatMap(p -> p.evidenced().stream()).map(EvidencedCompetence::competenceId)
        .collect(Collectors.toSet());
  }

  @Test
  void a_chosen_origin_gives_its_own_passerelles_less_what_the_text_shows() {
    // the one-page CV is a chargée d'assistance's (0102 first); she chose Chargé(e) de réservation,
    // third for her text
    PersonalMobility p = chosen(cv, "0106", Set.of());
    assertEquals("0106", p.closest().id());
    assertEquals("0106", p.area().origin().id());
    assertEquals("0102", p.corrections().textClosest().id(), "the text's own choice is named");
    assertNotNull(p.matchScore(), "0106 is among the text's first matches");
    assertTrue(p.matchScore() < p.corrections().textScore());
    MobilityArea plain = mobility.passerelles("0106", MobilityScope.BRANCH);
    assertEquals(plain.passerelles().map(x -> x.target().id()).toList(),
        p.area().passerelles().map(x -> x.target().id()).toList(), "the chosen métier's moves");
    for (Passerelle move : plain.passerelles().toList()) {
      Passerelle mine = target(p.area(), move.target().id());
      Set<String> held = new HashSet<>(ids(mine.missing()));
      held.addAll(evidenced(mine));
      assertEquals(ids(move.missing()), held, "missing = the métier's gap less what the text shows: " + move.target().id());
    }
    assertFalse(allEvidenced(p.area()).isEmpty(), "the CV shows some of what 0106's moves ask");
  }

  @Test
  void with_a_chosen_origin_the_gap_follows_the_text_and_the_corrections() {
    PersonalMobility assistance = chosen(cv, "0106", Set.of());
    PersonalMobility bank = chosen(teleconseiller, "0106", Set.of());
    assertEquals("0106", bank.closest().id());
    assertNotEquals(allEvidenced(assistance.area()), allEvidenced(bank.area()), "another text, another gap");
    Passerelle move = assistance.area().passerelles()
        .filter(x -> x.missing().stream().anyMatch(c -> c.action() != GapCompetence.Action.PREREQUISITE))
        .findFirst().orElseThrow();
    String held = move.missing().stream().filter(c -> c.action() != GapCompetence.Action.PREREQUISITE)
        .findFirst().orElseThrow().id();
    PersonalMobility corrected = chosen(cv, "0106", Set.of(held));
    assertEquals("0106", corrected.closest().id(), "the choice holds whatever the corrections");
    assertFalse(ids(target(corrected.area(), move.target().id()).missing()).contains(held), held);
    // the chosen métier is the text's closest: the same answer as without the choice
    PersonalMobility same = chosen(cv, "0102", Set.of());
    PersonalMobility plain = ask(cv, SheetType.BRANCH, null, null, Set.of(), Set.of());
    assertEquals(plain.matchScore(), same.matchScore());
    assertEquals(plain.area(), same.area());
    assertNull(same.corrections().textClosest());
  }

  @Test
  void a_chosen_origin_the_text_hardly_matches_has_no_score() {
    // Juriste is far down this chargée d'assistance's branch matches (outside the first ten)
    PersonalMobility p = chosen(cv, "0906", Set.of());
    assertEquals("0906", p.closest().id());
    assertNull(p.matchScore());
    assertNull(p.matchConfident(), "a chosen métier is not the text's verdict");
    assertEquals("0102", p.corrections().textClosest().id());
    assertThrows(UnknownMetierException.class, () -> chosen(cv, "0999", Set.of()));
  }

  @Test
  void a_competence_the_person_denies_states_nothing_of_the_target() {
    // 0102's "Savoir utiliser les outils spécifiques à l'entreprise" (0102-C06) states 0105's office
    // tools (0105-C07), no key gap for a chargé(e) d'assistance; a person who says she does not master
    // it gets them back among the key gaps
    PersonalMobility plain = mobility.personal(new PersonalQuery(cv, SheetType.BRANCH, null, null, Set.of(), Set.of(), "0102"));
    PersonalMobility denied = mobility.personal(
        new PersonalQuery(cv, SheetType.BRANCH, null, null, Set.of("0102-C06"), Set.of(), "0102"));
    assertTrue(ids(target(plain.area(), "0105").missing()).contains("0105-C07"));
    assertFalse(ids(target(plain.area(), "0105").keyGaps()).contains("0105-C07"));
    assertTrue(ids(target(denied.area(), "0105").keyGaps()).contains("0105-C07"));
  }
}
