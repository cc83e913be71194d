package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * From the results of a pasted CV to the passerelles of the chosen métier, by degree. The mobility
 * routes ({@code GET /api/v1/metiers/{code}/passerelles}) are written on another branch: while this
 * server lacks them the page must say the detailed passerelles are unavailable (and show the moves
 * the sheet states); once they exist, the passerelles with their missing competences by field and
 * the targets' AI exposure must render. Exactly one of the first two tests runs, by what the server
 * answers.
 */
class WebPagePasserellesIT extends WebPageTestBase {
  private static final String ROUTE = "api/v1/metiers/0102/passerelles";

  private static boolean mobilityRoutesExist() {
    return status(ROUTE) != 404;
  }

  /** Pastes the CV extract, picks "Chargé(e) d'assistance" and opens its passerelles. */
  private static void openPasserellesOfTheFirstResult() {
    searchWith(cvExtract());
    assertEquals("Chargé(e) d'assistance", resultTitles().get(0));
    browser.find("#show-passerelles").click();
    browser.waitVisible("#view-passerelles");
    assertTrue(browser.driver.getCurrentUrl().endsWith("#/passerelles/0102"), browser.driver.getCurrentUrl());
    browser.wait.until(d -> browser.find("#passerelles-content").getAttribute("aria-busy") == null);
  }

  @Test
  void the_passerelles_of_the_chosen_metier_render_by_degree_with_missing_competences_by_field() {
    assumeTrue(mobilityRoutesExist(), "the mobility routes are not on this branch yet (" + ROUTE + " answers 404)");
    openPasserellesOfTheFirstResult();
    assertEquals("", browser.find("#passerelles-error").getText());
    assertTrue(browser.find("#passerelles-title").getText().contains("Chargé(e) d'assistance"));
    List<WebElement> degrees = browser.findAll("#passerelles-content section.degree");
    assertEquals(List.of("1", "2", "3"), degrees.stream().map(d -> d.getAttribute("data-degree")).toList());
    List<WebElement> cards = browser.findAll("#passerelles-content .passerelle");
    assertFalse(cards.isEmpty(), "at least one passerelle");
    for (WebElement card : cards) {
      // textContent: the moves after the third of a degree are folded (not displayed)
      assertTrue(card.findElement(By.cssSelector(".exposure")).getAttribute("textContent").startsWith("Exposition à l'IA générative"));
      assertFalse(card.findElement(By.cssSelector("h3")).getAttribute("textContent").isBlank());
    }
    List<WebElement> fieldGroups = browser.findAll("#passerelles-content details.missing .field-group h4");
    assertFalse(fieldGroups.isEmpty(), "missing competences grouped by field");
    assertTrue(browser.findAll("#passerelles-content details.missing .field-group li").size() >= fieldGroups.size());
    assertTrue(browser.findAll("#passerelles-unavailable").isEmpty());
    browser.assertAccessible("passerelles");
    browser.screenshot("passerelles");
  }

  /** The coverage a card prints ("compétences déjà couvertes : 53 %"), or -1 when it prints none. */
  private static int coverage(WebElement card) {
    List<WebElement> c = card.findElements(By.cssSelector(".coverage"));
    return c.isEmpty() ? -1 : Integer.parseInt(c.get(0).getAttribute("textContent").replaceAll("\\D", ""));
  }

