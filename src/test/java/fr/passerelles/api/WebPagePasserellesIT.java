package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      assertTrue(card.findElement(By.cssSelector(".exposure")).getText().startsWith("Exposition à l'IA générative"));
      assertFalse(card.findElement(By.cssSelector("h3")).getText().isBlank());
    }
    List<WebElement> fieldGroups = browser.findAll("#passerelles-content details.missing .field-group h4");
    assertFalse(fieldGroups.isEmpty(), "missing competences grouped by field");
    assertTrue(browser.findAll("#passerelles-content details.missing .field-group li").size() >= fieldGroups.size());
    assertTrue(browser.findAll("#passerelles-unavailable").isEmpty());
    browser.screenshot("passerelles");
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
}
