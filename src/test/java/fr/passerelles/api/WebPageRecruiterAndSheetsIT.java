package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The recruiter's competence search and the sheet views, in a real browser. */
class WebPageRecruiterAndSheetsIT extends WebPageTestBase {

  @Test
  void searching_a_competence_lists_the_branch_metiers_and_rome_sheets_that_require_it() {
    browser.open("#/recruteur");
    browser.find("#competence-q").sendKeys("régulation médicale");
    browser.find("#competence-submit").click();
    browser.waitVisible("#competence-results .sheet-hit");
    assertEquals("competence-results-title", browser.focusedId());
    assertTrue(browser.driver.getCurrentUrl().endsWith("#/recruteur?q=r%C3%A9gulation%20m%C3%A9dicale"),
        browser.driver.getCurrentUrl());
    List<String> branch = browser.findAll("#competence-results [aria-labelledby=competence-branch] .sheet-hit")
        .stream().map(e -> e.getAttribute("data-id")).toList();
    assertTrue(branch.contains("0202"), "Assistant(e) de régulation médicale: " + branch);
    if (TestEngine.hasRome()) {
      assertFalse(browser.findAll("#competence-results [aria-labelledby=competence-rome] .sheet-hit").isEmpty(),
          "ROME sheets too");
    }
    List<String> marked = browser.findAll("#competence-results .sheet-hit mark").stream().map(WebElement::getText).toList();
    assertFalse(marked.isEmpty());
    assertTrue(marked.stream().map(m -> m.toLowerCase(Locale.ROOT)).anyMatch(m -> m.startsWith("régul") || m.startsWith("médic")),
        marked.toString());
    browser.assertAccessible("recruiter");
    browser.screenshot("recruiter");

    // a hit opens the métier's sheet
    browser.find("#competence-results .sheet-hit[data-id='0202'] h4 a").click();
    browser.waitVisible("#fiche-content .sheet-section");
    assertEquals("Assistant(e) de régulation médicale", browser.find("#fiche-title").getText());
  }