  @Test
  void within_a_degree_the_best_covered_moves_come_first_the_others_folded_and_an_uncomputed_gap_says_so() {
    assumeTrue(mobilityRoutesExist(), "needs the mobility routes");
    browser.open("#/passerelles/0102");
    browser.waitVisible("#passerelles-content .passerelle");
    for (WebElement degree : browser.findAll("#passerelles-content section.degree")) {
      List<WebElement> cards = degree.findElements(By.cssSelector(".passerelle"));
      List<Integer> covered = cards.stream().map(WebPagePasserellesIT::coverage).toList();
      for (int i = 1; i < covered.size(); i++) {
        assertTrue(covered.get(i) <= covered.get(i - 1), "degree " + degree.getAttribute("data-degree") + " by coverage: " + covered);
      }
      // three moves shown, the others in a folded list
      long shown = degree.findElements(By.cssSelector(":scope > ol.passerelle-list > li")).size();
      assertEquals(Math.min(3, cards.size()), shown);
      if (cards.size() > 3) {
        WebElement more = degree.findElement(By.cssSelector("details.more-passerelles"));
        assertFalse(more.getAttribute("open") != null);
        assertEquals("Voir les " + (cards.size() - 3) + " autre" + (cards.size() - 3 > 1 ? "s passerelles" : " passerelle") + " de ce degré",
            more.findElement(By.tagName("summary")).getText());
      }
    }
    // N0104, a 2024 métier without a described sheet: its gap is not computed, and no "0 %" is shown
    WebElement unknown = browser.find("#passerelles-content .passerelle[data-target='N0104']");
    assertEquals(-1, coverage(unknown));
    assertFalse(unknown.getAttribute("textContent").contains("%"), unknown.getAttribute("textContent"));
    assertTrue(unknown.getAttribute("textContent").contains("Écart de compétences non calculé"));
    // every card says its source: 0102's moves are the branch's own or computed, none is ROME's
    List<String> badges = browser.findAll("#passerelles-content .passerelle").stream()
        .map(c -> c.findElement(By.cssSelector(".badge")).getAttribute("textContent")).toList();
    assertTrue(badges.contains("Référentiel de la branche"), badges.toString());
    assertTrue(badges.stream().allMatch(b -> b.equals("Référentiel de la branche")
        || b.equals("Calculée (compétences proches)")), badges.toString());
    long height = ((Number) browser.js("return document.documentElement.scrollHeight")).longValue();
    assertTrue(height < 6000, "passerelles of 0102: " + height + " px");
  }

  @Test
  void voir_tout_lists_every_missing_competence_of_a_move_from_the_full_answer() {
    assumeTrue(mobilityRoutesExist(), "needs the mobility routes");
    browser.open("#/passerelles/0102");
    browser.waitVisible("#passerelles-content .passerelle");
    WebElement card = browser.findAll("#passerelles-content .passerelle").stream()
        .filter(c -> !c.findElements(By.cssSelector("button.show-all")).isEmpty()).findFirst().orElseThrow();
    String target = card.getAttribute("data-target");
    WebElement details = card.findElement(By.cssSelector("details.missing"));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
    String summary = details.findElement(By.tagName("summary")).getText();
    assertTrue(summary.matches("Compétences clés à acquérir : \\d sur \\d+"), summary);
    int keys = details.findElements(By.cssSelector(".field-group li")).size();
    int total = Integer.parseInt(summary.replaceAll(".* sur ", ""));
    assertTrue(keys < total && keys <= 8, keys + " of " + total);
    WebElement button = card.findElement(By.cssSelector("button.show-all"));
    assertEquals("Voir toutes les compétences manquantes (" + total + ")", button.getText());
    button.click();
    browser.wait.until(d -> card.findElements(By.cssSelector("button.show-all")).isEmpty());
    assertEquals(total, card.findElements(By.cssSelector("details.missing:not(.prerequisites):not(.evidenced) .field-group li")).size(),
        "every missing competence of " + target);
    assertEquals(keys, card.findElements(By.cssSelector(".field-group li.key")).size(), "the key ones marked");
    assertTrue(details.findElement(By.tagName("summary")).getText().startsWith("Toutes les compétences à acquérir ou approfondir : " + total));
    assertEquals(Boolean.TRUE, browser.js("return performance.getEntriesByType('resource')"
        + ".some((e) => e.name.endsWith('/api/v1/metiers/0102/passerelles?full=true'))"), "fetched with ?full=true");
    browser.assertAccessible("passerelles, full list");
  }

