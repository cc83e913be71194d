package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The recruiter's search narrowed and paged, on the real index: branch / ROME and family filters
 * (the route's `type` and `family`), ten competences a page, the summary line kept in view, and a
 * broadening hint when the branch has nothing.
 */
class WebPageRecruiterFiltersIT extends WebPageTestBase {

  private static List<String> hitIds(String group) {
    return browser.findAll("#competence-results [aria-labelledby=" + group + "] .sheet-hit").stream()
        .map(e -> e.getAttribute("data-id")).toList();
  }

  private static void waitForResults() {
    browser.wait.until(d -> browser.find("#competence-results").getAttribute("aria-busy") == null
        && !browser.find("#competence-results").getText().isBlank());
  }

  @Test
  void the_branch_filter_keeps_only_branch_metiers_and_the_family_filter_one_rome_domain() {
    assumeTrue(TestEngine.hasRome(), "needs the ROME release");
    browser.open("#/recruteur");
    browser.find("#competence-q").sendKeys("anglais");
    new Select(browser.find("#competence-type")).selectByValue("branch");
    browser.find("#competence-submit").click();
    waitForResults();
    assertTrue(browser.driver.getCurrentUrl().endsWith("#/recruteur?q=anglais&type=branch"), browser.driver.getCurrentUrl());
    assertFalse(hitIds("competence-branch").isEmpty());
    assertEquals(List.of(), hitIds("competence-rome"), "no ROME sheet with type=branch");
    assertTrue(browser.find("#competence-filters").getText().contains("métiers de la branche seulement"));
    browser.assertAccessible("recruiter, branch filter");

    // a ROME grand domaine: only sheets of that domain (K…), and the type follows the family
    new Select(browser.find("#competence-family")).selectByValue("K");
    assertEquals("", browser.find("#competence-type").getAttribute("value"), "a ROME domain clears type=branch");
    browser.find("#competence-submit").click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("family=K"));
    waitForResults();
    List<String> rome = hitIds("competence-rome");
    assertFalse(rome.isEmpty());
    assertTrue(rome.stream().allMatch(id -> id.startsWith("K")), rome.toString());
    assertEquals(List.of(), hitIds("competence-branch"));
  }

  @Test
  void a_search_with_many_answers_is_paged_and_its_summary_stays_in_view() {
    assumeTrue(TestEngine.hasRome(), "needs the ROME release");
    browser.open("#/recruteur?q=anglais%20courant");
    waitForResults();
    String summary = browser.find("#competence-status").getText();
    java.util.regex.Matcher counts = java.util.regex.Pattern.compile(
        "(\\d+) éléments trouvés \\(1 à 10, page 1 sur (\\d+)\\), dans \\d+ métiers? de la branche et \\d+ fiches ROME\\.")
        .matcher(summary);
    assertTrue(counts.matches(), summary);
    int total = Integer.parseInt(counts.group(1));
    int pages = Integer.parseInt(counts.group(2));
    assertTrue(total > 10, summary);
    assertEquals((total + 9) / 10, pages, summary);
    // at most 8 sheets per group are open; the others are folded
    long visible = browser.findAll("#competence-results .sheet-hit").stream().filter(WebElement::isDisplayed).count();
    assertTrue(visible <= 16, "visible sheets: " + visible);
    assertFalse(browser.findAll("#competence-results details.more-sheets").isEmpty(), "the other ROME sheets are folded");
    long height = ((Number) browser.js("return document.documentElement.scrollHeight")).longValue();
    assertTrue(height < 8000, "page height " + height + " px");

    // scrolled to the bottom, the summary line is still on screen
    browser.js("window.scrollTo(0, document.documentElement.scrollHeight)");
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) browser.js("const r = document.getElementById('competence-status').getBoundingClientRect();"
        + " return {top: r.top, bottom: r.bottom, scrolled: window.scrollY, vh: window.innerHeight};");
    assertTrue(((Number) box.get("scrolled")).doubleValue() > 0, box.toString());
    assertTrue(((Number) box.get("top")).doubleValue() >= 0 && ((Number) box.get("bottom")).doubleValue() <= ((Number) box.get("vh")).doubleValue(),
        "summary in view: " + box);
    browser.assertAccessible("recruiter, paged");
    browser.screenshot("recruiter-paged");

    List<String> first = browser.findAll("#competence-results .found li").stream().map(WebElement::getText).toList();
    browser.find("#competence-pager a[rel=next]").click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("&page=2"));
    waitForResults();
    String second10 = total + " éléments trouvés (11 à " + Math.min(20, total) + ", page 2 sur " + pages + ")";
    browser.wait.until(d -> browser.find("#competence-status").getText().startsWith(second10));
    List<String> second = browser.findAll("#competence-results .found li").stream().map(WebElement::getText).toList();
    assertNotEquals(first, second);
    assertEquals(pages == 2, browser.findAll("#competence-pager a[rel=next]").isEmpty(), "a next page only before the last");
    assertFalse(browser.findAll("#competence-pager a[rel=prev]").isEmpty());
  }

  @Test
  void a_competence_no_branch_metier_cites_suggests_a_broader_search() {
    assumeTrue(TestEngine.hasRome(), "needs the ROME release");
    browser.open("#/recruteur?q=soudure&type=branch");
    waitForResults();
    assertEquals("Aucune fiche ne demande cette compétence.", browser.find("#competence-status").getText());
    WebElement hint = browser.find("#competence-broaden");
    assertTrue(hint.getText().startsWith("Rien n’a été trouvé. Élargissez la recherche :"), hint.getText());
    hint.findElement(org.openqa.selenium.By.linkText("« soudure » dans toutes les fiches")).click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("#/recruteur?q=soudure"));
    waitForResults();
    browser.waitVisible("#competence-results [aria-labelledby=competence-rome] .sheet-hit");
    // still nothing in the branch: said in the branch métiers block, above the ROME sheets
    assertEquals("Aucune fiche de la branche n’énonce « soudure ».", browser.find("#competence-metiers-none").getText());
    assertTrue(browser.findAll("#competence-metiers .metier-need").isEmpty());
    assertTrue(browser.find("#competence-broaden").getText().startsWith("Pour trouver des métiers de la branche, élargissez la recherche :"),
        browser.find("#competence-broaden").getText());
    assertTrue(precedes("#competence-metiers", "#competence-results [aria-labelledby=competence-rome] .sheet-hit"));
    browser.assertAccessible("recruiter, broadening hint");
  }

  @Test
  void the_branch_metiers_block_says_when_only_rome_is_searched_and_lists_ten_metiers_at_most() {
    assumeTrue(TestEngine.hasRome(), "needs the ROME release");
    browser.open("#/recruteur?q=anglais&type=rome");
    waitForResults();
    assertTrue(browser.findAll("#competence-metiers .metier-need").isEmpty(), "no branch métier is sought with type=rome");
    WebElement rome = browser.find("#competence-metiers-rome");
    assertTrue(rome.getText().startsWith("La recherche est limitée aux fiches ROME : les métiers de la branche n’y sont pas cherchés."), rome.getText());
    rome.findElement(org.openqa.selenium.By.linkText("Chercher « anglais » dans toutes les fiches")).click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("#/recruteur?q=anglais"));
    browser.waitVisible("#competence-metiers .metier-need");

    // "anglais" is stated by more branch métiers than the ten the API sends: the count says so
    List<String> codes = metierCodes();
    String intro = browser.find("#competence-metiers-intro").getText();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "(\\d+) métiers de la branche énoncent « anglais » dans leurs fiches ; voici les (\\d+) qui l’énoncent le plus\\. .*").matcher(intro);
    assertTrue(m.matches(), intro);
    assertEquals(10, codes.size(), codes.toString());
    assertEquals(codes.size(), Integer.parseInt(m.group(2)));
    assertTrue(Integer.parseInt(m.group(1)) > codes.size(), intro);
    assertTrue(codes.contains("0102"), codes.toString());

    // a branch family narrows the block to its métiers, and the intro names the family
    browser.open("#/recruteur?q=anglais&family=01");
    browser.wait.until(d -> browser.find("#competence-metiers-intro").getText().contains("de la famille « 01"));
    List<String> family = metierCodes();
    assertFalse(family.isEmpty());
    assertTrue(family.stream().allMatch(c -> c.startsWith("01")), family.toString());
    browser.assertAccessible("recruiter, branch métiers of one family");
  }

  private static List<String> metierCodes() {
    return browser.findAll("#competence-metiers .metier-need").stream().map(e -> e.getAttribute("data-code")).toList();
  }

  /** Whether the first element matching {@code a} comes before the first matching {@code b} in the page. */
  private static boolean precedes(String a, String b) {
    return (Boolean) browser.js("return !!(document.querySelector(arguments[0]).compareDocumentPosition(document.querySelector(arguments[1]))"
        + " & Node.DOCUMENT_POSITION_FOLLOWING)", a, b);
  }
}