  @Test
  void the_branch_metiers_that_need_a_skill_come_first_with_their_items_quoted() {
    assumeTrue(TestEngine.hasRome(), "0403 states it through the ROME sheet it borrows (M1704)");
    browser.open("#/recruteur?q=gestion%20des%20r%C3%A9clamations");
    browser.waitVisible("#competence-metiers .metier-need");
    assertEquals("Métiers de la branche qui demandent cette compétence", browser.find("#competence-metiers h3").getText());
    assertTrue((Boolean) browser.js("return !!(document.getElementById('competence-metiers').compareDocumentPosition("
        + "document.querySelector('#competence-results .sheet-hit')) & Node.DOCUMENT_POSITION_FOLLOWING)"), "the block comes before the hits");

    List<WebElement> metiers = browser.findAll("#competence-metiers .metier-need");
    List<String> codes = metiers.stream().map(e -> e.getAttribute("data-code")).toList();
    assertTrue(codes.containsAll(List.of("0102", "0403")), codes.toString());
    assertEquals(codes.size() + " métiers de la branche énoncent « gestion des réclamations » dans leurs fiches.",
        browser.find("#competence-metiers-intro").getText());
    for (WebElement m : metiers) {
      List<String> quotes = m.findElements(By.cssSelector(".need-items q")).stream().map(WebElement::getText).toList();
      assertFalse(quotes.isEmpty(), m.getText());
      assertTrue(quotes.stream().allMatch(q -> q.toLowerCase(Locale.ROOT).contains("réclamation")), quotes.toString());
      Matcher count = Pattern.compile("(\\d+) éléments? de (?:sa fiche|ses fiches) l’énonce(?:nt)?(, dont les (\\d+) plus proches)? :")
          .matcher(m.findElement(By.cssSelector(".need-count")).getText());
      assertTrue(count.matches(), m.getText());
      assertEquals(count.group(2) == null ? Integer.parseInt(count.group(1)) : Integer.parseInt(count.group(3)), quotes.size(), m.getText());
    }
    WebElement chargeAssistance = browser.find("#competence-metiers .metier-need[data-code='0102']");
    assertEquals("Chargé(e) d'assistance", chargeAssistance.findElement(By.cssSelector("h4")).getText());
    assertTrue(chargeAssistance.getText().contains("Analyser les réclamations pour prendre ou proposer une décision"), chargeAssistance.getText());
    browser.assertAccessible("recruiter, branch métiers first");
    browser.screenshot("recruiter-branch-metiers");

    // on a phone the block reflows: no sideways scrolling
    browser.resize(WebBrowser.PHONE);
    long overflow = ((Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    assertEquals(0, overflow, () -> "horizontal overflow at phone width (px): " + browser.js("const w = document.documentElement.clientWidth;"
        + " return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)"
        + ".slice(0, 12).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').slice(0, 40)).join(' | ')"));
    browser.resize(WebBrowser.DESKTOP);

    // each métier opens its passerelles, or its sheet
    chargeAssistance.findElement(By.linkText("Voir les passerelles")).click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("#/passerelles/0102"));
    browser.waitVisible("#view-passerelles");
    browser.driver.navigate().back();
    // back on the search, which is run again: click once its new answer is in place
    new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
      browser.find("#competence-metiers .metier-need[data-code='0403'] h4 a").click();
      return true;
    });
    browser.wait.until(d -> d.getCurrentUrl().endsWith("#/fiche/0403"));
    browser.wait.until(d -> "Chargé(e) de réclamations clients".equals(browser.find("#fiche-title").getText()));
  }

  @Test
  void an_empty_competence_is_refused_on_the_page() {
    browser.open("#/recruteur");
    browser.find("#competence-submit").click();
    String message = browser.waitVisible("#competence-error .error-box").getText();
    assertTrue(message.startsWith("Saisissez une compétence"), message);
    assertEquals("competence-q", browser.focusedId());
    assertEquals("true", browser.find("#competence-q").getAttribute("aria-invalid"));
  }

  @Test
  void every_metier_of_the_branch_opens_from_the_list_and_shows_its_sheet() {
    browser.open("#/fiches");
    List<WebElement> links = browser.wait.until(d -> {
      List<WebElement> l = browser.findAll("#fiches-content a[data-code]");
      return l.size() == 39 ? l : null;
    });
    assertEquals(9, browser.findAll("#fiches-content section.family").size());
    browser.assertAccessible("the métiers by family");
    links.stream().filter(a -> "0202".equals(a.getAttribute("data-code"))).findFirst().orElseThrow().click();
    browser.waitVisible("#fiche-content .sheet-section");
    assertEquals("fiche-title", browser.focusedId());
    assertEquals("Assistant(e) de régulation médicale", browser.find("#fiche-title").getText());
    List<String> sections = browser.findAll("#fiche-content .sheet-section h2").stream().map(WebElement::getText).toList();
    assertTrue(sections.containsAll(List.of("Mission", "Activités", "Compétences")), sections.toString());
    assertTrue(browser.findAll("#fiche-content .sheet-section li").size() > 10);
    assertTrue(browser.find("#fiche-content").getText().contains("Exposition à l'IA générative"));
    browser.assertAccessible("branch sheet");
    browser.screenshot("sheet");
  }

  @Test
  void a_specialist_sheet_and_the_2009_version_open_by_id() {
    browser.open("#/fiche/0104-03");
    browser.waitVisible("#fiche-content .sheet-section");
    assertEquals("Psychologue", browser.find("#fiche-title").getText());
    browser.open("#/fiche/0102");
    browser.waitVisible("#fiche-content nav[aria-label='Versions de la fiche'] a").click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("#/fiche/0102?version=1"));
    browser.waitVisible("#fiche-content nav[aria-label='Versions de la fiche'] [aria-current=page]");
    assertTrue(browser.find("#fiche-content nav[aria-label='Versions de la fiche']").getText().contains("Cartographie 2009 (affichée)"));
    assertTrue(browser.find("#fiche-content .sheet-facts").getText().contains("0102"));
  }

  @Test
  void a_rome_sheet_opens_by_its_code() {
    assumeTrue(TestEngine.hasRome(), "no ROME release on this machine");
    browser.open("#/fiches");
    browser.find("#rome-code").sendKeys("d1436");
    browser.find("#rome-form button").click();
    browser.waitVisible("#fiche-content .sheet-section");
    assertTrue(browser.find("#fiche-title").getText().endsWith("(D1436)"), browser.find("#fiche-title").getText());
    List<String> sections = browser.findAll("#fiche-content .sheet-section h2").stream().map(WebElement::getText).toList();
    assertTrue(sections.containsAll(List.of("Définition", "Compétences")), sections.toString());
    assertFalse(browser.findAll("#fiche-content .sheet-section li").isEmpty());
    browser.assertAccessible("ROME sheet");
    browser.screenshot("sheet-rome");
  }

  @Test
  void an_unknown_metier_or_a_malformed_code_gets_a_clear_message() {
    browser.open("#/fiche/9999");
    String unknown = browser.waitVisible("#fiche-error .error-box").getText();
    assertTrue(unknown.contains("9999"), unknown);
    browser.open("#/fiches");
    browser.find("#rome-code").sendKeys("XYZ");
    browser.find("#rome-form button").click();
    String malformed = browser.waitVisible("#fiches-error .error-box").getText();
    assertTrue(malformed.startsWith("Code ROME invalide"), malformed);
    assertEquals("rome-code", browser.focusedId());
    browser.assertAccessible("unknown sheet");
    browser.screenshot("error-unknown-sheet");
  }

  @Test
  void the_views_are_reached_from_the_navigation_with_the_current_one_marked() {
    browser.open("#/");
    browser.driver.findElement(By.linkText("Recruteur")).click();
    browser.waitVisible("#view-recruteur");
    assertEquals("page", browser.find("a[data-nav=recruteur]").getAttribute("aria-current"));
    assertEquals("recruteur-title", browser.focusedId());
    assertTrue(browser.find("#view-experience").getAttribute("hidden") != null);
    browser.driver.findElement(By.linkText("Fiches métiers")).click();
    browser.waitVisible("#view-fiches");
    assertEquals("page", browser.find("a[data-nav=fiches]").getAttribute("aria-current"));
    assertEquals(null, browser.find("a[data-nav=recruteur]").getAttribute("aria-current"));
  }
}