  @Test
  void rome_moves_are_badged_as_rome_mobility_and_computed_ones_as_computed() {
    assumeTrue(mobilityRoutesExist() && TestEngine.hasRome(), "needs the mobility routes and ROME");
    browser.open("#/passerelles/D1408");
    browser.waitVisible("#passerelles-content .passerelle");
    List<WebElement> cards = browser.findAll("#passerelles-content .passerelle");
    List<WebElement> rome = cards.stream().filter(c -> "rome".equals(c.getAttribute("data-source"))).toList();
    assertFalse(rome.isEmpty(), "D1408 has moves ROME states");
    for (WebElement c : rome) {
      assertEquals("Mobilité citée par la fiche ROME", c.findElement(By.cssSelector(".badge")).getAttribute("textContent"));
    }
    for (WebElement c : cards) {
      assertNotEquals("Référentiel de la branche", c.findElement(By.cssSelector(".badge")).getAttribute("textContent"),
          "no move of a ROME sheet comes from the branch's referential: " + c.getAttribute("data-target"));
    }
    assertTrue(cards.stream().anyMatch(c -> c.findElement(By.cssSelector(".badge")).getAttribute("textContent").startsWith("Calculée")));
    // the words are explained on the page
    String glossary = browser.find("#passerelles-glossary").getAttribute("textContent");
    for (String term : List.of("Fiche ROME", "score PwC", "Savoir-faire, savoir-être, savoir", "Mobilité citée par la fiche ROME")) {
      assertTrue(glossary.contains(term), term);
    }
  }

  @Test
  void the_personal_step_keeps_the_metier_the_person_chose() {
    assumeTrue(mobilityRoutesExist(), "needs the mobility routes");
    searchWith(cvExtract());
    resultTitles();
    // the second closest branch métier, not the one the text is closest to
    WebElement second = browser.findAll("#match-results .match").stream()
        .filter(b -> b.getAttribute("data-id").matches("\\d{4}")).skip(1).findFirst().orElseThrow();
    String id = second.getAttribute("data-id");
    String title = second.findElement(By.cssSelector(".match-title")).getText();
    second.click();
    browser.find("#show-passerelles").click();
    browser.waitVisible("#personal-submit");
    recordPersonalBodies();
    browser.find("#personal-submit").click();
    browser.waitVisible("#personal-note");
    // the server computes the gaps from the chosen métier
    assertEquals(id, lastPersonalBody().get("origin").asText(), "origin sent");
    assertEquals("Vos passerelles depuis « " + title + " »", browser.find("#passerelles-title").getText());
    assertTrue(browser.driver.getCurrentUrl().endsWith("#/passerelles/" + id), browser.driver.getCurrentUrl());
    String note = browser.find("#personal-closest").getText();
    assertTrue(note.startsWith("Votre texte ressemble d’abord à « Chargé(e) d'assistance » ; les passerelles restent celles de « " + title + " »"),
        note);
    assertFalse(browser.findAll("#passerelles-content .passerelle").isEmpty());
    assertTrue(browser.find("#passerelles-status").getText().matches("\\d+ compétences? déjà montrées? par votre texte\\."),
        browser.find("#passerelles-status").getText());
    browser.assertAccessible("personal passerelles");
  }

  @Test
  void until_the_mobility_routes_exist_the_page_says_detailed_passerelles_are_unavailable() {
    assumeFalse(mobilityRoutesExist(), "the mobility routes exist: the other test checks the view");
    openPasserellesOfTheFirstResult();
    WebElement notice = browser.waitVisible("#passerelles-unavailable");
    assertTrue(notice.getText().startsWith("Passerelles détaillées indisponibles."), notice.getText());
    assertEquals("Passerelles détaillées indisponibles.", browser.find("#passerelles-status").getText());
    assertEquals("", browser.find("#passerelles-error").getText(), "a missing route is not an error");
    // meanwhile, the moves the sheet of 0102 states, by degree, with the AI exposure where scored
    List<WebElement> cards = browser.findAll("#passerelles-content .passerelle");
    assertFalse(cards.isEmpty());
    assertTrue(cards.stream().anyMatch(c -> c.getText().contains("Exposition à l'IA générative : En")), "some exposure known");
    assertEquals(List.of("1", "2", "3"),
        browser.findAll("#passerelles-content section.degree").stream().map(d -> d.getAttribute("data-degree")).toList());
    browser.assertAccessible("passerelles unavailable");
    browser.screenshot("passerelles-unavailable");
  }

  @Test
  void back_from_the_passerelles_the_results_and_their_marks_are_still_there() {
    openPasserellesOfTheFirstResult();
    browser.find("#passerelles-back").click();
    browser.waitVisible("#match-results .match");
    assertEquals("results-title", browser.focusedId());
    assertFalse(browser.findAll("#cv-view mark").isEmpty());
    assertEquals("Chargé(e) d'assistance", browser.find("#detail-title").getText());
  }

  @Test
  void an_unknown_metier_shows_the_servers_message() {
    browser.open("#/passerelles/9999");
    String error = browser.waitVisible("#passerelles-error .error-box").getText();
    assertTrue(error.contains("9999"), error);
    assertTrue(browser.findAll("#passerelles-content .passerelle").isEmpty());
  }

  /** The summary of a move's missing list, read from the DOM whether it is open or not. */
  private static String missingSummary(String target) {
    return browser.find("#passerelles-content .passerelle[data-target='" + target + "'] details.missing:not(.evidenced):not(.prerequisites) > summary")
        .getAttribute("textContent");
  }

  private static void waitPersonal() {
    browser.wait.until(d -> browser.find("#passerelles-content").getAttribute("aria-busy") == null
        && !browser.findAll("#personal-note").isEmpty());
  }

  /**
   * The person corrects what the service inferred and states a wish (POST /passerelles exclude,
   * include, wish): on the CV extract, 0103-C11 is shown by the text, 0105 misses competences (the first one shown is included).
   */
  @Test
  void the_person_corrects_the_inferred_competences_and_chooses_the_metier_they_aim_for() {
    assumeTrue(mobilityRoutesExist(), "needs the mobility routes");
    openPasserellesOfTheFirstResult();
    browser.find("#personal-submit").click();
    waitPersonal();
    // the counts come from the answer (they follow the matcher and the alignment); the corrections
    // must move them by one
    int evidenced = leadingNumber(browser.find("#passerelles-status").getText());
    assertTrue(evidenced >= 1, browser.find("#passerelles-status").getText());
    int[] of0103 = coveredOf(missingSummary("0103"));
    int missing0105 = missingCount(missingSummary("0105"));

    // "je ne la maîtrise pas" on what the text was taken to show: back among the gaps
    // the page orders a degree's moves by coverage and folds all but the first three
    unfold("0103");
    WebElement shown = browser.find("#passerelles-content .passerelle[data-target='0103'] details.evidenced");
    shown.findElement(By.tagName("summary")).click();
    shown.findElement(By.cssSelector("li[data-competence='0103-C11'] button.exclude")).click();
    waitPersonal();
    browser.wait.until(d -> !browser.findAll("#corrections").isEmpty());
    assertEquals(evidenced - 1, leadingNumber(browser.find("#passerelles-status").getText()));
    assertTrue(missingSummary("0103").endsWith(of0103[0] + " sur " + (of0103[1] + 1)), missingSummary("0103"));
    assertEquals("corrections-title", browser.focusedId());
    assertEquals("exclude", browser.find("#corrections li[data-competence='0103-C11']").getAttribute("data-correction"));

    // "je la maîtrise" on a missing one: out of the gap
    WebElement card = browser.find("#passerelles-content .passerelle[data-target='0105']");
    WebElement details = card.findElement(By.cssSelector("details.missing:not(.evidenced):not(.prerequisites)"));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
    // the first competence shown (a key gap: items to deepen are only in the full list)
    WebElement included = details.findElement(By.cssSelector(".missing-list li[data-competence]"));
    String includedId = included.getAttribute("data-competence");
    included.findElement(By.cssSelector("button.include")).click();
    waitPersonal();
    browser.wait.until(d -> browser.findAll("#corrections li").size() == 2);
    assertEquals(missing0105 - 1, missingCount(missingSummary("0105")), missingSummary("0105"));
    assertTrue(browser.findAll("#passerelles-content .passerelle[data-target='0105'] details.missing li[data-competence='"
        + includedId + "']").isEmpty(), includedId);

    // the wish: Encadrant(e) d'assistance, its path and its key gaps lead the answer
    unfold("0103");
    browser.find("#passerelles-content .passerelle[data-target='0103'] button.wish-button").click();
    browser.waitVisible("#wish");
    assertEquals("Votre objectif : « Encadrant(e) d'assistance »", browser.find("#wish-title").getText());
    assertEquals("wish-title", browser.focusedId());
    String path = browser.find("#wish .wish-path").getText();
    assertTrue(path.startsWith("Chargé(e) d'assistance → Encadrant(e) d'assistance (degré 2"), path);
    assertFalse(browser.findAll("#wish .field-group li").isEmpty(), "the direct move's key gaps");
    assertTrue(browser.find("#wish").getLocation().getY() < browser.find("#passerelles-content section.degree").getLocation().getY(),
        "the wish comes before the passerelles");
    @SuppressWarnings("unchecked")
    List<String> bodies = (List<String>) browser.js("return performance.getEntriesByType('resource')"
        + ".filter((e) => e.name.endsWith('/api/v1/passerelles')).map((e) => e.name)");
    assertEquals(4, bodies.size(), "one POST per step");
    browser.assertAccessible("personal passerelles with corrections and a wish");
    browser.js("window.scrollTo(0, 0)");
    browser.screenshot("passerelles-personal");

    // undoing: the wish, then both corrections
    browser.find("#wish-clear").click();
    waitPersonal();
    browser.wait.until(d -> browser.findAll("#wish").isEmpty());
    for (int i = 2; i > 0; i--) {
      int left = i - 1;
      browser.find("#corrections li button").click();
      browser.wait.until(d -> browser.findAll("#corrections li").size() == left);
    }
    waitPersonal();
    assertEquals(evidenced, leadingNumber(browser.find("#passerelles-status").getText()));
  }

  private static int leadingNumber(String s) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\d+)").matcher(s);
    assertTrue(m.find(), s);
    return Integer.parseInt(m.group(1));
  }

  /** Opens the folded moves of the degree that holds this target's card, if it is folded. */
  private static void unfold(String target) {
    browser.js("const card = document.querySelector(`#passerelles-content .passerelle[data-target='${arguments[0]}']`);"
        + "const more = card && card.closest('details.more-passerelles'); if (more) { more.open = true; }", target);
  }

  /**
   * How many competences a passerelle misses: "Compétences à acquérir ou approfondir : 5, en …" (all
   * shown) or "Compétences clés à acquérir : 2 sur 5" (the key gaps of 5).
   */
  private static int missingCount(String summary) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?: sur |: )(\\d+)(?:,|$)").matcher(summary.strip());
    assertTrue(m.find(), summary);
    return Integer.parseInt(m.group(1));
  }

  /** "… 8 sur 13" → {8, 13}. */
  private static int[] coveredOf(String summary) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) sur (\\d+)$").matcher(summary.strip());
    assertTrue(m.find(), summary);
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /** The targets of the computed moves shown (the referential's own moves keep their codes). */
  private static List<String> computedTargets() {
    return browser.findAll("#passerelles-content .passerelle[data-source='computed']").stream()
        .map(c -> c.getAttribute("data-target")).toList();
  }

  /** Keeps the bodies the page sends to POST /passerelles (in the page, for this test only). */
  private static void recordPersonalBodies() {
    browser.js("window.__personal = []; const f = window.fetch; window.fetch = (u, o) => {"
        + " if (String(u).endsWith('api/v1/passerelles') && o && o.body) { window.__personal.push(o.body); }"
        + " return f(u, o); };");
  }

  private static com.fasterxml.jackson.databind.JsonNode lastPersonalBody() {
    @SuppressWarnings("unchecked")
    List<String> bodies = (List<String>) browser.js("return window.__personal");
    assertFalse(bodies.isEmpty(), "a POST /passerelles was sent");
    return RawHttp.json(bodies.get(bodies.size() - 1));
  }

  /**
   * A competence of a move's gap that no list shows (not a key gap, so folded away), which the
   * competence search finds by its words: {target, id, text}.
   */
  private static String[] hiddenGap() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    byte[] body = mapper.writeValueAsBytes(java.util.Map.of("text", cvExtract(), "origin", "0102", "full", true));
    var answer = RawHttp.json(RawHttp.post(server, "/api/v1/passerelles", "application/json", body).body());
    for (var degree : answer.get("area").get("degrees")) {
      for (var p : degree.get("passerelles")) {
        for (var c : p.get("missing")) {
          if (c.get("key").asBoolean() || "prerequisite".equals(c.get("action").asText())
              || !c.get("id").asText().matches("\\d{4}-C\\d+")) {
            continue;
          }
          String q = java.net.URLEncoder.encode(c.get("text").asText(), java.nio.charset.StandardCharsets.UTF_8);
          var found = RawHttp.json(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(baseUrl() + "api/v1/competences?items=competences&limit=10&q=" + q)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString()).body());
          for (var hit : found.get("items")) {
            if (hit.get("id").asText().equals(c.get("id").asText())) {
              return new String[] {p.get("target").get("id").asText(), c.get("id").asText(), c.get("text").asText()};
            }
          }
        }
      }
    }
    throw new AssertionError("no folded gap the search finds");
  }

  /**
   * The personal step's own controls: a competence no list shows, found by the search and added
   * ("Je la maîtrise" → include), leaves its move's gap; the scope (branch, ROME, both) is sent and
   * the moves follow it.
   */
  @Test
  void the_person_adds_a_competence_no_list_shows_and_picks_where_passerelles_are_sought() throws Exception {
    assumeTrue(mobilityRoutesExist(), "needs the mobility routes");
    String[] hidden = hiddenGap();
    openPasserellesOfTheFirstResult();
    recordPersonalBodies();
    browser.find("#personal-submit").click();
    waitPersonal();
    assertEquals("0102", lastPersonalBody().get("origin").asText());
    assertEquals("branch", browser.find("#personal-scope input:checked").getAttribute("value"), "the métier's own kind");
    int[] before = coveredOf(missingSummary(hidden[0]));
    assertTrue(browser.findAll("#passerelles-content li[data-competence='" + hidden[1] + "']").isEmpty(), "in no list");

    // the search, then "Je la maîtrise"
    browser.find("#include-q").sendKeys(hidden[2]);
    browser.find("#include-submit").click();
    WebElement hit = browser.waitVisible("#include-results li[data-competence='" + hidden[1] + "']");
    assertTrue(browser.find("#include-status").getText().matches("\\d+ compétences? trouvées?\\."), browser.find("#include-status").getText());
    browser.assertAccessible("personal passerelles, competence search");
    hit.findElement(By.cssSelector("button.include-add")).click();
    waitPersonal();
    browser.wait.until(d -> !browser.findAll("#corrections li[data-competence='" + hidden[1] + "']").isEmpty());
    assertEquals("include", browser.find("#corrections li[data-competence='" + hidden[1] + "']").getAttribute("data-correction"));
    assertTrue(lastPersonalBody().get("include").toString().contains(hidden[1]));
    int[] after = coveredOf(missingSummary(hidden[0]));
    assertEquals(before[1] - 1, after[1], hidden[0] + " misses one competence less: " + missingSummary(hidden[0]));

    // the scope: both the branch and ROME
    assumeTrue(TestEngine.hasRome(), "ROME sheets as targets need the ROME release");
    List<String> branchTargets = computedTargets();
    assertTrue(branchTargets.stream().noneMatch(t -> t.matches("[A-N]\\d{4}")), branchTargets.toString());
    browser.find("#personal-scope input[value='all']").click();
    browser.find("#personal-scope-submit").click();
    waitPersonal();
    browser.wait.until(d -> "all".equals(browser.find("#personal-scope input:checked").getAttribute("value")));
    assertEquals("all", lastPersonalBody().get("scope").asText());
    assertTrue(lastPersonalBody().get("include").toString().contains(hidden[1]), "the corrections stay");
    List<String> allTargets = computedTargets();
    assertTrue(allTargets.stream().anyMatch(t -> t.matches("[A-N]\\d{4}")), "ROME sheets among the moves: " + allTargets);
    assertEquals("all", browser.js("return document.activeElement.value"), "focus back on the choice");
    browser.assertAccessible("personal passerelles, branch and ROME");
    browser.js("window.scrollTo(0, 0)");
    browser.screenshot("passerelles-personal-scope");
  }
}
